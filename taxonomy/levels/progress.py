"""A learner's progress through the levels: a small local JSON file, written atomically.

The file remembers, per level, whether it was solved, the fewest commands
it took, how many hints were read, whether the solution was shown and how
many times it was solved. Every write goes to a temporary file in the same
folder first, then replaces the old file in one step (``os.replace``), so
a crash or a full disk never leaves half a file behind.

By default the file is ``~/.docker-taxonomy/progress.json``; the
environment variable ``TAXONOMY_PROGRESS`` names another one.

Examples
--------
>>> import os, tempfile
>>> p = Progress(os.path.join(tempfile.mkdtemp(), "progress.json"))
>>> p.solved("run-hello-world")
False
>>> p.record("run-hello-world", moves=2, par=1, hints=1)["best"]
2
>>> p.record("run-hello-world", moves=1, par=1)["best"], p.solved("run-hello-world")
(1, True)
"""

from __future__ import annotations

import json
import os

from .. import jsonsafe
from ..atomic import atomic_write as _atomic_write
from ..errors import PersistenceError

__all__ = ["Progress", "default_path", "atomic_write", "FORMAT", "VERSION"]

FORMAT = "docker-taxonomy-progress"
VERSION = 1


def default_path() -> str:
    """Where progress is kept when no path is given."""
    return os.environ.get("TAXONOMY_PROGRESS") or os.path.join(os.path.expanduser("~"), ".docker-taxonomy",
                                                                "progress.json")


def atomic_write(path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, creating the folder if needed (see :mod:`taxonomy.atomic`)."""
    _atomic_write(path, data, make_folder=True)


class Progress:
    """The progress file at ``path`` (see the module notes).

    Raises
    ------
    PersistenceError
        When reading a file that is not a progress file of a known version
        (such a file is never overwritten), or when the file cannot be written.
    """

    def __init__(self, path=None):
        self.path = os.fspath(path) if path is not None else default_path()

    def __repr__(self) -> str:
        return f"Progress({self.path!r})"

    def load(self) -> dict:
        """Every level's entry (``{}`` when the file does not exist yet)."""
        try:
            with open(self.path, "rb") as f:
                raw = f.read()
        except FileNotFoundError:
            return {}
        except OSError as err:
            raise PersistenceError(f"cannot read the progress file {self.path}: {err}") from err
        try:
            doc = jsonsafe.loads(raw, "the progress file")
        except (UnicodeDecodeError, ValueError) as err:
            raise PersistenceError(f"{self.path} is not a progress file (not JSON: {err}); "
                                   "move it away and a new one will be started") from err
        if not isinstance(doc, dict) or doc.get("format") != FORMAT or not isinstance(doc.get("levels"), dict):
            raise PersistenceError(f"{self.path} is not a progress file of the Docker Taxonomy Explorer; "
                                   "move it away and a new one will be started")
        if doc.get("version") != VERSION:
            raise PersistenceError(f"{self.path} has progress version {doc.get('version')!r}; this explorer "
                                   f"reads version {VERSION}: update the explorer")
        return doc["levels"]

    def entry(self, level_id: str) -> dict | None:
        """The entry of one level, or None."""
        return self.load().get(level_id)

    def solved(self, level_id: str) -> bool:
        """Whether the level was ever solved."""
        entry = self.entry(level_id)
        return bool(entry and entry.get("solved"))

    def record(self, level_id: str, *, moves: int, par: int, hints: int = 0, solution_shown: bool = False,
               solved: bool = True) -> dict:
        """Record an attempt (solved by default) and save the file; return the level's entry."""
        levels = self.load()
        entry = dict(levels.get(level_id) or {"solved": False, "best": None, "par": par, "hints": 0,
                                              "solution_shown": False, "times_solved": 0})
        entry["par"] = par
        entry["hints"] = max(entry.get("hints", 0), int(hints))
        entry["solution_shown"] = bool(entry.get("solution_shown")) or bool(solution_shown)
        if solved:
            entry["solved"] = True
            entry["times_solved"] = entry.get("times_solved", 0) + 1
            entry["best"] = moves if entry.get("best") is None else min(entry["best"], moves)
        levels[level_id] = entry
        doc = {"format": FORMAT, "version": VERSION, "levels": dict(sorted(levels.items()))}
        try:
            atomic_write(self.path, (json.dumps(doc, indent=1, ensure_ascii=False) + "\n").encode("utf-8"))
        except OSError as err:
            raise PersistenceError(f"cannot save progress to {self.path}: {err.strerror or err}; "
                                   "give the widget another progress_path") from err
        return entry
