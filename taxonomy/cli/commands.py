"""The docker command line: text in, Docker's text and exit code out.

:func:`execute` parses one ``docker …`` command, runs the matching
operation of the world and prints the answer as the docker CLI would,
errors included ("Error response from daemon: …", exit 1; ``docker run``
errors exit 125). A command either applies whole or changes nothing.

Examples
--------
>>> import taxonomy as tx
>>> w = tx.World()
>>> r = w.docker("docker pull alpine:3.20")
>>> print(r.output.splitlines()[0]); r.exit_code
3.20: Pulling from library/alpine
0
>>> r = w.docker("docker rmi nosuch")
>>> print(r.output.strip()); r.exit_code
Error response from daemon: No such image: nosuch:latest
1
"""

from __future__ import annotations

import json

from .. import limits, platforms, shellwords   # shellwords: shlex.split, linear
from ..catalog import UNPACK_RATIO
from ..content import short_id
from ..errors import InvalidArgument, InvalidReference, NotFound, TaxonomyError
from ..ids import layer_id
from ..reference import parse_reference, tag_omitted
from ..results import CommandResult
from .format import ellipsis, human_duration, human_size, table
from .parse import UsageError, parse_flags

__all__ = ["execute", "COMMANDS"]


# name: (usage, description, flags, min args, max args or None)
COMMANDS = {
    "pull": ("docker pull [OPTIONS] NAME[:TAG|@DIGEST]", "Download an image from a registry",
             {"-q": ("quiet", "bool"), "--quiet": ("quiet", "bool"), "-a": ("all", "bool"), "--all-tags": ("all", "bool"),
              "--platform": ("platform", "str"), "--estimate": ("estimate", "bool")}, 1, 1),
    "push": ("docker push [OPTIONS] NAME[:TAG]", "Upload an image to a registry",
             {"-q": ("quiet", "bool"), "--quiet": ("quiet", "bool")}, 1, 1),
    "tag": ("docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]", "Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE", {}, 2, 2),
    "images": ("docker images [OPTIONS] [REPOSITORY[:TAG]]", "List images",
               {"-a": ("all", "bool"), "--all": ("all", "bool"), "-q": ("quiet", "bool"), "--quiet": ("quiet", "bool"),
                "--digests": ("digests", "bool"), "--no-trunc": ("no_trunc", "bool")}, 0, 1),
    "rmi": ("docker rmi [OPTIONS] IMAGE [IMAGE...]", "Remove one or more images",
            {"-f": ("force", "bool"), "--force": ("force", "bool"), "--no-prune": ("no_prune", "bool")}, 1, None),
    "run": ("docker run [OPTIONS] IMAGE [COMMAND] [ARG...]", "Create and run a new container from an image", None, 1, None),
    "create": ("docker create [OPTIONS] IMAGE [COMMAND] [ARG...]", "Create a new container", None, 1, None),
    "start": ("docker start [OPTIONS] CONTAINER [CONTAINER...]", "Start one or more stopped containers",
              {"-a": ("attach", "bool"), "--attach": ("attach", "bool"), "-i": ("interactive", "bool")}, 1, None),
    "stop": ("docker stop [OPTIONS] CONTAINER [CONTAINER...]", "Stop one or more running containers",
             {"-t": ("time", "str"), "--time": ("time", "str"), "-s": ("signal", "str"), "--signal": ("signal", "str")}, 1, None),
    "restart": ("docker restart [OPTIONS] CONTAINER [CONTAINER...]", "Restart one or more containers",
                {"-t": ("time", "str"), "--time": ("time", "str")}, 1, None),
    "rm": ("docker rm [OPTIONS] CONTAINER [CONTAINER...]", "Remove one or more containers",
           {"-f": ("force", "bool"), "--force": ("force", "bool"), "-v": ("volumes", "bool"), "--volumes": ("volumes", "bool")}, 1, None),
    "ps": ("docker ps [OPTIONS]", "List containers",
           {"-a": ("all", "bool"), "--all": ("all", "bool"), "-q": ("quiet", "bool"), "--quiet": ("quiet", "bool"),
            "-s": ("size", "bool"), "--size": ("size", "bool"), "--no-trunc": ("no_trunc", "bool")}, 0, 0),
    "logs": ("docker logs [OPTIONS] CONTAINER", "Fetch the logs of a container", {"-f": ("follow", "bool"), "--follow": ("follow", "bool")}, 1, 1),
    "login": ("docker login [OPTIONS] [SERVER]", "Authenticate to a registry",
              {"-u": ("username", "str"), "--username": ("username", "str"), "-p": ("password", "str"),
               "--password": ("password", "str"), "--password-stdin": ("stdin", "bool")}, 0, 1),
    "logout": ("docker logout [SERVER]", "Log out from a registry", {}, 0, 1),
    "inspect": ("docker inspect [OPTIONS] NAME|ID [NAME|ID...]", "Return low-level information on Docker objects",
                {"-f": ("format", "str"), "--format": ("format", "str"), "--type": ("type", "str")}, 1, None),
    "history": ("docker history [OPTIONS] IMAGE", "Show the history of an image",
                {"--no-trunc": ("no_trunc", "bool"), "-q": ("quiet", "bool"), "-H": ("human", "bool")}, 1, 1),
}

