"""Real registries: connect one to a world, pull from it, push to it, read it into the graph.

:func:`connect_registry` attaches a registry that speaks the OCI distribution API (for example
``docker-registry``, the distribution registry, on ``127.0.0.1``); the registry becomes a node of
the graph, and ``docker pull`` / ``docker push`` of its names go over HTTP through
:class:`Connection`. Every blob that comes in is verified (digest and size) before the world
changes, and a registry that fails half-way leaves the world as it was. See :mod:`taxonomy.oci`
and ``docs/oci.md``.
"""

from __future__ import annotations

import json

from .. import ids
from ..content import MEDIA_TYPES
from ..errors import InvalidArgument, InvalidReference, NotFound, RegistryError
from ..ops.kit import add_registry
from ..ops.store import ensure_repository, set_host_tag, set_registry_tag, store_in_repository, store_on_host
from ..reference import parse_reference, tag_omitted
from ..results import LayerStatus, PullResult, PushResult
from .archive import blob_closure, store_content, top_descriptor
from .client import RegistryClient
from .verify import INDEX_TYPES, MANIFEST_TYPES, ImageContent, load_image, parse_json, select_manifest

__all__ = ["connect_registry", "disconnect_registry", "remote_pull", "remote_push", "sync_registry", "RemoteRegistry",
           "Connection"]


class RemoteRegistry:
    """A real registry attached to a world (what :func:`connect_registry` returns).

    Reads go straight to the registry; ``pull``, ``push`` and ``sync``
    change the world (see :func:`remote_pull`, :func:`remote_push`,
    :func:`sync_registry`). Repository names are relative to the
    registry (``demo/app``); image references may be too (``demo/app:1``).
    """

    def __init__(self, world, domain: str):
        self.world, self.domain = world, domain

    @property
    def client(self):
        return _registry_client(self.world, self.domain)

    @property
    def url(self) -> str:
        return self.client.url

    def __repr__(self):
        return f"<real registry {self.domain} at {self.url}>"

    def _full(self, reference: str) -> str:
        try:
            if parse_reference(reference).domain == self.domain:
                return reference
        except InvalidReference:
            pass
        return f"{self.domain}/{reference}"

    def catalog(self) -> list[str]:
        """The registry's repositories (``GET /v2/_catalog``)."""
        return self.client.catalog()

    def tags(self, repository: str) -> list[str]:
        """A repository's tags (``GET /v2/<name>/tags/list``)."""
        return self.client.tags(repository)

    def manifest(self, reference: str) -> dict:
        """A manifest (or image index): ``{"digest", "mediaType", "size", "document"}``."""
        ref = parse_reference(self._full(reference))
        data, mtype, digest = self.client.get_manifest(ref.path, ref.digest or ref.tag)
        doc = json.loads(data)
        return {"digest": digest, "mediaType": mtype or doc.get("mediaType", ""), "size": len(data), "document": doc}

    def pull(self, reference: str, host: str | None = None) -> PullResult:
        """``world.remote_pull`` of a reference in this registry."""
        return remote_pull(self.world, self._full(reference), host=host)

    def push(self, reference: str, host: str | None = None) -> PushResult:
        """``world.remote_push`` of a reference in this registry."""
        return remote_push(self.world, self._full(reference), host=host)

    def sync(self, repositories=None) -> list[str]:
        """``world.sync_registry`` of this registry."""
        return sync_registry(self.world, self.domain, repositories)


# -- real registries ---------------------------------------------------
class Connection:
    """What a world keeps of a connected real registry: its client, and the verbs that use it.

    :func:`connect_registry` stores one in ``world.registry_clients``; the operations
    (``docker pull`` and ``docker push`` of a name in that registry) find it with
    ``world.registry_connection(domain)`` and call its :meth:`pull` and :meth:`push`, so
    they never import this package.
    """

    def __init__(self, client):
        self.client = client

    def pull(self, world, reference: str, host: str | None = None) -> PullResult:
        """:func:`remote_pull`."""
        return remote_pull(world, reference, host)

    def push(self, world, reference: str, host: str | None = None) -> PushResult:
        """:func:`remote_push`."""
        return remote_push(world, reference, host)

    def close(self) -> None:
        self.client.close()


def _registry_client(world, domain: str):
    return world.registry_connection(domain).client


