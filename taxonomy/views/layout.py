"""Where each node of a world goes on the page, what a trace follows, and text alternatives.

This module imports neither matplotlib nor ipywidgets: it computes numbers
and words that :mod:`taxonomy.views.draw` and :mod:`taxonomy.views.widgets`
turn into pictures and panels.

The page reads like the source's "Taxonomy of Docker terms" figure, from
left to right::

    registry | repository | tag | image | (layer) | tag | container | host | volume
    \\______ registry side ______/  middle            \\_________ host side __________/

**Stable places.** A drawing must not jump when a learner types a command,
so a node's place depends only on its own id and on its *anchor*, never on
its siblings:

* registries and hosts split their column into equal bands, in sorted
  order (adding a registry or a host is the one change that re-divides
  a column);
* a repository, a host's tag, a container and a volume sit in their
  registry's or host's band, at a height given by a hash of their id;
* a registry tag and an image sit near their repository (an image's
  repository is the first, in sorted order, that stores it; an image that
  no repository stores sits in the band of the first host that has it);
* a layer's height is a hash of its id.

So running a container, pulling, tagging, creating a volume or building
never moves a node that was already drawn. Heights come from BLAKE2b
hashes of the ids, never from Python's randomised ``hash()``, so the same
world gives the same picture on every machine and in every session.

Examples
--------
>>> import taxonomy as tx
>>> w = tx.World()
>>> pos = layout(w)
>>> pos["registry:docker.io"]
(0.0, 0.75)
>>> before = dict(pos)
>>> _ = w.run("nginx:1.27", name="web", detach=True)
>>> after = layout(w)
>>> all(after[n] == p for n, p in before.items())
True
>>> trace(w, "container:laptop/web")[:3]
['container:laptop/web', 'image:sha256:cd276e6db3fbf94421775033a8befdae3a444256bbcabca65fe6911d3c0eaa7d', 'tag:docker.io/library/nginx:1.27']
"""

from __future__ import annotations

import hashlib
from collections import Counter
from functools import lru_cache

from ..content import short_id
from ..errors import InvalidArgument, NotFound
from ..ids import NODE_KINDS

__all__ = [
    "KIND_ORDER",
    "COLUMN_TITLES",
    "columns",
    "column_of",
    "shown_kinds",
    "visible_nodes",
    "layout",
    "trace",
    "resolve_nodes",
    "label",
    "describe",
]

#: The node kinds in the order the legend and pickers list them.
KIND_ORDER = NODE_KINDS

#: Column names, left to right. Tags have two columns: a registry's tags
#: on the left, a host's local tags on the right.
_COLUMNS = ("registry", "repository", "registry-tag", "image", "layer", "host-tag", "container", "host", "volume")

#: What each column's heading says.
COLUMN_TITLES = {
    "registry": "Registries",
    "repository": "Repositories",
    "registry-tag": "Tags",
    "image": "Images",
    "layer": "Layers",
    "host-tag": "Local tags",
    "container": "Containers",
    "host": "Hosts",
    "volume": "Volumes",
}

_MARGIN = 0.06      # free share of a band above and below its nodes
_NEAR = 0.09        # half-height of the window around a repository (tags, images)
_JITTER = {"registry-tag": 0.36, "image": 0.3, "layer": 0.3, "host-tag": 0.36, "container": 0.36, "volume": 0.3}


@lru_cache(maxsize=1 << 16)
def _h(node: str, salt: bytes = b"y") -> float:
    """A deterministic number in [0, 1) from a node id (memoised: a pure function)."""
    digest = hashlib.blake2b(node.encode("utf-8"), digest_size=8, person=salt.ljust(8, b"-")).digest()
    return int.from_bytes(digest, "big") / 2.0 ** 64


