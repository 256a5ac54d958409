"""What a saved world must hold: the type of every field the model reads.

:mod:`taxonomy.persistence` checks a decoded world against this schema
before it replaces anything, so a file with a clock of ``"soon"``, a
``seq`` of ``null`` or a container whose ``state`` is a number is refused
at load with a :class:`~taxonomy.PersistenceError` naming the node, the
field and the type expected, instead of failing at the next command.

Each node kind lists the fields it is created with (required) and their
types; fields added later by some operations (a cluster's deployments, a
host's uplink) are optional and checked when their type is fixed. Other
fields are kept as they are.

Examples
--------
>>> check_node("container:laptop/web", {"kind": "container", "name": "web", "state": 3})
Traceback (most recent call last):
    ...
taxonomy.errors.PersistenceError: the saved world is malformed: node 'container:laptop/web' lacks the field 'id' (text); load another copy or start a new world
>>> check_graph_attrs({"clock": "soon", "seq": 1})
Traceback (most recent call last):
    ...
taxonomy.errors.PersistenceError: the saved world is malformed: the world's 'clock' is "soon", not a whole number; load another copy or start a new world
"""

from __future__ import annotations

from .errors import PersistenceError

__all__ = ["SCHEMA", "check_node", "check_edge", "check_graph_attrs", "check_references", "check_image_blobs"]


class _T:
    """A type of the schema: a name for messages and a test."""

    __slots__ = ("name", "test")

    def __init__(self, name, test):
        self.name, self.test = name, test


def _int(v):
    return isinstance(v, int) and not isinstance(v, bool)


STR = _T("text", lambda v: isinstance(v, str))
INT = _T("a whole number", _int)
BOOL = _T("true or false", lambda v: isinstance(v, bool))
ANY = _T("anything", lambda v: True)
DICT = _T("a mapping", lambda v: isinstance(v, dict))


def _opt(t: _T) -> _T:
    return _T(f"{t.name} or null", lambda v: v is None or t.test(v))


def _seq(t: _T) -> _T:
    return _T(f"a list of {t.name}", lambda v: isinstance(v, (tuple, list)) and all(t.test(x) for x in v))


def _map(k: _T, v: _T) -> _T:
    return _T(f"a mapping of {k.name} to {v.name}",
              lambda d: isinstance(d, dict) and all(k.test(a) and v.test(b) for a, b in d.items()))


BYTES = _T("bytes", lambda v: isinstance(v, bytes))
SCALARS = _T("text or numbers", lambda v: isinstance(v, (str, int, float)) or v is None)
ROW = _seq(SCALARS)

# kind -> (required fields, optional fields), each a mapping of name to type.
SCHEMA = {
    "host": ({"name": STR, "platform": STR, "logins": _map(STR, STR), "files": _map(STR, BYTES)},
             {"build_cache": _map(STR, STR), "compose_projects": _map(STR, DICT)}),
    "registry": ({"name": STR, "label": STR, "registry_kind": STR, "require_login": BOOL,
                  "accounts": _map(STR, DICT)}, {}),
    "repository": ({"name": STR, "registry": STR, "path": STR, "private": BOOL}, {}),
    "tag": ({"name": STR, "tag": STR, "ref": STR, "repository": STR, "host": _opt(STR)},
            {"index": _opt(STR), "variants": _seq(ANY), "extra_blobs": _seq(STR)}),
    "image": ({"name": STR, "digest": STR, "manifest_digest": STR, "manifest_size": INT, "config": DICT,
               "platform": STR, "layers": _seq(STR), "nominal_size": INT}, {"created": _opt(STR)}),
    "layer": ({"name": STR, "digest": STR, "diff_id": STR, "size": INT, "tar_size": INT, "nominal_size": INT,
               "created_by": STR, "files": _seq(ROW)}, {}),
    "container": ({"name": STR, "id": STR, "host": STR, "image": STR, "image_ref": STR, "command": _seq(STR),
                   "env": _seq(STR), "state": STR, "exit_code": _opt(INT), "created": INT, "started": _opt(INT),
                   "finished": _opt(INT), "output": STR, "note": STR, "ports": _seq(ROW),
                   "mounts": _seq(ROW), "interactive": BOOL, "auto_remove": BOOL, "rw_size": INT},
                  {"compose_project": STR, "compose_service": STR, "compose_number": INT, "compose_hash": STR}),
    "volume": ({"name": STR, "host": STR, "driver": STR, "anonymous": BOOL, "created": INT, "mountpoint": STR}, {}),
}