def connect_registry(world, url: str, *, insecure: bool = False, username: str | None = None,
                     password: str | None = None, transport=None, label: str | None = None) -> RemoteRegistry:
    """Attach a real registry (OCI distribution API) to the world.

    The registry becomes a node of the graph (kind ``on-premises``, with
    its URL in ``remote``); its content stays in the registry until you
    pull or sync it. Credentials are kept in memory only, never in the
    graph or a saved world.

    Parameters
    ----------
    url : str
        ``http://127.0.0.1:5000``. Plain HTTP is allowed only to the
        loopback address (127.0.0.0/8, ::1, localhost), as Docker's
        insecure-registries rule says, unless ``insecure=True``.
    username, password : str, optional
        For a registry that asks for a login (basic or token).
    transport : httpx.BaseTransport, optional
        For tests.

    Raises
    ------
    InvalidArgument
        A malformed URL, or plain HTTP to another machine without ``insecure``.
    Unauthorized
        Wrong user name or password.
    RegistryError
        The registry cannot be reached or is not a registry.
    """
    client = RegistryClient(url, insecure=insecure, username=username, password=password, transport=transport)
    try:
        client.ping()
        domain = client.domain
        try:
            usable = parse_reference(f"{domain}/x").domain == domain
        except InvalidReference:
            usable = False
        if not usable:
            raise InvalidArgument(f"the registry address {domain!r} cannot start an image name; use a host name "
                                  "or IPv4 address with a port, e.g. 127.0.0.1:5000")
        rnode = ids.registry_id(domain)
        with world.journal.transaction(f"connect registry {domain}"):
            if rnode not in world.graph:
                add_registry(world, domain, kind="on-premises", label=label or f"real registry at {client.url}",
                                  require_login=False)
            world.journal.set(rnode, "remote", client.url)
    except BaseException:
        client.close()
        raise
    old = world.registry_clients.pop(domain, None)
    if old is not None:
        old.close()
    world.registry_clients[domain] = Connection(client)
    return RemoteRegistry(world, domain)


def disconnect_registry(world, registry: str) -> None:
    """Forget the connection to a real registry (its node and what was pulled stay)."""
    client = world.registry_clients.pop(registry, None)
    if client is None:
        raise NotFound(f"the registry {registry} is not connected to this world")
    client.close()
    rnode = ids.registry_id(registry)
    if rnode in world.graph and world.graph.nodes[rnode].get("remote"):
        with world.journal.transaction(f"disconnect registry {registry}"):
            world.journal.set(rnode, "remote", None)


def _known_layer(world, digest: str):
    node = ids.layer_id(digest)
    if node in world.graph and digest in world.blobs:
        d = world.graph.nodes[node]
        return d["diff_id"], d.get("tar_size", 0)
    return None


def _fetch_remote(world, client, repository: str, reference: str, platform: str):
    """Read and verify an image from a real registry (layers the world holds are not fetched)."""
    where = f"{client.url}/{repository}"
    data, mtype, digest = client.get_manifest(repository, reference)
    doc = parse_json(data, "manifest", digest, where)
    mtype = mtype if mtype in INDEX_TYPES + MANIFEST_TYPES else doc.get("mediaType")
    index = index_digest = None
    if mtype in INDEX_TYPES:
        index, index_digest = data, digest
        child = select_manifest(doc, platform, digest, where)
        data, mtype, digest = client.get_manifest(repository, child.get("digest", ""))
        mtype = mtype if mtype in MANIFEST_TYPES else None

    def fetch(d, size, what):
        return client.get_blob(repository, d, size, what)
    content = load_image(fetch, data, digest, mtype, where, known=lambda digest: _known_layer(world, digest))
    if index is not None:
        content = ImageContent(content.manifest, content.manifest_digest, content.manifest_media_type,
                               content.config, content.config_digest, content.layers, content.platform,
                               index, index_digest)
    return content


def remote_pull(world, reference: str, host: str | None = None) -> PullResult:
    """Pull an image from a connected real registry into the model.

    Fetches the manifest (the host's platform from an image index), the
    config and the layers the world lacks, verifies each, then stores
    the image in the registry's repository and on the host, as
    ``docker pull`` does. A failure changes nothing.

    Raises
    ------
    NotFound
        The registry is not connected, or has no such repository or tag.
    Unauthorized, Denied, RegistryError, CorruptContent, PlatformMismatch
    """
    ref = parse_reference(reference)
    hnode = world.host_node(host)
    client = _registry_client(world, ref.domain)
    content = _fetch_remote(world, client, ref.path, ref.digest or ref.tag, world.graph.nodes[hnode]["platform"])
    top = content.index_digest or content.manifest_digest
    added: list = []
    try:
        with world.journal.transaction(f"pull {ref.familiar}"):
            world.tick()
            if content.index is not None and content.index_digest not in world.blobs:
                world.blobs[content.index_digest] = content.index
                added.append(content.index_digest)
            img = store_content(world, content, added)
            up_to_date = False
            if not ref.digest:
                tnode = world.host_tag(hnode, ref)
                up_to_date = tnode is not None and world.out_nodes(tnode, "points_to") == [img]
            repo = ensure_repository(world, ids.registry_id(ref.domain), ref.name)
            store_in_repository(world, repo, img)
            if not ref.digest:
                set_registry_tag(world, repo, ref.tag, img)
            missing = set(store_on_host(world, hnode, img, f"{ref.name}@{top}"))
            if not ref.digest:
                set_host_tag(world, hnode, ref, img)
    except BaseException:
        for digest in added:
            world.blobs.pop(digest, None)
        raise
    layers = tuple(LayerStatus(l.digest, "Pull complete" if l.digest in missing else "Already exists", l.size)
                   for l in dict((l.digest, l) for l in content.layers).values())
    return PullResult(str(ref), ref.familiar, content.config_digest, top, layers, up_to_date,
                      default_tag=tag_omitted(reference))


