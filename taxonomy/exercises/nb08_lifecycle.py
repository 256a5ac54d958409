"""Exercises of ``08_lifecycle``: Compose on the laptop, a build through the pipeline, a laptop push caught.

The start worlds follow the notebook: a laptop with the shop's files (a
Dockerfile, a page and a ``compose.yaml``), a private Azure Container
Registry, a ``ci`` host and a production cluster ``prod`` of three hosts.
:func:`lifecycle_world` builds it; :func:`unvetted` is the check that catches
an image that reached production without going through the pipeline.

Examples
--------
>>> ex = EXERCISES[2]
>>> world = ex.new_world()
>>> v = ex.check(world, "en")
>>> v.solved, "laptop" in v.missing[0].detail
(False, True)
>>> ex.solve(world); ex.check(world, "en").solved
True
"""

from __future__ import annotations

from .. import i18n, ids
from ..checks import Check
from ..compose import load_project
from ..content import short_id
from ..errors import TaxonomyError
from ..ops.pipeline import commit_id
from ..world import World
from . import Exercise
from ._goals import registry_image

__all__ = ["EXERCISES", "ACR", "REPOSITORY", "CLUSTER", "SHOP_FILES", "TWO_CACHES", "lifecycle_world", "unvetted"]

ACR = "contoso.azurecr.io"
REPOSITORY = f"{ACR}/shop/web"
CLUSTER = "prod"

#: The shop's repository: what the laptop works on and the pipeline builds.
SHOP_FILES = {
    "compose.yaml": "services:\n  web:\n    build: .\n    ports: [\"8080:80\"]\n    depends_on: [cache]\n"
                    "  cache:\n    image: redis:7\n",
    "Dockerfile": "FROM nginx:1.27\nCOPY index.html /usr/share/nginx/html/index.html\n",
    "index.html": "<h1>Contoso shop</h1>\n",
}


def _text(key: str, lang: str, **values) -> str:
    return i18n.text(f"lifecycle.{key}", lang=lang, **values)


def _check(key: str, met, lang: str, detail: str = "", **values) -> Check:
    return Check(_text(key, lang, **values), bool(met), "" if met else detail)


def _titles(exercise_id: str) -> dict:
    return {lang: _text(f"{exercise_id.replace('.', '_')}.title", lang) for lang in i18n.LANGUAGES}


def lifecycle_world(*, deployed: bool = False) -> World:
    """The notebook's world: laptop with the shop's files, registry, CI host and production cluster.

    With ``deployed``, build 1 has gone through the pipeline and runs on
    three replicas of deployment ``web``.

    Examples
    --------
    >>> w = lifecycle_world(deployed=True)
    >>> w.tags(REPOSITORY), w.deployment("web")["replicas"]
    (['1', 'blessed'], 3)
    """
    world = World()
    world.write_files(SHOP_FILES)
    world.add_registry(ACR, kind="private-cloud", label="Azure Container Registry", location="westeurope")
    world.add_account(ACR, "ci", "ci-secret")
    world.add_account(ACR, "deploy", "deploy-secret")
    world.add_account(ACR, "developer", "dev-secret")
    world.add_host("ci", location="westeurope")
    world.login(ACR, "ci", "ci-secret", host="ci")
    world.add_cluster(CLUSTER, 3, location="westeurope")
    world.cluster_login(CLUSTER, ACR, "deploy", "deploy-secret")
    if deployed:
        world.pipeline("laptop", REPOSITORY)
        world.deploy(f"{REPOSITORY}:blessed", replicas=3, cluster=CLUSTER, name="web")
    world.journal.clear()
    return world


def _safe(fn, default):
    try:
        return fn()
    except TaxonomyError:
        return default


def unvetted(world, lang: str, cluster: str = CLUSTER) -> list[Check]:
    """One check: every replica on the cluster runs an image that a CI pipeline run built and tested.

    The detail names the first replica that does not, and the hosts outside
    the clusters and CI that also hold its image (a laptop that pushed it).
    """
    entries = _safe(lambda: world.provenance(cluster), [])
    bad = [p for p in entries if p["build"] is None]
    detail = ""
    if bad:
        p = bad[0]
        detail = _text("provenance.unvetted", lang, container=p["container"], host=p["host"], image=short_id(p["image"]))
        if p["also_on"]:
            detail += "; " + _text("provenance.also_on", lang, hosts=", ".join(p["also_on"]))
    return [_check("provenance.vetted", entries and not bad, lang, detail or _text("provenance.none", lang),
                   cluster=cluster)]


