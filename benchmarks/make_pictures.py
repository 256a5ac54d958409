"""Write the pictures of the docs: docs/images/default_world.png and docs/images/workshop_world.png.

Run from the repository root::

    python benchmarks/make_pictures.py

* ``default_world.png``: the starting kit (``tx.World()``) after
  ``docker run -d --name web nginx:1.27`` and ``docker run -d --name cache
  redis:7``, with the path of ``web`` traced (container, image, tags,
  repository, registry).
* ``workshop_world.png``: the class-sized world of
  :func:`taxonomy.views.workshop.workshop_world` (30 hosts, 300 containers).

Both are drawn by ``tx.draw`` on an 11 x 7 in Figure (Agg, no pyplot) and
saved at 100 dpi. The same inputs always give the same pictures.
"""

from __future__ import annotations

import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir)
sys.path.insert(0, ROOT)

import taxonomy as tx  # noqa: E402
from taxonomy.views.draw import new_figure  # noqa: E402
from taxonomy.views.workshop import workshop_world  # noqa: E402

OUT = os.path.join(ROOT, "docs", "images")


def _save(ax, name: str) -> str:
    path = os.path.join(OUT, name)
    tmp = path + ".tmp"
    ax.figure.savefig(tmp, format="png", dpi=100, metadata={"Software": None})
    os.replace(tmp, path)
    return os.path.relpath(path, ROOT)


def main() -> list:
    os.makedirs(OUT, exist_ok=True)
    world = tx.World()
    for command in ("docker run -d --name web nginx:1.27", "docker run -d --name cache redis:7"):
        assert world.docker(command).exit_code == 0, command
    written = [_save(tx.draw(world, new_figure(), highlight="web"), "default_world.png")]
    written.append(_save(tx.draw(workshop_world(), new_figure()), "workshop_world.png"))
    for path in written:
        print("wrote", path)
    return written


if __name__ == "__main__":
    main()
