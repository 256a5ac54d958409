"""Exercises of notebook 07, real images: carry an image in a file, from host to host.

Examples
--------
>>> from taxonomy.exercises import get
>>> ex = get("07.1")
>>> world = ex.new_world()
>>> ex.check(world, lang="en").solved
False
>>> ex.solve(world)
>>> print(ex.check(world, lang="en"))
✓ Solved!: 07.1 Carry an image in a file: save web:1, remove it, load it back
  ✓ web:1 is on host laptop
  ✓ it was removed, then came back through docker load (world.import_oci)
  ✓ its image id is the one the build gave: the content did not change
"""

from __future__ import annotations

import os
import tempfile

from .. import i18n
from ..checks import Check
from ..errors import TaxonomyError
from . import Exercise

__all__ = ["EXERCISES", "FILES", "start"]

#: The working files of the notebook: a small web page served by an alpine image.
FILES = {
    "Dockerfile": 'FROM alpine:3.20\nCOPY index.html /srv/www/\nCMD ["cat", "/srv/www/index.html"]\n',
    "index.html": "<h1>Hello from the explorer</h1>\n",
}


def start():
    """The notebook's world when the exercises begin: web:1 built on the laptop."""
    from ..world import World
    world = World()
    world.write_files(FILES)
    world.docker("docker build -t web:1 .")
    return world


def _built_id() -> str:
    return start().image_of_ref("web:1")


def _id_on(world, host: str):
    try:
        return world.image_of_ref("web:1", host)
    except TaxonomyError:
        return None


def _loaded(world) -> bool:
    """Whether a load came after a removal (``rmi`` then ``load``, by the library or the command line)."""
    labels = [s.label for s in world.journal.done]
    removed = [i for i, label in enumerate(labels) if label.startswith("rmi ") or label == "docker rmi"]
    return bool(removed) and any(label.startswith("load ") or label == "docker load" for label in labels[removed[0]:])


def _goal_1(world, lang):
    t = lambda key: i18n.text(key, lang=lang)  # noqa: E731
    found = _id_on(world, "laptop") if "laptop" in world.hosts() else None
    return [Check(t("oci.ex1_on_host"), found is not None),
            Check(t("oci.ex1_loaded"), _loaded(world)),
            Check(t("oci.ex1_same_id"), found is not None and found == _built_id())]


def _goal_2(world, lang):
    t = lambda key: i18n.text(key, lang=lang)  # noqa: E731
    there = "ci-runner" in world.hosts()
    found = _id_on(world, "ci-runner") if there else None
    laptop = _id_on(world, "laptop") if "laptop" in world.hosts() else None
    return [Check(t("oci.ex2_host"), there),
            Check(t("oci.ex2_on_host"), found is not None),
            Check(t("oci.ex2_same_id"), found is not None and found == (laptop or _built_id()))]


def _round_trip(world):
    with tempfile.TemporaryDirectory(prefix="taxonomy-nb07-") as folder:
        path = os.path.join(folder, "web.tar")
        world.export_oci("web:1", path)
        world.rmi("web:1")
        world.import_oci(path)


def _to_ci_runner(world):
    with tempfile.TemporaryDirectory(prefix="taxonomy-nb07-") as folder:
        path = os.path.join(folder, "web.tar")
        world.export_oci("web:1", path)
        if "ci-runner" not in world.hosts():
            world.add_host("ci-runner")
        world.import_oci(path, "ci-runner")


EXERCISES = (
    Exercise("07.1", {lang: i18n.text("oci.ex1_title", lang=lang) for lang in i18n.LANGUAGES}, goal=_goal_1,
             solution=(_round_trip,), start=start),
    Exercise("07.2", {lang: i18n.text("oci.ex2_title", lang=lang) for lang in i18n.LANGUAGES}, goal=_goal_2,
             solution=(_to_ci_runner,), start=start),
)
