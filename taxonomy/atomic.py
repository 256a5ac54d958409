"""Writing a file all at once: a temporary file in the same folder, then ``os.replace``.

A crash or a full disk half-way leaves the old file whole, never a truncated
one. Saved worlds, challenge progress, recorded levels and OCI archives are
all written this way.

Examples
--------
>>> import os, tempfile
>>> path = os.path.join(tempfile.mkdtemp(), "sub", "f.txt")
>>> atomic_write(path, b"one", make_folder=True)
>>> with atomic_file(path) as f:
...     _ = f.write(b"two")
>>> open(path, "rb").read(), sorted(os.listdir(os.path.dirname(path)))
(b'two', ['f.txt'])
"""

from __future__ import annotations

import contextlib
import os
import tempfile

__all__ = ["atomic_file", "atomic_write"]


@contextlib.contextmanager
def atomic_file(path, *, make_folder: bool = False, mode: int | None = None, prefix: str = ".tmp-"):
    """A binary file that replaces ``path`` when the ``with`` block ends without error.

    Parameters
    ----------
    make_folder : bool
        Create the folder if it is missing.
    mode : int, optional
        Permission bits for the new file (the temporary file starts as 0o600).
    prefix : str
        The temporary file's name prefix, so a leftover is recognisable.
    """
    path = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(path))
    if make_folder:
        os.makedirs(folder, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def atomic_write(path, data: bytes, *, make_folder: bool = False) -> None:
    """Write ``data`` to ``path`` through :func:`atomic_file`."""
    with atomic_file(path, make_folder=make_folder) as f:
        f.write(data)
