"""Comparing a world with a goal world, strictly or ignoring ids and timestamps.

A world is reduced to *facts*, a multiset of short tuples, and two worlds
match when their facts are the same.

* ``ignore-ids`` (the default) keeps what a learner decides: which images
  each host stores and which names (tags) point to them, the containers
  (name, image, state, command, published ports, mounted volumes), named
  volumes, logins, working files, and each registry's repositories and
  tags. It leaves out what depends on the order or the moment of the
  commands: container ids, names Docker invented (``eager_turing``),
  anonymous volumes' names, timestamps, the build cache and the world's
  clock. Two learners who reach the same state by different routes match.
* ``strict`` compares every node and edge of the graph with all their
  attributes (the clock and counters of the world aside), so container
  ids and timestamps must be the same too: only the same commands in the
  same order match.

Examples
--------
>>> import taxonomy as tx
>>> a, b = tx.World(), tx.World()
>>> _ = a.docker("docker pull alpine:3.20"); _ = a.docker("docker run -d --name web nginx:1.27")
>>> _ = b.docker("docker run -d --name web nginx:1.27"); _ = b.docker("docker pull alpine:3.20")
>>> differences(facts(a), facts(b))
([], [])
>>> missing, extra = differences(facts(a, "strict"), facts(b, "strict"))
>>> len(missing) > 0
True
"""

from __future__ import annotations

from collections import Counter

from .. import i18n
from ..content import short_id
from ..process import container_name
from ..reference import parse_reference

__all__ = ["facts", "differences", "render", "invented_name"]

_VOLATILE = {"created", "started", "finished", "since", "id", "build_cache", "output"}


def invented_name(name: str, cid: str) -> bool:
    """Whether Docker made a container's name up (``adjective_surname``), from the container's id."""
    return any(name == container_name(cid, k) for k in (*range(8), 100))


def _familiar(ref: str) -> str:
    return parse_reference(ref).familiar


def _relaxed(world) -> Counter:
    g = world.graph
    out = Counter()
    for n, d in g.nodes(data=True):
        kind = d["kind"]
        if kind == "host":
            h = d["name"]
            out[("host", h)] += 1
            for reg, user in sorted(d["logins"].items()):
                out[("login", h, reg, user)] += 1
            for path, data in sorted(d["files"].items()):
                out[("file", h, path, short_id(_sha(data)))] += 1
            for v, e in g.succ[n].items():
                if e["kind"] == "stores" and g.nodes[v]["kind"] == "image":
                    out[("image", h, short_id(g.nodes[v]["digest"]))] += 1
        elif kind == "tag":
            img = next((v for v, e in g.succ[n].items() if e["kind"] == "points_to"), None)
            target = short_id(g.nodes[img]["digest"]) if img else "-"
            if d.get("host"):
                out[("tag", d["host"], _familiar(d["ref"]), target)] += 1
            else:
                out[("registry tag", d["ref"], target)] += 1
        elif kind == "container":
            name = "*" if invented_name(d["name"], d["id"]) else d["name"]
            mounts = tuple(sorted((m[0], m[1] if m[0] == "bind" or not _anonymous(g, d["host"], m[1]) else "*", m[2])
                                  for m in d.get("mounts", ())))
            ports = tuple(sorted(tuple(p) for p in d.get("ports", ())))
            out[("container", d["host"], name, short_id(d["image"]), d["state"], " ".join(d["command"]),
                 ports, mounts)] += 1
        elif kind == "volume":
            out[("volume", d["host"], "*" if d.get("anonymous") else d["name"])] += 1
        elif kind == "registry":
            out[("registry", d["name"])] += 1
        elif kind == "repository":
            out[("repository", d["name"], bool(d.get("private")))] += 1
    return out


def _anonymous(g, host, name) -> bool:
    node = f"volume:{host}/{name}"
    return node in g and bool(g.nodes[node].get("anonymous"))


def _sha(data: bytes) -> str:
    from ..content import sha256_digest
    return sha256_digest(data)


def _freeze(v):
    if isinstance(v, dict):
        return tuple(sorted((k, _freeze(x)) for k, x in v.items()))
    if isinstance(v, (list, tuple)):
        return tuple(_freeze(x) for x in v)
    if isinstance(v, bytes):
        return short_id(_sha(v))
    return v


def _strict(world) -> Counter:
    g = world.graph
    out = Counter()
    for n, d in g.nodes(data=True):
        out[("node", n, _freeze(d))] += 1
    for u, v, d in g.edges(data=True):
        out[("edge", u, v, _freeze(d))] += 1
    return out


def facts(world, mode: str = "ignore-ids") -> Counter:
    """The facts of a world in a comparison mode (``"ignore-ids"`` or ``"strict"``)."""
    return _strict(world) if mode == "strict" else _relaxed(world)


def differences(goal: Counter, mine: Counter) -> tuple:
    """Facts the goal has and the world lacks, and facts the world has beyond the goal (sorted)."""
    missing = sorted((goal - mine).elements(), key=repr)
    extra = sorted((mine - goal).elements(), key=repr)
    return missing, extra


def render(fact: tuple, lang: str | None = None) -> str:
    """A fact in words.

    Examples
    --------
    >>> render(("tag", "laptop", "app:1", "0123456789ab"), "en")
    'tag app:1 → image 0123456789ab on host laptop'
    """
    kind = fact[0]
    if kind == "node":
        return i18n.text("levels.fact.node", lang=lang, node=fact[1])
    if kind == "edge":
        return i18n.text("levels.fact.edge", lang=lang, source=fact[1], target=fact[2])
    if kind == "container":
        _, host, name, image, state, command, ports, mounts = fact
        return i18n.text("levels.fact.container", lang=lang, host=host, name=name if name != "*" else "…",
                         image=image, state=state)
    keys = {"host": ("host",), "login": ("host", "registry", "user"), "file": ("host", "path", "digest"),
            "image": ("host", "image"), "tag": ("host", "tag", "image"), "registry tag": ("ref", "image"),
            "volume": ("host", "name"), "registry": ("registry",), "repository": ("repository", "private")}
    values = dict(zip(keys[kind], fact[1:]))
    key = {"registry tag": "registry_tag"}.get(kind, kind)
    return i18n.text(f"levels.fact.{key}", lang=lang, **{k: str(v) for k, v in values.items()})
