"""OCI image layouts on disk: write them, and read the ones real tools make.

An *OCI image layout* is how skopeo, umoci, buildah and ``docker save``
(Docker 25 and later) store images as plain files::

    oci-layout            {"imageLayoutVersion": "1.0.0"}
    index.json            the entry points: one descriptor per image (or image index)
    blobs/sha256/<hex>    every blob, named by its digest: layers, configs, manifests

The tag of each entry is its ``org.opencontainers.image.ref.name``
annotation; ``docker save`` also writes the full name in
``io.containerd.image.name`` and a ``manifest.json`` for older tools. The
same files can sit in a folder or in a tar archive (``oci-archive:`` for
skopeo, ``docker load -i`` for Docker).

:func:`write_layout` writes a layout atomically (a temporary folder or
file, then a rename). :func:`read_layout` reads a folder or a tar, lazily:
a blob is read only when asked for, into memory, and verified against its
digest and size. An older ``docker save`` archive (``manifest.json`` with
``<id>/layer.tar`` files and no ``oci-layout``) is read too.

Examples
--------
>>> import os, tempfile
>>> from taxonomy.content import Descriptor, MEDIA_TYPES
>>> blob = b'{"hello": "world"}'
>>> top = Descriptor.of(MEDIA_TYPES["config"], blob).to_json()
>>> path = os.path.join(tempfile.mkdtemp(), "layout")
>>> write_layout(path, [top], {top["digest"]: blob})
>>> sorted(os.listdir(path))
['blobs', 'index.json', 'oci-layout']
>>> with read_layout(path) as layout:
...     layout.blob(top["digest"], top["size"], "config") == blob
True
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import tarfile
import tempfile
from typing import Iterable, Mapping

from ..atomic import atomic_file
from ..content import canonical_json
from ..errors import Conflict, CorruptContent, InvalidArgument, NotFound
from .. import jsonsafe
from .verify import MAX_JSON, check_digest, parse_json, verify_blob

__all__ = ["LAYOUT_VERSION", "REF_NAME", "IMAGE_NAME", "write_layout", "read_layout", "Layout", "is_layout_dir"]

LAYOUT_VERSION = "1.0.0"
#: The annotation that holds an entry's tag (or full name) in ``index.json``.
REF_NAME = "org.opencontainers.image.ref.name"
#: The annotation containerd and ``docker save`` use for the full image name.
IMAGE_NAME = "io.containerd.image.name"

_HEX = re.compile(r"^[a-f0-9]{64}$")


# -- writing -------------------------------------------------------------
def _blob_path(digest: str) -> str:
    algo, hexpart = digest.split(":", 1)
    return f"blobs/{algo}/{hexpart}"


def _files(index: list, blobs: Mapping[str, bytes], extra: Mapping[str, bytes]):
    """The layout's files in a fixed order: (relative path, bytes)."""
    out = [("oci-layout", canonical_json({"imageLayoutVersion": LAYOUT_VERSION})),
           ("index.json", canonical_json({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json",
                                          "manifests": list(index)}))]
    out += sorted(extra.items())
    out += [(_blob_path(d), blobs[d]) for d in sorted(blobs)]
    return out


def is_layout_dir(path: str) -> bool:
    """Whether ``path`` is a folder holding an OCI image layout (an ``oci-layout`` file)."""
    return os.path.isdir(path) and os.path.isfile(os.path.join(path, "oci-layout"))


