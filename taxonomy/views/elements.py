"""What a scene is made of: elements with geometry, their text lines, and the checks of a readable map.

A :class:`Scene` is plain data: a list of :class:`Element` (boxes, nodes,
summaries, arrows, texts) in pixels at the map's default size, with the
origin at the top left. Renderers (the live map's SVG, the static SVG,
matplotlib) draw :meth:`Element.lines` as they are, so all of them put the
same words in the same places; none of them lays anything out.

Text is measured, not guessed: every word on the map is set in a monospace
face (DejaVu Sans Mono, Menlo, Consolas), whose every character is
:data:`CHAR_WIDTH` of the font size wide. So a label that fits its node in
the scene fits it on the screen, and :func:`problems` can prove that no
two labels overlap.

Examples
--------
>>> e = Element("n", "node", "container", label="web", sub="running", x=10, y=20, w=140, h=38)
>>> [(round(x), round(y), size, text) for x, y, size, _, text in e.lines()]
[(18, 36, 12, 'web'), (18, 51, 11, 'running')]
>>> text_width("nginx", 12)
36.0
>>> fit("a-very-long-container-name", 100, 12)
'a-very-long-…'
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Element", "Scene", "CHAR_WIDTH", "FONT", "SUB_FONT", "TITLE_FONT", "text_width", "fit", "short", "familiar",
           "size_text",
           "text_boxes", "problems", "overlaps"]

#: Width of one character of a monospace face, in ems.
CHAR_WIDTH = 0.6
#: Font sizes in pixels: labels, second lines, box titles. The smallest is 11 px.
FONT, SUB_FONT, TITLE_FONT = 12, 11, 13
#: Where a node's label starts: after its left padding (and the digest swatch of an image or layer).
PAD, SWATCH = 8, 14


def text_width(text: str, size: float) -> float:
    """Width in pixels of ``text`` at ``size`` px in the map's monospace face."""
    return len(text) * CHAR_WIDTH * size


