"""Image operations: pull, push, tag, rmi and image prune.

A *tag* is a movable name for an image; a *digest* names one image forever.
Pulling fetches only the layers a host lacks ("Already exists"), pushing
sends only the layers a repository lacks ("Layer already exists", or
"Mounted from" another repository of the same registry).
"""

from __future__ import annotations

import re

from .. import ids
from .. import platforms as _platforms
from ..content import chain_ids, short_id
from ..errors import Conflict, Denied, InvalidReference, NotFound, PlatformMismatch, Unauthorized
from ..reference import Reference, parse_reference, tag_omitted
from ..results import LayerStatus, PullResult, PushResult, RemoveResult
from .registries import reachable_registry
from .store import ensure_repository, image_from_blobs, set_host_tag, set_registry_tag, store_in_repository, store_on_host

__all__ = ["remote_image", "pull", "tag", "check_push_rights", "push", "rmi", "image_prune"]

_HEX = re.compile(r"^(?:sha256:)?([0-9a-f]{1,64})$")


# -- remote resolution -------------------------------------------
def remote_image(world, hnode: str, ref: Reference, platform: str | None = None) -> tuple[str, str]:
    """Find the image a reference names in its registry; check pull rights.

    Returns (repository node, image node).
    """
    rnode = reachable_registry(world, ref.domain)
    reg = world.graph.nodes[rnode]
    user = world.graph.nodes[hnode]["logins"].get(ref.domain)
    repo = ids.repository_id(ref.name)
    exists = repo in world.graph
    if reg["require_login"] and user is None:
        what = ref.digest or ref.tag
        raise Unauthorized(f'Head "https://{ref.domain}/v2/{ref.path}/manifests/{what}": unauthorized: authentication required')
    private = exists and world.graph.nodes[repo]["private"]
    if not exists or (private and not _may_write(world, rnode, user, ref.path)):
        if ref.domain == "docker.io":
            raise Denied(f"pull access denied for {ref.familiar_name}, repository does not exist or may require "
                         "'docker login': denied: requested access to the resource is denied")
        raise NotFound(f"repository {ref.familiar_name} not found: name unknown: repository name not known to registry")
    if ref.digest:
        for img in world.out_nodes(repo, "stores", "image"):
            if world.graph.nodes[img]["manifest_digest"] == ref.digest:
                return repo, img
        for tnode in world.out_nodes(repo, "has_tag", "tag"):
            if world.graph.nodes[tnode].get("index") == ref.digest:
                return repo, _variant_for(world, repo, tnode, platform or world.graph.nodes[hnode]["platform"])
    else:
        tnode = ids.tag_id(f"{ref.name}:{ref.tag}")
        if tnode in world.graph:
            if world.graph.nodes[tnode].get("index") is None:
                return repo, world.out_nodes(tnode, "points_to")[0]
            return repo, _variant_for(world, repo, tnode, platform or world.graph.nodes[hnode]["platform"])
    raise NotFound(f"manifest for {ref.familiar} not found: manifest unknown: manifest unknown")


def _remote_digest(world, ref: Reference, img: str) -> str:
    """The digest a pull of ``ref`` reports: the index's for a multi-arch tag, else the manifest's."""
    if ref.digest:
        return ref.digest
    tnode = ids.tag_id(f"{ref.name}:{ref.tag}")
    index = world.graph.nodes[tnode].get("index") if tnode in world.graph else None
    return index or world.graph.nodes[img]["manifest_digest"]


def _variant_for(world, repo: str, tnode: str, platform: str) -> str:
    """The image of a multi-arch tag for ``platform``, made a node of the repository if it is not one yet.

    Raises PlatformMismatch with Docker's message when the index has no such platform.
    """
    want = _platforms.normalize(platform)
    variants = world.graph.nodes[tnode]["variants"]
    hit = next((v for v in variants if _platforms.normalize(v[0]) == want), None)
    if hit is None:
        raise PlatformMismatch(f"no matching manifest for {want} in the manifest list entries: "
                               "no match for platform in manifest: not found")
    p, mdig, _, nominal = hit
    for img in world.out_nodes(repo, "stores", "image"):
        if world.graph.nodes[img]["manifest_digest"] == mdig:
            return img
    img = image_from_blobs(world, mdig, nominal, p)
    store_in_repository(world, repo, img)
    return img


