"""The vocabulary of the world's graph: node kinds, edge kinds and node ids.

Every node of :attr:`World.graph <taxonomy.World.graph>` has a ``kind``
attribute, one of :data:`NODE_KINDS`, and every edge a ``kind``, one of
:data:`EDGE_KINDS`. Node ids are readable strings made only by the
functions below, so that code never builds them by hand.

========== ============================================ =========================
edge kind  from → to                                    meaning
========== ============================================ =========================
contains   registry → repository                        the registry holds it
has_tag    repository → tag, host → tag                 a name that can move
points_to  tag → image                                  what the tag names now
stores     host/repository → image, host/repository →  the image's manifest or a
           layer                                        layer's blob is there
has_layer  image → layer                                the image's filesystem
instance_of container → image                           the container was made
                                                        from this image
hosts      host → container, host → volume              lives on this host
mounts     container → volume                           the volume is mounted
built_from image → image                                the build's base image
========== ============================================ =========================

Examples
--------
>>> host_id("laptop"), registry_id("docker.io")
('host:laptop', 'registry:docker.io')
>>> repository_id("docker.io/library/nginx")
'repository:docker.io/library/nginx'
>>> tag_id("docker.io/library/nginx:1.27"), tag_id("docker.io/library/nginx:1.27", host="laptop")
('tag:docker.io/library/nginx:1.27', 'tag@laptop:docker.io/library/nginx:1.27')
"""

__all__ = [
    "NODE_KINDS",
    "EDGE_KINDS",
    "host_id",
    "registry_id",
    "repository_id",
    "tag_id",
    "image_id",
    "layer_id",
    "container_id",
    "volume_id",
]

#: In the order of the source's figure: the registry side, images, then the host side.
NODE_KINDS = ("registry", "repository", "tag", "image", "layer", "container", "host", "volume")
EDGE_KINDS = ("contains", "has_tag", "points_to", "stores", "has_layer", "instance_of", "hosts", "mounts", "built_from")


def host_id(name: str) -> str:
    """Id of the host called ``name``."""
    return f"host:{name}"


def registry_id(domain: str) -> str:
    """Id of the registry at ``domain`` (``docker.io``, ``contoso.azurecr.io``)."""
    return f"registry:{domain}"


def repository_id(name: str) -> str:
    """Id of a registry's repository, from its full name (``docker.io/library/nginx``)."""
    return f"repository:{name}"


def tag_id(ref: str, host: str | None = None) -> str:
    """Id of a tag: in its registry's repository, or on ``host`` when given.

    ``ref`` is the full ``domain/path:tag`` form.
    """
    return f"tag@{host}:{ref}" if host is not None else f"tag:{ref}"


def image_id(config_digest: str) -> str:
    """Id of an image, from its config digest (Docker's image id)."""
    return f"image:{config_digest}"


def layer_id(digest: str) -> str:
    """Id of a layer, from its compressed blob digest."""
    return f"layer:{digest}"


def container_id(host: str, name: str) -> str:
    """Id of the container ``name`` on ``host`` (names are unique per host)."""
    return f"container:{host}/{name}"


def volume_id(host: str, name: str) -> str:
    """Id of the volume ``name`` on ``host``."""
    return f"volume:{host}/{name}"
