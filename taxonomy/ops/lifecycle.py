"""The application lifecycle: Compose on a laptop, clusters run by an orchestrator, and a CI pipeline.

An image travels a long road. On the developer's machine (the *inner
loop*) it is built and run, often several services at once with Compose.
Then the *outer loop* takes over: a CI host builds the image from the
repository's files, tags it with a build number, runs the tests, re-tags it
as a *blessed* release and pushes it to a private registry; an orchestrator
deploys it from there onto the hosts of a production cluster.

The orchestrator here keeps what teaches images and registries, and what
Kubernetes, Service Fabric and Docker Swarm all do:

* a **deployment** (a Swarm *service*) is an image and a number of replicas
  on a cluster; the tag is resolved to a digest once, and every replica
  runs that digest, even if the tag moves later;
* replicas are placed by **spread**: on the host with the fewest replicas
  of the deployment, then the fewest containers, then by name; each host
  **pulls** the image only if it lacks it, with its own login;
* a **rolling update** replaces replicas one by one (stop-first, Swarm's
  default); **scale** adds or removes replicas; when a **host fails** its
  replicas are started on the others, which may have to pull.

Replicas are ordinary containers named as Swarm names tasks
(``web.1.<task id>``), with attributes ``deployment`` and ``slot``; hosts
carry ``cluster`` and ``state``; deployments, clusters and pipeline runs are
graph attributes. All of it goes through the journal, so every operation
is all-or-nothing, undoable, and saved with the world.

Examples
--------
>>> import taxonomy as tx
>>> w = tx.World()
>>> w.add_cluster("prod", 3)
['prod-1', 'prod-2', 'prod-3']
>>> r = w.deploy("nginx:1.27", replicas=5, cluster="prod", name="web")
>>> r.placement, r.pulled
({'prod-1': 2, 'prod-2': 2, 'prod-3': 1}, ('prod-1', 'prod-2', 'prod-3'))
>>> moved = w.fail_host("prod-1")["web"]
>>> w.deployment("web")["placement"]
{'prod-2': 3, 'prod-3': 2}
"""

from __future__ import annotations

import hashlib
import heapq
import json
import re
import shlex
from dataclasses import dataclass, field
from typing import Mapping

from .. import ids, shellwords   # shellwords: shlex.split, linear
from ..content import sha256_digest
from ..errors import BuildError, Conflict, InvalidArgument, InvalidReference, NotFound, PlatformMismatch, Unauthorized
from ..reference import parse_reference

__all__ = ["LifecycleOps", "Task", "DeployResult", "PipelineResult", "commit_id"]

_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")
_TAG = re.compile(r"^[\w][\w.-]{0,127}$")
_BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz"
_BAR = "[" + "=" * 50 + ">]"


@dataclass(frozen=True)
class Task:
    """One replica: its deployment, slot number, host and container name."""

    deployment: str
    slot: int
    host: str
    container: str


@dataclass(frozen=True)
class DeployResult:
    """What a deploy, rolling update, scale or failover did to one deployment.

    Attributes
    ----------
    deployment : str
    reference : str
        The image reference the replicas run, pinned to its digest
        (``name:tag@sha256:…``), as Swarm pins it.
    started, removed : tuple of Task
        Replicas started and removed by this operation.
    pulled : tuple of str
        Hosts that had to pull the image to start their replicas.
    pending : int
        Replicas no host could take (no host up, or none of the right platform).
    placement : dict
        Host to number of replicas, after the operation.
    """

    deployment: str
    reference: str
    started: tuple = ()
    removed: tuple = ()
    pulled: tuple = ()
    pending: int = 0
    placement: dict = field(default_factory=dict)

    @property
    def output(self) -> str:
        """The converge report, as ``docker service create`` and ``update`` print it."""
        running = sum(self.placement.values())
        total = running + self.pending
        lines = [self.deployment, f"overall progress: {running} out of {total} tasks"]
        lines += [f"{i}/{total}: running   {_BAR}" for i in range(1, running + 1)]
        lines += [f"{i}/{total}: no suitable node" for i in range(running + 1, total + 1)]
        lines.append("verify: Service converged" if not self.pending else "verify: Waiting for tasks to be scheduled")
        return "".join(line + "\n" for line in lines)