# -- verbs ---------------------------------------------------------
def pull(world, reference: str, host: str | None = None, *, platform: str | None = None) -> PullResult:
    """Pull an image from its registry onto a host.

    Only the layers the host lacks are fetched; the others report
    ``Already exists``.

    Raises
    ------
    InvalidReference, NotFound, Unauthorized, Denied

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> r = w.pull("nginx:1.27")
    >>> r.familiar, [l.status for l in r.layers][:2]
    ('nginx:1.27', ['Pull complete', 'Pull complete'])
    >>> r2 = w.pull("python:3.12-slim")
    >>> r2.layers[0].status
    'Already exists'
    """
    ref = parse_reference(reference)
    if world.graph.nodes.get(ids.registry_id(ref.domain), {}).get("remote"):   # a real registry (taxonomy.oci)
        world.host_node(host)   # the host is checked before the connection, as remote_pull does
        return world.registry_connection(ref.domain).pull(world, reference, host)
    hnode = world.host_node(host)
    with world.journal.transaction(f"pull {ref.familiar}"):
        world.tick()
        repo, img = remote_image(world, hnode, ref, platform)
        up_to_date = False
        if not ref.digest:
            tnode = world.host_tag(hnode, ref)
            up_to_date = tnode is not None and world.out_nodes(tnode, "points_to") == [img]
        elif world.graph.has_edge(hnode, img):
            up_to_date = f"{ref.name}@{ref.digest}" in world.graph.edges[hnode, img].get("repo_digests", ())
        digest = _remote_digest(world, ref, img)
        missing = set(store_on_host(world, hnode, img, f"{ref.name}@{digest}"))
        if not ref.digest:
            set_host_tag(world, hnode, ref, img)
        layers = tuple(
            LayerStatus(d, "Pull complete" if d in missing else "Already exists",
                        world.graph.nodes[ids.layer_id(d)]["nominal_size"])
            for d in dict.fromkeys(world.graph.nodes[img]["layers"]))
    return PullResult(str(ref), ref.familiar, world.graph.nodes[img]["digest"], digest, layers, up_to_date,
                      default_tag=tag_omitted(reference))


def tag(world, source: str, target: str, host: str | None = None) -> str:
    """Give a local image another name (``docker tag``); return the new full reference.

    The target may name any registry; nothing leaves the host until a push.

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> _ = w.pull("alpine:3.20")
    >>> w.tag("alpine:3.20", "student/base:1")
    'docker.io/student/base:1'
    """
    hnode = world.host_node(host)
    img = world.resolve_local_image(source, hnode)
    ref = parse_reference(target)
    if ref.digest:
        raise InvalidReference(f"refusing to create a tag with a digest reference: {target}; give a tag such as {ref.familiar_name}:1.0")
    with world.journal.transaction(f"tag {source} {ref.familiar}"):
        world.tick()
        set_host_tag(world, hnode, ref, img)
    return f"{ref.name}:{ref.tag}"


def _may_write(world, rnode: str, user: str | None, path: str) -> bool:
    if user is None:
        return False
    reg = world.graph.nodes[rnode]
    account = reg["accounts"].get(user)
    if account is None:
        return False
    if reg["name"] != "docker.io":
        return True
    namespace = path.split("/")[0] if "/" in path else ""
    return namespace in account["namespaces"]


def check_push_rights(world, hnode: str, ref: Reference) -> tuple[str, str | None]:
    """Raise unless the host's login may push to ``ref``; return (registry node, user)."""
    rnode = reachable_registry(world, ref.domain)
    user = world.graph.nodes[hnode]["logins"].get(ref.domain)
    if not _may_write(world, rnode, user, ref.path):
        if user is None and ref.domain != "docker.io":
            raise Unauthorized("unauthorized: authentication required")
        raise Denied("denied: requested access to the resource is denied")
    return rnode, user


