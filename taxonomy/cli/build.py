"""``docker build`` and ``docker buildx build``: the command line of :func:`taxonomy.ops.build.build`.

The flags, the build context rule (the host's working files, ``docker build .``), the
``--build-arg NAME`` lookup in this process's environment, and Docker's words for failures
(``ERROR: failed to solve: …``) live here; the operation itself raises
:class:`~taxonomy.errors.TaxonomyError` subclasses and knows no Docker text.

Examples
--------
>>> import taxonomy as tx
>>> w = tx.World()
>>> _ = w.write_files({"Dockerfile": "FROM alpine:3.20\\nRUN echo hi > /hi\\n"})
>>> r = docker_build(w, "build", ["-q", "-t", "hi:1", "."], None)
>>> r.exit_code, r.output.startswith("sha256:")
(0, True)
>>> print(docker_build(w, "build", ["-f", "Nope", "."], None).output, end="")
ERROR: failed to solve: failed to read dockerfile: open Nope: no such file or directory
"""

from __future__ import annotations

import os

from ..errors import TaxonomyError
from ..ops.build import build
from ..results import CommandResult
from .parse import UsageError, parse_flags

__all__ = ["docker_build"]


def docker_build(world, cmd, args, host):
    """``docker build`` / ``docker buildx build`` on the host's working files."""
    if cmd == "buildx":
        if not args or args[0] != "build":
            return CommandResult(1, "the explorer supports 'docker buildx build' only\n")
        args = args[1:]
    spec = {"-t": ("tag", "list"), "--tag": ("tag", "list"), "-f": ("file", "str"), "--file": ("file", "str"),
            "--target": ("target", "str"), "--build-arg": ("build_arg", "list"), "--no-cache": ("no_cache", "bool"),
            "-q": ("quiet", "bool"), "--quiet": ("quiet", "bool"), "--platform": ("platform", "str"),
            "--push": ("push", "bool"), "--load": ("load", "bool"), "--progress": ("progress", "str")}
    try:
        opts, rest = parse_flags(args, spec)
    except UsageError as err:
        return CommandResult(125, f"{err}\nSee 'docker build --help'.\n")
    if len(rest) != 1:
        return CommandResult(1, "ERROR: \"docker buildx build\" requires exactly 1 argument.\nSee 'docker buildx build --help'.\n\n"
                             "Usage:  docker buildx build [OPTIONS] PATH | URL | -\n\nStart a build\n")
    if rest[0] not in (".", "./"):
        return CommandResult(1, f"ERROR: the explorer builds from the host's working files: use 'docker build .' "
                             f"(got {rest[0]!r})\n")
    hnode = world.host_node(host)
    files = world.graph.nodes[hnode]["files"]
    name = opts["file"] or "Dockerfile"
    if name not in files:
        return CommandResult(1, f"ERROR: failed to solve: failed to read dockerfile: open {name}: no such file or directory\n")
    build_args = {}
    for a in opts["build_arg"]:
        k, eq, v = a.partition("=")
        if not eq:
            v = os.environ.get(k, "")
        build_args[k] = v
    try:
        r = build(world, files[name].decode("utf-8", "replace"), tag=opts["tag"], context=None, host=host,
                       target=opts["target"], build_args=build_args, no_cache=opts["no_cache"],
                       platform=opts["platform"], push=opts["push"])
    except TaxonomyError as err:
        return CommandResult(1, f"ERROR: failed to solve: {err}\n")
    if opts["quiet"]:
        return CommandResult(0, r.image + "\n")
    return CommandResult(0, r.output)
