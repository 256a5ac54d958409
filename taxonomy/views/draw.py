"""Draw a world with matplotlib: registries on the left, images in the middle, hosts on the right.

``tx.draw(world)`` returns a matplotlib ``Axes``. It never uses pyplot: given
no ``ax``, it makes a :class:`matplotlib.figure.Figure` with an Agg canvas,
so drawing works the same in a notebook, a test or a script, and touches no
global state. matplotlib is imported inside the functions, never when
:mod:`taxonomy` is imported.

What you see
------------
* One ``PathCollection`` of markers (what ``ax.scatter`` makes) per kind
  shown (gid ``kind:<kind>``), each with
  its own colour from the Okabe-Ito palette (safe for colour-blind readers)
  and its own marker, listed in the legend with its count.
* Edges as one ``LineCollection`` (gid ``edges``); ``stores`` edges are
  lighter. Direction is shown by small arrowheads at the target end, all
  in one ``PathCollection`` holding one compound path (gid ``arrows``).
* A highlighted path as a ring collection (gid ``highlight``) and its edges
  (gid ``highlight-edges``); nodes changed by the last command as dashed
  rings (gid ``changed``). Every node collection carries the node ids it
  draws, in order, as its ``nodes`` attribute.

Which nodes get a label
-----------------------
Labels are 7-point text to the right of their node: a registry's display
name, a repository's path (``nginx`` for an official image), a tag
(``:1.27`` in a registry, ``nginx:1.27`` on a host), a container's or
host's name, and Docker's 12-hex short id for images, layers and anonymous
volumes. Only what is readable is labelled, column by column:

1. highlighted and changed nodes are always labelled, in bold on a white
   ground; two that would overlap share one label (``:1.27, :latest``);
2. a column with at most half as many nodes as lines of text fit in its
   height is labelled from the top down, skipping a label that would
   overlap the one above;
3. a denser column gets no other labels, except registries and hosts,
   which then name the first and the last (``laptop`` … ``pc-29``).

So a learner's world is labelled almost everywhere, and a class of 300
containers shows its registries, the range of its hosts and the column
counts, and stays fast to draw (each label costs about a millisecond).

Examples
--------
>>> import taxonomy as tx
>>> w = tx.World()
>>> _ = w.run("nginx:1.27", name="web", detach=True)
>>> ax = draw(w, highlight="web")
>>> sorted(c.get_gid() for c in ax.collections if c.get_gid().startswith("kind:"))
['kind:container', 'kind:host', 'kind:image', 'kind:registry', 'kind:repository', 'kind:tag', 'kind:volume']
>>> hl = next(c for c in ax.collections if c.get_gid() == "highlight")
>>> hl.nodes[:2]
('container:laptop/web', 'image:sha256:cd276e6db3fbf94421775033a8befdae3a444256bbcabca65fe6911d3c0eaa7d')
>>> png = render_png(w)
>>> png[:8] == b"\\x89PNG\\r\\n\\x1a\\n"
True
"""

from __future__ import annotations

import io

from .layout import COLUMN_TITLES, column_of, columns, label, layout, resolve_nodes, shown_kinds, trace

__all__ = ["draw", "render_png", "PALETTE", "MARKERS", "EDGE_STYLE", "new_figure"]

#: Okabe-Ito colours, one per kind.
PALETTE = {
    "registry": "#0072B2",    # blue
    "repository": "#56B4E9",  # sky blue
    "tag": "#F0E442",         # yellow (drawn with a dark edge)
    "image": "#E69F00",       # orange
    "layer": "#CC79A7",       # reddish purple
    "container": "#D55E00",   # vermillion
    "host": "#000000",        # black
    "volume": "#009E73",      # bluish green
}

#: One marker per kind.
MARKERS = {
    "registry": "s", "repository": "p", "tag": "v", "image": "o",
    "layer": "d", "container": "D", "host": "H", "volume": "P",
}

_OUTLINED = ("tag", "layer", "image")   # light colours get a dark outline
_SIZE = {"registry": 170, "repository": 70, "tag": 42, "image": 64, "layer": 34, "container": 46, "host": 170, "volume": 50}

#: Line colour of each edge kind, and its colour when a path is highlighted.
#: Colours are opaque (pre-blended on white), which renders faster than alpha.
EDGE_STYLE = {
    "stores": ("#d0d0d0", "#ececec"),
    "default": ("#9a9a9a", "#e0e0e0"),
}
_EDGE_WIDTH = 0.7
_ARROW_COLOUR = ("#6a6a6a", "#d6d6d6")

