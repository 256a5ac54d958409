"""The world of the notebooks: the model with its verbs bound as methods (the facade).

A :class:`World` is a :class:`taxonomy.model.World` (one :class:`networkx.DiGraph`,
``world.graph``; the bytes of every blob, ``world.blobs``; the journal that makes each
operation all-or-nothing and undoable; the read-only queries) with every verb of
:mod:`taxonomy.ops` and :mod:`taxonomy.oci` bound as a method: ``world.pull(ref)`` is
``taxonomy.ops.images.pull(world, ref)``, and ``world.docker(text)`` is
``taxonomy.cli.execute(world, text)``. This module is the one that knows every layer below
the lessons; nothing below it imports it. Two worlds never share anything.

``World()`` is the starting kit: a Docker host ``laptop`` and two public
registries, Docker Hub (``docker.io``) with well-known official images and
the Microsoft Artifact Registry (``mcr.microsoft.com``) with the .NET
images. ``World.empty()`` has nothing in it.

Examples
--------
>>> import taxonomy as tx
>>> world = tx.World()
>>> world.hosts(), world.registries()
(['laptop'], ['docker.io', 'mcr.microsoft.com'])
>>> world.docker("docker pull hello-world").exit_code
0
>>> world.images("laptop")
['docker.io/library/hello-world:latest']
"""


from __future__ import annotations

import functools
import types

from .model import REGISTRY_KINDS, START_TIME
from .cli import execute
from .compose import verbs as _compose
from .model import World as _Model
from .ops import kit as _kit
from .ops import images as _images
from .ops import containers as _containers
from .ops import volumes as _volumes
from .ops import registries as _registries
from .ops import build as _build
from .ops import analysis as _analysis
from .ops import network as _network
from .ops import orchestrator as _orchestrator
from .ops import pipeline as _pipeline

__all__ = ["World", "REGISTRY_KINDS", "START_TIME"]


def _import_oci(world, path, host=None, *, repository=None):
    """Load an OCI image layout onto a host: :func:`taxonomy.oci.archive.import_oci` (a LoadResult)."""
    from .oci import archive   # interop loads tarfile, ssl and http.client: on first use only
    return archive.import_oci(world, path, host, repository=repository)


def _export_oci(world, *args, **kwargs):
    from .oci import archive   # interop loads tarfile, ssl and http.client: on first use only
    return archive.export_oci(world, *args, **kwargs)


#: What ``docker save`` and ``docker load`` write and read archives with (see taxonomy.cli.oci).
_ARCHIVE = types.SimpleNamespace(export_oci=_export_oci, import_oci=_import_oci)


class _WorldOrClass:
    """``World.import_oci``: on a world, it loads into it and returns the LoadResult;
    on the class (``tx.World.import_oci(path)``), it makes a new world, loads into it and returns the world."""

    def __init__(self, func):
        self.func = func
        functools.update_wrapper(self, func)

    def __get__(self, obj, owner=None):
        if obj is not None:
            return types.MethodType(self.func, obj)

        @functools.wraps(self.func)
        def on_new_world(path, host=None, **kw):
            world = owner()
            self.func(world, path, host, **kw)
            return world
        return on_new_world