def shown_kinds(kinds=None, layers: bool = False) -> tuple:
    """The node kinds a drawing shows, in :data:`KIND_ORDER`.

    By default every kind but ``layer``; ``layers=True`` adds layers.

    Examples
    --------
    >>> shown_kinds()
    ('registry', 'repository', 'tag', 'image', 'container', 'host', 'volume')
    >>> shown_kinds(["image", "layer"])
    ('image', 'layer')
    """
    if kinds is None:
        wanted = set(KIND_ORDER) - ({"layer"} if not layers else set())
    else:
        if isinstance(kinds, str):
            kinds = [kinds]
        wanted = set(kinds)
        unknown = sorted(wanted - set(KIND_ORDER))
        if unknown:
            raise InvalidArgument(f"unknown node kind {unknown[0]!r}: choose among {', '.join(KIND_ORDER)}")
        if layers:
            wanted.add("layer")
    return tuple(k for k in KIND_ORDER if k in wanted)


def column_of(data: dict) -> str:
    """The column of a node, from its attributes (tags split by side)."""
    kind = data["kind"]
    if kind == "tag":
        return "registry-tag" if data.get("host") is None else "host-tag"
    return kind


def columns(kinds=None, layers: bool = False) -> dict:
    """The x position of each column shown, left to right.

    Examples
    --------
    >>> columns()
    {'registry': 0.0, 'repository': 1.0, 'registry-tag': 2.0, 'image': 3.0, 'host-tag': 4.0, 'container': 5.0, 'host': 6.0, 'volume': 7.0}
    """
    kinds = shown_kinds(kinds, layers)
    out = {}
    for col in _COLUMNS:
        kind = "tag" if col.endswith("-tag") else col
        if kind in kinds:
            out[col] = float(len(out))
    return out


def visible_nodes(world, kinds=None, host=None, layers: bool = False) -> list:
    """The nodes a drawing shows, in graph order.

    ``host`` keeps only that host and its containers, volumes and local tags
    on the host side (the registry side and images stay).
    """
    kinds = set(shown_kinds(kinds, layers))
    g = world.graph
    if host is not None and f"host:{host}" not in g:
        raise NotFound(f"no such host: {host!r}; the hosts are: {', '.join(world.hosts()) or 'none'}")
    out = []
    for n, d in g.nodes(data=True):
        if d["kind"] not in kinds:
            continue
        if host is not None:
            if d["kind"] == "host" and d["name"] != host:
                continue
            if d["kind"] in ("container", "volume") and d["host"] != host:
                continue
            if d["kind"] == "tag" and d.get("host") not in (None, host):
                continue
        out.append(n)
    return out


def _bands(names):
    """Equal bands of [0, 1] for sorted names, top first: name -> (bottom, top)."""
    names = sorted(names)
    count = len(names) or 1
    return {n: (1.0 - (i + 1) / count, 1.0 - i / count) for i, n in enumerate(names)}


def _in_band(node, band, salt=b"y"):
    lo, hi = band
    h = hi - lo
    return lo + h * (_MARGIN + (1 - 2 * _MARGIN) * _h(node, salt))


def _near(node, y, band):
    lo, hi = band
    half = min(_NEAR, (hi - lo) / 2)
    y = y + (2 * _h(node) - 1) * half
    pad = (hi - lo) * _MARGIN / 2
    return min(max(y, lo + pad), hi - pad)


