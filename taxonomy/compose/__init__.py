"""Docker Compose in the model: a ``compose.yaml`` read from a host's working files, brought up and down.

Compose describes an application of several services in one file and turns
it into ordinary Docker work: build, pull, network, volumes, containers in
dependency order. It is the developer's *inner loop* tool: the same file
runs the whole application on a laptop.

* :mod:`~taxonomy.compose.spec` reads and checks the file (with
  :func:`yaml.safe_load`) into a :class:`~taxonomy.compose.spec.Project`;
* :mod:`~taxonomy.compose.engine` runs ``up``, ``ps`` and ``down`` on a world.

Use it through the world (``world.compose_up()``, ``world.compose_ps()``,
``world.compose_down()``) or the command line (``docker compose up -d``).

Examples
--------
>>> import taxonomy as tx
>>> w = tx.World()
>>> _ = w.write_files({"compose.yaml": "services:\\n  cache:\\n    image: redis:7\\n"})
>>> print(w.compose_up().output.splitlines()[-3:])
['[+] Running 2/2', ' ✔ Network app_default      Created', ' ✔ Container app-cache-1  Started']
>>> w.containers()
['app-cache-1']
"""

from .engine import ComposeResult, down, project_containers, ps, up
from .spec import (COMPOSE_FILES, SUPPORTED_SERVICE_KEYS, WORKDIR, BuildSpec, Project, Service, find_compose_file,
                   load_project, project_name)

__all__ = [
    "COMPOSE_FILES",
    "SUPPORTED_SERVICE_KEYS",
    "WORKDIR",
    "BuildSpec",
    "Service",
    "Project",
    "ComposeResult",
    "load_project",
    "project_name",
    "find_compose_file",
    "up",
    "ps",
    "down",
    "project_containers",
]
