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

__all__ = ["VolumeOps"]


class VolumeOps:
    """Mixin of :class:`taxonomy.World` with the volume verbs."""

    def _new_volume(self, hnode: str, name: str, *, anonymous: bool) -> str:
        hname = self.graph.nodes[hnode]["name"]
        node = ids.volume_id(hname, name)
        self.journal.add_node(node, kind="volume", name=name, host=hname, driver="local", anonymous=anonymous,
                              created=self.now, mountpoint=f"/var/lib/docker/volumes/{name}/_data")
        self.journal.add_edge(hnode, node, kind="hosts")
        return node

    def volume_create(self, name: str | None = None, host: str | None = None) -> str:
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
        hnode = self._host_node(host)
        if name is None:
            with self.journal.transaction("volume create"):
                self._tick()
                name = sha256_digest(f"volume\n{self._next_seq()}".encode())[7:]
                self._new_volume(hnode, name, anonymous=True)
            return name
        if not isinstance(name, str) or not re.fullmatch(r"[a-zA-Z0-9][a-zA-Z0-9_.-]*", name):
            raise InvalidArgument(f'"{name}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed')
        if ids.volume_id(self.graph.nodes[hnode]["name"], name) in self.graph:
            return name
        with self.journal.transaction(f"volume create {name}"):
            self._tick()
            self._new_volume(hnode, name, anonymous=False)
        return name

    def volume_rm(self, name: str, host: str | None = None, *, force: bool = False) -> str:
        """Remove a volume that no container uses; return its name.

        Raises
        ------
        NotFound, Conflict
        """
        hnode = self._host_node(host)
        node = ids.volume_id(self.graph.nodes[hnode]["name"], name)
        if node not in self.graph:
            if force:
                return name
            raise NotFound(f"get {name}: no such volume")
        users = self._in(node, "mounts")
        if users:
            cids = ", ".join(self.graph.nodes[c]["id"] for c in sorted(users))
            raise Conflict(f"remove {name}: volume is in use - [{cids}]")
        with self.journal.transaction(f"volume rm {name}"):
            self._tick()
            self.journal.remove_node(node)
        return name

    def volume_prune(self, host: str | None = None, *, all: bool = False) -> list[str]:
        """Remove unused anonymous volumes (with ``all``, unused named ones too)."""
        hnode = self._host_node(host)
        removed = []
        with self.journal.transaction("volume prune"):
            self._tick()
            for v in sorted(self._out(hnode, "hosts", "volume")):
                d = self.graph.nodes[v]
                if not self._in(v, "mounts") and (all or d["anonymous"]):
                    removed.append(d["name"])
                    self.journal.remove_node(v)
        return removed
