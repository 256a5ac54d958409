"""What the panels share: status lines, text alternatives, node names people recognise, the map panel.

* :func:`status_html` writes a status line whose kind shows twice, by
  colour *and* by an icon and a word (✔ ok, ✖ error, ℹ info), so an error
  never looks like a success;
* :func:`node_label` and :func:`node_options` name nodes as a learner
  knows them (``image: nginx:1.27 (image cd276e6db3fb)``), grouped by kind,
  for the node pickers;
* :class:`MapPanel` is the base of every panel drawn on the live map: a
  world, a :class:`~taxonomy.views.livemap.LiveMap`, a status line and the
  map's text alternative.

Examples
--------
>>> print(status_html("error", "No such image: nosuch:latest"))
<div class="tx-status tx-error" role="alert" style="color:#b42318;font-weight:600">✖ No such image: nosuch:latest</div>
>>> import taxonomy as tx
>>> w = tx.World()
>>> _ = w.docker("docker run -d --name web nginx:1.27")
>>> shown = {e.node for e in tx.views.scene(w).elements if e.node}
>>> [label for label, _ in node_options(w, "en", shown)][:3]
['container: web (laptop)', 'image: nginx:1.27 (image cd276e6db3fb)', 'host: laptop']
"""

from __future__ import annotations

import html

import ipywidgets as W

from .. import i18n
from ..errors import TaxonomyError
from .scene import familiar, short

__all__ = ["status_html", "alt_html", "definition", "DEFINITIONS", "node_label", "node_options", "MapPanel",
           "KIND_GROUPS"]

_ICONS = {"ok": "✔", "error": "✖", "info": "ℹ"}
_COLOURS = {"ok": "#1a7f37", "error": "#b42318", "info": "#444444"}

#: The order in which pickers list kinds: what a learner meets first comes first.
KIND_GROUPS = ("container", "image", "host", "volume", "tag", "repository", "registry", "layer")

#: Short definitions used when the glossary has no entry for a kind.
DEFINITIONS = {
    "registry": "A registry is a service that stores images in repositories and hands them out: "
                "public like Docker Hub, or private like an Azure Container Registry.",
    "repository": "A repository is a collection of related images in a registry, "
                  "usually versions of one app, told apart by their tags.",
    "tag": "A tag is a movable name for an image (nginx:1.27); the image's digest names it forever.",
    "image": "An image is a static, immutable representation of an app, its configuration and its "
             "dependencies: a stack of layers and a config.",
    "layer": "A layer is one set of filesystem changes, made by one Dockerfile step; "
             "images that share a layer store it once.",
    "container": "A container is an instance of an image running on a host; one image gives many containers.",
    "host": "A Docker host is a machine running the Docker engine: it stores images and runs containers.",
    "volume": "A volume is storage that belongs to the host; it outlives the containers that mount it.",
}


def status_html(kind: str, message: str) -> str:
    """A status line: ``kind`` is ``ok``, ``error`` or ``info``; an error is an ARIA alert."""
    role = ' role="alert"' if kind == "error" else ""
    weight = ";font-weight:600" if kind == "error" else ""
    return (f'<div class="tx-status tx-{kind}"{role} style="color:{_COLOURS.get(kind, "#444444")}{weight}">'
            f"{_ICONS.get(kind, '')} {html.escape(message)}</div>")


def alt_html(text: str, summary: str) -> str:
    """A folded text alternative of a picture."""
    return (f'<details class="tx-alt"><summary>{html.escape(summary)}</summary>'
            f"<pre>{html.escape(text)}</pre></details>")


def definition(kind: str, lang: str = "en") -> str:
    """The glossary definition of a node kind (a built-in line when the glossary has none).

    Examples
    --------
    >>> definition("tag").split(";")[0]
    'A tag is a movable name for an image (nginx:1.27)'
    """
    from ..glossary import glossary
    try:
        entry = glossary(kind, lang)
    except TaxonomyError:
        entry = None
    if entry:
        return str(getattr(entry, "definition", entry))
    return DEFINITIONS.get(kind, kind)


