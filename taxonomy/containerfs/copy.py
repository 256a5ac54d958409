"""``docker cp``: copying files and directories into and out of a container.

``docker cp`` sends a tar archive between the client and the daemon. The
rules for where the copy lands are Docker's (``docker cp --help`` spells them
out): a file copied onto a directory goes inside it under its own name; a
directory copied to a missing path becomes that path; ``SRC/.`` copies a
directory's content rather than the directory; a directory cannot replace a
file. The same rules apply both ways, so the host side is a
:class:`~taxonomy.containerfs.union.ContainerFS` too: a host directory is
a tree over an empty image (see :func:`host_fs`).

Examples
--------
>>> from taxonomy.containerfs.tree import Entry, ImageTree
>>> box = ContainerFS(ImageTree({"etc/os-release": Entry(data=b'NAME="Alpine Linux"\\n'), "tmp": Entry("dir")}))
>>> host = host_fs({"notes": Entry("dir")})
>>> arc = archive_path(box, "/etc/os-release", container="web")
>>> arc.name, arc.size
('os-release', 2048)
>>> extract(host, arc, "/notes", side="host")
'/notes/os-release'
>>> copied_text(arc.size, "/notes")
'Successfully copied 2.05kB to /notes'
>>> archive_path(box, "/nosuch", container="web")
Traceback (most recent call last):
...
taxonomy.errors.NotFound: Could not find the file /nosuch in container web
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from typing import Mapping

from ..errors import FilesystemError, InvalidArgument, NotFound
from .tree import Entry, ImageTree, join_path, parent_of, split_path
from .union import ContainerFS

__all__ = ["Archive", "archive_path", "extract", "host_fs", "tar_stream_size", "copied_text"]

_BLOCK = 512


@dataclass(frozen=True)
class Archive:
    """What ``docker cp`` carries: entries relative to the copied path (``""`` is the path itself)."""

    name: str
    entries: tuple          # ((relpath, Entry), ...) in walk order, the root first
    size: int               # bytes of the tar stream, as ``Successfully copied`` counts them

    @property
    def is_dir(self) -> bool:
        """True if a directory is copied."""
        return bool(self.entries) and self.entries[0][1].kind == "dir"


def tar_stream_size(entries) -> int:
    """Bytes of the tar stream Go's ``archive/tar`` writes for ``entries``.

    A 512-byte header per entry, file data padded to 512 bytes, and two zero
    blocks at the end (no padding to a 10 kB record, unlike GNU tar). Names
    over 100 bytes need a PAX header: two more blocks.

    Examples
    --------
    >>> tar_stream_size([("a.txt", Entry(data=b"hello"))])
    2048
    """
    total = 2 * _BLOCK
    for rel, e in entries:
        total += _BLOCK + (2 * _BLOCK if len(rel) > 99 else 0)
        if e.kind == "file":
            total += -(-len(e.data) // _BLOCK) * _BLOCK
    return total


def copied_text(size: int, dest: str) -> str:
    """The line ``docker cp`` prints on stderr when done (decimal units, 3 significant digits).

    Examples
    --------
    >>> copied_text(1536, "web:/tmp")
    'Successfully copied 1.54kB to web:/tmp'
    """
    units = ("B", "kB", "MB", "GB", "TB")
    value, i = float(size), 0
    while value >= 1000 and i < len(units) - 1:
        value /= 1000
        i += 1
    return f"Successfully copied {value:.3g}{units[i]} to {dest}"


def host_fs(tree: Mapping[str, Entry] | None = None, *, clock: int = 0) -> ContainerFS:
    """A host directory tree (path to :class:`Entry`) as a filesystem ``docker cp`` can read and write.

    Read the new tree back with ``tree_from_value(fs.layer_value())``.
    """
    from .tree import tree_value
    return ContainerFS(ImageTree({}), tree_value(dict(tree or {})), clock=clock)


def _missing(side: str, path: str, container: str) -> NotFound:
    if side == "container":
        return NotFound(f"Could not find the file {path} in container {container}")
    return NotFound(f"lstat {path}: no such file or directory")


def archive_path(fs: ContainerFS, path: str, *, container: str = "", side: str = "container") -> Archive:
    """Pack ``path`` (a file or a directory tree) as ``docker cp`` sends it.

    A trailing ``/.`` keeps the directory's name out of the entries' paths
    (its content is what gets copied).

    Raises
    ------
    NotFound
        ``path`` does not exist: the daemon's "Could not find the file …"
        for a container, ``lstat …`` for the host.
    """
    want = "/" + "/".join(split_path(path))
    try:
        real, e = fs.resolve(want)
    except FilesystemError as err:
        raise _missing(side, want, container) from err
    if e is None:
        raise _missing(side, want, container)
    if e.kind == "symlink":
        e = fs.stat(want)
    walked = fs.walk("/" + real) if e.kind == "dir" else [(real, e)]
    entries = tuple(((p[len(real):].lstrip("/")), entry) for p, entry in walked)
    name = posixpath.basename(want) or "/"
    named = [(join_path(name, rel), entry) for rel, entry in entries]
    return Archive(name, entries, tar_stream_size(named))


def extract(fs: ContainerFS, archive: Archive, dest: str, *, container: str = "", side: str = "container",
            contents_only: bool = False, uid: int = 0, gid: int = 0) -> str:
    """Unpack ``archive`` at ``dest`` by ``docker cp``'s rules; return where it landed.

    Parameters
    ----------
    contents_only : bool
        The source was given as ``DIR/.``: copy what the directory holds.

    Raises
    ------
    NotFound
        The destination's parent does not exist, or ``dest`` ends with
        ``/`` and is missing while a file is copied ("no such directory").
    InvalidArgument
        A directory onto a file ("cannot copy directory").
    FilesystemError
        A read-only mount (``EROFS``).
    """
    want = "/" + "/".join(split_path(dest))
    asserts_dir = dest.endswith("/") or dest.endswith("/.")
    try:
        real, e = fs.resolve(want)
    except FilesystemError as err:
        raise _missing(side, parent_of(want.lstrip("/")) and "/" + parent_of(want.lstrip("/")) or "/", container) from err
    if e is not None and e.kind == "dir":
        target = real if (contents_only and archive.is_dir) else join_path(real, archive.name)
    elif e is not None:
        if archive.is_dir:
            raise InvalidArgument(f"cannot copy directory: {archive.name} onto the file {want}; "
                                  "give a directory (or a new path) as the destination")
        target = real
    else:
        if asserts_dir and not archive.is_dir:
            raise NotFound(f"no such directory: {want}; create it first (mkdir -p) or drop the trailing slash")
        parent = parent_of(real)
        pe = fs.lookup("/" + parent)
        if pe is None or pe.kind != "dir":
            raise _missing(side, "/" + parent, container)
        target = real
    for rel, entry in archive.entries:
        path = "/" + join_path(target, rel)
        if entry.kind == "dir":
            fs.mkdir(path, parents=True, mode=entry.mode, uid=uid or entry.uid, gid=gid or entry.gid)
        elif entry.kind == "file":
            existing = fs.lookup(path)
            if existing is not None and existing.kind == "dir":
                raise InvalidArgument(f"cannot overwrite directory {path} with a file from the archive; "
                                      "remove it first or copy to another path")
            fs.write(path, entry.data, mode=entry.mode, uid=uid or entry.uid, gid=gid or entry.gid)
        elif entry.kind == "symlink":
            fs.symlink(path, entry.target)
    return "/" + target