_RUN_FLAGS = {
    "-d": ("detach", "bool"), "--detach": ("detach", "bool"), "--name": ("name", "str"),
    "-e": ("env", "list"), "--env": ("env", "list"), "-v": ("volume", "list"), "--volume": ("volume", "list"),
    "-p": ("publish", "list"), "--publish": ("publish", "list"), "--rm": ("rm", "bool"),
    "-i": ("interactive", "bool"), "--interactive": ("interactive", "bool"), "-t": ("tty", "bool"), "--tty": ("tty", "bool"),
    "--entrypoint": ("entrypoint", "str"), "--platform": ("platform", "str"), "-w": ("workdir", "str"),
    "--workdir": ("workdir", "str"), "--pull": ("pull", "str"), "--restart": ("restart", "str"),
}

_SUB = {  # "docker image ls" and friends
    ("image", "ls"): "images", ("image", "list"): "images", ("image", "rm"): "rmi", ("image", "pull"): "pull",
    ("image", "push"): "push", ("image", "tag"): "tag", ("image", "inspect"): "inspect", ("image", "history"): "history",
    ("container", "ls"): "ps", ("container", "list"): "ps", ("container", "run"): "run", ("container", "create"): "create",
    ("container", "start"): "start", ("container", "stop"): "stop", ("container", "restart"): "restart",
    ("container", "rm"): "rm", ("container", "logs"): "logs", ("container", "inspect"): "inspect",
}


def _err(msg: str, code: int = 1, *, cmd: str | None = None) -> CommandResult:
    text = msg if msg.endswith("\n") else msg + "\n"
    if cmd:
        text += f"See 'docker {cmd} --help'.\n"
    return CommandResult(code, text)


def _usage_error(cmd, message, code=125):
    usage, desc, *_ = COMMANDS[cmd] if cmd in COMMANDS else (f"docker {cmd}", "", None)
    return CommandResult(code, f"{message}\nSee 'docker {cmd} --help'.\n" if code == 125 else
                         f"{message}\nSee 'docker {cmd} --help'.\n\nUsage:  {usage}\n\n{desc}\n")


