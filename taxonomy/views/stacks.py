"""The layer-stack view of a scene: one image's layers beside those of the images that share them.

Used by :func:`~taxonomy.views.scene.scene` with ``focus=`` an image. Each
image is a column (its name on top, its bottom layer at the bottom); a
layer that the images share at the same place in their stacks is *one*
wide box across their columns, marked "shared by N images", so a learner
sees at once why pulling ``python:3.12-slim`` after ``nginx:1.27`` fetches
one layer less.

Examples
--------
>>> import taxonomy as tx
>>> from taxonomy.views.scene import scene
>>> w = tx.World()
>>> _ = w.pull("nginx:1.27"); _ = w.pull("python:3.12-slim")
>>> s = scene(w, focus="nginx:1.27", lang="en")
>>> shared = [e for e in s.by_type("node") if e.kind == "layer" and e.state == "shared"]
>>> len(shared), shared[0].sub.startswith("shared by 2 images")
(1, True)
"""

from __future__ import annotations

from .elements import FONT, PAD, SUB_FONT, Element, familiar, fit, short, size_text

__all__ = ["layer_scene", "MAX_STACKS"]

#: At most this many stacks: the focused image and the images sharing the most layers with it.
MAX_STACKS = 4
_COL_W, _LAYER_H, _GAP = 250, 38, 6


def _name(ctx, img):
    g = ctx.g
    tags = sorted(familiar(g.nodes[t]["ref"]) for t in ctx.pred(img, "points_to") if g.nodes[t].get("host"))
    tags = tags or sorted(familiar(g.nodes[t]["ref"]) for t in ctx.pred(img, "points_to"))
    return tags[0] if tags else short(g.nodes[img]["digest"])


def layer_scene(ctx, img, width) -> float:
    """Add the stacks of ``img`` and its neighbours to ``ctx``; return the scene's height."""
    g = ctx.g
    mine = list(g.nodes[img]["layers"])
    host_of = [u for u in ctx.pred(img, "stores") if g.nodes[u]["kind"] == "host"]
    pool = set()
    for h in host_of or [None]:
        if h is not None:
            pool.update(v for v in ctx.succ(h, "stores") if g.nodes[v]["kind"] == "image")
    if not pool:
        pool = {u for d in mine for u in ctx.pred(f"layer:{d}", "has_layer")}
    pool.discard(img)
    scored = []
    for other in pool:
        theirs = g.nodes[other]["layers"]
        common = sum(1 for a, b in zip(mine, theirs) if a == b)
        if common:
            scored.append((-common, _name(ctx, other), other))
    stacks = [img] + [o for _, _, o in sorted(scored)[:MAX_STACKS - 1]]
    cols = max(1, min(len(stacks), int((width - 16) // (_COL_W + 10))))
    stacks = stacks[:cols]
    title = ctx.t("layers.title", name=_name(ctx, img))
    depth = max(len(g.nodes[s]["layers"]) for s in stacks)
    box_w = cols * (_COL_W + 10) + 10
    box_h = 30 + (_LAYER_H + 8) + depth * (_LAYER_H + _GAP) + 10
    bid = f"stack:{img}"
    ctx.add(Element(bid, "box", "stack", label=fit(title, box_w - 20, 13), x=8, y=8, w=box_w, h=box_h, node=img,
                    tip=ctx.tip("layer"), sources=tuple(stacks)))
    top = 8 + 30
    for i, s in enumerate(stacks):
        d = g.nodes[s]
        x = 8 + 10 + i * (_COL_W + 10)
        ctx.add(Element(f"{bid}|{s}", "node", "image", label=fit(_name(ctx, s), _COL_W - 2 * PAD - 14, FONT),
                        sub=ctx.t("image", id=short(d["digest"])), parent=bid, x=x, y=top, w=_COL_W, h=_LAYER_H,
                        node=s, digest=d["digest"], tip=ctx.tip("image", d["digest"]), sources=(s,)))
    bottom = 8 + box_h - 10
    done = set()
    for i, s in enumerate(stacks):
        layers = g.nodes[s]["layers"]
        for k, dig in enumerate(layers):
            if (i, k) in done:
                continue
            span = 1       # the stacks to the right with the same layer at the same place
            while i + span < len(stacks) and k < len(g.nodes[stacks[i + span]]["layers"]) \
                    and g.nodes[stacks[i + span]]["layers"][k] == dig:
                done.add((i + span, k))
                span += 1
            node = f"layer:{dig}"
            ld = g.nodes[node] if node in g else {}
            sharers = sum(1 for o in stacks if dig in g.nodes[o]["layers"])
            step = (ld.get("created_by") or "").replace("/bin/sh -c ", "").strip()
            sub = ctx.t("layer.sub", size=size_text(ld.get("nominal_size", 0)), step=step)
            if sharers > 1:
                sub = ctx.t("layers.shared", count=sharers) + " · " + size_text(ld.get("nominal_size", 0))
            mark = ctx.marks.get(node, "") if i == 0 else ""
            if mark == "cached":
                sub = ctx.t("layers.cached") + " · " + sub
            elif mark == "base":
                sub = ctx.t("layers.base") + " · " + sub
            w = span * _COL_W + (span - 1) * 10
            x = 8 + 10 + i * (_COL_W + 10)
            y = bottom - (k + 1) * (_LAYER_H + _GAP) + _GAP
            state = "shared" if sharers > 1 else ""
            ctx.add(Element(f"{bid}|{s}|{k}", "node", "layer", label=fit(short(dig), w - 2 * PAD - 14, FONT),
                            sub=fit(sub, w - 2 * PAD - 14, SUB_FONT), parent=bid, x=x, y=y, w=w, h=_LAYER_H,
                            node=node, digest=dig, state=state, mark=mark, tip=ctx.tip("layer", step or dig),
                            sources=(node, s)))
    return 8 + box_h + 8
