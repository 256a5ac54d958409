"""The scene: what the map of a world shows, where, and in which words (no drawing library).

:func:`scene` reads a world through its public graph and returns a
:class:`~taxonomy.views.elements.Scene`, plain data that the live map
(:mod:`taxonomy.views.livemap`), the static SVG (:mod:`taxonomy.views.svg`)
and ``tx.draw`` (matplotlib) draw as they are. It reads like the source's
Figure 1-4, "Taxonomy of Docker terms and concepts":

* on the left, **Docker hosts**: each host box holds its images (named by
  their local tags), the containers made from each image (beside it, with
  their state) and its volumes; an image built on the host has its
  Dockerfile above it, and a *build* arrow;
* on the right, **registries**, grouped by placement (public, private
  cloud, on-premises) as separate bookshelves: each registry box holds
  repositories, each with its tags pointing at image digests;
* verbs as arrows: *run* (image → container), *pull* (registry → host),
  *push* (host → registry), *build*, *mounts*. The same image in two
  places has the same digest, the same short id and the same colour.

**Progressive disclosure.** The map shows what the learner's world holds
and has touched, and summarises the rest: ``13 more repositories``,
``+7 tags``, ``+8 containers``. A summary's ``expand`` key (the id of what
it summarises) opens it: pass it in ``expand=``, or click it on the live
map. A world of many hosts (a workshop) folds its hosts into a grid of
small boxes with counts; the default host, and any host named in
``expand``, opens.

**Focus.** ``focus=None`` shows the whole world; a host (``"laptop"`` or
``"host:laptop"``) shows that host and what its images come from; a
registry (``"docker.io"``) opens that registry; an image (``"nginx:1.27"``,
``"image:sha256:…"``) shows its layer stack beside the stacks of the
images that share layers with it (a shared layer is one wide box across
the stacks); ``"trace:<node>"`` shows only the path of a node (see
:func:`~taxonomy.views.layout.trace`).

**Readable and stable by construction.** Everything is placed in rows
inside its parent box, at fixed sizes measured in a monospace face, so no
label overlaps another and every node lies inside its parent
(:func:`~taxonomy.views.elements.problems` proves it for any scene). Ids
come from the graph's node ids and the order from sorted names, so the same
world gives the same scene on every machine, and a command changes only
the elements that show what it touched (and the boxes that hold them).

Examples
--------
>>> import taxonomy as tx
>>> w = tx.World()
>>> _ = w.docker("docker run -d --name web -p 8080:80 nginx:1.27")
>>> s = scene(w, lang="en")
>>> s["container:laptop/web"].label, s["container:laptop/web"].sub, s["container:laptop/web"].parent
('web', 'running', 'host:laptop')
>>> [e.kind for e in s.by_type("arrow")]
['run', 'points_to', 'pull']
>>> s["summary:registry:docker.io"].label
'10 more repositories'
>>> problems(s)
[]
>>> len(s) <= 25
True
"""

from __future__ import annotations

from functools import lru_cache

from .. import i18n
from ..catalog import CATALOG
from ..errors import InvalidArgument, NotFound
from .elements import FONT, PAD, SUB_FONT, Element, Scene, familiar, fit, problems, short, size_text, text_width
from .stacks import layer_scene

__all__ = ["scene", "describe_scene", "problems", "Scene", "Element", "familiar", "short", "size_text", "glossary_line",
           "WIDE", "COMPACT", "FOLD_HOSTS"]

#: Map widths in pixels: registries beside the hosts, or below them.
WIDE, COMPACT = 1160, 600
#: From this many hosts on, hosts not opened are folded into small boxes.
FOLD_HOSTS = 5
_CAP_IMAGES, _CAP_CONTAINERS, _CAP_REPOS, _CAP_TAGS = 8, 12, 8, 3
_IMG_W, _CTR_W, _NODE_H, _RUN_GAP, _GAP = 190, 130, 38, 64, 10
_REG_IMG_W, _TAG_GAP, _TILE_W = 170, 30, 170
_KIT = frozenset(f"{s.registry}/{s.repository}" for s in CATALOG)
_PLACEMENTS = ("public", "private-cloud", "on-premises")
_STATES = ("running", "created", "paused", "restarting", "dead")