def execute(world, text: str, host: str | None = None) -> CommandResult:
    """Run one docker command on ``world`` and return its exit code and output.

    Never raises for bad input: every problem becomes Docker's message and
    a non-zero exit code. Only programming errors escape.
    """
    if not isinstance(text, str):
        return _err(f"docker: expected a command line as text, got {type(text).__name__}")
    if len(text) > limits.MAX_COMMAND_LINE:   # what Linux itself refuses (E2BIG)
        return _err(f"bash: docker: Argument list too long ({len(text)} characters; the limit MAX_COMMAND_LINE is "
                    f"{limits.MAX_COMMAND_LINE}, Linux's ARG_MAX)", 126)
    try:
        words = shellwords.split(text)
    except ValueError as err:
        return _err(f"docker: cannot parse the command line: {err}; check the quotes")
    if words and words[0] == "$":
        words = words[1:]
    if not words:
        return _err("docker: no command given; try 'docker run hello-world'")
    if words[0] != "docker":
        return _err(f"{words[0]}: command not found; this terminal only runs docker commands, e.g. 'docker ps'", 127)
    words = words[1:]
    if not words or words[0] in ("--help", "-h", "help"):
        return CommandResult(0, _help())
    if words[0] in ("--version", "-v", "version"):
        return CommandResult(0, "Docker version 28.2.2 (Docker Taxonomy Explorer model)\n")
    cmd, args = words[0], words[1:]
    if cmd in ("image", "container", "volume") and (not args or args[0] in ("--help", "-h")):
        return CommandResult(0, f"Usage:  docker {cmd} COMMAND\n\nManage {cmd}s\n")
    if cmd == "volume":
        return _volume(world, args, host)
    if cmd == "image" and args and args[0] == "prune":
        return _image_prune(world, args[1:], host)
    if cmd == "container" and args and args[0] == "prune":
        return _container_prune(world, args[1:], host)
    if cmd in ("image", "container"):
        sub = _SUB.get((cmd, args[0]))
        if sub is None:
            return _err(f"docker: '{cmd} {args[0]}' is not a docker command.\nSee 'docker {cmd} --help'")
        cmd, args = sub, args[1:]
    if cmd == "compose":
        from .compose import compose
        return compose(world, args, host)
    if cmd == "build" or cmd == "buildx":
        return _build(world, cmd, args, host)
    if cmd not in COMMANDS:
        return _err(f"docker: '{cmd}' is not a docker command.\nSee 'docker --help'")
    usage, desc, spec, lo, hi = COMMANDS[cmd]
    if "--help" in args or "-h" in args and cmd not in ("run", "create"):
        return CommandResult(0, f"\nUsage:  {usage}\n\n{desc}\n")
    try:
        if cmd in ("run", "create"):
            opts, rest = parse_flags(args, _RUN_FLAGS, interspersed=False)
        else:
            opts, rest = parse_flags(args, spec)
    except UsageError as err:
        return _usage_error(cmd, str(err))
    if len(rest) < lo or (hi is not None and len(rest) > hi):
        if lo == hi:
            need = f"exactly {lo} argument{'s' if lo != 1 else ''}"
        elif hi is None:
            need = f"at least {lo} argument{'s' if lo != 1 else ''}"
        else:
            need = f"at most {hi} argument{'s' if hi != 1 else ''}"
        return _usage_error(cmd, f'"docker {cmd}" requires {need}.', 1)
    handler = _HANDLERS[cmd]
    try:
        with world.journal.transaction(f"docker {cmd}"):
            return handler(world, opts, rest, host)
    except _Failed as failed:
        return failed.result


class _Failed(Exception):
    """Carries a failed command's output out of the transaction (so it rolls back)."""

    def __init__(self, result: CommandResult):
        super().__init__(result.output)
        self.result = result


def _fail(output: str, code: int = 1):
    raise _Failed(CommandResult(code, output if output.endswith("\n") else output + "\n"))


def _daemon(err: TaxonomyError) -> str:
    return f"Error response from daemon: {err}"


# -- image commands ----------------------------------------------------
def _pull_lines(r) -> list[str]:
    lines = []
    if r.default_tag:
        lines.append("Using default tag: latest")
    ref = parse_reference(r.reference)
    what = ref.digest if ref.digest else ref.tag
    lines.append(f"{what}: Pulling from {ref.path}")
    if not r.up_to_date:
        lines += [f"{short_id(l.digest)}: {l.status}" for l in r.layers]
    lines.append(f"Digest: {r.digest}")
    lines.append(f"Status: {'Image is up to date' if r.up_to_date else 'Downloaded newer image'} for {r.familiar}")
    lines.append(r.reference)
    return lines


