"""File trees as plain data: entries, paths, and an image's merged layers.

A container sees one tree of files. Underneath, it is a stack: the image's
layers, read-only and shared by every container of the image, and on top a
writable layer of the container's own. This module holds the pieces that
stack is made of:

* :class:`Entry`, one file, directory or symbolic link (or a *whiteout*,
  the mark a layer leaves where it deleted something);
* :func:`layer_entries`, every entry of a real layer tar (files,
  directories, links, whiteouts), read in memory;
* :func:`merge_layers`, the image's layers applied bottom to top, as
  overlayfs presents them: an :class:`ImageTree` that many containers share;
* :func:`tree_value` and :func:`tree_from_value`, a tree as a plain,
  immutable, serialisable value (a sorted tuple of tuples) that a world can
  store in a node and that undo and redo can restore.

Paths are absolute inside the container but stored without the leading
slash: ``"etc/os-release"``; the root is ``""``.

Examples
--------
>>> from taxonomy.content import Layer, FileEntry
>>> base = Layer.from_files([FileEntry("etc/motd", b"hi\\n"), FileEntry("tmp", kind="dir", mode=0o1777)])
>>> top = Layer.from_files([FileEntry("etc/motd", kind="whiteout"), FileEntry("etc/hostname", b"box\\n")])
>>> tree = merge_layers([layer_entries(base.blob), layer_entries(top.blob)])
>>> sorted(tree.entries)
['', 'etc', 'etc/hostname', 'tmp']
>>> tree.children("etc")
['hostname']
"""

from __future__ import annotations

import io
import posixpath
from dataclasses import dataclass, replace
from typing import Iterable, Mapping, Sequence

from ..errors import CorruptContent, FilesystemError

__all__ = [
    "Entry",
    "ImageTree",
    "WHITEOUT_PREFIX",
    "OPAQUE_MARKER",
    "MAX_SYMLINK_HOPS",
    "layer_entries",
    "entries_from_files",
    "merge_layers",
    "image_tree",
    "tree_value",
    "tree_from_value",
    "split_path",
    "join_path",
    "parent_of",
    "sort_key",
]

#: The prefix of a whiteout file in an OCI layer (``.wh.NAME`` deletes ``NAME``).
WHITEOUT_PREFIX = ".wh."
#: The file that makes a directory *opaque*: lower layers' content of it is hidden.
OPAQUE_MARKER = ".wh..wh..opq"
#: Linux's limit on symbolic links followed while resolving one path (``ELOOP`` beyond it).
MAX_SYMLINK_HOPS = 40

_KINDS = ("file", "dir", "symlink", "whiteout")


@dataclass(frozen=True)
class Entry:
    """One entry of a file tree.

    Parameters
    ----------
    kind : {"file", "dir", "symlink", "whiteout"}
    data : bytes
        Content of a file.
    mode : int
        Permission bits (``0o644``).
    uid, gid : int
        Owner.
    target : str
        Target of a symbolic link.
    mtime : int
        Modification time, seconds since the epoch (image layers carry 0, as
        reproducible builds do).
    opaque : bool
        For a directory of a writable layer: it replaces a deleted
        directory, so the lower layers' content of it is hidden.
    """

    kind: str = "file"
    data: bytes = b""
    mode: int = 0o644
    uid: int = 0
    gid: int = 0
    target: str = ""
    mtime: int = 0
    opaque: bool = False

    @property
    def size(self) -> int:
        """Size in bytes as ``stat`` reports it (a link's is the length of its target)."""
        if self.kind == "symlink":
            return len(self.target.encode())
        if self.kind == "dir":
            return 4096
        return len(self.data)

    def as_value(self, path: str) -> tuple:
        """This entry at ``path`` as a plain tuple (see :func:`tree_value`)."""
        return (path, self.kind, self.data, self.mode, self.uid, self.gid, self.target, self.mtime, self.opaque)


_ROOT = Entry("dir", mode=0o755)


def split_path(path: str) -> list[str]:
    """The components of a path, dropping empty ones and ``.``.

    Examples
    --------
    >>> split_path("/usr//local/./bin/")
    ['usr', 'local', 'bin']
    """
    return [p for p in path.split("/") if p not in ("", ".")]


def join_path(*parts: str) -> str:
    """Join stored paths (no leading slash).

    Examples
    --------
    >>> join_path("", "etc"), join_path("etc", "motd")
    ('etc', 'etc/motd')
    """
    return "/".join(p for p in parts if p)


