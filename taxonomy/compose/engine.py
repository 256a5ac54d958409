"""Running a Compose project on a host: ``up``, ``ps`` and ``down``.

Compose is a client: everything it does is ordinary Docker work, done for
you in the right order. ``up`` builds the images of ``build:`` services,
pulls the missing ones, creates the project's default network and named
volumes, then creates and starts each service's containers, dependencies
first, named ``<project>-<service>-<n>``. Running ``up`` again changes only
what differs: a container whose configuration or image changed is
recreated, a running one is left alone (``Running``), extra replicas are
removed. ``down`` removes the containers and the network, and the named
volumes only with ``-v``.

The functions here are called by :class:`taxonomy.ops.lifecycle.LifecycleOps`
inside a journal transaction; they change the world only through World
operations and the journal. Compose's labels (``com.docker.compose.project``
…) are kept as container attributes ``compose_project``,
``compose_service``, ``compose_number`` and ``compose_hash``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from .. import ids
from ..content import sha256_digest, short_id
from ..errors import Conflict, NotFound
from .spec import Project

__all__ = ["ComposeResult", "up", "ps", "down", "project_containers"]


@dataclass(frozen=True)
class ComposeResult:
    """What a Compose command did: the lines it printed and the containers it touched.

    Attributes
    ----------
    lines : tuple of str
        Compose's output (``[+] Running 2/2``, `` ✔ Container app-web-1  Started`` …).
    containers : tuple of str
        Names of the containers created, started or removed.
    project : str
    """

    lines: tuple
    containers: tuple = ()
    project: str = ""

    @property
    def output(self) -> str:
        """The output as one text."""
        return "".join(line + "\n" for line in self.lines)


def _block(title: str, events: list) -> list:
    """A finished progress block: ``[+] Running n/n`` and one aligned line per resource."""
    if not events:
        return []
    width = max(len(label) for label, _ in events)
    return [f"[+] {title} {len(events)}/{len(events)}"] + [f" ✔ {label.ljust(width)}  {status}" for label, status in events]


def project_containers(world, hnode: str, name: str) -> list:
    """Container nodes of project ``name`` on the host, sorted by name."""
    g = world.graph
    return sorted((c for c in world._out(hnode, "hosts", "container") if g.nodes[c].get("compose_project") == name),
                  key=lambda c: g.nodes[c]["name"])


def _orphan_warning(names) -> str:
    return (f"WARN[0000] Found orphan containers ([{' '.join(names)}]) for this project. If you removed or renamed "
            "this service in your compose file, you can run this command with the --remove-orphans flag to clean it up.")


def _has_image(world, hnode, image) -> bool:
    try:
        world._resolve_local_image(image, hnode)
        return True
    except NotFound:
        return False


def _build(world, hnode, project: Project, service, lines):
    from ..dockerfile.context import _clean
    hname = world.graph.nodes[hnode]["name"]
    files = world.graph.nodes[hnode]["files"]
    prefix = _clean(service.build.context) if service.build.context not in (".", "./", "") else ""
    if prefix is None:
        raise NotFound(f"unable to prepare context: path \"{service.build.context}\" not found")
    if prefix:
        context = {k[len(prefix) + 1:]: v for k, v in files.items() if k.startswith(prefix + "/")}
    else:
        context = dict(files)
    if service.build.dockerfile not in context:
        raise NotFound(f"failed to solve: failed to read dockerfile: open {service.build.dockerfile}: "
                       "no such file or directory")
    dockerfile = context[service.build.dockerfile].decode("utf-8", "replace")
    r = world.build(dockerfile, tag=service.image_name(project.name), context=context, host=hname,
                    target=service.build.target, build_args=dict(service.build.args))
    lines += [line for line in r.log if line] + [f" ✔ Service {service.name}  Built"]


def _config_hash(world, hnode, project, service) -> str:
    img = world._resolve_local_image(service.image_name(project.name), hnode)
    doc = [world.graph.nodes[img]["digest"], service.command, list(service.environment), list(service.ports),
           [list(v) for v in service.volumes]]
    return sha256_digest(json.dumps(doc, sort_keys=True).encode())[7:]


def _mounts(project, service) -> list:
    out = []
    for kind, source, target in service.volumes:
        if kind == "volume":
            out.append(f"{project.volumes[source][0]}:{target}")
        else:
            out.append(f"{'/home/student' + source[1:] if source.startswith('~') else source}:{target}")
    return out


def up(world, hnode: str, project: Project, *, detach: bool = True, build: bool = False,
       remove_orphans: bool = False) -> ComposeResult:
    """Bring a project up on a host (``docker compose up``); see the module notes."""
    g = world.graph
    hname = g.nodes[hnode]["name"]
    lines = list(project.warnings)
    existing = {g.nodes[c]["name"]: c for c in project_containers(world, hnode, project.name)}
    orphans = sorted(n for n, c in existing.items() if g.nodes[c]["compose_service"] not in project.services)
    if orphans and not remove_orphans:
        lines.append(_orphan_warning(orphans))
    for name in project.order:
        s = project.services[name]
        if s.build is not None and (build or not _has_image(world, hnode, s.image_name(project.name))):
            _build(world, hnode, project, s, lines)
    pulled = []
    for name in project.order:
        s = project.services[name]
        if s.build is None and not _has_image(world, hnode, s.image):
            r = world.pull(s.image, host=hname)
            pulled.append(f" ✔ {name} Pulled")
            pulled += [f"   ✔ {short_id(layer.digest)} {layer.status}" for layer in r.layers]
    if pulled:
        lines += [f"[+] Pulling {len(pulled)}/{len(pulled)}"] + pulled
    events, touched = [], []
    records = dict(g.nodes[hnode].get("compose_projects") or {})
    if project.name not in records:
        events.append((f"Network {project.network}", "Created"))
    for key, (vname, external) in project.volumes.items():
        exists = ids.volume_id(hname, vname) in g
        if external and not exists:
            raise NotFound(f'external volume "{vname}" not found')
        if not exists:
            world.volume_create(vname, host=hname)
            events.append((f'Volume "{vname}"', "Created"))
    for name in project.order:
        s = project.services[name]
        cfg = _config_hash(world, hnode, project, s)
        wanted = project.container_names(name)
        for number, cname in enumerate(wanted, 1):
            node = existing.get(cname)
            if node is not None and g.nodes[node]["compose_hash"] == cfg:
                if g.nodes[node]["state"] == "running":
                    events.append((f"Container {cname}", "Running"))
                    continue
                world.start(cname, host=hname)
                events.append((f"Container {cname}", "Started"))
                touched.append(cname)
                continue
            status = "Started" if detach else "Created"
            if node is not None:
                world.rm(cname, host=hname, force=True)
                status = "Started" if detach else "Recreated"
            world.create(s.image_name(project.name), list(s.command) if s.command else None, host=hname, name=cname,
                         env=s.environment, volumes=_mounts(project, s), ports=s.ports, _start=detach)
            node = ids.container_id(hname, cname)
            for key, value in (("compose_project", project.name), ("compose_service", name),
                               ("compose_number", number), ("compose_hash", cfg)):
                world.journal.set(node, key, value)
            events.append((f"Container {cname}", status))
            touched.append(cname)
        for cname, node in sorted(existing.items()):
            if g.nodes[node]["compose_service"] == name and cname not in wanted:
                world.rm(cname, host=hname, force=True)
                events.append((f"Container {cname}", "Removed"))
                touched.append(cname)
    if remove_orphans:
        for cname in orphans:
            world.rm(cname, host=hname, force=True)
            events.append((f"Container {cname}", "Removed"))
            touched.append(cname)
    records[project.name] = {"network": project.network, "file": project.file,
                             "volumes": tuple(v for v, ext in project.volumes.values() if not ext)}
    world.journal.set(hnode, "compose_projects", records)
    lines += _block("Running", events)
    if not detach:
        names = [n for name in project.order for n in project.container_names(name)]
        lines.append(f"Attaching to {', '.join(names)}")
        for n in names:
            node = ids.container_id(hname, n)
            if g.nodes[node]["state"] != "running":
                world.start(n, host=hname)
            out = g.nodes[node]["output"]
            lines += [f"{n}  | {line}" for line in out.splitlines()]
            if g.nodes[node]["state"] == "exited":
                lines.append(f"{n} exited with code {g.nodes[node]['exit_code']}")
        lines.append("[model] 'docker compose up' stays attached until Ctrl+C in a real terminal; here the "
                     "containers keep running: stop them with 'docker compose down'")
    lines += list(project.notes)
    return ComposeResult(tuple(lines), tuple(touched), project.name)


def ps(world, hnode: str, name: str, *, all: bool = False) -> tuple:
    """The project's containers (running ones unless ``all``), as dicts sorted by name."""
    g = world.graph
    rows = []
    for c in project_containers(world, hnode, name):
        d = g.nodes[c]
        if all or d["state"] == "running":
            rows.append({"name": d["name"], "image": d["image_ref"], "command": d["command"],
                         "service": d["compose_service"], "created": d["created"], "state": d["state"],
                         "exit_code": d["exit_code"], "started": d["started"], "finished": d["finished"],
                         "ports": d["ports"], "id": d["id"], "image_node": d["image"]})
    return tuple(rows)


