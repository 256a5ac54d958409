"""The static picture: a scene drawn with matplotlib on the ``ax`` it is given.

``tx.draw(world)`` draws the same :func:`~taxonomy.views.scene.scene` as
the live map (host boxes holding images and containers, registries
grouped by placement, verbs as arrows, the rest summarised), for handouts,
the README's pictures and ``make pictures``. It never uses pyplot: given no
``ax``, it makes a :class:`matplotlib.figure.Figure` with an Agg canvas
sized so that one pixel of the scene is one pixel of the picture at 100 dpi.
matplotlib is imported inside the functions, never by ``import taxonomy``;
where it is not installed (a JupyterLite site), :func:`draw` says so in one
line and returns None, and the live map works without it.

Every artist carries the id of the scene element it draws as its gid, so
tests can find them (``container:laptop/web``, ``arrow:run:…``).

Examples
--------
>>> import taxonomy as tx
>>> w = tx.World()
>>> _ = w.docker("docker run -d --name web nginx:1.27")
>>> ax = draw(w, lang="en")
>>> "container:laptop/web" in {p.get_gid() for p in ax.patches}
True
>>> sorted(t.get_text() for t in ax.texts if t.get_gid() == "container:laptop/web")
['running', 'web']
>>> render_png(w)[:8] == b"\\x89PNG\\r\\n\\x1a\\n"
True
"""

from __future__ import annotations

import io

from .. import i18n
from .elements import Scene

__all__ = ["draw", "draw_scene", "render_png", "png_bytes", "new_figure", "matplotlib_missing"]


def matplotlib_missing(lang: str | None = None) -> str | None:
    """The one line to show when matplotlib is not installed (None when it is)."""
    import importlib.util
    if importlib.util.find_spec("matplotlib") is not None:
        return None
    return i18n.text("map.no_matplotlib", lang=lang)


