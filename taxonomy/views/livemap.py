"""The live map: an anywidget that draws a world's scene as SVG and animates each command.

``LiveMap(world)`` shows :func:`~taxonomy.views.scene.scene` in the
browser (JupyterLab, Voilà, JupyterLite: anywidget's front-end is the only
JavaScript, and ``static/map.js`` and ``static/map.css`` are files of this
package, no CDN). Python owns the state; the JavaScript only draws it:

* ``scene`` (JSON text): every element with its geometry and words
  (``current`` holds the same :class:`~taxonomy.views.elements.Scene` in Python);
* ``changes``: what the last command did, read from the world's journal
  (:mod:`taxonomy.views.changes`), never a whole-graph diff: which new
  elements grow out of which (a container out of its image), which layers
  travel from a registry to a host on a pull (and which "Already exists"),
  or up on a push; what left fades;
* ``selected``: the element the learner clicked (Python fills ``details``
  with its glossary line and attributes); ``expanded``: the summaries
  opened by a click;
* ``texts``: the words of the toolbar, in the learner's language.

After any change to the world, call :meth:`LiveMap.follow` (the panels do):
it reads the journal's new step and sends the new scene with its change set.

Where widgets can't run (nbconvert, GitHub's preview) the output's
``image/svg+xml`` is the same scene drawn by :mod:`taxonomy.views.svg`.
Creating a map imports neither matplotlib nor numpy.

Examples
--------
>>> import taxonomy as tx
>>> w = tx.World()
>>> m = LiveMap(w, lang="en")
>>> m
LiveMap(focus=None, lang='en', elements=9)
>>> _ = w.docker("docker run -d --name web nginx:1.27")
>>> c = m.follow()
>>> m.changes["verb"], m.changes["grow"]["container:laptop/web"].startswith("host:laptop|image:")
('run', True)
>>> t = m.changes["transfers"][0]
>>> t["verb"], len(t["moved"]), t["to"].startswith("host:laptop|image:")
('pull', 7, True)
>>> m.selected = "container:laptop/web"
>>> m.details["title"], m.details["rows"][2]
('container web', ['state', 'running'])
"""

from __future__ import annotations

import json
import pathlib

import anywidget
import traitlets as T

from .. import i18n
from .changes import Watcher
from .scene import scene as make_scene, short
from .svg import to_svg

__all__ = ["LiveMap", "details_of"]

_STATIC = pathlib.Path(__file__).parent / "static"

#: Which attributes the details show, per kind.
ATTRS = {
    "registry": ("name", "label", "registry_kind", "require_login", "location"),
    "repository": ("name", "registry", "private"),
    "tag": ("ref", "host"),
    "image": ("digest", "manifest_digest", "nominal_size", "platform", "created"),
    "layer": ("digest", "diff_id", "size", "nominal_size", "created_by"),
    "container": ("name", "id", "state", "exit_code", "host", "image", "command"),
    "host": ("name", "platform", "location"),
    "volume": ("name", "host", "anonymous"),
}


def _value(key, value):
    if key == "nominal_size":
        from .scene import size_text
        return size_text(value)
    if key == "size":
        return f"{value} B"
    if key in ("image", "id"):
        return short(str(value))
    if isinstance(value, tuple):
        return " ".join(map(str, value))
    return str(value)


def details_of(world, node, lang=None) -> dict:
    """What the details pane shows for a graph node: a title, the glossary line, attribute rows.

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> d = details_of(w, "host:laptop", "fr")
    >>> d["title"], d["rows"][0]
    ('hôte laptop', ['nom', 'laptop'])
    """
    from .scene import glossary_line
    lang = i18n.resolve(lang)
    g = world.graph
    if node not in g:
        return {}
    d = g.nodes[node]
    kind = d["kind"]
    name = d.get("ref") or d.get("name") or node
    if kind == "image":
        name = short(d["digest"])
    rows = [[i18n.text(f"map.attr.{k}", lang=lang), _value(k, d[k])] for k in ATTRS.get(kind, ())
            if d.get(k) not in (None, "", ())]
    if kind == "image":
        rows.append([i18n.text("map.attr.layers", lang=lang), str(len(d["layers"]))])
    return {"title": f"{i18n.text(f'widgets.kind.{kind}', lang=lang)} {name}", "text": glossary_line(kind, lang),
            "rows": rows, "node": node}


