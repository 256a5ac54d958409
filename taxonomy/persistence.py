"""Saving and loading a world as versioned JSON.

A saved world is one JSON document: a format marker, a version, the graph
(nodes and edges, sorted, so the same world always gives the same bytes)
and the blobs it references (base64). Saving writes a temporary file and
renames it over the target, so a crash never leaves half a file. Loading
refuses, with a clear :class:`~taxonomy.PersistenceError`, anything that is
not a complete world of a version it knows, and verifies every blob
against its digest. The undo history is not saved.

Examples
--------
>>> import taxonomy as tx, tempfile, os
>>> w = tx.World()
>>> _ = w.pull("alpine:3.20")
>>> path = os.path.join(tempfile.mkdtemp(), "world.json")
>>> w.save(path)
>>> tx.World.load(path).images()
['docker.io/library/alpine:3.20']
"""

from __future__ import annotations

import base64
import hashlib
import json
import os

import networkx as nx

from . import jsonsafe, limits, worldschema
from .atomic import atomic_write
from .errors import CorruptContent, PersistenceError, TaxonomyError
from .ids import EDGE_KINDS, NODE_KINDS

__all__ = ["FORMAT", "VERSION", "dumps", "loads", "save", "load"]

FORMAT = "docker-taxonomy-world"
VERSION = 1


def _enc(v):
    if isinstance(v, bytes):
        return {"$bytes": base64.b64encode(v).decode("ascii")}
    if isinstance(v, tuple):
        return {"$tuple": [_enc(x) for x in v]}
    if isinstance(v, list):
        return [_enc(x) for x in v]
    if isinstance(v, dict):
        out = {str(k): _enc(x) for k, x in v.items()}
        return {"$dict": out} if any(str(k).startswith("$") for k in v) else out
    return v


def _dec(v):
    if isinstance(v, list):
        return [_dec(x) for x in v]
    if isinstance(v, dict):
        if len(v) == 1:
            (k, x), = v.items()
            if k == "$bytes":
                return base64.b64decode(x.encode("ascii"), validate=True)
            if k == "$tuple":
                return tuple(_dec(y) for y in x)
            if k == "$dict":
                return {a: _dec(b) for a, b in x.items()}
        return {k: _dec(x) for k, x in v.items()}
    return v


def _node_blobs(graph) -> set[str]:
    """Blobs that layer and image nodes stand for."""
    refs = set()
    for _, d in graph.nodes(data=True):
        if d["kind"] == "layer":
            refs.add(d["digest"])
        elif d["kind"] == "image":
            refs.update((d["digest"], d["manifest_digest"]))
    return refs


def _referenced_blobs(graph) -> set[str]:
    """Every blob the graph needs: its nodes' and the ``extra_blobs`` some nodes list (image indexes, variants)."""
    refs = _node_blobs(graph)
    for _, d in graph.nodes(data=True):
        refs.update(d.get("extra_blobs", ()))
    return refs


def _kit_blobs(world) -> frozenset:
    # Blobs of the starting kit's platform variants that no node uses yet: the
    # catalog makes them again, byte for byte, so a saved world leaves them out.
    return getattr(world, "kit_blobs", frozenset())


def dumps(world) -> bytes:
    """Serialise a world to deterministic JSON bytes."""
    g = world.graph
    kit = _kit_blobs(world) - _node_blobs(g)
    doc = {
        "format": FORMAT,
        "version": VERSION,
        "default_host": world.default_host,
        "graph": _enc(dict(g.graph)),
        "nodes": [[n, _enc(dict(g.nodes[n]))] for n in sorted(g.nodes)],
        "edges": [[u, v, _enc(dict(g.edges[u, v]))] for u, v in sorted(g.edges)],
        "blobs": {d: base64.b64encode(world.blobs[d]).decode("ascii") for d in sorted(_referenced_blobs(g) - kit)
                  if d in world.blobs},
    }
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def save(world, path) -> None:
    """Write ``world`` to ``path`` atomically (temporary file, then rename)."""
    atomic_write(path, dumps(world))


def _too_large(size: int, where: str) -> PersistenceError:
    err = limits.exceeded("MAX_WORLD_BYTES", size, f"{where} is too large",
                          "is it really a saved world? A class-sized world saves to a few MB")
    return PersistenceError(str(err))


def _check_bounds(data: bytes, where: str) -> None:
    if len(data) > limits.MAX_WORLD_BYTES:
        raise _too_large(len(data), where)
    deepest = jsonsafe.depth(data, limits.MAX_WORLD_DEPTH)
    if deepest > limits.MAX_WORLD_DEPTH:
        raise PersistenceError(f"{where} nests more than {limits.MAX_WORLD_DEPTH} levels deep, more than a saved "
                               f"world can (the limit MAX_WORLD_DEPTH is {limits.MAX_WORLD_DEPTH}); the file is "
                               "corrupt or not a world - load another copy")