@lru_cache(maxsize=64)
def glossary_line(kind: str, lang: str) -> str:
    """The glossary's first sentence for a kind (a pure lookup, remembered): what hovering shows."""
    from ..errors import TaxonomyError
    from ..glossary import glossary
    try:
        text = glossary(kind, lang).definition
    except TaxonomyError:
        return ""
    first = text.split(". ")[0].split(" : ")[0] if lang == "fr" else text.split(". ")[0]
    return first.rstrip(".") + "."


class _Ctx:
    """What one call of :func:`scene` knows: the world's graph, the language, the elements so far."""

    def __init__(self, world, lang, expand, marks):
        self.g = world.graph
        self.world = world
        self.lang = lang
        self.expand = set(expand)
        self.marks = dict(marks or {})
        self.out: list = []
        self.arrows: list = []

    def t(self, key, **values):
        return i18n.text(f"map.{key}", lang=self.lang, **values)

    def add(self, e: Element) -> Element:
        if e.node in self.marks and not e.mark:
            e = Element(**{**e.__dict__, "mark": self.marks[e.node]})
        self.out.append(e)
        return e

    def grow(self, box: Element, height: float):
        """Give a box its height once its content is placed (boxes are added before what they hold)."""
        for i in range(len(self.out) - 1, -1, -1):
            if self.out[i] is box:
                self.out[i] = Element(**{**box.__dict__, "h": height})
                return
        raise AssertionError(box.id)

    def tip(self, kind, name=""):
        line = glossary_line(kind, self.lang)
        return f"{name} — {line}" if name and line else (line or name)

    def succ(self, n, kind):
        return [v for v, d in self.g.succ[n].items() if d["kind"] == kind]

    def pred(self, n, kind):
        return [u for u, d in self.g.pred[n].items() if d["kind"] == kind]


def _resolve_focus(world, focus):
    """(mode, node) for a focus argument."""
    if focus is None:
        return None, None
    g = world.graph
    text = str(focus)
    if text.startswith("trace:"):
        from .layout import resolve_nodes
        (node,) = resolve_nodes(world, text[len("trace:"):])
        return "trace", node
    for candidate in (text, f"host:{text}", f"registry:{text}"):
        if candidate in g:
            kind = g.nodes[candidate]["kind"]
            if kind in ("host", "registry", "image"):
                return kind, candidate
            raise InvalidArgument(f"cannot focus on a {kind} ({text!r}); focus on a host, a registry, an image "
                                  f"or 'trace:{text}'")
    try:
        return "image", f"image:{world.image_of_ref(text)}"
    except (NotFound, InvalidArgument) as err:
        raise NotFound(f"nothing to focus on called {text!r}: give a host ('laptop'), a registry ('docker.io'), "
                       f"an image ('nginx:1.27') or 'trace:<node id>'") from err


def scene(world, *, focus=None, expand=(), lang=None, width=None, marks=None) -> Scene:
    """Compute the map of ``world``: boxes, nodes, labels and arrows with their geometry.

    Parameters
    ----------
    world : World
        Read through ``world.graph`` only; never changed.
    focus : str, optional
        None (the whole world), a host, a registry, an image (reference or
        node id) or ``"trace:<node>"`` (see the module notes).
    expand : iterable of str
        Keys of summaries to open: a registry id opens all its repositories,
        a repository id all its tags, a host id that host (and all its images
        and containers).
    lang : {"en", "fr"}, optional
        The language of every word the map adds (the current one by default).
    width : int, optional
        :data:`WIDE` (default: registries beside hosts) or :data:`COMPACT`
        (registries below hosts, for side-by-side maps).
    marks : mapping, optional
        Graph node id → state to show (``"cached"``, ``"missing"``), for panels.

    Returns
    -------
    Scene

    Raises
    ------
    NotFound
        ``focus`` names nothing in the world.
    InvalidArgument
        ``focus`` names a kind that has no view of its own, or ``width`` is unknown.
    """
    lang = i18n.resolve(lang)
    width = WIDE if width is None else width
    if width not in (WIDE, COMPACT):
        raise InvalidArgument(f"unknown map width {width!r}: use {WIDE} (wide) or {COMPACT} (compact)")
    mode, fnode = _resolve_focus(world, focus)
    ctx = _Ctx(world, lang, expand, marks)
    if mode == "image":
        height = layer_scene(ctx, fnode, width)
    else:
        height = _world_scene(ctx, mode, fnode, width)
    return Scene(ctx.out + ctx.arrows, width=float(width), height=float(height), lang=lang,
                 focus=None if focus is None else str(focus), expand=tuple(sorted(ctx.expand)))


