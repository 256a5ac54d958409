"""``docker run``, ``create``, ``start``, ``stop``, ``restart``, ``rm``, ``logs``, ``ps`` and ``container prune``.

Examples
--------
>>> import taxonomy as tx
>>> w = tx.World()
>>> w.docker("docker run -d --name web nginx:1.27").exit_code
0
>>> print(w.docker("docker ps --format x").output.splitlines()[0])
unknown flag: --format
"""

from __future__ import annotations

import json

from .. import platforms
from ..catalog import UNPACK_RATIO
from ..content import short_id
from ..errors import InvalidReference, NotFound, TaxonomyError
from ..ops.containers import create, restart, rm, run, start, stop
from ..reference import parse_reference
from ..results import CommandResult
from .answer import daemon, fail
from .format import human_duration, human_size, table
from .images import pull_lines
from .ps import familiar_image, ps_columns

__all__ = ["docker_run", "docker_create", "docker_start", "docker_stop", "docker_restart", "docker_rm",
           "docker_logs", "docker_ps", "docker_container_prune"]


# -- container commands ------------------------------------------------
def docker_run(world, opts, rest, host, *, start=True):
    image, command = rest[0], rest[1:]
    kw = dict(name=opts["name"], env=opts["env"], volumes=opts["volume"], ports=opts["publish"],
              entrypoint=[opts["entrypoint"]] if opts["entrypoint"] else None,
              interactive=opts["interactive"], rm=opts["rm"], platform=opts["platform"])
    pre = []
    hnode = None
    try:
        hnode = world.host_node(host)
        parse_reference(image)
        try:
            world.resolve_local_image(image, hnode)
        except NotFound:
            ref = parse_reference(image)
            pre.append(f"Unable to find image '{ref.familiar}' locally")
    except InvalidReference:
        fail(f"docker: invalid reference format.\nSee 'docker {'run' if start else 'create'} --help'.", 125)
    except TaxonomyError as err:
        fail(f"docker: {err}.\nSee 'docker run --help'.", 125)
    try:
        if start:
            r = run(world, image, command or None, host=host, detach=opts["detach"], **kw)
        else:
            r = create(world, image, command or None, host=host, **kw)
    except TaxonomyError as err:
        lines = pre + [f"docker: Error response from daemon: {str(err).rstrip('.')}."]
        lines.append(f"See 'docker {'run' if start else 'create'} --help'.")
        fail("\n".join(lines), 125)
    lines = list(pre)
    if r.pull is not None:
        lines += [l for l in pull_lines(r.pull)[:-1] if l != "Using default tag: latest"]
    lines += _platform_warning(world, hnode, image, opts["platform"])
    out = "\n".join(lines) + ("\n" if lines else "")
    if not start or opts["detach"]:
        return CommandResult(0, out + r.id + "\n")
    out += r.output
    node = None if not r.container else f"container:{world.graph.nodes[hnode]['name']}/{r.container}"
    note = world.graph.nodes[node]["note"] if node and node in world.graph else ""
    if r.state == "running":
        out += (f"[model] '{r.container}' keeps running in the foreground; a real terminal would stay attached "
                f"until Ctrl+C. Here it runs on: stop it with 'docker stop {r.container}'.\n")
        return CommandResult(0, out)
    if note:
        out += f"[model] {note}\n"
    return CommandResult(r.exit_code or 0, out)


def _platform_warning(world, hnode, image, requested) -> list[str]:
    """Docker's warning when a host runs an image built for another platform."""
    if requested:
        return []
    try:
        img = world.resolve_local_image(image, hnode)
    except TaxonomyError:
        return []
    have, want = world.graph.nodes[img]["platform"], world.graph.nodes[hnode]["platform"]
    if platforms.matches(have, want):
        return []
    return [f"WARNING: The requested image's platform ({platforms.normalize(have)}) does not match the detected host "
            f"platform ({platforms.normalize(want)}) and no specific platform was requested"]


def docker_create(world, opts, rest, host):
    return docker_run(world, opts, rest, host, start=False)


def _each_container(world, rest, host, fn):
    out, code = [], 0
    for name in rest:
        try:
            fn(name)
            out.append(name)
        except TaxonomyError as err:
            out.append(daemon(err))
            code = 1
    return CommandResult(code, "\n".join(out) + "\n")


def docker_start(world, opts, rest, host):
    def go(name):
        node = world.container_node(name, host)
        before = len(world.graph.nodes[node]["output"])
        start(world, name, host=host)
        if opts["attach"] and node in world.graph:
            go.extra.append(world.graph.nodes[node]["output"][before:])
    go.extra = []
    r = _each_container(world, rest, host, go)
    if opts["attach"] and go.extra:
        return CommandResult(r.exit_code, "".join(go.extra))
    return r


def docker_stop(world, opts, rest, host):
    return _each_container(world, rest, host, lambda n: stop(world, n, host=host))


def docker_restart(world, opts, rest, host):
    return _each_container(world, rest, host, lambda n: restart(world, n, host=host))


def docker_rm(world, opts, rest, host):
    return _each_container(world, rest, host, lambda n: rm(world, n, host=host, force=opts["force"], volumes=opts["volumes"]))


def docker_logs(world, opts, rest, host):
    try:
        node = world.container_node(rest[0], host)
    except TaxonomyError as err:
        fail(daemon(err))
    return CommandResult(0, world.graph.nodes[node]["output"])


def docker_ps(world, opts, rest, host):
    hnode = world.host_node(host)
    g = world.graph
    rows = []
    for c in world.out_nodes(hnode, "hosts", "container"):
        d = g.nodes[c]
        if not opts["all"] and d["state"] != "running":
            continue
        rows.append((d["created"], d["name"], d))
    rows.sort(key=lambda r: (r[0], r[1]), reverse=True)
    if opts["quiet"]:
        return CommandResult(0, "".join(short_id(d["id"]) + "\n" for *_, d in rows))
    out = []
    for _, _, d in rows:
        image = d["image_ref"]
        try:
            if world.resolve_local_image(image, hnode) != d["image"]:
                image = short_id(g.nodes[d["image"]]["digest"])
        except TaxonomyError:
            image = short_id(g.nodes[d["image"]]["digest"])
        cmd, status, ports = ps_columns(world, d, d["image"], no_trunc=opts["no_trunc"])
        row = [short_id(d["id"]), familiar_image(image), cmd, human_duration(world.now - d["created"]) + " ago", status,
               ports, d["name"]]
        if opts["size"]:
            row.append(f"0B (virtual {human_size(g.nodes[d['image']]['nominal_size'] * UNPACK_RATIO)})")
        out.append(row)
    header = ["CONTAINER ID", "IMAGE", "COMMAND", "CREATED", "STATUS", "PORTS", "NAMES"] + (["SIZE"] if opts["size"] else [])
    return CommandResult(0, table(header, out) + "\n")


def docker_container_prune(world, args, host):
    hnode = world.host_node(host)
    with world.journal.transaction("docker container prune"):
        gone = []
        for c in sorted(world.out_nodes(hnode, "hosts", "container")):
            d = world.graph.nodes[c]
            if d["state"] != "running":
                gone.append(d["id"])
                rm(world, d["name"], host=host)
    lines = (["Deleted Containers:"] + gone + [""] if gone else []) + ["Total reclaimed space: 0B"]
    return CommandResult(0, "\n".join(lines) + "\n")