def push(world, reference: str, host: str | None = None) -> PushResult:
    """Push a local image to the registry its name points to.

    Layers the repository has report ``Layer already exists``; layers
    another repository of the same registry has report ``Mounted from``.

    Raises
    ------
    NotFound
        The host has no image with that tag (``An image does not exist
        locally with the tag``) or the registry is unknown.
    Unauthorized, Denied
        Not logged in, or no rights on the namespace.

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> _ = w.pull("alpine:3.20"); _ = w.tag("alpine:3.20", "student/base:1")
    >>> _ = w.login("docker.io", "student", "student")
    >>> [l.status for l in w.push("student/base:1").layers]
    ['Mounted from library/alpine']
    """
    ref = parse_reference(reference)
    if world.graph.nodes.get(ids.registry_id(ref.domain), {}).get("remote"):   # a real registry (taxonomy.oci)
        return world.registry_connection(ref.domain).push(world, reference, host)
    if ref.digest and not _has_explicit_tag(reference):
        raise InvalidReference(f"cannot push a digest reference: {reference}; push a tag such as {ref.familiar_name}:1.0")
    hnode = world.host_node(host)
    tnode = world.host_tag(hnode, ref)
    if tnode is None:
        raise NotFound(f"An image does not exist locally with the tag: {ref.familiar_name if tag_omitted(reference) else ref.familiar}")
    img = world.out_nodes(tnode, "points_to")[0]
    rnode, user = check_push_rights(world, hnode, ref)
    with world.journal.transaction(f"push {ref.familiar}"):
        world.tick()
        repo = ensure_repository(world, rnode, ref.name)
        statuses = []
        for d in dict.fromkeys(world.graph.nodes[img]["layers"]):
            ln = ids.layer_id(d)
            if world.graph.has_edge(repo, ln):
                status = "Layer already exists"
            else:
                others = sorted(world.graph.nodes[r]["path"] for r in world.in_nodes(ln, "stores", "repository")
                                if world.graph.nodes[r]["registry"] == ref.domain and r != repo
                                and (not world.graph.nodes[r]["private"] or _may_write(world, rnode, user, world.graph.nodes[r]["path"])))
                status = f"Mounted from {others[0]}" if others else "Pushed"
            statuses.append(LayerStatus(d, status, world.graph.nodes[ln]["nominal_size"]))
        store_in_repository(world, repo, img)
        set_registry_tag(world, repo, ref.tag, img)
        digest = world.graph.nodes[img]["manifest_digest"]
        store_on_host(world, hnode, img, f"{ref.name}@{digest}")
    return PushResult(str(ref), ref.name, ref.tag, digest, world.graph.nodes[img]["manifest_size"],
                      tuple(statuses), default_tag=tag_omitted(reference))


def rmi(world, image: str, host: str | None = None, *, force: bool = False) -> RemoveResult:
    """Remove an image name, and the image itself when nothing else names or uses it.

    Follows Docker's rules: removing the last name of an image that a
    container uses needs ``force``; an image used by a *running*
    container can never be deleted, only untagged.

    Raises
    ------
    NotFound, Conflict

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> _ = w.run("nginx:1.27", name="web", detach=True)
    >>> try:
    ...     w.rmi("nginx:1.27")
    ... except tx.Conflict as err:
    ...     print(str(err)[:73])
    conflict: unable to remove repository reference "nginx:1.27" (must force)
    """
    hnode = world.host_node(host)
    img = world.resolve_local_image(image, hnode)
    host_name = world.graph.nodes[hnode]["name"]
    containers = [c for c in world.in_nodes(img, "instance_of") if world.graph.nodes[c]["host"] == host_name]
    running = [c for c in containers if world.graph.nodes[c]["state"] in ("running", "paused", "restarting")]
    tags = world.host_tags_of(hnode, img)
    by_id = _HEX.match(image) is not None and not any(world.graph.nodes[t]["ref"] == _safe_full(image) for t in tags)
    by_digest = "@" in image
    short = short_id(world.graph.nodes[img]["digest"])
    untagged, deleted = [], []
    with world.journal.transaction(f"rmi {image}"):
        world.tick()
        if not by_id:
            ref = parse_reference(image)
            if not force and containers and len(tags) <= 1:
                cid = short_id(world.graph.nodes[containers[0]]["id"])
                what = ref.familiar if ":" in image or "@" in image else ref.familiar_name
                raise Conflict(f'conflict: unable to remove repository reference "{what}" (must force) - '
                               f"container {cid} is using its referenced image {short}")
            if by_digest:
                _drop_repo_digest(world, hnode, img, f"{ref.name}@{ref.digest}")
                untagged.append(f"{ref.familiar_name}@{ref.digest}")
            else:
                tnode = world.host_tag(hnode, ref)
                world.journal.remove_node(tnode)
                untagged.append(ref.familiar)
            if world.host_tags_of(hnode, img):
                return RemoveResult(tuple(untagged), ())
            if containers:
                # Only the name goes; the image stays, dangling, for its containers.
                return RemoveResult(tuple(untagged), ())
        else:
            if len(tags) > 1 and not force:
                raise Conflict(f"conflict: unable to delete {short} (must be forced) - image is referenced in multiple repositories")
            if running:
                raise Conflict(f"conflict: unable to delete {short} (cannot be forced) - image is being used by running "
                               f"container {short_id(world.graph.nodes[running[0]]['id'])}")
            if containers and not force:
                raise Conflict(f"conflict: unable to delete {short} (must be forced) - image is being used by stopped "
                               f"container {short_id(world.graph.nodes[containers[0]]['id'])}")
            for t in tags:
                untagged.append(world.graph.nodes[t]["name"])
                world.journal.remove_node(t)
            if containers:
                # The model keeps an image that a container uses (see docs/simplifications.md).
                return RemoveResult(tuple(untagged), ())
        children = [u for u in world.in_nodes(img, "built_from") if world.graph.has_edge(hnode, u)]
        if children:
            if by_id:
                raise Conflict(f"conflict: unable to delete {short} (cannot be forced) - image has dependent child images")
            return RemoveResult(tuple(untagged), ())
        for rd in world.graph.edges[hnode, img].get("repo_digests", ()):
            name = rd.split("@")[0]
            untagged.append(f"{parse_reference(name).familiar_name}@{rd.split('@')[1]}")
        deleted = _delete_from_host(world, hnode, img)
    return RemoveResult(tuple(dict.fromkeys(untagged)), tuple(deleted))


