"""What exercise goals look at: small read-only queries that never raise.

A goal must judge any world, including one where the learner has done
nothing, something else, or something odd. These helpers answer ``None``
(or an empty value) where a :class:`~taxonomy.World` method would raise, so
that a goal stays a plain list of comparisons.

Examples
--------
>>> import taxonomy as tx
>>> w = tx.World()
>>> local_image(w, "nginx:1.27") is None
True
>>> registry_image(w, "nginx:1.27") == registry_image(w, "nginx:latest")
True
>>> container(w, "web") is None
True
"""

from __future__ import annotations

from .. import i18n, ids
from ..checks import Check
from ..errors import TaxonomyError
from ..reference import parse_reference

__all__ = ["text", "titles", "check", "local_image", "registry_image", "registry_layers", "manifest_digest",
           "image_layers", "container", "volume_mounted", "has_volume", "stored_on", "docker"]


def text(key: str, lang: str, **values) -> str:
    """The catalogue text ``exercises.<key>`` in ``lang``."""
    return i18n.text(f"exercises.{key}", lang=lang, **values)


def titles(exercise_id: str) -> dict:
    """An exercise's title in every language (catalogue key ``exercises.<NN_k>.title``)."""
    key = exercise_id.replace(".", "_")
    return {lang: text(f"{key}.title", lang) for lang in i18n.LANGUAGES}


def check(key: str, met, lang: str, detail: str = "", **values) -> Check:
    """A :class:`Check` whose description is the catalogue text ``exercises.<key>``.

    ``detail`` (what was found instead) is shown only when the check is not met.
    """
    return Check(text(key, lang, **values), bool(met), "" if met else detail)


def _host(world, host):
    name = host if host is not None else world.default_host
    return name if name is not None and ids.host_id(name) in world.graph else None


def local_image(world, reference: str, host: str | None = None) -> str | None:
    """The image id a reference names on a host, or None."""
    if _host(world, host) is None:
        return None
    try:
        return world.image_of_ref(reference, host)
    except TaxonomyError:
        return None


def _registry_tag_image_node(world, reference):
    try:
        ref = parse_reference(reference)
    except TaxonomyError:
        return None
    node = ids.tag_id(f"{ref.name}:{ref.tag}")
    if node not in world.graph:
        return None
    return next((v for v, e in world.graph.succ[node].items() if e["kind"] == "points_to"), None)


def registry_image(world, reference: str) -> str | None:
    """The image id a registry's tag names (``nginx:1.27`` on Docker Hub), or None."""
    node = _registry_tag_image_node(world, reference)
    return world.graph.nodes[node]["digest"] if node else None


def manifest_digest(world, reference: str) -> str | None:
    """The manifest digest of the image a registry's tag names, or None.

    Examples
    --------
    >>> import taxonomy as tx
    >>> manifest_digest(tx.World(), "alpine:3.20").startswith("sha256:")
    True
    """
    node = _registry_tag_image_node(world, reference)
    return world.graph.nodes[node]["manifest_digest"] if node else None


def registry_layers(world, reference: str) -> tuple:
    """Layer digests, bottom first, of the image a registry's tag names (empty if none)."""
    node = _registry_tag_image_node(world, reference)
    return tuple(world.graph.nodes[node]["layers"]) if node else ()


def image_layers(world, image: str | None) -> tuple:
    """Layer digests, bottom first, of an image id (empty if None or unknown)."""
    node = ids.image_id(image) if image else None
    return tuple(world.graph.nodes[node]["layers"]) if node in world.graph else ()


def stored_on(world, image: str | None, host: str | None = None) -> bool:
    """Whether a host stores an image (by id), named or not."""
    name = _host(world, host)
    return bool(image and name and world.graph.has_edge(ids.host_id(name), ids.image_id(image)))


def container(world, name: str, host: str | None = None) -> dict | None:
    """A copy of a container's attributes (``state``, ``image``, ``image_ref`` …), or None."""
    hname = _host(world, host)
    node = ids.container_id(hname, name) if hname else None
    return dict(world.graph.nodes[node]) if node in world.graph else None


def volume_mounted(world, container_name: str, volume: str, target: str | None = None,
                   host: str | None = None) -> bool:
    """Whether a container mounts a named volume (at ``target`` when given)."""
    c = container(world, container_name, host)
    return bool(c) and any(kind == "volume" and src == volume and (target is None or dst == target)
                           for kind, src, dst in c["mounts"])


def has_volume(world, name: str, host: str | None = None) -> bool:
    """Whether a host has a volume of that name."""
    hname = _host(world, host)
    return bool(hname) and ids.volume_id(hname, name) in world.graph


def docker(world, command: str, host: str | None = None):
    """Run a docker command for a solution; a failure is a bug in the solution (AssertionError)."""
    result = world.docker(command, host=host)
    if result.exit_code != 0:
        raise AssertionError(f"solution step {command!r} failed: {result.output}")
    return result