def write_layout(path, index: Iterable[dict], blobs: Mapping[str, bytes], *, tar: bool = False,
                 extra: Mapping[str, bytes] | None = None) -> None:
    """Write an OCI image layout to ``path``, a folder or (``tar=True``) a tar file.

    Parameters
    ----------
    index : iterable of dict
        The descriptors of ``index.json`` (with their annotations).
    blobs : mapping
        Digest to bytes: every blob the entries reach.
    extra : mapping, optional
        More files at the top (``manifest.json`` of ``docker save``).

    The write is atomic: a crash leaves the old content or nothing. An
    existing tar file is replaced (as ``docker save -o`` does) and so is an
    existing layout folder; any other existing folder or file is refused.

    Raises
    ------
    Conflict
        ``path`` is a folder that is not a layout, or a file where a folder
        is wanted.
    NotFound
        The parent folder does not exist.
    """
    path = os.fspath(path)
    files = _files(list(index), blobs, extra or {})
    parent = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(parent):
        raise NotFound(f"cannot write {path!r}: the folder {parent!r} does not exist; create it first")
    if tar:
        if os.path.isdir(path):
            raise Conflict(f"cannot write the archive {path!r}: it is a folder; give a file name such as 'image.tar'")
        _write_tar(path, files)
        return
    if os.path.exists(path) and not (is_layout_dir(path) or (os.path.isdir(path) and not os.listdir(path))):
        raise Conflict(f"cannot write an image layout into {path!r}: it exists and is not an OCI image layout; "
                       "give a new folder name")
    tmp = tempfile.mkdtemp(prefix=".oci-layout-", dir=parent)
    try:
        for rel, data in files:
            full = os.path.join(tmp, *rel.split("/"))
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "wb") as f:
                f.write(data)
        os.chmod(tmp, 0o755)
        old = None
        if os.path.exists(path):
            old = tempfile.mkdtemp(prefix=".oci-old-", dir=parent)
            os.rmdir(old)
            os.rename(path, old)
        os.rename(tmp, path)
        if old:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _tarinfo(name: str, size: int, directory: bool = False) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name + ("/" if directory else ""))
    info.mtime, info.uid, info.gid, info.uname, info.gname = 0, 0, 0, "", ""
    if directory:
        info.type, info.mode, info.size = tarfile.DIRTYPE, 0o755, 0
    else:
        info.mode, info.size = 0o644, size
    return info


def _write_tar(path: str, files) -> None:
    with atomic_file(path, mode=0o644, prefix=".oci-archive-") as f:
        with tarfile.open(fileobj=f, mode="w", format=tarfile.PAX_FORMAT) as tar:
            dirs = set()
            for rel, data in files:
                parts = rel.split("/")
                for i in range(1, len(parts)):
                    d = "/".join(parts[:i])
                    if d not in dirs:
                        dirs.add(d)
                        tar.addfile(_tarinfo(d, 0, directory=True))
                tar.addfile(_tarinfo(rel, len(data)), io.BytesIO(data))


# -- reading -------------------------------------------------------------
class _DirSource:
    def __init__(self, root: str):
        self.root = root

    def size(self, rel: str):
        full = os.path.join(self.root, *rel.split("/"))
        return os.path.getsize(full) if os.path.isfile(full) else None

    def read(self, rel: str) -> bytes:
        with open(os.path.join(self.root, *rel.split("/")), "rb") as f:
            return f.read()

    def close(self):
        pass


class _TarSource:
    def __init__(self, path: str):
        try:
            self.tar = tarfile.open(path, mode="r:*")
            self.members = {}
            for m in self.tar.getmembers():
                name = m.name
                while name.startswith("./"):
                    name = name[2:]
                self.members[name.rstrip("/")] = m
        except (tarfile.TarError, EOFError, OSError) as err:
            if hasattr(self, "tar"):
                self.tar.close()
            raise CorruptContent(f"{path!r} is not a readable tar archive ({type(err).__name__}: {err}); the file is "
                                 "truncated or damaged - save or copy the image again") from err

    def size(self, rel: str):
        m = self.members.get(rel)
        for _ in range(8):  # follow a few links inside the archive, never a loop
            if m is None or not (m.issym() or m.islnk()):
                break
            rel = os.path.normpath(os.path.join(os.path.dirname(rel), m.linkname)) if m.issym() else m.linkname
            m = self.members.get(rel)
        return m.size if m is not None and m.isfile() else None

    def read(self, rel: str) -> bytes:
        f = self.tar.extractfile(self.members[rel])
        if f is None:
            raise CorruptContent(f"{rel} in the archive is not a regular file; the archive is damaged")
        try:
            return f.read()
        except (tarfile.TarError, EOFError, OSError) as err:
            raise CorruptContent(f"the archive is truncated or damaged while reading {rel} ({err}); save or copy "
                                 "the image again") from err

    def close(self):
        self.tar.close()


