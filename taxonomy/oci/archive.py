"""OCI interop: export images as OCI image layouts, import real ones, and use real registries.

An image in the explorer is real content: its layers, config and manifest
are bytes with real sha256 digests. :func:`export_oci` writes them as
an *OCI image layout* that skopeo, umoci and Docker read, and
:func:`import_oci` reads a layout made by those tools (or a
``docker save`` archive) into the world, keeping every digest, diff_id and
size. :func:`connect_registry` attaches a real registry (the OCI
distribution API over HTTP) so that images can be pushed to it and pulled
from it.

Everything coming in is verified first, and the world changes only when
all of it is good: a tampered, truncated or unsafe layout, or a registry
that fails half-way, leaves the world as it was.

Examples
--------
>>> import taxonomy as tx, tempfile, os
>>> w = tx.World()
>>> _ = w.build("FROM alpine:3.20\\nCOPY hello.txt /srv/\\n", tag="hello:1", context={"hello.txt": "hi\\n"})
>>> out = w.export_oci("hello:1", os.path.join(tempfile.mkdtemp(), "hello"))
>>> out.entries[0][0], out.entries[0][1] == w.graph.nodes["image:" + w.image_of_ref("hello:1")]["manifest_digest"]
('docker.io/library/hello:1', True)
>>> w2 = tx.World.import_oci(out.path)
>>> w2.images()
['docker.io/library/hello:1']
"""

from __future__ import annotations

import datetime
import functools
import json
import os
import types
from dataclasses import dataclass

from .. import ids
from ..content import MEDIA_TYPES
from ..errors import CorruptContent, InvalidArgument, InvalidReference, NotFound, RegistryError
from ..reference import parse_reference, tag_omitted
from ..results import LayerStatus, PullResult, PushResult
from .kit import add_registry
from .store import ensure_repository, set_host_tag, set_registry_tag, store_in_repository, store_on_host

__all__ = [
    "export_oci",
    "connect_registry",
    "disconnect_registry",
    "remote_pull",
    "remote_push",
    "sync_registry",
    "ExportResult",
    "LoadResult",
    "RemoteRegistry",
]


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote.

    Attributes
    ----------
    path : str
    tar : bool
        True for a tar archive, False for a folder.
    entries : tuple of (name or None, digest)
        The entries of ``index.json``: the full name (None for an image
        given by id) and the digest of its manifest (or image index).
    blobs : int
        How many blobs were written.
    size : int
        Their total size in bytes.
    """

    path: str
    tar: bool
    entries: tuple
    blobs: int
    size: int

    @property
    def digest(self) -> str:
        """The digest of the first entry (the manifest skopeo inspects)."""
        return self.entries[0][1]


@dataclass(frozen=True)
class LoadResult:
    """What an import loaded: for each image, its id and the names it got.

    ``output`` is what ``docker load`` prints.
    """

    images: tuple  # of (image id, tuple of familiar names)
    lines: tuple

    @property
    def output(self) -> str:
        return "".join(line + "\n" for line in self.lines)

    @property
    def names(self) -> list[str]:
        """Every name given, familiar form."""
        return [n for _, names in self.images for n in names]


class _WorldOrClass:
    """A method that, called on the class, makes a new world first and returns it."""

    def __init__(self, func):
        self.func = func
        functools.update_wrapper(self, func)

    def __get__(self, obj, owner=None):
        if obj is not None:
            return types.MethodType(self.func, obj)

        @functools.wraps(self.func)
        def on_new_world(path, host=None, **kw):
            world = owner()
            self.func(world, path, host, **kw)
            return world
        return on_new_world


def _utc(created) -> str | None:
    """A config's ``created`` time as the explorer stores it (UTC, whole seconds)."""
    if not isinstance(created, str) or not created:
        return None
    text = created.strip().replace("z", "Z")
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    if "." in text:
        head, _, rest = text.partition(".")
        digits = len(rest) - len(rest.lstrip("0123456789"))
        text = head + rest[digits:]
    try:
        t = datetime.datetime.fromisoformat(text)
    except ValueError:
        return None
    if t.tzinfo is None:
        t = t.replace(tzinfo=datetime.timezone.utc)
    return t.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


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


