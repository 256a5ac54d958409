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
from . import Exercise
from ._goals import check, container, registry_image, titles

__all__ = ["EXERCISES"]


def _hello(world, lang):
    c = container(world, "hello")
    expected = registry_image(world, "hello-world:latest")
    return [
        check("00_1.exists", c is not None, lang),
        check("00_1.image", c is not None and c["image"] == ids.image_id(expected or ""), lang),
        check("00_1.exited", c is not None and c["state"] == "exited" and c["exit_code"] == 0, lang,
              detail="" if c is None else f"{c['state']}, exit code {c['exit_code']}"),
    ]


def _web(world, lang):
    c = container(world, "web")
    expected = registry_image(world, "nginx:1.27")
    return [
        check("00_2.running", c is not None and c["state"] == "running", lang,
              detail="" if c is None else c["state"]),
        check("00_2.image", c is not None and c["image"] == ids.image_id(expected or ""), lang),
        check("00_2.port", c is not None and any(cp == 80 and hp == 8080 for cp, hp, _ in c["ports"]), lang),
    ]


EXERCISES = (
    Exercise("00.1", titles("00.1"), goal=_hello, solution=("docker run --name hello hello-world",)),
    Exercise("00.2", titles("00.2"), goal=_web, solution=("docker run -d --name web -p 8080:80 nginx:1.27",)),
)
