"""Building a world: hosts, registries, accounts, and the starting kit.

:func:`starting_kit` is what ``tx.World()`` holds: a Docker host ``laptop`` and two public
registries, Docker Hub (``docker.io``) with well-known official images and the Microsoft
Artifact Registry (``mcr.microsoft.com``) with the .NET images, and the account
``student``/``student`` on Docker Hub.

Examples
--------
>>> from taxonomy.model import World
>>> from taxonomy.ops import kit
>>> w = World()
>>> kit.add_host(w, "prod-1")
'prod-1'
>>> w.hosts(), w.default_host
(['prod-1'], 'prod-1')
"""

from __future__ import annotations

import re

from .. import catalog as _catalog
from .. import ids
from ..content import FileEntry, Layer
from ..errors import Conflict, InvalidArgument
from ..model import REGISTRY_KINDS
from .store import ensure_image, ensure_repository, image_blobs, set_registry_tag, store_in_repository

__all__ = ["add_host", "add_registry", "add_account", "load_catalog", "starting_kit"]

_HOST_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,62}$")
_DOMAIN = re.compile(r"^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?$")


def starting_kit(world) -> None:
    """Fill an empty world with the starting kit, as one change that cannot be undone."""
    with world.journal.transaction("starting kit"):
        add_host(world, "laptop")
        add_registry(world, "docker.io", kind="public", label="Docker Hub")
        add_registry(world, "mcr.microsoft.com", kind="public", label="Microsoft Artifact Registry")
        add_account(world, "docker.io", "student", "student")
        load_catalog(world)
    world.journal.clear()


def add_host(world, name: str, *, platform: str = "linux/amd64", location: str | None = None) -> str:
    """Add a Docker host and return its name.

    The first host added becomes the default host.

    Raises
    ------
    InvalidArgument
        If the name is malformed.
    Conflict
        If a host of that name exists.

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> w.add_host("prod-1")
    'prod-1'
    >>> w.hosts()
    ['laptop', 'prod-1']
    """
    if not isinstance(name, str) or not _HOST_NAME.match(name):
        raise InvalidArgument(f"invalid host name {name!r}: use lowercase letters, digits, '.', '-' or '_' (e.g. 'prod-1')")
    if ids.host_id(name) in world.graph:
        raise Conflict(f"a host named {name!r} already exists; pick another name")
    if platform.count("/") not in (1, 2):
        raise InvalidArgument(f"invalid platform {platform!r}: write it as os/arch, e.g. 'linux/amd64'")
    with world.journal.transaction(f"add host {name}"):
        world.journal.add_node(ids.host_id(name), kind="host", name=name, platform=platform,
                              location=location, logins={}, files={})
    if world.default_host is None:
        world.default_host = name
    return name


def add_registry(world, domain: str, *, kind: str = "private-cloud", label: str | None = None,
                 require_login: bool | None = None, location: str | None = None) -> str:
    """Add a registry reachable at ``domain`` and return the domain.

    Parameters
    ----------
    domain : str
        Its address, e.g. ``contoso.azurecr.io`` or ``dtr.contoso.local``.
    kind : {"public", "private-cloud", "on-premises"}
        Public registries let anyone pull; private ones need a login
        even to pull (unless ``require_login=False``).
    label : str, optional
        A display name ("Azure Container Registry").

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> w.add_registry("contoso.azurecr.io", label="Azure Container Registry")
    'contoso.azurecr.io'
    >>> w.graph.nodes["registry:contoso.azurecr.io"]["require_login"]
    True
    """
    if not isinstance(domain, str) or not _DOMAIN.match(domain) or ("." not in domain and ":" not in domain and domain != "localhost"):
        raise InvalidArgument(f"invalid registry address {domain!r}: give a domain such as 'contoso.azurecr.io' or 'localhost:5000'")
    if kind not in REGISTRY_KINDS:
        raise InvalidArgument(f"unknown registry kind {kind!r}: choose one of {', '.join(REGISTRY_KINDS)}")
    if ids.registry_id(domain) in world.graph:
        raise Conflict(f"the registry {domain!r} already exists")
    if require_login is None:
        require_login = kind != "public"
    with world.journal.transaction(f"add registry {domain}"):
        world.journal.add_node(ids.registry_id(domain), kind="registry", name=domain, label=label or domain,
                              registry_kind=kind, require_login=bool(require_login), accounts={},
                              location=location)
    return domain


