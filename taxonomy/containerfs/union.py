"""A container's filesystem: the image's layers, a writable layer, and mounts.

Think of an image as a printed book that every container of the image shares,
and the writable layer as a stack of sticky notes on one copy. Reading a page
shows the note if there is one, the print otherwise. Changing a page means
writing a note over it (*copy-on-write*); tearing a page out means a note that
says "gone" (a *whiteout*). The book never changes; ``docker diff`` lists the
notes, ``docker commit`` binds them into a new layer, ``docker rm`` throws them
away. Volumes and bind mounts are other books clipped in at a page: what is
written there goes to them, not to the notes, and survives the container.

:class:`ContainerFS` is a working copy built from plain values: an
:class:`~taxonomy.containerfs.tree.ImageTree` (immutable, shared), the
writable layer's value (a tuple, see :func:`~taxonomy.containerfs.tree.tree_value`)
and :class:`Mount` values. It never changes its inputs: after a change, read
:meth:`ContainerFS.layer_value` and :meth:`ContainerFS.mount_values` and store
them (an operation stores them in the world; undo restores the old values).

Examples
--------
>>> from taxonomy.containerfs.tree import Entry, ImageTree
>>> from taxonomy.containerfs.mounts import Mount
>>> image = ImageTree({"etc/motd": Entry(data=b"Welcome\\n"), "tmp": Entry("dir", mode=0o1777)})
>>> fs = ContainerFS(image, clock=1_700_000_000)
>>> fs.write("/tmp/greeting.txt", b"hello\\n")
>>> fs.remove("/etc/motd")
>>> fs.diff_lines()
['C /etc', 'D /etc/motd', 'C /tmp', 'A /tmp/greeting.txt']
>>> image.get("etc/motd").data       # the image is untouched
b'Welcome\\n'
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Mapping, Sequence

from ..content import FileEntry, Layer
from ..errors import FilesystemError
from .mounts import Mount
from .tree import (MAX_SYMLINK_HOPS, OPAQUE_MARKER, Entry, ImageTree, join_path, parent_of, sort_key, split_path,
                   tree_from_value, tree_value)

__all__ = ["ContainerFS", "EMPTY_LAYER_TAR", "MAX_FILE_BYTES"]

#: The tar Docker writes for a layer with no change: two zero blocks. Its sha256
#: is the well-known empty layer ``sha256:5f70bf18a086…``.
EMPTY_LAYER_TAR = b"\0" * 1024
#: Largest file the model keeps in a writable layer or a volume (a real one is only
#: limited by the disk; the model keeps worlds small enough to save and undo).
MAX_FILE_BYTES = 16 * 1024 * 1024


class ContainerFS:
    """A working copy of a container's union filesystem.

    Parameters
    ----------
    image : ImageTree
        The image's merged layers (read-only, shared).
    layer : tuple, optional
        The writable layer's value, from a previous :meth:`layer_value`.
    mounts : sequence of Mount
    clock : int
        The time changes are stamped with (the world's clock).

    Notes
    -----
    Paths given to the methods are absolute (``/etc/motd``) or relative to
    ``cwd`` (``"/"`` by default). Symbolic links are followed as the kernel
    does, at most :data:`~taxonomy.containerfs.tree.MAX_SYMLINK_HOPS` times.
    Every method that fails raises :class:`~taxonomy.FilesystemError` before
    changing anything.
    """

    def __init__(self, image: ImageTree, layer: Iterable = (), mounts: Sequence[Mount] = (), *, clock: int = 0):
        self.image = image
        self.clock = int(clock)
        self._upper: dict[str, Entry] = tree_from_value(layer)
        self._mounts: dict[str, Mount] = {}
        self._trees: dict[str, dict[str, Entry]] = {}
        self._dirty: set[str] = set()
        for m in mounts:
            self._mounts[m.key] = m
            self._trees[m.key] = tree_from_value(m.tree) or {"": Entry("dir", mode=0o755)}
        self._mount_keys = sorted(self._mounts, key=len, reverse=True)
        # Docker makes a mount point's missing parent directories; the model shows them as plain directories.
        self._mount_parents: set[str] = set()
        for key in self._mounts:
            head = parent_of(key)
            while head:
                self._mount_parents.add(head)
                head = parent_of(head)

    # -- where a path lives -------------------------------------------
    def _mount_of(self, path: str) -> str | None:
        for key in self._mount_keys:
            if path == key or not key or path.startswith(key + "/"):
                return key
        return None

    def _lower_hidden(self, path: str) -> bool:
        """True if the writable layer hides the image's ``path`` (a whiteout or opaque dir above it)."""
        return path in self._upper or self._lower_hidden_above(path)

    def _get(self, path: str) -> Entry | None:
        """The entry at a resolved path, without following a final link."""
        key = self._mount_of(path)
        if key is not None:
            rel = path[len(key):].lstrip("/")
            return self._trees[key].get(rel)
        if path in self._upper:
            e = self._upper[path]
            e = None if e.kind == "whiteout" else e
        elif self._lower_hidden(path):
            e = None
        else:
            e = self.image.get(path)
        if e is None and path in self._mount_parents:
            return Entry("dir", mode=0o755)
        return e

    def resolve(self, path: str, *, cwd: str = "/", follow: bool = True) -> tuple[str, Entry | None]:
        """Resolve ``path`` to a stored path without links, and its entry (None if missing).

        Raises
        ------
        FilesystemError
            ``ENOENT`` or ``ENOTDIR`` for a missing or non-directory parent,
            ``ELOOP`` for a link loop.

        Examples
        --------
        >>> fs = ContainerFS(ImageTree({"bin": Entry("symlink", target="usr/bin"), "usr/bin/env": Entry()}))
        >>> fs.resolve("/bin/env")[0]
        'usr/bin/env'
        """
        todo = split_path(path if path.startswith("/") else cwd.rstrip("/") + "/" + path)
        done: list[str] = []
        hops = 0
        while todo:
            name = todo.pop(0)
            if name == "..":
                if done:
                    done.pop()
                continue
            cand = join_path(*done, name)
            e = self._get(cand)
            last = not todo
            if e is None:
                if last:
                    return cand, None
                raise FilesystemError("ENOENT", "/" + cand)
            if e.kind == "symlink" and (follow or not last):
                hops += 1
                if hops > MAX_SYMLINK_HOPS:
                    raise FilesystemError("ELOOP", "/" + cand)
                if e.target.startswith("/"):
                    done = []
                todo = split_path(e.target) + todo
                continue
            if not last and e.kind != "dir":
                raise FilesystemError("ENOTDIR", "/" + cand)
            done.append(name)
        resolved = join_path(*done)
        return resolved, self._get(resolved)

    # -- reading ---------------------------------------------------------
    def lookup(self, path: str, *, cwd: str = "/", follow: bool = True) -> Entry | None:
        """The entry at ``path``, or None if nothing is there (errors only for bad parents)."""
        try:
            return self.resolve(path, cwd=cwd, follow=follow)[1]
        except FilesystemError as err:
            if err.errno in ("ENOENT", "ENOTDIR"):
                return None
            raise

    def stat(self, path: str, *, cwd: str = "/", follow: bool = True) -> Entry:
        """The entry at ``path``; raises ``ENOENT`` if missing."""
        real, e = self.resolve(path, cwd=cwd, follow=follow)
        if e is None:
            raise FilesystemError("ENOENT", "/" + real)
        return e

    def exists(self, path: str, *, cwd: str = "/") -> bool:
        """True if ``path`` names something."""
        return self.lookup(path, cwd=cwd) is not None

    def read(self, path: str, *, cwd: str = "/") -> bytes:
        """The content of file ``path``; ``EISDIR`` for a directory."""
        real, e = self.resolve(path, cwd=cwd)
        if e is None:
            raise FilesystemError("ENOENT", "/" + real)
        if e.kind == "dir":
            raise FilesystemError("EISDIR", "/" + real)
        return e.data

    def listdir(self, path: str = "/", *, cwd: str = "/") -> list[str]:
        """Sorted names in directory ``path`` (``ENOTDIR`` for a file).

        Examples
        --------
        >>> fs = ContainerFS(ImageTree({"etc/motd": Entry()}), mounts=[Mount("/data")])
        >>> fs.listdir("/")
        ['data', 'etc']
        """
        real, e = self.resolve(path, cwd=cwd)
        if e is None:
            raise FilesystemError("ENOENT", "/" + real)
        if e.kind != "dir":
            raise FilesystemError("ENOTDIR", "/" + real)
        key = self._mount_of(real)
        names: set[str] = set()
        if key is not None:
            rel = real[len(key):].lstrip("/")
            prefix = rel + "/" if rel else ""
            names.update(p[len(prefix):].split("/")[0] for p in self._trees[key] if p and p.startswith(prefix)
                         and p != rel)
        else:
            up = self._upper.get(real)
            if not self._lower_hidden_above(real) and (up is None or (up.kind == "dir" and not up.opaque)):
                names.update(self.image.children(real))
            prefix = real + "/" if real else ""
            for p, ue in self._upper.items():
                if p.startswith(prefix) and "/" not in p[len(prefix):]:
                    if ue.kind == "whiteout":
                        names.discard(p[len(prefix):])
                    else:
                        names.add(p[len(prefix):])
        for mkey in (*self._mounts, *self._mount_parents):   # mount points show in their parent
            if mkey and parent_of(mkey) == real and mkey != real:
                names.add(mkey.rpartition("/")[2])
        return sorted(n for n in names if n)

    def _lower_hidden_above(self, path: str) -> bool:
        """True if a whiteout, a non-directory or an opaque directory of the writable layer sits above ``path``."""
        head = path
        while head:
            head = parent_of(head)
            up = self._upper.get(head)
            if up is not None and (up.kind != "dir" or up.opaque):
                return True
        return False

    def walk(self, path: str = "/", *, cwd: str = "/") -> list[tuple[str, Entry]]:
        """Every entry under ``path`` (itself first), depth first in name order, links not followed."""
        real, e = self.resolve(path, cwd=cwd)
        if e is None:
            raise FilesystemError("ENOENT", "/" + real)
        out, stack = [], [(real, e)]
        while stack:
            p, entry = stack.pop()
            out.append((p, entry))
            if entry.kind == "dir":
                for name in reversed(self.listdir("/" + p)):
                    child = join_path(p, name)
                    ce = self._get(child)
                    if ce is not None:
                        stack.append((child, ce))
        return out

    # -- changing ------------------------------------------------------
    def _writable(self, path: str) -> str | None:
        """The mount key ``path`` is written to (None: the writable layer); ``EROFS`` if read-only."""
        key = self._mount_of(path)
        if key is not None and self._mounts[key].readonly:
            raise FilesystemError("EROFS", "/" + path)
        return key

    def _put(self, path: str, entry: Entry, *, new: bool):
        key = self._writable(path)
        if key is not None:
            rel = path[len(key):].lstrip("/")
            tree = self._trees[key]
            tree[rel] = entry
            if new and rel:
                parent = parent_of(rel)
                tree[parent] = replace(tree.get(parent, Entry("dir", mode=0o755)), mtime=self.clock)
            self._dirty.add(key)
            return
        self._copy_up_parents(path)
        self._upper[path] = entry
        if new and path:
            self._touch_dir(parent_of(path))

    def _copy_up_parents(self, path: str):
        head = parent_of(path)
        chain = []
        while head and head not in self._upper:
            chain.append(head)
            head = parent_of(head)
        for p in reversed(chain):
            lower = self.image.get(p) if not self._lower_hidden(p) else None
            self._upper[p] = lower if lower is not None else Entry("dir", mode=0o755, mtime=self.clock)

    def _touch_dir(self, path: str):
        if self._mount_of(path) is not None:
            return
        if path in self._upper:
            self._upper[path] = replace(self._upper[path], mtime=self.clock)
        elif path:
            self._copy_up_parents(path + "/x")
            self._upper[path] = replace(self._upper[path], mtime=self.clock)

    def _parent_dir(self, real: str):
        parent = parent_of(real)
        pe = self._get(parent)
        if pe is None:
            raise FilesystemError("ENOENT", "/" + real)
        if pe.kind != "dir":
            raise FilesystemError("ENOTDIR", "/" + real)

    def write(self, path: str, data: bytes, *, append: bool = False, cwd: str = "/", mode: int | None = None,
              uid: int = 0, gid: int = 0) -> None:
        """Write (or append to) a file, creating it; a changed image file is copied up first.

        Examples
        --------
        >>> fs = ContainerFS(ImageTree({"etc/motd": Entry(data=b"a")}), clock=5)
        >>> fs.write("/etc/motd", b"b", append=True)
        >>> fs.read("/etc/motd"), fs.diff_lines()
        (b'ab', ['C /etc/motd'])
        """
        real, e = self.resolve(path, cwd=cwd)
        if e is not None and e.kind == "dir":
            raise FilesystemError("EISDIR", "/" + real)
        if e is None:
            self._parent_dir(real)
        old = e.data if (e is not None and append) else b""
        if len(old) + len(data) > MAX_FILE_BYTES:
            raise FilesystemError("EFBIG", "/" + real, f"/{real}: File too large (the model keeps files of at most "
                                  f"{MAX_FILE_BYTES // (1024 * 1024)} MiB; MAX_FILE_BYTES)")
        if e is None:
            entry = Entry("file", old + data, 0o644 if mode is None else mode, uid, gid, mtime=self.clock)
        else:
            entry = replace(e, data=old + data, mtime=self.clock, mode=e.mode if mode is None else mode)
        self._put(real, entry, new=e is None)

    def touch(self, path: str, *, cwd: str = "/", uid: int = 0, gid: int = 0) -> None:
        """Create an empty file, or bring an existing entry's time to now (copying it up)."""
        real, e = self.resolve(path, cwd=cwd)
        if e is None:
            self._parent_dir(real)
            self._put(real, Entry("file", b"", 0o644, uid, gid, mtime=self.clock), new=True)
        else:
            self._put(real, replace(e, mtime=self.clock), new=False)

    def symlink(self, path: str, target: str, *, cwd: str = "/") -> None:
        """Make a symbolic link at ``path`` pointing to ``target`` (``EEXIST`` if taken)."""
        real, e = self.resolve(path, cwd=cwd, follow=False)
        if e is not None:
            raise FilesystemError("EEXIST", "/" + real)
        self._parent_dir(real)
        self._put(real, Entry("symlink", mode=0o777, target=target, mtime=self.clock), new=True)

    def mkdir(self, path: str, *, parents: bool = False, cwd: str = "/", mode: int = 0o755,
              uid: int = 0, gid: int = 0) -> None:
        """Make a directory (``parents``: and its missing parents, no error if it exists)."""
        if parents:
            full = path if path.startswith("/") else cwd.rstrip("/") + "/" + path
            parts, done = split_path(full), ""
            for i in range(len(parts)):
                real, e = self.resolve("/" + "/".join(parts[:i + 1]))
                if e is None:
                    self._make_dir(real, mode, uid, gid)
                elif e.kind != "dir":
                    raise FilesystemError("ENOTDIR" if i < len(parts) - 1 else "EEXIST", "/" + real)
                done = real
            return
        real, e = self.resolve(path, cwd=cwd)
        if e is not None:
            raise FilesystemError("EEXIST", "/" + real)
        self._parent_dir(real)
        self._make_dir(real, mode, uid, gid)

    def _make_dir(self, real: str, mode: int, uid: int, gid: int):
        self._writable(real)
        opaque = self._mount_of(real) is None and self._upper.get(real, Entry()).kind == "whiteout" \
            and self.image.get(real) is not None and self.image.get(real).kind == "dir"
        self._put(real, Entry("dir", mode=mode, uid=uid, gid=gid, mtime=self.clock, opaque=opaque), new=True)

    def remove(self, path: str, *, recursive: bool = False, cwd: str = "/") -> None:
        """Remove a file, link or (``recursive``) directory; image content gets a whiteout.

        Raises
        ------
        FilesystemError
            ``ENOENT`` if missing, ``EISDIR`` for a directory without
            ``recursive``, ``EBUSY`` for the root or a mount point, ``EROFS``
            inside a read-only mount.
        """
        real, e = self.resolve(path, cwd=cwd, follow=False)
        if e is None:
            raise FilesystemError("ENOENT", "/" + real)
        if e.kind == "dir" and not recursive:
            raise FilesystemError("EISDIR", "/" + real)
        if not real or real in self._mounts:
            raise FilesystemError("EBUSY", "/" + real)
        if e.kind == "dir":
            inside = [k for k in self._mounts if k.startswith(real + "/")]
            if inside:
                raise FilesystemError("EBUSY", "/" + inside[0])
        key = self._writable(real)
        if key is not None:
            rel = real[len(key):].lstrip("/")
            tree = self._trees[key]
            for p in [p for p in tree if p == rel or p.startswith(rel + "/")]:
                del tree[p]
            parent = parent_of(rel)
            tree[parent] = replace(tree.get(parent, Entry("dir", mode=0o755)), mtime=self.clock)
            self._dirty.add(key)
            return
        for p in [p for p in self._upper if p.startswith(real + "/")]:
            del self._upper[p]
        in_image = not self._lower_hidden_above(real) and self.image.get(real) is not None
        self._copy_up_parents(real)
        if in_image:
            self._upper[real] = Entry("whiteout")
        else:
            self._upper.pop(real, None)
        self._touch_dir(parent_of(real))

    # -- results -----------------------------------------------------------
    def layer_value(self) -> tuple:
        """The writable layer as a plain value, to store and restore."""
        return tree_value(self._upper)

    def mount_values(self) -> dict[str, tuple]:
        """New content of every changed mount (volume, bind mount, or a file Docker mounts): target to tree value."""
        return {"/" + k: tree_value(self._trees[k]) for k in sorted(self._dirty)}

    def mounts(self) -> list[Mount]:
        """The mounts, with their current content."""
        return [replace(m, tree=tree_value(self._trees[k])) for k, m in sorted(self._mounts.items())]

    def diff(self) -> list[tuple[str, str]]:
        """``docker diff``: (kind, path) with kind A (added), C (changed) or D (deleted).

        The order is Docker's: a depth-first walk of the writable layer in
        name order; a directory that exists in the image shows as C only if
        its own metadata changed (an entry added or removed in it, or
        ``touch``), and the parent of an added or deleted entry is listed
        before it. Mounts are not part of the writable layer.
        """
        changes: list[tuple[str, str]] = []
        changed_dirs: set[str] = set()
        for path in sorted(self._upper, key=sort_key):
            e = self._upper[path]
            if e.kind == "whiteout":
                kind = "D"
            else:
                low = self.image.get(path) if not self._lower_hidden_above(path) else None
                if low is None:
                    kind = "A"
                elif (low.kind == "dir" and e.kind == "dir" and low.mode == e.mode and low.mtime == e.mtime
                      and low.uid == e.uid and low.gid == e.gid):
                    continue
                else:
                    kind = "C"
            if e.kind == "dir":
                changed_dirs.add(path)
            if kind in ("A", "D"):
                parent = parent_of(path)
                if parent and parent not in changed_dirs:
                    changes.append(("C", "/" + parent))
                    changed_dirs.add(parent)
            changes.append((kind, "/" + path))
        return changes

    def diff_lines(self) -> list[str]:
        """:meth:`diff` as the lines ``docker diff`` prints (``A /tmp/x``)."""
        return [f"{k} {p}" for k, p in self.diff()]

    def commit_entries(self) -> list[FileEntry]:
        """The writable layer as layer entries: whiteouts as ``.wh.`` files, opaque dirs marked."""
        out = []
        for path in sorted(self._upper, key=sort_key):
            e = self._upper[path]
            if e.kind == "whiteout":
                out.append(FileEntry(path, kind="whiteout"))
                continue
            out.append(FileEntry(path, e.data, e.mode, e.kind, e.target, e.uid, e.gid))
            if e.kind == "dir" and e.opaque:
                out.append(FileEntry(join_path(path, OPAQUE_MARKER), b"", 0o644))
        return out

    def commit(self) -> Layer:
        """``docker commit``: the writable layer as a real layer (tar, gzip blob, diff_id, digest).

        The bytes depend only on the changes, so the same changes give the
        same digest on every machine; an empty writable layer gives Docker's
        well-known empty layer.

        Examples
        --------
        >>> fs = ContainerFS(ImageTree({}))
        >>> fs.commit().diff_id
        'sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef'
        """
        entries = self.commit_entries()
        if not entries:
            return Layer.from_tar(EMPTY_LAYER_TAR)
        return Layer.from_files(entries)

    def upper(self) -> Mapping[str, Entry]:
        """The writable layer's entries (read-only view, for tests and views)."""
        return dict(self._upper)