def layout(world, kinds=None, host=None, *, layers: bool = False) -> dict:
    """Positions of the nodes a drawing shows: ``{node: (x, y)}``, y in [0, 1], top is 1.

    Parameters
    ----------
    world : World
    kinds : iterable of str, optional
        Node kinds to place (default: all but ``layer``).
    host : str, optional
        Keep only this host's side (its containers, volumes and local tags).
    layers : bool
        Also place layers.

    Returns
    -------
    dict
        Node id to ``(x, y)``. x is the column (see :func:`columns`, plus
        a small per-node offset in crowded columns), y the height. Both
        depend only on the node and its anchor (see the module notes), so
        adding nodes never moves the others.

    Examples
    --------
    >>> import taxonomy as tx
    >>> pos = layout(tx.World())
    >>> pos["registry:mcr.microsoft.com"], pos["host:laptop"]
    ((0.0, 0.25), (6.0, 0.5))
    >>> sorted({round(x) for x, _ in pos.values()})
    [0, 1, 2, 3, 6]
    """
    g = world.graph
    cols = columns(kinds, layers)
    nodes = visible_nodes(world, kinds, host, layers)
    reg_bands = _bands(d["name"] for _, d in g.nodes(data=True) if d["kind"] == "registry")
    host_names = [d["name"] for _, d in g.nodes(data=True) if d["kind"] == "host" and (host is None or d["name"] == host)]
    host_bands = _bands(host_names)
    whole = (0.0, 1.0)
    repo_y = {}

    def repository_y(repo):
        if repo not in repo_y:
            d = g.nodes[repo]
            repo_y[repo] = _in_band(repo, reg_bands.get(d["registry"], whole))
        return repo_y[repo]

    pos = {}
    for n in nodes:
        d = g.nodes[n]
        kind, col = d["kind"], column_of(d)
        x = cols[col]
        if col in _JITTER:
            x += (_h(n, b"x") - 0.5) * _JITTER[col]
        if kind == "registry":
            lo, hi = reg_bands[d["name"]]
            y = (lo + hi) / 2
        elif kind == "host":
            lo, hi = host_bands[d["name"]]
            y = (lo + hi) / 2
        elif kind == "repository":
            y = repository_y(n)
        elif col == "registry-tag":
            repo = f"repository:{d['repository']}"
            band = reg_bands.get(g.nodes[repo]["registry"], whole) if repo in g else whole
            y = _near(n, repository_y(repo), band) if repo in g else _in_band(n, whole)
        elif kind == "image":
            y = _image_y(world, n, reg_bands, host_bands, repository_y)
        elif kind in ("container", "volume") or col == "host-tag":
            y = _in_band(n, host_bands.get(d["host"], whole))
        else:  # layer
            y = _in_band(n, whole)
        pos[n] = (round(x, 6), round(y, 6))
    return pos


def _image_y(world, node, reg_bands, host_bands, repository_y):
    g = world.graph
    repos = sorted(u for u, e in g.pred[node].items() if e["kind"] == "stores" and g.nodes[u]["kind"] == "repository")
    if repos:
        band = reg_bands.get(g.nodes[repos[0]]["registry"], (0.0, 1.0))
        return _near(node, repository_y(repos[0]), band)
    hosts = sorted(g.nodes[u]["name"] for u, e in g.pred[node].items() if e["kind"] == "stores" and g.nodes[u]["kind"] == "host")
    for h in hosts:
        if h in host_bands:
            return _in_band(node, host_bands[h])
    return _in_band(node, (0.0, 1.0))


# -- tracing -------------------------------------------------------------
def _out(g, n, kind):
    return sorted(v for v, e in g.succ[n].items() if e["kind"] == kind)


def _in(g, n, kind):
    return sorted(u for u, e in g.pred[n].items() if e["kind"] == kind)


def _image_chain(g, img):
    """Image, the tags naming it, their repositories and registries, then its layers."""
    tags = _in(g, img, "points_to")
    repos = set(u for u in _in(g, img, "stores") if g.nodes[u]["kind"] == "repository")
    for t in tags:
        repo = f"repository:{g.nodes[t]['repository']}"
        if repo in g:
            repos.add(repo)
    repos = sorted(repos)
    registries = sorted({u for r in repos for u in _in(g, r, "contains")})
    layers = list(dict.fromkeys(f"layer:{d}" for d in g.nodes[img]["layers"]))
    return [img, *tags, *repos, *registries, *[l for l in layers if l in g]]


