"""The checker: is a level's goal reached in a world, part by part?

:func:`check` evaluates each goal predicate, then, when the level has a
goal world, compares the world with it (see :mod:`taxonomy.levels.compare`),
and returns a :class:`~taxonomy.checks.Verdict` in the learner's language.
It only looks at the world and never raises on an unsolved one: a missing
host, image or registry leaves its part unmet, with a detail.

Examples
--------
>>> import taxonomy as tx
>>> from taxonomy.levels import get
>>> level = get("run-hello-world")
>>> world = level.start_world()
>>> print(check(level, world, "en"))
✗ Not yet: Run hello-world
  ✗ a container on host laptop, made from hello-world:latest (no container on host laptop yet)
>>> _ = world.docker("docker run hello-world")
>>> check(level, world, "fr").solved
True
"""

from __future__ import annotations

from .. import i18n, mistakes
from ..checks import Check, Verdict
from .compare import differences, facts, render
from .predicates import evaluate

__all__ = ["check", "compare_check", "goal_facts"]

_SHOWN = 3


def goal_facts(level):
    """The facts of the level's goal world in its mode (computed once per level)."""
    key = ("goal-facts", level.goal.mode)
    if key not in level._cache:
        level._cache[key] = facts(level.goal_world(), level.goal.mode)
    return level._cache[key]


def compare_check(level, world, lang: str | None = None) -> Check:
    """One :class:`Check`: does ``world`` match the goal world? The detail lists the first differences."""
    lang = i18n.resolve(lang)
    mode = level.goal.mode
    missing, extra = differences(goal_facts(level), facts(world, mode))
    description = i18n.text(f"levels.compare.{mode.replace('-', '_')}", lang=lang)
    if not missing and not extra:
        return Check(description, True)
    parts = []
    if missing:
        more = i18n.text("levels.compare.more", lang=lang, count=len(missing) - _SHOWN) if len(missing) > _SHOWN else ""
        parts.append(i18n.text("levels.compare.missing", lang=lang,
                               what="; ".join(render(f, lang) for f in missing[:_SHOWN]) + more))
    if extra:
        more = i18n.text("levels.compare.more", lang=lang, count=len(extra) - _SHOWN) if len(extra) > _SHOWN else ""
        parts.append(i18n.text("levels.compare.extra", lang=lang,
                               what="; ".join(render(f, lang) for f in extra[:_SHOWN]) + more))
    return Check(description, False, " — ".join(parts))


def check(level, world, lang: str | None = None) -> Verdict:
    """Say whether ``world`` reaches the level's goal, part by part, in ``lang``.

    Parameters
    ----------
    level : Level
    world : World
    lang : {"en", "fr"}, optional
        The current language by default.

    Returns
    -------
    Verdict
        Solved when every predicate holds and, if the level has a goal
        world, the world matches it in the level's mode.
    """
    lang = i18n.resolve(lang)
    checks = [evaluate(p.name, p.args, world, lang) for p in level.goal.predicates]
    if level.goal.world is not None:
        checks.append(compare_check(level, world, lang))
    advice = () if all(c.met for c in checks) else mistakes.advice(
        world, wanted=mistakes.wanted_containers(level.goal.predicates), lang=lang)   # classic mistakes, what to change
    return Verdict(tuple(checks), title=level.title[lang], lang=lang, advice=advice)