def _pull(world, opts, rest, host):
    text = rest[0]
    if opts["all"]:
        _fail("the explorer does not support --all-tags; pull the tags you need one by one")
    estimate = []
    if opts["estimate"]:   # the explorer's own flag: [model] lines, computed before the pull
        from ..network.text import estimate_for_pull
        estimate = estimate_for_pull(world, text, host, platform=opts["platform"])
    try:
        r = world.pull(text, host=host, platform=opts["platform"])
    except InvalidReference as err:
        _fail(str(err))
    except TaxonomyError as err:
        pre = "Using default tag: latest\n" if tag_omitted(text) else ""
        _fail(pre + _daemon(err))
    if opts["quiet"]:
        return CommandResult(0, "\n".join([r.reference, *estimate]) + "\n")
    return CommandResult(0, "\n".join([*_pull_lines(r), *estimate]) + "\n")


def _push(world, opts, rest, host):
    text = rest[0]
    try:
        ref = parse_reference(text)
    except InvalidReference as err:
        _fail(str(err))
    pre = ["Using default tag: latest"] if tag_omitted(text) else []
    pre.append(f"The push refers to repository [{ref.name}]")
    try:
        r = world.push(text, host=host)
    except NotFound as err:
        _fail("\n".join(pre + [str(err) if "does not exist locally" in str(err) else _daemon(err)]))
    except TaxonomyError as err:
        try:
            img = world._resolve_local_image(text, world._host_node(host))
            layers = list(dict.fromkeys(world.graph.nodes[img]["layers"]))[::-1]
        except TaxonomyError:
            layers = []
        lines = [f"{short_id(d)}: Preparing" for d in layers] + [f"{short_id(d)}: Waiting" for d in layers[:1]]
        _fail("\n".join(pre + lines + [str(err)]))
    lines = pre + [f"{short_id(l.digest)}: {l.status}" for l in reversed(r.layers)]
    lines.append(f"{r.tag}: digest: {r.digest} size: {r.size}")
    return CommandResult(0, "\n".join(lines) + "\n")


def _tag(world, opts, rest, host):
    try:
        world.tag(rest[0], rest[1], host=host)
    except InvalidReference as err:
        _fail(str(err))
    except TaxonomyError as err:
        _fail(_daemon(err))
    return CommandResult(0, "")


def _image_rows(world, host, opts, filter_ref=None, filter_tag=False):
    hnode = world._host_node(host)
    g = world.graph
    rows = []
    for img in world._local_images(hnode):
        d = g.nodes[img]
        size = human_size(d["nominal_size"] * UNPACK_RATIO)
        created = _ago(world, d.get("created"))
        tags = world._host_tags_of(hnode, img)
        entries = [(g.nodes[t]["repository"], g.nodes[t]["tag"]) for t in tags] or [(None, None)]
        for repo, tag in entries:
            shown_repo = parse_reference(repo).familiar_name if repo else "<none>"
            if filter_ref is not None and (repo != filter_ref.name or (filter_tag and tag != filter_ref.tag)):
                continue
            digest = "<none>"
            for rd in g.edges[hnode, img].get("repo_digests", ()):
                if repo is None or rd.split("@")[0] == repo:
                    digest = rd.split("@")[1]
                    break
            iid = d["digest"] if opts.get("no_trunc") else short_id(d["digest"])
            rows.append((d.get("created") or "", shown_repo, tag or "<none>", digest, iid, created, size))
    rows.sort(key=lambda r: (r[0], r[1], r[2]), reverse=True)
    return rows


