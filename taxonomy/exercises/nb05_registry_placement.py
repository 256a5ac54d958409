"""Exercises of notebook 05, registry placement: latency, confidentiality, a class's line.

They start from :func:`taxonomy.network.placement_world`: ``laptop`` has an
app image ``shop:1`` (built on ``python:3.12``) that it pushed, by
mistake, to a public Docker Hub repository ``student/shop``; there are an
Azure Container Registry (``cloud-europe``), a Docker Trusted Registry
(``datacenter``), a production host ``prod-01`` in the data centre and a
visitor's laptop ``guest``. The account ``student``/``student`` exists on
every registry.

Examples
--------
>>> from taxonomy.exercises import get
>>> ex = get("05.1")
>>> world = ex.new_world()
>>> ex.check(world, lang="en").solved
False
>>> ex.solve(world)
>>> print(ex.check(world, lang="en"))
✓ Solved!: 05.1 Place shop:1 for a rollout to 30 hosts in the data centre
  ✓ shop:1 is in a private registry or a private repository
  ✓ 30 new hosts in the data centre pull it in under 60 s (dtr.contoso.local: 15 s)
"""

from __future__ import annotations

from .. import i18n
from ..checks import Check
from ..errors import TaxonomyError
from ..network.scenario import ACCOUNT, APP, placement_world
from ..network.text import seconds
from . import Exercise

__all__ = ["EXERCISES"]

_ROLLOUT_HOSTS, _ROLLOUT_PLACE, _ROLLOUT_LIMIT = 30, "datacenter", 60.0
_CLASS_HOSTS, _CLASS_PLACE, _CLASS_IMAGE, _CLASS_LIMIT = 30, "office", "python:3.12", 120.0


def _titles(key):
    return {lang: i18n.text(key, lang=lang) for lang in i18n.LANGUAGES}


def _app_image(world):
    """The image node ``shop:1`` names on laptop, or None."""
    try:
        return world.resolve_local_image(APP[0], world.host_node("laptop"))
    except TaxonomyError:
        return None


def _copies(world, img):
    """Registry references that name the image: one ``repository:tag`` per repository holding it."""
    g = world.graph
    refs = []
    for repo in sorted(u for u in world.in_nodes(img, "stores", "repository")):
        tags = sorted(g.nodes[t]["ref"] for t in world.out_nodes(repo, "has_tag") if world.out_nodes(t, "points_to") == [img])
        if tags:
            refs.append((repo, tags[0]))
    return refs


def _private(world, repo) -> bool:
    d = world.graph.nodes[repo]
    return d["private"] or world.graph.nodes[world.registry_node(d["registry"])]["require_login"]


def _goal_placement(world, lang):
    t = lambda key, **kw: i18n.text(key, lang=lang, **kw)  # noqa: E731
    img = _app_image(world)
    if img is None:
        return [Check(t("network.ex.1.private"), False, t("network.ex.missing_app")),
                Check(t("network.ex.1.fast"), False)]
    private = [(repo, ref) for repo, ref in _copies(world, img) if _private(world, repo)]
    times = []
    for repo, ref in private:
        try:
            total = world.estimate_class_pull(ref, _ROLLOUT_HOSTS, location=_ROLLOUT_PLACE).total
        except TaxonomyError:
            continue
        times.append((total, world.graph.nodes[repo]["registry"]))
    times.sort()
    detail = "; ".join(t("network.ex.1.time", registry=r, total=seconds(s, lang)) for s, r in times)
    return [Check(t("network.ex.1.private"), bool(private), "" if private else t("network.ex.1.none")),
            Check(t("network.ex.1.fast"), bool(times) and times[0][0] < _ROLLOUT_LIMIT, detail)]


def _goal_confidential(world, lang):
    t = lambda key, **kw: i18n.text(key, lang=lang, **kw)  # noqa: E731
    img = _app_image(world)
    copies = _copies(world, img) if img is not None else []
    leaks, prod = [], []
    for _, ref in copies:
        access = world.who_can_pull(ref)
        if access.can("guest"):
            leaks.append(ref)
        if access.can("prod-01"):
            prod.append(ref)
    stored = Check(t("network.ex.2.stored"), bool(copies), "" if img is not None else t("network.ex.missing_app"))
    guest = Check(t("network.ex.2.guest"), bool(copies) and not leaks,
                  "; ".join(t("network.ex.2.leak", reference=r) for r in leaks))
    allowed = Check(t("network.ex.2.prod"), bool(prod), "" if prod or not copies else t("network.ex.2.locked"))
    return [stored, guest, allowed]


def _goal_office_line(world, lang):
    t = lambda key, **kw: i18n.text(key, lang=lang, **kw)  # noqa: E731
    try:
        total = world.estimate_class_pull(_CLASS_IMAGE, _CLASS_HOSTS, registry="docker.io", location=_CLASS_PLACE).total
        shared = world.link(_CLASS_PLACE, "internet").shared
    except TaxonomyError as err:
        return [Check(t("network.ex.3.fast"), False, str(err)), Check(t("network.ex.3.shared"), False)]
    return [Check(t("network.ex.3.fast"), total < _CLASS_LIMIT, t("network.ex.3.time", total=seconds(total, lang))),
            Check(t("network.ex.3.shared"), shared)]


_USER, _PASSWORD = ACCOUNT

EXERCISES = (
    Exercise("05.1", _titles("network.ex.1.title"), _goal_placement,
             solution=("docker tag shop:1 dtr.contoso.local/shop:1",
                       f"docker login -u {_USER} -p {_PASSWORD} dtr.contoso.local",
                       "docker push dtr.contoso.local/shop:1"),
             start=placement_world),
    Exercise("05.2", _titles("network.ex.2.title"), _goal_confidential,
             solution=(lambda world: world.set_private("docker.io/student/shop"),
                       ("prod-01", f"docker login -u {_USER} -p {_PASSWORD}")),
             start=placement_world),
    Exercise("05.3", _titles("network.ex.3.title"), _goal_office_line,
             solution=(lambda world: world.set_link("office", "internet", bandwidth=1000),),
             start=placement_world),
)