class LiveMap(anywidget.AnyWidget):
    """The map of a world, live in the notebook.

    Parameters
    ----------
    world : World
    focus, expand, lang, width, marks
        As for :func:`~taxonomy.views.scene.scene`.
    height : int
        The view's height in pixels before it scrolls.
    show_details : bool
        Whether a click opens the map's own details pane (panels with their own pane say no).

    Attributes
    ----------
    current : Scene
        The scene drawn now.
    scene, changes, selected, expanded, details, texts, height
        The synced traitlets (see the module notes).
    """

    _esm = _STATIC / "map.js"
    _css = _STATIC / "map.css"

    scene = T.Unicode("{}").tag(sync=True)     # JSON text: sent as is, no walk for binary buffers
    changes = T.Dict().tag(sync=True)
    selected = T.Unicode("").tag(sync=True)
    expanded = T.List(T.Unicode()).tag(sync=True)
    details = T.Dict().tag(sync=True)
    texts = T.Dict().tag(sync=True)
    height = T.Int(620).tag(sync=True)

    def __init__(self, world, *, focus=None, expand=(), lang=None, width=None, marks=None, height=620,
                 show_details=True, **kwargs):
        super().__init__(height=height, **kwargs)
        self.show_details = show_details     # a panel with its own details pane turns the map's off
        self.world = world
        self.lang = i18n.resolve(lang)
        self.focus = focus
        self.width = width
        self.marks = dict(marks or {})
        self.watcher = Watcher(world)
        self._seq = 0
        self.current = None
        self.texts = {k: i18n.text(f"map.{k}", lang=self.lang) for k in ("zoom_in", "zoom_out", "zoom_reset", "legend")} \
            | {"close": i18n.text("map.details.close", lang=self.lang)}
        with self.hold_trait_notifications():
            self.expanded = sorted(expand)
        self.observe(self._on_expanded, names="expanded")
        self.observe(self._on_selected, names="selected")
        self.refresh()

    def __repr__(self):
        return f"LiveMap(focus={self.focus!r}, lang={self.lang!r}, elements={len(self.current)})"

    def _repr_mimebundle_(self, **kwargs):
        bundle = super()._repr_mimebundle_(**kwargs)
        data = bundle[0] if isinstance(bundle, tuple) else bundle
        if isinstance(data, dict):
            data["image/svg+xml"] = to_svg(self.current)
        return bundle

    # -- what Python does --------------------------------------------------------------
    def _scene(self):
        return make_scene(self.world, focus=self.focus, expand=self.expanded, lang=self.lang, width=self.width,
                          marks=self.marks)

    def refresh(self):
        """Compute the scene again and draw it without animation (a new focus, new marks, a new world state)."""
        self.watcher.mark()
        self._show(self._scene(), {})

    def bind(self, world):
        """Show another world (a challenge's reset gives a new one)."""
        self.world = world
        self.watcher = Watcher(world)
        self.refresh()

    def show(self, *, focus=..., marks=..., expand=...):
        """Change what the map shows (``focus``, ``marks``, ``expand``) and redraw."""
        if focus is not ...:
            self.focus = focus
        if marks is not ...:
            self.marks = dict(marks or {})
        if expand is not ...:
            with self.hold_trait_notifications():
                self.expanded = sorted(expand)
        self.refresh()

    def follow(self):
        """Show what the world's last operation changed, animated; return its change set (None if nothing)."""
        change = self.watcher.changes()
        if change is None:
            return None
        if self.focus is not None and self.focus not in ("",) and not self._focus_alive():
            self.focus = None
        new = self._scene()
        self._show(new, self._plan(change, new))
        return change

    def _focus_alive(self) -> bool:
        from ..errors import TaxonomyError
        try:
            make_scene(self.world, focus=self.focus, lang=self.lang, width=self.width)
        except TaxonomyError:
            return False
        return True

    def _plan(self, change, new) -> dict:
        """What the browser animates for a change set: growths and travels (no whole-graph diff)."""
        g = self.world.graph
        plan = change.to_dict()
        grow, transfers = {}, []
        for n in change.added:
            if n in g and g.nodes[n]["kind"] == "container":
                host = g.nodes[n]["host"]
                image = next((v for v, d in g.succ[n].items() if d["kind"] == "instance_of"), None)
                grow[n] = f"host:{host}|{image}"
        ids = {e.id for e in new.elements}
        for place, arrived in change.stored.items():
            if place not in g:
                continue
            images = [n for n in arrived if n in g and g.nodes[n]["kind"] == "image"]
            for img in images:
                layers = g.nodes[img]["layers"]
                moved = [d for d in layers if f"layer:{d}" in arrived]
                existing = [d for d in layers if f"layer:{d}" not in arrived]
                kind = g.nodes[place]["kind"]
                if kind == "host":
                    to = f"{place}|{img}"
                    src = next((e.id for e in new.elements if e.node == img and e.parent
                                and e.parent.startswith("repository:")), None)
                    verb, said = "pull", "Already exists"
                else:
                    to = f"{place}|{img}"
                    src = next((e.id for e in new.elements if e.node == img and e.parent
                                and e.parent.startswith("host:")), None)
                    verb, said = "push", "Layer already exists"
                if src and to in ids:
                    transfers.append({"verb": verb, "from": src, "to": to, "moved": moved, "existing": existing,
                                      "existing_text": said})
                    grow.setdefault(to, src)
        plan["grow"] = grow
        plan["transfers"] = transfers
        return plan

    def _show(self, new, plan):
        self._seq += 1
        self.current = new
        with self.hold_sync():
            self.changes = {**plan, "seq": self._seq}
            self.scene = json.dumps(new.to_dict(), separators=(",", ":"))
            if self.selected and not any(e.id == self.selected for e in new.elements):
                self.selected = ""

    def _on_expanded(self, change=None):
        self.refresh()

    def _on_selected(self, change=None):
        element = self.current.get(self.selected) if self.selected else None
        node = element.node if element is not None else None
        self.details = details_of(self.world, node, self.lang) if node and self.show_details else {}
