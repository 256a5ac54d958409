"""Challenges: levels with a start, a goal, hints, a solution and a par.

Like Learn Git Branching, a level gives a start world and a goal; the
learner types docker commands until the two match, and can ask for hints,
undo, reset or see the solution. Levels are data: one YAML file each
(see ``docs/levels.md`` for the schema). Every shipped level is tested by
"its solution reaches its goal", and ``python -m taxonomy.levels validate
FILE…`` checks an instructor's own files the same way.

* :func:`get`, :func:`levels`, :func:`sequences`, :func:`overview`: the
  shipped levels; :func:`load`, :func:`loads`, :func:`load_dir`: your own.
* :func:`check` (``level.check``): the :class:`~taxonomy.checks.Verdict`
  on a world, part by part, in the learner's language; it never raises on
  an unsolved world.
* :class:`Attempt`: play a level without a widget (the challenge widget,
  ``tx.widgets.Challenge``, shows one).
* :class:`Recorder`: make a level from a sandbox session.
* :class:`Progress`: the learner's progress file.

Examples
--------
>>> import taxonomy as tx
>>> from taxonomy import levels
>>> level = levels.get("web-server")
>>> world = level.start_world()
>>> levels.check(level, world).solved
False
>>> _ = world.docker("docker run -d --name web -p 8080:80 nginx:1.27")
>>> print(levels.check(level, world, lang="fr"))
✓ Résolu ! : Un serveur web
  ✓ un conteneur sur l'hôte laptop, nommé web, créé à partir de nginx:1.27, dans l'état running, publiant le port 8080:80
"""

from .checker import check
from .play import Attempt
from .predicates import PREDICATES, disk_usage
from .progress import Progress
from .recorder import Recorder
from .schema import Level, load, loads
from .library import SEQUENCES, get, levels, load_dir, overview, sequence_title, sequences
from .validate import validate_file, validate_level, validate_text

__all__ = [
    "Level", "load", "loads", "load_dir", "get", "levels", "sequences", "sequence_title", "overview",
    "SEQUENCES", "check", "Attempt", "Recorder", "Progress", "PREDICATES", "disk_usage",
    "validate_file", "validate_level", "validate_text",
]