def loads(data: bytes, world_cls):
    """Rebuild a world from bytes made by :func:`dumps`.

    Nothing is replaced until the whole file has been checked: its size
    and nesting (:data:`taxonomy.limits.MAX_WORLD_BYTES`, ``MAX_WORLD_DEPTH``,
    ``MAX_WORLD_ITEMS``), then the type of every field the model reads
    (:mod:`taxonomy.worldschema`), then every blob against its digest.
    """
    where = "the saved world"
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise PersistenceError(f"{where} must be bytes, not {type(data).__name__}")
    data = bytes(data)
    _check_bounds(data, where)
    try:
        doc = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise PersistenceError(f"{where} is not valid JSON ({err}); the file is corrupt or truncated - "
                               "load another copy or start a new world") from err
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise PersistenceError(f"{where} is not a Docker Taxonomy Explorer world (no '{FORMAT}' marker); "
                               "check that you picked the right file")
    version = doc.get("version")
    if not isinstance(version, int) or version > VERSION or version < 1:
        raise PersistenceError(f"{where} has format version {version!r}, but this explorer reads version {VERSION}; "
                               "upgrade the taxonomy package to open it")
    try:
        if not isinstance(doc["nodes"], list) or not isinstance(doc["edges"], list) or not isinstance(doc["blobs"], dict):
            raise PersistenceError(f"{where} is malformed: its nodes, edges and blobs must be lists and a mapping; "
                                   "load another copy")
        items = len(doc["nodes"]) + len(doc["edges"]) + len(doc["blobs"])
        if items > limits.MAX_WORLD_ITEMS:
            raise PersistenceError(str(limits.exceeded(
                "MAX_WORLD_ITEMS", items, f"{where} has too many nodes, edges and blobs",
                "is it really a saved world? A class-sized world has a few thousand")))
        graph_attrs = _dec(doc["graph"])
        if not isinstance(graph_attrs, dict):
            raise PersistenceError(f"{where} is malformed: its graph fields must be a mapping; load another copy")
        worldschema.check_graph_attrs(graph_attrs)
        g = nx.DiGraph(**graph_attrs)
        for n, attrs in doc["nodes"]:
            attrs = _dec(attrs)
            if not isinstance(attrs, dict) or attrs.get("kind") not in NODE_KINDS:
                kind = attrs.get("kind") if isinstance(attrs, dict) else attrs
                raise PersistenceError(f"{where} has a node {n!r} of unknown kind {kind!r}")
            worldschema.check_node(n, attrs)
            g.add_node(n, **attrs)
        for u, v, attrs in doc["edges"]:
            attrs = _dec(attrs)
            if not isinstance(attrs, dict) or u not in g or v not in g or attrs.get("kind") not in EDGE_KINDS:
                raise PersistenceError(f"{where} has a broken edge {u!r} -> {v!r}")
            worldschema.check_edge(u, v, attrs)
            g.add_edge(u, v, **attrs)
        worldschema.check_references(g)
        blobs = {}
        for digest, b64 in doc["blobs"].items():
            raw = base64.b64decode(b64.encode("ascii"), validate=True)
            if "sha256:" + hashlib.sha256(raw).hexdigest() != digest:
                raise CorruptContent(f"{where} is corrupt: blob {digest} does not match its digest; load another copy")
            blobs[digest] = raw
        default_host = doc["default_host"]
        if default_host is None:
            if any(d["kind"] == "host" for _, d in g.nodes(data=True)):
                raise PersistenceError(f"{where} has hosts but no default host; load another copy")
        elif not isinstance(default_host, str) or g.nodes.get(f"host:{default_host}", {}).get("kind") != "host":
            raise PersistenceError(f"{where} names a default host {default_host!r} that it does not hold; "
                                   "load another copy")
    except (KeyError, TypeError, ValueError, AttributeError) as err:
        if isinstance(err, TaxonomyError):
            raise
        raise PersistenceError(f"{where} is incomplete or malformed ({type(err).__name__}: {err}); "
                               "the file is corrupt or truncated - load another copy") from err
    missing = _referenced_blobs(g) - set(blobs)
    kit = world_cls(kit=True) if missing else None
    if kit is not None:
        for digest in missing & _kit_blobs(kit):
            blobs[digest] = kit.blobs[digest]
        missing -= _kit_blobs(kit)
    if missing:
        raise CorruptContent(f"{where} is missing blob {sorted(missing)[0]}; load another copy")
    worldschema.check_image_blobs(g, blobs)
    world = world_cls(kit=False)
    if kit is not None:
        world.kit_blobs = _kit_blobs(kit)
    world.graph = g
    world.journal.graph = g
    world.blobs = blobs
    world.default_host = default_host
    return world


def load(path, world_cls):
    """Read a world saved by :func:`save`."""
    try:
        with open(os.fspath(path), "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > limits.MAX_WORLD_BYTES:
                raise _too_large(size, f"the saved world {os.fspath(path)!r}")
            data = f.read(limits.MAX_WORLD_BYTES + 1)   # never more than the bound, even if the file grows
    except OSError as err:
        raise PersistenceError(f"cannot read the saved world {os.fspath(path)!r}: {err.strerror}") from err
    return loads(data, world_cls)