# edge kind -> optional fields
_EDGE_FIELDS = {"has_layer": {"index": INT}, "stores": {"since": INT, "repo_digests": _seq(STR)},
                "mounts": {"target": STR}}


def _fail(message: str) -> PersistenceError:
    return PersistenceError(f"the saved world is malformed: {message}; load another copy or start a new world")


def _show(v) -> str:
    if isinstance(v, str):
        return '"' + (v if len(v) <= 40 else v[:40] + "…") + '"'
    text = "null" if v is None else "true" if v is True else "false" if v is False else repr(v)
    return text if len(text) <= 40 else text[:40] + "…"


def check_node(node, attrs: dict) -> None:
    """Check one node's fields against :data:`SCHEMA`; raise :class:`~taxonomy.PersistenceError` if wrong."""
    if not isinstance(node, str):
        raise _fail(f"a node id is {_show(node)}, not text")
    required, optional = SCHEMA[attrs["kind"]]
    for field, t in required.items():
        if field not in attrs:
            raise _fail(f"node {node!r} lacks the field {field!r} ({t.name})")
        if not t.test(attrs[field]):
            raise _fail(f"node {node!r} has {field!r} = {_show(attrs[field])}, not {t.name}")
    for field, t in optional.items():
        if field in attrs and not t.test(attrs[field]):
            raise _fail(f"node {node!r} has {field!r} = {_show(attrs[field])}, not {t.name}")


def check_edge(u, v, attrs: dict) -> None:
    """Check one edge's fields (its kind is already known to be valid)."""
    for field, t in _EDGE_FIELDS.get(attrs["kind"], {}).items():
        if field in attrs and not t.test(attrs[field]):
            raise _fail(f"the edge {u!r} -> {v!r} has {field!r} = {_show(attrs[field])}, not {t.name}")


def check_graph_attrs(attrs: dict) -> None:
    """Check the world's own fields: its clock and its change counter."""
    for field in ("clock", "seq"):
        if field not in attrs:
            raise _fail(f"the world lacks its {field!r}")
        if not _int(attrs[field]):
            raise _fail(f"the world's {field!r} is {_show(attrs[field])}, not {INT.name}")


def check_references(graph) -> None:
    """Check the links the model follows by name: a container's image and host, a volume's host."""
    nodes = graph.nodes
    for n, d in graph.nodes(data=True):
        kind = d["kind"]
        if kind in ("container", "volume") and nodes.get(f"host:{d['host']}", {}).get("kind") != "host":
            raise _fail(f"{kind} {n!r} is on host {d['host']!r}, which the world does not hold")
        if kind == "container" and nodes.get(d["image"], {}).get("kind") != "image":
            raise _fail(f"container {n!r} runs image {d['image']!r}, which the world does not hold")


def check_image_blobs(graph, blobs) -> None:
    """Check that every image's manifest and config blobs are what the model parses: JSON objects, bounded."""
    from . import jsonsafe
    for n, d in graph.nodes(data=True):
        if d["kind"] != "image":
            continue
        docs = {}
        for field in ("manifest_digest", "digest"):
            try:
                docs[field] = jsonsafe.loads(blobs[d[field]], f"the blob {d[field]} of image {n!r}")
            except KeyError:
                raise _fail(f"image {n!r} lacks its blob {d[field]}") from None
            except ValueError as err:   # UnicodeDecodeError and LimitExceeded are ValueErrors too
                raise _fail(f"the blob {d[field]} of image {n!r} is not JSON ({err})") from None
            if not isinstance(docs[field], dict):
                raise _fail(f"the blob {d[field]} of image {n!r} is not a JSON object")
        layers = docs["manifest_digest"].get("layers", [])
        if not isinstance(layers, list) or not all(isinstance(x, dict) and isinstance(x.get("digest"), str)
                                                   for x in layers):
            raise _fail(f"the manifest of image {n!r} has malformed layers")
