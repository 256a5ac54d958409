"""Command puzzles: put these docker commands in order.

A puzzle gives the commands of a short task, shuffled, with one or two
*distractors*: commands that look right and are not. The learner answers
with the commands in the order they would type them (by number or by
text), and :meth:`Puzzle.check` says, part by part, what is right: every
needed command used once, no distractor, and each order that Docker
enforces (a push needs the image and a login first; ``docker rm`` needs
the container stopped). Orders Docker does not care about are not judged.

Parsons problems of this kind teach as well as writing the commands, in
less time, and help a learner who is stuck on a challenge level:
:func:`for_level` finds the puzzles that help with a level.

The puzzles are data, ``taxonomy/data/puzzles.yaml``, with their texts in
English and French; :meth:`Puzzle.play` runs an answer on the puzzle's
start world, so the learner also sees what Docker says to a wrong order.

Examples
--------
>>> p = get("clean-up-a-host")
>>> print(p.brief("en"))  # doctest: +NORMALIZE_WHITESPACE
Clean up after a test
A test left the container `test` running from `redis:7.4`. Stop it, remove it, then
remove the image, without any `-f`.
  1. docker stop test
  2. docker rmi test
  3. docker rm redis:7.4
  4. docker rmi redis:7.4
  5. docker rm test
>>> p.check([1, 5, 4]).solved
True
>>> print(p.check([5, 1, 4], lang="en"))  # doctest: +NORMALIZE_WHITESPACE
✗ Not yet: Clean up after a test
  ✓ every command needed, each once
  ✓ no command that does not belong
  ✗ docker stop test comes before docker rm test (`docker rm` refuses a running container
    (unless forced with `-f`): stop it first.)
  ✓ docker rm test comes before docker rmi redis:7.4
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from functools import lru_cache

from . import i18n
from .checks import Check, Verdict
from .errors import InvalidArgument, NotFound

__all__ = ["Puzzle", "puzzles", "get", "for_level"]

_START_KEYS = {"files", "setup", "hosts", "registries", "accounts"}
_KEYS = {"id", "level", "title", "task", "start", "solution", "before", "distractors"}


def _t(key, lang, **values):
    return i18n.text(f"puzzles.{key}", lang=lang, **values)


def _prompt(line: str) -> tuple:
    """``(host or None, command)`` of a ``HOST$ docker …`` line."""
    head, sep, rest = line.partition("$ ")
    if sep and head and " " not in head:
        return head, rest.strip()
    return None, line.strip()


@dataclass(frozen=True)
class Puzzle:
    """One "put these commands in order" puzzle.

    Attributes
    ----------
    id : str
    title, task : mapping
        Per language.
    solution : tuple of str
        The commands in one right order (``HOST$`` prompts allowed).
    before : tuple
        ``(i, j, why)``: solution command ``i`` must come before ``j``, for
        the reason ``why`` (per language).
    distractors : tuple
        ``(command, why)``: a command that does not belong, and why.
    start : mapping
        The start world: ``files`` of the laptop, extra ``hosts``,
        ``registries`` and ``accounts``, and ``setup`` commands.
    level : str or None
        The challenge level it helps with.
    """

    id: str
    title: dict
    task: dict
    solution: tuple
    before: tuple = ()
    distractors: tuple = ()
    start: dict = field(default_factory=dict)
    level: str | None = None

    @property
    def pieces(self) -> tuple:
        """The solution's commands and the distractors, shuffled the same way on every run."""
        cards = [*self.solution, *(c for c, _ in self.distractors)]
        return tuple(sorted(cards, key=lambda c: hashlib.sha256(f"{self.id}\n{c}".encode()).hexdigest()))

    def brief(self, lang: str | None = None) -> str:
        """The title, the task and the numbered pieces, in ``lang``."""
        lang = i18n.resolve(lang)
        lines = [self.title[lang], self.task[lang].rstrip()]
        lines += [f"  {n}. {c}" for n, c in enumerate(self.pieces, 1)]
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.brief()

    def _repr_pretty_(self, printer, cycle) -> None:
        printer.text(self.brief())

    def answer(self, order) -> tuple:
        """The commands an answer names: piece numbers (from 1) or command texts.

        Raises
        ------
        InvalidArgument
            For a number that is no piece or an answer that is not a list.
        """
        if isinstance(order, (str, bytes)) or not hasattr(order, "__iter__"):
            raise InvalidArgument(f"give the commands as a list, e.g. [2, 1, 3], not {order!r}")
        out = []
        for item in order:
            if isinstance(item, bool) or not isinstance(item, (int, str)):
                raise InvalidArgument(f"{item!r} is neither a piece number nor a command")
            if isinstance(item, int):
                if not 1 <= item <= len(self.pieces):
                    raise InvalidArgument(f"there is no piece {item}: the pieces are numbered 1 to {len(self.pieces)}")
                out.append(self.pieces[item - 1])
            else:
                out.append(" ".join(item.split()))
        return tuple(out)

    def check(self, order, lang: str | None = None) -> Verdict:
        """Judge an order of commands; never raises for a wrong one.

        Parameters
        ----------
        order : list of int or str
            Piece numbers as :meth:`brief` shows them, or the commands' texts.
        lang : {"en", "fr"}, optional

        Returns
        -------
        Verdict
            Solved when every needed command is there once, no distractor
            is, and every order Docker enforces is kept.
        """
        lang = i18n.resolve(lang)
        given = self.answer(order)
        missing = [c for c in self.solution if c not in given]
        twice = sorted({c for c in given if given.count(c) > 1})
        unknown = [c for c in given if c not in self.solution and c not in dict(self.distractors)]
        detail = "; ".join(filter(None, [
            _t("missing", lang, commands=", ".join(missing)) if missing else "",
            _t("twice", lang, commands=", ".join(twice)) if twice else "",
            _t("unknown", lang, commands=", ".join(unknown)) if unknown else ""]))
        checks = [Check(_t("uses_all", lang), not (missing or twice or unknown), detail)]
        wrong = [(c, why) for c, why in self.distractors if c in given]
        checks.append(Check(_t("no_distractor", lang), not wrong,
                            " ".join(f"{c}: {why[lang]}" for c, why in wrong)))
        for i, j, why in self.before:
            a, b = self.solution[i], self.solution[j]
            ok = a in given and b in given and given.index(a) < given.index(b)
            shown = not ok and a in given and b in given
            checks.append(Check(_t("before", lang, first=a, then=b), ok, why[lang] if shown else ""))
        return Verdict(tuple(checks), title=self.title[lang], lang=lang)

    def new_world(self):
        """A fresh world in the puzzle's start state (the setup cannot be undone)."""
        from .world import World
        world = World()
        for host in self.start.get("hosts", ()):
            world.add_host(host)
        for reg in self.start.get("registries", ()):
            world.add_registry(reg["domain"], kind=reg.get("kind", "private-cloud"), label=reg.get("label"))
        for acc in self.start.get("accounts", ()):
            world.add_account(acc["registry"], acc["user"], acc["password"])
        if self.start.get("files"):
            world.write_files(dict(self.start["files"]))
        for line in self.start.get("setup", ()):
            host, command = _prompt(line)
            result = world.docker(command, host=host)
            if result.exit_code != 0:
                raise ValueError(f"puzzle {self.id}: setup step {line!r} failed: {result.output}")
        world.journal.clear()
        return world

    def play(self, order, world=None):
        """Run an answer's commands in order on ``world`` (a fresh start world by default).

        Returns a :class:`~taxonomy.magics.Transcript`: what Docker said to
        each command, so a wrong order shows Docker's own refusal.
        """
        from .magics import run_lines
        world = self.new_world() if world is None else world
        return run_lines(world, "\n".join(self.answer(order)))


