"""Exercises of ``01_images``: a second name for one image, and a container pinned to a digest.

Examples
--------
>>> ex = EXERCISES[0]
>>> world = ex.new_world()
>>> ex.check(world, "en").solved
False
>>> ex.solve(world); ex.check(world, "en").solved
True
"""

from __future__ import annotations

from .. import ids
from ..world import World
from . import Exercise
from ._goals import check, container, docker, local_image, manifest_digest, registry_image, titles

__all__ = ["EXERCISES"]


def _start():
    world = World()
    world.pull("nginx:1.27")
    return world


def _second_name(world, lang):
    original = registry_image(world, "nginx:1.27")
    named = local_image(world, "student/web:1")
    return [
        check("01_1.tagged", named is not None, lang),
        check("01_1.same", named is not None and named == original, lang,
              detail="" if named is None or named == original else named[:19]),
        check("01_1.kept", local_image(world, "nginx:1.27") == original, lang),
    ]


def _pinned(world, lang):
    c = container(world, "pinned")
    digest = manifest_digest(world, "nginx:1.27")
    ref = c["image_ref"] if c else ""
    return [
        check("01_2.running", c is not None and c["state"] == "running", lang),
        check("01_2.by_digest", "@sha256:" in ref, lang, detail=ref),
        check("01_2.digest", bool(digest) and ref.endswith("@" + digest), lang),
        check("01_2.image", c is not None and c["image"] == ids.image_id(registry_image(world, "nginx:1.27") or ""), lang),
    ]


def _run_pinned(world):
    docker(world, f"docker run -d --name pinned nginx@{manifest_digest(world, 'nginx:1.27')}")


EXERCISES = (
    Exercise("01.1", titles("01.1"), goal=_second_name, solution=("docker tag nginx:1.27 student/web:1",),
             start=_start),
    Exercise("01.2", titles("01.2"), goal=_pinned, solution=(_run_pinned,), start=_start),
)
