"""Checking real image content: digests, sizes, manifests and layer tars.

Everything that comes from outside the explorer (an OCI image layout on
disk, a ``docker save`` archive, a real registry) goes through this module
before it can touch a world. A blob is accepted only when its length equals
the size its descriptor gives and its sha256 equals its digest. A layer is
accepted only when its uncompressed tar hashes to the ``diff_id`` the image
config lists, and when no entry of the tar points outside the image's root
(an absolute path or a ``..`` component). Layer tars are read as a stream,
in memory: nothing is ever extracted to disk.

Examples
--------
>>> from taxonomy.content import FileEntry, Layer
>>> layer = Layer.from_files([FileEntry("app/hello.txt", b"hi\\n")])
>>> scan_layer(layer.blob, layer.digest, "the example") == (layer.diff_id, len(layer.tar), False)
True
>>> verify_blob(b"{}", "sha256:" + "0" * 64, 2, "config", "the example")
Traceback (most recent call last):
...
taxonomy.errors.CorruptContent: config sha256:0000000000000000000000000000000000000000000000000000000000000000 in the example is corrupt: its bytes hash to sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a; the blob was changed or damaged - copy the image again from a good source
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import tarfile
import zlib
from dataclasses import dataclass, field
from typing import Callable, NamedTuple

from ..content import MEDIA_TYPES, sha256_digest
from ..errors import CorruptContent, InvalidArgument, PlatformMismatch
from .. import jsonsafe, limits
from ..limits import MAX_LAYER_UNPACKED_BYTES, MAX_MANIFEST_BYTES

__all__ = [
    "MANIFEST_TYPES",
    "INDEX_TYPES",
    "MAX_JSON",
    "LayerInfo",
    "ImageContent",
    "check_digest",
    "verify_blob",
    "parse_json",
    "LayerScan",
    "scan_layer",
    "layer_entries",
    "platform_of",
    "select_manifest",
    "load_image",
]

#: Media types of a single-platform image manifest (OCI and Docker v2 schema 2).
MANIFEST_TYPES = (MEDIA_TYPES["manifest"], MEDIA_TYPES["docker_manifest"])
#: Media types of a multi-platform list (OCI image index and Docker manifest list).
INDEX_TYPES = (MEDIA_TYPES["index"], MEDIA_TYPES["docker_list"])
#: The largest manifest, index or config the explorer reads (``limits.MAX_MANIFEST_BYTES``, 4 MiB as containerd).
MAX_JSON = MAX_MANIFEST_BYTES

_DIGEST = re.compile(r"^sha256:[a-f0-9]{64}$")
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
_CHUNK = 1 << 16


def check_digest(digest, where: str) -> str:
    """Return ``digest`` if it is a well-formed sha256 digest, else raise.

    A digest names a file (``blobs/sha256/<hex>``), so a malformed one could
    also be a path trick; it is refused before it is used.

    Examples
    --------
    >>> check_digest("sha256:" + "a" * 64, "x")[:10]
    'sha256:aaa'
    >>> check_digest("sha256:../../etc/passwd", "the layout")
    Traceback (most recent call last):
    ...
    taxonomy.errors.CorruptContent: the layout names a blob by 'sha256:../../etc/passwd', which is not a sha256 digest (sha256: and 64 lowercase hex digits); the file is damaged or not an image
    """
    if not isinstance(digest, str) or not _DIGEST.match(digest):
        if isinstance(digest, str) and re.match(r"^sha512:[a-f0-9]{128}$", digest):
            raise InvalidArgument(f"{where} uses a sha512 digest ({digest[:20]}…); the explorer reads sha256 "
                                  "content only - copy the image with skopeo, which writes sha256")
        raise CorruptContent(f"{where} names a blob by {digest!r}, which is not a sha256 digest "
                             "(sha256: and 64 lowercase hex digits); the file is damaged or not an image")
    return digest


def verify_blob(data: bytes, digest: str, size, what: str, where: str) -> bytes:
    """Return ``data`` if its length is ``size`` (when given) and its sha256 is ``digest``.

    Raises
    ------
    CorruptContent
        Naming the blob, what it is (``layer``, ``config`` …) and where it
        came from.
    """
    if size is not None and len(data) != size:
        raise CorruptContent(f"{what} {digest} in {where} has {len(data)} bytes, but its descriptor says {size}; "
                             "the blob is truncated or was changed - copy the image again from a good source")
    actual = sha256_digest(data)
    if actual != digest:
        raise CorruptContent(f"{what} {digest} in {where} is corrupt: its bytes hash to {actual}; the blob was "
                             "changed or damaged - copy the image again from a good source")
    return data


def parse_json(data: bytes, what: str, digest: str, where: str) -> dict:
    """Parse a JSON blob (manifest, index, config) that must be an object."""
    try:
        doc = jsonsafe.loads(data, f"{what} {digest}")
    except (UnicodeDecodeError, ValueError) as err:
        raise CorruptContent(f"{what} {digest} in {where} is not valid JSON ({err}); the image is damaged") from err
    if not isinstance(doc, dict):
        raise CorruptContent(f"{what} {digest} in {where} is not a JSON object; the image is damaged")
    return doc


class _HashingReader:
    """A file-like reader that hashes and counts every byte read through it."""

    def __init__(self, raw):
        self.raw = raw
        self.sha = hashlib.sha256()
        self.count = 0

    def read(self, n=-1):
        data = self.raw.read(n if n is not None and n >= 0 else -1)
        self.sha.update(data)
        self.count += len(data)
        if self.count > MAX_LAYER_UNPACKED_BYTES:   # a compression bomb stops here, not at the end of the disk
            raise limits.exceeded("MAX_LAYER_UNPACKED_BYTES", None, "a layer unpacks to too many bytes (a "
                                  "compression bomb?)", "use an image with smaller layers")
        return data


class _BytesReader:
    def __init__(self, data: bytes):
        self.view, self.pos = memoryview(data), 0

    def read(self, n=-1):
        end = len(self.view) if n is None or n < 0 else min(len(self.view), self.pos + n)
        out = bytes(self.view[self.pos:end])
        self.pos = end
        return out


def _unsafe(name: str) -> bool:
    if name.startswith("/") or re.match(r"^[A-Za-z]:[\\/]", name) or "\\.." in name or "..\\" in name:
        return True
    return ".." in name.split("/")


class LayerScan(NamedTuple):
    """What reading a layer found: its diff_id, tar size, and whether its tar ends early.

    ``short_end`` is True for a tar without the end-of-archive blocks (umoci
    writes such tars; Go's readers accept them, Python's ``tarfile`` does not).
    """

    diff_id: str
    tar_size: int
    short_end: bool = False


def _walk_tar(blob: bytes, digest: str, where: str, visit=None) -> LayerScan:
    """Stream through a layer's tar, calling ``visit(tar, member)`` for each entry."""
    if blob[:4] == _ZSTD_MAGIC:
        raise InvalidArgument(f"layer {digest} in {where} is compressed with zstd, which the explorer cannot read; "
                              "copy the image with gzip layers (skopeo copy --dest-compress-format gzip)")
    raw = gzip.GzipFile(fileobj=_BytesReader(blob), mode="rb") if blob[:2] == b"\x1f\x8b" else _BytesReader(blob)
    reader = _HashingReader(raw)
    short = False
    last = None
    try:
        try:
            with tarfile.open(fileobj=reader, mode="r|") as tar:
                for member in tar:
                    last = member
                    if _unsafe(member.name) or (member.islnk() and _unsafe(member.linkname)):
                        bad = member.name if _unsafe(member.name) else f"{member.name} -> {member.linkname}"
                        raise CorruptContent(
                            f"layer {digest} in {where} is unsafe: its entry {bad!r} points outside the image's "
                            "root (an absolute path or '..'); the explorer refuses it - import images only from "
                            "sources you trust")
                    if visit is not None:
                        visit(tar, member)
        except tarfile.ReadError as err:
            if str(err) == "empty file" and reader.count == 0:
                pass  # an empty layer: no entries
            elif str(err) == "unexpected end of data" and last is not None:
                while reader.read(_CHUNK):
                    pass
                if last.offset_data + last.size > reader.count:
                    raise
                short = True  # the last entry is whole; only the end-of-archive blocks are missing
            else:
                raise
        while reader.read(_CHUNK):
            pass
    except (tarfile.TarError, OSError, EOFError, zlib.error) as err:
        raise CorruptContent(f"layer {digest} in {where} is not a readable tar ({type(err).__name__}: {err}); "
                             "the blob is damaged - copy the image again from a good source") from err
    return LayerScan("sha256:" + reader.sha.hexdigest(), reader.count, short)