def down(world, hnode: str, name: str, project: Project | None = None, *, volumes: bool = False,
         remove_orphans: bool = False) -> ComposeResult:
    """Remove a project's containers and default network, and with ``volumes`` its named volumes."""
    g = world.graph
    hname = g.nodes[hnode]["name"]
    lines = list(project.warnings) if project else []
    records = dict(g.nodes[hnode].get("compose_projects") or {})
    record = records.get(name)
    nodes = project_containers(world, hnode, name)
    keep = []
    if project is not None:
        keep = [c for c in nodes if g.nodes[c]["compose_service"] not in project.services]
        if keep and not remove_orphans:
            lines.append(_orphan_warning(g.nodes[c]["name"] for c in keep))
        else:
            keep = []
    rank = {s: i for i, s in enumerate(project.order)} if project else {}
    nodes = [c for c in nodes if c not in keep]
    nodes.sort(key=lambda c: (-rank.get(g.nodes[c]["compose_service"], -1), -g.nodes[c]["compose_number"],
                              g.nodes[c]["name"]))
    events, touched = [], []
    for c in nodes:
        cname = g.nodes[c]["name"]
        world.rm(cname, host=hname, force=True, volumes=volumes)
        events.append((f"Container {cname}", "Removed"))
        touched.append(cname)
    if volumes:
        names = [v for v, ext in project.volumes.values() if not ext] if project else list((record or {}).get("volumes", ()))
        for vname in names:
            vnode = ids.volume_id(hname, vname)
            if vnode in g:
                if world._in(vnode, "mounts"):
                    raise Conflict(f"remove {vname}: volume is in use - "
                                   f"[{', '.join(g.nodes[u]['id'] for u in sorted(world._in(vnode, 'mounts')))}]")
                world.volume_rm(vname, host=hname)
                events.append((f"Volume {vname}", "Removed"))
    if record is not None and not keep:
        events.append((f"Network {record['network']}", "Removed"))
        del records[name]
        world.journal.set(hnode, "compose_projects", records)
    lines += _block("Running", events)
    return ComposeResult(tuple(lines), tuple(touched), name)
