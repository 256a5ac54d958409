"""A level's commands and the problems of a level file: prompts, command names, disabled commands.

Shared by the level schema (:mod:`taxonomy.levels.schema`) and the worlds built from a level
(:mod:`taxonomy.levels.start`), so neither imports the other for them.
"""

from __future__ import annotations

import re

from dataclasses import dataclass

from .. import shellwords   # shlex.split, linear
from ..errors import LevelError

__all__ = ["Problem", "level_error", "parse_step", "command_name", "is_disabled"]

_PROMPT = re.compile(r"^\s*([a-z0-9][a-z0-9_.-]*)?\$\s+(.*)$", re.S)
_SUB = {"ls": "images", "list": "images", "rm": "rmi", "pull": "pull", "push": "push", "tag": "tag",
        "inspect": "inspect", "history": "history", "prune": "image prune"}
_CSUB = {"ls": "ps", "list": "ps", "run": "run", "create": "create", "start": "start", "stop": "stop",
         "restart": "restart", "rm": "rm", "logs": "logs", "inspect": "inspect", "prune": "container prune"}


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a level file, at a line."""

    source: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.message}"


def level_error(problems) -> LevelError:
    """A :class:`~taxonomy.LevelError` listing ``problems`` (kept in its ``problems`` attribute)."""
    problems = list(problems)
    err = LevelError("\n".join(str(p) for p in problems))
    err.problems = problems
    return err


def parse_step(text: str) -> tuple:
    """Split an optional prompt ``host$`` from a command: ``(host or None, command)``.

    Examples
    --------
    >>> parse_step("prod-1$ docker ps")
    ('prod-1', 'docker ps')
    >>> parse_step("$ docker ps"), parse_step("docker ps")
    ((None, 'docker ps'), (None, 'docker ps'))
    """
    m = _PROMPT.match(text)
    if m:
        return m.group(1), m.group(2).strip()
    return None, text.strip()


def command_name(command: str) -> str | None:
    """The docker command a command line runs, as a level's ``disabled`` list names it.

    ``docker image rm`` is ``rmi`` and ``docker container ls`` is ``ps``,
    as the docker CLI's aliases are; ``docker volume rm`` is ``volume rm``.
    None for a line that is not a docker command.

    Examples
    --------
    >>> command_name("docker image rm nginx"), command_name("docker image prune -a")
    ('rmi', 'image prune')
    >>> command_name("docker volume remove data"), command_name("ls -l")
    ('volume rm', None)
    """
    try:
        words = shellwords.split(command)
    except ValueError:
        return None
    if words and words[0] == "$":
        words = words[1:]
    if len(words) < 2 or words[0] != "docker":
        return None
    cmd, rest = words[1], words[2:]
    if cmd == "image" and rest:
        return _SUB.get(rest[0], f"image {rest[0]}")
    if cmd == "container" and rest:
        return _CSUB.get(rest[0], f"container {rest[0]}")
    if cmd == "volume" and rest:
        return "volume " + {"remove": "rm", "list": "ls"}.get(rest[0], rest[0])
    if cmd == "buildx" and rest and rest[0] == "build":
        return "build"
    return cmd


def is_disabled(command: str, disabled) -> str | None:
    """The entry of ``disabled`` that refuses ``command``, or None.

    Examples
    --------
    >>> is_disabled("docker image rm nginx", ("rmi",)), is_disabled("docker volume rm x", ("volume",))
    ('rmi', 'volume')
    """
    name = command_name(command)
    if name is None:
        return None
    for entry in disabled:
        if name == entry or name.startswith(entry + " "):
            return entry
    return None
