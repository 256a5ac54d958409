"""Volume operations: volume create, ls and rm.

A volume is storage that belongs to the host, not to a container. Mount it
into a container with ``-v name:/path``; remove the container and the
volume, with its data, is still there for the next one.
"""

from __future__ import annotations

import re

from .. import ids
from ..content import sha256_digest
from ..errors import Conflict, InvalidArgument, NotFound

__all__ = ["new_volume", "volume_create", "volume_rm", "volume_prune"]


def new_volume(world, hnode: str, name: str, *, anonymous: bool) -> str:
    hname = world.graph.nodes[hnode]["name"]
    node = ids.volume_id(hname, name)
    world.journal.add_node(node, kind="volume", name=name, host=hname, driver="local", anonymous=anonymous,
                          created=world.now, mountpoint=f"/var/lib/docker/volumes/{name}/_data")
    world.journal.add_edge(hnode, node, kind="hosts")
    return node


def volume_create(world, name: str | None = None, host: str | None = None) -> str:
    """Create a named volume (no-op if it exists, as in Docker); return its name.

    Without a name, Docker makes an anonymous volume named by 64 hex digits.

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> w.volume_create("data")
    'data'
    >>> w.volumes()
    ['data']
    """
    hnode = world.host_node(host)
    if name is None:
        with world.journal.transaction("volume create"):
            world.tick()
            name = sha256_digest(f"volume\n{world.next_seq()}".encode())[7:]
            new_volume(world, hnode, name, anonymous=True)
        return name
    if not isinstance(name, str) or not re.fullmatch(r"[a-zA-Z0-9][a-zA-Z0-9_.-]*", name):
        raise InvalidArgument(f'"{name}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed')
    if ids.volume_id(world.graph.nodes[hnode]["name"], name) in world.graph:
        return name
    with world.journal.transaction(f"volume create {name}"):
        world.tick()
        new_volume(world, hnode, name, anonymous=False)
    return name


def volume_rm(world, name: str, host: str | None = None, *, force: bool = False) -> str:
    """Remove a volume that no container uses; return its name.

    Raises
    ------
    NotFound, Conflict
    """
    hnode = world.host_node(host)
    node = ids.volume_id(world.graph.nodes[hnode]["name"], name)
    if node not in world.graph:
        if force:
            return name
        raise NotFound(f"get {name}: no such volume")
    users = world.in_nodes(node, "mounts")
    if users:
        cids = ", ".join(world.graph.nodes[c]["id"] for c in sorted(users))
        raise Conflict(f"remove {name}: volume is in use - [{cids}]")
    with world.journal.transaction(f"volume rm {name}"):
        world.tick()
        world.journal.remove_node(node)
    return name


def volume_prune(world, host: str | None = None, *, all: bool = False) -> list[str]:
    """Remove unused anonymous volumes (with ``all``, unused named ones too)."""
    hnode = world.host_node(host)
    removed = []
    with world.journal.transaction("volume prune"):
        world.tick()
        for v in sorted(world.out_nodes(hnode, "hosts", "volume")):
            d = world.graph.nodes[v]
            if not world.in_nodes(v, "mounts") and (all or d["anonymous"]):
                removed.append(d["name"])
                world.journal.remove_node(v)
    return removed
