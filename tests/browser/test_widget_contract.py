"""What the front end of ipywidgets 8 needs from our panels, checked without a browser.

The browser tests found this one: ipywidgets' front end (8.1.x) sets a
widget's tooltip by reading its ``description``, so a ``tooltip`` on a
widget that has no ``description`` trait (``Image``, ``HTML``, ``Box`` …)
makes its view fail with "Cannot read properties of undefined (reading
'length')" and shows a JavaScript error box instead of the widget
(jupyter-widgets/ipywidgets#3860, fixed only in the unmerged #3921). The
kernel side sees nothing wrong, so nbval passes. This walk over every
panel's widget tree catches it in a second, without Chromium.
"""

from __future__ import annotations

import importlib.util

import pytest

import taxonomy as tx

W = pytest.importorskip("ipywidgets")


def _tree(widget):
    yield widget
    for child in getattr(widget, "children", ()) or ():
        yield from _tree(child)


def _panels():
    world = tx.World()
    world.docker("docker run -d --name web -p 8080:80 nginx:1.27")
    panels = {name: getattr(tx.widgets, name)(world)
              for name in ("Explorer", "Terminal", "BuildPanel", "RegistryPanel")}
    panels["Terminal"].command.value = "docker ps"
    panels["Terminal"].on_run()                # tooltips may be set on redraw, not at creation
    panels["Explorer"].picker.value = "container:laptop/web"
    panels["Explorer"].on_trace()
    if importlib.util.find_spec("taxonomy.views.challenge") is not None:
        from taxonomy.views.challenge import Challenge
        panels["Challenge"] = Challenge("web-server", lang="en", progress_path=None)
    return panels


def test_no_tooltip_on_a_widget_without_description(tmp_path, monkeypatch):
    monkeypatch.setenv("TAXONOMY_PROGRESS", str(tmp_path / "progress.json"))
    bad = []
    for name, panel in _panels().items():
        for w in _tree(panel):
            if getattr(w, "tooltip", None) and not w.has_trait("description"):
                bad.append(f"{name}: {type(w).__name__} (tooltip {w.tooltip[:40]!r}…)")
    assert not bad, ("these widgets have a tooltip but no description, so their view fails in "
                     "JupyterLab (ipywidgets#3860); show the text elsewhere (an HTML pane):\n  " + "\n  ".join(bad))