def _images(world, opts, rest, host):
    filt = None
    if rest:
        try:
            filt = parse_reference(rest[0])
        except InvalidReference as err:
            _fail(str(err))
    # `docker images nginx` lists every tag of nginx; `docker images nginx:1.27` only that one
    rows = _image_rows(world, host, opts, filt, filter_tag=bool(rest) and not tag_omitted(rest[0]))
    if opts["quiet"]:
        return CommandResult(0, "".join(f"{r[4]}\n" for r in dict.fromkeys(rows)))
    if opts["digests"]:
        out = table(["REPOSITORY", "TAG", "DIGEST", "IMAGE ID", "CREATED", "SIZE"], [r[1:] for r in rows])
    else:
        out = table(["REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE"], [r[1:3] + r[4:] for r in rows])
    return CommandResult(0, out + "\n")


def _ago(world, created):
    if not created:
        return "N/A"
    import datetime
    import re
    # Real configs write fractional seconds and offsets (2025-05-20T10:11:12.123456789+02:00).
    t = datetime.datetime.fromisoformat(re.sub(r"\.\d+", "", created).replace("Z", "+00:00"))
    if t.tzinfo is None:
        t = t.replace(tzinfo=datetime.timezone.utc)
    t = t.timestamp()
    return human_duration(world.now - t) + " ago"


def _rmi(world, opts, rest, host):
    out, code = [], 0
    for name in rest:
        try:
            r = world.rmi(name, host=host, force=opts["force"])
        except TaxonomyError as err:
            out.append(_daemon(err) if not isinstance(err, InvalidReference) else str(err))
            code = 1
            continue
        out += [f"Untagged: {u}" for u in r.untagged] + [f"Deleted: {d}" for d in r.deleted]
    return CommandResult(code, "\n".join(out) + "\n")


def _image_prune(world, args, host):
    try:
        opts, rest = parse_flags(args, {"-a": ("all", "bool"), "--all": ("all", "bool"), "-f": ("force", "bool"), "--force": ("force", "bool")})
    except UsageError as err:
        return _usage_error("image prune", str(err))
    with world.journal.transaction("docker image prune"):
        r = world.image_prune(host=host, all=opts["all"])
    lines = []
    if r.untagged or r.deleted:
        lines.append("Deleted Images:")
        lines += [f"untagged: {u}" for u in r.untagged] + [f"deleted: {d}" for d in r.deleted]
        lines.append("")
    lines.append("Total reclaimed space: " + ("0B" if not r.deleted else "see 'docker system df'"))
    return CommandResult(0, "\n".join(lines) + "\n")


def _container_prune(world, args, host):
    hnode = world._host_node(host)
    with world.journal.transaction("docker container prune"):
        gone = []
        for c in sorted(world._out(hnode, "hosts", "container")):
            d = world.graph.nodes[c]
            if d["state"] != "running":
                gone.append(d["id"])
                world.rm(d["name"], host=host)
    lines = (["Deleted Containers:"] + gone + [""] if gone else []) + ["Total reclaimed space: 0B"]
    return CommandResult(0, "\n".join(lines) + "\n")


def _history(world, opts, rest, host):
    try:
        hnode = world._host_node(host)
        img = world._resolve_local_image(rest[0], hnode)
    except TaxonomyError as err:
        _fail(_daemon(err))
    d = world.graph.nodes[img]
    raw = json.loads(world.blobs[d["digest"]])
    history = raw.get("history", [])
    layers = list(d["layers"])
    rows = []
    li = 0
    entries = []
    for h in history:
        if h.get("empty_layer"):
            entries.append((h, None))
        else:
            entries.append((h, layers[li] if li < len(layers) else None))
            li += 1
    for i, (h, layer) in enumerate(reversed(entries)):
        iid = short_id(d["digest"]) if i == 0 else "<missing>"
        size = human_size(world.graph.nodes[layer_id(layer)]["nominal_size"] * UNPACK_RATIO) if layer else "0B"
        created_by = h.get("created_by", "")
        by = created_by if opts["no_trunc"] else ellipsis(created_by, 45)
        rows.append((iid, _ago(world, h.get("created")), by, size, h.get("comment", "")))
    if opts["quiet"]:
        return CommandResult(0, "".join(r[0] + "\n" for r in rows))
    return CommandResult(0, table(["IMAGE", "CREATED", "CREATED BY", "SIZE", "COMMENT"], rows) + "\n")


