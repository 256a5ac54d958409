"""The world: hosts, registries and everything in them, as one graph.

A :class:`World` owns one :class:`networkx.DiGraph` (``world.graph``), the
bytes of every blob it holds (``world.blobs``, keyed by digest) and the
journal that makes each operation all-or-nothing and undoable. Two worlds
never share anything.

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

import gzip
import json
import re
from dataclasses import dataclass

import networkx as nx

from . import catalog as _catalog
from . import platforms as _platforms
from . import ids
from .content import (MEDIA_TYPES, Descriptor, FileEntry, Layer, layer_files, make_config, make_index, make_manifest,
                      sha256_digest)
from .errors import Conflict, InvalidArgument, NotFound
from .journal import Journal
from .ops.analysis import AnalysisOps
from .ops.build import BuildOps
from .ops.containers import ContainerOps
from .ops.images import ImageOps
from .ops.lifecycle import LifecycleOps
from .ops.network import NetworkOps
from .ops.oci import OciOps
from .ops.registries import RegistryOps
from .ops.volumes import VolumeOps
from .reference import parse_reference

__all__ = ["World", "REGISTRY_KINDS", "START_TIME"]

#: The kinds of registry the source material names.
REGISTRY_KINDS = ("public", "private-cloud", "on-premises")

#: The world's clock starts here and advances one second per operation, so
#: that every run of a notebook prints the same "2 minutes ago".
START_TIME = 1_751_328_000  # 2025-07-01T00:00:00Z

_HOST_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,62}$")
_DOMAIN = re.compile(r"^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?$")


@dataclass(frozen=True)
class _Stored:
    """What storing an image made: its node and its layers (internal)."""

    node: str
    layers: tuple


class World(ImageOps, ContainerOps, RegistryOps, VolumeOps, BuildOps, NetworkOps, OciOps,
            LifecycleOps, AnalysisOps):
    """A Docker world: hosts, registries, images, containers and volumes.

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
    """

    def __init__(self, *, kit: bool = True):
        self.graph = nx.DiGraph(clock=START_TIME, seq=0)
        self.blobs: dict[str, bytes] = {}
        self._files_of_layer: dict[str, dict] = {}  # derived from immutable blobs, so never stale
        self._context_digests: dict = {}
        self._kit_blobs: frozenset = frozenset()  # the catalog's variant blobs, which saving leaves out  # build-context checksums by identity or file stat, as BuildKit's cache
        self.journal = Journal(self.graph)
        self.default_host: str | None = None
        if kit:
            with self.journal.transaction("starting kit"):
                self.add_host("laptop")
                self.add_registry("docker.io", kind="public", label="Docker Hub")
                self.add_registry("mcr.microsoft.com", kind="public", label="Microsoft Artifact Registry")
                self.add_account("docker.io", "student", "student")
                self._load_catalog()
            self.journal.clear()

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
        from .cli import execute
        return execute(self, command, host)

    # -- persistence -------------------------------------------------
    def save(self, path) -> None:
        """Save the world to ``path`` as versioned JSON, atomically.

        See :mod:`taxonomy.persistence`.
        """
        from . import persistence
        persistence.save(self, path)

    @classmethod
    def load(cls, path) -> "World":
        """Load a world saved with :meth:`save`.

        Raises
        ------
        PersistenceError
            The file is corrupt, truncated, foreign or from a newer version.
        """
        from . import persistence
        return persistence.load(path, cls)

    def to_bytes(self) -> bytes:
        """The saved form of the world (deterministic JSON bytes)."""
        from . import persistence
        return persistence.dumps(self)

    # -- history -----------------------------------------------------
    def undo(self) -> str | None:
        """Undo the last operation; return its label, or None if there is none."""
        return self.journal.undo()

    def redo(self) -> str | None:
        """Redo the last undone operation; return its label, or None."""
        return self.journal.redo()

    def _tick(self):
        self.journal.set_graph("clock", self.graph.graph["clock"] + 1)

    @property
    def now(self) -> int:
        """The world's clock, in seconds since the Unix epoch."""
        return self.graph.graph["clock"]

    def _next_seq(self) -> int:
        seq = self.graph.graph["seq"] + 1
        self.journal.set_graph("seq", seq)
        return seq

    # -- building the world ------------------------------------------
    def add_host(self, name: str, *, platform: str = "linux/amd64", location: str | None = None) -> str:
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
        if ids.host_id(name) in self.graph:
            raise Conflict(f"a host named {name!r} already exists; pick another name")
        if platform.count("/") not in (1, 2):
            raise InvalidArgument(f"invalid platform {platform!r}: write it as os/arch, e.g. 'linux/amd64'")
        with self.journal.transaction(f"add host {name}"):
            self.journal.add_node(ids.host_id(name), kind="host", name=name, platform=platform,
                                  location=location, logins={}, files={})
        if self.default_host is None:
            self.default_host = name
        return name

    def add_registry(self, domain: str, *, kind: str = "private-cloud", label: str | None = None,
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
        if ids.registry_id(domain) in self.graph:
            raise Conflict(f"the registry {domain!r} already exists")
        if require_login is None:
            require_login = kind != "public"
        with self.journal.transaction(f"add registry {domain}"):
            self.journal.add_node(ids.registry_id(domain), kind="registry", name=domain, label=label or domain,
                                  registry_kind=kind, require_login=bool(require_login), accounts={},
                                  location=location)
        return domain

    def add_account(self, registry: str, user: str, password: str, *, namespaces: tuple = ()) -> None:
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
        node = self._registry_node(registry)
        if not isinstance(user, str) or not re.match(r"^[a-z0-9][a-z0-9_.-]*$", user):
            raise InvalidArgument(f"invalid user name {user!r}: use lowercase letters and digits")
        accounts = dict(self.graph.nodes[node]["accounts"])
        if user in accounts:
            raise Conflict(f"the account {user!r} already exists on {registry}")
        accounts[user] = {"password": str(password), "namespaces": [user, *namespaces]}
        with self.journal.transaction(f"add account {user}@{registry}"):
            self.journal.set(node, "accounts", accounts)

    # -- lookups -----------------------------------------------------
    def _host_node(self, host: str | None) -> str:
        name = host if host is not None else self.default_host
        if name is None:
            raise NotFound("this world has no Docker host yet; add one with world.add_host('laptop')")
        node = ids.host_id(name)
        if node not in self.graph:
            raise NotFound(f"no such host: {name!r}; the hosts are: {', '.join(self.hosts()) or 'none'}")
        return node

    def _registry_node(self, domain: str) -> str:
        node = ids.registry_id(domain)
        if node not in self.graph:
            raise NotFound(f"no such registry: {domain!r}; the registries are: {', '.join(self.registries()) or 'none'}")
        return node

    def _of_kind(self, kind):
        return sorted(d["name"] for _, d in self.graph.nodes(data=True) if d["kind"] == kind)

    def _out(self, node, edge_kind, node_kind=None):
        g = self.graph
        return [v for v, d in g.succ[node].items()
                if d["kind"] == edge_kind and (node_kind is None or g.nodes[v]["kind"] == node_kind)]

    def _in(self, node, edge_kind, node_kind=None):
        g = self.graph
        return [u for u, d in g.pred[node].items()
                if d["kind"] == edge_kind and (node_kind is None or g.nodes[u]["kind"] == node_kind)]

    # -- queries -----------------------------------------------------
    def hosts(self) -> list[str]:
        """Names of the hosts, sorted."""
        return self._of_kind("host")

    def registries(self) -> list[str]:
        """Domains of the registries, sorted."""
        return self._of_kind("registry")

    def repositories(self, registry: str) -> list[str]:
        """Full names of a registry's repositories, sorted.

        Examples
        --------
        >>> import taxonomy as tx
        >>> tx.World().repositories("mcr.microsoft.com")
        ['mcr.microsoft.com/dotnet/aspnet', 'mcr.microsoft.com/dotnet/runtime', 'mcr.microsoft.com/dotnet/sdk']
        """
        node = self._registry_node(registry)
        return sorted(self.graph.nodes[r]["name"] for r in self._out(node, "contains"))

    def tags(self, repository: str) -> list[str]:
        """Tags of a registry's repository (full name), sorted.

        Examples
        --------
        >>> import taxonomy as tx
        >>> tx.World().tags("docker.io/library/alpine")
        ['3', '3.20', '3.20.6', '3.21', '3.21.3', '3.22', '3.22.0', 'latest']
        """
        node = ids.repository_id(parse_reference(repository).name)
        if node not in self.graph:
            raise NotFound(f"no such repository: {repository!r}")
        return sorted(self.graph.nodes[t]["tag"] for t in self._out(node, "has_tag"))

    def images(self, host: str | None = None) -> list[str]:
        """The images on a host, named by their tags (full form), sorted.

        Untagged images appear as ``<none>@sha256:…`` (their image id).
        """
        hnode = self._host_node(host)
        names = []
        for img in self._out(hnode, "stores", "image"):
            tags = [self.graph.nodes[t]["ref"] for t in self._in(img, "points_to") if self.graph.nodes[t].get("host") == self.graph.nodes[hnode]["name"]]
            names.extend(tags or [f"<none>@{self.graph.nodes[img]['digest']}"])
        return sorted(names)

    def containers(self, host: str | None = None, *, all: bool = True) -> list[str]:
        """Names of the containers on a host (all, or only running), sorted."""
        hnode = self._host_node(host)
        return sorted(self.graph.nodes[c]["name"] for c in self._out(hnode, "hosts", "container")
                      if all or self.graph.nodes[c]["state"] == "running")

    def volumes(self, host: str | None = None) -> list[str]:
        """Names of the volumes on a host, sorted."""
        hnode = self._host_node(host)
        return sorted(self.graph.nodes[v]["name"] for v in self._out(hnode, "hosts", "volume"))

    def image_of(self, container: str, host: str | None = None) -> str:
        """The image id (``sha256:…``) a container was created from."""
        node = self._container_node(container, host)
        return self.graph.nodes[self._out(node, "instance_of")[0]]["digest"]

    def containers_of(self, image: str, host: str | None = None) -> list[str]:
        """Names of the containers, on one host or all hosts, made from an image.

        ``image`` is a reference or image id resolved on ``host`` (or the
        default host).
        """
        img = self._resolve_local_image(image, self._host_node(host))
        return sorted(self.graph.nodes[c]["name"] for c in self._in(img, "instance_of"))

    def where_is(self, image: str, host: str | None = None) -> dict:
        """Where an image is stored: hosts and registry repositories.

        ``image`` is a local reference (resolved on ``host``) or an image id.

        Examples
        --------
        >>> import taxonomy as tx
        >>> w = tx.World()
        >>> _ = w.pull("alpine:3.20")
        >>> w.where_is("alpine:3.20")
        {'hosts': ['laptop'], 'repositories': ['docker.io/library/alpine']}
        """
        img = self._resolve_local_image(image, self._host_node(host))
        out = {"hosts": [], "repositories": []}
        for u in self._in(img, "stores"):
            d = self.graph.nodes[u]
            out["hosts" if d["kind"] == "host" else "repositories"].append(d["name"])
        return {k: sorted(v) for k, v in out.items()}

    def image_of_ref(self, reference: str, host: str | None = None) -> str:
        """The image id (``sha256:…``) a local reference or id names on a host.

        Examples
        --------
        >>> import taxonomy as tx
        >>> w = tx.World()
        >>> r = w.pull("alpine:3.20")
        >>> w.image_of_ref("alpine:3.20") == r.image
        True
        """
        return self.graph.nodes[self._resolve_local_image(reference, self._host_node(host))]["digest"]

    def layers(self, image: str, host: str | None = None) -> list[dict]:
        """The layers of an image, bottom first: digest, diff_id, sizes, command."""
        img = self._resolve_local_image(image, self._host_node(host))
        return [dict(self.graph.nodes[ids.layer_id(d)]) for d in self.graph.nodes[img]["layers"]]

    def shared_layers(self, a: str, b: str, host: str | None = None) -> list[str]:
        """Digests of the layers two local images share, bottom first.

        Examples
        --------
        >>> import taxonomy as tx
        >>> w = tx.World()
        >>> _ = w.pull("nginx:1.27"); _ = w.pull("python:3.12-slim")
        >>> len(w.shared_layers("nginx:1.27", "python:3.12-slim"))
        1
        """
        hnode = self._host_node(host)
        la = self.graph.nodes[self._resolve_local_image(a, hnode)]["layers"]
        lb = set(self.graph.nodes[self._resolve_local_image(b, hnode)]["layers"])
        seen, out = set(), []
        for d in la:
            if d in lb and d not in seen:
                seen.add(d)
                out.append(d)
        return out

    # -- storing content ---------------------------------------------
    def _layer_files(self, digest: str) -> dict:
        """Files of a layer this world holds (path to FileEntry), read once and remembered."""
        if digest not in self._files_of_layer:
            self._files_of_layer[digest] = layer_files(self.blobs[digest])
        return self._files_of_layer[digest]

    def _put_blob(self, data: bytes) -> str:
        digest = sha256_digest(data)
        self.blobs.setdefault(digest, data)
        return digest

    def _ensure_layer(self, layer: Layer, *, nominal_size: int, created_by: str, files=()) -> str:
        """Add a layer node (idempotent) and its blob; return the node id."""
        node = ids.layer_id(layer.digest)
        self.blobs.setdefault(layer.digest, layer.blob)
        if node not in self.graph:
            listing = tuple((f.path, len(f.data)) for f in files) if files else ()
            self.journal.add_node(node, kind="layer", name=layer.digest, digest=layer.digest, diff_id=layer.diff_id,
                                  size=layer.size, tar_size=len(layer.tar), nominal_size=int(nominal_size),
                                  created_by=created_by, files=listing)
        return node

    def _ensure_image(self, layers: list[tuple[Layer, int, str]], *, config: dict, history: list[dict],
                      created: str | None, platform: str = "linux/amd64", base: str | None = None) -> str:
        """Add an image node made of ``layers`` (Layer, nominal size, created_by); return its node id."""
        layer_nodes = [self._ensure_layer(l, nominal_size=n, created_by=c, files=l.files) for l, n, c in layers]
        cdig, mdig, manifest_size = self._image_blobs(layers, config=config, history=history, created=created,
                                                      platform=platform)
        node = ids.image_id(cdig)
        if node not in self.graph:
            self.journal.add_node(node, kind="image", name=cdig, digest=cdig, manifest_digest=mdig,
                                  manifest_size=manifest_size, config=config, created=created, platform=platform,
                                  layers=tuple(l.digest for l, _, _ in layers),
                                  nominal_size=sum(self.graph.nodes[n]["nominal_size"] for n in dict.fromkeys(layer_nodes)))
            for i, ln in enumerate(layer_nodes):
                if not self.graph.has_edge(node, ln):
                    self.journal.add_edge(node, ln, kind="has_layer", index=i)
            if base is not None and base in self.graph and base != node:
                self.journal.add_edge(node, base, kind="built_from")
        return node

    def _image_blobs(self, layers, *, config: dict, history: list[dict], created: str | None,
                     platform: str) -> tuple[str, str, int]:
        """Store an image's config and manifest blobs; return (config digest, manifest digest, manifest size)."""
        os_, arch, variant = _platforms.split(platform)
        raw_config = make_config(diff_ids=[l.diff_id for l, _, _ in layers], history=history, config=config,
                                 os=os_, architecture=arch, variant=variant, created=created)
        manifest = make_manifest(raw_config, [l.descriptor() for l, _, _ in layers])
        return self._put_blob(raw_config), self._put_blob(manifest), len(manifest)

    def _image_from_blobs(self, manifest_digest: str, nominal_sizes: tuple, platform: str) -> str:
        """Make an image node (and its layer nodes) from blobs this world already holds."""
        manifest = json.loads(self.blobs[manifest_digest])
        cdig = manifest["config"]["digest"]
        raw = json.loads(self.blobs[cdig])
        built_by = [h.get("created_by", "") for h in raw.get("history", []) if not h.get("empty_layer")]
        layers = []
        for desc, diff_id, nominal, created_by in zip(manifest["layers"], raw["rootfs"]["diff_ids"], nominal_sizes, built_by):
            blob = self.blobs[desc["digest"]]
            files = tuple(self._layer_files(desc["digest"]).values())
            layer = Layer(tar=gzip.decompress(blob), blob=blob, digest=desc["digest"], diff_id=diff_id)
            layers.append((layer, nominal, created_by, files))
        nodes = [self._ensure_layer(l, nominal_size=n, created_by=c, files=f) for l, n, c, f in layers]
        node = ids.image_id(cdig)
        if node not in self.graph:
            self.journal.add_node(node, kind="image", name=cdig, digest=cdig, manifest_digest=manifest_digest,
                                  manifest_size=len(self.blobs[manifest_digest]), config=raw.get("config", {}),
                                  created=raw.get("created"), platform=platform,
                                  layers=tuple(l.digest for l, *_ in layers),
                                  nominal_size=sum(self.graph.nodes[n]["nominal_size"] for n in dict.fromkeys(nodes)))
            for i, ln in enumerate(nodes):
                if not self.graph.has_edge(node, ln):
                    self.journal.add_edge(node, ln, kind="has_layer", index=i)
        return node

    def _ensure_repository(self, rnode_registry: str, name: str) -> str:
        node = ids.repository_id(name)
        if node not in self.graph:
            domain = self.graph.nodes[rnode_registry]["name"]
            self.journal.add_node(node, kind="repository", name=name, registry=domain, path=name[len(domain) + 1:],
                                  private=False)
            self.journal.add_edge(rnode_registry, node, kind="contains")
        return node

    def _set_registry_tag(self, repo_node: str, tag: str, image_node: str, *, variants: tuple = (),
                          extra_blobs: tuple = (), as_index: bool = False):
        """Point a registry tag at an image; with several ``variants`` it names an image index.

        ``variants`` lists ``(platform, manifest digest, manifest size,
        layer nominal sizes)``, the pointed image's first. The tag's
        ``index`` attribute is the index digest (None for one manifest that
        is not published as an index, ``as_index=False``), and
        ``extra_blobs`` the blobs of variants that are not yet nodes.
        """
        name = self.graph.nodes[repo_node]["name"]
        ref = f"{name}:{tag}"
        tnode = ids.tag_id(ref)
        d = self.graph.nodes[image_node]
        if not variants:
            variants = ((d["platform"], d["manifest_digest"], d["manifest_size"],
                         tuple(self.graph.nodes[ids.layer_id(x)]["nominal_size"] for x in d["layers"])),)
        index = None
        if len(variants) > 1 or as_index:
            data = make_index([Descriptor(MEDIA_TYPES["manifest"], m, size, platform=_platforms.as_descriptor_platform(p))
                               for p, m, size, _ in variants])
            index = self._put_blob(data)
            extra_blobs = (index,) + tuple(extra_blobs)
        if tnode in self.graph:
            old = self._out(tnode, "points_to")
            for o in old:
                self.journal.remove_edge(tnode, o)
        else:
            self.journal.add_node(tnode, kind="tag", name=f"{name.split('/')[-1]}:{tag}", tag=tag, ref=ref,
                                  repository=name, host=None)
            self.journal.add_edge(repo_node, tnode, kind="has_tag")
        for key, value in (("index", index), ("variants", tuple(variants)), ("extra_blobs", tuple(extra_blobs))):
            if self.graph.nodes[tnode].get(key) != value:
                self.journal.set(tnode, key, value)
        self.journal.add_edge(tnode, image_node, kind="points_to")

    def _store_in_repository(self, repo_node: str, image_node: str):
        self.journal.add_edge(repo_node, image_node, kind="stores")
        for d in self.graph.nodes[image_node]["layers"]:
            self.journal.add_edge(repo_node, ids.layer_id(d), kind="stores")

    def _load_catalog(self):
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
            rnode = self._registry_node(spec.registry)
            repo = self._ensure_repository(rnode, f"{spec.registry}/{spec.repository}")
            img, variants, extra = None, [], []
            for platform in spec.platforms:
                layers = [layer(n, platform) for n in spec.layers_for(platform)]
                history = [{"created": spec.created, "created_by": c} for _, _, c in layers]
                if img is None:   # the first platform's image is a node; the others wait until a host needs them
                    img = self._ensure_image(layers, config=spec.config, history=history, created=spec.created,
                                             platform=platform)
                    self._store_in_repository(repo, img)
                    d = self.graph.nodes[img]
                    mdig, msize = d["manifest_digest"], d["manifest_size"]
                else:
                    cdig, mdig, msize = self._image_blobs(layers, config=spec.config, history=history,
                                                          created=spec.created, platform=platform)
                    for l, _, _ in layers:
                        self.blobs.setdefault(l.digest, l.blob)
                    extra += [cdig, mdig] + [l.digest for l, _, _ in layers]
                variants.append((platform, mdig, msize, tuple(n for _, n, _ in layers)))
            for tag in spec.tags:
                self._set_registry_tag(repo, tag, img, variants=tuple(variants), extra_blobs=tuple(dict.fromkeys(extra)),
                                       as_index=True)
            kit_blobs.update(extra)
        self._kit_blobs = frozenset(kit_blobs)
