"""Checked exercises: the end of every notebook in the learning path.

An exercise asks the learner to act on a world (``docker run …``,
``docker push …``) and then checks the world with :func:`check`, which
returns a :class:`~taxonomy.checks.Verdict` and never raises on an
unsolved world, so the notebook still runs from top to bottom.

Each notebook's exercises live in a module of this package named after the
notebook (``nb01_images.py`` for ``01_images.ipynb``), which defines
``EXERCISES``, a tuple of :class:`Exercise`. They are found by scanning the
package, so adding a notebook adds a module and touches nothing else.

Examples
--------
>>> import taxonomy as tx
>>> ex = Exercise("99.1", {"en": "Run hello-world", "fr": "Lancez hello-world"},
...               goal=lambda world, lang: [tx.checks.Check("hello-world ran",
...                                              bool(world.containers()))],
...               solution=("docker run hello-world",))
>>> world = tx.World()
>>> ex.check(world).solved
False
>>> ex.solve(world)
>>> ex.check(world, lang="fr").solved
True
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Mapping

from .. import i18n
from ..checks import Check, Verdict
from ..errors import NotFound

__all__ = ["Exercise", "exercises", "get", "check", "Check", "Verdict"]


@dataclass(frozen=True)
class Exercise:
    """One checked exercise.

    Attributes
    ----------
    id : str
        ``"NN.k"``: the notebook's number and the exercise's rank in it.
    title : mapping
        The title per language (``{"en": …, "fr": …}``).
    goal : callable
        ``goal(world, lang) -> list of Check``: looks, never changes, never raises
        on an unsolved world.
    solution : tuple
        What solves it: docker command strings (run on the default host), or
        ``(host, command)`` pairs, or callables taking the world.
    start : callable
        ``start() -> World``: the state the notebook is in when the exercise
        begins (used by tests; the notebook uses its own world).
    wanted : tuple of mapping, or callable
        The containers the goal asks for (``{"name": …, "image": …}``), so
        that an unsolved verdict can say which classic mistake stands in the
        way (see :mod:`taxonomy.mistakes`); a callable returns them.
    """

    id: str
    title: Mapping[str, str]
    goal: Callable
    solution: tuple = ()
    start: Callable | None = None
    wanted: tuple | Callable = ()

    def check(self, world, lang: str | None = None) -> Verdict:
        """The verdict on ``world``, in ``lang`` (default: the current language).

        An unsolved verdict carries advice for the classic mistakes the
        world shows (options after the image, ``-p`` reversed, a name kept
        by an old container).
        """
        from .. import mistakes
        lang = i18n.resolve(lang)
        checks = tuple(self.goal(world, lang))
        wanted = self.wanted() if callable(self.wanted) else self.wanted
        advice = () if checks and all(c.met for c in checks) else mistakes.advice(world, wanted=wanted, lang=lang)
        return Verdict(checks, title=f"{self.id} {self.title[lang]}", lang=lang, advice=advice)

    def new_world(self):
        """A fresh world in the exercise's start state."""
        if self.start is not None:
            return self.start()
        from ..world import World
        return World()

    def solve(self, world) -> None:
        """Apply the solution to ``world`` (for tests and instructors)."""
        for step in self.solution:
            if callable(step):
                step(world)
                continue
            host, command = step if isinstance(step, tuple) else (None, step)
            result = world.docker(command, host=host)
            if result.exit_code != 0:
                raise AssertionError(f"solution step {command!r} failed: {result.output}")


@lru_cache(maxsize=None)
def _all() -> dict:
    found = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if not info.name.startswith("nb"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        for ex in module.EXERCISES:
            if ex.id in found:
                raise ValueError(f"exercise {ex.id} is defined twice ({info.name})")
            found[ex.id] = ex
    return found


def exercises(notebook: str | None = None) -> tuple:
    """Every exercise, or those of one notebook (``"01"``), in order."""
    return tuple(ex for key, ex in sorted(_all().items())
                 if notebook is None or key.split(".")[0] == notebook)


def get(exercise_id: str) -> Exercise:
    """The exercise with this id; :class:`~taxonomy.errors.NotFound` names the known ones."""
    try:
        return _all()[exercise_id]
    except KeyError:
        known = ", ".join(sorted(_all())) or "none yet"
        raise NotFound(f"no exercise {exercise_id!r}; the exercises are: {known}") from None


def check(exercise_id: str, world, lang: str | None = None) -> Verdict:
    """Check one exercise on ``world``: ``tx.exercises.check("01.1", world)``."""
    return get(exercise_id).check(world, lang)
