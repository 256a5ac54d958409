"""``docker compose up``, ``ps`` and ``down``: the Compose verbs of a world.

Each reads the Compose file among a host's working files (:mod:`taxonomy.compose.spec`) and
acts through :mod:`taxonomy.compose.engine`, in one journal transaction: it applies whole or
changes nothing. :class:`taxonomy.World` binds them (``world.compose_up()``).

Examples
--------
>>> import taxonomy as tx
>>> w = tx.World()
>>> _ = w.write_files({"compose.yaml": "services:\\n  cache:\\n    image: redis:7\\n"})
>>> compose_ps(w, all=True)
()
"""

from __future__ import annotations

from ..errors import NotFound
from .engine import down, ps, up
from .spec import WORKDIR, load_project, project_name

__all__ = ["compose_up", "compose_ps", "compose_down"]


def _workdir(world, hnode: str) -> str:
    return world.graph.nodes[hnode].get("workdir") or WORKDIR


def _compose_name(world, hnode, file, project):
    files = world.graph.nodes[hnode]["files"]
    try:
        proj = load_project(files, file=file, project=project, workdir=_workdir(world, hnode))
    except NotFound:
        if project is None or file is not None:
            raise
        return project_name(project), None
    return proj.name, proj


def compose_up(world, host: str | None = None, *, file: str | None = None, project: str | None = None,
               detach: bool = True, build: bool = False, remove_orphans: bool = False):
    """``docker compose up``: build, pull, create and start a project's services.

    Parameters
    ----------
    file : str, optional
        ``-f``: the Compose file among the host's working files.
    project : str, optional
        ``-p``: the project name (default: the file's ``name:``, else ``app``).
    detach : bool
        ``-d``. Without it the model still returns at once, with a note.
    build : bool
        ``--build``: rebuild ``build:`` services even if their image exists.
    remove_orphans : bool
        Also remove containers of services no longer in the file.

    Returns
    -------
    taxonomy.compose.ComposeResult

    Raises
    ------
    NotFound, InvalidArgument
        No Compose file, or a file Compose (or the model) refuses.
    TaxonomyError
        Whatever a build, pull or start raises; nothing is changed.
    """
    hnode = world.host_node(host)
    proj = load_project(world.graph.nodes[hnode]["files"], file=file, project=project,
                        workdir=_workdir(world, hnode))
    with world.journal.transaction(f"compose up {proj.name}"):
        world.tick()
        return up(world, hnode, proj, detach=detach, build=build, remove_orphans=remove_orphans)


def compose_ps(world, host: str | None = None, *, file: str | None = None, project: str | None = None,
               all: bool = False) -> tuple:
    """``docker compose ps``: the project's containers (running only unless ``all``), as dicts.

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> _ = w.write_files({"compose.yaml": "services:\\n  cache:\\n    image: redis:7\\n"})
    >>> _ = w.compose_up()
    >>> [(row["name"], row["service"], row["state"]) for row in w.compose_ps()]
    [('app-cache-1', 'cache', 'running')]
    """
    hnode = world.host_node(host)
    name, _ = _compose_name(world, hnode, file, project)
    return ps(world, hnode, name, all=all)


def compose_down(world, host: str | None = None, *, file: str | None = None, project: str | None = None,
                 volumes: bool = False, remove_orphans: bool = False):
    """``docker compose down``: remove the project's containers and network (and named volumes with ``volumes``).

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> _ = w.write_files({"compose.yaml": "services:\\n  cache:\\n    image: redis:7\\n"})
    >>> _ = w.compose_up()
    >>> print(w.compose_down().output, end="")
    [+] Running 2/2
     ✔ Container app-cache-1  Removed
     ✔ Network app_default    Removed
    """
    hnode = world.host_node(host)
    name, proj = _compose_name(world, hnode, file, project)
    with world.journal.transaction(f"compose down {name}"):
        world.tick()
        return down(world, hnode, name, proj, volumes=volumes, remove_orphans=remove_orphans)
