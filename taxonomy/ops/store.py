"""Storing content: the journaled writes every verb is made of.

Blobs, layer and image nodes, repositories, registry and host tags, and what a host or a
repository stores. Each function takes the world first and writes through its journal, so it
must run inside an operation's transaction; none of them is a Docker command on its own.
"""

from __future__ import annotations

import gzip
import json

from .. import ids
from .. import platforms as _platforms
from ..content import MEDIA_TYPES, Descriptor, Layer, make_config, make_index, make_manifest, sha256_digest
from ..reference import Reference

__all__ = ["put_blob", "ensure_layer", "ensure_image", "image_blobs", "image_from_blobs", "ensure_repository", "set_registry_tag", "store_in_repository", "set_host_tag", "store_on_host"]


def put_blob(world, data: bytes) -> str:
    digest = sha256_digest(data)
    world.blobs.setdefault(digest, data)
    return digest


def ensure_layer(world, layer: Layer, *, nominal_size: int, created_by: str, files=()) -> str:
    """Add a layer node (idempotent) and its blob; return the node id."""
    node = ids.layer_id(layer.digest)
    world.blobs.setdefault(layer.digest, layer.blob)
    if node not in world.graph:
        listing = tuple((f.path, len(f.data)) for f in files) if files else ()
        world.journal.add_node(node, kind="layer", name=layer.digest, digest=layer.digest, diff_id=layer.diff_id,
                              size=layer.size, tar_size=len(layer.tar), nominal_size=int(nominal_size),
                              created_by=created_by, files=listing)
    return node


def ensure_image(world, layers: list[tuple[Layer, int, str]], *, config: dict, history: list[dict],
                  created: str | None, platform: str = "linux/amd64", base: str | None = None) -> str:
    """Add an image node made of ``layers`` (Layer, nominal size, created_by); return its node id."""
    layer_nodes = [ensure_layer(world, l, nominal_size=n, created_by=c, files=l.files) for l, n, c in layers]
    cdig, mdig, manifest_size = image_blobs(world, layers, config=config, history=history, created=created,
                                                  platform=platform)
    return _add_image(world, cdig, mdig, manifest_size, config=config, created=created, platform=platform,
                      layer_nodes=layer_nodes, base=base)


def _add_image(world, cdig: str, mdig: str, manifest_size: int, *, config: dict, created: str | None,
               platform: str, layer_nodes: list, base: str | None = None) -> str:
    """The image node of config ``cdig`` over ``layer_nodes`` (bottom first), added if new, with its edges."""
    node = ids.image_id(cdig)
    if node not in world.graph:
        world.journal.add_node(node, kind="image", name=cdig, digest=cdig, manifest_digest=mdig,
                               manifest_size=manifest_size, config=config, created=created, platform=platform,
                               layers=tuple(world.graph.nodes[n]["digest"] for n in layer_nodes),
                               nominal_size=sum(world.graph.nodes[n]["nominal_size"] for n in dict.fromkeys(layer_nodes)))
        for i, ln in enumerate(layer_nodes):
            if not world.graph.has_edge(node, ln):
                world.journal.add_edge(node, ln, kind="has_layer", index=i)
        if base is not None and base in world.graph and base != node:
            world.journal.add_edge(node, base, kind="built_from")
    return node


def image_blobs(world, layers, *, config: dict, history: list[dict], created: str | None,
                 platform: str) -> tuple[str, str, int]:
    """Store an image's config and manifest blobs; return (config digest, manifest digest, manifest size)."""
    os_, arch, variant = _platforms.split(platform)
    raw_config = make_config(diff_ids=[l.diff_id for l, _, _ in layers], history=history, config=config,
                             os=os_, architecture=arch, variant=variant, created=created)
    manifest = make_manifest(raw_config, [l.descriptor() for l, _, _ in layers])
    return put_blob(world, raw_config), put_blob(world, manifest), len(manifest)


def image_from_blobs(world, manifest_digest: str, nominal_sizes: tuple, platform: str) -> str:
    """Make an image node (and its layer nodes) from blobs this world already holds."""
    manifest = json.loads(world.blobs[manifest_digest])
    cdig = manifest["config"]["digest"]
    raw = json.loads(world.blobs[cdig])
    built_by = [h.get("created_by", "") for h in raw.get("history", []) if not h.get("empty_layer")]
    layers = []
    for desc, diff_id, nominal, created_by in zip(manifest["layers"], raw["rootfs"]["diff_ids"], nominal_sizes, built_by):
        blob = world.blobs[desc["digest"]]
        files = tuple(world.layer_files(desc["digest"]).values())
        layer = Layer(tar=gzip.decompress(blob), blob=blob, digest=desc["digest"], diff_id=diff_id)
        layers.append((layer, nominal, created_by, files))
    nodes = [ensure_layer(world, l, nominal_size=n, created_by=c, files=f) for l, n, c, f in layers]
    return _add_image(world, cdig, manifest_digest, len(world.blobs[manifest_digest]), config=raw.get("config", {}),
                      created=raw.get("created"), platform=platform, layer_nodes=nodes)