def _inspect(world, opts, rest, host):
    out, code = [], 0
    hnode = world._host_node(host)
    for name in rest:
        try:
            if opts["type"] != "image":
                try:
                    out.append(world.inspect_container(name, host=host))
                    continue
                except NotFound:
                    if opts["type"] == "container":
                        raise
            img = world._resolve_local_image(name, hnode)
            out.append(_inspect_image(world, hnode, img))
        except TaxonomyError:
            out_err = f"Error: No such object: {name}"
            code = 1
            return CommandResult(code, (json.dumps(out, indent=4) + "\n" if out else "[]\n") + out_err + "\n")
    return CommandResult(code, json.dumps(out, indent=4) + "\n")


def _inspect_image(world, hnode, img):
    g = world.graph
    d = g.nodes[img]
    raw = json.loads(world.blobs[d["digest"]])
    return {
        "Id": d["digest"],
        "RepoTags": sorted(g.nodes[t]["name"] for t in world._host_tags_of(hnode, img)),
        "RepoDigests": [f"{parse_reference(rd.split('@')[0]).familiar_name}@{rd.split('@')[1]}"
                        for rd in g.edges[hnode, img].get("repo_digests", ())],
        "Created": d.get("created") or "",
        "Config": raw.get("config", {}),
        "Architecture": raw.get("architecture"), "Os": raw.get("os"),
        "Size": int(d["nominal_size"] * UNPACK_RATIO),
        "RootFS": {"Type": "layers", "Layers": raw["rootfs"]["diff_ids"]},
        "Descriptor": {"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": d["manifest_digest"],
                       "size": d["manifest_size"]},
    }


# -- container commands ------------------------------------------------
def _run(world, opts, rest, host, *, start=True):
    image, command = rest[0], rest[1:]
    kw = dict(name=opts["name"], env=opts["env"], volumes=opts["volume"], ports=opts["publish"],
              entrypoint=[opts["entrypoint"]] if opts["entrypoint"] else None,
              interactive=opts["interactive"], rm=opts["rm"], platform=opts["platform"])
    pre = []
    hnode = None
    try:
        hnode = world._host_node(host)
        parse_reference(image)
        try:
            world._resolve_local_image(image, hnode)
        except NotFound:
            ref = parse_reference(image)
            pre.append(f"Unable to find image '{ref.familiar}' locally")
    except InvalidReference:
        _fail(f"docker: invalid reference format.\nSee 'docker {'run' if start else 'create'} --help'.", 125)
    except TaxonomyError as err:
        _fail(f"docker: {err}.\nSee 'docker run --help'.", 125)
    try:
        if start:
            r = world.run(image, command or None, host=host, detach=opts["detach"], **kw)
        else:
            r = world.create(image, command or None, host=host, **kw)
    except TaxonomyError as err:
        lines = pre + [f"docker: Error response from daemon: {str(err).rstrip('.')}."]
        lines.append(f"See 'docker {'run' if start else 'create'} --help'.")
        _fail("\n".join(lines), 125)
    lines = list(pre)
    if r.pull is not None:
        lines += [l for l in _pull_lines(r.pull)[:-1] if l != "Using default tag: latest"]
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
        img = world._resolve_local_image(image, hnode)
    except TaxonomyError:
        return []
    have, want = world.graph.nodes[img]["platform"], world.graph.nodes[hnode]["platform"]
    if platforms.matches(have, want):
        return []
    return [f"WARNING: The requested image's platform ({platforms.normalize(have)}) does not match the detected host "
            f"platform ({platforms.normalize(want)}) and no specific platform was requested"]


def _create(world, opts, rest, host):
    return _run(world, opts, rest, host, start=False)


def _each_container(world, rest, host, fn):
    out, code = [], 0
    for name in rest:
        try:
            fn(name)
            out.append(name)
        except TaxonomyError as err:
            out.append(_daemon(err))
            code = 1
    return CommandResult(code, "\n".join(out) + "\n")


