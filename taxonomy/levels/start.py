"""Worlds from level data: the start world, and the goal world the solution reaches.

The start world is the starting kit (``tx.World()``: host ``laptop``,
Docker Hub and the Microsoft Artifact Registry) plus what the level adds:
hosts, registries with their accounts, accounts on the kit's registries,
files in a host's working directory and setup commands. Its undo history
is cleared, so a learner cannot undo the level's setup.

Examples
--------
>>> from taxonomy.levels.schema import loads
>>> level = loads('''
... id: demo
... sequence: basics
... title: {en: Demo, fr: Démo}
... introduction: {en: Demo., fr: Démo.}
... start:
...   hosts: [prod-1]
...   registries:
...     - {domain: dtr.contoso.local, kind: on-premises, accounts: [{user: ops, password: ops}]}
...   setup: ["prod-1$ docker login -u ops -p ops dtr.contoso.local"]
... goal: {predicates: [{image_runs: {host: prod-1, image: nginx:1.27}}]}
... hints: [{en: Run it., fr: Lancez-le.}]
... solution: ["prod-1$ docker run -d nginx:1.27"]
... par: 1
... ''')
>>> w = build_start(level)
>>> w.hosts(), w.logged_in("dtr.contoso.local", host="prod-1"), w.undo()
(['laptop', 'prod-1'], 'ops', None)
>>> build_goal_world(level).containers("prod-1", all=False) != []
True
"""

from __future__ import annotations

import re

from .. import i18n
from ..errors import TaxonomyError
from ..results import CommandResult
from ..world import World
from .predicates import images_named
from .steps import Problem, is_disabled, level_error

__all__ = ["build_start", "build_goal_world", "run_step", "goal_steps", "expand", "solution_commands"]

_DIGEST = re.compile(r"\{\{digest:([^}]+)\}\}")


def expand(command: str, world, host: str | None = None) -> str:
    """Fill in ``{{digest:REF}}`` with the manifest digest ``REF`` names in ``world`` now.

    Level authors write it in setup and solution commands so that a level
    survives a change of the catalog's bytes; learners type real digests.
    A reference that names nothing is left as it is (the command then fails).

    Examples
    --------
    >>> import taxonomy as tx
    >>> expand("docker pull nginx@{{digest:nginx:1.27}}", tx.World())[:25]
    'docker pull nginx@sha256:'
    """
    def one(m):
        imgs = images_named(world, m.group(1).strip(), host or world.default_host)
        return world.graph.nodes[imgs[0]]["manifest_digest"] if imgs else m.group(0)
    return _DIGEST.sub(one, command)


def _fail(level, path, message):
    return level_error([Problem(level.source, level.line(*path), message)])


def build_start(level):
    """A fresh world in the level's start state.

    Raises
    ------
    LevelError
        An addition the world refuses (a bad host name, a duplicate
        registry) or a setup command that fails, with its line.
    """
    start = level.start
    world = World(kit=start["kit"])
    for i, h in enumerate(start["hosts"]):
        try:
            world.add_host(h["name"], platform=h.get("platform") or "linux/amd64", location=h.get("location"))
        except TaxonomyError as err:
            raise _fail(level, ("start", "hosts", i), f"cannot add host {h['name']!r}: {err}") from err
    for i, r in enumerate(start["registries"]):
        p = ("start", "registries", i)
        try:
            world.add_registry(r["domain"], kind=r.get("kind") or "private-cloud", label=r.get("label"),
                               require_login=r.get("require_login"), location=r.get("location"))
        except TaxonomyError as err:
            raise _fail(level, p, f"cannot add registry {r['domain']!r}: {err}") from err
        for j, acc in enumerate(r["accounts"]):
            _account(level, world, r["domain"], acc, p + ("accounts", j))
    for i, acc in enumerate(start["accounts"]):
        _account(level, world, acc["registry"], acc, ("start", "accounts", i))
    for host, files in start["files"].items():
        try:
            world.write_files(files, host=host)
        except TaxonomyError as err:
            raise _fail(level, ("start", "files", host), f"cannot write the files of {host!r}: {err}") from err
    for i, step in enumerate(start["setup"]):
        result = world.docker(expand(step.command, world, step.host), host=step.host)
        if result.exit_code != 0:
            first = (result.output.strip().splitlines() or [""])[0]
            raise _fail(level, ("start", "setup", i), f"setup command {str(step)!r} failed "
                                                      f"(exit code {result.exit_code}): {first}")
    world.journal.clear()
    return world


def _account(level, world, registry, acc, path):
    try:
        world.add_account(registry, acc["user"], acc["password"], namespaces=tuple(acc.get("namespaces", ())))
    except TaxonomyError as err:
        raise _fail(level, path, f"cannot add account {acc['user']!r} on {registry}: {err}") from err


def goal_steps(level) -> tuple:
    """The commands that make the goal world (the solution, unless the goal lists its own)."""
    world = level.goal.world
    return level.solution if world in (None, "solution") else world


def build_goal_world(level):
    """The start world with the goal commands applied.

    Raises
    ------
    LevelError
        A goal command that fails, with its line.
    """
    world = build_start(level)
    where = "solution" if level.goal.world in (None, "solution") else "goal"
    for i, step in enumerate(goal_steps(level)):
        result = world.docker(expand(step.command, world, step.host), host=step.host)
        if result.exit_code != 0:
            first = (result.output.strip().splitlines() or [""])[0]
            path = ("solution", i) if where == "solution" else ("goal", "world", i)
            raise _fail(level, path, f"{where} command {str(step)!r} failed (exit code {result.exit_code}): {first}")
    return world


def solution_commands(level) -> tuple:
    """The solution as the learner would type it (``HOST$`` prompts kept, digests filled in)."""
    if "solution" not in level._cache:
        world = build_start(level)
        out = []
        for step in level.solution:
            command = expand(step.command, world, step.host)
            out.append(f"{step.host}$ {command}" if step.host else command)
            world.docker(command, host=step.host)
        level._cache["solution"] = tuple(out)
    return level._cache["solution"]


def run_step(world, command: str, host: str | None, disabled=(), lang: str | None = None) -> CommandResult:
    """Run one command as a level does: refuse a disabled command, else ``world.docker``.

    A refused command changes nothing and exits 1 with the explorer's
    message in the learner's language.

    Examples
    --------
    >>> import taxonomy as tx
    >>> r = run_step(tx.World(), "docker image rm nginx", None, ("rmi",), "en")
    >>> r.exit_code, r.output.splitlines()[0]
    (1, "docker: 'rmi' is disabled in this level: reach the goal without it.")
    """
    entry = is_disabled(command, disabled)
    if entry is not None:
        return CommandResult(1, i18n.text("levels.disabled", lang=lang, command=entry) + "\n", command)
    return world.docker(command, host=host)
