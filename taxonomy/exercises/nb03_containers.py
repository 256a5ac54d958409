"""Exercises of ``03_containers``: the life cycle, data that outlives a container, freeing an image.

Examples
--------
>>> ex = EXERCISES[2]
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
from ._goals import check, container, has_volume, registry_image, stored_on, titles, volume_mounted

__all__ = ["EXERCISES"]

_PGDATA = "/var/lib/postgresql/data"


def _states(world, lang):
    out = []
    for name, state in (("c-created", "created"), ("c-running", "running"), ("c-exited", "exited")):
        c = container(world, name)
        out.append(check("03_1.state", c is not None and c["state"] == state, lang,
                         detail="" if c is None else c["state"], name=name, state=state))
    return out


def _start_db():
    world = World()
    world.docker(f"docker run -d --name db -e POSTGRES_PASSWORD=secret -v pgdata:{_PGDATA} postgres:17")
    return world


def _replace_db(world, lang):
    new = container(world, "db2")
    postgres = registry_image(world, "postgres:17")
    return [
        check("03_2.old_gone", container(world, "db") is None, lang),
        check("03_2.new_running", new is not None and new["state"] == "running"
              and new["image"] == ids.image_id(postgres or ""), lang),
        check("03_2.same_volume", volume_mounted(world, "db2", "pgdata", _PGDATA), lang),
        check("03_2.volume_kept", has_volume(world, "pgdata"), lang),
    ]


def _start_web():
    world = World()
    for i in (1, 2, 3):
        world.docker(f"docker run -d --name web{i} -p 808{i}:80 nginx:1.27")
    return world


def _free_nginx(world, lang):
    nginx = registry_image(world, "nginx:1.27")
    host = world.default_host
    in_use = [d["name"] for _, d in world.graph.nodes(data=True)
              if d["kind"] == "container" and d["host"] == host and d["image"] == ids.image_id(nginx or "")]
    return [
        check("03_3.no_container", not in_use, lang, detail=", ".join(sorted(in_use))),
        check("03_3.image_gone", nginx is not None and not stored_on(world, nginx), lang),
    ]


EXERCISES = (
    Exercise("03.1", titles("03.1"), goal=_states,
             solution=("docker create --name c-created redis:7", "docker run -d --name c-running redis:7",
                       "docker run --name c-exited alpine:3.20 echo done")),
    Exercise("03.2", titles("03.2"), goal=_replace_db, start=_start_db,
             solution=("docker rm -f db",
                       f"docker run -d --name db2 -e POSTGRES_PASSWORD=secret -v pgdata:{_PGDATA} postgres:17")),
    Exercise("03.3", titles("03.3"), goal=_free_nginx, start=_start_web,
             solution=("docker rm -f web1 web2 web3", "docker rmi nginx:1.27")),
)
