"""The model: the world as one graph, its blobs and its journal, and the questions it answers.

A :class:`World` of this module owns one :class:`networkx.DiGraph` (``world.graph``), the
bytes of every blob it holds (``world.blobs``, keyed by digest) and the journal that makes each
operation all-or-nothing and undoable. Two worlds never share anything.

This class is the noun: it holds state and answers read-only questions (which hosts, which
images on a host, what a name resolves to). It defines no operation and imports none; the verbs
(``pull``, ``run``, ``build`` …) are functions in :mod:`taxonomy.ops` that take a world as
their first argument, and :class:`taxonomy.World`, the notebooks' object, binds them as methods.
A model world starts empty.

Examples
--------
>>> from taxonomy.model import World
>>> w = World()
>>> w.hosts(), w.registries(), len(w.graph)
([], [], 0)
>>> w.names_of_kind("host")
[]
"""

from __future__ import annotations

import posixpath
import re

import networkx as nx

from .. import ids
from ..content import layer_files
from ..errors import InvalidReference, NotFound
from ..journal import Journal
from ..reference import Reference, parse_reference

__all__ = ["World", "START_TIME", "REGISTRY_KINDS"]

#: The kinds of registry the source material names.
REGISTRY_KINDS = ("public", "private-cloud", "on-premises")

#: The world's clock starts here and advances one second per operation, so
#: that every run of a notebook prints the same "2 minutes ago".
START_TIME = 1_751_328_000  # 2025-07-01T00:00:00Z

_HEX = re.compile(r"^(?:sha256:)?([0-9a-f]{1,64})$")