@dataclass(frozen=True)
class PipelineResult:
    """One CI run: its build number, the image it made, the references it pushed, and its log.

    Attributes
    ----------
    build : int
    image : str
        The image id (config digest).
    digest : str
        The pushed manifest digest.
    references : tuple of str
        Full references pushed: the build-number tag, then the blessed tag.
    test_output : str
    log : tuple of str
    """

    build: int
    image: str
    digest: str
    references: tuple
    test_output: str = ""
    log: tuple = ()

    @property
    def output(self) -> str:
        """The CI log as one text."""
        return "".join(line + "\n" for line in self.log)


class _Probe(Exception):
    """Carries a digest out of a transaction that must be undone (a registry look-up)."""


def commit_id(files: Mapping[str, bytes]) -> str:
    """A short id of a set of files, like a commit's: the same files always give the same id.

    Examples
    --------
    >>> commit_id({"a.txt": b"1"}) == commit_id({"a.txt": "1"}), len(commit_id({}))
    (True, 12)
    """
    tree = sorted((name, sha256_digest(data.encode() if isinstance(data, str) else bytes(data))) for name, data in files.items())
    return sha256_digest(json.dumps(tree).encode())[7:19]


def _task_id(seed: str) -> str:
    """A Swarm-style task id: 25 lowercase letters and digits, derived from ``seed``."""
    return "".join(_BASE36[b % 36] for b in hashlib.sha256(seed.encode()).digest()[:25])


