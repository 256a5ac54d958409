"""Panels for notebooks (ipywidgets 8 and anywidget), all drawn on the live map.

``tx.widgets`` is this module. Each panel is an ``ipywidgets.VBox``
subclass, shown by leaving it as the last expression of a cell. Its parts
are public attributes and its handlers are named methods (``on_run``,
``on_undo`` …) that write their results into widget values, so a test, or a
curious learner, can drive a panel without a browser::

    term = tx.widgets.Terminal(world)
    term.command.value = "docker run -d --name web nginx:1.27"
    term.on_run()
    term.output.value      # what docker printed
    term.map.changes       # what the live map animates

A problem the learner causes (a :class:`~taxonomy.TaxonomyError`) is shown
in the panel's ``status`` line, in red with a ✖ (CSS class ``tx-error``);
any other exception is a bug and is raised. Every map has a text
alternative: the panel's ``text`` attribute and its ``alt`` pane.

=================  ===============================================================
panel              what it does
=================  ===============================================================
``LiveMap``        the map alone (:mod:`~taxonomy.views.livemap`)
``Explorer``       pick or click a node, read it, focus, trace, see an image's layers
``Terminal``       type ``docker …`` commands; the map animates what they did
``BuildPanel``     build a Dockerfile; its layer stack, cached steps marked
``RegistryPanel``  log in, push and pull; layers travel on the map
``Challenge``      a level: goal and current world side by side
``PlacementPanel`` where to put a registry (latency, confidentiality)
``LifecyclePanel`` the inner and outer loops: CI, registry, orchestrator
=================  ===============================================================

Examples
--------
>>> import taxonomy as tx
>>> term = Terminal(tx.World())
>>> term.command.value = "docker pull alpine:3.20"
>>> term.on_run()
>>> term.output.value.splitlines()[:2]
['$ docker pull alpine:3.20', '3.20: Pulling from library/alpine']
"""

from __future__ import annotations

from .challenge import Challenge
from .common import DEFINITIONS, definition, node_label, node_options
from .explorer import Explorer
from .lifecycle import LifecyclePanel
from .livemap import LiveMap
from .network import PlacementPanel
from .terminal import Terminal
from .transfer import BuildPanel, RegistryPanel, parse_context

__all__ = ["LiveMap", "Explorer", "Terminal", "BuildPanel", "RegistryPanel", "Challenge", "LifecyclePanel",
           "PlacementPanel", "definition", "parse_context", "DEFINITIONS", "node_label", "node_options"]
