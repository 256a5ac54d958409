"""Exercises of ``00_start_here``: run a first container, then a web server.

Examples
--------
>>> import taxonomy as tx
>>> world = tx.World()
>>> [EXERCISES[0].check(world, "en").solved, EXERCISES[1].check(world, "en").solved]
[False, False]
>>> EXERCISES[0].solve(world); EXERCISES[0].check(world, "en").solved
True
"""

from __future__ import annotations

from .. import ids
from ..mistakes import misnamed_container
from . import Exercise
from ._goals import check, container, registry_image, text, titles

__all__ = ["EXERCISES"]


def _meant(world, name):
    """The container named ``name``, else the one whose misplaced ``--name`` meant it (and whether it was misnamed)."""
    c = container(world, name)
    if c is not None:
        return c, False
    c = misnamed_container(world, name)
    return c, c is not None


def _hello(world, lang):
    # the parts the learner's container meets show as met, even when --name came after the image
    c, misnamed = _meant(world, "hello")
    expected = registry_image(world, "hello-world:latest")
    return [
        check("00_1.exists", c is not None and not misnamed, lang,
              detail=text("00_1.misnamed", lang, name=c["name"]) if misnamed else ""),
        check("00_1.image", c is not None and c["image"] == ids.image_id(expected or ""), lang),
        check("00_1.exited", c is not None and c["state"] == "exited" and c["exit_code"] == 0, lang,
              detail="" if c is None else f"{c['state']}, exit code {c['exit_code']}"),
    ]


def _web(world, lang):
    c, misnamed = _meant(world, "web")
    expected = registry_image(world, "nginx:1.27")
    ports = ", ".join(f"{hp}:{cp}" for cp, hp, _ in c["ports"]) if c else ""
    return [
        check("00_2.running", c is not None and not misnamed and c["state"] == "running", lang,
              detail="" if c is None else text("00_2.misnamed", lang, name=c["name"]) if misnamed else c["state"]),
        check("00_2.image", c is not None and c["image"] == ids.image_id(expected or ""), lang),
        check("00_2.port", c is not None and any(cp == 80 and hp == 8080 for cp, hp, _ in c["ports"]), lang,
              detail=text("00_2.published", lang, ports=ports) if ports else ""),
    ]


EXERCISES = (
    Exercise("00.1", titles("00.1"), goal=_hello, solution=("docker run --name hello hello-world",),
             wanted=({"name": "hello", "image": "hello-world"},)),
    Exercise("00.2", titles("00.2"), goal=_web, solution=("docker run -d --name web -p 8080:80 nginx:1.27",),
             wanted=({"name": "web", "image": "nginx:1.27"},)),
)
