"""Playing a level: an attempt with its world, its moves, hints, undo and reset.

An :class:`Attempt` is what the challenge widget shows, without any
widget, so that it can be driven from a test or a script:

* :meth:`Attempt.run` runs a command as the level allows it. A disabled
  command is refused with a message and exit code 1; ``HOST$ docker …``
  runs on another host of the level.
* :attr:`Attempt.moves` counts the commands that changed the world.
  Looking (``docker ps``, ``docker images``) is free, and a failed or
  refused command changes nothing, so neither counts; Undo takes one back.
* :meth:`Attempt.hint` gives the next hint, :meth:`Attempt.reset` starts
  again from the start world, :meth:`Attempt.show_solution` gives the
  solution (and remembers it was shown).

Examples
--------
>>> from taxonomy.levels import get
>>> a = Attempt(get("web-server"), lang="en")
>>> a.run("docker ps").exit_code, a.moves
(0, 0)
>>> _ = a.run("docker run -d --name web -p 8080:80 nginx:1.27")
>>> a.moves, a.solved
(1, True)
>>> a.undo(), a.moves, a.solved
('docker run', 0, False)
"""

from __future__ import annotations

from .. import i18n
from ..results import CommandResult
from .schema import parse_step
from .start import run_step, solution_commands

__all__ = ["Attempt"]


class Attempt:
    """One learner's attempt at a level.

    Parameters
    ----------
    level : Level
    lang : {"en", "fr"}, optional
        The language of hints and messages (the current one by default).

    Attributes
    ----------
    world : World
        The learner's world, in the start state at first.
    host : str
        The host commands run on when no ``HOST$`` prompt is given.
    log : list of (str, CommandResult)
        Every command run since the start or the last reset.
    hints_shown : int
    solution_shown : bool
    """

    def __init__(self, level, lang: str | None = None):
        self.level = level
        self.lang = i18n.resolve(lang)
        self.hints_shown = 0
        self.solution_shown = False
        self.reset()

    def __repr__(self) -> str:
        return f"Attempt(level={self.level.id!r}, moves={self.moves}, par={self.level.par}, solved={self.solved})"

    def reset(self) -> None:
        """Start again from the level's start world (hints read stay read)."""
        self.world = self.level.start_world()
        self.host = self.world.default_host
        self.log: list = []

    @property
    def moves(self) -> int:
        """Commands that changed the world, undone ones taken back."""
        return len(self.world.journal.done)

    def run(self, text: str, host: str | None = None) -> CommandResult:
        """Run one command line (``docker …`` or ``HOST$ docker …``) and return Docker's answer."""
        prompt, command = parse_step(text)
        target = prompt or host or self.host
        if target not in self.world.hosts():
            result = CommandResult(1, i18n.text("levels.no_such_host", lang=self.lang, host=target,
                                                hosts=", ".join(self.world.hosts())) + "\n", command)
        else:
            result = run_step(self.world, command, target, self.level.disabled, self.lang)
        self.log.append((f"{target}$ {command}" if target != self.world.default_host else command, result))
        return result

    def undo(self) -> str | None:
        """Undo the last change to the world; return what was undone, or None."""
        return self.world.undo()

    def hint(self) -> str | None:
        """The next hint (the last one again once all are read), or None for a level without hints."""
        hints = self.level.hints
        if not hints:
            return None
        self.hints_shown = min(self.hints_shown + 1, len(hints))
        return hints[self.hints_shown - 1][self.lang]

    def show_solution(self) -> list:
        """The solution's commands (``HOST$`` for another host than the default one)."""
        self.solution_shown = True
        return list(solution_commands(self.level))

    def verdict(self):
        """The checker's :class:`~taxonomy.checks.Verdict` on the current world."""
        return self.level.check(self.world, self.lang)

    @property
    def solved(self) -> bool:
        return self.verdict().solved
