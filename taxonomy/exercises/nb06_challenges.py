"""Exercises of notebook 06, *Challenges*: three levels, checked by the levels' own checker.

Each exercise wraps a shipped level: its goal is the level's goal, its
start world the level's start world and its solution the level's solution.

Examples
--------
>>> from taxonomy.exercises import get
>>> ex = get("06.1")
>>> world = ex.new_world()
>>> ex.check(world, lang="en").solved
False
>>> ex.solve(world)
>>> ex.check(world, lang="en").solved
True
"""

from __future__ import annotations

from . import Exercise

__all__ = ["EXERCISES"]


def _level(level_id):
    from ..levels import get
    return get(level_id)


def _goal(level_id):
    def goal(world, lang):
        return list(_level(level_id).check(world, lang).checks)
    return goal


def _step(level_id, index):
    def run(world):
        from ..levels.start import expand
        step = _level(level_id).solution[index]
        result = world.docker(expand(step.command, world, step.host), host=step.host)
        if result.exit_code != 0:
            raise AssertionError(f"solution step {step} failed: {result.output}")
    return run


def _wanted(level_id):
    def wanted():
        from ..mistakes import wanted_containers
        return wanted_containers(_level(level_id).goal.predicates)
    return wanted


def _exercise(number: str, level_id: str) -> Exercise:
    level = _level(level_id)
    return Exercise(number, dict(level.title), goal=_goal(level_id),
                    solution=tuple(_step(level_id, i) for i in range(len(level.solution))),
                    start=lambda: _level(level_id).start_world(), wanted=_wanted(level_id))


EXERCISES = (
    _exercise("06.1", "run-hello-world"),
    _exercise("06.2", "web-server"),
    _exercise("06.3", "deliver-without-public-registry"),
)