def ensure_repository(world, rnode_registry: str, name: str) -> str:
    node = ids.repository_id(name)
    if node not in world.graph:
        domain = world.graph.nodes[rnode_registry]["name"]
        world.journal.add_node(node, kind="repository", name=name, registry=domain, path=name[len(domain) + 1:],
                              private=False)
        world.journal.add_edge(rnode_registry, node, kind="contains")
    return node


def set_registry_tag(world, repo_node: str, tag: str, image_node: str, *, variants: tuple = (),
                      extra_blobs: tuple = (), as_index: bool = False):
    """Point a registry tag at an image; with several ``variants`` it names an image index.

    ``variants`` lists ``(platform, manifest digest, manifest size,
    layer nominal sizes)``, the pointed image's first. The tag's
    ``index`` attribute is the index digest (None for one manifest that
    is not published as an index, ``as_index=False``), and
    ``extra_blobs`` the blobs of variants that are not yet nodes.
    """
    name = world.graph.nodes[repo_node]["name"]
    ref = f"{name}:{tag}"
    tnode = ids.tag_id(ref)
    d = world.graph.nodes[image_node]
    if not variants:
        variants = ((d["platform"], d["manifest_digest"], d["manifest_size"],
                     tuple(world.graph.nodes[ids.layer_id(x)]["nominal_size"] for x in d["layers"])),)
    index = None
    if len(variants) > 1 or as_index:
        data = make_index([Descriptor(MEDIA_TYPES["manifest"], m, size, platform=_platforms.as_descriptor_platform(p))
                           for p, m, size, _ in variants])
        index = put_blob(world, data)
        extra_blobs = (index,) + tuple(extra_blobs)
    if tnode in world.graph:
        old = world.out_nodes(tnode, "points_to")
        for o in old:
            world.journal.remove_edge(tnode, o)
    else:
        world.journal.add_node(tnode, kind="tag", name=f"{name.split('/')[-1]}:{tag}", tag=tag, ref=ref,
                              repository=name, host=None)
        world.journal.add_edge(repo_node, tnode, kind="has_tag")
    for key, value in (("index", index), ("variants", tuple(variants)), ("extra_blobs", tuple(extra_blobs))):
        if world.graph.nodes[tnode].get(key) != value:
            world.journal.set(tnode, key, value)
    world.journal.add_edge(tnode, image_node, kind="points_to")


def store_in_repository(world, repo_node: str, image_node: str):
    world.journal.add_edge(repo_node, image_node, kind="stores")
    for d in world.graph.nodes[image_node]["layers"]:
        world.journal.add_edge(repo_node, ids.layer_id(d), kind="stores")


def set_host_tag(world, hnode: str, ref: Reference, img: str) -> None:
    host = world.graph.nodes[hnode]["name"]
    full = f"{ref.name}:{ref.tag}"
    tnode = ids.tag_id(full, host=host)
    if tnode in world.graph:
        for old in world.out_nodes(tnode, "points_to"):
            world.journal.remove_edge(tnode, old)
    else:
        world.journal.add_node(tnode, kind="tag", name=f"{ref.familiar_name}:{ref.tag}", tag=ref.tag, ref=full,
                              repository=ref.name, host=host)
        world.journal.add_edge(hnode, tnode, kind="has_tag")
    world.journal.add_edge(tnode, img, kind="points_to")


def store_on_host(world, hnode: str, img: str, repo_digest: str | None = None) -> list[str]:
    """Make ``img`` present on the host; return the layer digests that were missing."""
    missing = []
    for d in dict.fromkeys(world.graph.nodes[img]["layers"]):
        ln = ids.layer_id(d)
        if not world.graph.has_edge(hnode, ln):
            missing.append(d)
            world.journal.add_edge(hnode, ln, kind="stores")
    digests = tuple(world.graph.edges[hnode, img].get("repo_digests", ())) if world.graph.has_edge(hnode, img) else ()
    if repo_digest and repo_digest not in digests:
        digests = digests + (repo_digest,)
    if not world.graph.has_edge(hnode, img) or digests != world.graph.edges[hnode, img].get("repo_digests", ()):
        world.journal.add_edge(hnode, img, kind="stores", repo_digests=digests, since=world.now)
    return missing