def scan_layer(blob: bytes, digest: str, where: str) -> LayerScan:
    """Read a layer blob as a stream; return its ``(diff_id, tar size, short_end)``.

    The blob may be a gzip-compressed or a plain tar. Every entry's name
    (and a hard link's target) is checked: an absolute path or a ``..``
    component is refused, since a careless tool would write it outside the
    image's root. Nothing is written to disk.

    Raises
    ------
    CorruptContent
        Not a tar, damaged gzip, or an unsafe entry (naming the blob and the entry).
    InvalidArgument
        A zstd-compressed layer, which the explorer cannot read.
    """
    return _walk_tar(blob, digest, where)


def layer_entries(blob: bytes, digest: str = "", where: str = "the layer") -> dict:
    """The regular files of a layer (gzip or plain tar): path to :class:`~taxonomy.content.FileEntry`.

    Read in memory, as a stream; accepts tars without end-of-archive blocks.

    Examples
    --------
    >>> from taxonomy.content import FileEntry, Layer
    >>> layer = Layer.from_files([FileEntry("etc/motd", b"hi")])
    >>> layer_entries(layer.tar)["etc/motd"].data
    b'hi'
    """
    from ..content import FileEntry
    out = {}

    def visit(tar, m):
        name = m.name
        while name.startswith("./"):
            name = name[2:]
        name = name.rstrip("/")
        if name and m.isfile():
            out[name] = FileEntry(name, tar.extractfile(m).read(), m.mode & 0o7777, uid=m.uid, gid=m.gid)
        elif name and m.islnk():   # a hard link: the content of an earlier file of this layer
            target = m.linkname
            while target.startswith("./"):
                target = target[2:]
            if target.rstrip("/") in out:
                out[name] = FileEntry(name, out[target.rstrip("/")].data, m.mode & 0o7777, uid=m.uid, gid=m.gid)
    _walk_tar(blob, digest, where, visit)
    return out