_FONT = 7.0
_ARROW_LEN, _ARROW_HALF = 5.0, 2.2   # arrowhead length and half-width, in points


def new_figure(figsize=(11.0, 7.0), dpi=100):
    """A matplotlib Figure with an Agg canvas and one Axes (no pyplot)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=figsize, dpi=dpi)
    FigureCanvasAgg(fig)
    fig.subplots_adjust(left=0.01, right=0.99, top=0.97, bottom=0.07)
    return fig.add_subplot()


def _marked(world, highlight, host):
    if highlight is None:
        return []
    seen = {}
    for node in resolve_nodes(world, highlight, host):
        for n in trace(world, node):
            seen[n] = None
    return list(seen)


def draw(world, ax=None, *, highlight=None, kinds=None, host=None, layers=False, changed=None,
         legend=True, titles=True):
    """Draw the world's graph in columns and return the matplotlib Axes.

    Parameters
    ----------
    world : World
    ax : matplotlib.axes.Axes, optional
        Where to draw. Without one, a new Figure (Agg canvas, no pyplot) is made.
    highlight : str or list of str, optional
        Node ids, or a container's name: the path of each
        (see :func:`~taxonomy.views.layout.trace`) is ringed and its edges
        drawn bold; other nodes fade.
    kinds : iterable of str, optional
        Node kinds to draw (default: all but ``layer``).
    host : str, optional
        Draw only this host's side (its containers, volumes and local tags).
    layers : bool
        Also draw layers (same as adding ``"layer"`` to ``kinds``).
    changed : iterable of str, optional
        Node ids to mark as changed (dashed rings), without tracing.
    legend, titles : bool
        Draw the legend and the column headings.

    Returns
    -------
    matplotlib.axes.Axes

    Raises
    ------
    NotFound
        ``highlight`` or ``host`` names nothing in the world.
    InvalidArgument
        ``kinds`` names an unknown kind.
    """
    import numpy as np
    from matplotlib.collections import LineCollection

    shown = shown_kinds(kinds, layers)
    pos = layout(world, shown, host)
    marked = [n for n in _marked(world, highlight, host) if n in pos]
    changed = [n for n in dict.fromkeys(changed or ()) if n in pos]
    if ax is None:
        ax = new_figure()
    g = world.graph
    cols = columns(shown)
    xmax = max(cols.values()) if cols else 0.0
    ax.set_xlim(-0.45, xmax + 0.9)
    ax.set_ylim(-0.03, 1.07)
    ax.set_axis_off()
    fade = 0.3 if marked else 1.0

    # -- nodes, one collection per kind ---------------------------------
    by_kind = {k: [] for k in shown}
    per_col = {}
    for n in pos:
        d = g.nodes[n]
        by_kind[d["kind"]].append(n)
        per_col.setdefault(column_of(d), []).append(n)
    size_of = {}
    for col, ns in per_col.items():
        room = 6.0 if col in ("registry", "host") else 40.0   # big markers only while few
        factor = float(np.clip(np.sqrt(room / max(len(ns), 1)), 0.3, 1.0))
        for n in ns:
            size_of[n] = _SIZE[g.nodes[n]["kind"]] * factor
    handles = []
    for kind in shown:
        ns = by_kind[kind]
        coll = _markers(ax, [pos[n] for n in ns], [size_of[n] for n in ns], MARKERS[kind], f"kind:{kind}", ns,
                        facecolors=PALETTE[kind], alpha=fade, zorder=3, label=f"{kind} ({len(ns)})",
                        edgecolors="#333333" if kind in _OUTLINED else "none", linewidths=0.4)
        handles.append(_proxy(kind, coll.get_label()))

    # -- edges and their direction ----------------------------------------
    edges = [(u, v, d["kind"]) for u, nbrs in g.adjacency() if u in pos for v, d in nbrs.items() if v in pos]
    if edges:
        seg = np.array([(pos[u], pos[v]) for u, v, _ in edges], dtype=float)
        styles = [EDGE_STYLE.get(k, EDGE_STYLE["default"]) for _, _, k in edges]
        lc = LineCollection(seg, colors=[st[1] if marked else st[0] for st in styles],
                            linewidths=_EDGE_WIDTH, zorder=1)
        lc.set_gid("edges")
        ax.add_collection(lc, autolim=False)
        radius = np.sqrt([size_of[v] for _, v, _ in edges]) / 2.0
        _arrowheads(ax, seg, radius, _ARROW_COLOUR[bool(marked)], "arrows")

    # -- highlight ----------------------------------------------------------
    if marked:
        mset = set(marked)
        _markers(ax, [pos[n] for n in marked], [size_of[n] * 2.6 + 30 for n in marked], "o", "highlight", marked,
                 facecolors="none", edgecolors="#000000", linewidths=1.6, zorder=4, label="traced path")
        for kind in shown:   # redraw the marked nodes opaque, with their own marker
            ns = [n for n in by_kind[kind] if n in mset]
            if ns:
                _markers(ax, [pos[n] for n in ns], [size_of[n] for n in ns], MARKERS[kind], f"highlight-kind:{kind}",
                         ns, facecolors=PALETTE[kind], edgecolors="#333333", linewidths=0.4, zorder=3.6)
        hl_edges = [(u, v) for u, v, _ in edges if u in mset and v in mset]
        if hl_edges:
            seg = np.array([(pos[u], pos[v]) for u, v in hl_edges], dtype=float)
            hlc = LineCollection(seg, colors="#000000", linewidths=1.5, zorder=2)
            hlc.set_gid("highlight-edges")
            ax.add_collection(hlc, autolim=False)
            radius = np.sqrt([size_of[v] for _, v in hl_edges]) / 2.0
            _arrowheads(ax, seg, radius, "#000000", "highlight-arrows", scale=1.4)
        handles.append(_proxy(None, "traced path", marker="o", mfc="none", mec="#000000", mew=1.4, ms=9))
    if changed:
        _markers(ax, [pos[n] for n in changed], [size_of[n] * 3.2 + 40 for n in changed], "o", "changed", changed,
                 facecolors="none", edgecolors="#000000", linewidths=1.3, linestyles="--", zorder=4, label="changed")
        handles.append(_proxy(None, "changed", marker="o", mfc="none", mec="#000000", mew=0.8, ms=10))

    # -- words --------------------------------------------------------------
    _labels(ax, world, pos, per_col, set(marked) | set(changed), size_of)
    if titles:
        for col, x in cols.items():
            n = len(per_col.get(col, ()))
            ax.text(x, 1.045, f"{COLUMN_TITLES[col]} ({n})", ha="center", va="center", fontsize=8,
                    fontweight="bold", color="#222222")
    if not shown:
        ax.text(0.5, 0.5, "no kind of node chosen to draw", ha="center", va="center", fontsize=10,
                color="#555555", transform=ax.transAxes)
    if legend and handles:
        ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0.0), ncol=min(len(handles), 9),
                  frameon=False, fontsize=7.5, handletextpad=0.2, columnspacing=1.2, markerscale=0.8)
    return ax


def _markers(ax, xy, sizes, marker, gid, nodes, **style):
    """One PathCollection of markers, as ``ax.scatter`` makes, without its data-limit bookkeeping."""
    import numpy as np
    from matplotlib.collections import PathCollection
    from matplotlib.markers import MarkerStyle
    from matplotlib.transforms import IdentityTransform

    m = MarkerStyle(marker)
    path = m.get_path().transformed(m.get_transform())
    coll = PathCollection([path], sizes=np.asarray(sizes, dtype=float),
                          offsets=np.asarray(xy, dtype=float).reshape(-1, 2), offset_transform=ax.transData, **style)
    coll.set_transform(IdentityTransform())
    coll.set_gid(gid)
    coll.nodes = tuple(nodes)
    ax.add_collection(coll, autolim=False)
    return coll


def _proxy(kind, text, *, marker=None, mfc=None, mec=None, mew=0.4, ms=6.5):
    """A legend entry (a marker-only Line2D, cheaper to lay out than a collection)."""
    from matplotlib.lines import Line2D

    line = Line2D([], [], linestyle="none", marker=marker or MARKERS[kind], markersize=ms,
                  markerfacecolor=mfc or PALETTE[kind], markeredgecolor=mec or "#333333", markeredgewidth=mew,
                  label=text)
    return line


def _arrowheads(ax, seg, radius_pt, color, gid, scale=1.0):
    """Small filled triangles at each segment's end, pointing at it.

    All triangles form one compound path in one ``PathCollection``: as cheap
    to build and render as a single artist. Their shape is computed in
    display space, so they keep their angle at this figure size.
    """
    import numpy as np
    from matplotlib.collections import PathCollection
    from matplotlib.path import Path

    trans = ax.transData
    ppt = ax.figure.dpi / 72.0
    p0 = trans.transform(seg[:, 0])
    p1 = trans.transform(seg[:, 1])
    d = p1 - p0
    length = np.hypot(d[:, 0], d[:, 1])
    length[length == 0] = 1.0
    u = d / length[:, None]
    perp = np.stack([-u[:, 1], u[:, 0]], axis=1)
    tip = p1 - u * (np.asarray(radius_pt)[:, None] * ppt + 0.5)
    base = tip - u * (_ARROW_LEN * scale * ppt)
    half = perp * (_ARROW_HALF * scale * ppt)
    tri = np.stack([tip, base + half, base - half, tip], axis=1)
    verts = trans.inverted().transform(tri.reshape(-1, 2))
    codes = np.tile(np.array([Path.MOVETO, Path.LINETO, Path.LINETO, Path.CLOSEPOLY], dtype=Path.code_type), len(seg))
    pc = PathCollection([Path(verts, codes)], facecolors=color, edgecolors="none", zorder=2)
    pc.set_gid(gid)
    pc.count = len(seg)
    ax.add_collection(pc, autolim=False)
    return pc


def _labels(ax, world, pos, per_col, always, size_of):
    """Place labels by the rule in the module notes; return the Text artists.

    A label starts a few points right of its marker's edge (an offset in
    points, so it clears the marker at any dpi).
    """
    from matplotlib.transforms import offset_copy

    trans = ax.transData
    shifted = {}
    step = _FONT * 1.25 * ax.figure.dpi / 72.0        # pixels per line of text
    capacity = int(abs(trans.transform((0, 1))[1] - trans.transform((0, 0))[1]) / step)
    texts = []
    for col, ns in per_col.items():
        if len(ns) <= capacity // 2:
            todo = ns
        elif col in ("registry", "host"):             # dense: name the first and the last
            ends = sorted(ns, key=lambda n: pos[n][1])
            todo = list(dict.fromkeys([ends[0], ends[-1], *(n for n in ns if n in always)]))
        else:
            todo = [n for n in ns if n in always]
        todo = sorted(todo, key=lambda n: (n not in always, -pos[n][1], n))
        placed = []                                   # (pixel y, index in texts, marked)
        for n in todo:
            y = trans.transform(pos[n])[1]
            hit = next((p for p in placed if abs(y - p[0]) < step), None)
            if hit is not None:
                if n in always and hit[2]:            # two marked labels collide: join them
                    t = texts[hit[1]]
                    t.set_text(f"{t.get_text()}, {label(world, n)}")
                continue
            x, yd = pos[n]
            marked = n in always
            placed.append((y, len(texts), marked))
            style = {"fontweight": "bold", "color": "#000000", "zorder": 6,
                     "bbox": {"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.85}
                     } if marked else {"color": "#222222", "zorder": 5}
            gap = round(size_of[n] ** 0.5 * (0.65 if marked else 0.5) + 2.5)   # marker radius (or ring) + 2.5 pt
            if gap not in shifted:
                shifted[gap] = offset_copy(trans, ax.figure, x=gap, y=0, units="points")
            texts.append(ax.text(x, yd, label(world, n), fontsize=_FONT, va="center", ha="left", clip_on=False,
                                 transform=shifted[gap], **style))
    return texts


def render_png(world, *, figsize=(11.0, 7.0), dpi=100, compress_level=1, **options) -> bytes:
    """Draw ``world`` (see :func:`draw` for the options) and return PNG bytes.

    Uses a fresh Figure with an Agg canvas each time; nothing global.
    ``compress_level`` is zlib's (0-9): the default 1 encodes about twice
    as fast as matplotlib's default 6 for a file about a fifth larger,
    which suits widgets that redraw after every command.
    """
    ax = new_figure(figsize, dpi)
    draw(world, ax, **options)
    buf = io.BytesIO()
    ax.figure.savefig(buf, format="png", dpi=dpi, pil_kwargs={"compress_level": compress_level})
    return buf.getvalue()
