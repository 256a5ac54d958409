"""Real bytes and real digests: blobs, layers, configs and manifests.

A Docker image is a handful of files addressed by their content. A *layer*
is a tar archive of files; Docker ships it compressed with gzip. Its
*digest* is the sha256 of the compressed bytes (what a registry stores) and
its *diff_id* the sha256 of the uncompressed tar (what the image config
lists). The *config* is a JSON document whose digest is the *image id*. The
*manifest* is a JSON document that lists the config and the layers; its
digest is what ``docker pull`` prints after ``Digest:``.

Everything here is deterministic: the same files give the same bytes, hence
the same digests, on every machine. Tar headers carry fixed owners and
times, and gzip uses *stored* deflate blocks, which do not depend on the
zlib version installed.

Examples
--------
>>> from taxonomy.content import Layer, FileEntry
>>> layer = Layer.from_files([FileEntry("hello.txt", b"hi\\n")])
>>> layer.diff_id == sha256_digest(layer.tar)
True
>>> layer.digest == sha256_digest(layer.blob)
True
>>> layer.digest != layer.diff_id
True
"""

from __future__ import annotations

import hashlib
import io
import json
import struct
import zlib
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

__all__ = [
    "MEDIA_TYPES",
    "FileEntry",
    "Layer",
    "Descriptor",
    "sha256_digest",
    "canonical_json",
    "deterministic_gzip",
    "deterministic_tar",
    "chain_ids",
    "layer_files",
    "make_config",
    "make_manifest",
    "make_index",
    "short_id",
]

MEDIA_TYPES = {
    "layer": "application/vnd.oci.image.layer.v1.tar+gzip",
    "layer_tar": "application/vnd.oci.image.layer.v1.tar",
    "config": "application/vnd.oci.image.config.v1+json",
    "manifest": "application/vnd.oci.image.manifest.v1+json",
    "index": "application/vnd.oci.image.index.v1+json",
    "docker_manifest": "application/vnd.docker.distribution.manifest.v2+json",
    "docker_list": "application/vnd.docker.distribution.manifest.list.v2+json",
    "docker_config": "application/vnd.docker.container.image.v1+json",
    "docker_layer": "application/vnd.docker.image.rootfs.diff.tar.gzip",
}

_MTIME = 0  # every tar entry carries this time, as reproducible builds do


def sha256_digest(data: bytes) -> str:
    """Return the OCI digest string of ``data``.

    Examples
    --------
    >>> sha256_digest(b"")
    'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
    """
    return "sha256:" + hashlib.sha256(data).hexdigest()


def short_id(digest: str) -> str:
    """Shorten a digest or id to Docker's 12 hex characters.

    Examples
    --------
    >>> short_id("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    'e3b0c44298fc'
    """
    return digest.split(":", 1)[-1][:12]