def _start(world, opts, rest, host):
    def go(name):
        node = world._container_node(name, host)
        before = len(world.graph.nodes[node]["output"])
        world.start(name, host=host)
        if opts["attach"] and node in world.graph:
            go.extra.append(world.graph.nodes[node]["output"][before:])
    go.extra = []
    r = _each_container(world, rest, host, go)
    if opts["attach"] and go.extra:
        return CommandResult(r.exit_code, "".join(go.extra))
    return r


def _stop(world, opts, rest, host):
    return _each_container(world, rest, host, lambda n: world.stop(n, host=host))


def _restart(world, opts, rest, host):
    return _each_container(world, rest, host, lambda n: world.restart(n, host=host))


def _rm(world, opts, rest, host):
    return _each_container(world, rest, host, lambda n: world.rm(n, host=host, force=opts["force"], volumes=opts["volumes"]))


def _logs(world, opts, rest, host):
    try:
        node = world._container_node(rest[0], host)
    except TaxonomyError as err:
        _fail(_daemon(err))
    return CommandResult(0, world.graph.nodes[node]["output"])


def _ps(world, opts, rest, host):
    hnode = world._host_node(host)
    g = world.graph
    rows = []
    for c in world._out(hnode, "hosts", "container"):
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
            if world._resolve_local_image(image, hnode) != d["image"]:
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


def familiar_image(image: str) -> str:
    """An image column as Docker prints it: ``nginx:1.27`` for ``docker.io/library/nginx:1.27``, ids as they are."""
    try:
        return parse_reference(image).familiar if "/" in image or ":" in image else image
    except InvalidReference:
        return image


def ps_columns(world, d: dict, image_node: str, *, no_trunc: bool = False) -> tuple[str, str, str]:
    """The COMMAND, STATUS and PORTS columns of container ``d``, as ``docker ps`` and ``docker compose ps`` print them."""
    cmd = " ".join(d["command"])
    cmd = json.dumps(cmd if no_trunc else ellipsis(cmd, 20), ensure_ascii=False)
    if d["state"] == "running":
        status = "Up " + human_duration(world.now - d["started"])
    elif d["state"] == "exited":
        status = f"Exited ({d['exit_code']}) {human_duration(world.now - d['finished'])} ago"
    else:
        status = "Created"
    ports = []
    for cport, hport, proto in d["ports"]:
        if hport and d["state"] == "running":
            ports.append(f"0.0.0.0:{hport}->{cport}/{proto}")
        elif not hport:
            ports.append(f"{cport}/{proto}")
    if d["state"] == "running":
        exposed = world.graph.nodes[image_node]["config"].get("ExposedPorts") or {}
        ports += [p for p in sorted(exposed) if not any(p == f"{c}/{pr}" for c, _, pr in d["ports"])]
    return cmd, status, ", ".join(ports)


# -- auth ----------------------------------------------------------------
def _login(world, opts, rest, host):
    server = rest[0] if rest else None
    warn = "WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n" if opts["password"] is not None else ""
    if opts["stdin"]:
        _fail("the explorer has no standard input: use -u USER -p PASSWORD (never do that on a shared machine)")
    if opts["username"] is None or opts["password"] is None:
        _fail("Error: Cannot perform an interactive login from a non TTY device")
    try:
        msg = world.login(server, opts["username"], opts["password"], host=host)
    except TaxonomyError as err:
        _fail(warn + _daemon(err))
    return CommandResult(0, warn + msg + "\n")


def _logout(world, opts, rest, host):
    try:
        return CommandResult(0, world.logout(rest[0] if rest else None, host=host) + "\n")
    except TaxonomyError as err:
        _fail(_daemon(err))