class World(_Model):
    """A Docker world: hosts, registries, images, containers and volumes, with their verbs.

    Parameters
    ----------
    kit : bool
        Start with the starting kit (host ``laptop``, Docker Hub and the
        Microsoft Artifact Registry with their catalog, account
        ``student``/``student`` on Docker Hub). ``World.empty()`` is
        ``World(kit=False)``.

    Attributes
    ----------
    graph : networkx.DiGraph
        The world. Read it freely; change it only through operations.
    blobs : dict
        Blob bytes by digest: layers (gzip), configs and manifests.
    default_host : str or None
        The host that commands act on when none is given.

    Notes
    -----
    Each verb is a function of :mod:`taxonomy.ops` (or :mod:`taxonomy.oci`) whose first
    parameter is the world; the class binds it, so its documentation is the function's.
    """

    def __init__(self, *, kit: bool = True):
        super().__init__()
        if kit:
            _kit.starting_kit(self)

    @classmethod
    def empty(cls) -> "World":
        """Return a world with nothing in it.

        Examples
        --------
        >>> import taxonomy as tx
        >>> len(tx.World.empty().graph)
        0
        """
        return cls(kit=False)

    def docker(self, command: str, host: str | None = None):
        """Run a ``docker …`` command line and return a :class:`~taxonomy.CommandResult`.

        The text is parsed, never executed by a shell. Output and exit code
        are the docker CLI's; a failed command changes nothing.

        Examples
        --------
        >>> import taxonomy as tx
        >>> w = tx.World()
        >>> r = w.docker("docker run --name web -d nginx:1.27")
        >>> r.exit_code, w.containers()
        (0, ['web'])
        >>> print(w.docker("docker run --name web -d nginx:1.27").output.splitlines()[0][:74])
        docker: Error response from daemon: Conflict. The container name "/web" is
        """
        return execute(self, command, host, archive=_ARCHIVE)

    # -- persistence -------------------------------------------------
    def save(self, path) -> None:
        """Save the world to ``path`` as versioned JSON, atomically.

        See :mod:`taxonomy.persistence`.
        """
        from . import persistence   # saving is rare: loaded on first use
        persistence.save(self, path)

    @classmethod
    def load(cls, path) -> "World":
        """Load a world saved with :meth:`save`.

        Raises
        ------
        PersistenceError
            The file is corrupt, truncated, foreign or from a newer version.
        """
        from . import persistence   # saving is rare: loaded on first use
        return persistence.load(path, cls)

    def to_bytes(self) -> bytes:
        """The saved form of the world (deterministic JSON bytes)."""
        from . import persistence   # saving is rare: loaded on first use
        return persistence.dumps(self)

    # -- history -----------------------------------------------------
    def undo(self) -> str | None:
        """Undo the last operation; return its label, or None if there is none."""
        return self.journal.undo()

    def redo(self) -> str | None:
        """Redo the last undone operation; return its label, or None."""
        return self.journal.redo()

    # -- the verbs, bound ----------------------------------------------
    # kit
    add_account = _kit.add_account
    add_host = _kit.add_host
    add_registry = _kit.add_registry
    # images
    image_prune = _images.image_prune
    pull = _images.pull
    push = _images.push
    rmi = _images.rmi
    tag = _images.tag
    # containers
    create = _containers.create
    inspect_container = _containers.inspect_container
    restart = _containers.restart
    rm = _containers.rm
    run = _containers.run
    start = _containers.start
    stop = _containers.stop
    # volumes
    volume_create = _volumes.volume_create
    volume_prune = _volumes.volume_prune
    volume_rm = _volumes.volume_rm
    # registries
    logged_in = _registries.logged_in
    login = _registries.login
    logout = _registries.logout
    set_private = _registries.set_private
    # build
    build = _build.build
    files = _build.files
    write_files = _build.write_files
    # analysis
    efficiency = _analysis.efficiency
    history = _analysis.history
    # network
    add_location = _network.add_location
    compare_registries = _network.compare_registries
    estimate_class_pull = _network.estimate_class_pull
    estimate_pull = _network.estimate_pull
    link = _network.link
    links = _network.links
    location_of = _network.location_of
    locations = _network.locations
    reset_link = _network.reset_link
    set_link = _network.set_link
    set_location = _network.set_location
    set_uplink = _network.set_uplink
    uplink = _network.uplink
    who_can_pull = _network.who_can_pull
    # compose, orchestrator, pipeline
    add_cluster = _orchestrator.add_cluster
    cluster_hosts = _orchestrator.cluster_hosts
    cluster_login = _orchestrator.cluster_login
    clusters = _orchestrator.clusters
    compose_down = _compose.compose_down
    compose_ps = _compose.compose_ps
    compose_up = _compose.compose_up
    deploy = _orchestrator.deploy
    deployment = _orchestrator.deployment
    deployments = _orchestrator.deployments
    fail_host = _orchestrator.fail_host
    host_up = _orchestrator.host_up
    pipeline = _pipeline.pipeline
    pipeline_runs = _pipeline.pipeline_runs
    provenance = _pipeline.provenance
    recover_host = _orchestrator.recover_host
    remove_deployment = _orchestrator.remove_deployment
    replicas = _orchestrator.replicas
    rolling_update = _orchestrator.rolling_update
    scale = _orchestrator.scale

    # -- interop (taxonomy.oci), loaded on first use ---------------------
    def export_oci(self, image, path, host: str | None = None, *, tar: bool | None = None):
        """Write images as an OCI image layout: :func:`taxonomy.oci.archive.export_oci`."""
        from .oci import archive   # interop loads tarfile, ssl and http.client: on first use only
        return archive.export_oci(self, image, path, host, tar=tar)

    import_oci = _WorldOrClass(_import_oci)

    def connect_registry(self, url: str, *, insecure: bool = False, username: str | None = None,
                         password: str | None = None, transport=None, label: str | None = None):
        """Attach a real registry: :func:`taxonomy.oci.remote.connect_registry`."""
        from .oci import remote   # interop loads tarfile, ssl and http.client: on first use only
        return remote.connect_registry(self, url, insecure=insecure, username=username, password=password,
                                       transport=transport, label=label)

    def disconnect_registry(self, registry: str) -> None:
        """Forget a real registry's connection: :func:`taxonomy.oci.remote.disconnect_registry`."""
        from .oci import remote   # interop loads tarfile, ssl and http.client: on first use only
        return remote.disconnect_registry(self, registry)

    def remote_pull(self, reference: str, host: str | None = None):
        """Pull from a connected real registry: :func:`taxonomy.oci.remote.remote_pull`."""
        from .oci import remote   # interop loads tarfile, ssl and http.client: on first use only
        return remote.remote_pull(self, reference, host)

    def remote_push(self, reference: str, host: str | None = None):
        """Push to a connected real registry: :func:`taxonomy.oci.remote.remote_push`."""
        from .oci import remote   # interop loads tarfile, ssl and http.client: on first use only
        return remote.remote_push(self, reference, host)

    def sync_registry(self, registry: str, repositories=None) -> list[str]:
        """Read a real registry's tags into the graph: :func:`taxonomy.oci.remote.sync_registry`."""
        from .oci import remote   # interop loads tarfile, ssl and http.client: on first use only
        return remote.sync_registry(self, registry, repositories)
