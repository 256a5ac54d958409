"""A class-sized world: an instructor, a room of student machines and private registries.

:func:`workshop_world` builds, through the public API only (``add_host``,
``add_registry``, ``add_account``, ``login``, ``tag``, ``push``, ``run``),
the world a workshop of about thirty learners ends up with: every machine
has pulled a couple of images and runs about ten containers from them. It
is what the drawing benchmark and the pictures in ``docs/images`` use.

Examples
--------
>>> w = workshop_world(hosts=3, containers=6, images=91, registries=3)
>>> w.hosts()
['laptop', 'pc-01', 'pc-02']
>>> w.registries()
['contoso.azurecr.io', 'docker.io', 'mcr.microsoft.com']
>>> w.repositories("contoso.azurecr.io")
['contoso.azurecr.io/class/app-01', 'contoso.azurecr.io/class/app-02', 'contoso.azurecr.io/class/app-03']
>>> sum(len(w.containers(h)) for h in w.hosts())
6
"""

from __future__ import annotations

import random

from .. import platforms as _platforms
from ..errors import InvalidArgument
from ..world import World

__all__ = ["workshop_world", "PRIVATE_REGISTRIES"]

#: The private registries added, in order: (domain, kind, label).
PRIVATE_REGISTRIES = (
    ("contoso.azurecr.io", "private-cloud", "Azure Container Registry"),
    ("dtr.contoso.local", "on-premises", "Docker Trusted Registry"),
    ("contoso.jfrog.io", "private-cloud", "JFrog Artifactory"),
    ("harbor.contoso.local", "on-premises", "Harbor"),
)

_TEACHER = ("teacher", "teacher")


def workshop_world(hosts: int = 30, containers: int = 300, images: int = 100, registries: int = 3,
                   seed: int = 0) -> World:
    """Build the world of a workshop class.

    Parameters
    ----------
    hosts : int
        Docker hosts: the instructor's ``laptop`` and students' ``pc-01``, ``pc-02`` …
    containers : int
        Containers in all, spread evenly over the hosts (``docker run -d``,
        names chosen by Docker).
    images : int
        Image names (``repository:tag``) the class may use: the starting
        kit's registry tags first (the 88 whose image has a default
        command); names beyond those are the instructor's
        ``<registry>/class/app-NN:1``, tags of kit server images pushed
        from ``laptop`` to the private registries, round-robin. Each host
        uses two of the names.
    registries : int
        Registries in all: Docker Hub and the Microsoft Artifact Registry,
        then private ones from :data:`PRIVATE_REGISTRIES` (each with an
        account ``teacher``/``teacher`` that every host logs in with).
    seed : int
        Seeds which names each host uses and which it runs; the same
        arguments always give the same world.

    Returns
    -------
    World
        With the defaults: 3 registries, 26 repositories, 38 images,
        30 hosts, 300 containers, 62 volumes, 189 tags and 71 layers:
        719 nodes, 648 of them drawn by default (layers are not).

    Raises
    ------
    InvalidArgument
        A count out of range.
    """
    if hosts < 1 or containers < 0 or images < 1 or registries < 2:
        raise InvalidArgument("workshop_world needs hosts >= 1, containers >= 0, images >= 1 and registries >= 2")
    if registries > 2 + len(PRIVATE_REGISTRIES):
        raise InvalidArgument(f"workshop_world knows {2 + len(PRIVATE_REGISTRIES)} registries at most, not {registries}")
    rng = random.Random(seed)
    world = World()
    private = []
    for domain, kind, label in PRIVATE_REGISTRIES[:registries - 2]:
        world.add_registry(domain, kind=kind, label=label)
        world.add_account(domain, *_TEACHER)
        private.append(domain)
    host_names = ["laptop"] + [world.add_host(f"pc-{i:02d}") for i in range(1, hosts)]
    for h in host_names:
        for domain in private:
            world.login(domain, *_TEACHER, host=h)

    g = world.graph
    kit = sorted(d["ref"] for _, d in g.nodes(data=True)
                 if d["kind"] == "tag" and d.get("host") is None and _config(world, d["ref"]).get("Cmd")
                 and any(_platforms.matches(v[0], _platforms.DEFAULT) for v in d.get("variants", ())))
    names = kit[:images]
    if images > len(kit):
        targets = private or ["docker.io"]
        if not private:
            world.login("docker.io", "student", "student", host="laptop")
        runnable = [r for r in kit if _long_running(world, r)]
        for i in range(images - len(kit)):
            domain = targets[i % len(targets)]
            repo = f"{domain}/class/app-{i + 1:02d}:1" if private else f"docker.io/student/app-{i + 1:02d}:1"
            source = runnable[i % len(runnable)]
            world.pull(source, host="laptop")
            world.tag(source, repo, host="laptop")
            world.push(repo, host="laptop")
            names.append(repo)

    per_host = {h: rng.sample(names, min(2, len(names))) for h in host_names}
    for i in range(containers):
        h = host_names[i % len(host_names)]
        world.run(rng.choice(per_host[h]), host=h, detach=True)
    return world


def _config(world, ref: str) -> dict:
    g = world.graph
    img = next(v for v, e in g.succ[f"tag:{ref}"].items() if e["kind"] == "points_to")
    return g.nodes[img]["config"] or {}


def _long_running(world, ref: str) -> bool:
    """Whether an image's default command keeps running (a server, not a shell)."""
    return bool(_config(world, ref).get("ExposedPorts"))
