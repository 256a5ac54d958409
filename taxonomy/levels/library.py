"""The levels that ship with the explorer, and folders of levels an instructor writes.

Shipped levels are the YAML files of this package, one level each. They
are read once per process. :func:`sequences` groups levels by sequence, in
the teaching order of :data:`SEQUENCES` (other sequences follow,
alphabetically), each sorted by ``order``.

Examples
--------
>>> [name for name, _ in sequences()]
['basics', 'build', 'registries', 'operations', 'lifecycle', 'misconceptions']
>>> get("run-hello-world").par
1
>>> get("nosuch")
Traceback (most recent call last):
...
taxonomy.errors.NotFound: no level 'nosuch'; see tx.levels.overview() for the levels
"""

from __future__ import annotations

import os
from functools import lru_cache
from importlib import resources

from .. import i18n
from ..errors import LevelError, NotFound
from .schema import Level, Problem, level_error, load, loads

__all__ = ["SEQUENCES", "shipped", "levels", "get", "sequences", "load_dir", "sequence_title", "overview"]

#: The shipped sequences, in teaching order.
SEQUENCES = ("basics", "build", "registries", "operations", "lifecycle", "misconceptions")


def _files():
    folder = resources.files(__package__)
    return sorted((f for f in folder.iterdir() if f.name.endswith(".yaml")), key=lambda f: f.name)


@lru_cache(maxsize=None)
def shipped() -> tuple:
    """Every shipped level, read once, in sequence order.

    Raises
    ------
    LevelError
        A shipped file is malformed, or two share an id (a bug caught by the tests).
    """
    found = [loads(f.read_text(encoding="utf-8"), source=f"taxonomy/levels/{f.name}") for f in _files()]
    return _ordered(found)


def _ordered(found) -> tuple:
    seen: dict[str, Level] = {}
    problems = []
    for level in found:
        if level.id in seen:
            problems.append(Problem(level.source, level.line("id"),
                                    f"the id '{level.id}' is already used by {seen[level.id].source}"))
        seen[level.id] = level
    if problems:
        raise level_error(problems)
    rank = {name: i for i, name in enumerate(SEQUENCES)}
    return tuple(sorted(found, key=lambda l: (rank.get(l.sequence, len(rank)), l.sequence, l.order, l.id)))


def load_dir(folder) -> tuple:
    """Every level file (``*.yaml``, ``*.yml``) of a folder, in sequence order.

    Raises
    ------
    LevelError
        Every problem of every file, or two files with the same id.
    """
    folder = os.fspath(folder)
    names = sorted(n for n in os.listdir(folder) if n.endswith((".yaml", ".yml")))
    found, problems = [], []
    for name in names:
        try:
            found.append(load(os.path.join(folder, name)))
        except LevelError as err:
            problems.extend(getattr(err, "problems", []))
    if problems:
        raise level_error(problems)
    return _ordered(found)


def levels(sequence: str | None = None) -> tuple:
    """The shipped levels, all or one sequence's."""
    return tuple(l for l in shipped() if sequence is None or l.sequence == sequence)


def get(level_id) -> Level:
    """The shipped level with this id (a :class:`Level` is returned as it is)."""
    if isinstance(level_id, Level):
        return level_id
    for level in shipped():
        if level.id == level_id:
            return level
    raise NotFound(f"no level {level_id!r}; see tx.levels.overview() for the levels")


def sequences(found=None) -> list:
    """``[(sequence, (level, …)), …]`` in teaching order (shipped levels by default)."""
    out: dict[str, list] = {}
    for level in (shipped() if found is None else _ordered(found)):
        out.setdefault(level.sequence, []).append(level)
    return [(name, tuple(ls)) for name, ls in out.items()]


def sequence_title(name: str, lang: str | None = None) -> str:
    """A sequence's title in ``lang`` (its name for a sequence the catalogue does not know).

    Examples
    --------
    >>> sequence_title("registries", "fr"), sequence_title("my-class")
    ('Partager par les registres', 'my-class')
    """
    key = f"levels.sequence.{name}"
    return i18n.text(key, lang=lang) if key in i18n.catalogue(lang, "levels") else name


def overview(lang: str | None = None, progress=None, found=None) -> str:
    """The sequences and their levels as text: id, title and par, ✓ for those solved.

    ``progress`` is a :class:`~taxonomy.levels.progress.Progress` (or None).

    Examples
    --------
    >>> print(overview("en").splitlines()[0])
    1. Images and containers (basics)
    """
    lang = i18n.resolve(lang)
    lines = []
    for i, (name, group) in enumerate(sequences(found), 1):
        lines.append(f"{i}. {sequence_title(name, lang)} ({name})")
        for level in group:
            mark = "✓" if progress is not None and progress.solved(level.id) else " "
            par = i18n.text("levels.par", lang=lang, par=level.par)
            lines.append(f"   {mark} {level.id:<34} {level.title[lang]} ({par})")
    return "\n".join(lines)