# -- content of the world as OCI blobs ---------------------------------
def _blob(world, digest: str) -> bytes:
    try:
        return world.blobs[digest]
    except KeyError:
        raise CorruptContent(f"the world lacks blob {digest}; it was saved incomplete - load another copy") from None


def _top_descriptor(world, img: str, tnode: str | None) -> dict:
    """The descriptor an image's name points to: its image index if the model has one, else its manifest."""
    for holder in (tnode, img):
        digest = world.graph.nodes[holder].get("index_digest") if holder else None
        if digest and digest in world.blobs:
            return {"mediaType": MEDIA_TYPES["index"], "digest": digest, "size": len(world.blobs[digest])}
    d = world.graph.nodes[img]
    return {"mediaType": d.get("manifest_media_type") or MEDIA_TYPES["manifest"], "digest": d["manifest_digest"],
            "size": d["manifest_size"]}


def _closure(world, desc: dict, out: dict, manifests: list | None = None) -> dict:
    """Add to ``out`` every blob ``desc`` reaches (an index's manifests, a manifest's config and layers)."""
    from ..oci.verify import INDEX_TYPES
    digest = desc["digest"]
    data = _blob(world, digest)
    out[digest] = data
    doc = json.loads(data)
    if desc.get("mediaType") in INDEX_TYPES or doc.get("mediaType") in INDEX_TYPES:
        for child in doc.get("manifests", []):
            _closure(world, child, out, manifests)
    else:
        if manifests is not None:
            manifests.append(desc)
        for part in [doc["config"], *doc.get("layers", [])]:
            out[part["digest"]] = _blob(world, part["digest"])
    return out


# -- export ------------------------------------------------------------
def export_oci(world, image, path, host: str | None = None, *, tar: bool | None = None) -> ExportResult:
    """Write images as an OCI image layout (a folder, or a tar archive).

    Parameters
    ----------
    image : str or list of str
        Local references or image ids on ``host``.
    path : path-like
        A folder to create (or an existing layout to replace), or a
        ``.tar`` file.
    tar : bool, optional
        Write a tar archive; by default when ``path`` ends in ``.tar``.

    Every blob is written with the digest the model shows. A tag is
    written as the ``org.opencontainers.image.ref.name`` annotation (and
    the full name as ``io.containerd.image.name``, as ``docker save``
    does); an image with several platforms is written as an image index.
    A tar archive also holds the ``manifest.json`` older tools read.

    Raises
    ------
    NotFound
        No such image on the host, or no such folder for ``path``.
    Conflict
        ``path`` exists and is not an image layout.

    Examples
    --------
    >>> import taxonomy as tx, tempfile, os, json
    >>> w = tx.World()
    >>> _ = w.pull("hello-world")
    >>> out = w.export_oci("hello-world", os.path.join(tempfile.mkdtemp(), "hello.tar"))
    >>> out.tar, out.blobs
    (True, 3)
    """
    from ..oci.layout import IMAGE_NAME, REF_NAME, write_layout
    texts = [image] if isinstance(image, str) else list(image)
    if not texts:
        raise InvalidArgument("name at least one image to export, e.g. world.export_oci('app:1', 'app.tar')")
    hnode = world.host_node(host)
    path = os.fspath(path)
    as_tar = path.endswith(".tar") if tar is None else bool(tar)
    index, entries, blobs, legacy = [], [], {}, {}
    for text in texts:
        img = world.resolve_local_image(text, hnode)
        tnode = None
        try:
            ref = parse_reference(text)
            tnode = None if ref.digest else world.host_tag(hnode, ref)
        except InvalidReference:
            ref = None
        desc = _top_descriptor(world, img, tnode)
        _closure(world, desc, blobs)
        name = f"{ref.name}:{ref.tag}" if tnode else None
        if name:
            desc = dict(desc, annotations={IMAGE_NAME: name, REF_NAME: ref.tag})
        if desc not in index:
            index.append(desc)
            entries.append((name, desc["digest"]))
        d = world.graph.nodes[img]
        item = legacy.setdefault(d["digest"], {"Config": "blobs/sha256/" + d["digest"][7:], "RepoTags": [],
                                               "Layers": ["blobs/sha256/" + l[7:] for l in d["layers"]]})
        if name and ref.familiar not in item["RepoTags"]:
            item["RepoTags"].append(ref.familiar)
    extra = {"manifest.json": json.dumps(list(legacy.values()), separators=(",", ":")).encode()} if as_tar else {}
    write_layout(path, index, blobs, tar=as_tar, extra=extra)
    return ExportResult(path, as_tar, tuple(entries), len(blobs), sum(len(b) for b in blobs.values()))


