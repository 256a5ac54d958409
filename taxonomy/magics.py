"""``%docker`` and ``%%docker``: plain docker lines in a notebook cell.

Every Docker tutorial shows commands as a terminal prompt would take them,
``docker run hello-world``. After ``%load_ext taxonomy`` a notebook cell can
hold exactly that::

    %%docker
    # a comment, as in a shell script
    docker pull nginx:1.27
    docker run -d --name web \\
        -p 8080:80 nginx:1.27
    docker ps

and a single line can be run with ``%docker ps`` (the leading ``docker`` is
optional there).

How it behaves, like pasting the lines into a terminal:

- **Which world.** The commands act on the notebook's variable ``world``
  (every notebook of the course starts with ``world = tx.World()``). If
  there is no ``world``, the one :class:`~taxonomy.World` of the notebook is
  used; ``%%docker --world other`` names another variable.
- **Which host.** The world's default host (``laptop``), or the host named
  as a prompt: ``prod-1$ docker ps``, as in the challenge levels.
- **Lines run one by one, in order**, and a failing line does not stop the
  next ones: Docker tutorials are typed line by line, and each line answers
  for itself. A failed line shows Docker's message followed by its exit code
  (``[exit code 125]``), and changes nothing in the world, as always.
- **Nothing raises.** Docker errors are printed as Docker prints them, and
  a cell that names no world says how to make one. When a line shows a
  classic mistake (options after the image, ``-p`` reversed, a name already
  taken, an image where a container is meant) a ``[hint]`` line says what to
  change (see :mod:`taxonomy.mistakes`).
- With several commands in a cell, each output is headed by its
  ``$ docker …`` line, so that outputs and commands can be told apart.

The logic is plain Python, testable without IPython: :func:`run_lines`
runs a cell's text on a world and returns a :class:`Transcript`. Importing
this module does not import IPython; :func:`load_ipython_extension` gets the
shell it is given.

Examples
--------
>>> import taxonomy as tx
>>> world = tx.World()
>>> t = run_lines(world, '''
... # two containers from one image, and one name twice
... docker run -d --name web-1 nginx:1.27
... docker run -d --name web-1 nginx:1.27
... ''')
>>> [step.result.exit_code for step in t.steps]
[0, 125]
>>> for line in t.text(lang="en").splitlines()[-3:]:
...     print(line)  # doctest: +ELLIPSIS
See 'docker run --help'.
[exit code 125]
[hint] A container named web-1 already exists (made from nginx:1.27, running), and a name ...
>>> world.containers()
['web-1']
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass

from . import i18n

__all__ = ["Step", "Transcript", "split_lines", "run_lines", "find_world", "docker_magic",
           "load_ipython_extension"]

_PROMPT = re.compile(r"^\s*(?:([a-z0-9][a-z0-9_.-]{0,62}))?\$\s+(.*)$")


def _strip_comment(line: str) -> str:
    """``line`` without a shell comment: ``#`` outside quotes, at the start of a word."""
    quote = None
    for i, ch in enumerate(line):
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch == "#" and (i == 0 or line[i - 1].isspace()):
            return line[:i]
    return line


def split_lines(text: str) -> list:
    """The commands of a cell: continuations joined, comments and blank lines dropped.

    A line ending with a backslash continues on the next one, as in a shell.

    Examples
    --------
    >>> split_lines('''docker run -d \\\\
    ...    --name web nginx:1.27   # the web server
    ...
    ... # done
    ... docker ps''')
    ['docker run -d --name web nginx:1.27', 'docker ps']
    >>> split_lines('docker run -e "NOTE=a #b" alpine:3.20')
    ['docker run -e "NOTE=a #b" alpine:3.20']
    """
    commands, pending = [], ""
    for raw in text.splitlines():
        line = raw.rstrip()
        if line.endswith("\\") and not line.endswith("\\\\"):
            pending += _strip_comment(line[:-1]).strip() + " "
            continue
        line = (pending + _strip_comment(line).strip()).strip()
        pending = ""
        if line:
            commands.append(line)
    if pending.strip():
        commands.append(pending.strip())
    return commands


@dataclass(frozen=True)
class Step:
    """One command of a cell and what it gave.

    Attributes
    ----------
    command : str
        The line as typed (without its prompt).
    host : str or None
        The host named by a ``HOST$`` prompt, or None for the default host.
    result : CommandResult
    mistakes : tuple of Mistake
        Classic mistakes the line shows (see :mod:`taxonomy.mistakes`).
    """

    command: str
    host: str | None
    result: object
    mistakes: tuple = ()


@dataclass(frozen=True)
class Transcript:
    """What a cell's commands gave, in order; prints as a terminal would show it."""

    steps: tuple

    @property
    def ok(self) -> bool:
        """True when every command succeeded."""
        return all(s.result.exit_code == 0 for s in self.steps)

    def text(self, lang: str | None = None) -> str:
        """The transcript: each output (headed by its command when there are several), exit codes, hints."""
        lang = i18n.resolve(lang)
        parts = []
        for step in self.steps:
            lines = []
            if len(self.steps) > 1:
                lines.append(f"{step.host or ''}$ {step.command}")
            out = step.result.output.rstrip("\n")
            if out:
                lines.append(out)
            if step.result.exit_code != 0:
                lines.append(i18n.text("magics.exit_code", lang=lang, code=step.result.exit_code))
            for m in step.mistakes:
                lines.append(i18n.text("magics.hint", lang=lang, advice=m.advice))
            parts.append("\n".join(lines))
        return "\n\n".join(p for p in parts if p) if len(self.steps) > 1 else "".join(parts)

    def __str__(self) -> str:
        return self.text()


