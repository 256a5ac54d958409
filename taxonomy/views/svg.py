"""A scene as a standalone SVG document, in pure Python (no drawing library).

This is the static picture of the live map: what a notebook shows where
widgets can't run (nbconvert, GitHub's notebook preview), and what
``make pictures`` can save without a browser. It draws the same elements,
colours and words as the live map's JavaScript (``static/map.js``), from
the same :class:`~taxonomy.views.elements.Scene`.

The colours are the Okabe-Ito palette (safe for colour-blind readers);
state is never shown by colour alone: a container's state is written under
its name, a missing goal element is dashed and says so.

Examples
--------
>>> import taxonomy as tx
>>> from taxonomy.views.scene import scene
>>> w = tx.World()
>>> _ = w.docker("docker run -d --name web nginx:1.27")
>>> svg = to_svg(scene(w, lang="en"))
>>> svg.startswith("<svg") and 'data-id="container:laptop/web"' in svg and ">running</text>" in svg
True
"""

from __future__ import annotations

import hashlib
from html import escape

__all__ = ["to_svg", "digest_colour", "STYLE", "ARROW_COLOURS", "STATE_DOTS", "FONT_FAMILY"]

FONT_FAMILY = "DejaVu Sans Mono, Menlo, Consolas, Liberation Mono, monospace"

#: (fill, stroke) of each box and node kind.
STYLE = {
    "host": ("#f4f6f8", "#4a5560"),
    "group": ("#f7fbfe", "#0072B2"),
    "registry": ("#ffffff", "#0072B2"),
    "repository": ("#f0f8fd", "#56B4E9"),
    "stack": ("#fbf5f9", "#CC79A7"),
    "image": ("#fff3dd", "#E69F00"),
    "container": ("#fdebe2", "#D55E00"),
    "tag": ("#fffbe0", "#a89400"),
    "volume": ("#e2f4ed", "#009E73"),
    "layer": ("#f7e6f0", "#CC79A7"),
    "dockerfile": ("#ffffff", "#555555"),
    "summary": ("#ffffff", "#777777"),
}

#: Line colour of each verb.
ARROW_COLOURS = {"run": "#D55E00", "pull": "#0072B2", "push": "#7a3f9d", "build": "#555555",
                 "mounts": "#009E73", "points_to": "#a89400"}

#: Colour of the dot that shows a container's state (its state is also written under its name).
STATE_DOTS = {"running": "#009E73", "exited": "#8a8a8a", "created": "#56B4E9", "paused": "#E69F00",
              "restarting": "#E69F00", "dead": "#D55E00"}


def digest_colour(digest: str) -> str:
    """A colour of its own for a digest, the same in every renderer (``hsl(…)``).

    Examples
    --------
    >>> digest_colour("sha256:" + "ab" * 32)
    'hsl(27, 62%, 52%)'
    """
    hexpart = digest.rsplit(":", 1)[-1]
    if len(hexpart) < 4:
        hexpart = hashlib.sha256(digest.encode()).hexdigest()
    return f"hsl({int(hexpart[:4], 16) % 360}, 62%, 52%)"


def _rect(e, fill, stroke, extra=""):
    return (f'<rect x="{e.x:.1f}" y="{e.y:.1f}" width="{e.w:.1f}" height="{e.h:.1f}" rx="5" '
            f'fill="{fill}" stroke="{stroke}"{extra}/>')


def _texts(e, colour="#1a1a1a"):
    out = []
    for i, (x, y, size, weight, text) in enumerate(e.lines()):
        fill = colour if i == 0 else "#3d3d3d"
        out.append(f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" font-weight="{weight}" fill="{fill}">'
                   f"{escape(text)}</text>")
    return "".join(out)


def _element(e) -> str:
    tip = f"<title>{escape(e.tip)}</title>" if e.tip else ""
    head = f'<g class="tx-{e.type} tx-{e.kind}" data-id="{escape(e.id)}">{tip}'
    if e.type == "arrow":
        colour = ARROW_COLOURS.get(e.kind, "#555555")
        pts = " ".join(f"{x:.1f},{y:.1f}" for x, y in e.points)
        dash = ' stroke-dasharray="4 3"' if e.kind == "mounts" else ""
        label = _texts(e, colour) if e.label else ""
        return (f'{head}<polyline points="{pts}" fill="none" stroke="{colour}" stroke-width="1.6"{dash} '
                f'marker-end="url(#tx-head-{e.kind})"/>{label}</g>')
    if e.type == "text":
        return f"{head}{_texts(e, '#1a1a1a' if e.kind == 'heading' else '#555555')}</g>"
    fill, stroke = STYLE.get("summary" if e.type == "summary" else e.kind, ("#ffffff", "#555555"))
    extra = ""
    if e.type == "summary" or e.kind == "dockerfile" or e.mark == "missing":
        extra = ' stroke-dasharray="5 3"'
    if e.mark == "missing":
        stroke = "#c0392b"
    if e.mark == "cached":
        stroke = "#009E73"
    width = 2.6 if e.mark in ("traced", "selected") or e.state == "shared" else 1.2
    parts = [head, _rect(e, fill, stroke, f'{extra} stroke-width="{width}"')]
    if e.swatch:
        parts.append(f'<rect x="{e.x + 6:.1f}" y="{e.y + 8:.1f}" width="9" height="{e.h - 16:.1f}" rx="2" '
                     f'fill="{digest_colour(e.digest)}"/>')
    if e.kind == "container" and e.type == "node":
        parts.append(f'<circle cx="{e.x + e.w - 10:.1f}" cy="{e.y + 10:.1f}" r="4.5" '
                     f'fill="{STATE_DOTS.get(e.state, "#8a8a8a")}"/>')
    parts.append(_texts(e))
    parts.append("</g>")
    return "".join(parts)


def to_svg(scene, scale: float = 1.0) -> str:
    """The scene as an SVG document (``scale`` 1 draws it at its default size)."""
    w, h = scene.width * scale, scene.height * scale
    heads = "".join(
        f'<marker id="tx-head-{k}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
        f'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{c}"/></marker>'
        for k, c in ARROW_COLOURS.items())
    body = "".join(_element(e) for e in scene.elements)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="tx-map" width="{w:.0f}" height="{h:.0f}" '
            f'viewBox="0 0 {scene.width:.0f} {scene.height:.0f}" font-family="{FONT_FAMILY}" '
            f'role="img" aria-label="Docker map">'
            f'<defs>{heads}</defs><rect width="100%" height="100%" fill="#ffffff"/>{body}</svg>')