# -- import ------------------------------------------------------------
def _store_content(world, content, added: list) -> str:
    """Add a verified image (layers, config, manifest) to the graph; return its node."""
    from ..oci.verify import layer_entries
    g = world.graph
    img = ids.image_id(content.config_digest)
    if img in g:
        return img
    cfg = json.loads(content.config)
    for digest, data in [(content.config_digest, content.config), (content.manifest_digest, content.manifest),
                         *((l.digest, l.blob) for l in content.layers if l.blob is not None)]:
        if digest not in world.blobs:
            world.blobs[digest] = data
            added.append(digest)
    nodes = []
    for layer in content.layers:
        node = ids.layer_id(layer.digest)
        nodes.append(node)
        if node not in g:
            world.journal.add_node(node, kind="layer", name=layer.digest, digest=layer.digest, diff_id=layer.diff_id,
                                  size=layer.size, tar_size=layer.tar_size, nominal_size=layer.size,
                                  created_by=layer.created_by, files=(), media_type=layer.media_type)
        blob = world.blobs.get(layer.digest, b"")
        if (blob[:2] != b"\x1f\x8b" or layer.short_end) and layer.digest not in world._files_of_layer:
            # content.layer_files reads gzip tars with end-of-archive blocks only; list the others now.
            world._files_of_layer[layer.digest] = layer_entries(blob, layer.digest, "the image")
    world.journal.add_node(img, kind="image", name=content.config_digest, digest=content.config_digest,
                          manifest_digest=content.manifest_digest, manifest_size=len(content.manifest),
                          manifest_media_type=content.manifest_media_type,
                          config=dict(cfg.get("config") or {}), created=_utc(cfg.get("created")),
                          platform=content.platform, layers=tuple(l.digest for l in content.layers),
                          nominal_size=sum(g.nodes[n]["nominal_size"] for n in dict.fromkeys(nodes)))
    for i, node in enumerate(nodes):
        if not g.has_edge(img, node):
            world.journal.add_edge(img, node, kind="has_layer", index=i)
    return img


