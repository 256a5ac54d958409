"""What a program inside a container can see: its filesystem, environment, user and neighbours.

A :class:`Context` is plain data handed to the small shell. An operation
builds one from a container (its :class:`~taxonomy.containerfs.ContainerFS`,
its environment in Docker's order, its host name), the shell runs, and the
operation stores what changed (the filesystem's values) back into the world.

Examples
--------
>>> env = container_environment(["PATH=/usr/bin:/bin", "NODE_VERSION=24.11.1"], ["DEBUG=1"], hostname="a1b2c3d4e5f6")
>>> list(env)
['PATH', 'HOSTNAME', 'NODE_VERSION', 'DEBUG', 'HOME']
>>> env["HOME"]
'/root'
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Mapping, Sequence

from ..containerfs import ContainerFS
from ..errors import FilesystemError
from .texts import BUSYBOX, GNU, GNU_BASH, Flavor

__all__ = ["Context", "Process", "container_environment", "flavor_of", "passwd", "groups", "format_time",
           "DEFAULT_PATH"]

#: The PATH Docker gives a container whose image sets none.
DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"


@dataclass(frozen=True)
class Process:
    """A process of the container as ``ps`` lists it."""

    pid: int
    argv: tuple
    user: str = "root"
    started: int = 0
    tty: str = "?"


@dataclass
class Context:
    """Everything a program run by the small shell can read or change.

    Parameters
    ----------
    fs : ContainerFS
        The container's filesystem (changes land in its working copy).
    env : dict
        The environment, in Docker's order (see :func:`container_environment`).
    hostname : str
        The container's host name (its short id unless ``--hostname``).
    flavor : Flavor, optional
        ``BUSYBOX`` or ``GNU``; guessed from ``/etc/os-release`` if omitted.
    cwd : str
        Working directory (``WORKDIR`` or ``-w``).
    uid, gid : int
        The user the program runs as (``USER`` or ``-u``).
    tty : bool
        Started with ``-t``: ``ls`` lays names out in columns, ``ps`` shows ``pts/0``.
    processes : sequence of Process
        What already runs in the container (PID 1 first).
    now : int
        The world's clock (seconds since the epoch).
    image_time : int
        Time shown for files of the image (the model's layers carry time 0).
    arch : str
        ``uname -m`` (``x86_64``, ``aarch64``).
    programs : set of str
        Programs the image provides beyond its userland (from the program table).
    """

    fs: ContainerFS
    env: dict = field(default_factory=dict)
    hostname: str = "localhost"
    flavor: Flavor | None = None
    cwd: str = "/"
    uid: int = 0
    gid: int = 0
    tty: bool = False
    processes: Sequence[Process] = ()
    now: int = 0
    image_time: int = 0
    arch: str = "x86_64"
    programs: frozenset = frozenset()

    def __post_init__(self):
        if self.flavor is None:
            self.flavor = flavor_of(self.fs)
        self.env = dict(self.env)

    def shown_time(self, mtime: int) -> int:
        """The time to display for an entry (image files show the image's time)."""
        return mtime or self.image_time


def flavor_of(fs: ContainerFS) -> Flavor:
    """BusyBox for Alpine and BusyBox images, GNU for Debian, Ubuntu and the rest.

    Examples
    --------
    >>> from taxonomy.containerfs import ImageTree, Entry
    >>> flavor_of(ContainerFS(ImageTree({"etc/os-release": Entry(data=b"ID=alpine\\n")}))).name
    'busybox'
    >>> flavor_of(ContainerFS(ImageTree({"etc/os-release": Entry(data=b"ID=debian\\n")}))).name
    'gnu'
    """
    try:
        text = fs.read("/etc/os-release").decode("utf-8", "replace")
    except FilesystemError:   # no /etc/os-release (busybox, scratch images)
        text = ""
    for line in text.splitlines():
        if line.startswith("ID="):
            distro = line[3:].strip('"')
            if distro == "alpine":
                return BUSYBOX
            return GNU_BASH if distro in ("ol", "rhel", "fedora", "centos", "rocky", "almalinux", "amzn") else GNU
    if fs.lookup("/bin/busybox") is not None:
        return BUSYBOX
    return GNU


def _read_table(fs: ContainerFS, path: str) -> list[list[str]]:
    try:
        text = fs.read(path).decode("utf-8", "replace")
    except FilesystemError:   # an image without the file has no such names
        return []
    return [line.split(":") for line in text.splitlines() if line and not line.startswith("#")]


def passwd(fs: ContainerFS) -> dict[int, tuple[str, int, str]]:
    """``/etc/passwd``: uid to (name, gid, home)."""
    out = {}
    for row in _read_table(fs, "/etc/passwd"):
        if len(row) >= 6 and row[2].isdigit() and row[3].isdigit():
            out.setdefault(int(row[2]), (row[0], int(row[3]), row[5]))
    return out


def groups(fs: ContainerFS) -> dict[int, tuple[str, tuple]]:
    """``/etc/group``: gid to (name, members)."""
    out = {}
    for row in _read_table(fs, "/etc/group"):
        if len(row) >= 3 and row[2].isdigit():
            members = tuple(m for m in (row[3].split(",") if len(row) > 3 else ()) if m)
            out.setdefault(int(row[2]), (row[0], members))
    return out


def container_environment(image_env: Sequence[str], user_env: Sequence[str] = (), *, hostname: str,
                          tty: bool = False, home: str = "/root") -> dict[str, str]:
    """The environment Docker gives a container's process, in Docker's order.

    ``PATH`` (the image's, or Docker's default), ``HOSTNAME``, ``TERM=xterm``
    with ``-t``, the image's ``ENV``, then ``-e`` and ``--env-file`` values
    (replacing same-named ones in place), and ``HOME`` last if nobody set it.
    """
    env: dict[str, str] = {"PATH": DEFAULT_PATH, "HOSTNAME": hostname}
    if tty:
        env["TERM"] = "xterm"
    for item in [*image_env, *user_env]:
        key, sep, value = item.partition("=")
        if key:
            env[key] = value if sep else env.get(key, "")
    env.setdefault("HOME", home)
    return env


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_time(epoch: int, style: str = "stat") -> str:
    """A time as ``stat`` (``2025-06-01 00:00:00.000000000 +0000``) or ``ls -l`` shows it (UTC).

    Examples
    --------
    >>> format_time(0)
    '1970-01-01 00:00:00.000000000 +0000'
    >>> format_time(1_764_748_800, "ls-recent"), format_time(0, "ls-old")
    ('Dec  3 08:00', 'Jan  1  1970')
    """
    t = _dt.datetime.fromtimestamp(int(epoch), _dt.timezone.utc)
    if style == "stat":
        return t.strftime("%Y-%m-%d %H:%M:%S") + ".000000000 +0000"
    if style == "ls-recent":
        return f"{_MONTHS[t.month - 1]} {t.day:>2} {t:%H:%M}"
    return f"{_MONTHS[t.month - 1]} {t.day:>2}  {t.year}"


def env_lines(env: Mapping[str, str]) -> str:
    """The environment as ``env`` prints it."""
    return "".join(f"{k}={v}\n" for k, v in env.items())