def fit(text: str, width: float, size: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` pixels (the full text stays in the tooltip)."""
    room = int(width // (CHAR_WIDTH * size))
    if len(text) <= room:
        return text
    return text[:max(room - 1, 1)] + "…"


def short(digest: str) -> str:
    """A digest shortened as Docker does: 12 hex digits (``sha256:cd27…`` → ``cd276e6db3fb``)."""
    return digest.rsplit(":", 1)[-1][:12]


def familiar(ref: str) -> str:
    """A full reference as ``docker images`` names it (``docker.io/library/nginx:1.27`` → ``nginx:1.27``).

    Examples
    --------
    >>> familiar("docker.io/library/nginx:1.27"), familiar("docker.io/student/hello:1")
    ('nginx:1.27', 'student/hello:1')
    >>> familiar("mcr.microsoft.com/dotnet/aspnet:8.0")
    'mcr.microsoft.com/dotnet/aspnet:8.0'
    """
    for prefix in ("docker.io/library/", "docker.io/"):
        if ref.startswith(prefix):
            return ref[len(prefix):]
    return ref


def size_text(n) -> str:
    """A size in decimal units, 3 significant digits (``70.1 MB``); the map says nominal sizes."""
    units = ["B", "kB", "MB", "GB"]
    size, i = float(n), 0
    while size >= 1000 and i < len(units) - 1:
        size, i = size / 1000, i + 1
    return f"{size:.3g} {units[i]}"


@dataclass(frozen=True)
class Element:
    """One thing the map draws.

    Attributes
    ----------
    id : str
        Stable: the same thing has the same id in every scene of a world
        (``host:laptop``, ``host:laptop|image:sha256:…``, ``summary:registry:docker.io``).
    type : {"box", "node", "summary", "arrow", "text"}
    kind : str
        A box's or node's kind (``host``, ``registry``, ``repository``,
        ``group``, ``image``, ``tag``, ``container``, ``volume``, ``layer``,
        ``dockerfile``, ``stack``), an arrow's verb (``build``, ``push``,
        ``pull``, ``run``, ``mounts``, ``points_to``), ``heading`` or ``note`` for texts.
    label, sub : str
        First and second line, in the learner's language (Docker's own words unchanged).
    parent : str or None
        The id of the box it lies in.
    x, y, w, h : float
        Its rectangle; for an arrow, the rectangle of its label (empty without one).
    points : tuple
        An arrow's path, ``((x, y), …)``, from its tail to its head.
    ends : tuple
        An arrow's (tail element id, head element id).
    node : str or None
        The world's graph node it shows.
    state : str
        ``running``, ``exited``, ``created`` … for containers; ``shared`` for a shared layer.
    mark : str
        Emphasis a panel asked for: ``traced``, ``cached``, ``missing`` (on a goal), ``new``.
    digest : str
        An image's or layer's digest: the same digest is drawn the same colour everywhere.
    tip : str
        What hovering shows: the glossary's line for its kind, or the full name.
    expand : str
        For a summary or a folded host: the key that opens it (see ``scene(expand=…)``).
    sources : tuple
        Graph nodes it depends on: when the world changes one of them, it may change.
    """

    id: str
    type: str
    kind: str
    label: str = ""
    sub: str = ""
    parent: str | None = None
    x: float = 0.0
    y: float = 0.0
    w: float = 0.0
    h: float = 0.0
    points: tuple = ()
    ends: tuple = ()
    node: str | None = None
    state: str = ""
    mark: str = ""
    digest: str = ""
    tip: str = ""
    expand: str = ""
    sources: tuple = ()

    @property
    def swatch(self) -> bool:
        """Whether a digest colour square starts the node."""
        return bool(self.digest) and self.type == "node"

    def lines(self) -> list:
        """The text to draw: ``(x, baseline y, size px, weight, text)`` for each line."""
        if not self.label and not self.sub:
            return []
        if self.type == "box":
            return [(self.x + 10, self.y + 17, TITLE_FONT, "bold", self.label)]
        if self.type in ("arrow", "text"):
            size = FONT if self.kind == "heading" else SUB_FONT
            weight = "bold" if self.kind == "heading" else "normal"
            return [(self.x, self.y + size * 0.9, size, weight, self.label)]
        left = self.x + PAD + (SWATCH if self.swatch else 0)
        if self.sub:
            return [(left, self.y + 16, FONT, "normal", self.label), (left, self.y + 31, SUB_FONT, "normal", self.sub)]
        return [(left, self.y + self.h / 2 + FONT * 0.35, FONT, "normal", self.label)]

    def to_dict(self) -> dict:
        """The element as JSON-ready data (what the live map receives), with its text lines."""
        return {"id": self.id, "type": self.type, "kind": self.kind, "label": self.label, "sub": self.sub,
                "parent": self.parent, "x": self.x, "y": self.y, "w": self.w, "h": self.h,
                "points": [list(p) for p in self.points], "ends": list(self.ends), "node": self.node,
                "state": self.state, "mark": self.mark, "digest": self.digest, "tip": self.tip, "expand": self.expand,
                "lines": [list(line) for line in self.lines()]}


@dataclass
class Scene:
    """Everything a renderer draws for one world, in one language, at one focus.

    Attributes
    ----------
    elements : list of Element
        Parents before their children; arrows last.
    width, height : float
        The map's size in pixels at its default scale.
    lang : str
    focus : str or None
    expand : tuple
        The keys that were opened.
    """

    elements: list = field(default_factory=list)
    width: float = 0.0
    height: float = 0.0
    lang: str = "en"
    focus: str | None = None
    expand: tuple = ()

    def __iter__(self):
        return iter(self.elements)

    def __len__(self):
        return len(self.elements)

    def __repr__(self):
        kinds = {}
        for e in self.elements:
            kinds[e.type] = kinds.get(e.type, 0) + 1
        plural = {"box": "boxes", "summary": "summaries"}
        parts = ", ".join(f"{n} {t if n == 1 else plural.get(t, t + 's')}" for t, n in sorted(kinds.items()))
        return f"Scene({parts}; {self.width:.0f}x{self.height:.0f} px, lang={self.lang!r})"

    def __getitem__(self, element_id: str) -> Element:
        for e in self.elements:
            if e.id == element_id:
                return e
        raise KeyError(element_id)

    def get(self, element_id: str, default=None):
        """The element with that id, or ``default``."""
        for e in self.elements:
            if e.id == element_id:
                return e
        return default

    def of_node(self, node: str) -> list:
        """Elements that show a graph node (an image may be shown on a host and in a registry)."""
        return [e for e in self.elements if e.node == node and e.type != "arrow"]

    def by_type(self, *types) -> list:
        """Elements of the given types, in drawing order."""
        return [e for e in self.elements if e.type in types]

    def to_dict(self) -> dict:
        """The scene as JSON-ready data."""
        return {"width": self.width, "height": self.height, "lang": self.lang, "focus": self.focus,
                "expand": list(self.expand), "elements": [e.to_dict() for e in self.elements]}


def text_boxes(scene) -> list:
    """Every line of text as ``(element id, x, y, w, h, text)``: its ink box, for the overlap checks."""
    out = []
    for e in scene.elements:
        for x, base, size, _, text in e.lines():
            out.append((e.id, x, base - size * 0.8, text_width(text, size), size, text))
    return out


def overlaps(a, b, slack: float = 0.0) -> bool:
    """Whether two ``(x, y, w, h)`` rectangles overlap by more than ``slack`` pixels."""
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return ax + aw - slack > bx and bx + bw - slack > ax and ay + ah - slack > by and by + bh - slack > ay


def _inside(inner, outer) -> bool:
    ix, iy, iw, ih = inner
    ox, oy, ow, oh = outer
    return ix >= ox - 0.01 and iy >= oy - 0.01 and ix + iw <= ox + ow + 0.01 and iy + ih <= oy + oh + 0.01


def problems(scene, min_font: float = 11) -> list:
    """What makes a scene unreadable, in words (an empty list for a readable scene).

    Checks that no two lines of text overlap, that no node, summary or box
    overlaps a sibling (nothing hides anything), that every element and
    its text lie inside its parent box and inside the map, that every
    parent exists, and that no text is smaller than ``min_font`` px.

    Examples
    --------
    >>> s = Scene([Element("a", "node", "tag", label="x", x=0, y=0, w=50, h=26),
    ...            Element("b", "node", "tag", label="y", x=40, y=0, w=50, h=26)], width=100, height=30)
    >>> problems(s)[0]
    "node 'a' and node 'b' overlap"
    """
    out = []
    by_id = {e.id: e for e in scene.elements}
    rect = {e.id: (e.x, e.y, e.w, e.h) for e in scene.elements}
    whole = (0, 0, scene.width, scene.height)
    solid = [e for e in scene.elements if e.type in ("box", "node", "summary")]
    by_parent: dict = {}
    for e in solid:
        by_parent.setdefault(e.parent, []).append(e)
    for siblings in by_parent.values():
        siblings.sort(key=lambda e: e.x)
        for i, a in enumerate(siblings):
            for b in siblings[i + 1:]:
                if b.x >= a.x + a.w:
                    break
                if overlaps(rect[a.id], rect[b.id], 0.5):
                    out.append(f"{a.type} {a.id!r} and {b.type} {b.id!r} overlap")
    for e in scene.elements:
        if e.parent is not None and e.parent not in by_id:
            out.append(f"{e.id!r} names a parent {e.parent!r} that is not in the scene")
        elif e.type != "arrow" and e.parent is not None and not _inside(rect[e.id], rect[e.parent]):
            out.append(f"{e.type} {e.id!r} is not inside its parent {e.parent!r}")
        if e.type != "arrow" and not _inside(rect[e.id], whole):
            out.append(f"{e.id!r} lies outside the map")
        for x, base, size, _, text in e.lines():
            if size < min_font:
                out.append(f"text {text!r} of {e.id!r} is {size} px, below {min_font} px")
            box = (x, base - size * 0.8, text_width(text, size), size)
            if e.type in ("node", "summary", "box") and not _inside(box, rect[e.id]):
                out.append(f"text {text!r} does not fit in {e.id!r}")
    texts = sorted(text_boxes(scene), key=lambda t: t[2])
    for i, (ia, ax, ay, aw, ah, at) in enumerate(texts):
        for ib, bx, by, bw, bh, bt in texts[i + 1:]:
            if by >= ay + ah:
                break
            if overlaps((ax, ay, aw, ah), (bx, by, bw, bh), 0.5):
                out.append(f"text {at!r} of {ia!r} overlaps text {bt!r} of {ib!r}")
    for e in scene.elements:      # an arrow's label must not sit on a node it does not belong to
        if e.type != "arrow" or not e.label:
            continue
        for n in solid:
            if n.type != "box" and overlaps(rect[e.id], rect[n.id], 0.5):
                out.append(f"label of arrow {e.id!r} overlaps {n.type} {n.id!r}")
    return out
