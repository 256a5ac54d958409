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

import functools

from .. import limits, shellwords   # shellwords: shlex.split, linear

from ..results import CommandResult
from .answer import Failed, error, usage_error
from .build import docker_build
from .compose import compose
from .containers import (docker_container_prune, docker_create, docker_logs, docker_ps, docker_restart, docker_rm,
                         docker_run, docker_start, docker_stop)
from .images import (docker_history, docker_image_prune, docker_images, docker_inspect, docker_pull, docker_push,
                     docker_rmi, docker_tag)
from .oci import docker_load, docker_save
from .parse import UsageError, parse_flags
from .registries import docker_login, docker_logout
from .tables import COMMANDS, RUN_FLAGS, SUBCOMMANDS
from .volumes import docker_volume

__all__ = ["execute", "COMMANDS", "HANDLERS"]


def execute(world, text: str, host: str | None = None, *, archive=None) -> CommandResult:
    """Run one docker command on ``world`` and return its exit code and output.

    Never raises for bad input: every problem becomes Docker's message and
    a non-zero exit code. Only programming errors escape.

    ``archive`` is what ``docker save`` and ``docker load`` write and read
    archives with (:mod:`taxonomy.oci.archive`, which :meth:`taxonomy.World.docker`
    passes); without it those two commands say they are not available.
    """
    if not isinstance(text, str):
        return error(f"docker: expected a command line as text, got {type(text).__name__}")
    if len(text) > limits.MAX_COMMAND_LINE:   # what Linux itself refuses (E2BIG)
        return error(f"bash: docker: Argument list too long ({len(text)} characters; the limit MAX_COMMAND_LINE is "
                     f"{limits.MAX_COMMAND_LINE}, Linux's ARG_MAX)", 126)
    try:
        words = shellwords.split(text)
    except ValueError as err:
        return error(f"docker: cannot parse the command line: {err}; check the quotes")
    if words and words[0] == "$":
        words = words[1:]
    if not words:
        return error("docker: no command given; try 'docker run hello-world'")
    if words[0] != "docker":
        return error(f"{words[0]}: command not found; this terminal only runs docker commands, e.g. 'docker ps'", 127)
    words = words[1:]
    if not words or words[0] in ("--help", "-h", "help"):
        return CommandResult(0, _help())
    if words[0] in ("--version", "-v", "version"):
        return CommandResult(0, "Docker version 28.2.2 (Docker Taxonomy Explorer model)\n")
    cmd, args = words[0], words[1:]
    if cmd in ("image", "container", "volume") and (not args or args[0] in ("--help", "-h")):
        return CommandResult(0, f"Usage:  docker {cmd} COMMAND\n\nManage {cmd}s\n")
    if cmd == "volume":
        return docker_volume(world, args, host)
    if cmd == "image" and args and args[0] == "prune":
        return docker_image_prune(world, args[1:], host)
    if cmd == "container" and args and args[0] == "prune":
        return docker_container_prune(world, args[1:], host)
    if cmd in ("image", "container"):
        sub = SUBCOMMANDS.get((cmd, args[0]))
        if sub is None:
            return error(f"docker: '{cmd} {args[0]}' is not a docker command.\nSee 'docker {cmd} --help'")
        cmd, args = sub, args[1:]
    if cmd == "compose":
        return compose(world, args, host)
    if cmd == "build" or cmd == "buildx":
        return docker_build(world, cmd, args, host)
    if cmd not in COMMANDS:
        return error(f"docker: '{cmd}' is not a docker command.\nSee 'docker --help'")
    usage, desc, spec, lo, hi = COMMANDS[cmd]
    if "--help" in args or "-h" in args and cmd not in ("run", "create"):
        return CommandResult(0, f"\nUsage:  {usage}\n\n{desc}\n")
    try:
        if cmd in ("run", "create"):
            opts, rest = parse_flags(args, RUN_FLAGS, interspersed=False)
        else:
            opts, rest = parse_flags(args, spec)
    except UsageError as err:
        return usage_error(cmd, str(err))
    if len(rest) < lo or (hi is not None and len(rest) > hi):
        if lo == hi:
            need = f"exactly {lo} argument{'s' if lo != 1 else ''}"
        elif hi is None:
            need = f"at least {lo} argument{'s' if lo != 1 else ''}"
        else:
            need = f"at most {hi} argument{'s' if hi != 1 else ''}"
        return usage_error(cmd, f'"docker {cmd}" requires {need}.', 1)
    handler = HANDLERS[cmd]
    if cmd in ("save", "load"):
        if archive is None:
            return error(f"docker {cmd} needs the OCI interop: run it as world.docker(...) on a taxonomy.World")
        handler = functools.partial(handler, archive=archive)
    try:
        with world.journal.transaction(f"docker {cmd}"):
            return handler(world, opts, rest, host)
    except Failed as failed:
        return failed.result


def _help() -> str:
    lines = ["", "Usage:  docker [OPTIONS] COMMAND", "", "A self-sufficient runtime for containers (modelled by the Docker Taxonomy Explorer)", "", "Commands:"]
    for name, (usage, desc, *_r) in COMMANDS.items():
        lines.append(f"  {name:<10}{desc}")
    lines += ["  build     Build an image from a Dockerfile", "  compose   Docker Compose", "  volume    Manage volumes", ""]
    return "\n".join(lines) + "\n"


#: The handler of each command of :data:`COMMANDS`: ``handler(world, opts, args, host)``.
HANDLERS = {
    "pull": docker_pull, "push": docker_push, "tag": docker_tag, "images": docker_images, "rmi": docker_rmi, "run": docker_run, "create": docker_create,
    "start": docker_start, "stop": docker_stop, "restart": docker_restart, "rm": docker_rm, "ps": docker_ps, "logs": docker_logs, "login": docker_login,
    "logout": docker_logout, "inspect": docker_inspect, "history": docker_history, "save": docker_save,
    "load": docker_load,
}