def _import_oci(world, path, host: str | None = None, *, repository: str | None = None) -> LoadResult:
    """Load the images of an OCI image layout (folder or tar) onto a host.

    Reads what skopeo, umoci, buildah and ``docker save`` write (and
    older ``docker save`` archives). Every blob's size and digest is
    checked, every layer's tar is read in memory to check its diff_id
    and refuse entries outside the image's root; nothing is extracted to
    disk. Real digests, diff_ids and sizes are kept (a real layer's
    nominal size is its real size).

    Called on a world, it loads onto ``host`` and returns a
    :class:`LoadResult`; called on the class, ``tx.World.import_oci(path)``
    makes a new world (the starting kit) and returns it.

    Parameters
    ----------
    path : path-like
        A layout folder, or a tar archive of one.
    repository : str, optional
        The repository to give entries that carry only a tag (skopeo's
        ``oci:dir:TAG`` and umoci write just the tag). Without it such
        images load untagged, as ``docker load`` leaves them.

    Raises
    ------
    NotFound
        Nothing at ``path``.
    CorruptContent
        A missing, truncated or tampered blob, a layer whose tar does not
        match its diff_id, an unsafe layer (naming the blob).
    InvalidArgument, PlatformMismatch

    Examples
    --------
    >>> import taxonomy as tx, tempfile, os
    >>> w = tx.World()
    >>> _ = w.pull("alpine:3.20")
    >>> path = w.export_oci("alpine:3.20", os.path.join(tempfile.mkdtemp(), "a.tar")).path
    >>> other = tx.World.empty(); _ = other.add_host("laptop")
    >>> print(other.import_oci(path).output, end="")
    Loaded image: alpine:3.20
    """
    from ..oci.contents import layout_images
    from ..oci.layout import read_layout
    hnode = world.host_node(host)
    platform = world.graph.nodes[hnode]["platform"]
    base = None
    if repository is not None:
        base = parse_reference(repository)
        if base.digest or not tag_omitted(repository):
            raise InvalidArgument(f"give a repository without tag or digest, e.g. 'app' (got {repository!r})")
    with read_layout(path) as layout:
        found = layout_images(layout, platform)
    plan = []
    for f in found:
        refs = []
        for n in f.names:
            text = n if ("/" in n or ":" in n) else (f"{base.name}:{n}" if base else None)
            if text is None:
                continue
            try:
                ref = parse_reference(text)
            except InvalidReference as err:
                raise InvalidArgument(f"the layout names an image {n!r}, which is not a valid image name ({err}); "
                                      "fix the annotation or import with repository=") from err
            if not ref.digest:
                refs.append(ref)
        plan.append((f.content, refs))
    added: list = []
    lines, images = [], []
    try:
        with world.journal.transaction(f"load {os.fspath(path)}"):
            world.tick()
            for content, refs in plan:
                img = _store_content(world, content, added)
                store_on_host(world, hnode, img)
                names = []
                for ref in refs:
                    old = world.host_tag(hnode, ref)
                    if old is not None and world.out_nodes(old, "points_to") != [img]:
                        was = world.graph.nodes[world.out_nodes(old, "points_to")[0]]["digest"]
                        lines.append(f"The image {ref.familiar} already exists, renaming the old one with ID "
                                     f"{was} to empty string")
                    set_host_tag(world, hnode, ref, img)
                    names.append(ref.familiar)
                    lines.append(f"Loaded image: {ref.familiar}")
                if not names:
                    lines.append(f"Loaded image ID: {content.config_digest}")
                images.append((content.config_digest, tuple(names)))
    except BaseException:
        for digest in added:
            world.blobs.pop(digest, None)
        raise
    return LoadResult(tuple(images), tuple(lines))

import_oci = _WorldOrClass(_import_oci)


# -- real registries ---------------------------------------------------
def _registry_clients(world) -> dict:
    return world.registry_clients


def _registry_client(world, domain: str):
    client = _registry_clients(world).get(domain)
    node = ids.registry_id(domain)
    if client is None or node not in world.graph or not world.graph.nodes[node].get("remote"):
        raise NotFound(f"the registry {domain} is not connected to this world; call "
                       f"world.connect_registry('http://{domain}') first")
    return client


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
    from ..oci.client import RegistryClient
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
    old = _registry_clients(world).pop(domain, None)
    if old is not None:
        old.close()
    _registry_clients(world)[domain] = client
    return RemoteRegistry(world, domain)


def disconnect_registry(world, registry: str) -> None:
    """Forget the connection to a real registry (its node and what was pulled stay)."""
    client = _registry_clients(world).pop(registry, None)
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
    from ..oci.verify import INDEX_TYPES, MANIFEST_TYPES, ImageContent, load_image, parse_json, select_manifest
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
            img = _store_content(world, content, added)
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
    from ..oci.verify import INDEX_TYPES
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
    top = _top_descriptor(world, img, tnode)
    manifests: list = []
    blobs = _closure(world, top, {}, manifests)
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
                img = _store_content(world, content, added)
                rep = ensure_repository(world, rnode, f"{registry}/{repo}")
                store_in_repository(world, rep, img)
                set_registry_tag(world, rep, tag, img)
    except BaseException:
        for digest in added:
            world.blobs.pop(digest, None)
        raise
    return sorted(f"{registry}/{repo}:{tag}" for repo, tag, _ in fetched)
