"""The build context: the files a build may read, and nothing else.

A context is a real directory, a mapping of file names to contents, or a
host's working files. Paths are resolved inside it only: ``COPY ../secret .``
or an absolute path that leaves it fails as Docker does, and a symbolic link
in a real directory cannot point outside it. ``.dockerignore`` is honoured.
Files are hashed as streams, in 1 MiB chunks, never loaded whole for hashing.

Examples
--------
>>> ctx = Context.from_mapping({"app.py": "print('hi')\\n", "README.md": "x", ".dockerignore": "*.md"})
>>> sorted(ctx.files)
['.dockerignore', 'app.py']
>>> ctx.read("app.py")
b"print('hi')\\n"
"""

from __future__ import annotations

import fnmatch
import hashlib
import os
import posixpath
import time
from dataclasses import dataclass, field
from typing import Mapping

from ..errors import BuildError
from ..limits import MAX_COPY_BYTES
from .dockerignore import dockerignore_matcher, parse_dockerignore

__all__ = ["Context", "hash_file", "hash_tree", "MAX_COPY_BYTES"]

_CHUNK = 1 << 20
_RACY_NS = 3_000_000_000


def hash_file(path: str) -> str:
    """sha256 of a file, read in 1 MiB chunks."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            h.update(chunk)
    return "sha256:" + h.hexdigest()


class _Text:
    """A context file given as text: encoded once, when first read."""

    __slots__ = ("text", "_data")

    def __init__(self, text: str):
        self.text, self._data = text, None

    @property
    def data(self) -> bytes:
        if self._data is None:
            self._data = self.text.encode()
        return self._data


def _hash(v) -> str:
    if isinstance(v, _Text):
        v = v.data
    return "sha256:" + hashlib.sha256(v).hexdigest() if isinstance(v, bytes) else hash_file(v)


def hash_tree(root: str) -> dict[str, str]:
    """Digest of every file under ``root`` (relative posix path to ``sha256:…``), streamed."""
    return Context.from_directory(root).digests()


@dataclass
class Context:
    """Files available to a build: relative posix path to bytes or to a real file path."""

    files: dict = field(default_factory=dict)
    root: str | None = None
    #: Checksums remembered across builds, as BuildKit's metadata cache does: an
    #: in-memory value that is the very same object, or a real file with the same
    #: path, size, mtime and inode, is not hashed again. The owner (a World)
    #: passes its own dict; None disables it.
    memo: dict | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, str | bytes], memo: dict | None = None) -> "Context":
        files = {}
        for name, data in mapping.items():
            rel = _clean(name)
            if rel is None:
                raise BuildError(f"invalid context file name {name!r}: give a relative path inside the context")
            if not isinstance(data, (str, bytes)):
                data = bytes(data)
            files[rel] = _Text(data) if isinstance(data, str) else data
        return cls._ignore(cls(files, memo=memo))

    @classmethod
    def from_directory(cls, root: str, memo: dict | None = None) -> "Context":
        root = os.path.realpath(os.fspath(root))
        if not os.path.isdir(root):
            raise BuildError(f"unable to prepare context: path {root!r} not found; give an existing directory")
        files = {}
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            for fn in sorted(filenames):
                full = os.path.join(dirpath, fn)
                real = os.path.realpath(full)
                if os.path.commonpath([root, real]) != root or not os.path.isfile(real):
                    continue  # a link that leaves the context is not part of it
                files[os.path.relpath(full, root).replace(os.sep, "/")] = real
        return cls._ignore(cls(files, root, memo))

    @classmethod
    def _ignore(cls, ctx: "Context") -> "Context":
        if ".dockerignore" in ctx.files:
            matcher = dockerignore_matcher(parse_dockerignore(ctx.read(".dockerignore").decode("utf-8", "replace")))
            ctx.files = {p: v for p, v in ctx.files.items() if p == ".dockerignore" or not matcher(p)}
        return ctx

    def read(self, rel: str) -> bytes:
        """The bytes of one context file."""
        v = self.files[rel]
        if isinstance(v, _Text):
            return v.data
        if isinstance(v, bytes):
            return v
        if os.path.getsize(v) > MAX_COPY_BYTES:
            raise BuildError(f"{rel} is {os.path.getsize(v)} bytes: the explorer keeps layers in memory and copies files "
                             f"up to {MAX_COPY_BYTES // (1024 * 1024)} MiB; add it to .dockerignore")
        with open(v, "rb") as f:
            return f.read()

    def digest(self, rel: str) -> str:
        """sha256 of one context file, streamed for real files."""
        v = self.files[rel]
        if self.memo is None:
            return _hash(v)
        if isinstance(v, str):
            st = os.stat(v)
            if time.time_ns() - st.st_mtime_ns < _RACY_NS:
                return _hash(v)   # changed just now: the same mtime could hide a second change (git's "racy" rule)
            key = ("file", v, st.st_size, st.st_mtime_ns, st.st_ino)
            pin = None
        else:
            pin = v.text if isinstance(v, _Text) else v
            key = ("value", id(pin))
        hit = self.memo.get(key)
        if hit is not None and hit[0] is pin:
            return hit[1]
        if len(self.memo) > 50_000:
            self.memo.clear()
        digest = _hash(v)
        self.memo[key] = (pin, digest)   # holding the value keeps its id from being reused
        return digest

    def digests(self) -> dict[str, str]:
        """Every file's digest."""
        return {p: self.digest(p) for p in sorted(self.files)}

    def size(self) -> int:
        """Total bytes in the context."""
        return sum(len(self.read(p)) if not isinstance(v, str) else os.path.getsize(v) for p, v in self.files.items())

    def match(self, source: str, instruction: str) -> list[tuple[str, str]]:
        """Resolve a COPY/ADD source to (context path, path relative to the source) pairs.

        Raises BuildError for paths outside the context and for sources that
        match nothing.
        """
        norm = posixpath.normpath("/" + source.replace("\\", "/"))
        plain = source.replace("\\", "/")
        escapes = posixpath.normpath(plain).split("/")[0] == ".." if not plain.startswith("/") else ".." in plain.split("/")
        if escapes:
            raise BuildError(f"{instruction}: forbidden path outside the build context: {source}; "
                             "copy files from inside the context (the folder you build)")
        rel = norm.lstrip("/")
        if rel in ("", "."):
            return [(p, p) for p in sorted(self.files)]
        if any(ch in rel for ch in "*?["):
            hits = sorted(p for p in self.files if fnmatch.fnmatchcase(p, rel) or
                          any(fnmatch.fnmatchcase(p[:i], rel) for i in range(len(p)) if p[i] == "/"))
            out = []
            for p in hits:
                top = next((p[:i] for i in range(len(p)) if p[i] == "/" and fnmatch.fnmatchcase(p[:i], rel)), None)
                out.append((p, p[len(top) + 1:] if top and not fnmatch.fnmatchcase(p, rel) else posixpath.basename(p)))
            if not out:
                raise BuildError(f'{instruction}: failed to calculate checksum of ref: "/{rel}": not found; '
                                 "check the file name and that .dockerignore does not exclude it")
            return out
        if rel in self.files:
            return [(rel, posixpath.basename(rel))]
        under = sorted(p for p in self.files if p.startswith(rel + "/"))
        if under:
            return [(p, p[len(rel) + 1:]) for p in under]
        raise BuildError(f'{instruction}: failed to calculate checksum of ref: "/{rel}": not found; '
                         "check the file name and that .dockerignore does not exclude it")


def _clean(name: str) -> str | None:
    if not isinstance(name, str) or not name:
        return None
    norm = posixpath.normpath("/" + name.replace("\\", "/")).lstrip("/")
    if name.startswith("/") or ".." in name.replace("\\", "/").split("/") or norm in ("", "."):
        return None
    return norm