def add_account(world, registry: str, user: str, password: str, *, namespaces: tuple = ()) -> None:
    """Create an account on a registry.

    On Docker Hub an account may push to its own namespace (``student/…``)
    and to the extra ``namespaces`` given. On other registries any
    account may push anywhere, as with an Azure Container Registry's
    push role.

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> w.add_account("docker.io", "teacher", "s3cret", namespaces=("myschool",))
    >>> sorted(w.graph.nodes["registry:docker.io"]["accounts"])
    ['student', 'teacher']
    """
    node = world.registry_node(registry)
    if not isinstance(user, str) or not re.match(r"^[a-z0-9][a-z0-9_.-]*$", user):
        raise InvalidArgument(f"invalid user name {user!r}: use lowercase letters and digits")
    accounts = dict(world.graph.nodes[node]["accounts"])
    if user in accounts:
        raise Conflict(f"the account {user!r} already exists on {registry}")
    accounts[user] = {"password": str(password), "namespaces": [user, *namespaces]}
    with world.journal.transaction(f"add account {user}@{registry}"):
        world.journal.set(node, "accounts", accounts)


def load_catalog(world):
    made: dict[tuple[str, str], tuple[Layer, int, str]] = {}

    def layer(name, platform):
        if (name, platform) not in made:
            recipe = _catalog.variant_recipe(name, platform)
            files = [FileEntry(p, t.encode()) for p, t in recipe.files]
            files.append(FileEntry(f"usr/share/taxonomy/layers/{name}.txt",
                                   (f"layer: {name}\ncreated_by: {recipe.created_by}\nnominal_size: {recipe.nominal_size}\n"
                                    + ("" if platform == "linux/amd64" else f"platform: {platform}\n")
                                    + "This small file stands in for the real content of the layer.\n").encode()))
            made[name, platform] = (Layer.from_files(files), recipe.nominal_size, recipe.created_by)
        return made[name, platform]

    kit_blobs: set[str] = set()
    for spec in _catalog.CATALOG:
        rnode = world.registry_node(spec.registry)
        repo = ensure_repository(world, rnode, f"{spec.registry}/{spec.repository}")
        img, variants, extra = None, [], []
        for platform in spec.platforms:
            layers = [layer(n, platform) for n in spec.layers_for(platform)]
            history = [{"created": spec.created, "created_by": c} for _, _, c in layers]
            if img is None:   # the first platform's image is a node; the others wait until a host needs them
                img = ensure_image(world, layers, config=spec.config, history=history, created=spec.created,
                                         platform=platform)
                store_in_repository(world, repo, img)
                d = world.graph.nodes[img]
                mdig, msize = d["manifest_digest"], d["manifest_size"]
            else:
                cdig, mdig, msize = image_blobs(world, layers, config=spec.config, history=history,
                                                      created=spec.created, platform=platform)
                for l, _, _ in layers:
                    world.blobs.setdefault(l.digest, l.blob)
                extra += [cdig, mdig] + [l.digest for l, _, _ in layers]
            variants.append((platform, mdig, msize, tuple(n for _, n, _ in layers)))
        for tag in spec.tags:
            set_registry_tag(world, repo, tag, img, variants=tuple(variants), extra_blobs=tuple(dict.fromkeys(extra)),
                                   as_index=True)
        kit_blobs.update(extra)
    world.kit_blobs = frozenset(kit_blobs)
