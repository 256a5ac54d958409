"""What a pull would fetch: an image's layers and their nominal sizes, looked up without pulling.

An estimate must not change the world, so this reads the graph only: a
registry tag (for a multi-arch tag, the manifest of the host's platform,
read from the index's variants and the manifest blob even when no host
has pulled that variant yet), or an image only a host has (built and not
pushed yet).

Examples
--------
>>> import taxonomy as tx
>>> w = tx.World()
>>> name, domain, layers = pull_layers(w, "alpine:3.20", w.host_node("laptop"))
>>> name, domain, [(size, present) for _, size, present in layers]
('alpine:3.20', 'docker.io', [(3630000, False)])
"""

from __future__ import annotations

import json

from .. import ids
from .. import platforms as _platforms
from ..errors import InvalidReference, NotFound, PlatformMismatch
from ..reference import parse_reference

__all__ = ["pull_layers", "image_layers", "variant_layers"]


def pull_layers(world, image: str, host_node: str | None, *, fresh: bool = False, platform: str | None = None):
    """(familiar name, registry domain, [(digest, size, present)]) of an image, looked up without pulling.

    The image is looked up in its registry (for a multi-arch tag, the
    manifest for ``platform``, by default the host's), then among the
    images of ``host_node``; with ``fresh`` no layer counts as present (a
    new host). Nothing is added to the world, not even the node of a
    platform's variant that no host has pulled yet.
    """
    ref = parse_reference(image)
    if platform is None:
        platform = world.graph.nodes[host_node]["platform"] if host_node is not None else _platforms.DEFAULT
    pairs = None
    repo = ids.repository_id(ref.name)
    if repo in world.graph:
        tnodes = ([t for t in world.out_nodes(repo, "has_tag", "tag") if world.graph.nodes[t].get("index") == ref.digest]
                  if ref.digest else [t for t in (ids.tag_id(f"{ref.name}:{ref.tag}"),) if t in world.graph])
        if tnodes and world.graph.nodes[tnodes[0]].get("index") is not None:
            pairs = variant_layers(world, repo, tnodes[0], platform)
        elif tnodes:
            pairs = image_layers(world, world.out_nodes(tnodes[0], "points_to")[0])
        elif ref.digest:
            img = next((i for i in world.out_nodes(repo, "stores", "image")
                        if world.graph.nodes[i]["manifest_digest"] == ref.digest), None)
            pairs = image_layers(world, img) if img is not None else None
    if pairs is None and host_node is not None:
        try:
            pairs = image_layers(world, world.resolve_local_image(image, host_node))
        except (NotFound, InvalidReference):
            pairs = None
    if pairs is None:
        where = f" nor on host {world.graph.nodes[host_node]['name']!r}" if host_node is not None else ""
        raise NotFound(f"no image {ref.familiar} in registry {ref.domain}{where}; "
                       "check the name, or build or push it first")
    layers = []
    for d, size in pairs:
        present = not fresh and host_node is not None and world.graph.has_edge(host_node, ids.layer_id(d))
        layers.append((d, size, present))
    return ref.familiar, ref.domain, layers


def image_layers(world, img: str) -> list:
    """(digest, nominal size) of an image node's distinct layers, bottom first."""
    return [(d, int(world.graph.nodes[ids.layer_id(d)]["nominal_size"]))
            for d in dict.fromkeys(world.graph.nodes[img]["layers"])]


def variant_layers(world, repo: str, tnode: str, platform: str) -> list:
    """(digest, nominal size) of the layers of a multi-arch tag's manifest for ``platform``, read only."""
    want = _platforms.normalize(platform)
    hit = next((v for v in world.graph.nodes[tnode]["variants"] if _platforms.normalize(v[0]) == want), None)
    if hit is None:
        raise PlatformMismatch(f"no matching manifest for {want} in the manifest list entries: "
                               "no match for platform in manifest: not found")
    _, manifest_digest, _, nominal = hit
    for img in world.out_nodes(repo, "stores", "image"):
        if world.graph.nodes[img]["manifest_digest"] == manifest_digest:
            return image_layers(world, img)
    digests = [d["digest"] for d in json.loads(world.blobs[manifest_digest])["layers"]]
    return list(dict(zip(digests, (int(n) for n in nominal))).items())
