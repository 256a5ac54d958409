"""Docker Taxonomy Explorer: a faithful, offline Docker world as a networkx graph.

Use it as ``import taxonomy as tx``:

>>> import taxonomy as tx
>>> world = tx.World()
>>> print(world.run("hello-world").output.splitlines()[1])
Hello from Docker!

The layers, from the bottom up (each imports only those below it):

1. vocabulary: :mod:`~taxonomy.errors`, :mod:`~taxonomy.reference`,
   :mod:`~taxonomy.content`, :mod:`~taxonomy.ids`;
2. model: :mod:`~taxonomy.world`, :mod:`~taxonomy.journal`, :mod:`~taxonomy.catalog`;
3. operations: :mod:`taxonomy.ops` (and :mod:`taxonomy.dockerfile`);
4. command line: :mod:`taxonomy.cli`;
5. persistence: :mod:`~taxonomy.persistence`;
6. views (``tx.draw``, ``tx.widgets``) load matplotlib and ipywidgets only
   when first used.

In a notebook, ``%load_ext taxonomy`` adds the ``%docker`` and ``%%docker``
magics (see :mod:`taxonomy.magics`): cells of plain ``docker …`` lines.
"""

from .content import FileEntry, Layer, sha256_digest, short_id
from .errors import *  # noqa: F401,F403
from .errors import __all__ as _errors_all
from .glossary import glossary
from .i18n import get_language, set_language
from .reference import Reference, parse_reference
from .results import CommandResult, PullResult, PushResult, RemoveResult, RunResult
from .world import World

__version__ = "0.1.0"


def __getattr__(name):
    # Views load matplotlib and ipywidgets, so they are imported on first use only.
    if name == "draw":
        from .views.draw import draw
        return draw
    if name in ("teach", "exercises", "checks", "mistakes", "puzzles", "magics"):   # tables and checked exercises, on first use
        import importlib
        return importlib.import_module(f".{name}", __name__)
    if name == "levels":   # challenges load YAML, so on first use only
        import importlib
        return importlib.import_module(".levels", __name__)
    if name == "widgets":
        from .views import widgets
        return widgets
    if name == "oci":   # httpx is loaded only by the registry client
        from . import oci
        return oci
    raise AttributeError(f"module 'taxonomy' has no attribute {name!r}")

def load_ipython_extension(ipython):
    """``%load_ext taxonomy``: register the ``%docker`` and ``%%docker`` magics.

    IPython is only touched here, when a notebook loads the extension.
    """
    from .magics import load_ipython_extension as load
    load(ipython)


__all__ = [
    *_errors_all,
    "World",
    "glossary",
    "teach",
    "checks",
    "exercises",
    "mistakes",
    "puzzles",
    "load_ipython_extension",
    "set_language",
    "get_language",
    "Reference",
    "parse_reference",
    "CommandResult",
    "PullResult",
    "PushResult",
    "RemoveResult",
    "RunResult",
    "FileEntry",
    "Layer",
    "sha256_digest",
    "short_id",
]
