"""What is mounted into a container: volumes, bind mounts, and the files Docker provides.

A mount is a tree clipped in at a path of the container: reads and writes
under that path go to it, not to the writable layer, so its files outlive
the container (a volume), or are the host's own (a bind mount). Docker also
mounts ``/etc/hostname``, ``/etc/hosts`` and ``/etc/resolv.conf`` into every
Linux container, which is why they never show in ``docker diff``.

Examples
--------
>>> m = Mount("/data", "volume", "db")
>>> m.key
'data'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .tree import Entry, split_path, tree_from_value, tree_value

__all__ = ["Mount", "runtime_mounts"]


@dataclass(frozen=True)
class Mount:
    """Something mounted at a path of the container: a volume, a bind mount or a file Docker provides.

    Parameters
    ----------
    target : str
        Absolute path inside the container (``"/data"``).
    type : {"volume", "bind", "tmpfs", "runtime"}
        ``runtime`` marks what Docker itself mounts (``/etc/hostname``,
        ``/etc/hosts``, ``/etc/resolv.conf``, ``/proc``, ``/sys``, ``/dev``).
    source : str
        The volume's name or the host path.
    tree : tuple
        The mounted content as a :func:`~taxonomy.containerfs.tree.tree_value`;
        its root ``""`` is a directory, or a file for a single-file mount.
    readonly : bool
        ``readonly`` / ``ro``: writing fails with "Read-only file system".
    """

    target: str
    type: str = "volume"
    source: str = ""
    tree: tuple = ()
    readonly: bool = False

    @property
    def key(self) -> str:
        """The target as a stored path (no leading slash)."""
        return "/".join(split_path(self.target))


def runtime_mounts(hostname: str, ip: str = "172.17.0.2", *, aliases: Sequence[str] = (),
                   nameserver: str = "", search: Sequence[str] = ()) -> tuple[Mount, ...]:
    """The files and directories Docker mounts into every Linux container.

    ``/etc/hostname``, ``/etc/hosts`` (with the container's own address) and
    ``/etc/resolv.conf``; ``/proc``, ``/sys`` and ``/dev`` as empty
    directories (the model has no kernel to show through them). On a user
    network Docker's embedded DNS server answers at ``127.0.0.11``; on the
    default bridge the host's resolvers are copied (the model's is ``nameserver``).

    Examples
    --------
    >>> m = {x.target: x for x in runtime_mounts("3f2a1b0c9d8e", "172.18.0.2", nameserver="127.0.0.11")}
    >>> tree_from_value(m["/etc/hostname"].tree)[""].data
    b'3f2a1b0c9d8e\\n'
    >>> sorted(m)
    ['/dev', '/etc/hostname', '/etc/hosts', '/etc/resolv.conf', '/proc', '/sys']
    """
    hosts = ("127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::\tip6-localnet\n"
             "ff00::\tip6-mcastprefix\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n"
             f"{ip}\t{' '.join([hostname, *aliases])}\n")
    resolv = "".join(f"search {' '.join(search)}\n" if search else "") + f"nameserver {nameserver or '192.168.65.7'}\n"
    if nameserver == "127.0.0.11":
        resolv += "options ndots:0\n"

    def file(text):
        return tree_value({"": Entry(data=text.encode(), mode=0o644)})

    def empty_dir(mode=0o755):
        return tree_value({"": Entry("dir", mode=mode)})
    return (Mount("/etc/hostname", "runtime", "", file(hostname + "\n")),
            Mount("/etc/hosts", "runtime", "", file(hosts)),
            Mount("/etc/resolv.conf", "runtime", "", file(resolv)),
            Mount("/proc", "runtime", "proc", empty_dir(0o555), readonly=True),
            Mount("/sys", "runtime", "sysfs", empty_dir(0o555), readonly=True),
            Mount("/dev", "runtime", "tmpfs", empty_dir()))
