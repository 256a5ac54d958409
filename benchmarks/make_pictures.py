"""Write the static pictures of the docs: docs/images/default_world.png and docs/images/workshop_world.png.

Run from the repository root::

    python benchmarks/make_pictures.py

* ``default_world.png``: the starting kit (``tx.World()``) after
  ``docker run -d --name web -p 8080:80 nginx:1.27``: the laptop holding the
  nginx image and the running ``web`` container, Docker Hub's nginx
  repository with its tags pointing at the same digest, a *pull* and a
  *run* arrow, everything else summarised;
* ``workshop_world.png``: the class-sized world of
  :func:`taxonomy.views.workshop.workshop_world` (30 hosts folded into small
  boxes, the instructor's laptop open).

Both are the scene of the live map drawn by ``tx.draw`` (matplotlib, Agg,
no pyplot), one scene pixel per picture pixel. The same inputs always give
the same pictures. The README's screenshots come from the browser tests
(``TX_DOC_IMAGES=1 pytest tests/browser``).
"""

from __future__ import annotations

import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir)
sys.path.insert(0, ROOT)

import taxonomy as tx  # noqa: E402
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
    assert world.docker("docker run -d --name web -p 8080:80 nginx:1.27").exit_code == 0
    written = [_save(tx.draw(world, lang="en"), "default_world.png")]
    written.append(_save(tx.draw(workshop_world(), lang="en"), "workshop_world.png"))
    for path in written:
        print("wrote", path)
    return written


if __name__ == "__main__":
    main()