def parent_of(path: str) -> str:
    """The parent of a stored path (``""`` for a top-level entry).

    Examples
    --------
    >>> parent_of("etc/motd"), parent_of("etc")
    ('etc', '')
    """
    return path.rpartition("/")[0]


def sort_key(path: str) -> tuple:
    """Key that orders paths as a depth-first walk does (``a``, ``a/b``, ``a-c``).

    Examples
    --------
    >>> sorted(["a-c", "a/b", "a"], key=sort_key)
    ['a', 'a/b', 'a-c']
    """
    return tuple(path.split("/"))


def _safe_name(name: str) -> str | None:
    name = name.lstrip("./") if name.startswith("./") else name.lstrip("/")
    name = posixpath.normpath(name) if name else ""
    if name in ("", "."):
        return ""
    if name.startswith("..") and (name == ".." or name.startswith("../")):
        return None
    return name


def layer_entries(blob: bytes) -> dict[str, Entry]:
    """Every entry of a layer (gzip or plain tar): path to :class:`Entry`.

    Unlike :func:`taxonomy.content.layer_files`, directories, symbolic links
    and whiteouts are kept: a whiteout ``etc/.wh.motd`` becomes a
    ``"whiteout"`` entry at ``etc/motd``, and ``dir/.wh..wh..opq`` makes
    ``dir`` opaque. Names that would climb out of the root (``../x``) are
    skipped, as a safe extractor does. Hard links become copies of their
    target.

    Raises
    ------
    CorruptContent
        The bytes are not a tar archive.

    Examples
    --------
    >>> from taxonomy.content import Layer, FileEntry
    >>> layer = Layer.from_files([FileEntry("bin", kind="symlink", target="usr/bin"), FileEntry("usr/bin/env", b"")])
    >>> e = layer_entries(layer.blob)
    >>> e["bin"].kind, e["bin"].target, e["usr"].kind
    ('symlink', 'usr/bin', 'dir')
    """
    import gzip
    import tarfile
    try:
        data = gzip.decompress(blob) if blob[:2] == b"\x1f\x8b" else blob
    except (OSError, EOFError) as err:
        raise CorruptContent(f"a layer is not a valid gzip stream ({err}); pull or build the image again") from err
    out: dict[str, Entry] = {}
    opaque: set[str] = set()
    try:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r|") as tar:
            try:
                for m in tar:
                    name = _safe_name(m.name)
                    if not name:
                        continue
                    head, _, base = name.rpartition("/")
                    if base == OPAQUE_MARKER:
                        opaque.add(head)
                        continue
                    common = dict(mode=m.mode & 0o7777, uid=m.uid, gid=m.gid, mtime=int(m.mtime))
                    if base.startswith(WHITEOUT_PREFIX):
                        out[join_path(head, base[len(WHITEOUT_PREFIX):])] = Entry("whiteout")
                    elif m.isdir():
                        out[name] = Entry("dir", **common)
                    elif m.issym():
                        out[name] = Entry("symlink", target=m.linkname, **common)
                    elif m.islnk():
                        src = out.get(_safe_name(m.linkname) or "")
                        out[name] = Entry("file", data=src.data if src else b"", **common)
                    elif m.isfile():
                        out[name] = Entry("file", data=tar.extractfile(m).read(), **common)
            except tarfile.ReadError as err:
                if "unexpected end of data" not in str(err):
                    raise
    except tarfile.TarError as err:
        raise CorruptContent(f"a layer is not a valid tar archive ({err}); pull or build the image again") from err
    for d in opaque:
        e = out.get(d, Entry("dir", mode=0o755))
        out[d] = replace(e, opaque=True)
    return out


def entries_from_files(files: Iterable) -> dict[str, Entry]:
    """Entries from :class:`taxonomy.content.FileEntry` objects (a build's or a layer's files).

    Examples
    --------
    >>> from taxonomy.content import FileEntry
    >>> entries_from_files([FileEntry("app/x", b"1")])["app/x"].data
    b'1'
    """
    out = {}
    for f in files:
        kind = f.kind if f.kind in _KINDS else "file"
        out[f.path] = Entry(kind, data=f.data, mode=f.mode, uid=f.uid, gid=f.gid, target=f.target)
    return out