def platform_of(doc: dict) -> str:
    """``os/arch[/variant]`` of a config or an index entry's ``platform``.

    Examples
    --------
    >>> platform_of({"os": "linux", "architecture": "arm64", "variant": "v8"})
    'linux/arm64/v8'
    """
    parts = [str(doc.get("os") or "unknown"), str(doc.get("architecture") or "unknown")]
    if doc.get("variant"):
        parts.append(str(doc["variant"]))
    return "/".join(parts)


def _same_platform(want: str, have: str) -> bool:
    w, h = want.split("/"), have.split("/")
    if w[:2] != h[:2]:
        return False
    return len(w) < 3 or len(h) < 3 or w[2] == h[2]


def select_manifest(index: dict, platform: str, digest: str, where: str) -> dict:
    """Pick the manifest descriptor of an image index that matches ``platform``.

    An index with one entry gives that entry whatever its platform (as
    ``docker load`` does); otherwise the host's platform must be listed.

    Raises
    ------
    PlatformMismatch
        Naming the platforms the index has.
    """
    entries = [m for m in index.get("manifests") or [] if isinstance(m, dict)]
    if not entries:
        raise CorruptContent(f"image index {digest} in {where} lists no manifests; the image is damaged")
    real = [m for m in entries if (m.get("platform") or {}).get("architecture") != "unknown"]
    if len(real) == 1 and "platform" not in real[0]:
        return real[0]
    for m in real:
        if _same_platform(platform, platform_of(m.get("platform") or {})):
            return m
    if len(real) == 1:
        return real[0]
    have = ", ".join(sorted(platform_of(m.get("platform") or {}) for m in real))
    raise PlatformMismatch(f"no matching manifest for {platform} in the manifest list entries (image index {digest} "
                           f"in {where} has: {have}); import it on a host of one of those platforms")


@dataclass(frozen=True)
class LayerInfo:
    """A verified layer: descriptor fields, diff_id and uncompressed size."""

    digest: str
    size: int
    media_type: str
    diff_id: str
    tar_size: int
    created_by: str = ""
    blob: bytes | None = field(default=None, compare=False, repr=False)
    short_end: bool = False