class Layout:
    """An image layout opened for reading (a folder or a tar archive).

    Use :func:`read_layout`, preferably as a context manager. Blobs are read
    on demand with :meth:`blob`, which verifies them.

    Attributes
    ----------
    path : str
    kind : {"oci", "docker-archive"}
        An OCI layout, or an older ``docker save`` archive.
    index : dict
        The parsed ``index.json`` (OCI layouts only).
    docker_manifest : list
        The parsed ``manifest.json`` when there is one.
    """

    def __init__(self, path: str, source):
        self.path, self.source = path, source
        self.where = repr(path)
        self.index: dict = {}
        self.docker_manifest: list = []
        self.kind = "oci"
        if source.size("oci-layout") is not None:
            marker = parse_json(self._small("oci-layout"), "file", "oci-layout", self.where)
            version = str(marker.get("imageLayoutVersion", ""))
            if not version.startswith("1."):
                raise CorruptContent(f"{self.where} is an OCI image layout of version {version!r}; the explorer reads "
                                     "version 1.0.0")
            if source.size("index.json") is None:
                raise CorruptContent(f"{self.where} has no index.json; the layout is incomplete - copy it again")
            self.index = parse_json(self._small("index.json"), "file", "index.json", self.where)
            if not isinstance(self.index.get("manifests"), list):
                raise CorruptContent(f"index.json in {self.where} has no manifests list; the layout is damaged")
        elif source.size("manifest.json") is not None:
            self.kind = "docker-archive"
        else:
            raise InvalidArgument(f"{self.where} is not an image layout: it has neither an oci-layout file nor a "
                                  "manifest.json; give a folder or tar made by skopeo, umoci, buildah or docker save")
        if source.size("manifest.json") is not None:
            try:
                doc = jsonsafe.loads(self._small("manifest.json"), "manifest.json")
            except (UnicodeDecodeError, ValueError) as err:
                raise CorruptContent(f"manifest.json in {self.where} is not valid JSON ({err})") from err
            if isinstance(doc, list):
                self.docker_manifest = [d for d in doc if isinstance(d, dict)]
            elif self.kind == "docker-archive":
                raise CorruptContent(f"manifest.json in {self.where} is not a list of images; the archive is damaged")

    def _small(self, rel: str) -> bytes:
        size = self.source.size(rel)
        if size is None:
            raise CorruptContent(f"{self.where} is missing {rel}; the layout is incomplete - copy it again")
        if size > MAX_JSON:
            raise CorruptContent(f"{rel} in {self.where} is {size} bytes, too large for a JSON file of an image")
        return self.source.read(rel)

    def blob(self, digest: str, size: int | None, what: str) -> bytes:
        """Read the blob ``digest`` and verify its size and digest.

        Raises
        ------
        CorruptContent
            The blob is missing, has another size, or does not hash to its digest.
        """
        check_digest(digest, self.where)
        rel = _blob_path(digest)
        actual = self.source.size(rel)
        if actual is None:
            raise CorruptContent(f"{what} {digest} is missing from {self.where} (no file {rel}); the layout is "
                                 "incomplete - copy the image again")
        if size is not None and actual != size:
            raise CorruptContent(f"{what} {digest} in {self.where} has {actual} bytes, but its descriptor says {size}; "
                                 "the blob is truncated or was changed - copy the image again from a good source")
        if what != "layer" and actual > MAX_JSON:
            raise CorruptContent(f"{what} {digest} in {self.where} is {actual} bytes, too large for a {what}")
        return verify_blob(self.source.read(rel), digest, size, what, self.where)

    def file(self, rel: str, limit: int | None = None) -> bytes | None:
        """Read a file of an older ``docker save`` archive by its path (None if absent)."""
        while rel.startswith("./"):
            rel = rel[2:]
        if ".." in rel.split("/") or rel.startswith("/"):
            raise CorruptContent(f"manifest.json in {self.where} names the file {rel!r} outside the archive; refusing it")
        size = self.source.size(rel)
        if size is None:
            return None
        if limit is not None and size > limit:
            raise CorruptContent(f"{rel} in {self.where} is {size} bytes, too large")
        return self.source.read(rel)

    def close(self):
        """Close the underlying archive."""
        self.source.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def read_layout(path) -> Layout:
    """Open an OCI image layout (folder or tar, maybe gzip-compressed) for reading.

    Raises
    ------
    NotFound
        Nothing at ``path``.
    InvalidArgument
        ``path`` is neither an OCI layout nor a ``docker save`` archive.
    CorruptContent
        A damaged or truncated archive, a malformed ``index.json``.
    """
    path = os.fspath(path)
    if os.path.isdir(path):
        source = _DirSource(path)
    elif os.path.isfile(path):
        source = _TarSource(path)
    else:
        raise NotFound(f"open {path}: no such file or directory")
    try:
        return Layout(path, source)
    except BaseException:
        source.close()
        raise