def _both(value, where):
    if not isinstance(value, dict) or set(value) != set(i18n.LANGUAGES) or not all(
            isinstance(v, str) and v.strip() for v in value.values()):
        raise ValueError(f"puzzles.yaml: {where} needs a text in each of {', '.join(i18n.LANGUAGES)}")
    return dict(value)


def _parse(entry) -> Puzzle:
    if not isinstance(entry, dict) or not _KEYS >= set(entry) or "id" not in entry:
        raise ValueError(f"puzzles.yaml: a puzzle is a mapping with the keys {', '.join(sorted(_KEYS))}")
    pid = entry["id"]
    solution = tuple(" ".join(str(c).split()) for c in entry.get("solution") or ())
    if len(solution) < 2 or len(set(solution)) != len(solution):
        raise ValueError(f"puzzles.yaml: {pid}: a solution has two or more different commands")
    before = []
    for b in entry.get("before") or ():
        i, j = b["at"]
        if not (0 <= i < j < len(solution)):
            raise ValueError(f"puzzles.yaml: {pid}: 'at: [{i}, {j}]' must name two solution commands, first one first")
        before.append((i, j, _both(b.get("why"), f"{pid} at {[i, j]}")))
    distractors = tuple((" ".join(str(d["command"]).split()), _both(d.get("why"), f"{pid} distractor"))
                        for d in entry.get("distractors") or ())
    if not distractors or any(c in solution for c, _ in distractors):
        raise ValueError(f"puzzles.yaml: {pid}: give one or more distractors, none of them in the solution")
    start = dict(entry.get("start") or {})
    if not _START_KEYS >= set(start):
        raise ValueError(f"puzzles.yaml: {pid}: start keys are {', '.join(sorted(_START_KEYS))}")
    return Puzzle(pid, _both(entry.get("title"), f"{pid} title"), _both(entry.get("task"), f"{pid} task"),
                  solution, tuple(before), distractors, start, entry.get("level"))


@lru_cache(maxsize=None)
def _all() -> dict:
    import yaml
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "puzzles.yaml")
    with open(path, encoding="utf-8") as f:
        data = yaml.safe_load(f)
    found = {}
    for entry in data or ():
        p = _parse(entry)
        if p.id in found:
            raise ValueError(f"puzzles.yaml: the id {p.id!r} is used twice")
        found[p.id] = p
    return found


def puzzles() -> tuple:
    """Every puzzle, in the data file's order.

    Examples
    --------
    >>> len(puzzles()) >= 4
    True
    """
    return tuple(_all().values())


def get(puzzle_id: str) -> Puzzle:
    """The puzzle with this id; :class:`~taxonomy.errors.NotFound` names the known ones."""
    try:
        return _all()[puzzle_id]
    except (KeyError, TypeError):
        raise NotFound(f"no puzzle {puzzle_id!r}; the puzzles are: {', '.join(_all())}") from None


def for_level(level_id: str) -> tuple:
    """The puzzles that help with a challenge level (a fallback for a learner who is stuck).

    Examples
    --------
    >>> [p.id for p in for_level("upgrade-nginx")]
    ['upgrade-a-container']
    """
    return tuple(p for p in _all().values() if p.level == level_id)