class LifecycleOps:
    """Mixin of :class:`taxonomy.World` with Compose, clusters, deployments and the CI pipeline."""

    # -- Compose -------------------------------------------------------
    def _workdir(self, hnode: str) -> str:
        from ..compose.spec import WORKDIR   # Compose is loaded on first use
        return self.graph.nodes[hnode].get("workdir") or WORKDIR

    def _compose_name(self, hnode, file, project):
        files = self.graph.nodes[hnode]["files"]
        try:
            from ..compose.spec import load_project
            proj = load_project(files, file=file, project=project, workdir=self._workdir(hnode))
        except NotFound:
            if project is None or file is not None:
                raise
            from ..compose.spec import project_name
            return project_name(project), None
        return proj.name, proj

    def compose_up(self, host: str | None = None, *, file: str | None = None, project: str | None = None,
                   detach: bool = True, build: bool = False, remove_orphans: bool = False):
        """``docker compose up``: build, pull, create and start a project's services.

        Parameters
        ----------
        file : str, optional
            ``-f``: the Compose file among the host's working files.
        project : str, optional
            ``-p``: the project name (default: the file's ``name:``, else ``app``).
        detach : bool
            ``-d``. Without it the model still returns at once, with a note.
        build : bool
            ``--build``: rebuild ``build:`` services even if their image exists.
        remove_orphans : bool
            Also remove containers of services no longer in the file.

        Returns
        -------
        taxonomy.compose.ComposeResult

        Raises
        ------
        NotFound, InvalidArgument
            No Compose file, or a file Compose (or the model) refuses.
        TaxonomyError
            Whatever a build, pull or start raises; nothing is changed.
        """
        hnode = self._host_node(host)
        from ..compose.spec import load_project
        proj = load_project(self.graph.nodes[hnode]["files"], file=file, project=project,
                            workdir=self._workdir(hnode))
        with self.journal.transaction(f"compose up {proj.name}"):
            self._tick()
            from ..compose import engine as _compose
            return _compose.up(self, hnode, proj, detach=detach, build=build, remove_orphans=remove_orphans)

    def compose_ps(self, host: str | None = None, *, file: str | None = None, project: str | None = None,
                   all: bool = False) -> tuple:
        """``docker compose ps``: the project's containers (running only unless ``all``), as dicts.

        Examples
        --------
        >>> import taxonomy as tx
        >>> w = tx.World()
        >>> _ = w.write_files({"compose.yaml": "services:\\n  cache:\\n    image: redis:7\\n"})
        >>> _ = w.compose_up()
        >>> [(row["name"], row["service"], row["state"]) for row in w.compose_ps()]
        [('app-cache-1', 'cache', 'running')]
        """
        hnode = self._host_node(host)
        name, _ = self._compose_name(hnode, file, project)
        from ..compose import engine as _compose
        return _compose.ps(self, hnode, name, all=all)

    def compose_down(self, host: str | None = None, *, file: str | None = None, project: str | None = None,
                     volumes: bool = False, remove_orphans: bool = False):
        """``docker compose down``: remove the project's containers and network (and named volumes with ``volumes``).

        Examples
        --------
        >>> import taxonomy as tx
        >>> w = tx.World()
        >>> _ = w.write_files({"compose.yaml": "services:\\n  cache:\\n    image: redis:7\\n"})
        >>> _ = w.compose_up()
        >>> print(w.compose_down().output, end="")
        [+] Running 2/2
         ✔ Container app-cache-1  Removed
         ✔ Network app_default    Removed
        """
        hnode = self._host_node(host)
        name, proj = self._compose_name(hnode, file, project)
        with self.journal.transaction(f"compose down {name}"):
            self._tick()
            from ..compose import engine as _compose
            return _compose.down(self, hnode, name, proj, volumes=volumes, remove_orphans=remove_orphans)

    # -- clusters --------------------------------------------------------
    def _clusters(self) -> dict:
        return self.graph.graph.get("clusters") or {}

    def _deployments(self) -> dict:
        return self.graph.graph.get("deployments") or {}

    def clusters(self) -> list[str]:
        """Names of the clusters, sorted."""
        return sorted(self._clusters())

    def cluster_hosts(self, cluster: str) -> list[str]:
        """Names of a cluster's hosts, sorted.

        Raises
        ------
        NotFound
        """
        return list(self._cluster(cluster)["hosts"])

    def _cluster(self, cluster: str) -> dict:
        spec = self._clusters().get(cluster)
        if spec is None:
            raise NotFound(f"no such cluster: {cluster!r}; the clusters are: {', '.join(self.clusters()) or 'none'}"
                           " (add one with world.add_cluster('prod', 3))")
        return spec

    def host_up(self, host: str) -> bool:
        """Whether a host is up (``fail_host`` takes it down, ``recover_host`` brings it back)."""
        return self.graph.nodes[self._host_node(host)].get("state", "up") != "down"

    def add_cluster(self, name: str, hosts=3, *, location: str | None = None,
                    platform: str = "linux/amd64") -> list[str]:
        """Make a cluster of Docker hosts for an orchestrator to run replicas on; return its host names.

        Parameters
        ----------
        name : str
            Lowercase letters, digits, ``-`` or ``_``.
        hosts : int or list of str
            How many new hosts to add (``<name>-1`` … ``<name>-n``), or the
            names of hosts to group (existing ones join, missing ones are added).
        location : str, optional
            Where the new hosts are (a region such as ``westeurope``).
        platform : str
            The new hosts' platform.

        Raises
        ------
        InvalidArgument, Conflict
            A bad name or count, a cluster of that name, a host already in a cluster.

        Examples
        --------
        >>> import taxonomy as tx
        >>> w = tx.World()
        >>> w.add_cluster("prod", 2, location="westeurope")
        ['prod-1', 'prod-2']
        >>> w.graph.nodes["host:prod-1"]["cluster"], w.graph.nodes["host:prod-1"]["location"]
        ('prod', 'westeurope')
        """
        if not isinstance(name, str) or not _NAME.match(name):
            raise InvalidArgument(f"invalid cluster name {name!r}: use lowercase letters, digits, '-' or '_' (e.g. 'prod')")
        if name in self._clusters():
            raise Conflict(f"a cluster named {name!r} already exists; pick another name")
        if isinstance(hosts, bool) or not isinstance(hosts, (int, list, tuple)):
            raise InvalidArgument(f"hosts must be a number of hosts or a list of host names, got {hosts!r}")
        if isinstance(hosts, int):
            if not 1 <= hosts <= 500:
                raise InvalidArgument(f"a cluster needs 1 to 500 hosts, got {hosts}")
            names = [f"{name}-{i}" for i in range(1, hosts + 1)]
        else:
            names = list(dict.fromkeys(hosts))
            if not names:
                raise InvalidArgument("a cluster needs at least one host")
        for h in names:
            node = ids.host_id(h) if isinstance(h, str) else None
            if node in self.graph and self.graph.nodes[node].get("cluster"):
                raise Conflict(f"host {h!r} is already in cluster {self.graph.nodes[node]['cluster']!r}; "
                               "a host belongs to one cluster")
        default = self.default_host
        try:
            with self.journal.transaction(f"add cluster {name}"):
                for h in names:
                    if ids.host_id(h) not in self.graph:
                        self.add_host(h, platform=platform, location=location)
                    self.journal.set(ids.host_id(h), "cluster", name)
                    self.journal.set(ids.host_id(h), "state", "up")
                clusters = dict(self._clusters())
                clusters[name] = {"location": location, "hosts": tuple(sorted(names))}
                self.journal.set_graph("clusters", clusters)
        except BaseException:
            self.default_host = default
            raise
        return sorted(names)

    def cluster_login(self, cluster: str, registry: str, username: str, password: str) -> str:
        """Log every host of a cluster in to a registry (what a Kubernetes image pull secret does).

        Raises
        ------
        NotFound, Unauthorized
        """
        hosts = self.cluster_hosts(cluster)
        with self.journal.transaction(f"cluster login {cluster} {registry}"):
            for h in hosts:
                self.login(registry, username, password, host=h)
        return "Login Succeeded"

    # -- deployments ---------------------------------------------------------
    def deployments(self) -> list[str]:
        """Names of the deployments, sorted."""
        return sorted(self._deployments())

    def _deployment(self, name: str) -> dict:
        dep = self._deployments().get(name)
        if dep is None:
            raise NotFound(f"No such service: {name}")
        return dep

    def replicas(self, deployment: str) -> list[Task]:
        """The replicas of a deployment, by slot.

        Raises
        ------
        NotFound
            ``No such service: …``.
        """
        dep = self._deployment(deployment)
        out = []
        for h in self._cluster(dep["cluster"])["hosts"]:
            hnode = ids.host_id(h)
            for c in self._out(hnode, "hosts", "container"):
                d = self.graph.nodes[c]
                if d.get("deployment") == deployment:
                    out.append(Task(deployment, d["slot"], h, d["name"]))
        return sorted(out, key=lambda t: t.slot)

    def deployment(self, name: str) -> dict:
        """A deployment's state: image, pinned digest, replicas wanted, placement and revision.

        Examples
        --------
        >>> import taxonomy as tx
        >>> w = tx.World()
        >>> _ = w.add_cluster("prod", 2)
        >>> _ = w.deploy("nginx:1.27", replicas=3, cluster="prod", name="web")
        >>> d = w.deployment("web")
        >>> d["image"], d["replicas"], d["running"], d["revision"], d["placement"]
        ('docker.io/library/nginx:1.27', 3, 3, 1, {'prod-1': 2, 'prod-2': 1})
        """
        dep = dict(self._deployment(name))
        tasks = self.replicas(name)
        placement: dict = {}
        for t in tasks:
            placement[t.host] = placement.get(t.host, 0) + 1
        dep["placement"] = dict(sorted(placement.items()))
        dep["running"] = sum(1 for t in tasks
                             if self.graph.nodes[ids.container_id(t.host, t.container)]["state"] == "running")
        dep["pending"] = max(dep["replicas"] - len(tasks), 0)
        return dep

    def _resolve_digest(self, ref, cluster: str) -> str:
        """Ask the registry what a reference names, as a Swarm manager does, without changing any host.

        The look-up is a pull on a cluster host inside a transaction that is
        then undone, so auth, platform and "not found" errors are the pull's.
        """
        if ref.digest:
            return ref.digest
        ups = [h for h in self._cluster(cluster)["hosts"] if self.host_up(h)]
        if not ups:
            raise Conflict(f"no suitable node: every host of cluster {cluster!r} is down; bring one back with "
                           "world.recover_host(...)")
        mismatch = None
        for h in ups:
            try:
                with self.journal.transaction("resolve digest"):
                    raise _Probe(self.pull(str(ref), host=h).digest)
            except _Probe as found:
                return found.args[0]
            except PlatformMismatch as err:
                mismatch = err
            except Unauthorized as err:
                raise Unauthorized(f"{err} (host {h} of cluster {cluster!r} is not logged in to {ref.domain}; give the "
                                   f"cluster's hosts a login: world.cluster_login({cluster!r}, {ref.domain!r}, USER, "
                                   "PASSWORD))") from err
            except NotFound as err:
                raise NotFound(f"{err}; an orchestrator deploys from a registry: push the image first") from err
        raise mismatch

    def _start_task(self, name: str, dep: dict, slot: int, host: str) -> tuple:
        seq = self._next_seq()
        cname = f"{name}.{slot}.{_task_id(f'{name}/{slot}/{seq}')}"
        r = self.run(dep["pinned"], list(dep["command"]) if dep["command"] else None, host=host, name=cname,
                     detach=True, env=dep["env"])
        node = ids.container_id(host, cname)
        self.journal.set(node, "deployment", name)
        self.journal.set(node, "slot", slot)
        return Task(name, slot, host, cname), r.pull is not None

    def _converge(self, name: str, started=(), removed=(), pulled=()) -> DeployResult:
        """Make the replicas match the deployment: remove extra slots, place missing ones by spread."""
        dep = self._deployment(name)
        hosts = self._cluster(dep["cluster"])["hosts"]
        started, removed, pulled = list(started), list(removed), dict.fromkeys(pulled)
        by_slot = {t.slot: t for t in self.replicas(name)}
        for slot in sorted((s for s in by_slot if s > dep["replicas"]), reverse=True):
            t = by_slot.pop(slot)
            self._remove_container(ids.container_id(t.host, t.container), remove_anonymous=True)
            removed.append(t)
        missing = [s for s in range(1, dep["replicas"] + 1) if s not in by_slot]
        pending = 0
        if missing:
            mine = {h: 0 for h in hosts}
            for t in by_slot.values():
                mine[t.host] += 1
            heap = []
            for h in hosts:
                if self.host_up(h):
                    load = sum(1 for c in self._out(ids.host_id(h), "hosts", "container")
                               if self.graph.nodes[c]["state"] == "running")
                    heap.append((mine[h], load, h))
            heapq.heapify(heap)
            for slot in missing:
                while heap:
                    count, load, h = heapq.heappop(heap)
                    try:
                        with self.journal.transaction("start task"):
                            task, did_pull = self._start_task(name, dep, slot, h)
                    except PlatformMismatch:
                        continue           # this host cannot run the image: never offered again
                    heapq.heappush(heap, (count + 1, load + 1, h))
                    started.append(task)
                    if did_pull:
                        pulled[h] = None
                    break
                else:
                    pending += 1
        placement: dict = {}
        for t in self.replicas(name):
            placement[t.host] = placement.get(t.host, 0) + 1
        return DeployResult(name, dep["pinned"], tuple(started), tuple(removed), tuple(sorted(pulled)), pending,
                            dict(sorted(placement.items())))

    def _set_deployment(self, name: str, dep: dict | None):
        deps = dict(self._deployments())
        if dep is None:
            deps.pop(name, None)
        else:
            deps[name] = dep
        self.journal.set_graph("deployments", deps)

    @staticmethod
    def _pinned(ref, digest: str) -> str:
        return f"{ref.name}:{ref.tag}@{digest}" if ref.tag else f"{ref.name}@{digest}"

    def deploy(self, image: str, replicas: int = 1, cluster: str | None = None, *, name: str | None = None,
               command=None, env=()) -> DeployResult:
        """Run ``replicas`` copies of an image on a cluster, as an orchestrator does.

        The reference is resolved to a digest in its registry once; each
        replica is placed by spread and its host pulls the image if it lacks
        it, with its own login.

        Parameters
        ----------
        image : str
            A reference to an image in a registry (a deployment never uses a
            host's local-only image).
        replicas : int
        cluster : str
        name : str, optional
            The deployment's name (default: the repository's last part).
        command : sequence of str, optional
        env : sequence of "KEY=VALUE"

        Raises
        ------
        NotFound
            No such cluster, or the image is not in its registry.
        Conflict
            A deployment of that name exists, or every host is down.
        Unauthorized, Denied
            A cluster host may not pull from the registry.
        """
        if cluster is None:
            raise InvalidArgument("deploy needs a cluster: world.deploy('nginx:1.27', 3, cluster='prod')")
        self._cluster(cluster)
        ref = parse_reference(image)
        name = name if name is not None else ref.path.split("/")[-1]
        if not isinstance(name, str) or not _NAME.match(name):
            raise InvalidArgument(f"invalid deployment name {name!r}: use lowercase letters, digits, '-' or '_'")
        if name in self._deployments():
            raise Conflict(f"rpc error: code = AlreadyExists desc = name conflicts with an existing object: service "
                           f"{name} already exists (change it with world.rolling_update or world.scale)")
        replicas = _count(replicas)
        with self.journal.transaction(f"deploy {name}"):
            self._tick()
            digest = self._resolve_digest(ref, cluster)
            self._set_deployment(name, {
                "image": f"{ref.name}:{ref.tag}" if ref.tag else ref.name, "digest": digest,
                "pinned": self._pinned(ref, digest), "replicas": replicas, "cluster": cluster, "revision": 1,
                "previous": None, "command": tuple(command) if command else None, "env": tuple(env)})
            return self._converge(name)

    def rolling_update(self, deployment: str, image: str) -> DeployResult:
        """Move a deployment to a new tag or digest, one replica at a time (stop-first).

        Each replica is stopped and removed, then started again on the same
        host from the new digest (pulled if the host lacks it). Updating to a
        tag that now names another image is how a moved tag reaches
        production; updating to the digest already running changes nothing.

        Raises
        ------
        NotFound, Unauthorized, Denied, PlatformMismatch
            As for :meth:`deploy`; the deployment is left as it was.

        Examples
        --------
        >>> import taxonomy as tx
        >>> w = tx.World()
        >>> _ = w.add_cluster("prod", 2)
        >>> _ = w.deploy("nginx:1.27", replicas=2, cluster="prod", name="web")
        >>> r = w.rolling_update("web", "nginx:1.28")
        >>> [t.slot for t in r.removed], [t.slot for t in r.started], w.deployment("web")["revision"]
        ([1, 2], [1, 2], 2)
        """
        dep = dict(self._deployment(deployment))
        ref = parse_reference(image)
        with self.journal.transaction(f"rolling update {deployment}"):
            self._tick()
            digest = self._resolve_digest(ref, dep["cluster"])
            pinned = self._pinned(ref, digest)
            if pinned == dep["pinned"]:
                return self._converge(deployment)
            dep.update(previous=(dep["image"], dep["digest"]), image=f"{ref.name}:{ref.tag}" if ref.tag else ref.name,
                       digest=digest, pinned=pinned, revision=dep["revision"] + 1)
            self._set_deployment(deployment, dep)
            started, removed, pulled = [], [], []
            for old in self.replicas(deployment):
                self._remove_container(ids.container_id(old.host, old.container), remove_anonymous=True)
                removed.append(old)
                task, did_pull = self._start_task(deployment, dep, old.slot, old.host)
                started.append(task)
                if did_pull:
                    pulled.append(old.host)
            return self._converge(deployment, started, removed, pulled)

    def scale(self, deployment: str, replicas: int) -> DeployResult:
        """Change how many replicas a deployment runs (``docker service scale web=5``).

        Scaling down removes the highest slots first; scaling up places new
        replicas by spread.

        Examples
        --------
        >>> import taxonomy as tx
        >>> w = tx.World()
        >>> _ = w.add_cluster("prod", 3)
        >>> _ = w.deploy("nginx:1.27", replicas=2, cluster="prod", name="web")
        >>> w.scale("web", 4).placement
        {'prod-1': 2, 'prod-2': 1, 'prod-3': 1}
        >>> [t.slot for t in w.scale("web", 1).removed]
        [4, 3, 2]
        """
        dep = dict(self._deployment(deployment))
        dep["replicas"] = _count(replicas)
        with self.journal.transaction(f"scale {deployment}={dep['replicas']}"):
            self._tick()
            self._set_deployment(deployment, dep)
            return self._converge(deployment)

    def remove_deployment(self, deployment: str) -> list[str]:
        """Remove a deployment and its replicas (``docker service rm``); return the containers removed."""
        tasks = self.replicas(deployment)
        with self.journal.transaction(f"remove deployment {deployment}"):
            self._tick()
            for t in tasks:
                self._remove_container(ids.container_id(t.host, t.container), remove_anonymous=True)
            self._set_deployment(deployment, None)
        return [t.container for t in tasks]

    def fail_host(self, host: str) -> dict:
        """A cluster host goes down: its replicas are started on the other hosts, which may have to pull.

        Returns a :class:`DeployResult` per deployment that had replicas there.

        Raises
        ------
        NotFound, InvalidArgument, Conflict
            Unknown host, a host in no cluster, a host already down.
        """
        hnode = self._host_node(host)
        d = self.graph.nodes[hnode]
        if not d.get("cluster"):
            raise InvalidArgument(f"host {host!r} is in no cluster; fail_host models an orchestrated node failing")
        if d.get("state") == "down":
            raise Conflict(f"host {host!r} is already down; bring it back with world.recover_host({host!r})")
        lost: dict = {}
        with self.journal.transaction(f"fail host {host}"):
            self._tick()
            self.journal.set(hnode, "state", "down")
            for c in list(self._out(hnode, "hosts", "container")):
                cd = self.graph.nodes[c]
                if cd.get("deployment"):
                    lost.setdefault(cd["deployment"], []).append(Task(cd["deployment"], cd["slot"], host, cd["name"]))
                    self._remove_container(c, remove_anonymous=True)
            return {name: self._converge(name, removed=sorted(tasks, key=lambda t: t.slot))
                    for name, tasks in sorted(lost.items())}

    def recover_host(self, host: str) -> dict:
        """Bring a failed host back; replicas still waiting for a host are placed (no rebalancing, as in Swarm)."""
        hnode = self._host_node(host)
        d = self.graph.nodes[hnode]
        if d.get("state") != "down":
            raise Conflict(f"host {host!r} is not down")
        with self.journal.transaction(f"recover host {host}"):
            self._tick()
            self.journal.set(hnode, "state", "up")
            out = {}
            for name, dep in sorted(self._deployments().items()):
                if dep["cluster"] == d["cluster"] and len(self.replicas(name)) < dep["replicas"]:
                    out[name] = self._converge(name)
            return out

    # -- CI pipeline -------------------------------------------------------
    def pipeline_runs(self) -> tuple:
        """Every successful CI run so far: build number, repository, commit, image id, digest, references."""
        return tuple(self.graph.graph.get("pipeline_runs") or ())

    def pipeline(self, source, repository: str, *, host: str = "ci", build: int | None = None,
                 test="echo tests passed", blessed: str = "blessed", dockerfile: str = "Dockerfile") -> PipelineResult:
        """Run the CI pipeline on the CI host: checkout, build, tag, test, bless, push.

        Parameters
        ----------
        source : mapping or str
            The repository's files (name to text or bytes), or the name of
            the host whose working files were committed.
        repository : str
            Where images go, without a tag (``contoso.azurecr.io/shop/web``).
        host : str
            The CI host; it must be logged in to the registry.
        build : int, optional
            The build number (default: one more than this repository's last).
        test : str or sequence of str
            The test command, run in a throwaway container of the new image;
            a non-zero exit code fails the pipeline.
        blessed : str
            The tag given to a build that passed its tests.

        Raises
        ------
        BuildError
            The build failed or the tests failed; nothing is pushed and the
            world is unchanged.
        NotFound, Unauthorized, Denied, InvalidArgument, Conflict

        Examples
        --------
        >>> import taxonomy as tx
        >>> w = tx.World()
        >>> _ = w.add_registry("contoso.azurecr.io"); w.add_account("contoso.azurecr.io", "ci", "s3cret")
        >>> _ = w.add_host("ci"); _ = w.login("contoso.azurecr.io", "ci", "s3cret", host="ci")
        >>> run = w.pipeline({"Dockerfile": "FROM nginx:1.27\\n"}, "contoso.azurecr.io/shop/web")
        >>> run.build, run.references
        (1, ('contoso.azurecr.io/shop/web:1', 'contoso.azurecr.io/shop/web:blessed'))
        >>> w.tags("contoso.azurecr.io/shop/web")
        ['1', 'blessed']
        """
        hnode = self._host_node(host)
        try:
            ref = parse_reference(repository)
        except InvalidReference as err:
            raise InvalidArgument(f"invalid repository {repository!r}: {err}") from err
        if ref.digest or ":" in repository.rsplit("/", 1)[-1]:
            raise InvalidArgument(f"give the repository without a tag or digest (e.g. {ref.name!r}); "
                                  "the pipeline tags with the build number")
        if not isinstance(blessed, str) or not _TAG.match(blessed):
            raise InvalidArgument(f"invalid tag {blessed!r} for blessed builds")
        files = self._pipeline_source(source)
        if dockerfile not in files:
            raise BuildError(f"the repository has no {dockerfile}; the CI build needs one (files: "
                             f"{', '.join(sorted(files)) or 'none'})")
        mine = [r["build"] for r in self.pipeline_runs() if r["repository"] == ref.name]
        number = build if build is not None else max(mine, default=0) + 1
        if isinstance(number, bool) or not isinstance(number, int) or number < 1:
            raise InvalidArgument(f"a build number is a positive whole number, got {build!r}")
        if number in mine:
            raise Conflict(f"build {number} of {ref.name} already ran; build numbers are never reused")
        argv = shellwords.split(test) if isinstance(test, str) else [str(a) for a in test]
        if not argv:
            raise InvalidArgument("the test step needs a command, e.g. test='pytest -q'")
        build_ref, blessed_ref = f"{ref.name}:{number}", f"{ref.name}:{blessed}"
        hname = self.graph.nodes[hnode]["name"]
        commit = commit_id(files)
        log = [f"[{hname} #{number}] checkout {commit} ({' '.join(sorted(files))})"]
        with self.journal.transaction(f"pipeline {ref.name} #{number}"):
            self._tick()
            self.journal.set(hnode, "files", {})
            self.write_files(files, host=hname)
            b = self.build(files[dockerfile].decode("utf-8", "replace"), tag=build_ref, context=None, host=hname)
            log.append(f"[{hname} #{number}] $ docker build -t {build_ref} .")
            log += [f"[{hname} #{number}] {line}" for line in b.log if "writing image" in line or "naming to" in line]
            t = self.run(build_ref, argv, host=hname)
            self.rm(t.container, host=hname, force=True)   # what --rm does, once the outcome is known
            log.append(f"[{hname} #{number}] $ docker run --rm {build_ref} {shlex.join(argv)}")
            log += [f"[{hname} #{number}] {line}" for line in t.output.splitlines()]
            if t.state == "running":
                raise BuildError(f"pipeline build {number} failed at the test step: `{shlex.join(argv)}` never exits "
                                 "(it is a server, not a test); nothing was pushed")
            if t.exit_code:
                raise BuildError(f"pipeline build {number} failed at the test step: `{shlex.join(argv)}` exited with "
                                 f"code {t.exit_code}; nothing was pushed: fix the code or the test and run the "
                                 "pipeline again")
            self.tag(build_ref, blessed_ref, host=hname)
            log.append(f"[{hname} #{number}] $ docker tag {build_ref} {blessed_ref}")
            pushed = None
            for r in (build_ref, blessed_ref):
                pushed = self.push(r, host=hname)
                log += [f"[{hname} #{number}] $ docker push {r}",
                        f"[{hname} #{number}] {pushed.tag}: digest: {pushed.digest} size: {pushed.size}"]
            record = {"build": number, "repository": ref.name, "host": hname, "image": b.image,
                      "digest": pushed.digest, "references": (build_ref, blessed_ref),
                      "source": source if isinstance(source, str) else None, "commit": commit}
            self.journal.set_graph("pipeline_runs", self.pipeline_runs() + (record,))
        return PipelineResult(number, b.image, pushed.digest, (build_ref, blessed_ref), t.output, tuple(log))

    def _pipeline_source(self, source) -> dict:
        if isinstance(source, str):
            files = self.files(source)
        elif isinstance(source, Mapping):
            files = {k: v.encode() if isinstance(v, str) else bytes(v) for k, v in source.items()}
        else:
            raise InvalidArgument(f"source must be the repository's files (a mapping) or a host name, got {source!r}")
        return files

    def provenance(self, cluster: str | None = None) -> list[dict]:
        """Where each running replica's image came from: the CI build that made it, or none.

        Each entry has the deployment, slot, host, container, image id,
        ``build`` (the pipeline build number, or None when no pipeline run
        made that image) and ``also_on``: hosts outside every cluster and
        CI host that store the image (a laptop that built and pushed it).

        Examples
        --------
        >>> import taxonomy as tx
        >>> w = tx.World()
        >>> _ = w.add_cluster("prod", 1)
        >>> _ = w.pull("nginx:1.27")
        >>> _ = w.deploy("nginx:1.27", replicas=1, cluster="prod", name="web")
        >>> [(p["deployment"], p["build"], p["also_on"]) for p in w.provenance("prod")]
        [('web', None, ('laptop',))]
        """
        built = {r["image"]: r["build"] for r in self.pipeline_runs()}
        ci_hosts = {r["host"] for r in self.pipeline_runs()}
        names = [cluster] if cluster is not None else self.clusters()
        out = []
        for cname in names:
            for h in self._cluster(cname)["hosts"]:
                for c in sorted(self._out(ids.host_id(h), "hosts", "container")):
                    d = self.graph.nodes[c]
                    if not d.get("deployment"):
                        continue
                    img = self.graph.nodes[d["image"]]["digest"]
                    also = sorted(self.graph.nodes[u]["name"] for u in self._in(d["image"], "stores", "host")
                                  if not self.graph.nodes[u].get("cluster") and self.graph.nodes[u]["name"] not in ci_hosts)
                    out.append({"deployment": d["deployment"], "slot": d["slot"], "host": h, "container": d["name"],
                                "image": img, "build": built.get(img), "also_on": tuple(also)})
        return sorted(out, key=lambda p: (p["deployment"], p["slot"]))


def _count(replicas) -> int:
    if isinstance(replicas, bool) or not isinstance(replicas, int) or not 0 <= replicas <= 10_000:
        raise InvalidArgument(f"replicas must be a whole number from 0 to 10000, got {replicas!r}")
    return replicas