# -- what is shown ------------------------------------------------------------------------
def _nodes_of(g, kind):
    return sorted(n for n, d in g.nodes(data=True) if d["kind"] == kind)


def _world_scene(ctx, mode, fnode, width) -> float:
    g = ctx.g
    traced = None
    if mode == "trace":
        from .layout import trace
        traced = set(trace(ctx.world, fnode))
        for n in list(traced):
            if g.nodes[n]["kind"] in ("container", "volume") or g.nodes[n].get("host"):
                traced.add(f"host:{g.nodes[n]['host']}")
            if g.nodes[n]["kind"] == "image":
                traced.update(u for u in ctx.pred(n, "stores") if g.nodes[u]["kind"] == "host")
    hosts = _nodes_of(g, "host")
    registries = _nodes_of(g, "registry")
    if mode == "host":
        hosts, opened = [fnode], {fnode}
    elif mode == "registry":
        hosts, registries, opened = [], [fnode], set()
        ctx.expand.add(fnode)
    elif traced is not None:
        hosts = [h for h in hosts if h in traced]
        registries = [r for r in registries if r in traced]
        opened = set(hosts)
    elif len(hosts) < FOLD_HOSTS:
        opened = set(hosts)
    else:
        default = ctx.world.default_host
        opened = {h for h in hosts if h in ctx.expand or h == f"host:{default}"}
    wide = width == WIDE
    col_w = 552 if wide else 512
    top = 8.0
    ctx.add(Element("heading:hosts", "text", "heading", label=ctx.t("heading.hosts"), x=8, y=top,
                    w=text_width(ctx.t("heading.hosts"), FONT), h=FONT))
    y = top + 22
    held = set()
    host_images = []            # (host image element, image node)
    for h in hosts:
        if h in opened:
            y, imgs = _host_box(ctx, h, 8, y, col_w, wide, traced, full=h in ctx.expand or mode == "host")
            host_images += imgs
            held.update(n for _, n in imgs)
            y += 14
    folded = [h for h in hosts if h not in opened]
    if folded:
        y = _host_tiles(ctx, folded, 8, y, col_w) + 14
    hosts_bottom = y
    if wide:
        rx, y = 640.0, top
    else:
        rx, y = 8.0, hosts_bottom + 6
    if registries:
        label = ctx.t("heading.registries")
        ctx.add(Element("heading:registries", "text", "heading", label=label, x=rx, y=y,
                        w=text_width(label, FONT), h=FONT))
        y += 22
    reg_images = []
    for placement in _PLACEMENTS:
        regs = [r for r in registries if g.nodes[r]["registry_kind"] == placement]
        if not regs:
            continue
        y, imgs = _group_box(ctx, placement, regs, rx, y, 512, wide, held, traced)
        reg_images += imgs
        y += 14
    _transfer_arrows(ctx, host_images, reg_images, wide)
    return max(hosts_bottom, y) + 4


# -- hosts --------------------------------------------------------------------------------
def _label_of_image(ctx, host_name, img):
    g = ctx.g
    tags = sorted(familiar(g.nodes[t]["ref"]) for t in ctx.pred(img, "points_to")
                  if g.nodes[t].get("host") == host_name)
    if not tags:
        return ctx.t("image.untagged"), []
    return tags[0] + (f" +{len(tags) - 1}" if len(tags) > 1 else ""), tags


