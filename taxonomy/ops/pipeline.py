"""The CI pipeline: checkout, build, test, bless and push, on a CI host.

The *outer loop* of an image's life: a CI host builds the image from the repository's files,
tags it with a build number, runs the tests, re-tags it as a *blessed* release and pushes it to
a private registry, from which an orchestrator (:mod:`taxonomy.ops.orchestrator`) deploys it.
Pipeline runs are a graph attribute, so a run is all-or-nothing, undoable and saved with the world.

Examples
--------
>>> import taxonomy as tx
>>> w = tx.World()
>>> commit_id({"Dockerfile": b"FROM alpine:3.20\\n"}) == commit_id({"Dockerfile": b"FROM alpine:3.20\\n"})
True
>>> w.pipeline_runs()
()
"""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import dataclass
from typing import Mapping

from .. import ids, shellwords   # shellwords: shlex.split, linear
from ..content import sha256_digest
from ..errors import BuildError, Conflict, InvalidArgument, InvalidReference
from ..reference import parse_reference
from . import build as _build
from .build import write_files
from .containers import rm, run
from .images import push, tag
from .orchestrator import cluster_spec, clusters

__all__ = ["commit_id", "pipeline", "pipeline_runs", "provenance", "PipelineResult"]

_TAG = re.compile(r"^[\w][\w.-]{0,127}$")


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


def commit_id(files: Mapping[str, bytes]) -> str:
    """A short id of a set of files, like a commit's: the same files always give the same id.

    Examples
    --------
    >>> commit_id({"a.txt": b"1"}) == commit_id({"a.txt": "1"}), len(commit_id({}))
    (True, 12)
    """
    tree = sorted((name, sha256_digest(data.encode() if isinstance(data, str) else bytes(data))) for name, data in files.items())
    return sha256_digest(json.dumps(tree).encode())[7:19]


# -- CI pipeline -------------------------------------------------------
def pipeline_runs(world) -> tuple:
    """Every successful CI run so far: build number, repository, commit, image id, digest, references."""
    return tuple(world.graph.graph.get("pipeline_runs") or ())


def pipeline(world, source, repository: str, *, host: str = "ci", build: int | None = None,
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
    hnode = world.host_node(host)
    try:
        ref = parse_reference(repository)
    except InvalidReference as err:
        raise InvalidArgument(f"invalid repository {repository!r}: {err}") from err
    if ref.digest or ":" in repository.rsplit("/", 1)[-1]:
        raise InvalidArgument(f"give the repository without a tag or digest (e.g. {ref.name!r}); "
                              "the pipeline tags with the build number")
    if not isinstance(blessed, str) or not _TAG.match(blessed):
        raise InvalidArgument(f"invalid tag {blessed!r} for blessed builds")
    files = _pipeline_source(world, source)
    if dockerfile not in files:
        raise BuildError(f"the repository has no {dockerfile}; the CI build needs one (files: "
                         f"{', '.join(sorted(files)) or 'none'})")
    mine = [r["build"] for r in pipeline_runs(world) if r["repository"] == ref.name]
    number = build if build is not None else max(mine, default=0) + 1
    if isinstance(number, bool) or not isinstance(number, int) or number < 1:
        raise InvalidArgument(f"a build number is a positive whole number, got {build!r}")
    if number in mine:
        raise Conflict(f"build {number} of {ref.name} already ran; build numbers are never reused")
    argv = shellwords.split(test) if isinstance(test, str) else [str(a) for a in test]
    if not argv:
        raise InvalidArgument("the test step needs a command, e.g. test='pytest -q'")
    build_ref, blessed_ref = f"{ref.name}:{number}", f"{ref.name}:{blessed}"
    hname = world.graph.nodes[hnode]["name"]
    commit = commit_id(files)
    log = [f"[{hname} #{number}] checkout {commit} ({' '.join(sorted(files))})"]
    with world.journal.transaction(f"pipeline {ref.name} #{number}"):
        world.tick()
        world.journal.set(hnode, "files", {})
        write_files(world, files, host=hname)
        b = _build.build(world, files[dockerfile].decode("utf-8", "replace"), tag=build_ref, context=None, host=hname)
        log.append(f"[{hname} #{number}] $ docker build -t {build_ref} .")
        log += [f"[{hname} #{number}] {line}" for line in b.log if "writing image" in line or "naming to" in line]
        t = run(world, build_ref, argv, host=hname)
        rm(world, t.container, host=hname, force=True)   # what --rm does, once the outcome is known
        log.append(f"[{hname} #{number}] $ docker run --rm {build_ref} {shlex.join(argv)}")
        log += [f"[{hname} #{number}] {line}" for line in t.output.splitlines()]
        if t.state == "running":
            raise BuildError(f"pipeline build {number} failed at the test step: `{shlex.join(argv)}` never exits "
                             "(it is a server, not a test); nothing was pushed")
        if t.exit_code:
            raise BuildError(f"pipeline build {number} failed at the test step: `{shlex.join(argv)}` exited with "
                             f"code {t.exit_code}; nothing was pushed: fix the code or the test and run the "
                             "pipeline again")
        tag(world, build_ref, blessed_ref, host=hname)
        log.append(f"[{hname} #{number}] $ docker tag {build_ref} {blessed_ref}")
        pushed = None
        for r in (build_ref, blessed_ref):
            pushed = push(world, r, host=hname)
            log += [f"[{hname} #{number}] $ docker push {r}",
                    f"[{hname} #{number}] {pushed.tag}: digest: {pushed.digest} size: {pushed.size}"]
        record = {"build": number, "repository": ref.name, "host": hname, "image": b.image,
                  "digest": pushed.digest, "references": (build_ref, blessed_ref),
                  "source": source if isinstance(source, str) else None, "commit": commit}
        world.journal.set_graph("pipeline_runs", pipeline_runs(world) + (record,))
    return PipelineResult(number, b.image, pushed.digest, (build_ref, blessed_ref), t.output, tuple(log))


def _pipeline_source(world, source) -> dict:
    if isinstance(source, str):
        files = _build.files(world, source)
    elif isinstance(source, Mapping):
        files = {k: v.encode() if isinstance(v, str) else bytes(v) for k, v in source.items()}
    else:
        raise InvalidArgument(f"source must be the repository's files (a mapping) or a host name, got {source!r}")
    return files


def provenance(world, cluster: str | None = None) -> list[dict]:
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
    built = {r["image"]: r["build"] for r in pipeline_runs(world)}
    ci_hosts = {r["host"] for r in pipeline_runs(world)}
    names = [cluster] if cluster is not None else clusters(world)
    out = []
    for cname in names:
        for h in cluster_spec(world, cname)["hosts"]:
            for c in sorted(world.out_nodes(ids.host_id(h), "hosts", "container")):
                d = world.graph.nodes[c]
                if not d.get("deployment"):
                    continue
                img = world.graph.nodes[d["image"]]["digest"]
                also = sorted(world.graph.nodes[u]["name"] for u in world.in_nodes(d["image"], "stores", "host")
                              if not world.graph.nodes[u].get("cluster") and world.graph.nodes[u]["name"] not in ci_hosts)
                out.append({"deployment": d["deployment"], "slot": d["slot"], "host": h, "container": d["name"],
                            "image": img, "build": built.get(img), "also_on": tuple(also)})
    return sorted(out, key=lambda p: (p["deployment"], p["slot"]))