class World:
    """The state of a Docker world and the read-only questions it answers.

    Attributes
    ----------
    graph : networkx.DiGraph
        The world. Read it freely; change it only through operations.
    blobs : dict
        Blob bytes by digest: layers (gzip), configs and manifests.
    journal : taxonomy.journal.Journal
        Every change, grouped in transactions, for undo and redo.
    default_host : str or None
        The host that commands act on when none is given.
    kit_blobs : frozenset
        The starting kit's blobs of images no host holds yet, which saving leaves out.
    context_digests : dict
        Build-context checksums by identity or file stat, as BuildKit's cache (derived, never saved).
    registry_clients : dict
        Connections to real registries, by domain (made by :mod:`taxonomy.oci.remote`; never saved).
    """

    def __init__(self):
        self.graph = nx.DiGraph(clock=START_TIME, seq=0)
        self.blobs: dict[str, bytes] = {}
        self._files_of_layer: dict[str, dict] = {}  # derived from immutable blobs, so never stale
        self.context_digests: dict = {}
        self.kit_blobs: frozenset = frozenset()
        self.registry_clients: dict = {}
        self.journal = Journal(self.graph)
        self.default_host: str | None = None

    # -- the clock -----------------------------------------------------
    @property
    def now(self) -> int:
        """The world's clock, in seconds since the Unix epoch."""
        return self.graph.graph["clock"]

    def tick(self) -> None:
        """Advance the clock one second (inside an operation's transaction)."""
        self.journal.set_graph("clock", self.graph.graph["clock"] + 1)

    def next_seq(self) -> int:
        """The next number of the world's sequence (inside an operation's transaction)."""
        seq = self.graph.graph["seq"] + 1
        self.journal.set_graph("seq", seq)
        return seq

    def layer_files(self, digest: str) -> dict:
        """Files of a layer this world holds (path to FileEntry), read once and remembered."""
        if digest not in self._files_of_layer:
            self._files_of_layer[digest] = layer_files(self.blobs[digest])
        return self._files_of_layer[digest]

    # -- lookups -----------------------------------------------------
    def host_node(self, host: str | None) -> str:
        """The node of a host by name (None: the default host); NotFound names the hosts there are."""
        name = host if host is not None else self.default_host
        if name is None:
            raise NotFound("this world has no Docker host yet; add one with world.add_host('laptop')")
        node = ids.host_id(name)
        if node not in self.graph:
            raise NotFound(f"no such host: {name!r}; the hosts are: {', '.join(self.hosts()) or 'none'}")
        return node

    def registry_node(self, domain: str) -> str:
        """The node of a registry by domain; NotFound names the registries there are."""
        node = ids.registry_id(domain)
        if node not in self.graph:
            raise NotFound(f"no such registry: {domain!r}; the registries are: {', '.join(self.registries()) or 'none'}")
        return node

    def names_of_kind(self, kind):
        """The ``name`` of every node of a kind, sorted."""
        return sorted(d["name"] for _, d in self.graph.nodes(data=True) if d["kind"] == kind)

    def out_nodes(self, node, edge_kind, node_kind=None):
        """The nodes ``node`` points at by edges of ``edge_kind`` (only those of ``node_kind`` if given)."""
        g = self.graph
        return [v for v, d in g.succ[node].items()
                if d["kind"] == edge_kind and (node_kind is None or g.nodes[v]["kind"] == node_kind)]

    def in_nodes(self, node, edge_kind, node_kind=None):
        """The nodes that point at ``node`` by edges of ``edge_kind`` (only those of ``node_kind`` if given)."""
        g = self.graph
        return [u for u, d in g.pred[node].items()
                if d["kind"] == edge_kind and (node_kind is None or g.nodes[u]["kind"] == node_kind)]

    def registry_connection(self, domain: str):
        """The connection to the real registry at ``domain`` (see :mod:`taxonomy.oci.remote`).

        Raises NotFound when this world has none (a saved world keeps the
        registry's node, not its connection).
        """
        conn = self.registry_clients.get(domain)
        node = ids.registry_id(domain)
        if conn is None or node not in self.graph or not self.graph.nodes[node].get("remote"):
            raise NotFound(f"the registry {domain} is not connected to this world; call "
                           f"world.connect_registry('http://{domain}') first")
        return conn

    # -- resolving names ----------------------------------------------
    def host_tag(self, hnode: str, ref: Reference) -> str | None:
        """The node of a host's local tag for ``ref``, or None."""
        node = ids.tag_id(f"{ref.name}:{ref.tag}", host=self.graph.nodes[hnode]["name"])
        return node if node in self.graph else None

    def local_images(self, hnode):
        """The image nodes a host stores."""
        return self.out_nodes(hnode, "stores", "image")

    def resolve_local_image(self, text: str, hnode: str) -> str:
        """Resolve a reference or image id to an image node stored on ``hnode``.

        Raises NotFound("No such image: …") when it is not there.
        """
        if not isinstance(text, str) or not text:
            raise NotFound(f"No such image: {text!r}")
        ref = None
        try:
            ref = parse_reference(text)
        except InvalidReference:
            if not _HEX.match(text):
                raise
        if ref is not None:
            if ref.digest:
                for img in self.local_images(hnode):
                    d = self.graph.nodes[img]
                    edge = self.graph.edges[hnode, img]
                    if f"{ref.name}@{ref.digest}" in edge.get("repo_digests", ()):
                        return img
            else:
                tnode = self.host_tag(hnode, ref)
                if tnode is not None:
                    return self.out_nodes(tnode, "points_to")[0]
        m = _HEX.match(text)
        if m:
            hits = [img for img in self.local_images(hnode)
                    if self.graph.nodes[img]["digest"][7:].startswith(m.group(1))]
            if len(hits) == 1:
                return hits[0]
        raise NotFound(f"No such image: {ref.familiar if ref is not None and ':' not in text and '@' not in text else text}")

    def host_tags_of(self, hnode: str, img: str) -> list[str]:
        """The nodes of a host's local tags that point at an image, sorted."""
        host = self.graph.nodes[hnode]["name"]
        return sorted(t for t in self.in_nodes(img, "points_to") if self.graph.nodes[t].get("host") == host)

    def container_node(self, ref: str, host: str | None = None, hnode: str | None = None) -> str:
        """Find a container on a host by name, full id or unique id prefix."""
        hnode = hnode or self.host_node(host)
        hname = self.graph.nodes[hnode]["name"]
        if isinstance(ref, str) and ref:
            node = ids.container_id(hname, ref.lstrip("/"))
            if node in self.graph:
                return node
            if re.fullmatch(r"[0-9a-f]{1,64}", ref):
                hits = [c for c in self.out_nodes(hnode, "hosts", "container") if self.graph.nodes[c]["id"].startswith(ref)]
                if len(hits) == 1:
                    return hits[0]
        raise NotFound(f"No such container: {ref}")

    def read_image_file(self, img: str):
        """Return a reader of files in an image's union filesystem (top layer wins)."""
        layers = self.graph.nodes[img]["layers"]

        def read(path: str):
            want = posixpath.normpath("/" + path).lstrip("/")
            head, base = posixpath.split(want)
            whiteout = posixpath.join(head, ".wh." + base)
            for digest in reversed(layers):
                if digest not in self.blobs:
                    continue
                files = self.layer_files(digest)
                if want in files:
                    return files[want].data
                if whiteout in files:
                    return None
            return None
        return read

    def host_tag_image(self, hnode, ref):
        """The image node a host's existing local tag for ``ref`` points at."""
        tnode = self.host_tag(hnode, ref)
        return self.out_nodes(tnode, "points_to")[0]

    # -- queries -----------------------------------------------------
    def hosts(self) -> list[str]:
        """Names of the hosts, sorted."""
        return self.names_of_kind("host")

    def registries(self) -> list[str]:
        """Domains of the registries, sorted."""
        return self.names_of_kind("registry")

    def repositories(self, registry: str) -> list[str]:
        """Full names of a registry's repositories, sorted.

        Examples
        --------
        >>> import taxonomy as tx
        >>> tx.World().repositories("mcr.microsoft.com")
        ['mcr.microsoft.com/dotnet/aspnet', 'mcr.microsoft.com/dotnet/runtime', 'mcr.microsoft.com/dotnet/sdk']
        """
        node = self.registry_node(registry)
        return sorted(self.graph.nodes[r]["name"] for r in self.out_nodes(node, "contains"))

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
        return sorted(self.graph.nodes[t]["tag"] for t in self.out_nodes(node, "has_tag"))

    def images(self, host: str | None = None) -> list[str]:
        """The images on a host, named by their tags (full form), sorted.

        Untagged images appear as ``<none>@sha256:…`` (their image id).
        """
        hnode = self.host_node(host)
        names = []
        for img in self.out_nodes(hnode, "stores", "image"):
            tags = [self.graph.nodes[t]["ref"] for t in self.in_nodes(img, "points_to") if self.graph.nodes[t].get("host") == self.graph.nodes[hnode]["name"]]
            names.extend(tags or [f"<none>@{self.graph.nodes[img]['digest']}"])
        return sorted(names)

    def containers(self, host: str | None = None, *, all: bool = True) -> list[str]:
        """Names of the containers on a host (all, or only running), sorted."""
        hnode = self.host_node(host)
        return sorted(self.graph.nodes[c]["name"] for c in self.out_nodes(hnode, "hosts", "container")
                      if all or self.graph.nodes[c]["state"] == "running")

    def volumes(self, host: str | None = None) -> list[str]:
        """Names of the volumes on a host, sorted."""
        hnode = self.host_node(host)
        return sorted(self.graph.nodes[v]["name"] for v in self.out_nodes(hnode, "hosts", "volume"))

    def image_of(self, container: str, host: str | None = None) -> str:
        """The image id (``sha256:…``) a container was created from."""
        node = self.container_node(container, host)
        return self.graph.nodes[self.out_nodes(node, "instance_of")[0]]["digest"]

    def containers_of(self, image: str, host: str | None = None) -> list[str]:
        """Names of the containers, on one host or all hosts, made from an image.

        ``image`` is a reference or image id resolved on ``host`` (or the
        default host).
        """
        img = self.resolve_local_image(image, self.host_node(host))
        return sorted(self.graph.nodes[c]["name"] for c in self.in_nodes(img, "instance_of"))

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
        img = self.resolve_local_image(image, self.host_node(host))
        out = {"hosts": [], "repositories": []}
        for u in self.in_nodes(img, "stores"):
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
        return self.graph.nodes[self.resolve_local_image(reference, self.host_node(host))]["digest"]

    def layers(self, image: str, host: str | None = None) -> list[dict]:
        """The layers of an image, bottom first: digest, diff_id, sizes, command."""
        img = self.resolve_local_image(image, self.host_node(host))
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
        hnode = self.host_node(host)
        la = self.graph.nodes[self.resolve_local_image(a, hnode)]["layers"]
        lb = set(self.graph.nodes[self.resolve_local_image(b, hnode)]["layers"])
        seen, out = set(), []
        for d in la:
            if d in lb and d not in seen:
                seen.add(d)
                out.append(d)
        return out