def trace(world, node) -> list:
    """The path from a node to where it comes from, as Docker resolves it.

    * container: the container, its image, every tag naming that image
      (local and in registries), their repositories (and any repository
      storing the image), their registries, then the image's layers;
    * image: the same path without a container;
    * tag: the tag, its repository and registry, then its image's path;
    * repository: the repository, its registry, its tags and the images it stores;
    * registry: the registry and its repositories;
    * layer: the layer and the images made of it;
    * host: the host, its containers, local tags and volumes;
    * volume: the volume, its host and the containers mounting it.

    Parameters
    ----------
    world : World
    node : str
        A node id (``container:laptop/web``) or a container's name on the
        default host (``web``).

    Returns
    -------
    list of str
        Node ids without repeats, the given node first.

    Raises
    ------
    NotFound
        No such node or container.

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> _ = w.pull("hello-world")
    >>> trace(w, "tag@laptop:docker.io/library/hello-world:latest")[:3]
    ['tag@laptop:docker.io/library/hello-world:latest', 'repository:docker.io/library/hello-world', 'registry:docker.io']
    >>> [n.split(":")[0] for n in trace(w, "registry:mcr.microsoft.com")]
    ['registry', 'repository', 'repository', 'repository']
    """
    g = world.graph
    (node,) = resolve_nodes(world, node)
    d = g.nodes[node]
    kind = d["kind"]
    if kind == "container":
        path = [node, *_image_chain(g, _out(g, node, "instance_of")[0])]
    elif kind == "image":
        path = _image_chain(g, node)
    elif kind == "tag":
        repo = f"repository:{d['repository']}"
        up = [repo, *_in(g, repo, "contains")] if repo in g else []
        target = _out(g, node, "points_to")
        path = [node, *up, *(_image_chain(g, target[0]) if target else [])]
    elif kind == "repository":
        path = [node, *_in(g, node, "contains"), *_out(g, node, "has_tag"),
                *[v for v in _out(g, node, "stores") if g.nodes[v]["kind"] == "image"]]
    elif kind == "registry":
        path = [node, *_out(g, node, "contains")]
    elif kind == "layer":
        path = [node, *_in(g, node, "has_layer")]
    elif kind == "host":
        path = [node, *_out(g, node, "hosts"), *_out(g, node, "has_tag")]
    else:  # volume
        path = [node, *_in(g, node, "hosts"), *_in(g, node, "mounts")]
    return list(dict.fromkeys(path))


def resolve_nodes(world, what, host=None) -> list:
    """Node ids from a node id, a container's name, or a list of them.

    A plain name is looked up as a container on ``host`` (or the world's
    default host), then on any host if exactly one has it.

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> _ = w.run("nginx:1.27", name="web", detach=True)
    >>> resolve_nodes(w, "web"), resolve_nodes(w, ["host:laptop"])
    (['container:laptop/web'], ['host:laptop'])
    """
    g = world.graph
    items = [what] if isinstance(what, str) else list(what)
    out = []
    for item in items:
        if not isinstance(item, str):
            raise InvalidArgument(f"cannot highlight {item!r}: give a node id or a container's name")
        if item in g:
            out.append(item)
            continue
        hosts = [host if host is not None else world.default_host]
        found = [f"container:{h}/{item}" for h in hosts if h is not None and f"container:{h}/{item}" in g]
        if not found:
            found = sorted(n for n, d in g.nodes(data=True) if d["kind"] == "container" and d["name"] == item)
        if len(found) != 1:
            what = "several containers are" if found else "no node or container is"
            raise NotFound(f"{what} called {item!r}; give a node id such as 'container:laptop/{item}'")
        out.append(found[0])
    return list(dict.fromkeys(out))


