"""OCI image layouts: export a world's images, and import real ones.

An image in the explorer is real content: its layers, config and manifest
are bytes with real sha256 digests. :func:`export_oci` writes them as
an *OCI image layout* that skopeo, umoci and Docker read, and
:func:`import_oci` reads a layout made by those tools (or a
``docker save`` archive) into the world, keeping every digest, diff_id and
size. :mod:`taxonomy.oci.remote` does the same with real registries.

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
import json
import os
from dataclasses import dataclass

from .. import ids
from ..content import MEDIA_TYPES
from ..errors import CorruptContent, InvalidArgument, InvalidReference
from ..ops.store import set_host_tag, store_on_host
from ..reference import parse_reference, tag_omitted
from .contents import layout_images
from .layout import IMAGE_NAME, REF_NAME, read_layout, write_layout
from .verify import INDEX_TYPES, layer_entries

__all__ = ["export_oci", "import_oci", "ExportResult", "LoadResult", "top_descriptor", "blob_closure", "store_content"]


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




# -- content of the world as OCI blobs ---------------------------------
def _blob(world, digest: str) -> bytes:
    try:
        return world.blobs[digest]
    except KeyError:
        raise CorruptContent(f"the world lacks blob {digest}; it was saved incomplete - load another copy") from None


def top_descriptor(world, img: str, tnode: str | None) -> dict:
    """The descriptor an image's name points to: its image index if the model has one, else its manifest."""
    for holder in (tnode, img):
        digest = world.graph.nodes[holder].get("index_digest") if holder else None
        if digest and digest in world.blobs:
            return {"mediaType": MEDIA_TYPES["index"], "digest": digest, "size": len(world.blobs[digest])}
    d = world.graph.nodes[img]
    return {"mediaType": d.get("manifest_media_type") or MEDIA_TYPES["manifest"], "digest": d["manifest_digest"],
            "size": d["manifest_size"]}


def blob_closure(world, desc: dict, out: dict, manifests: list | None = None) -> dict:
    """Add to ``out`` every blob ``desc`` reaches (an index's manifests, a manifest's config and layers)."""
    digest = desc["digest"]
    data = _blob(world, digest)
    out[digest] = data
    doc = json.loads(data)
    if desc.get("mediaType") in INDEX_TYPES or doc.get("mediaType") in INDEX_TYPES:
        for child in doc.get("manifests", []):
            blob_closure(world, child, out, manifests)
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
        desc = top_descriptor(world, img, tnode)
        blob_closure(world, desc, blobs)
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
def store_content(world, content, added: list) -> str:
    """Add a verified image (layers, config, manifest) to the graph; return its node."""
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


def import_oci(world, path, host: str | None = None, *, repository: str | None = None) -> LoadResult:
    """Load the images of an OCI image layout (folder or tar) onto a host.

    Reads what skopeo, umoci, buildah and ``docker save`` write (and
    older ``docker save`` archives). Every blob's size and digest is
    checked, every layer's tar is read in memory to check its diff_id
    and refuse entries outside the image's root; nothing is extracted to
    disk. Real digests, diff_ids and sizes are kept (a real layer's
    nominal size is its real size).

    It loads onto ``host`` and returns a :class:`LoadResult`. (The
    facade's ``tx.World.import_oci(path)``, called on the class, makes a
    new world with the starting kit, loads into it and returns the world.)

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
                img = store_content(world, content, added)
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





