@dataclass(frozen=True)
class ImageContent:
    """One verified single-platform image: its manifest, config and layers.

    Attributes
    ----------
    manifest, config : bytes
        The exact bytes read (their digests are the real ones).
    layers : tuple of LayerInfo
        Bottom layer first.
    index : bytes or None
        The image index the manifest was chosen from, if any.
    """

    manifest: bytes = field(repr=False)
    manifest_digest: str
    manifest_media_type: str
    config: bytes = field(repr=False)
    config_digest: str
    layers: tuple
    platform: str
    index: bytes | None = field(default=None, repr=False)
    index_digest: str | None = None

    @property
    def config_json(self) -> dict:
        """The image config, parsed."""
        return json.loads(self.config)


def load_image(fetch: Callable, manifest: bytes, digest: str, media_type: str | None, where: str, *,
               known: Callable | None = None) -> ImageContent:
    """Read and verify the image a manifest describes.

    Parameters
    ----------
    fetch : callable
        ``fetch(digest, size, what) -> bytes``: reads a blob and verifies it
        (see :func:`verify_blob`).
    manifest : bytes
        The manifest, already verified against ``digest``.
    media_type : str or None
        From the descriptor or the HTTP answer; the manifest's own
        ``mediaType`` field is used when it is missing.
    known : callable, optional
        ``known(digest) -> (diff_id, tar_size) or None`` for layers already
        held (and verified) elsewhere: they are not fetched again.

    Raises
    ------
    CorruptContent
        A malformed manifest or config, a blob that does not match, a layer
        whose tar does not hash to the config's diff_id, an unsafe layer.
    """
    doc = parse_json(manifest, "manifest", digest, where)
    media_type = media_type or doc.get("mediaType") or MEDIA_TYPES["manifest"]
    if media_type not in MANIFEST_TYPES:
        raise CorruptContent(f"manifest {digest} in {where} has media type {media_type!r}; the explorer reads OCI "
                             "and Docker v2 image manifests only")
    cdesc, ldescs = doc.get("config"), doc.get("layers")
    if not isinstance(cdesc, dict) or not isinstance(ldescs, list) or not all(isinstance(d, dict) for d in ldescs):
        raise CorruptContent(f"manifest {digest} in {where} lacks a config or a layers list; the image is damaged")
    cdig = check_digest(cdesc.get("digest"), f"manifest {digest} in {where}")
    config = fetch(cdig, _size(cdesc, "config", where), "config")
    cfg = parse_json(config, "config", cdig, where)
    diff_ids = (cfg.get("rootfs") or {}).get("diff_ids")
    if not isinstance(diff_ids, list) or len(diff_ids) != len(ldescs):
        raise CorruptContent(f"config {cdig} in {where} lists {len(diff_ids) if isinstance(diff_ids, list) else 'no'} "
                             f"diff_ids for the {len(ldescs)} layers of manifest {digest}; the image is damaged")
    history = [h for h in cfg.get("history") or [] if isinstance(h, dict) and not h.get("empty_layer")]
    layers = []
    for i, d in enumerate(ldescs):
        ldig = check_digest(d.get("digest"), f"manifest {digest} in {where}")
        size = _size(d, "layer", where)
        ltype = d.get("mediaType") or MEDIA_TYPES["layer"]
        held = known(ldig) if known else None
        blob, short = None, False
        if held is not None:
            diff_id, tar_size = held
        else:
            blob = fetch(ldig, size, "layer")
            diff_id, tar_size, short = scan_layer(blob, ldig, where)
        if diff_id != diff_ids[i]:
            raise CorruptContent(f"layer {ldig} in {where} unpacks to {diff_id}, but config {cdig} expects diff_id "
                                 f"{diff_ids[i]} for layer {i + 1}; the image is damaged - copy it again")
        created_by = str(history[i].get("created_by", "")) if i < len(history) else ""
        layers.append(LayerInfo(ldig, size, ltype, diff_id, tar_size, created_by, blob, short))
    return ImageContent(manifest, digest, media_type, config, cdig, tuple(layers), platform_of(cfg))


def _size(desc: dict, what: str, where: str) -> int:
    size = desc.get("size")
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise CorruptContent(f"a {what} descriptor in {where} has no valid size ({size!r}); the image is damaged")
    return size
