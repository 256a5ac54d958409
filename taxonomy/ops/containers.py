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

__all__ = ["ContainerOps"]

_NAME = re.compile(r"^/?[a-zA-Z0-9][a-zA-Z0-9_.-]*$")
_PORT = re.compile(r"^(?:(?P<ip>\d{1,3}(?:\.\d{1,3}){3}):)?(?:(?P<host>\d{1,5}):)?(?P<cont>\d{1,5})(?:/(?P<proto>tcp|udp|sctp))?$")


class ContainerOps:
    """Mixin of :class:`taxonomy.World` with the container verbs."""

    def _container_node(self, ref: str, host: str | None = None, hnode: str | None = None) -> str:
        """Find a container on a host by name, full id or unique id prefix."""
        hnode = hnode or self._host_node(host)
        hname = self.graph.nodes[hnode]["name"]
        if isinstance(ref, str) and ref:
            node = ids.container_id(hname, ref.lstrip("/"))
            if node in self.graph:
                return node
            if re.fullmatch(r"[0-9a-f]{1,64}", ref):
                hits = [c for c in self._out(hnode, "hosts", "container") if self.graph.nodes[c]["id"].startswith(ref)]
                if len(hits) == 1:
                    return hits[0]
        raise NotFound(f"No such container: {ref}")

    def _read_image_file(self, img: str):
        """Return a reader of files in an image's union filesystem (top layer wins)."""
        layers = self.graph.nodes[img]["layers"]

        def read(path: str):
            want = posixpath.normpath("/" + path).lstrip("/")
            head, base = posixpath.split(want)
            whiteout = posixpath.join(head, ".wh." + base)
            for digest in reversed(layers):
                if digest not in self.blobs:
                    continue
                files = self._layer_files(digest)
                if want in files:
                    return files[want].data
                if whiteout in files:
                    return None
            return None
        return read

    def create(self, image: str, command=None, host: str | None = None, *, name: str | None = None,
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
        hnode = self._host_node(host)
        hname = self.graph.nodes[hnode]["name"]
        if name is not None and (not isinstance(name, str) or not _NAME.match(name)):
            raise InvalidArgument(f'Invalid container name ({name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed')
        if name is not None and ids.container_id(hname, name.lstrip("/")) in self.graph:
            other = self.graph.nodes[ids.container_id(hname, name.lstrip("/"))]["id"]
            raise Conflict(f'Conflict. The container name "/{name.lstrip("/")}" is already in use by container "{other}". '
                           "You have to remove (or rename) that container to be able to reuse that name.")
        env_list = [_check_env(e) for e in env]
        port_list = [_parse_port(p) for p in ports]
        mounts = [_parse_volume(v) for v in volumes]
        pulled = None
        with self.journal.transaction(f"run {image}" if _start else f"create {image}"):
            self._tick()
            try:
                img = self._resolve_local_image(image, hnode)
                if platform is not None and not _platforms.matches(self.graph.nodes[img]["platform"], platform):
                    raise NotFound(f"No such image: {image}")
            except NotFound:
                ref = parse_reference(image)
                pulled = self.pull(image, host=hname, platform=platform)
                img = self._host_tag_image(hnode, ref) if not ref.digest else self._resolve_local_image(image, hnode)
            cfg = self.graph.nodes[img]["config"]
            ep = list(entrypoint) if entrypoint is not None else list(cfg.get("Entrypoint") or [])
            cmd = list(command) if command else ([] if entrypoint is not None else list(cfg.get("Cmd") or []))
            argv = ep + cmd
            if not argv:
                raise InvalidArgument("no command specified: the image has no CMD or ENTRYPOINT; give one after the image name")
            seq = self._next_seq()
            cid = sha256_digest(f"{hname}\n{seq}\n{img}\n{argv}".encode())[7:]
            if name is None:
                attempt = 0
                name = container_name(cid)
                while ids.container_id(hname, name) in self.graph:
                    attempt += 1
                    name = container_name(cid, attempt)
            name = name.lstrip("/")
            full_env = _merge_env(cfg.get("Env") or [], env_list)
            node = ids.container_id(hname, name)
            self.journal.add_node(node, kind="container", name=name, id=cid, host=hname, image=img,
                                  image_ref=image, command=tuple(argv), env=tuple(full_env), state="created",
                                  exit_code=None, created=self.now, started=None, finished=None, output="",
                                  note="", ports=tuple(port_list), mounts=(), interactive=bool(interactive),
                                  auto_remove=bool(rm), rw_size=0)
            self.journal.add_edge(hnode, node, kind="hosts")
            self.journal.add_edge(node, img, kind="instance_of")
            self._attach_volumes(hnode, node, mounts, cfg.get("Volumes") or {})
            if _start:
                removed = self._start(node)
                if removed is not None:   # --rm: the container is gone, but its run happened
                    return RunResult(removed["name"], removed["id"], "removed", removed["exit_code"],
                                     removed["output"], pulled)
        return self._run_result(node, pulled)

    def _host_tag_image(self, hnode, ref):
        tnode = self._host_tag(hnode, ref)
        return self._out(tnode, "points_to")[0]

    def _attach_volumes(self, hnode, node, mounts, image_volumes):
        hname = self.graph.nodes[hnode]["name"]
        cid = self.graph.nodes[node]["id"]
        recorded = []
        targets = set()
        for source, target, kind in mounts:
            targets.add(target)
            if kind == "bind":
                recorded.append(("bind", source, target))
                continue
            vnode = ids.volume_id(hname, source)
            if vnode not in self.graph:
                self._new_volume(hnode, source, anonymous=False)
            self.journal.add_edge(node, vnode, kind="mounts", target=target)
            recorded.append(("volume", source, target))
        for i, target in enumerate(sorted(image_volumes)):
            if target in targets:
                continue
            vname = sha256_digest(f"{cid}\n{target}".encode())[7:]
            vnode = self._new_volume(hnode, vname, anonymous=True)
            self.journal.add_edge(node, vnode, kind="mounts", target=target)
            recorded.append(("volume", vname, target))
        self.journal.set(node, "mounts", tuple(recorded))

    def _start(self, node: str) -> dict | None:
        """Start the container; if ``--rm`` removed it on exit, return its last attributes."""
        d = self.graph.nodes[node]
        hnode = ids.host_id(d["host"])
        for cport in d["ports"]:
            hp = cport[1]
            if hp is None:
                continue
            for other in self._out(hnode, "hosts", "container"):
                od = self.graph.nodes[other]
                if other != node and od["state"] == "running" and any(p[1] == hp for p in od["ports"]):
                    raise Conflict(f"driver failed programming external connectivity on endpoint {d['name']} "
                                   f"({d['id']}): Bind for 0.0.0.0:{hp} failed: port is already allocated")
        env = dict(e.split("=", 1) for e in d["env"])
        outcome = simulate(d["command"], env, interactive=d["interactive"], read_file=self._read_image_file(d["image"]))
        self.journal.set(node, "state", outcome.state)
        self.journal.set(node, "started", self.now)
        self.journal.set(node, "exit_code", outcome.exit_code)
        self.journal.set(node, "note", outcome.note)
        self.journal.set(node, "output", d["output"] + outcome.output)
        if outcome.state == "exited":
            self.journal.set(node, "finished", self.now)
            if d["auto_remove"]:
                last = dict(self.graph.nodes[node])
                self._remove_container(node, remove_anonymous=True)
                return last
        return None

    def _run_result(self, node, pulled):
        if node not in self.graph:  # removed by --rm
            return RunResult("", "", "removed", 0, "", pulled)
        d = self.graph.nodes[node]
        return RunResult(d["name"], d["id"], d["state"], d["exit_code"], d["output"], pulled)

    def run(self, image: str, command=None, host: str | None = None, *, name: str | None = None,
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
        result = self.create(image, command, host, name=name, env=env, volumes=volumes, ports=ports,
                             entrypoint=entrypoint, interactive=interactive, rm=rm, platform=platform, _start=True)
        return result

    def start(self, container: str, host: str | None = None) -> str:
        """Start a created or exited container; return its state.

        Examples
        --------
        >>> import taxonomy as tx
        >>> w = tx.World()
        >>> _ = w.create("redis:7", name="cache")
        >>> w.start("cache")
        'running'
        """
        node = self._container_node(container, host)
        with self.journal.transaction(f"start {container}"):
            self._tick()
            if self.graph.nodes[node]["state"] != "running":
                self._start(node)
        return self.graph.nodes[node]["state"] if node in self.graph else "removed"

    def stop(self, container: str, host: str | None = None) -> str:
        """Stop a running container (SIGTERM, then SIGKILL after 10 s); return its name.

        Servers that handle the signal exit with code 0; other programs are
        killed and exit with 137 (128 + SIGKILL), as in Docker.
        """
        node = self._container_node(container, host)
        with self.journal.transaction(f"stop {container}"):
            self._tick()
            d = self.graph.nodes[node]
            if d["state"] == "running":
                prog = posixpath.basename(next((a for a in d["command"] if not a.endswith("docker-entrypoint.sh")), ""))
                code = 137 if prog in ("sleep", "tail", "sh", "bash", "ash") else 0
                self.journal.set(node, "state", "exited")
                self.journal.set(node, "exit_code", code)
                self.journal.set(node, "finished", self.now)
                if d["auto_remove"]:
                    self._remove_container(node, remove_anonymous=True)
        return container

    def restart(self, container: str, host: str | None = None) -> str:
        """Stop (if running) and start a container again; return its name."""
        node = self._container_node(container, host)
        with self.journal.transaction(f"restart {container}"):
            if self.graph.nodes[node]["state"] == "running":
                self.stop(container, host)
            if node in self.graph:
                self._tick()
                self._start(node)
        return container

    def rm(self, container: str, host: str | None = None, *, force: bool = False, volumes: bool = False) -> str:
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
        node = self._container_node(container, host)
        d = self.graph.nodes[node]
        if d["state"] == "running" and not force:
            raise Conflict(f'cannot remove container "/{d["name"]}": container is running: stop the container before '
                           "removing or force remove")
        with self.journal.transaction(f"rm {container}"):
            self._tick()
            self._remove_container(node, remove_anonymous=volumes)
        return container

    def _remove_container(self, node: str, *, remove_anonymous: bool) -> None:
        vols = self._out(node, "mounts")
        self.journal.remove_node(node)
        if remove_anonymous:
            for v in vols:
                if self.graph.nodes[v]["anonymous"] and not self._in(v, "mounts"):
                    self.journal.remove_node(v)

    def inspect_container(self, container: str, host: str | None = None) -> dict:
        """Docker-like ``inspect`` data of a container (a subset of the real fields)."""
        node = self._container_node(container, host)
        d = self.graph.nodes[node]
        img = self.graph.nodes[d["image"]]
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