# -- volumes -------------------------------------------------------------
def _volume(world, args, host):
    if not args:
        return CommandResult(0, "Usage:  docker volume COMMAND\n\nManage volumes\n")
    sub, args = args[0], args[1:]
    spec = {"-f": ("force", "bool"), "--force": ("force", "bool"), "-q": ("quiet", "bool"), "--quiet": ("quiet", "bool"),
            "-a": ("all", "bool"), "--all": ("all", "bool"), "-d": ("driver", "str"), "--driver": ("driver", "str")}
    try:
        opts, rest = parse_flags(args, spec)
    except UsageError as err:
        return _usage_error(f"volume {sub}", str(err))
    try:
        with world.journal.transaction(f"docker volume {sub}"):
            if sub == "create":
                if len(rest) > 1:
                    return _usage_error("volume create", '"docker volume create" requires at most 1 argument.', 1)
                return CommandResult(0, world.volume_create(rest[0] if rest else None, host=host) + "\n")
            if sub in ("ls", "list"):
                hnode = world._host_node(host)
                vols = sorted(world._out(hnode, "hosts", "volume"), key=lambda v: world.graph.nodes[v]["name"])
                names = [world.graph.nodes[v]["name"] for v in vols]
                if opts["quiet"]:
                    return CommandResult(0, "".join(n + "\n" for n in names))
                return CommandResult(0, table(["DRIVER", "VOLUME NAME"], [("local", n) for n in names], minwidth=0, padding=4) + "\n")
            if sub in ("rm", "remove"):
                if not rest:
                    return _usage_error("volume rm", '"docker volume rm" requires at least 1 argument.', 1)
                out, code = [], 0
                for n in rest:
                    try:
                        out.append(world.volume_rm(n, host=host, force=opts["force"]))
                    except TaxonomyError as err:
                        out.append(_daemon(err))
                        code = 1
                return CommandResult(code, "\n".join(out) + "\n")
            if sub == "inspect":
                hnode = world._host_node(host)
                out = []
                for n in rest:
                    node = f"volume:{world.graph.nodes[hnode]['name']}/{n}"
                    if node not in world.graph:
                        return CommandResult(1, (json.dumps(out, indent=4) if out else "[]") + f"\nError response from daemon: get {n}: no such volume\n")
                    d = world.graph.nodes[node]
                    out.append({"Driver": "local", "Mountpoint": d["mountpoint"], "Name": n, "Scope": "local"})
                return CommandResult(0, json.dumps(out, indent=4) + "\n")
            if sub == "prune":
                gone = world.volume_prune(host=host, all=opts["all"])
                lines = (["Deleted Volumes:"] + gone + [""] if gone else []) + ["Total reclaimed space: 0B"]
                return CommandResult(0, "\n".join(lines) + "\n")
    except TaxonomyError as err:
        return _err(_daemon(err))
    return _err(f"docker: 'volume {sub}' is not a docker command.\nSee 'docker volume --help'")


def _build(world, cmd, args, host):
    builder = getattr(world, "_docker_build", None)
    if builder is None:
        return _err("docker build is not available in this version of the explorer")
    return builder(cmd, args, host)


def _help() -> str:
    lines = ["", "Usage:  docker [OPTIONS] COMMAND", "", "A self-sufficient runtime for containers (modelled by the Docker Taxonomy Explorer)", "", "Commands:"]
    for name, (usage, desc, *_r) in COMMANDS.items():
        lines.append(f"  {name:<10}{desc}")
    lines += ["  build     Build an image from a Dockerfile", "  compose   Docker Compose", "  volume    Manage volumes", ""]
    return "\n".join(lines) + "\n"


_HANDLERS = {
    "pull": _pull, "push": _push, "tag": _tag, "images": _images, "rmi": _rmi, "run": _run, "create": _create,
    "start": _start, "stop": _stop, "restart": _restart, "rm": _rm, "ps": _ps, "logs": _logs, "login": _login,
    "logout": _logout, "inspect": _inspect, "history": _history,
}

# Commands that live in their own modules: docker save / load (OCI archives).
from .oci import COMMANDS as _OCI_COMMANDS, HANDLERS as _OCI_HANDLERS  # noqa: E402

COMMANDS.update(_OCI_COMMANDS)
_SUB.update({("image", "save"): "save", ("image", "load"): "load"})
_HANDLERS.update(_OCI_HANDLERS)
