"""Validating a level: its file against the schema, then its solution against its goal.

:func:`validate_level` plays the level as the tests do:

1. the start world can be built (every addition accepted, every setup
   command succeeds);
2. the start world does not already meet the goal;
3. no solution command is disabled by the level, and each one succeeds;
4. the world the solution leaves reaches the goal;
5. the solution takes at most ``par`` commands.

The schema itself (unknown keys, bad references, unknown predicates,
wrong types, both languages present) is checked when the file is read
(:func:`taxonomy.levels.schema.loads`). Every problem is a
:class:`~taxonomy.levels.schema.Problem` with its line.

Examples
--------
>>> from taxonomy.levels import get
>>> validate_level(get("run-hello-world"))
[]
>>> [str(p) for p in validate_text("id: x\\n", source="x.yaml")][:1]
["x.yaml:1: missing key 'sequence'"]
"""

from __future__ import annotations

import os

from ..errors import LevelError
from .checker import check
from .schema import Problem, is_disabled, load, loads
from .start import expand, run_step

__all__ = ["validate_level", "validate_text", "validate_file", "validate_files"]


def _problems(err, src):
    return list(getattr(err, "problems", [Problem(src, 1, str(err))]))


def validate_level(level) -> list:
    """Play the level's solution and return the problems found (an empty list: valid)."""
    problems = []
    src = level.source
    try:
        start = level.start_world()
    except LevelError as err:
        return _problems(err, src)
    goal_ok = True
    if isinstance(level.goal.world, tuple):      # a goal world of its own: it must build
        try:
            level.goal_world()
        except LevelError as err:
            problems += _problems(err, src)
            goal_ok = False
    world = level.start_world()
    reached = True
    for step in level.solution:
        entry = is_disabled(step.command, level.disabled)
        if entry is not None:
            problems.append(Problem(src, step.line, f"solution command {str(step)!r} uses '{entry}', "
                                                    "which this level disables"))
            reached = False
            break
        result = run_step(world, expand(step.command, world, step.host), step.host, level.disabled, "en")
        if result.exit_code != 0:
            first = (result.output.strip().splitlines() or [""])[0]
            problems.append(Problem(src, step.line, f"solution command {str(step)!r} failed "
                                                    f"(exit code {result.exit_code}): {first}"))
            reached = False
            break
    if level.goal.world == "solution" and not reached:
        goal_ok = False                            # the goal world is the solution's: it cannot be built
    goal_line = level.goal.line or level.line("goal")
    if goal_ok and check(level, start, "en").solved:
        problems.append(Problem(src, goal_line,
                                "the start world already meets the goal: the learner would have nothing to do"))
    if goal_ok and reached:
        verdict = check(level, world, "en")
        if not verdict.solved:
            missing = "; ".join(str(c) for c in verdict.missing)
            problems.append(Problem(src, goal_line, f"the solution does not reach the goal (the goal is unreachable "
                                                    f"by its own solution): {missing}"))
    if len(level.solution) > level.par:
        problems.append(Problem(src, level.line("par"), f"the solution takes {len(level.solution)} commands, "
                                                        f"more than par ({level.par}): raise par or shorten it"))
    return sorted(problems, key=lambda p: p.line)


def validate_text(text: str, source: str = "<string>") -> list:
    """Read and validate a level's YAML text; return the problems (empty: valid)."""
    try:
        level = loads(text, source=source)
    except LevelError as err:
        return list(getattr(err, "problems", [Problem(source, 1, str(err))]))
    return validate_level(level)


def validate_file(path) -> list:
    """Read and validate one level file; return the problems (empty: valid)."""
    try:
        level = load(path)
    except LevelError as err:
        return list(getattr(err, "problems", [Problem(os.fspath(path), 1, str(err))]))
    return validate_level(level)


def validate_files(paths) -> dict:
    """Validate several files; return ``{path: problems}``. Two files with one id are a problem too."""
    out, owners = {}, {}
    for path in paths:
        path = os.fspath(path)
        problems = validate_file(path)
        if not problems:
            level = load(path)
            if level.id in owners:
                problems.append(Problem(path, level.line("id"), f"the id '{level.id}' is already used by {owners[level.id]}"))
            owners.setdefault(level.id, path)
        out[path] = problems
    return out