def node_label(world, node, lang=None) -> str:
    """A node named as a learner knows it, its kind first (``image: nginx:1.27 (image cd276e6db3fb)``)."""
    g = world.graph
    d = g.nodes[node]
    kind = d["kind"]
    word = i18n.text(f"widgets.kind.{kind}", lang=lang)
    if kind == "image":
        tags = sorted(familiar(g.nodes[t]["ref"]) for t, e in g.pred[node].items() if e["kind"] == "points_to")
        local = sorted(familiar(g.nodes[t]["ref"]) for t, e in g.pred[node].items()
                       if e["kind"] == "points_to" and g.nodes[t].get("host"))
        name = (local or tags or [""])[0]
        return f"{word}: {name} (image {short(d['digest'])})" if name else f"{word}: image {short(d['digest'])}"
    if kind == "tag":
        where = d["host"] or d["repository"].split("/")[0]
        return f"{word}: {familiar(d['ref'])} ({where})"
    if kind in ("container", "volume"):
        name = short(d["name"]) if d.get("anonymous") else d["name"]
        return f"{word}: {name} ({d['host']})"
    if kind == "repository":
        return f"{word}: {familiar(d['name'])}"
    if kind == "registry":
        return f"{word}: {d.get('label') or d['name']} ({d['name']})"
    if kind == "layer":
        return f"{word}: {short(d['digest'])}"
    return f"{word}: {d.get('name', node)}"


def node_options(world, lang=None, nodes=None) -> list:
    """``(label, node id)`` of the given nodes (every node by default), grouped by kind, sorted by name.

    Containers and images come first: what a learner made is what a learner looks for.
    """
    g = world.graph
    order = {k: i for i, k in enumerate(KIND_GROUPS)}
    labelled = [(node_label(world, n, lang), n) for n in (g if nodes is None else [n for n in nodes if n in g])]
    return sorted(labelled, key=lambda t: (order.get(g.nodes[t[1]]["kind"], 99), t[0]))


class MapPanel(W.VBox):
    """A panel drawn on the live map: ``world``, ``map``, ``status``, the text alternative ``alt``.

    Subclasses call :meth:`follow` after changing the world: the map shows
    the change, animated, and ``changed`` lists the graph nodes it touched.
    """

    def __init__(self, world, host=None, lang: str | None = None, *, focus=None, width=None, height=620,
                 show_details=True, **kwargs):
        super().__init__(**kwargs)
        from .livemap import LiveMap
        self.world = world
        self.host = host
        self.lang = i18n.resolve(lang)
        self.status = W.HTML(value=status_html("info", self._t("ready")))
        self.map = LiveMap(world, focus=focus, lang=self.lang, width=width, height=height, show_details=show_details)
        self.alt = W.HTML()
        self.text = ""
        self.changed: list = []
        self._describe()

    def _t(self, key: str, **values) -> str:
        """This panel's text for ``widgets.<key>`` in its language."""
        return i18n.text(f"widgets.{key}", lang=self.lang, **values)

    def _ok(self, message: str):
        self.status.value = status_html("ok", message)

    def _info(self, message: str):
        self.status.value = status_html("info", message)

    def _error(self, err):
        self.status.value = status_html("error", str(err))

    def _describe(self):
        from .scene import describe_scene
        text = describe_scene(self.map.current)
        self.text = text   # the text alternative of the map
        self.alt.value = alt_html(text, self._t("alt_summary"))

    def follow(self):
        """Show on the map what the world's last operation changed; return its change set."""
        change = self.map.follow()
        self.changed = list(change.nodes) if change is not None else []
        self._describe()
        return change

    def redraw(self):
        """Draw the map again from the world as it is (no animation) and its text alternative."""
        self.map.refresh()
        self._describe()

    def _nodes(self) -> int:
        return self.world.graph.number_of_nodes()
