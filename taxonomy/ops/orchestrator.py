"""The orchestrator: clusters of hosts, deployments of replicas, rolling updates, scaling and failover.

An image travels a long road. On the developer's machine (the *inner
loop*) it is built and run, often several services at once with Compose
(:mod:`taxonomy.compose.verbs`).
Then the *outer loop* takes over: a CI host builds the image from the
repository's files, tags it with a build number, runs the tests, re-tags it
as a *blessed* release and pushes it to a private registry; an orchestrator
deploys it from there onto the hosts of a production cluster. The CI pipeline
is :mod:`taxonomy.ops.pipeline`; this module is the orchestrator.

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
import re
from dataclasses import dataclass, field

from .. import ids
from ..errors import Conflict, InvalidArgument, NotFound, PlatformMismatch, Unauthorized
from ..reference import parse_reference
from .containers import remove_container, run
from .images import pull
from .kit import add_host
from .registries import login

__all__ = [
    "clusters", "cluster_hosts", "cluster_spec", "host_up", "add_cluster", "cluster_login", "deployments",
    "replicas", "deployment", "deploy", "rolling_update", "scale", "remove_deployment", "fail_host",
    "recover_host", "Task", "DeployResult",
]

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


class _Probe(Exception):
    """Carries a digest out of a transaction that must be undone (a registry look-up)."""


def _task_id(seed: str) -> str:
    """A Swarm-style task id: 25 lowercase letters and digits, derived from ``seed``."""
    return "".join(_BASE36[b % 36] for b in hashlib.sha256(seed.encode()).digest()[:25])


# -- clusters --------------------------------------------------------
def _clusters(world) -> dict:
    return world.graph.graph.get("clusters") or {}


def _deployments(world) -> dict:
    return world.graph.graph.get("deployments") or {}


def clusters(world) -> list[str]:
    """Names of the clusters, sorted."""
    return sorted(_clusters(world))


def cluster_hosts(world, cluster: str) -> list[str]:
    """Names of a cluster's hosts, sorted.

    Raises
    ------
    NotFound
    """
    return list(cluster_spec(world, cluster)["hosts"])


def cluster_spec(world, cluster: str) -> dict:
    spec = _clusters(world).get(cluster)
    if spec is None:
        raise NotFound(f"no such cluster: {cluster!r}; the clusters are: {', '.join(clusters(world)) or 'none'}"
                       " (add one with world.add_cluster('prod', 3))")
    return spec


def host_up(world, host: str) -> bool:
    """Whether a host is up (``fail_host`` takes it down, ``recover_host`` brings it back)."""
    return world.graph.nodes[world.host_node(host)].get("state", "up") != "down"


def add_cluster(world, name: str, hosts=3, *, location: str | None = None,
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
    if name in _clusters(world):
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
        if node in world.graph and world.graph.nodes[node].get("cluster"):
            raise Conflict(f"host {h!r} is already in cluster {world.graph.nodes[node]['cluster']!r}; "
                           "a host belongs to one cluster")
    default = world.default_host
    try:
        with world.journal.transaction(f"add cluster {name}"):
            for h in names:
                if ids.host_id(h) not in world.graph:
                    add_host(world, h, platform=platform, location=location)
                world.journal.set(ids.host_id(h), "cluster", name)
                world.journal.set(ids.host_id(h), "state", "up")
            clusters = dict(_clusters(world))
            clusters[name] = {"location": location, "hosts": tuple(sorted(names))}
            world.journal.set_graph("clusters", clusters)
    except BaseException:
        world.default_host = default
        raise
    return sorted(names)


def cluster_login(world, cluster: str, registry: str, username: str, password: str) -> str:
    """Log every host of a cluster in to a registry (what a Kubernetes image pull secret does).

    Raises
    ------
    NotFound, Unauthorized
    """
    hosts = cluster_hosts(world, cluster)
    with world.journal.transaction(f"cluster login {cluster} {registry}"):
        for h in hosts:
            login(world, registry, username, password, host=h)
    return "Login Succeeded"


# -- deployments ---------------------------------------------------------
def deployments(world) -> list[str]:
    """Names of the deployments, sorted."""
    return sorted(_deployments(world))


def _deployment(world, name: str) -> dict:
    dep = _deployments(world).get(name)
    if dep is None:
        raise NotFound(f"No such service: {name}")
    return dep


def replicas(world, deployment: str) -> list[Task]:
    """The replicas of a deployment, by slot.

    Raises
    ------
    NotFound
        ``No such service: …``.
    """
    dep = _deployment(world, deployment)
    out = []
    for h in cluster_spec(world, dep["cluster"])["hosts"]:
        hnode = ids.host_id(h)
        for c in world.out_nodes(hnode, "hosts", "container"):
            d = world.graph.nodes[c]
            if d.get("deployment") == deployment:
                out.append(Task(deployment, d["slot"], h, d["name"]))
    return sorted(out, key=lambda t: t.slot)


def deployment(world, name: str) -> dict:
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
    dep = dict(_deployment(world, name))
    tasks = replicas(world, name)
    placement: dict = {}
    for t in tasks:
        placement[t.host] = placement.get(t.host, 0) + 1
    dep["placement"] = dict(sorted(placement.items()))
    dep["running"] = sum(1 for t in tasks
                         if world.graph.nodes[ids.container_id(t.host, t.container)]["state"] == "running")
    dep["pending"] = max(dep["replicas"] - len(tasks), 0)
    return dep


def _resolve_digest(world, ref, cluster: str) -> str:
    """Ask the registry what a reference names, as a Swarm manager does, without changing any host.

    The look-up is a pull on a cluster host inside a transaction that is
    then undone, so auth, platform and "not found" errors are the pull's.
    """
    if ref.digest:
        return ref.digest
    ups = [h for h in cluster_spec(world, cluster)["hosts"] if host_up(world, h)]
    if not ups:
        raise Conflict(f"no suitable node: every host of cluster {cluster!r} is down; bring one back with "
                       "world.recover_host(...)")
    mismatch = None
    for h in ups:
        try:
            with world.journal.transaction("resolve digest"):
                raise _Probe(pull(world, str(ref), host=h).digest)
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


def _start_task(world, name: str, dep: dict, slot: int, host: str) -> tuple:
    seq = world.next_seq()
    cname = f"{name}.{slot}.{_task_id(f'{name}/{slot}/{seq}')}"
    r = run(world, dep["pinned"], list(dep["command"]) if dep["command"] else None, host=host, name=cname,
                 detach=True, env=dep["env"])
    node = ids.container_id(host, cname)
    world.journal.set(node, "deployment", name)
    world.journal.set(node, "slot", slot)
    return Task(name, slot, host, cname), r.pull is not None


def _converge(world, name: str, started=(), removed=(), pulled=()) -> DeployResult:
    """Make the replicas match the deployment: remove extra slots, place missing ones by spread."""
    dep = _deployment(world, name)
    hosts = cluster_spec(world, dep["cluster"])["hosts"]
    started, removed, pulled = list(started), list(removed), dict.fromkeys(pulled)
    by_slot = {t.slot: t for t in replicas(world, name)}
    for slot in sorted((s for s in by_slot if s > dep["replicas"]), reverse=True):
        t = by_slot.pop(slot)
        remove_container(world, ids.container_id(t.host, t.container), remove_anonymous=True)
        removed.append(t)
    missing = [s for s in range(1, dep["replicas"] + 1) if s not in by_slot]
    pending = 0
    if missing:
        mine = {h: 0 for h in hosts}
        for t in by_slot.values():
            mine[t.host] += 1
        heap = []
        for h in hosts:
            if host_up(world, h):
                load = sum(1 for c in world.out_nodes(ids.host_id(h), "hosts", "container")
                           if world.graph.nodes[c]["state"] == "running")
                heap.append((mine[h], load, h))
        heapq.heapify(heap)
        for slot in missing:
            while heap:
                count, load, h = heapq.heappop(heap)
                try:
                    with world.journal.transaction("start task"):
                        task, did_pull = _start_task(world, name, dep, slot, h)
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
    for t in replicas(world, name):
        placement[t.host] = placement.get(t.host, 0) + 1
    return DeployResult(name, dep["pinned"], tuple(started), tuple(removed), tuple(sorted(pulled)), pending,
                        dict(sorted(placement.items())))


def _set_deployment(world, name: str, dep: dict | None):
    deps = dict(_deployments(world))
    if dep is None:
        deps.pop(name, None)
    else:
        deps[name] = dep
    world.journal.set_graph("deployments", deps)


def _pinned(ref, digest: str) -> str:
    return f"{ref.name}:{ref.tag}@{digest}" if ref.tag else f"{ref.name}@{digest}"


def deploy(world, image: str, replicas: int = 1, cluster: str | None = None, *, name: str | None = None,
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
    cluster_spec(world, cluster)
    ref = parse_reference(image)
    name = name if name is not None else ref.path.split("/")[-1]
    if not isinstance(name, str) or not _NAME.match(name):
        raise InvalidArgument(f"invalid deployment name {name!r}: use lowercase letters, digits, '-' or '_'")
    if name in _deployments(world):
        raise Conflict(f"rpc error: code = AlreadyExists desc = name conflicts with an existing object: service "
                       f"{name} already exists (change it with world.rolling_update or world.scale)")
    replicas = _count(replicas)
    with world.journal.transaction(f"deploy {name}"):
        world.tick()
        digest = _resolve_digest(world, ref, cluster)
        _set_deployment(world, name, {
            "image": f"{ref.name}:{ref.tag}" if ref.tag else ref.name, "digest": digest,
            "pinned": _pinned(ref, digest), "replicas": replicas, "cluster": cluster, "revision": 1,
            "previous": None, "command": tuple(command) if command else None, "env": tuple(env)})
        return _converge(world, name)


def rolling_update(world, deployment: str, image: str) -> DeployResult:
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
    dep = dict(_deployment(world, deployment))
    ref = parse_reference(image)
    with world.journal.transaction(f"rolling update {deployment}"):
        world.tick()
        digest = _resolve_digest(world, ref, dep["cluster"])
        pinned = _pinned(ref, digest)
        if pinned == dep["pinned"]:
            return _converge(world, deployment)
        dep.update(previous=(dep["image"], dep["digest"]), image=f"{ref.name}:{ref.tag}" if ref.tag else ref.name,
                   digest=digest, pinned=pinned, revision=dep["revision"] + 1)
        _set_deployment(world, deployment, dep)
        started, removed, pulled = [], [], []
        for old in replicas(world, deployment):
            remove_container(world, ids.container_id(old.host, old.container), remove_anonymous=True)
            removed.append(old)
            task, did_pull = _start_task(world, deployment, dep, old.slot, old.host)
            started.append(task)
            if did_pull:
                pulled.append(old.host)
        return _converge(world, deployment, started, removed, pulled)


def scale(world, deployment: str, replicas: int) -> DeployResult:
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
    dep = dict(_deployment(world, deployment))
    dep["replicas"] = _count(replicas)
    with world.journal.transaction(f"scale {deployment}={dep['replicas']}"):
        world.tick()
        _set_deployment(world, deployment, dep)
        return _converge(world, deployment)


def remove_deployment(world, deployment: str) -> list[str]:
    """Remove a deployment and its replicas (``docker service rm``); return the containers removed."""
    tasks = replicas(world, deployment)
    with world.journal.transaction(f"remove deployment {deployment}"):
        world.tick()
        for t in tasks:
            remove_container(world, ids.container_id(t.host, t.container), remove_anonymous=True)
        _set_deployment(world, deployment, None)
    return [t.container for t in tasks]


def fail_host(world, host: str) -> dict:
    """A cluster host goes down: its replicas are started on the other hosts, which may have to pull.

    Returns a :class:`DeployResult` per deployment that had replicas there.

    Raises
    ------
    NotFound, InvalidArgument, Conflict
        Unknown host, a host in no cluster, a host already down.
    """
    hnode = world.host_node(host)
    d = world.graph.nodes[hnode]
    if not d.get("cluster"):
        raise InvalidArgument(f"host {host!r} is in no cluster; fail_host models an orchestrated node failing")
    if d.get("state") == "down":
        raise Conflict(f"host {host!r} is already down; bring it back with world.recover_host({host!r})")
    lost: dict = {}
    with world.journal.transaction(f"fail host {host}"):
        world.tick()
        world.journal.set(hnode, "state", "down")
        for c in list(world.out_nodes(hnode, "hosts", "container")):
            cd = world.graph.nodes[c]
            if cd.get("deployment"):
                lost.setdefault(cd["deployment"], []).append(Task(cd["deployment"], cd["slot"], host, cd["name"]))
                remove_container(world, c, remove_anonymous=True)
        return {name: _converge(world, name, removed=sorted(tasks, key=lambda t: t.slot))
                for name, tasks in sorted(lost.items())}


def recover_host(world, host: str) -> dict:
    """Bring a failed host back; replicas still waiting for a host are placed (no rebalancing, as in Swarm)."""
    hnode = world.host_node(host)
    d = world.graph.nodes[hnode]
    if d.get("state") != "down":
        raise Conflict(f"host {host!r} is not down")
    with world.journal.transaction(f"recover host {host}"):
        world.tick()
        world.journal.set(hnode, "state", "up")
        out = {}
        for name, dep in sorted(_deployments(world).items()):
            if dep["cluster"] == d["cluster"] and len(replicas(world, name)) < dep["replicas"]:
                out[name] = _converge(world, name)
        return out


def _count(replicas) -> int:
    if isinstance(replicas, bool) or not isinstance(replicas, int) or not 0 <= replicas <= 10_000:
        raise InvalidArgument(f"replicas must be a whole number from 0 to 10000, got {replicas!r}")
    return replicas
