"""Container operations: run, create, start, stop, restart and rm.

A container is an instance of an image on a host: the image's read-only
layers plus a thin writable layer of its own. One image gives many
containers. Removing a container removes its writable layer, not its image,
and not its named volumes.
"""

from __future__ import annotations

import posixpath
import re

from .. import ids
from .. import platforms as _platforms
from ..content import sha256_digest
from ..errors import Conflict, InvalidArgument, NotFound
from ..process import container_name, simulate
from ..reference import parse_reference
from ..results import RunResult
from .images import pull
from .volumes import new_volume

__all__ = ["create", "run", "start", "stop", "restart", "rm", "remove_container", "inspect_container"]

_NAME = re.compile(r"^/?[a-zA-Z0-9][a-zA-Z0-9_.-]*$")
_PORT = re.compile(r"^(?:(?P<ip>\d{1,3}(?:\.\d{1,3}){3}):)?(?:(?P<host>\d{1,5}):)?(?P<cont>\d{1,5})(?:/(?P<proto>tcp|udp|sctp))?$")


def create(world, image: str, command=None, host: str | None = None, *, name: str | None = None,
           env=(), volumes=(), ports=(), entrypoint=None, interactive: bool = False, rm: bool = False,
           platform: str | None = None, _start: bool = False, _detach: bool = True) -> RunResult:
    """Create a container from an image, pulling the image if the host lacks it.

    Parameters
    ----------
    image : str
        A reference (``nginx:1.27``) or a local image id.
    command : sequence of str, optional
        Replaces the image's ``CMD``.
    name : str, optional
        Unique on the host; Docker invents one (``adjective_surname``) if omitted.
    env : sequence of "KEY=VALUE"
    volumes : sequence of "name:/path" or "/host/path:/path"
        Named volumes are created when missing; the image's own
        ``VOLUME`` paths get anonymous volumes.
    ports : sequence of "8080:80"
    platform : str, optional
        Use (and pull if needed) the image's variant for this platform
        (``--platform``); a local image of another platform is pulled again.

    Raises
    ------
    InvalidReference, NotFound, Conflict, Unauthorized, Denied
    """
    hnode = world.host_node(host)
    hname = world.graph.nodes[hnode]["name"]
    if name is not None and (not isinstance(name, str) or not _NAME.match(name)):
        raise InvalidArgument(f'Invalid container name ({name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed')
    if name is not None and ids.container_id(hname, name.lstrip("/")) in world.graph:
        other = world.graph.nodes[ids.container_id(hname, name.lstrip("/"))]["id"]
        raise Conflict(f'Conflict. The container name "/{name.lstrip("/")}" is already in use by container "{other}". '
                       "You have to remove (or rename) that container to be able to reuse that name.")
    env_list = [_check_env(e) for e in env]
    port_list = [_parse_port(p) for p in ports]
    mounts = [_parse_volume(v) for v in volumes]
    pulled = None
    with world.journal.transaction(f"run {image}" if _start else f"create {image}"):
        world.tick()
        try:
            img = world.resolve_local_image(image, hnode)
            if platform is not None and not _platforms.matches(world.graph.nodes[img]["platform"], platform):
                raise NotFound(f"No such image: {image}")
        except NotFound:
            ref = parse_reference(image)
            pulled = pull(world, image, host=hname, platform=platform)
            img = world.host_tag_image(hnode, ref) if not ref.digest else world.resolve_local_image(image, hnode)
        cfg = world.graph.nodes[img]["config"]
        ep = list(entrypoint) if entrypoint is not None else list(cfg.get("Entrypoint") or [])
        cmd = list(command) if command else ([] if entrypoint is not None else list(cfg.get("Cmd") or []))
        argv = ep + cmd
        if not argv:
            raise InvalidArgument("no command specified: the image has no CMD or ENTRYPOINT; give one after the image name")
        seq = world.next_seq()
        cid = sha256_digest(f"{hname}\n{seq}\n{img}\n{argv}".encode())[7:]
        if name is None:
            attempt = 0
            name = container_name(cid)
            while ids.container_id(hname, name) in world.graph:
                attempt += 1
                name = container_name(cid, attempt)
        name = name.lstrip("/")
        full_env = _merge_env(cfg.get("Env") or [], env_list)
        node = ids.container_id(hname, name)
        world.journal.add_node(node, kind="container", name=name, id=cid, host=hname, image=img,
                              image_ref=image, command=tuple(argv), env=tuple(full_env), state="created",
                              exit_code=None, created=world.now, started=None, finished=None, output="",
                              note="", ports=tuple(port_list), mounts=(), interactive=bool(interactive),
                              auto_remove=bool(rm), rw_size=0)
        world.journal.add_edge(hnode, node, kind="hosts")
        world.journal.add_edge(node, img, kind="instance_of")
        _attach_volumes(world, hnode, node, mounts, cfg.get("Volumes") or {})
        if _start:
            removed = _start_container(world, node)
            if removed is not None:   # --rm: the container is gone, but its run happened
                return RunResult(removed["name"], removed["id"], "removed", removed["exit_code"],
                                 removed["output"], pulled)
    return _run_result(world, node, pulled)


