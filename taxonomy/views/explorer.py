"""The Explorer panel: the live map, a node picker with names people recognise, details, focus and trace.

Examples
--------
>>> import taxonomy as tx
>>> w = tx.World()
>>> _ = w.run("nginx:1.27", name="web", detach=True)
>>> ex = Explorer(w, lang="en")
>>> ex.picker.value = "container:laptop/web"
>>> ex.map.selected
'container:laptop/web'
>>> "running" in ex.details.value
True
>>> ex.on_trace()
>>> ex.map.focus
'trace:container:laptop/web'
"""

from __future__ import annotations

import html

import ipywidgets as W

from .. import i18n
from .common import MapPanel, definition, node_label, node_options
from .livemap import details_of

__all__ = ["Explorer"]


class Explorer(MapPanel):
    """Browse a world on its live map: pick a node (or click it), read what it is, focus, trace.

    Attributes
    ----------
    focus_picker : ipywidgets.Dropdown
        The whole world, one host, one registry.
    picker : ipywidgets.Dropdown
        The nodes the map shows, by names people recognise, grouped by kind; the value is the node id.
    details : ipywidgets.HTML
        The picked node's definition, attributes and neighbours.
    layers_button, trace_button, clear_button : ipywidgets.Button
        Show the picked image's layer stack; trace the picked node; back to the whole world.
    map : LiveMap
    """

    def __init__(self, world, lang: str | None = None, **kwargs):
        super().__init__(world, lang=lang, show_details=False, **kwargs)
        self.focus_picker = W.Dropdown(description=self._t("focus"), options=self._focus_options(), value="")
        self.picker = W.Dropdown(description=self._t("node"), options=[], layout=W.Layout(width="46%"))
        self.layers_button = W.Button(description=self._t("layers"), tooltip=self._t("layers_tip"))
        self.trace_button = W.Button(description=self._t("trace"), tooltip=self._t("trace_tip"))
        self.clear_button = W.Button(description=self._t("clear"), tooltip=self._t("clear_tip"))
        self.details = W.HTML()
        self.focus_picker.observe(self.on_focus, names="value")
        self.picker.observe(self.on_pick, names="value")
        self.map.observe(self.on_map_click, names="selected")
        self.map.observe(self._on_scene, names="scene")
        self.layers_button.on_click(self.on_layers)
        self.trace_button.on_click(self.on_trace)
        self.clear_button.on_click(self.on_clear)
        self.children = (
            W.HBox([self.focus_picker, self.picker, self.layers_button, self.trace_button, self.clear_button]),
            self.status, self.map, self.details, self.alt,
        )
        self.refresh()

    def __repr__(self):
        return f"Explorer(focus={self.map.focus!r}, picked={self.picker.value!r}, nodes={self._nodes()})"

    def _focus_options(self):
        # "" stands for the whole world: a Dropdown shows None as an empty choice
        return ([(self._t("whole_world"), "")] + [(f"{self._t('host')}: {h}", f"host:{h}") for h in self.world.hosts()]
                + [(f"{self._t('registry')}: {r}", f"registry:{r}") for r in self.world.registries()])

    def _picker_options(self):
        """The picker lists what the map shows (open a summary and its nodes join), grouped by kind."""
        g = self.world.graph
        picked = self.picker.value
        shown = {e.node for e in self.map.current.elements if e.node}
        if picked in g:
            shown.add(picked)
        options = node_options(self.world, self.lang, shown)
        if list(self.picker.options) != options:
            with self.picker.hold_trait_notifications():
                self.picker.options = options
                self.picker.value = picked if picked in g else None

    def _on_scene(self, change=None):
        self._picker_options()

    def refresh(self):
        """Re-read the world: the picker's names, the details, the map."""
        self._picker_options()
        focus = self.focus_picker.value
        self.focus_picker.options = self._focus_options()
        self.focus_picker.value = focus if focus in dict((v, v) for _, v in self.focus_picker.options) else ""
        self.follow()
        self._picker_options()
        self.on_pick()

    def on_focus(self, change=None):
        """Another focus was chosen: the map shows it."""
        self.map.show(focus=self.focus_picker.value or None)

    def on_map_click(self, change=None):
        """A click on the map picks its node here too."""
        element = self.map.current.get(self.map.selected) if self.map.selected else None
        if element is not None and element.node in self.world.graph and element.node != self.picker.value:
            self.picker.value = element.node

    def on_pick(self, change=None):
        """Show the picked node's definition, attributes and neighbours; select it on the map."""
        node = self.picker.value
        if node is None:
            self.details.value = f"<p>{html.escape(self._t('pick_to_read'))}</p>"
            return
        shown = [e.id for e in self.map.current.of_node(node)]
        if shown and self.map.selected not in shown:
            self.map.selected = shown[0]
        g = self.world.graph
        d = details_of(self.world, node, self.lang)
        rows = "".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in d["rows"])
        rel = lambda kind: i18n.text(f"map.rel.{kind}", lang=self.lang)  # noqa: E731 - relation names, translated
        outs = [f"{rel(e['kind'])} → {node_label(self.world, v, self.lang)}" for v, e in sorted(g.succ[node].items())]
        ins = [f"{node_label(self.world, u, self.lang)} → {rel(e['kind'])}" for u, e in sorted(g.pred[node].items())]
        items = "".join(f"<li>{html.escape(x)}</li>" for x in (outs + ins)[:40])
        more = f"<li>{self._t('and_more', count=len(outs) + len(ins) - 40)}</li>" if len(outs) + len(ins) > 40 else ""
        self.details.value = (
            f'<div class="tx-details"><h4>{html.escape(node_label(self.world, node, self.lang))}</h4>'
            f"<p>{html.escape(definition(g.nodes[node]['kind'], self.lang))}</p>"
            f"<table>{rows}</table><p>{html.escape(self._t('neighbours'))}</p><ul>{items}{more}</ul></div>")

    def on_layers(self, button=None):
        """Show the picked image's layer stack (beside the images that share its layers)."""
        node = self.picker.value
        if node is None or self.world.graph.nodes[node]["kind"] != "image":
            self._info(self._t("pick_an_image"))
            return
        self.map.show(focus=node)
        self._ok(self._t("layers_of", what=node_label(self.world, node, self.lang)))

    def on_trace(self, button=None):
        """Show only the path of the picked node, bold."""
        node = self.picker.value
        if node is None:
            self._info(self._t("pick_first"))
            return
        self.map.show(focus=f"trace:{node}")
        self._ok(self._t("traced", what=node_label(self.world, node, self.lang)))

    def on_clear(self, button=None):
        """Back to the whole world (or the focus chosen above)."""
        self.map.show(focus=self.focus_picker.value or None)
        self._info(self._t("ready"))