def run_lines(world, text: str, *, host: str | None = None, lang: str | None = None,
              line_mode: bool = False) -> Transcript:
    """Run a cell's docker lines on ``world``, in order, and return the transcript.

    Parameters
    ----------
    world : World
    text : str
        The cell: ``docker …`` lines, ``HOST$ docker …`` prompts, comments,
        blank lines and ``\\`` continuations.
    host : str, optional
        The host for lines without a prompt (the world's default host).
    lang : {"en", "fr"}, optional
        The language of the hints (the current language by default).
    line_mode : bool
        For ``%docker``: the text is one command, and ``docker`` may be left out.

    Returns
    -------
    Transcript
        Never raises for a Docker error: each failed line is a result with
        its exit code.
    """
    from . import mistakes
    steps = []
    for line in split_lines(text):
        target, command = host, line
        m = _PROMPT.match(line)
        if m:
            target, command = m.group(1) or host, m.group(2).strip()
        if line_mode and not command.startswith("docker ") and command != "docker":
            command = "docker " + command
        result = world.docker(command, host=target)
        found = mistakes.after_command(world, command, result, host=target, lang=lang)
        steps.append(Step(command, m.group(1) if m else None, result, found))
    return Transcript(tuple(steps))


def find_world(namespace: dict, name: str | None = None):
    """The world a cell acts on: ``namespace[name]``, else ``world``, else the one World in it.

    Raises
    ------
    NotFound
        When no world (or several, and none named ``world``) is found; the
        message says how to make or name one.

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> find_world({"world": w}) is w, find_world({"lab": w}) is w
    (True, True)
    >>> find_world({})
    Traceback (most recent call last):
    ...
    taxonomy.errors.NotFound: no world to run docker on: create one with `world = tx.World()`, or name it with `%%docker --world NAME`
    """
    from .errors import NotFound
    from .world import World
    if name is not None:
        found = namespace.get(name)
        if not isinstance(found, World):
            worlds = sorted(k for k, v in namespace.items() if isinstance(v, World) and not k.startswith("_"))
            raise NotFound(f"no world named {name!r} in this notebook; the worlds are: {', '.join(worlds) or 'none'}"
                           "; create one with `world = tx.World()`")
        return found
    if isinstance(namespace.get("world"), World):
        return namespace["world"]
    worlds = {k: v for k, v in namespace.items() if isinstance(v, World) and not k.startswith("_")}
    if len(worlds) == 1:
        return next(iter(worlds.values()))
    if worlds:
        raise NotFound(f"several worlds in this notebook ({', '.join(sorted(worlds))}): "
                       "say which with `%%docker --world NAME`")
    raise NotFound("no world to run docker on: create one with `world = tx.World()`, "
                   "or name it with `%%docker --world NAME`")


def _options(line: str) -> tuple:
    """``(world name, rest of the line)`` from a magic's line: ``--world NAME`` or ``--world=NAME`` first."""
    m = re.match(r"^\s*--world(?:=|\s+)(\S+)\s*(.*)$", line or "")
    return (m.group(1), m.group(2)) if m else (None, line or "")


def docker_magic(namespace: dict, line: str, cell: str | None = None, lang: str | None = None) -> str:
    """The text ``%docker line`` (no cell) or ``%%docker line`` + ``cell`` prints.

    Examples
    --------
    >>> import taxonomy as tx
    >>> ns = {"world": tx.World()}
    >>> print(docker_magic(ns, "images"))
    REPOSITORY   TAG       IMAGE ID   CREATED   SIZE
    >>> print(docker_magic(ns, "--world nothing", "docker ps"))
    no world named 'nothing' in this notebook; the worlds are: world; create one with `world = tx.World()`
    """
    from .errors import TaxonomyError
    name, rest = _options(line)
    try:
        world = find_world(namespace, name)
    except TaxonomyError as err:
        return str(err)
    if cell is None:   # %docker alone is `docker`, which prints Docker's help
        return run_lines(world, rest if rest.strip() else "docker", lang=lang, line_mode=True).text(lang)
    # a command on the magic's own line runs first, as if it were the cell's first line
    return run_lines(world, (rest.strip() + "\n" if rest.strip() else "") + cell, lang=lang).text(lang)


def load_ipython_extension(ipython) -> None:
    """Register ``%docker`` and ``%%docker`` on an IPython shell (``%load_ext taxonomy``)."""

    def docker(line, cell=None):
        text = docker_magic(ipython.user_ns, line, cell)
        if text:
            print(text)

    docker.__doc__ = __doc__
    ipython.register_magic_function(docker, magic_kind="line_cell", magic_name="docker")