def _running(world, name: str, host: str = "laptop"):
    node = ids.container_id(host, name)
    return world.graph.nodes[node] if node in world.graph and world.graph.nodes[node]["state"] == "running" else None


def _compose(world, lang):
    project = _safe(lambda: load_project(world.files("laptop")), None)   # the laptop's compose.yaml
    wanted = project.services["cache"].replicas if project and "cache" in project.services else None
    caches = [_running(world, f"app-cache-{i}") for i in (1, 2)]
    web = _running(world, "app-web-1")
    built = _safe(lambda: world.image_of_ref("app-web"), None)
    return [
        _check("08_1.file", wanted == 2, lang, detail="" if wanted is None else f"replicas: {wanted}"),
        _check("08_1.cache", all(caches), lang),
        _check("08_1.web", web is not None and built is not None and web["image"] == ids.image_id(built), lang),
    ]


def _newest(world):
    runs = [r for r in world.pipeline_runs() if r["repository"] == REPOSITORY]
    return runs[-1] if runs else None


def _shipped(world, lang):
    run = _newest(world)
    commit = _safe(lambda: commit_id(world.files("laptop")), "-")
    entries = _safe(lambda: world.provenance(CLUSTER), [])
    builds = sorted({p["build"] for p in entries}, key=str)
    return [
        _check("08_2.pushed", run is not None and run.get("commit") == commit, lang, commit=commit,
               detail="" if run is None else f"build {run['build']}: {run.get('commit')}"),
        _check("08_2.blessed", run is not None and registry_image(world, f"{REPOSITORY}:blessed") == run["image"], lang),
        _check("08_2.replicas", run is not None and builds == [run["build"]], lang,
               detail=", ".join(f"build {b}" for b in builds)),
    ]


def _caught(world, lang):
    dep = _safe(lambda: world.deployment("web"), None)
    return unvetted(world, lang) + [
        _check("08_3.running", dep is not None and 0 < dep["replicas"] == dep["running"], lang,
               detail="" if dep is None else f"{dep['running']}/{dep['replicas']}"),
    ]


TWO_CACHES = SHOP_FILES["compose.yaml"] + "    deploy:\n      replicas: 2\n"


def _start_composed():
    world = lifecycle_world()
    world.compose_up()
    world.journal.clear()
    return world


def _two_caches(world):
    world.write_files({"compose.yaml": TWO_CACHES})
    world.compose_up()


def _start_shipped():
    world = lifecycle_world(deployed=True)
    world.write_files({"index.html": "<h1>Contoso shop</h1>\n<p>Now with a basket.</p>\n"})
    world.journal.clear()
    return world


def _ship(world):
    world.pipeline("laptop", REPOSITORY)
    world.rolling_update("web", f"{REPOSITORY}:blessed")


def _start_hotfix():
    world = lifecycle_world(deployed=True)
    world.write_files({"index.html": "<h1>Contoso shop</h1>\n<p>Hotfix, untested.</p>\n"})
    world.login(ACR, "developer", "dev-secret")
    world.build(SHOP_FILES["Dockerfile"], tag=f"{REPOSITORY}:hotfix")
    world.push(f"{REPOSITORY}:hotfix")
    world.rolling_update("web", f"{REPOSITORY}:hotfix")
    world.journal.clear()
    return world


def _back_to_blessed(world):
    world.rolling_update("web", f"{REPOSITORY}:blessed")


EXERCISES = (
    Exercise("08.1", _titles("08.1"), goal=_compose, solution=(_two_caches,), start=_start_composed),
    Exercise("08.2", _titles("08.2"), goal=_shipped, solution=(_ship,), start=_start_shipped),
    Exercise("08.3", _titles("08.3"), goal=_caught, solution=(_back_to_blessed,), start=_start_hotfix),
)