def new_figure(figsize=(11.6, 7.0), dpi=100):
    """A matplotlib Figure with an Agg canvas and one Axes filling it (no pyplot)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=figsize, dpi=dpi)
    FigureCanvasAgg(fig)
    return fig.add_axes((0, 0, 1, 1))


def draw(world, ax=None, *, focus=None, expand=(), lang=None, width=None, highlight=None, marks=None):
    """Draw the map of ``world`` and return the matplotlib Axes.

    Parameters
    ----------
    world : World
    ax : matplotlib.axes.Axes, optional
        Where to draw. Without one, a new Figure (Agg canvas, no pyplot) the size of the scene.
    focus, expand, lang, width, marks
        As for :func:`~taxonomy.views.scene.scene`.
    highlight : str, optional
        A node id or a container's name: its path (see
        :func:`~taxonomy.views.layout.trace`) is drawn bold.

    Returns
    -------
    matplotlib.axes.Axes or None
        None, after one line saying so, when matplotlib is not installed.

    Raises
    ------
    NotFound
        ``focus`` or ``highlight`` names nothing in the world.
    """
    from .scene import scene
    marks = dict(marks or {})
    if highlight is not None:
        from .layout import resolve_nodes, trace
        for node in resolve_nodes(world, highlight):
            marks.update((n, "traced") for n in trace(world, node))
    s = scene(world, focus=focus, expand=expand, lang=lang, width=width, marks=marks)
    missing = matplotlib_missing(lang)
    if missing:
        print(missing)
        return None
    return draw_scene(s, ax)


def _font_scale(ax, s):
    bbox = ax.get_window_extent()
    return min(bbox.width / max(s.width, 1), bbox.height / max(s.height, 1)) * 72.0 / ax.figure.dpi


def draw_scene(s: Scene, ax=None):
    """Draw a scene on ``ax`` (a new Figure the scene's size if None) and return the Axes."""
    from matplotlib.patches import FancyBboxPatch, Polygon, Rectangle

    from .svg import ARROW_COLOURS, STYLE, STATE_DOTS, digest_colour

    if ax is None:
        ax = new_figure((s.width / 100.0, s.height / 100.0), 100)
    ax.set_xlim(0, s.width)
    ax.set_ylim(s.height, 0)
    ax.set_aspect("equal", adjustable="box")
    ax.set_axis_off()
    pt = _font_scale(ax, s)
    for z, e in enumerate(s.elements):
        if e.type in ("box", "node", "summary"):
            fill, stroke = STYLE.get("summary" if e.type == "summary" else e.kind, ("#ffffff", "#555555"))
            if e.mark == "missing":
                stroke = "#c0392b"
            if e.mark == "cached":
                stroke = "#009E73"
            dashed = e.type == "summary" or e.kind == "dockerfile" or e.mark == "missing"
            lw = 2.2 if e.mark in ("traced", "selected") or e.state == "shared" else 1.0
            patch = FancyBboxPatch((e.x, e.y), e.w, e.h, boxstyle="round,pad=0,rounding_size=5", facecolor=fill,
                                   edgecolor=stroke, linewidth=lw, linestyle="--" if dashed else "-", zorder=1 + z * 1e-4)
            patch.set_gid(e.id)
            ax.add_patch(patch)
            if e.swatch:
                sw = Rectangle((e.x + 6, e.y + 8), 9, e.h - 16, facecolor=_hsl(digest_colour(e.digest)),
                               edgecolor="none", zorder=2)
                sw.set_gid(e.id)
                ax.add_patch(sw)
            if e.kind == "container" and e.type == "node":
                from matplotlib.patches import Circle
                dot = Circle((e.x + e.w - 10, e.y + 10), 4.5, facecolor=STATE_DOTS.get(e.state, "#8a8a8a"),
                             edgecolor="none", zorder=2)
                dot.set_gid(e.id)
                ax.add_patch(dot)
        elif e.type == "arrow":
            colour = ARROW_COLOURS.get(e.kind, "#555555")
            xs, ys = zip(*e.points)
            (line,) = ax.plot(xs, ys, color=colour, linewidth=1.4, linestyle="--" if e.kind == "mounts" else "-",
                              zorder=3, solid_capstyle="butt")
            line.set_gid(e.id)
            (x0, y0), (x1, y1) = e.points[-2], e.points[-1]
            length = max(((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5, 1e-9)
            ux, uy = (x1 - x0) / length, (y1 - y0) / length
            head = Polygon([(x1, y1), (x1 - 9 * ux - 4 * uy, y1 - 9 * uy + 4 * ux),
                            (x1 - 9 * ux + 4 * uy, y1 - 9 * uy - 4 * ux)], closed=True, facecolor=colour,
                           edgecolor="none", zorder=3)
            head.set_gid(e.id)
            ax.add_patch(head)
        colour = ARROW_COLOURS.get(e.kind, "#1a1a1a") if e.type == "arrow" else "#1a1a1a"
        for i, (x, y, size, weight, text) in enumerate(e.lines()):
            t = ax.text(x, y, text, fontsize=size * pt, fontweight=weight, family="DejaVu Sans Mono",
                        color=colour if i == 0 else "#3d3d3d", va="baseline", ha="left", zorder=4)
            t.set_gid(e.id)
    return ax


def _hsl(text: str):
    import colorsys
    h, s, l = (float(v.strip(" %")) for v in text[4:-1].split(","))
    return colorsys.hls_to_rgb(h / 360.0, l / 100.0, s / 100.0)


def render_png(world, *, dpi=100, compress_level=1, **options) -> bytes:
    """Draw ``world`` (see :func:`draw` for the options) and return PNG bytes (a fresh Agg figure)."""
    from .scene import scene
    s = scene(world, **{k: options[k] for k in ("focus", "expand", "lang", "width", "marks") if k in options})
    ax = draw_scene(s)
    return png_bytes(ax.figure, dpi=dpi, compress_level=compress_level)


def png_bytes(figure, *, dpi=100, compress_level=1) -> bytes:
    """A matplotlib figure as PNG bytes (zlib level 1: twice as fast as the default for a fifth more bytes)."""
    buf = io.BytesIO()
    figure.savefig(buf, format="png", dpi=dpi, pil_kwargs={"compress_level": compress_level})
    return buf.getvalue()
