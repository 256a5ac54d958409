"""``docker volume create``, ``ls``, ``rm``, ``inspect`` and ``prune``.

Examples
--------
>>> import taxonomy as tx
>>> w = tx.World()
>>> print(w.docker("docker volume create data").output, end="")
data
"""

from __future__ import annotations

import json

from ..errors import TaxonomyError
from ..ops.volumes import volume_create, volume_prune, volume_rm
from ..results import CommandResult
from .answer import daemon, error, usage_error
from .format import table
from .parse import UsageError, parse_flags

__all__ = ["docker_volume"]


# -- volumes -------------------------------------------------------------
def docker_volume(world, args, host):
    if not args:
        return CommandResult(0, "Usage:  docker volume COMMAND\n\nManage volumes\n")
    sub, args = args[0], args[1:]
    spec = {"-f": ("force", "bool"), "--force": ("force", "bool"), "-q": ("quiet", "bool"), "--quiet": ("quiet", "bool"),
            "-a": ("all", "bool"), "--all": ("all", "bool"), "-d": ("driver", "str"), "--driver": ("driver", "str")}
    try:
        opts, rest = parse_flags(args, spec)
    except UsageError as err:
        return usage_error(f"volume {sub}", str(err))
    try:
        with world.journal.transaction(f"docker volume {sub}"):
            if sub == "create":
                if len(rest) > 1:
                    return usage_error("volume create", '"docker volume create" requires at most 1 argument.', 1)
                return CommandResult(0, volume_create(world, rest[0] if rest else None, host=host) + "\n")
            if sub in ("ls", "list"):
                hnode = world.host_node(host)
                vols = sorted(world.out_nodes(hnode, "hosts", "volume"), key=lambda v: world.graph.nodes[v]["name"])
                names = [world.graph.nodes[v]["name"] for v in vols]
                if opts["quiet"]:
                    return CommandResult(0, "".join(n + "\n" for n in names))
                return CommandResult(0, table(["DRIVER", "VOLUME NAME"], [("local", n) for n in names], minwidth=0, padding=4) + "\n")
            if sub in ("rm", "remove"):
                if not rest:
                    return usage_error("volume rm", '"docker volume rm" requires at least 1 argument.', 1)
                out, code = [], 0
                for n in rest:
                    try:
                        out.append(volume_rm(world, n, host=host, force=opts["force"]))
                    except TaxonomyError as err:
                        out.append(daemon(err))
                        code = 1
                return CommandResult(code, "\n".join(out) + "\n")
            if sub == "inspect":
                hnode = world.host_node(host)
                out = []
                for n in rest:
                    node = f"volume:{world.graph.nodes[hnode]['name']}/{n}"
                    if node not in world.graph:
                        return CommandResult(1, (json.dumps(out, indent=4) if out else "[]") + f"\nError response from daemon: get {n}: no such volume\n")
                    d = world.graph.nodes[node]
                    out.append({"Driver": "local", "Mountpoint": d["mountpoint"], "Name": n, "Scope": "local"})
                return CommandResult(0, json.dumps(out, indent=4) + "\n")
            if sub == "prune":
                gone = volume_prune(world, host=host, all=opts["all"])
                lines = (["Deleted Volumes:"] + gone + [""] if gone else []) + ["Total reclaimed space: 0B"]
                return CommandResult(0, "\n".join(lines) + "\n")
    except TaxonomyError as err:
        return error(daemon(err))
    return error(f"docker: 'volume {sub}' is not a docker command.\nSee 'docker volume --help'")
