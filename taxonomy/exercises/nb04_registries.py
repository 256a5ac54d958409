"""Exercises of ``04_registries``: deliver through a private registry, then pin production to a digest.

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

__all__ = ["EXERCISES", "ACR", "PROD"]

ACR = "contoso.azurecr.io"
PROD = "prod-1"
_APP = f"{ACR}/shop/web:1"


def _start():
    world = World()
    world.pull("nginx:1.27")
    world.add_host(PROD)
    world.add_registry(ACR, kind="private-cloud", label="Azure Container Registry")
    world.add_account(ACR, "ci", "s3cret")
    return world


def _delivered(world, lang):
    pushed = registry_image(world, _APP)
    nginx = registry_image(world, "nginx:1.27")
    on_prod = local_image(world, _APP, PROD)
    return [
        check("04_1.pushed", pushed is not None, lang, ref=_APP),
        check("04_1.same", pushed is not None and pushed == nginx, lang),
        check("04_1.pulled", on_prod is not None and on_prod == pushed, lang, host=PROD),
    ]


_DELIVER = (
    f"docker tag nginx:1.27 {_APP}",
    f"docker login {ACR} -u ci -p s3cret",
    f"docker push {_APP}",
    (PROD, f"docker login {ACR} -u ci -p s3cret"),
    (PROD, f"docker pull {_APP}"),
)


def _start_delivered():
    world = _start()
    for step in _DELIVER:
        host, command = step if isinstance(step, tuple) else (None, step)
        docker(world, command, host)
    return world


def _pinned(world, lang):
    c = container(world, "shop", PROD)
    digest = manifest_digest(world, _APP)
    ref = c["image_ref"] if c else ""
    return [
        check("04_2.running", c is not None and c["state"] == "running", lang, host=PROD),
        check("04_2.by_digest", bool(digest) and ref == f"{ACR}/shop/web@{digest}", lang, detail=ref),
        check("04_2.image", c is not None and c["image"] == ids.image_id(registry_image(world, _APP) or ""), lang),
    ]


def _run_pinned(world):
    docker(world, f"docker run -d --name shop {ACR}/shop/web@{manifest_digest(world, _APP)}", PROD)


EXERCISES = (
    Exercise("04.1", titles("04.1"), goal=_delivered, solution=_DELIVER, start=_start),
    Exercise("04.2", titles("04.2"), goal=_pinned, solution=(_run_pinned,), start=_start_delivered),
)
