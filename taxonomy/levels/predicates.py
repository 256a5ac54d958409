"""Named goal predicates: the parts of a level's goal that read like sentences.

A level's goal lists predicates such as "image X runs on host Y" or "host H
holds no image pulled from docker.io". Each has a name, typed arguments
(checked when the level file is loaded, with line numbers) and a function
that looks at a world and says whether it is met, with a short detail of
what it found. Looking never changes the world and never raises on an
unsolved world: a missing host or image simply leaves the part unmet.

In a level file, a predicate is a one-key mapping::

    - image_runs: {host: prod-1, image: "dtr.contoso.local/shop/web:1.0"}

Image references in arguments follow Docker's grammar, and a reference
names the image its *registry* tag points to when the registry has that
tag, else the image the host's own tag points to (an image built locally),
else, for ``name@sha256:…``, the image with that manifest digest.

Examples
--------
>>> import taxonomy as tx
>>> w = tx.World()
>>> _ = w.docker("docker run -d --name web nginx:1.27")
>>> evaluate("image_runs", {"host": "laptop", "image": "nginx:1.27"}, w, "en")
Check(description='image nginx:1.27 runs on host laptop', met=True, detail='')
>>> evaluate("image_runs", {"host": "laptop", "image": "redis:7.4"}, w, "fr").met
False
>>> sorted(PREDICATES)[:3]
['container_absent', 'container_exists', 'disk_usage_under']
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from typing import Callable

from .. import i18n, ids
from ..catalog import UNPACK_RATIO
from ..checks import Check
from ..cli.format import human_size
from ..errors import InvalidReference, TaxonomyError
from ..reference import parse_reference, tag_omitted

__all__ = ["Predicate", "PREDICATES", "ARG_TYPES", "STATES", "convert", "evaluate", "describe",
           "disk_usage", "parse_size", "images_named"]

#: Container states a goal may ask for (``any`` matches every state).
STATES = ("created", "running", "exited", "any")

_TAG = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")
_PORT = re.compile(r"^(\d{1,5}):(\d{1,5})(?:/(tcp|udp|sctp))?$")
_NAME = re.compile(r"^[a-zA-Z0-9][a-zA-Z0-9_.-]*$")
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(B|kB|KB|MB|GB|TB)?\s*$")
_UNITS = {None: 1, "B": 1, "kB": 1000, "KB": 1000, "MB": 1000 ** 2, "GB": 1000 ** 3, "TB": 1000 ** 4}


# -- argument types ------------------------------------------------------------------
def _text(value, what):
    if isinstance(value, bool) or not isinstance(value, str):
        kind = type(value).__name__
        hint = f"; write it in quotes: \"{value}\"" if isinstance(value, (int, float)) and not isinstance(value, bool) else ""
        raise ValueError(f"{what} must be text, not {kind} {value!r}{hint}")
    if not value.strip():
        raise ValueError(f"{what} must not be empty")
    return value


def _ref(value):
    _text(value, "an image reference")
    try:
        parse_reference(value)
    except InvalidReference as err:
        raise ValueError(f"bad image reference {value!r}: {err}") from err
    return value


def _repo(value):
    _ref(value)
    if "@" in value or not tag_omitted(value):
        raise ValueError(f"{value!r} must name a repository without a tag or digest, e.g. 'dtr.contoso.local/shop/web'")
    return value


def _tag(value):
    _text(value, "a tag")
    if not _TAG.match(value):
        raise ValueError(f"bad tag {value!r}: letters, digits, '_', '.' and '-', at most 128, not starting with '.' or '-'")
    return value


def _name(value):
    _text(value, "a name")
    if not _NAME.match(value):
        raise ValueError(f"bad name {value!r}: use letters, digits, '_', '.' and '-'")
    return value


def _state(value):
    _text(value, "a state")
    if value not in STATES:
        raise ValueError(f"unknown state {value!r}: choose one of {', '.join(STATES)}")
    return value


def _port(value):
    _text(value, "a port mapping")
    m = _PORT.match(value)
    if not m or not all(0 < int(p) < 65536 for p in m.group(1, 2)):
        raise ValueError(f"bad port mapping {value!r}: write HOST:CONTAINER, e.g. \"8080:80\"")
    return value


def _path(value):
    _text(value, "a path")
    if not value.startswith("/"):
        raise ValueError(f"bad path {value!r}: give an absolute path inside the image, e.g. /app/index.html")
    return value


def _count(value):
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{value!r} must be a whole number, 0 or more")
    return value


def parse_size(value) -> int:
    """A size in bytes from a number or a text in Docker's decimal units.

    Raises
    ------
    ValueError
        For anything else, with an example of what works.

    Examples
    --------
    >>> parse_size("1.2GB"), parse_size("300 MB"), parse_size(1000)
    (1200000000, 300000000, 1000)
    """
    if isinstance(value, bool):
        raise ValueError(f"bad size {value!r}: write a number of bytes or a text such as \"1.2GB\"")
    if isinstance(value, (int, float)) and value >= 0:
        return int(value)
    m = _SIZE.match(value) if isinstance(value, str) else None
    if not m:
        raise ValueError(f"bad size {value!r}: write a number of bytes or a text such as \"1.2GB\" or \"300MB\"")
    return int(float(m.group(1)) * _UNITS[m.group(2)])


#: Argument types: a converter that returns the value to use or raises ValueError.
def _platform(value):
    from .. import platforms
    text = _text(value, "a platform")
    try:
        return platforms.normalize(text)
    except TaxonomyError as err:
        raise ValueError(str(err)) from None


ARG_TYPES: dict[str, Callable] = {
    "host": lambda v: _text(v, "a host name"),
    "registry": lambda v: _text(v, "a registry address"),
    "ref": _ref,
    "repo": _repo,
    "tag": _tag,
    "name": _name,
    "state": _state,
    "port": _port,
    "path": _path,
    "text": lambda v: _text(v, "a text"),
    "platform": _platform,
    "count": _count,
    "size": parse_size,
}


def convert(kind: str, value):
    """Check and convert one argument (``ValueError`` says what is wrong).

    Examples
    --------
    >>> convert("size", "1GB")
    1000000000
    >>> convert("tag", 1.0)
    Traceback (most recent call last):
    ...
    ValueError: a tag must be text, not float 1.0; write it in quotes: "1.0"
    """
    return ARG_TYPES[kind](value)


# -- reading the world --------------------------------------------------------------
def _out(g, node, kind, node_kind=None):
    return [v for v, d in g.succ[node].items() if d["kind"] == kind and (node_kind is None or g.nodes[v]["kind"] == node_kind)]


def _in(g, node, kind, node_kind=None):
    return [u for u, d in g.pred[node].items() if d["kind"] == kind and (node_kind is None or g.nodes[u]["kind"] == node_kind)]


def _host(world, name):
    node = ids.host_id(name)
    return node if node in world.graph else None


def images_named(world, reference: str, host: str | None = None) -> list:
    """The image nodes a reference names: registry tag first, then the host's tag, or by digest.

    Never raises; an unknown or malformed reference names nothing.

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> images_named(w, "nginx:1.27") == images_named(w, "nginx:mainline")
    True
    >>> images_named(w, "nosuch:1"), images_named(w, "Bad::ref")
    ([], [])
    """
    g = world.graph
    try:
        ref = parse_reference(reference)
    except InvalidReference:
        return []
    if ref.digest:
        tags = [d for _, d in g.nodes(data=True) if d["kind"] == "tag" and d.get("index") == ref.digest]
        wanted = {ref.digest} | {v[1] for d in tags for v in d.get("variants", ())}
        return sorted(n for n, d in g.nodes(data=True) if d["kind"] == "image" and d["manifest_digest"] in wanted)
    full = f"{ref.name}:{ref.tag}"
    for node in (ids.tag_id(full), ids.tag_id(full, host=host) if host else None):
        if node is not None and node in g:
            found = _out(g, node, "points_to")
            # a multi-arch tag names an index: every platform's image, once a host has pulled it
            variants = {v[1] for v in g.nodes[node].get("variants", ())}
            if len(variants) > 1:
                found += sorted(n for n, d in g.nodes(data=True)
                                if d["kind"] == "image" and d["manifest_digest"] in variants and n not in found)
            return found
    return []


def _containers(world, host):
    g = world.graph
    return [g.nodes[c] for c in sorted(_out(g, ids.host_id(host), "hosts", "container"))]


def _image_label(world, img, host=None) -> str:
    """A readable name for an image: a tag on the host, else a registry tag, else its short id."""
    g = world.graph
    tags = [g.nodes[t] for t in _in(g, img, "points_to")]
    local = sorted(parse_reference(t["ref"]).familiar for t in tags if host is not None and t.get("host") == host)
    remote = sorted(parse_reference(t["ref"]).familiar for t in tags if t.get("host") is None)
    names = local or remote
    return names[0] if names else g.nodes[img]["digest"][7:19]


def _listing(world, host, containers, lang) -> str:
    if not containers:
        return i18n.text("levels.detail.no_containers", lang=lang, host=host)
    items = ", ".join(f"{c['name']} ({_image_label(world, c['image'], host)}, {c['state']})" for c in containers)
    return i18n.text("levels.detail.found", lang=lang, what=items)


def disk_usage(world, host: str) -> int:
    """Bytes the images on a host take on disk, each layer counted once.

    Layers are unpacked at the model's one ratio (see the catalog), as the
    SIZE column of ``docker images`` shows them; a layer two images share
    is stored, and counted, once.

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> _ = w.pull("nginx:1.27"); alone = disk_usage(w, "laptop")
    >>> _ = w.pull("nginx:1.28"); both = disk_usage(w, "laptop")
    >>> both < 2 * alone
    True
    """
    g = world.graph
    node = _host(world, host)
    if node is None:
        return 0
    return int(sum(g.nodes[v]["nominal_size"] for v in _out(g, node, "stores", "layer")) * UNPACK_RATIO)


# -- the predicates -------------------------------------------------------------------
def _missing_host(world, args, lang):
    for key in ("host",):
        if args.get(key) is not None and _host(world, args[key]) is None:
            return False, i18n.text("levels.detail.no_host", lang=lang, host=args[key])
    return None


def _image_on_host(world, a, lang):
    imgs = images_named(world, a["image"], a["host"])
    stored = [i for i in imgs if world.graph.has_edge(ids.host_id(a["host"]), i)]
    return bool(stored), "" if stored else i18n.text("levels.detail.not_there", lang=lang)


def _image_platform(world, a, lang):
    from .. import platforms
    imgs = [i for i in images_named(world, a["image"], a["host"]) if world.graph.has_edge(ids.host_id(a["host"]), i)]
    if not imgs:
        return False, i18n.text("levels.detail.not_there", lang=lang)
    have = world.graph.nodes[imgs[0]]["platform"]
    ok = platforms.matches(have, a["platform"])
    return ok, "" if ok else i18n.text("levels.detail.platform", lang=lang, platform=platforms.normalize(have))


def _image_absent(world, a, lang):
    met, _ = _image_on_host(world, a, lang)
    return not met, "" if not met else i18n.text("levels.detail.still_there", lang=lang)


def _match_container(world, c, a):
    if a.get("name") is not None and c["name"] != a["name"]:
        return False
    if a.get("image") is not None and c["image"] not in images_named(world, a["image"], c["host"]):
        return False
    state = a.get("state", "any")
    if state != "any" and c["state"] != state:
        return False
    if a.get("publishes") is not None:
        m = _PORT.match(a["publishes"])
        want = (int(m.group(2)), int(m.group(1)), m.group(3) or "tcp")
        if want not in tuple(tuple(p) for p in c["ports"]):
            return False
    return True


def _container_exists(world, a, lang):
    cs = _containers(world, a["host"])
    ok = any(_match_container(world, c, a) for c in cs)
    return ok, "" if ok else _listing(world, a["host"], cs, lang)


def _image_runs(world, a, lang):
    return _container_exists(world, dict(a, state="running"), lang)


def _container_absent(world, a, lang):
    found = [c for c in _containers(world, a["host"]) if c["name"] == a["name"]]
    return not found, "" if not found else i18n.text("levels.detail.state", lang=lang, state=found[0]["state"])


def _no_container_uses(world, a, lang):
    hosts = [a["host"]] if a.get("host") else world.hosts()
    users = [c for h in hosts for c in _containers(world, h) if c["image"] in images_named(world, a["image"], h)]
    names = ", ".join(f"{c['name']}@{c['host']}" if not a.get("host") else c["name"] for c in users)
    return not users, "" if not users else i18n.text("levels.detail.found", lang=lang, what=names)


def _no_stopped_containers(world, a, lang):
    stopped = [c["name"] for c in _containers(world, a["host"]) if c["state"] != "running"]
    return not stopped, "" if not stopped else i18n.text("levels.detail.found", lang=lang, what=", ".join(stopped))


def _no_unused_images(world, a, lang):
    g = world.graph
    hnode = ids.host_id(a["host"])
    used = {c["image"] for c in _containers(world, a["host"])}
    unused = sorted(_image_label(world, i, a["host"]) for i in _out(g, hnode, "stores", "image") if i not in used)
    return not unused, "" if not unused else i18n.text("levels.detail.found", lang=lang, what=", ".join(unused))


def _images_at_most(world, a, lang):
    n = len(_out(world.graph, ids.host_id(a["host"]), "stores", "image"))
    return n <= a["count"], i18n.text("levels.detail.now", lang=lang, value=str(n))


def _registry_tag_image(world, repository, tag):
    g = world.graph
    name = parse_reference(repository).name
    node = ids.tag_id(f"{name}:{tag}")
    return _out(g, node, "points_to")[0] if node in g else None


def _repo_has_tag(world, a, lang):
    img = _registry_tag_image(world, a["repository"], a["tag"])
    if img is None:
        return False, i18n.text("levels.detail.no_tag", lang=lang)
    if a.get("same_as") is not None:
        want = images_named(world, a["same_as"], a.get("host"))
        if img not in want:
            return False, i18n.text("levels.detail.other_image", lang=lang, image=_image_label(world, img))
    return True, ""


def _not_pushed_to(world, a, lang):
    g = world.graph
    imgs = set(images_named(world, a["image"], a["host"]))
    rnode = ids.registry_id(a["registry"])
    if rnode not in g or not imgs:
        return True, ""
    repos = sorted(g.nodes[r]["name"] for r in _out(g, rnode, "contains") if imgs & set(_out(g, r, "stores", "image")))
    return not repos, "" if not repos else i18n.text("levels.detail.found", lang=lang, what=", ".join(repos))


def _no_pull_from(world, a, lang):
    g = world.graph
    hnode = ids.host_id(a["host"])
    prefix = a["registry"].rstrip("/") + "/"
    seen = []
    for img in _out(g, hnode, "stores", "image"):
        digests = g.edges[hnode, img].get("repo_digests", ())
        if any(d.startswith(prefix) for d in digests):
            seen.append(_image_label(world, img, a["host"]))
    return not seen, "" if not seen else i18n.text("levels.detail.found", lang=lang, what=", ".join(sorted(seen)))


def _pinned_by_digest(world, a, lang):
    found = [c for c in _containers(world, a["host"]) if c["name"] == a["container"]]
    if not found:
        return False, _listing(world, a["host"], _containers(world, a["host"]), lang)
    c = found[0]
    typed = c.get("image_ref") or ""
    if "@" not in typed:
        return False, i18n.text("levels.detail.by_tag", lang=lang, ref=typed)
    digest = typed.rsplit("@", 1)[1]
    if a.get("reference") is not None:
        want = {world.graph.nodes[i]["manifest_digest"] for i in images_named(world, a["reference"], a["host"])}
        if digest not in want:
            return False, i18n.text("levels.detail.other_digest", lang=lang, digest=digest[:19])
    if c["state"] != "running":
        return False, i18n.text("levels.detail.state", lang=lang, state=c["state"])
    return True, ""


def _disk_usage_under(world, a, lang):
    used = disk_usage(world, a["host"])
    return used < a["size"], i18n.text("levels.detail.now", lang=lang, value=human_size(used))


def _tag_points_to(world, a, lang):
    g = world.graph
    mine = []
    for text in (a["tag"], a["same_as"]):
        ref = parse_reference(text)
        node = ids.tag_id(f"{ref.name}:{ref.tag}", host=a["host"])
        mine.append(_out(g, node, "points_to")[0] if node in g else None)
    if mine[0] is None:
        return False, i18n.text("levels.detail.no_tag", lang=lang)
    if mine[0] != mine[1]:
        return False, i18n.text("levels.detail.other_image", lang=lang, image=_image_label(world, mine[0], a["host"]))
    return True, ""


def _image_has_file(world, a, lang):
    g = world.graph
    hnode = ids.host_id(a["host"])
    imgs = [i for i in images_named(world, a["image"], a["host"]) if g.has_edge(hnode, i)]
    if not imgs:
        return False, i18n.text("levels.detail.not_there", lang=lang)
    data = world.read_image_file(imgs[0])(posixpath.normpath(a["path"]))
    if data is None:
        return False, i18n.text("levels.detail.no_file", lang=lang)
    if a.get("contains") is not None and a["contains"].encode() not in data:
        return False, i18n.text("levels.detail.file_differs", lang=lang)
    return True, ""


def _volume_exists(world, a, lang):
    ok = ids.volume_id(a["host"], a["name"]) in world.graph
    return ok, "" if ok else i18n.text("levels.detail.not_there", lang=lang)


def _volume_absent(world, a, lang):
    ok, _ = _volume_exists(world, a, lang)
    return not ok, "" if not ok else i18n.text("levels.detail.still_there", lang=lang)


def _logged_in(world, a, lang):
    user = world.graph.nodes[ids.host_id(a["host"])]["logins"].get(a["registry"])
    return user is not None, "" if user is not None else i18n.text("levels.detail.not_there", lang=lang)


@dataclass(frozen=True)
class Predicate:
    """A named goal part: its required and optional arguments (name to type) and its test.

    ``test(world, args, lang)`` returns ``(met, detail)``; the description
    is the catalogue text ``levels.pred.<name>`` filled with the required
    arguments, followed by ``levels.part.<arg>`` for each optional one given.
    """

    name: str
    required: dict
    optional: dict
    test: Callable


def _p(name, required, optional, test):
    return name, Predicate(name, required, optional, test)


#: Every predicate a level may use, by name.
PREDICATES: dict[str, Predicate] = dict([
    _p("image_on_host", {"host": "host", "image": "ref"}, {}, _image_on_host),
    _p("image_absent", {"host": "host", "image": "ref"}, {}, _image_absent),
    _p("image_platform", {"host": "host", "image": "ref", "platform": "platform"}, {}, _image_platform),
    _p("image_runs", {"host": "host", "image": "ref"}, {"name": "name"}, _image_runs),
    _p("container_exists", {"host": "host"}, {"name": "name", "image": "ref", "state": "state", "publishes": "port"},
       _container_exists),
    _p("container_absent", {"host": "host", "name": "name"}, {}, _container_absent),
    _p("no_container_uses", {"image": "ref"}, {"host": "host"}, _no_container_uses),
    _p("no_stopped_containers", {"host": "host"}, {}, _no_stopped_containers),
    _p("no_unused_images", {"host": "host"}, {}, _no_unused_images),
    _p("images_at_most", {"host": "host", "count": "count"}, {}, _images_at_most),
    _p("repo_has_tag", {"repository": "repo", "tag": "tag"}, {"same_as": "ref", "host": "host"}, _repo_has_tag),
    _p("not_pushed_to", {"registry": "registry", "image": "ref", "host": "host"}, {}, _not_pushed_to),
    _p("no_pull_from", {"host": "host", "registry": "registry"}, {}, _no_pull_from),
    _p("pinned_by_digest", {"host": "host", "container": "name"}, {"reference": "ref"}, _pinned_by_digest),
    _p("disk_usage_under", {"host": "host", "size": "size"}, {}, _disk_usage_under),
    _p("tag_points_to", {"host": "host", "tag": "ref", "same_as": "ref"}, {}, _tag_points_to),
    _p("image_has_file", {"host": "host", "image": "ref", "path": "path"}, {"contains": "text"}, _image_has_file),
    _p("volume_exists", {"host": "host", "name": "name"}, {}, _volume_exists),
    _p("volume_absent", {"host": "host", "name": "name"}, {}, _volume_absent),
    _p("logged_in", {"host": "host", "registry": "registry"}, {}, _logged_in),
])


def _shown(key, value):
    if key == "size":
        return human_size(value)
    if key in ("image", "same_as", "reference", "tag") and isinstance(value, str):
        try:
            ref = parse_reference(value)
        except InvalidReference:
            return value
        return ref.familiar if not ref.digest else f"{ref.familiar_name}@{ref.digest[:19]}…"
    return str(value)


def describe(name: str, args: dict, lang: str | None = None) -> str:
    """The goal part in words, in ``lang``.

    Examples
    --------
    >>> describe("container_exists", {"host": "laptop", "name": "web", "state": "running"}, "fr")
    "un conteneur sur l'hôte laptop, nommé web, dans l'état running"
    """
    pred = PREDICATES[name]
    values = {k: _shown(k, args[k]) for k in pred.required}
    text = i18n.text(f"levels.pred.{name}", lang=lang, **values)
    parts = i18n.catalogue(lang, "levels")
    for key in pred.optional:
        if args.get(key) is not None:
            part = f"levels.part.{name}.{key}" if f"levels.part.{name}.{key}" in parts else f"levels.part.{key}"
            text += i18n.text(part, lang=lang, value=_shown(key, args[key]))
    return text


def evaluate(name: str, args: dict, world, lang: str | None = None) -> Check:
    """Check one predicate on ``world``; never raises on an unsolved world.

    A host named in the arguments that the world lacks leaves the part
    unmet, with a detail saying so.
    """
    lang = i18n.resolve(lang)
    description = describe(name, args, lang)
    missing = _missing_host(world, args, lang)
    if missing is not None:
        return Check(description, *missing)
    try:
        met, detail = PREDICATES[name].test(world, args, lang)
    except TaxonomyError as err:   # a world the goal cannot be read in: unmet, and why
        met, detail = False, str(err)
    return Check(description, bool(met), detail if not met or name in ("disk_usage_under",) else "")
