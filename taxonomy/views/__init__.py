"""Views of a world: the scene of the map, its renderers, and the panels.

Nothing here is imported by ``import taxonomy``: ``tx.views``, ``tx.draw``
and ``tx.widgets`` load this package on first use.

* :func:`scene` (:mod:`~taxonomy.views.scene`) computes what the map shows:
  boxes, nodes, labels and arrows with their geometry, in the learner's
  language; plain data, no drawing library;
* renderers draw a scene as it is: the live map (:mod:`~taxonomy.views.livemap`,
  an anywidget drawing SVG, animated from the journal's change sets), the
  static SVG (:mod:`~taxonomy.views.svg`, pure Python) and ``tx.draw``
  (:mod:`~taxonomy.views.draw`, matplotlib on a given ``ax``);
* the panels (:mod:`~taxonomy.views.widgets` and its neighbours) are built on the live map.

:mod:`~taxonomy.views.layout` keeps the traces and the text alternative.

Examples
--------
>>> import taxonomy as tx
>>> w = tx.World()
>>> _ = w.docker("docker run -d --name web nginx:1.27")
>>> s = tx.views.scene(w, lang="en")
>>> s["container:laptop/web"].parent
'host:laptop'
>>> tx.views.problems(s)
[]
"""

from .elements import Element, Scene, problems
from .layout import describe, label, layout, trace
from .scene import scene

__all__ = ["scene", "Scene", "Element", "problems", "layout", "trace", "describe", "label"]