def remote_push(world, reference: str, host: str | None = None) -> PushResult:
    """Push a local image to a connected real registry.

    For each blob the registry is asked whether it has it (``HEAD``);
    a layer another repository of the registry holds is mounted, any
    other blob is uploaded; then the manifest is stored under the tag.
    The model's repository and tag are updated only when all of that
    succeeded.

    Raises
    ------
    NotFound
        No local image with that tag, or the registry is not connected.
    Unauthorized, Denied, RegistryError
        The registry refused or stopped answering (the world is unchanged).
    """
    ref = parse_reference(reference)
    if ref.digest:
        raise InvalidReference(f"cannot push a digest reference: {reference}; push a tag such as {ref.familiar_name}:1.0")
    hnode = world.host_node(host)
    tnode = world.host_tag(hnode, ref)
    if tnode is None:
        raise NotFound(f"An image does not exist locally with the tag: "
                       f"{ref.familiar_name if tag_omitted(reference) else ref.familiar}")
    img = world.out_nodes(tnode, "points_to")[0]
    client = _registry_client(world, ref.domain)
    top = top_descriptor(world, img, tnode)
    manifests: list = []
    blobs = blob_closure(world, top, {}, manifests)
    own = set(world.graph.nodes[img]["layers"])
    statuses, done = [], set()
    for m in manifests:
        doc = json.loads(blobs[m["digest"]])
        for part in [*doc.get("layers", []), doc["config"]]:
            d = part["digest"]
            if d in done:
                continue
            done.add(d)
            is_layer = part is not doc["config"]
            if client.blob_exists(ref.path, d):
                status = "Layer already exists"
            else:
                status = "Pushed"
                for other in _repos_holding(world, ref.domain, d, ref.name):
                    if client.mount_blob(ref.path, d, other):
                        status = f"Mounted from {other}"
                        break
                else:
                    client.put_blob(ref.path, d, blobs[d])
            if is_layer and d in own:
                statuses.append(LayerStatus(d, status, world.graph.nodes[ids.layer_id(d)]["nominal_size"]))
        if top["mediaType"] in INDEX_TYPES:
            client.put_manifest(ref.path, m["digest"], blobs[m["digest"]], m.get("mediaType") or MEDIA_TYPES["manifest"])
    given = client.put_manifest(ref.path, ref.tag, blobs[top["digest"]], top["mediaType"])
    if given and given != top["digest"]:
        raise RegistryError(f"the registry stored the manifest of {ref.familiar} as {given}, not {top['digest']}; "
                            "it changed the content - the world is unchanged")
    with world.journal.transaction(f"push {ref.familiar}"):
        world.tick()
        repo = ensure_repository(world, ids.registry_id(ref.domain), ref.name)
        store_in_repository(world, repo, img)
        set_registry_tag(world, repo, ref.tag, img)
        store_on_host(world, hnode, img, f"{ref.name}@{top['digest']}")
    return PushResult(str(ref), ref.name, ref.tag, top["digest"], top["size"], tuple(statuses),
                      default_tag=tag_omitted(reference))


def _repos_holding(world, domain: str, digest: str, besides: str) -> list[str]:
    """Paths of the registry's repositories the model knows to hold a layer (for cross-repository mounts)."""
    node = ids.layer_id(digest)
    if node not in world.graph:
        return []
    return sorted(world.graph.nodes[r]["path"] for r in world.in_nodes(node, "stores", "repository")
                  if world.graph.nodes[r]["registry"] == domain and world.graph.nodes[r]["name"] != besides)


def sync_registry(world, registry: str, repositories=None) -> list[str]:
    """Read a connected registry's repositories, tags, manifests, configs and layers into the graph.

    Every image is fetched and verified first; the graph changes only
    when all of them are good. Returns the references read, sorted.

    Parameters
    ----------
    repositories : iterable of str, optional
        Only these (relative names such as ``demo/app``); by default the
        whole catalog.
    """
    client = _registry_client(world, registry)
    names = sorted(repositories) if repositories is not None else client.catalog()
    platform = world.graph.nodes[world.host_node(None)]["platform"] if world.default_host else "linux/amd64"
    fetched = []
    for repo in names:
        for tag in client.tags(repo):
            fetched.append((repo, tag, _fetch_remote(world, client, repo, tag, platform)))
    added: list = []
    try:
        with world.journal.transaction(f"sync registry {registry}"):
            world.tick()
            rnode = ids.registry_id(registry)
            for repo, tag, content in fetched:
                if content.index is not None and content.index_digest not in world.blobs:
                    world.blobs[content.index_digest] = content.index
                    added.append(content.index_digest)
                img = store_content(world, content, added)
                rep = ensure_repository(world, rnode, f"{registry}/{repo}")
                store_in_repository(world, rep, img)
                set_registry_tag(world, rep, tag, img)
    except BaseException:
        for digest in added:
            world.blobs.pop(digest, None)
        raise
    return sorted(f"{registry}/{repo}:{tag}" for repo, tag, _ in fetched)