def canonical_json(obj) -> bytes:
    """Serialise ``obj`` as canonical JSON: sorted keys, no spaces, UTF-8.

    Examples
    --------
    >>> canonical_json({"b": 1, "a": [1, 2]})
    b'{"a":[1,2],"b":1}'
    """
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def deterministic_gzip(data: bytes) -> bytes:
    """Compress ``data`` as gzip made of stored deflate blocks.

    The output depends only on ``data``: header fields are fixed (no name,
    mtime 0, OS "unknown") and the blocks are stored, not compressed, so no
    zlib version can change it. Any gzip reader accepts it.

    Examples
    --------
    >>> import gzip
    >>> gzip.decompress(deterministic_gzip(b"abc"))
    b'abc'
    >>> deterministic_gzip(b"abc") == deterministic_gzip(b"abc")
    True
    """
    out = bytearray(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff")
    view = memoryview(data)
    size = len(data)
    if size == 0:
        out += b"\x01\x00\x00\xff\xff"
    pos = 0
    while pos < size:
        chunk = view[pos:pos + 0xFFFF]
        pos += len(chunk)
        final = 1 if pos >= size else 0
        out += struct.pack("<BHH", final, len(chunk), 0xFFFF ^ len(chunk))
        out += chunk
    out += struct.pack("<II", zlib.crc32(data) & 0xFFFFFFFF, size & 0xFFFFFFFF)
    return bytes(out)


@dataclass(frozen=True)
class FileEntry:
    """One entry of a layer: a file, a directory, a symlink or a whiteout.

    Parameters
    ----------
    path : str
        Path inside the image, without a leading slash (``"app/main.py"``).
    data : bytes
        File content (empty for directories, links and whiteouts).
    mode : int
        Permission bits.
    kind : {"file", "dir", "symlink", "whiteout"}
        A whiteout (``.wh.NAME``) marks ``NAME`` deleted by this layer.
    target : str
        Link target, for symlinks.
    uid, gid : int
        Owner, as ``COPY --chown`` sets it.
    """

    path: str
    data: bytes = b""
    mode: int = 0o644
    kind: str = "file"
    target: str = ""
    uid: int = 0
    gid: int = 0

    def __post_init__(self):
        object.__setattr__(self, "path", self.path.strip("/"))


def _tarinfo(name: str, kind: str, size: int, mode: int, target: str = "", uid=0, gid=0) -> "tarfile.TarInfo":
    import tarfile
    info = tarfile.TarInfo(name)
    info.mtime = _MTIME
    info.uid, info.gid = uid, gid
    info.uname = info.gname = ""
    info.mode = mode
    info.size = size
    if kind == "dir":
        info.type = tarfile.DIRTYPE
        info.size = 0
    elif kind == "symlink":
        info.type = tarfile.SYMTYPE
        info.linkname = target
        info.size = 0
    return info


def deterministic_tar(entries: Iterable[FileEntry]) -> bytes:
    """Write ``entries`` as a tar stream whose bytes depend only on the entries.

    Parent directories are added, entries are sorted by path, and every
    header has mtime 0 and no user names (PAX format, so long names work).

    Examples
    --------
    >>> import tarfile, io
    >>> data = deterministic_tar([FileEntry("etc/motd", b"hi")])
    >>> sorted(tarfile.open(fileobj=io.BytesIO(data)).getnames())
    ['etc', 'etc/motd']
    """
    by_path: dict[str, FileEntry] = {}
    for entry in entries:
        parts = entry.path.split("/")
        for i in range(1, len(parts)):
            parent = "/".join(parts[:i])
            by_path.setdefault(parent, FileEntry(parent, kind="dir", mode=0o755))
        by_path[entry.path] = entry
    buf = io.BytesIO()
    import tarfile   # loaded when a layer is first made or read, not by ``import taxonomy``
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for path in sorted(by_path):
            e = by_path[path]
            if e.kind == "whiteout":
                head, _, base = path.rpartition("/")
                name = (head + "/" if head else "") + ".wh." + base
                tar.addfile(_tarinfo(name, "file", 0, 0o644))
            elif e.kind == "file":
                tar.addfile(_tarinfo(path, "file", len(e.data), e.mode, uid=e.uid, gid=e.gid), io.BytesIO(e.data))
            else:
                name = path + "/" if e.kind == "dir" else path
                tar.addfile(_tarinfo(name, e.kind, 0, e.mode, e.target, e.uid, e.gid))
    return buf.getvalue()


@dataclass(frozen=True)
class Descriptor:
    """An OCI content descriptor: media type, digest and size of a blob.

    Examples
    --------
    >>> d = Descriptor.of(MEDIA_TYPES["config"], b"{}")
    >>> d.size, d.digest[:15]
    (2, 'sha256:44136fa3')
    >>> sorted(d.to_json())
    ['digest', 'mediaType', 'size']
    """

    media_type: str
    digest: str
    size: int
    annotations: tuple = ()
    platform: tuple = ()

    @classmethod
    def of(cls, media_type: str, data: bytes, **kw) -> "Descriptor":
        """Describe ``data`` with ``media_type``."""
        return cls(media_type, sha256_digest(data), len(data), **kw)

    def to_json(self) -> dict:
        """Return the descriptor as the OCI JSON object."""
        out = {"mediaType": self.media_type, "digest": self.digest, "size": self.size}
        if self.annotations:
            out["annotations"] = dict(self.annotations)
        if self.platform:
            out["platform"] = dict(self.platform)
        return out


@dataclass(frozen=True)
class Layer:
    """A layer: its files, its tar, its gzip blob, and both digests.

    Attributes
    ----------
    tar : bytes
        The uncompressed tar stream; ``diff_id`` is its sha256.
    blob : bytes
        The gzip-compressed tar; ``digest`` is its sha256 and ``size`` its length.
    """

    tar: bytes
    blob: bytes
    digest: str
    diff_id: str
    files: tuple = field(default=(), compare=False)

    @property
    def size(self) -> int:
        """Length of the compressed blob in bytes (the descriptor's size)."""
        return len(self.blob)

    @classmethod
    def from_files(cls, files: Sequence[FileEntry]) -> "Layer":
        """Make a layer from file entries."""
        tar = deterministic_tar(files)
        return cls.from_tar(tar, tuple(files))

    @classmethod
    def from_tar(cls, tar: bytes, files: tuple = ()) -> "Layer":
        """Make a layer from an uncompressed tar stream."""
        blob = deterministic_gzip(tar)
        return cls(tar, blob, sha256_digest(blob), sha256_digest(tar), files)

    def descriptor(self) -> Descriptor:
        """The layer's OCI descriptor (gzip media type)."""
        return Descriptor(MEDIA_TYPES["layer"], self.digest, self.size)


class _Bounded(io.RawIOBase):
    """A reader of a (decompressing) stream that stops at ``limit`` bytes with a LimitExceeded."""

    def __init__(self, raw, limit: int):
        self.raw, self.limit, self.count = raw, limit, 0

    def readable(self):
        return True

    def readinto(self, buf):
        data = self.raw.read(len(buf))
        self.count += len(data)
        if self.count > self.limit:
            from . import limits
            raise limits.exceeded("MAX_LAYER_UNPACKED_BYTES", None, "a layer unpacks to too many bytes to read "
                                  "its files in memory (a compression bomb?)", "use an image with smaller layers")
        buf[:len(data)] = data
        return len(data)


def layer_files(blob: bytes) -> dict:
    """The regular files of a gzip layer blob: path to :class:`FileEntry`, read in memory.

    Nothing is extracted to disk; names with ``..`` are skipped. Whiteouts
    appear as their ``.wh.NAME`` files. A hard link to a file of the same
    layer has that file's content. The blob is decompressed as a stream,
    never beyond :data:`taxonomy.limits.MAX_LAYER_UNPACKED_BYTES`.

    Raises
    ------
    LimitExceeded
        For a layer that unpacks beyond the bound (a compression bomb).

    Examples
    --------
    >>> layer = Layer.from_files([FileEntry("etc/motd", b"hi")])
    >>> layer_files(layer.blob)["etc/motd"].data
    b'hi'
    """
    import gzip
    import tarfile

    from .limits import MAX_LAYER_UNPACKED_BYTES
    out = {}
    raw = io.BytesIO(blob)
    stream = gzip.GzipFile(fileobj=raw, mode="rb") if blob[:2] == b"\x1f\x8b" else raw   # plain tars are layers too
    bounded = io.BufferedReader(_Bounded(stream, MAX_LAYER_UNPACKED_BYTES), 1 << 16)
    # Stream mode reads members in order and accepts tars without the end-of-archive
    # blocks (umoci writes such layers) as long as the last member is whole.
    with tarfile.open(fileobj=bounded, mode="r|") as tar:
        try:
            for m in tar:
                name = m.name.lstrip("./").rstrip("/")
                if not name or ".." in name.split("/"):
                    continue
                if m.isfile():
                    out[name] = FileEntry(name, tar.extractfile(m).read(), m.mode & 0o7777, uid=m.uid, gid=m.gid)
                elif m.islnk():   # a hard link: the same content as an earlier file of this layer
                    target = out.get(m.linkname.lstrip("./").rstrip("/"))
                    if target is not None:
                        out[name] = FileEntry(name, target.data, m.mode & 0o7777, uid=m.uid, gid=m.gid)
        except tarfile.ReadError as err:
            if "unexpected end of data" not in str(err):
                raise
    return out


def chain_ids(diff_ids: Sequence[str]) -> list[str]:
    """Return the chain ids of a stack of layers, as the OCI spec defines them.

    ``ChainID(L0) = DiffID(L0)`` and
    ``ChainID(L0..n) = sha256(ChainID(L0..n-1) + " " + DiffID(Ln))``.

    Examples
    --------
    >>> a = sha256_digest(b"a"); b = sha256_digest(b"b")
    >>> ids = chain_ids([a, b])
    >>> ids[0] == a, ids[1] == sha256_digest((a + " " + b).encode())
    (True, True)
    """
    out: list[str] = []
    for diff_id in diff_ids:
        out.append(diff_id if not out else sha256_digest(f"{out[-1]} {diff_id}".encode()))
    return out


def make_config(*, diff_ids: Sequence[str], history: Sequence[Mapping], config: Mapping,
                os: str = "linux", architecture: str = "amd64", variant: str | None = None,
                created: str | None = None) -> bytes:
    """Return the bytes of an OCI image config.

    ``config`` holds the runtime settings (``Env``, ``Cmd``, ``Entrypoint``,
    ``WorkingDir``, ``ExposedPorts``, ``Labels``, ``User``, ``Volumes`` …).

    Examples
    --------
    >>> raw = make_config(diff_ids=[], history=[], config={"Cmd": ["sh"]})
    >>> json.loads(raw)["rootfs"]
    {'diff_ids': [], 'type': 'layers'}
    """
    doc = {
        "architecture": architecture,
        "os": os,
        "config": {k: v for k, v in config.items() if v not in (None, [], {}, "")},
        "rootfs": {"type": "layers", "diff_ids": list(diff_ids)},
        "history": [dict(h) for h in history],
    }
    if variant:
        doc["variant"] = variant
    if created:
        doc["created"] = created
    return canonical_json(doc)


def make_manifest(config: bytes, layers: Sequence[Descriptor], annotations: Mapping | None = None) -> bytes:
    """Return the bytes of an OCI image manifest for ``config`` and ``layers``.

    Examples
    --------
    >>> raw = make_manifest(b"{}", [])
    >>> json.loads(raw)["config"]["size"]
    2
    """
    doc = {
        "schemaVersion": 2,
        "mediaType": MEDIA_TYPES["manifest"],
        "config": Descriptor.of(MEDIA_TYPES["config"], config).to_json(),
        "layers": [d.to_json() for d in layers],
    }
    if annotations:
        doc["annotations"] = dict(annotations)
    return canonical_json(doc)


def make_index(manifests: Sequence[Descriptor]) -> bytes:
    """Return the bytes of an OCI image index listing ``manifests``.

    Examples
    --------
    >>> json.loads(make_index([]))["mediaType"]
    'application/vnd.oci.image.index.v1+json'
    """
    return canonical_json({
        "schemaVersion": 2,
        "mediaType": MEDIA_TYPES["index"],
        "manifests": [d.to_json() for d in manifests],
    })
