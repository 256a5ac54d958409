"""Reading ``--mount`` and ``-v`` as Docker does: what to mount, where, read-only or not.

``--mount type=bind,src=.,target=/app,readonly`` and ``-v todo-db:/etc/todos``
name the same things in two syntaxes. Both become a :class:`MountSpec`
(plain data) that an operation turns into a :class:`~taxonomy.containerfs.Mount`
with the volume's or the host directory's files. The texts of the errors are
Docker 28's: the CLI's for ``--mount`` (docker/cli ``opts/mount.go``), which
it prints as ``invalid argument "…" for "--mount" flag: …``, and the
daemon's for ``-v`` and for the checks both share (moby
``volume/mounts/linux_parser.go``, ``validate.go``, ``mounts.go``), which
come back as ``Error response from daemon: …``.

Examples
--------
>>> parse_mount("type=bind,src=.,target=/app,readonly", cwd="/home/me/getting-started-app")
MountSpec(type='bind', source='/home/me/getting-started-app', target='/app', readonly=True, nocopy=False)
>>> parse_volume("todo-db:/etc/todos")
MountSpec(type='volume', source='todo-db', target='/etc/todos', readonly=False, nocopy=False)
>>> parse_volume("/data:ro")
Traceback (most recent call last):
...
taxonomy.containerfs.mountspec.MountSpecError: invalid volume specification: '/data:ro'
"""

from __future__ import annotations

import csv
import posixpath
from dataclasses import dataclass

from ..errors import InvalidArgument

__all__ = ["MountSpec", "MountSpecError", "parse_mount", "parse_volume", "validate"]

_TYPES = ("bind", "volume", "tmpfs", "image", "npipe", "cluster")
_MODES = {"ro", "rw", "z", "Z", "nocopy", "shared", "rshared", "slave", "rslave", "private", "rprivate",
          "delegated", "cached", "consistent"}
_TRUE = {"1", "t", "T", "TRUE", "true", "True"}
_FALSE = {"0", "f", "F", "FALSE", "false", "False"}


class MountSpecError(InvalidArgument):
    """A ``--mount`` or ``-v`` value Docker refuses.

    Attributes
    ----------
    source : {"flag", "daemon"}
        Who says so: the CLI's flag parser (printed as ``invalid argument
        "VALUE" for "--mount" flag: TEXT``) or the daemon (``Error response
        from daemon: TEXT``).
    value : str
        The value as given.
    """

    def __init__(self, message: str, value: str, source: str):
        self.value, self.source = value, source
        super().__init__(message)


@dataclass(frozen=True)
class MountSpec:
    """What to mount: a ``volume`` (by name, or anonymous), a ``bind`` (a host path) or a ``tmpfs``."""

    type: str
    source: str
    target: str
    readonly: bool = False
    nocopy: bool = False


def _abs(source: str, cwd: str) -> str:
    if source.startswith(".") and not posixpath.isabs(source):
        return posixpath.normpath(posixpath.join(cwd, source))
    return source


def _bool(key: str, val: str, raw: str) -> bool:
    if val in _TRUE:
        return True
    if val in _FALSE:
        return False
    raise MountSpecError(f"invalid value for {key}: {val}", raw, "flag")


