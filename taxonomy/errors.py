"""The one error hierarchy of the library.

Every problem a learner can cause raises a subclass of :class:`TaxonomyError`.
A message says what went wrong, names the value involved and, where there is
one, the next step. Operations that raise leave the world exactly as it was.

Some classes also derive from a built-in exception so that ordinary Python
code can catch them naturally (an :class:`InvalidReference` is a
``ValueError``, a :class:`NotFound` is a ``LookupError``).

Examples
--------
>>> import taxonomy as tx
>>> issubclass(tx.InvalidReference, tx.TaxonomyError)
True
>>> issubclass(tx.InvalidReference, ValueError)
True
>>> try:
...     raise tx.NotFound("No such image: nginx:nosuch")
... except tx.TaxonomyError as err:
...     print(err)
No such image: nginx:nosuch
"""

__all__ = [
    "TaxonomyError",
    "InvalidReference",
    "InvalidArgument",
    "NotFound",
    "Conflict",
    "Unauthorized",
    "Denied",
    "BuildError",
    "PlatformMismatch",
    "CorruptContent",
    "PersistenceError",
    "RegistryError",
    "LevelError",
    "FilesystemError",
]


class TaxonomyError(Exception):
    """Base class of every error a learner can cause.

    Attributes
    ----------
    exit_code : int
        The exit code the docker CLI gives for this kind of failure (1 by
        default).
    """

    exit_code = 1


class InvalidReference(TaxonomyError, ValueError):
    """An image reference does not follow Docker's reference grammar."""


class InvalidArgument(TaxonomyError, ValueError):
    """An argument, flag or name is malformed (a bad host name, a bad flag)."""


class NotFound(TaxonomyError, LookupError):
    """Something named does not exist: an image, container, tag, host, registry."""


class Conflict(TaxonomyError):
    """The operation contradicts the current state (in use, running, name taken)."""


class Unauthorized(TaxonomyError):
    """Authentication is missing or wrong (``docker login`` needed or failed)."""


class Denied(TaxonomyError):
    """The user is authenticated but may not do this (push to another namespace)."""


class BuildError(TaxonomyError):
    """A Dockerfile is malformed or a build step cannot be carried out."""


class PlatformMismatch(TaxonomyError):
    """No manifest of an image matches the host's platform."""


class CorruptContent(TaxonomyError, ValueError):
    """A blob's bytes do not match its digest or size, or an archive is unsafe."""


class PersistenceError(TaxonomyError):
    """A saved world cannot be read: corrupt, truncated, foreign or too new."""


class RegistryError(TaxonomyError):
    """A real registry answered with an error or stopped answering."""


class LevelError(TaxonomyError, ValueError):
    """A challenge level file is malformed or its solution misses its goal."""


class FilesystemError(TaxonomyError):
    """A path inside a container is missing, of the wrong kind, or read-only.

    Attributes
    ----------
    errno : str
        The POSIX error name a real kernel would give (``"ENOENT"``,
        ``"ENOTDIR"``, ``"EISDIR"``, ``"EEXIST"``, ``"ENOTEMPTY"``,
        ``"EROFS"``, ``"ELOOP"``, ``"EBUSY"``); the small shell turns it into
        the program's own message.
    path : str
        The absolute path inside the container.

    Examples
    --------
    >>> err = FilesystemError("ENOENT", "/nosuch")
    >>> err.errno, err.path
    ('ENOENT', '/nosuch')
    >>> print(err)
    /nosuch: No such file or directory
    """

    STRERROR = {
        "ENOENT": "No such file or directory", "ENOTDIR": "Not a directory", "EISDIR": "Is a directory",
        "EEXIST": "File exists", "ENOTEMPTY": "Directory not empty", "EROFS": "Read-only file system",
        "ELOOP": "Too many levels of symbolic links", "EBUSY": "Resource busy", "EINVAL": "Invalid argument",
        "EFBIG": "File too large",
    }

    def __init__(self, errno: str, path: str, message: str | None = None):
        self.errno, self.path = errno, path
        super().__init__(message or f"{path}: {self.STRERROR.get(errno, errno)}")

    @property
    def strerror(self) -> str:
        """The C library's text for :attr:`errno` (``No such file or directory``)."""
        return self.STRERROR.get(self.errno, self.errno)