def _attach_volumes(world, hnode, node, mounts, image_volumes):
    hname = world.graph.nodes[hnode]["name"]
    cid = world.graph.nodes[node]["id"]
    recorded = []
    targets = set()
    for source, target, kind in mounts:
        targets.add(target)
        if kind == "bind":
            recorded.append(("bind", source, target))
            continue
        vnode = ids.volume_id(hname, source)
        if vnode not in world.graph:
            new_volume(world, hnode, source, anonymous=False)
        world.journal.add_edge(node, vnode, kind="mounts", target=target)
        recorded.append(("volume", source, target))
    for i, target in enumerate(sorted(image_volumes)):
        if target in targets:
            continue
        vname = sha256_digest(f"{cid}\n{target}".encode())[7:]
        vnode = new_volume(world, hnode, vname, anonymous=True)
        world.journal.add_edge(node, vnode, kind="mounts", target=target)
        recorded.append(("volume", vname, target))
    world.journal.set(node, "mounts", tuple(recorded))


def _start_container(world, node: str) -> dict | None:
    """Start the container; if ``--rm`` removed it on exit, return its last attributes."""
    d = world.graph.nodes[node]
    hnode = ids.host_id(d["host"])
    for cport in d["ports"]:
        hp = cport[1]
        if hp is None:
            continue
        for other in world.out_nodes(hnode, "hosts", "container"):
            od = world.graph.nodes[other]
            if other != node and od["state"] == "running" and any(p[1] == hp for p in od["ports"]):
                raise Conflict(f"driver failed programming external connectivity on endpoint {d['name']} "
                               f"({d['id']}): Bind for 0.0.0.0:{hp} failed: port is already allocated")
    env = dict(e.split("=", 1) for e in d["env"])
    outcome = simulate(d["command"], env, interactive=d["interactive"], read_file=world.read_image_file(d["image"]))
    world.journal.set(node, "state", outcome.state)
    world.journal.set(node, "started", world.now)
    world.journal.set(node, "exit_code", outcome.exit_code)
    world.journal.set(node, "note", outcome.note)
    world.journal.set(node, "output", d["output"] + outcome.output)
    if outcome.state == "exited":
        world.journal.set(node, "finished", world.now)
        if d["auto_remove"]:
            last = dict(world.graph.nodes[node])
            remove_container(world, node, remove_anonymous=True)
            return last
    return None


def _run_result(world, node, pulled):
    if node not in world.graph:  # removed by --rm
        return RunResult("", "", "removed", 0, "", pulled)
    d = world.graph.nodes[node]
    return RunResult(d["name"], d["id"], d["state"], d["exit_code"], d["output"], pulled)


def run(world, image: str, command=None, host: str | None = None, *, name: str | None = None,
        detach: bool = False, env=(), volumes=(), ports=(), entrypoint=None, interactive: bool = False,
        rm: bool = False, platform: str | None = None) -> RunResult:
    """Create and start a container (``docker run``); pull the image if needed.

    Returns the container's name, id, state, exit code and output.

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> r = w.run("hello-world")
    >>> r.state, r.exit_code, r.output.splitlines()[1]
    ('exited', 0, 'Hello from Docker!')
    >>> w.run("nginx:1.27", name="web", detach=True).state
    'running'
    """
    result = create(world, image, command, host, name=name, env=env, volumes=volumes, ports=ports,
                         entrypoint=entrypoint, interactive=interactive, rm=rm, platform=platform, _start=True)
    return result


def start(world, container: str, host: str | None = None) -> str:
    """Start a created or exited container; return its state.

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> _ = w.create("redis:7", name="cache")
    >>> w.start("cache")
    'running'
    """
    node = world.container_node(container, host)
    with world.journal.transaction(f"start {container}"):
        world.tick()
        if world.graph.nodes[node]["state"] != "running":
            _start_container(world, node)
    return world.graph.nodes[node]["state"] if node in world.graph else "removed"


def stop(world, container: str, host: str | None = None) -> str:
    """Stop a running container (SIGTERM, then SIGKILL after 10 s); return its name.

    Servers that handle the signal exit with code 0; other programs are
    killed and exit with 137 (128 + SIGKILL), as in Docker.
    """
    node = world.container_node(container, host)
    with world.journal.transaction(f"stop {container}"):
        world.tick()
        d = world.graph.nodes[node]
        if d["state"] == "running":
            prog = posixpath.basename(next((a for a in d["command"] if not a.endswith("docker-entrypoint.sh")), ""))
            code = 137 if prog in ("sleep", "tail", "sh", "bash", "ash") else 0
            world.journal.set(node, "state", "exited")
            world.journal.set(node, "exit_code", code)
            world.journal.set(node, "finished", world.now)
            if d["auto_remove"]:
                remove_container(world, node, remove_anonymous=True)
    return container