def parse_mount(value: str, *, cwd: str = "/") -> MountSpec:
    """Read a ``--mount`` value (comma-separated ``key=value`` fields, CSV-quoted).

    Parameters
    ----------
    cwd : str
        The directory a relative bind source (``src=.``) is taken from, as the
        CLI makes it absolute.

    Raises
    ------
    MountSpecError
        With docker/cli's text (``type is required``, ``target is
        required``, ``unexpected key 'x' in 'x=1'``…), then the daemon's
        checks (see :func:`validate`).

    Examples
    --------
    >>> parse_mount("src=todo-db,target=/etc/todos").type
    'volume'
    >>> parse_mount("type=volume,src=x,dst=/x,colour=red")
    Traceback (most recent call last):
    ...
    taxonomy.containerfs.mountspec.MountSpecError: unexpected key 'colour' in 'colour=red'
    """
    try:
        fields = next(csv.reader([value]))
    except (csv.Error, StopIteration) as err:
        raise MountSpecError(f"{err}", value, "flag") from err
    kind, source, target, readonly, nocopy = "volume", "", "", False, False
    kinds_used = set()
    for field in fields:
        key, sep, val = field.partition("=")
        key = key.lower()
        if not sep:
            if key in ("readonly", "ro"):
                readonly = True
            elif key == "volume-nocopy":
                nocopy, _ = True, kinds_used.add("volume")
            elif key == "bind-nonrecursive":
                kinds_used.add("bind")
            else:
                raise MountSpecError(f"invalid field '{field}' must be a key=value pair", value, "flag")
            continue
        if key == "type":
            kind = val.lower()
        elif key in ("source", "src"):
            source = _abs(val, cwd)
        elif key in ("target", "dst", "destination"):
            target = val
        elif key in ("readonly", "ro"):
            readonly = _bool(key, val, value)
        elif key == "consistency":
            pass
        elif key in ("bind-propagation", "bind-nonrecursive", "bind-recursive"):
            kinds_used.add("bind")
        elif key == "volume-nocopy":
            nocopy = _bool(key, val, value)
            kinds_used.add("volume")
        elif key in ("volume-subpath", "volume-label", "volume-driver", "volume-opt"):
            kinds_used.add("volume")
        elif key == "image-subpath":
            kinds_used.add("image")
        elif key in ("tmpfs-size", "tmpfs-mode"):
            kinds_used.add("tmpfs")
        else:
            raise MountSpecError(f"unexpected key '{key}' in '{field}'", value, "flag")
    if not kind:
        raise MountSpecError("type is required", value, "flag")
    if not target:
        raise MountSpecError("target is required", value, "flag")
    for used in ("volume", "image", "bind", "tmpfs"):
        if used in kinds_used and kind != used:
            raise MountSpecError(f"cannot mix '{used}-*' options with mount type '{kind}'", value, "flag")
    spec = MountSpec(kind, source, target, readonly, nocopy)
    validate(spec, value)
    return spec


def parse_volume(value: str, *, cwd: str = "/") -> MountSpec:
    """Read a ``-v`` / ``--volume`` value: ``[SOURCE:]TARGET[:MODE]``.

    A source that is an absolute (or ``.``-relative) path is a bind mount,
    any other a named volume; without a source the volume is anonymous.

    Examples
    --------
    >>> parse_volume(".:/usr/local/apache2/htdocs/", cwd="/home/me/site").source
    '/home/me/site'
    >>> parse_volume("/var/lib/mysql").type, parse_volume("/var/lib/mysql").source
    ('volume', '')
    """
    parts = value.split(":", 3)
    if not parts[0]:
        raise MountSpecError(f"invalid volume specification: '{value}'", value, "daemon")
    mode = ""
    if len(parts) == 1:
        source, target = "", parts[0]
    elif len(parts) == 2:
        if _valid_mode(parts[1]):
            raise MountSpecError(f"invalid volume specification: '{value}'", value, "daemon")
        source, target = parts
    elif len(parts) == 3:
        source, target, mode = parts
    else:
        raise MountSpecError(f"invalid volume specification: '{value}'", value, "daemon")
    if not _valid_mode(mode):
        raise MountSpecError(f"invalid mode: {mode}", value, "daemon")
    source = _abs(source, cwd)
    modes = set(mode.split(",")) if mode else set()
    kind = "bind" if posixpath.isabs(source) else "volume"
    spec = MountSpec(kind, source, target, "ro" in modes, "nocopy" in modes)
    validate(spec, value)
    return spec


def _valid_mode(mode: str) -> bool:
    if not mode:
        return True
    parts = mode.split(",")
    return all(p in _MODES for p in parts) and sum(p in ("ro", "rw") for p in parts) <= 1


def validate(spec: MountSpec, value: str = "") -> None:
    """The daemon's checks of a mount: an absolute target other than ``/``, a source for a bind.

    Examples
    --------
    >>> validate(MountSpec("bind", "", "/app"))
    Traceback (most recent call last):
    ...
    taxonomy.containerfs.mountspec.MountSpecError: invalid mount config for type "bind": field Source must not be empty
    """
    def bad(text):
        return MountSpecError(f'invalid mount config for type "{spec.type}": {text}', value, "daemon")
    if not spec.target:
        raise bad("field Target must not be empty")
    if posixpath.normpath(spec.target) == "/":
        raise bad("invalid specification: destination can't be '/'")
    if not posixpath.isabs(spec.target):
        raise bad(f"invalid mount path: '{spec.target}' mount path must be absolute")
    if spec.type == "bind" and not spec.source:
        raise bad("field Source must not be empty")
    if spec.type == "tmpfs" and spec.source:
        raise bad("field Source must not be specified")
    if spec.type not in _TYPES:
        raise bad("mount type unknown")