# -- words -----------------------------------------------------------------
def label(world, node) -> str:
    """The short label of a node on a drawing (digests as Docker's 12 hex).

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> label(w, "repository:docker.io/library/nginx"), label(w, "tag:docker.io/library/nginx:1.27")
    ('nginx', ':1.27')
    >>> label(w, "registry:docker.io")
    'Docker Hub'
    """
    d = world.graph.nodes[node]
    kind = d["kind"]
    if kind == "registry":
        return d.get("label") or d["name"]
    if kind == "repository":
        path = d["name"][len(d["registry"]) + 1:]
        return path[len("library/"):] if d["registry"] == "docker.io" and path.startswith("library/") else path
    if kind == "tag":
        return ":" + d["tag"] if d.get("host") is None else d["name"]
    if kind in ("image", "layer"):
        return short_id(d["digest"])
    if kind == "volume" and d.get("anonymous"):
        return short_id(d["name"])
    return d["name"]


def describe(world, kinds=None, host=None, *, layers: bool = False) -> str:
    """A text alternative to the drawing: counts per kind and the main relations.

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> _ = w.run("nginx:1.27", name="web", detach=True)
    >>> print(describe(w))
    Docker world: 2 registries, 14 repositories, 95 tags, 38 images, 1 container, 1 host, 0 volumes (71 layers not drawn).
    Registry docker.io (Docker Hub, public): 11 repositories, 86 tags.
    Registry mcr.microsoft.com (Microsoft Artifact Registry, public): 3 repositories, 8 tags.
    Host laptop: 1 image, 1 local tag, 1 container (1 running), 0 volumes.
    Container web on laptop runs image cd276e6db3fb (nginx:1.27), running.
    """
    g = world.graph
    shown = shown_kinds(kinds, layers)
    nodes = visible_nodes(world, kinds, host, layers)
    count = Counter(g.nodes[n]["kind"] for n in nodes)
    plural = {"registry": "registries", "repository": "repositories"}

    def n_of(k, n):
        return f"{n} {k if n == 1 else plural.get(k, k + 's')}"

    parts = [n_of(k, count[k]) for k in shown]
    hidden = "" if "layer" in shown else f" ({n_of('layer', sum(1 for _, d in g.nodes(data=True) if d['kind'] == 'layer'))} not drawn)"
    lines = [f"Docker world: {', '.join(parts) or 'no kind of node drawn'}{hidden}."]
    for r in sorted(n for n in nodes if g.nodes[n]["kind"] == "registry"):
        d = g.nodes[r]
        repos = _out(g, r, "contains")
        tags = sum(len(_out(g, p, "has_tag")) for p in repos)
        lines.append(f"Registry {d['name']} ({d.get('label') or d['name']}, {d.get('registry_kind', 'public')}): "
                     f"{n_of('repository', len(repos))}, {n_of('tag', tags)}.")
    containers = []
    for h in sorted(n for n in nodes if g.nodes[n]["kind"] == "host"):
        d = g.nodes[h]
        cs = _out(g, h, "hosts")
        conts = [c for c in cs if g.nodes[c]["kind"] == "container"]
        vols = [c for c in cs if g.nodes[c]["kind"] == "volume"]
        imgs = [v for v in _out(g, h, "stores") if g.nodes[v]["kind"] == "image"]
        running = sum(1 for c in conts if g.nodes[c]["state"] == "running")
        lines.append(f"Host {d['name']}: {n_of('image', len(imgs))}, {n_of('local tag', len(_out(g, h, 'has_tag')))}, "
                     f"{n_of('container', len(conts))} ({running} running), {n_of('volume', len(vols))}.")
        containers += conts
    limit = 12
    for c in containers[:limit]:
        d = g.nodes[c]
        img = d["image"]
        names = sorted(g.nodes[t]["name"] for t in _in(g, img, "points_to") if g.nodes[t].get("host") == d["host"])
        named = f" ({', '.join(names)})" if names else ""
        lines.append(f"Container {d['name']} on {d['host']} runs image {short_id(g.nodes[img]['digest'])}{named}, {d['state']}.")
    if len(containers) > limit:
        lines.append(f"… and {len(containers) - limit} more containers.")
    return "\n".join(lines)