def _drop_repo_digest(world, hnode, img, rd):
    edge = world.graph.edges[hnode, img]
    digests = tuple(d for d in edge.get("repo_digests", ()) if d != rd)
    world.journal.add_edge(hnode, img, **dict(edge, repo_digests=digests))


def _delete_from_host(world, hnode: str, img: str) -> list[str]:
    """Remove an image and its now-unused layers from a host; return Deleted: ids."""
    world.journal.remove_edge(hnode, img)
    # Docker stores layers by chain id (a layer *on top of* its parents): the
    # removed image's chain is released from the top down to the first chain
    # another image still uses, and those chain ids are what it prints.
    still_blobs, still_chains = set(), set()
    for other in world.local_images(hnode):
        od = world.graph.nodes[other]
        still_blobs.update(od["layers"])
        still_chains.update(chain_ids([world.graph.nodes[ids.layer_id(d)]["diff_id"] for d in od["layers"]]))
    layers = world.graph.nodes[img]["layers"]
    diff_ids = [world.graph.nodes[ids.layer_id(d)]["diff_id"] for d in layers]
    deleted = [world.graph.nodes[img]["digest"]]
    chains = chain_ids(diff_ids)
    for i in range(len(layers) - 1, -1, -1):
        if chains[i] in still_chains:
            break
        deleted.append(chains[i])
    for d in dict.fromkeys(layers):   # the host keeps a blob while any image it stores lists it
        ln = ids.layer_id(d)
        if d not in still_blobs and world.graph.has_edge(hnode, ln):
            world.journal.remove_edge(hnode, ln)
    _forget_if_orphan(world, img)
    return deleted


def _forget_if_orphan(world, img: str) -> None:
    """Drop an image node (and orphan layers) that nothing stores or uses any more."""
    g = world.graph
    if img not in g or any(d["kind"] in ("stores", "instance_of", "points_to", "built_from") for _, d in g.pred[img].items()):
        return
    layers = [ids.layer_id(d) for d in dict.fromkeys(g.nodes[img]["layers"])]
    world.journal.remove_node(img)
    for ln in layers:
        if ln in g and g.in_degree(ln) == 0:
            world.journal.remove_node(ln)


def image_prune(world, host: str | None = None, *, all: bool = False) -> RemoveResult:
    """Remove dangling images (untagged), or with ``all`` every image no container uses.

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> _ = w.pull("alpine:3.20")
    >>> len(w.image_prune(all=True).deleted) >= 1, w.images()
    (True, [])
    """
    hnode = world.host_node(host)
    host_name = world.graph.nodes[hnode]["name"]
    untagged, deleted = [], []
    with world.journal.transaction("image prune"):
        world.tick()
        for img in sorted(world.local_images(hnode)):
            used = any(world.graph.nodes[c]["host"] == host_name for c in world.in_nodes(img, "instance_of"))
            tags = world.host_tags_of(hnode, img)
            if used or (tags and not all):
                continue
            if any(world.graph.has_edge(hnode, u) for u in world.in_nodes(img, "built_from")):
                continue
            for t in tags:
                untagged.append(world.graph.nodes[t]["name"])
                world.journal.remove_node(t)
            deleted.extend(_delete_from_host(world, hnode, img))
    return RemoveResult(tuple(untagged), tuple(deleted))


def _has_explicit_tag(text: str) -> bool:
    return ":" in text.split("@")[0].rsplit("/", 1)[-1]


def _safe_full(text: str) -> str:
    try:
        ref = parse_reference(text)
        return f"{ref.name}:{ref.tag}"
    except InvalidReference:
        return ""