def restart(world, container: str, host: str | None = None) -> str:
    """Stop (if running) and start a container again; return its name."""
    node = world.container_node(container, host)
    with world.journal.transaction(f"restart {container}"):
        if world.graph.nodes[node]["state"] == "running":
            stop(world, container, host)
        if node in world.graph:
            world.tick()
            _start_container(world, node)
    return container


def rm(world, container: str, host: str | None = None, *, force: bool = False, volumes: bool = False) -> str:
    """Remove a container; a running one only with ``force``. Return the name given.

    ``volumes`` also removes its anonymous volumes (``docker rm -v``);
    named volumes always outlive the container.

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> _ = w.run("nginx:1.27", name="web", detach=True)
    >>> try:
    ...     w.rm("web")
    ... except tx.Conflict as err:
    ...     print(err)
    cannot remove container "/web": container is running: stop the container before removing or force remove
    >>> w.rm("web", force=True)
    'web'
    """
    node = world.container_node(container, host)
    d = world.graph.nodes[node]
    if d["state"] == "running" and not force:
        raise Conflict(f'cannot remove container "/{d["name"]}": container is running: stop the container before '
                       "removing or force remove")
    with world.journal.transaction(f"rm {container}"):
        world.tick()
        remove_container(world, node, remove_anonymous=volumes)
    return container


def remove_container(world, node: str, *, remove_anonymous: bool) -> None:
    vols = world.out_nodes(node, "mounts")
    world.journal.remove_node(node)
    if remove_anonymous:
        for v in vols:
            if world.graph.nodes[v]["anonymous"] and not world.in_nodes(v, "mounts"):
                world.journal.remove_node(v)


def inspect_container(world, container: str, host: str | None = None) -> dict:
    """Docker-like ``inspect`` data of a container (a subset of the real fields)."""
    node = world.container_node(container, host)
    d = world.graph.nodes[node]
    img = world.graph.nodes[d["image"]]
    return {
        "Id": d["id"], "Name": "/" + d["name"], "Image": img["digest"],
        "Created": _iso(d["created"]),
        "State": {"Status": d["state"], "Running": d["state"] == "running",
                  "ExitCode": d["exit_code"] or 0, "StartedAt": _iso(d["started"]), "FinishedAt": _iso(d["finished"])},
        "Config": {"Image": d["image_ref"], "Cmd": list(d["command"]), "Env": list(d["env"])},
        "Mounts": [{"Type": k, "Name" if k == "volume" else "Source": s, "Destination": t} for k, s, t in d["mounts"]],
        "HostConfig": {"PortBindings": {f"{c}/{p}": [{"HostPort": str(h) if h else ""}] for c, h, p in d["ports"]},
                       "AutoRemove": d["auto_remove"]},
    }


def _iso(t):
    if t is None:
        return "0001-01-01T00:00:00Z"
    import datetime
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _check_env(e: str) -> str:
    if not isinstance(e, str) or not e or e.startswith("="):
        raise InvalidArgument(f"invalid environment variable: {e!r}; write it as KEY=VALUE")
    return e if "=" in e else f"{e}="


def _merge_env(base, extra):
    out = {}
    for e in list(base) + list(extra):
        k, _, v = e.partition("=")
        out[k] = v
    return [f"{k}={v}" for k, v in out.items()]


def _parse_port(p: str):
    m = _PORT.match(p) if isinstance(p, str) else None
    if not m:
        raise InvalidArgument(f'invalid port specification: "{p}"; write it as HOST:CONTAINER, e.g. 8080:80')
    cont = int(m.group("cont"))
    host = int(m.group("host")) if m.group("host") else None
    for v in (cont, host):
        if v is not None and not 0 < v < 65536:
            raise InvalidArgument(f'invalid port specification: "{p}"; ports are 1-65535')
    return (cont, host, m.group("proto") or "tcp")


def _parse_volume(v: str):
    if not isinstance(v, str) or ":" not in v:
        if isinstance(v, str) and v.startswith("/"):
            raise InvalidArgument(f"anonymous volumes are not supported with -v {v!r} in the explorer; name it: -v data:{v}")
        raise InvalidArgument(f"invalid volume specification: '{v}'; write it as NAME:/path or /host/path:/path")
    source, target, *mode = v.split(":")
    if not target.startswith("/"):
        raise InvalidArgument(f"invalid volume specification: '{v}': invalid mount config for type \"volume\": invalid mount path: '{target}' mount path must be absolute")
    if source.startswith("/") or source.startswith("."):
        return (source, target, "bind")
    if not re.fullmatch(r"[a-zA-Z0-9][a-zA-Z0-9_.-]*", source):
        raise InvalidArgument(f'"{source}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed')
    return (source, target, "volume")