def _state(ctx, d):
    state = d.get("state", "created")
    if state == "exited":
        return ctx.t("state.exited", code=d.get("exit_code") if d.get("exit_code") is not None else 0)
    return ctx.t(f"state.{state}") if state in _STATES else state


def _host_box(ctx, h, x, y, w, wide, traced, full):
    g = ctx.g
    name = g.nodes[h]["name"]
    hid = h
    inner_l, inner_r = x + 12, x + w - 12
    images = sorted(v for v in ctx.succ(h, "stores") if g.nodes[v]["kind"] == "image")
    containers = [c for c in ctx.succ(h, "hosts") if g.nodes[c]["kind"] == "container"]
    volumes = sorted(v for v in ctx.succ(h, "hosts") if g.nodes[v]["kind"] == "volume")
    if traced is not None:
        images = [i for i in images if i in traced]
        containers = [c for c in containers if c in traced]
        volumes = [v for v in volumes if v in traced]
    by_image: dict = {}
    for c in containers:
        img = (ctx.succ(c, "instance_of") or [None])[0]
        by_image.setdefault(img, []).append(c)
    labelled = sorted(((_label_of_image(ctx, name, i), i) for i in images), key=lambda t: (t[0][0] == "<none>", t[0][0], t[1]))
    box = ctx.add(Element(hid, "box", "host", label=ctx.t("host", name=name), node=h, x=x, y=y, w=w, h=0,
                          tip=ctx.tip("host", name), sources=(h,)))
    cy = y + 30
    shown_imgs = labelled if full or len(labelled) <= _CAP_IMAGES else labelled[:_CAP_IMAGES - 1]
    out_imgs = []
    cols = max(1, int((inner_r - _IMG_W - _RUN_GAP - inner_l + _GAP) // (_CTR_W + _GAP)))
    ctr_id = {}
    for (label, tags), img in shown_imgs:
        d = g.nodes[img]
        built = ctx.succ(img, "built_from")
        ix = inner_r - _IMG_W
        if built:
            base_tags = sorted(familiar(g.nodes[t]["ref"]) for t in ctx.pred(built[0], "points_to"))
            base = base_tags[0] if base_tags else short(g.nodes[built[0]]["digest"])
            df = ctx.add(Element(f"{hid}|dockerfile:{img}", "node", "dockerfile", label=ctx.t("dockerfile"),
                                 sub=fit(ctx.t("dockerfile.sub", base=base), _IMG_W - 2 * PAD, SUB_FONT),
                                 parent=hid, x=ix, y=cy, w=_IMG_W, h=_NODE_H, node=img,
                                 mark="traced" if traced else "", tip=ctx.tip("dockerfile", f"FROM {base}"), sources=(img,)))
            verb = ctx.t("verb.build")
            ctx.arrows.append(Element(f"arrow:build:{df.id}", "arrow", "build", label=verb, parent=hid,
                                      x=ix + _IMG_W / 2 + 6, y=cy + _NODE_H + 4, w=text_width(verb, SUB_FONT),
                                      h=SUB_FONT, points=((ix + _IMG_W / 2, cy + _NODE_H), (ix + _IMG_W / 2, cy + _NODE_H + 22)),
                                      ends=(df.id, f"{hid}|{img}"), sources=(img,)))
            cy += _NODE_H + 22
        ie = ctx.add(Element(f"{hid}|{img}", "node", "image", label=fit(label, _IMG_W - 2 * PAD - 14, FONT),
                             sub=ctx.t("image", id=short(d["digest"])), parent=hid, x=ix, y=cy, w=_IMG_W, h=_NODE_H,
                             node=img, digest=d["digest"], mark="traced" if traced else "",
                             tip=ctx.tip("image", ", ".join(tags) or d["digest"]), sources=(img, *(
                                 t for t in ctx.pred(img, "points_to") if g.nodes[t].get("host") == name))))
        out_imgs.append((ie, img))
        mine = sorted(by_image.pop(img, []), key=lambda c: g.nodes[c]["name"])
        cap = len(mine) if full or len(mine) <= _CAP_CONTAINERS else _CAP_CONTAINERS - 1
        cells = mine[:cap]
        rest = mine[cap:]
        n_cells = len(cells) + (1 if rest else 0)
        right = ix - _RUN_GAP
        for i in range(n_cells):
            col, row = i % cols, i // cols
            cx = right - (col + 1) * _CTR_W - col * _GAP
            cyy = cy + row * (_NODE_H + 8)
            if i < len(cells):
                c = cells[i]
                cd = g.nodes[c]
                ctx.add(Element(c, "node", "container", label=fit(cd["name"], _CTR_W - 2 * PAD - 12, FONT),
                                sub=fit(_state(ctx, cd), _CTR_W - 2 * PAD, SUB_FONT), parent=hid, x=cx, y=cyy,
                                w=_CTR_W, h=_NODE_H, node=c, state=cd.get("state", "created"),
                                mark="traced" if traced else "",
                                tip=ctx.tip("container", cd["name"]), sources=(c,)))
                ctr_id[c] = (cx, cyy)
            else:
                text = ctx.t("more_containers", count=len(rest))
                ctx.add(Element(f"summary:{hid}|{img}:containers", "summary", "container",
                                label=fit(text, _CTR_W - 2 * PAD, FONT), parent=hid, x=cx, y=cyy + 6, w=_CTR_W, h=26,
                                expand=h, tip=text, sources=tuple(rest)))
        if n_cells:
            verb = ctx.t("verb.run")
            ctx.arrows.append(Element(f"arrow:run:{ie.id}", "arrow", "run", label=verb, parent=hid,
                                      x=right + 6, y=cy + 4, w=text_width(verb, SUB_FONT), h=SUB_FONT,
                                      points=((ix, cy + _NODE_H / 2), (right, cy + _NODE_H / 2)),
                                      ends=(ie.id, cells[0] if cells else f"summary:{hid}|{img}:containers"),
                                      sources=(img, *mine)))
        rows = max(1, -(-n_cells // cols))
        cy += rows * (_NODE_H + 8) - 8 + 12
    if len(shown_imgs) < len(labelled):
        rest = [i for _, i in labelled[len(shown_imgs):]]
        text = ctx.t("more_images", count=len(rest))
        ctx.add(Element(f"summary:{hid}:images", "summary", "image", label=text, parent=hid,
                        x=inner_r - _IMG_W, y=cy, w=_IMG_W, h=26, expand=h, tip=text, sources=tuple(rest)))
        cy += 26 + 12
    if not images and not volumes and traced is None:
        note = ctx.t("host.empty")
        ctx.add(Element(f"note:{hid}", "text", "note", label=fit(note, w - 24, SUB_FONT), parent=hid, x=inner_l,
                        y=cy, w=min(text_width(note, SUB_FONT), w - 24), h=SUB_FONT, sources=(h,)))
        cy += SUB_FONT + 12
    if volumes:
        vx = inner_l
        for v in volumes:
            vd = g.nodes[v]
            if vx + _CTR_W > inner_r:
                vx, cy = inner_l, cy + _NODE_H + 8
            label = short(vd["name"]) if vd.get("anonymous") else vd["name"]
            ctx.add(Element(v, "node", "volume", label=fit(label, _CTR_W - 2 * PAD, FONT), sub=ctx.t("volume"),
                            parent=hid, x=vx, y=cy, w=_CTR_W, h=_NODE_H, node=v, tip=ctx.tip("volume", vd["name"]),
                            mark="traced" if traced else "",
                            sources=(v,)))
            for c in ctx.pred(v, "mounts"):
                if c in ctr_id:
                    cx, cyy = ctr_id[c]
                    ctx.arrows.append(Element(f"arrow:mounts:{c}->{v}", "arrow", "mounts", parent=hid,
                                              points=((cx + _CTR_W / 2, cyy + _NODE_H), (vx + _CTR_W / 2, cy)),
                                              ends=(c, v), sources=(c, v)))
            vx += _CTR_W + _GAP
        cy += _NODE_H + 12
    height = max(cy - y, 48)
    ctx.grow(box, height)
    return y + height, out_imgs


def _host_tiles(ctx, folded, x, y, w):
    g = ctx.g
    note = ctx.t("hosts.folded", count=len(folded))
    ctx.add(Element("note:hosts", "text", "note", label=fit(note, w, SUB_FONT), x=x, y=y,
                    w=min(text_width(note, SUB_FONT), w), h=SUB_FONT, sources=tuple(folded)))
    y += 20
    cols = max(1, int((w + _GAP) // (_TILE_W + _GAP)))
    for i, h in enumerate(folded):
        col, row = i % cols, i // cols
        imgs = sum(1 for v in ctx.succ(h, "stores") if g.nodes[v]["kind"] == "image")
        ctrs = sum(1 for v in ctx.succ(h, "hosts") if g.nodes[v]["kind"] == "container")
        name = g.nodes[h]["name"]
        ctx.add(Element(h, "node", "host", label=fit(name, _TILE_W - 2 * PAD, FONT),
                        sub=fit(ctx.t("host.tile", images=imgs, containers=ctrs), _TILE_W - 2 * PAD, SUB_FONT),
                        x=x + col * (_TILE_W + _GAP), y=y + row * (_NODE_H + 8), w=_TILE_W, h=_NODE_H, node=h,
                        expand=h, tip=ctx.tip("host", name), sources=(h,)))
    rows = -(-len(folded) // cols)
    return y + rows * (_NODE_H + 8) - 8


# -- registries ---------------------------------------------------------------------------
def _group_box(ctx, placement, regs, x, y, w, wide, held, traced):
    gid = f"group:{placement}"
    box = ctx.add(Element(gid, "box", "group", label=ctx.t(f"group.{placement}"), x=x, y=y, w=w, h=0,
                          tip=ctx.tip("registry"), sources=tuple(regs)))
    cy = y + 28
    imgs = []
    for r in regs:
        cy, more = _registry_box(ctx, r, gid, x + 10, cy, w - 20, wide, held, traced)
        imgs += more
        cy += 10
    height = cy - y
    ctx.grow(box, height)
    return y + height, imgs


def _repo_name(d):
    path = d["path"]
    return path[len("library/"):] if d["registry"] == "docker.io" and path.startswith("library/") else path


def _registry_box(ctx, r, parent, x, y, w, wide, held, traced):
    g = ctx.g
    d = g.nodes[r]
    title = f"{d.get('label') or d['name']} · {d['name']}" if d.get("label") not in (None, d["name"]) else d["name"]
    box = ctx.add(Element(r, "box", "registry", label=fit(title, w - 20, 13), parent=parent, node=r, x=x, y=y, w=w,
                          h=0, tip=ctx.tip("registry", d["name"]), sources=(r,)))
    repos = sorted(ctx.succ(r, "contains"), key=lambda n: g.nodes[n]["name"])
    opened = r in ctx.expand
    if traced is not None:
        shown = [p for p in repos if p in traced]
    else:
        touched = [p for p in repos if g.nodes[p]["name"] not in _KIT
                   or any(i in held for i in ctx.succ(p, "stores")) or p in ctx.expand]
        shown = repos if opened else touched[:_CAP_REPOS]
    cy = y + 28
    imgs = []
    for p in shown:
        cy, more = _repo_box(ctx, p, r, x + 10, cy, w - 20, wide, held, traced)
        imgs += more
        cy += 8
    rest = [p for p in repos if p not in shown]
    if rest and traced is None:
        text = ctx.t("more_repositories" if shown else "repositories", count=len(rest))
        ctx.add(Element(f"summary:{r}", "summary", "repository", label=text, parent=r, x=x + 10, y=cy,
                        w=text_width(text, FONT) + 2 * PAD, h=26, expand=r,
                        tip=", ".join(_repo_name(g.nodes[p]) for p in rest[:12]) + (" …" if len(rest) > 12 else ""),
                        sources=(r, *rest, *(i for p in rest for i in ctx.succ(p, "stores")
                                             if g.nodes[i]["kind"] == "image"))))
        cy += 26 + 10
    elif not repos:
        text = ctx.t("no_repositories")
        ctx.add(Element(f"note:{r}", "text", "note", label=text, parent=r, x=x + 10, y=cy,
                        w=text_width(text, SUB_FONT), h=SUB_FONT, sources=(r,)))
        cy += SUB_FONT + 10
    height = max(cy - y, 40)
    ctx.grow(box, height)
    return y + height, imgs


def _repo_box(ctx, p, parent, x, y, w, wide, held, traced):
    g = ctx.g
    d = g.nodes[p]
    name = _repo_name(d)
    box = ctx.add(Element(p, "box", "repository", label=fit(name, w - 20, 13), parent=parent, node=p, x=x, y=y,
                          w=w, h=0, tip=ctx.tip("repository", d["name"]), sources=(p,)))
    inner_l, inner_r = x + 10, x + w - 10
    tags = ctx.succ(p, "has_tag")
    by_image: dict = {}
    for t in tags:
        for img in ctx.succ(t, "points_to"):
            by_image.setdefault(img, []).append(t)
    opened = p in ctx.expand
    images = sorted(by_image, key=lambda i: (i not in held, g.nodes[i]["digest"]))
    if traced is not None:
        images = [i for i in images if i in traced]
    elif not opened:
        images = [i for i in images if i in held or d["name"] not in _KIT]
    cy = y + 28
    imgs = []
    ix = inner_l if wide else inner_r - _REG_IMG_W
    for img in images:
        idig = g.nodes[img]["digest"]
        mine = sorted(by_image[img], key=lambda t: _tag_order(g.nodes[t]["tag"]))
        if traced is not None:
            mine = [t for t in mine if t in traced] or mine[:1]
        cap = len(mine) if opened or len(mine) <= _CAP_TAGS + 1 else _CAP_TAGS
        ie = ctx.add(Element(f"{p}|{img}", "node", "image", label=ctx.t("image", id=short(idig)),
                             sub=size_text(g.nodes[img].get("nominal_size", 0)),
                             parent=p, x=ix, y=cy, w=_REG_IMG_W, h=_NODE_H, node=img, digest=idig,
                             mark="traced" if traced else "", tip=ctx.tip("image", idig), sources=(img,)))
        imgs.append((ie, img, d["name"] not in _KIT))
        # tags flow away from the image, on as many lines as they need
        chips = [(t, ":" + g.nodes[t]["tag"]) for t in mine[:cap]]
        if len(mine) > cap:
            chips.append((None, ctx.t("more_tags", count=len(mine) - cap)))
        area_l, area_r = (ix + _REG_IMG_W + _TAG_GAP, inner_r) if wide else (inner_l, ix - _TAG_GAP)
        tx, ty, first = area_l if wide else area_r, cy + 6, None
        for t, text in chips:
            text = fit(text, area_r - area_l - 2 * PAD, FONT)
            cw = text_width(text, FONT) + 2 * PAD
            if wide and tx + cw > area_r:
                tx, ty = area_l, ty + 34
            if not wide and tx - cw < area_l:
                tx, ty = area_r, ty + 34
            ex = tx if wide else tx - cw
            eid = t if t is not None else f"summary:{p}|{img}:tags"
            ctx.add(Element(eid, "node" if t else "summary", "tag", label=text, parent=p, x=ex, y=ty, w=cw, h=26,
                            node=t, expand="" if t else p, mark="traced" if traced and t else "",
                            tip=ctx.tip("tag", familiar(g.nodes[t]["ref"])) if t else text,
                            sources=(t, img) if t else (img, *mine[cap:])))
            if first is None:
                first = eid
                a, b = (ix + _REG_IMG_W, cy + 19), (ex, ty + 13)
                ctx.arrows.append(Element(f"arrow:points_to:{eid}", "arrow", "points_to", parent=p,
                                          points=(b, a) if wide else ((ex + cw, ty + 13), (ix, cy + 19)),
                                          ends=(eid, ie.id), sources=(img,)))
            tx = tx + cw + 6 if wide else tx - cw - 6
        cy = max(cy + _NODE_H, ty + 26) + 8
    rest = [t for t in tags if not any(t in by_image.get(i, ()) for i in images)]
    if rest and traced is None:
        text = ctx.t("tags" if not images else "more_tags", count=len(rest))
        ctx.add(Element(f"summary:{p}", "summary", "tag", label=text, parent=p, x=inner_l, y=cy,
                        w=text_width(text, FONT) + 2 * PAD, h=26, expand=p,
                        tip=", ".join(":" + g.nodes[t]["tag"] for t in sorted(rest, key=lambda t: _tag_order(g.nodes[t]["tag"]))[:16]),
                        sources=(p, *images, *rest)))
        cy += 26 + 8
    height = max(cy - y + 2, 40)
    ctx.grow(box, height)
    return y + height, imgs


def _tag_order(tag):
    parts = [int(p) if p.isdigit() else -1 for p in tag.replace("-", ".").split(".")]
    return (tag == "latest", [-p for p in parts], tag)


# -- verbs between hosts and registries ---------------------------------------------------
def _transfer_arrows(ctx, host_images, reg_images, wide):
    """Pull and push arrows through the lanes between hosts and registries.

    In the wide map the arrow that reaches the lowest registry row takes the
    lane nearest the hosts, so that arrows whose rows go down together never cross.
    """
    pairs = [(he, img, re_, pushed) for he, img in host_images for re_, rimg, pushed in reg_images if rimg == img]
    order = sorted(range(len(pairs)), key=lambda i: (pairs[i][2].y, pairs[i][0].y))
    rank = {i: r for r, i in enumerate(order)}
    step = min(8.0, 30.0 / max(len(pairs) - 1, 1))
    labelled = set()
    for i, (he, img, re_, pushed) in enumerate(pairs):
        verb = "push" if pushed else "pull"
        hy, ry = he.y + he.h / 2, re_.y + re_.h / 2
        hx = he.x + he.w
        if wide:
            lx = 566 + (len(pairs) - 1 - rank[i]) * step
            rx, label_x = re_.x, 600
        else:
            lx = 560 + rank[i] * min(step, 32.0 / max(len(pairs) - 1, 1))
            rx = re_.x + re_.w
            label_x = rx + 4
        path = ((rx, ry), (lx, ry), (lx, hy), (hx, hy))
        if verb == "push":
            path = tuple(reversed(path))
        text = ctx.t(f"verb.{verb}") if re_.id not in labelled else ""
        labelled.add(re_.id)
        ctx.arrows.append(Element(f"arrow:{verb}:{he.id}->{re_.id}", "arrow", verb, label=text,
                                  x=label_x if text else 0, y=ry - 15 if text else 0,
                                  w=text_width(text, SUB_FONT) if text else 0, h=SUB_FONT if text else 0,
                                  points=path, ends=(he.id, re_.id) if verb == "push" else (re_.id, he.id),
                                  sources=(img,)))


def describe_scene(s: Scene) -> str:
    """The map in words, one line per box, in its order (the text alternative of the live map).

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> _ = w.docker("docker run -d --name web nginx:1.27")
    >>> print(describe_scene(scene(w, lang="en")).splitlines()[0])
    Docker host laptop: nginx:1.27 (image cd276e6db3fb); web (running)
    """
    children: dict = {}
    for e in s.elements:
        if e.type in ("node", "summary", "text") and e.parent is not None:
            children.setdefault(e.parent, []).append(e)
    lines = []
    for e in s.elements:
        if e.type == "box":
            parts = [f"{c.label} ({c.sub})" if c.sub else c.label for c in children.get(e.id, ())]
            lines.append(f"{e.label}: {'; '.join(parts)}" if parts else e.label)
        elif e.type in ("node", "summary") and e.parent is None:
            lines.append(f"{e.label} ({e.sub})" if e.sub else e.label)
    for a in s.by_type("arrow"):
        if a.label:
            ends = [s.get(x) for x in a.ends]
            if all(ends):
                lines.append(f"{a.label}: {ends[0].label} -> {ends[1].label}")
    return "\n".join(lines)