class ImageTree:
    """An image's layers merged into one read-only tree, as overlayfs shows them.

    Built once per image and shared by all its containers: nothing here
    changes after construction. Directories that a layer implies but does
    not list (``etc`` for ``etc/motd``) are present, with mode 0755.

    Attributes
    ----------
    entries : dict
        Path to :class:`Entry`; the root is ``""``.
    """

    __slots__ = ("entries", "_children")

    def __init__(self, entries: Mapping[str, Entry]):
        self.entries = dict(entries)
        self.entries.setdefault("", _ROOT)
        children: dict[str, list[str]] = {}
        for path in list(self.entries):
            while path:
                head, _, base = path.rpartition("/")
                if head not in self.entries:
                    self.entries[head] = Entry("dir", mode=0o755)
                kids = children.setdefault(head, [])
                kids.append(base)
                path = head
        self._children = {k: sorted(set(v)) for k, v in children.items()}

    def get(self, path: str) -> Entry | None:
        """The entry at ``path``, or None."""
        return self.entries.get(path)

    def children(self, path: str) -> list[str]:
        """Sorted names inside directory ``path`` (empty for a file or a missing path)."""
        return list(self._children.get(path, ()))

    def __len__(self) -> int:
        return len(self.entries)


def merge_layers(layers: Sequence[Mapping[str, Entry]]) -> ImageTree:
    """Apply layers bottom to top: later files win, whiteouts delete, opaque dirs hide.

    Parameters
    ----------
    layers : sequence of mappings
        Each layer's entries (from :func:`layer_entries`), the base first.

    Examples
    --------
    >>> a = {"etc/motd": Entry(data=b"a"), "opt/x": Entry(data=b"x")}
    >>> b = {"etc/motd": Entry(data=b"b"), "opt": Entry("whiteout")}
    >>> t = merge_layers([a, b])
    >>> t.get("etc/motd").data, t.get("opt"), t.get("opt/x")
    (b'b', None, None)
    """
    merged: dict[str, Entry] = {}
    for layer in layers:
        for path in sorted(layer, key=sort_key):
            e = layer[path]
            was = merged.get(path)
            if e.kind == "whiteout" or e.opaque or (was is not None and was.kind == "dir" and e.kind != "dir"):
                prefix = path + "/"
                for old in [p for p in merged if p.startswith(prefix)]:
                    del merged[old]
            if e.kind == "whiteout":
                merged.pop(path, None)
            else:
                merged[path] = replace(e, opaque=False) if e.opaque else e
    return ImageTree(merged)


def image_tree(blobs: Sequence[bytes]) -> ImageTree:
    """An image's filesystem from its layer blobs (gzip or plain tars), the base first.

    Build it once per image and share it between the image's containers.

    Examples
    --------
    >>> from taxonomy.content import Layer, FileEntry
    >>> image_tree([Layer.from_files([FileEntry("etc/motd", b"hi")]).blob]).get("etc/motd").data
    b'hi'
    """
    return merge_layers([layer_entries(b) for b in blobs])


def tree_value(entries: Mapping[str, Entry]) -> tuple:
    """A tree as a plain immutable value: a tuple of tuples sorted by path.

    Each item is ``(path, kind, data, mode, uid, gid, target, mtime,
    opaque)``; only str, bytes, int and bool appear, so a world can store it
    in a node attribute, save it as JSON and restore it on undo.

    Examples
    --------
    >>> v = tree_value({"a": Entry(data=b"x")})
    >>> v
    (('a', 'file', b'x', 420, 0, 0, '', 0, False),)
    >>> tree_from_value(v)["a"].data
    b'x'
    """
    return tuple(entries[p].as_value(p) for p in sorted(entries, key=sort_key))


def tree_from_value(value: Iterable) -> dict[str, Entry]:
    """The entries of a value made by :func:`tree_value`.

    Raises
    ------
    FilesystemError
        An item is malformed (a saved world edited by hand).
    """
    out = {}
    for item in value or ():
        try:
            path, kind, data, mode, uid, gid, target, mtime, opaque = item
        except (TypeError, ValueError) as err:
            raise FilesystemError("EINVAL", "/", f"a stored file tree holds a malformed entry {item!r}; "
                                  "save the world again from a clean state") from err
        if kind not in _KINDS or not isinstance(path, str):
            raise FilesystemError("EINVAL", "/" + str(path), f"a stored file tree holds an entry of unknown kind "
                                  f"{kind!r} at /{path}; save the world again from a clean state")
        out[path] = Entry(kind, bytes(data), int(mode), int(uid), int(gid), str(target), int(mtime), bool(opaque))
    return out
