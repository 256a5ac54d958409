"""Building images from Dockerfiles: ``world.build`` and ``docker build``.

Each filesystem-changing instruction (``RUN``, ``COPY``, ``ADD``) makes one
layer with real, deterministic bytes: ``COPY`` and ``ADD`` carry the copied
files; ``RUN`` carries a short text that describes the command and a
nominal size from :mod:`taxonomy.dockerfile.runsize`. Every other instruction
changes only the image config and shows in ``docker history`` as an empty
layer. The build cache works as Docker's: an unchanged instruction on an
unchanged parent (and, for ``COPY``, unchanged files) reuses its layer and
is logged ``CACHED``; a change invalidates that step and every later one.

Examples
--------
>>> import taxonomy as tx
>>> w = tx.World()
>>> r = w.build("FROM alpine:3.20\\nCOPY app.py /app/\\nCMD [\\"python\\", \\"/app/app.py\\"]",
...             tag="app:1", context={"app.py": "print('hi')\\n"})
>>> r.log[-2]
'#6 naming to docker.io/library/app:1 done'
>>> [s.cached for s in w.build("FROM alpine:3.20\\nCOPY app.py /app/", context={"app.py": "print('hi')\\n"}).steps]
[True]
"""

from __future__ import annotations

import dataclasses
import json
import os
import posixpath
from dataclasses import dataclass, field
from typing import Mapping

from .. import ids
from .. import platforms as _platforms
from ..content import FileEntry, Layer, chain_ids, sha256_digest
from ..errors import BuildError, InvalidReference, TaxonomyError
from ..reference import parse_reference
from .images import check_push_rights, remote_image, pull, push
from .store import ensure_image, ensure_repository, set_host_tag, set_registry_tag, store_in_repository, store_on_host

__all__ = ["write_files", "files", "build", "BuildResult", "BuildStep"]

_CREATED = "2025-07-01T00:00:00Z"  # builds are reproducible: a fixed SOURCE_DATE_EPOCH


@dataclass(frozen=True)
class BuildStep:
    """One logged step: its stage, text, whether it was cached, and its layer (if any)."""

    stage: str
    text: str
    cached: bool
    layer: str | None = None
    nominal_size: int = 0


@dataclass(frozen=True)
class BuildResult:
    """What a build made: the image id, its names, the step log and the steps."""

    image: str
    tags: tuple
    log: tuple
    steps: tuple
    index: str | None = None    #: the image index's digest, for a multi-platform build

    @property
    def output(self) -> str:
        """The log as one text, as ``docker build`` prints it."""
        return "\n".join(self.log) + "\n"


@dataclass
class _State:
    layers: list = field(default_factory=list)   # (Layer, nominal, created_by)
    history: list = field(default_factory=list)
    config: dict = field(default_factory=dict)
    files: dict = field(default_factory=dict)    # path -> FileEntry (union filesystem)
    base_node: str | None = None
    platform: str = "linux/amd64"
    run_outputs: list = field(default_factory=list)  # (RUN text, nominal size, workdir)


def write_files(world, files: Mapping[str, str | bytes], host: str | None = None) -> list[str]:
    """Write files into a host's working directory (what ``docker build .`` sees); return their names.

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> w.write_files({"Dockerfile": "FROM alpine:3.20\\n", "app.py": "print(1)\\n"})
    ['Dockerfile', 'app.py']
    """
    from ..dockerfile.context import _clean
    hnode = world.host_node(host)
    merged = dict(world.graph.nodes[hnode]["files"])
    for name, data in files.items():
        rel = _clean(name)
        if rel is None:
            raise BuildError(f"invalid context file name {name!r}: give a relative path inside the context")
        try:
            merged[rel] = data.encode() if isinstance(data, str) else bytes(data)
        except UnicodeEncodeError as err:   # a lone surrogate: not text any file can hold
            raise BuildError(f"file {name!r} is not valid text: {data[err.start]!r} (a lone surrogate) at "
                             f"character {err.start}; remove it") from None
        except TypeError:
            raise BuildError(f"file {name!r} must be text or bytes, not {type(data).__name__}") from None
    with world.journal.transaction("write files"):
        world.journal.set(hnode, "files", merged)
    return sorted(merged)


def files(world, host: str | None = None) -> dict:
    """A copy of a host's working files (name to bytes)."""
    return dict(world.graph.nodes[world.host_node(host)]["files"])


def build(world, dockerfile: str, tag=None, context=None, host: str | None = None, target: str | None = None,
          build_args: Mapping[str, str] | None = None, no_cache: bool = False, platform=None,
          push: bool = False) -> BuildResult:
    """Build an image from a Dockerfile and return the result with its BuildKit-style log.

    Parameters
    ----------
    dockerfile : str
        The Dockerfile's text.
    tag : str or sequence of str, optional
        Names for the image (``-t``).
    context : path, mapping or None
        A real directory, a mapping of file names to contents, or None
        for the host's working files.
    target : str, optional
        Build up to this stage (``--target``).
    build_args : mapping, optional
        ``--build-arg`` values.
    no_cache : bool
        Ignore the build cache.
    platform : str or sequence of str, optional
        The platform(s) to build for (``--platform linux/amd64,linux/arm64``);
        the host's platform by default. Several platforms need ``push``:
        each is built from its base image's matching variant and the tags
        become an image index in the registry, as ``docker buildx build
        --platform … --push`` does.
    push : bool
        Push the result to the registry its tags name (``--push``).

    Raises
    ------
    BuildError
        A malformed Dockerfile (line number and problem), a missing base
        image or file, a path outside the context, ``ADD`` of a URL.
    """
    from ..dockerfile import parse_dockerfile
    from ..dockerfile.context import Context
    hnode = world.host_node(host)
    tags = [tag] if isinstance(tag, str) else list(tag or [])
    refs = []
    for t in tags:
        try:
            ref = parse_reference(t)
        except InvalidReference as err:
            raise BuildError(f'invalid tag "{t}": {err}') from err
        if ref.digest:
            raise BuildError(f'invalid tag "{t}": a tag cannot hold a digest')
        refs.append(ref)
    if context is None:
        ctx = Context.from_mapping(world.graph.nodes[hnode]["files"], world.context_digests)
    elif isinstance(context, Mapping):
        ctx = Context.from_mapping(context, world.context_digests)
    else:
        ctx = Context.from_directory(os.fspath(context), world.context_digests)
    wanted = platform.split(",") if isinstance(platform, str) else list(platform or [])
    try:
        plats = list(dict.fromkeys(_platforms.normalize(p) for p in wanted)) or [
            _platforms.normalize(world.graph.nodes[hnode]["platform"])]
    except TaxonomyError as err:
        raise BuildError(str(err)) from err
    if len(plats) > 1 and not push:
        raise BuildError("docker exporter does not currently support exporting manifest lists; add --push to push "
                         "an image index to a registry, or build one --platform at a time")
    if push and not refs:
        raise BuildError("tag is needed when pushing to registry; name the image with -t REGISTRY/NAME:TAG")
    dfs = []
    for p in plats:
        df = parse_dockerfile(dockerfile, build_args or {}, platform=p)
        dfs.append(df.target(target) if target else df)
    with world.journal.transaction(f"build {' '.join(t for t in tags) or ''}".strip()):
        world.tick()
        if len(plats) == 1:
            r = _Builder(world, hnode, dfs[0], ctx, refs, build_args or {}, no_cache, dockerfile, plats[0]).run()
            return _push_built(world, r, hnode) if push else r
        return _build_index(world, hnode, dfs, ctx, refs, build_args or {}, no_cache, dockerfile, plats)


def _push_built(world, r: BuildResult, hnode: str) -> BuildResult:
    lines = []
    for ref in r.tags:
        pushed = push(world, ref, host=world.graph.nodes[hnode]["name"])
        lines.append(f"pushing {ref} with docker")
        lines += [f"pushing layer {l.digest[7:19]} {l.status.lower()}" for l in pushed.layers]
        lines.append(f"pushing manifest for {ref}@{pushed.digest} done")
    n = int(r.log[-1].split()[0][1:]) + 1
    log = r.log + ("",) + tuple(f"#{n} {l}" for l in lines) + (f"#{n} DONE 0.0s",)
    return dataclasses.replace(r, log=log)


def _build_index(world, hnode, dfs, ctx, refs, build_args, no_cache, text, plats) -> BuildResult:
    log, steps, images, n = [], [], [], 0
    for i, (df, p) in enumerate(zip(dfs, plats)):
        b = _Builder(world, hnode, df, ctx, refs, build_args, no_cache, text, p, remote=True, first=(i == 0), start=n)
        r = b.run()
        log += [l for l in r.log if l != "#0 building with \"default\" instance using docker driver" or i == 0]
        steps += r.steps
        images.append(ids.image_id(r.image))
        n = b.n
    for ref in refs:
        check_push_rights(world, hnode, ref)
    n += 1
    lines = ["exporting layers done"]
    index = None
    for ref in refs:
        rnode = ids.registry_id(ref.domain)
        repo = ensure_repository(world, rnode, ref.name)
        variants = []
        for img in images:
            store_in_repository(world, repo, img)
            d = world.graph.nodes[img]
            lines.append(f"exporting manifest {d['manifest_digest']} done")
            lines.append(f"exporting config {d['digest']} done")
            variants.append((d["platform"], d["manifest_digest"], d["manifest_size"],
                             tuple(world.graph.nodes[ids.layer_id(x)]["nominal_size"] for x in d["layers"])))
        set_registry_tag(world, repo, ref.tag, images[0], variants=tuple(variants), as_index=True)
        index = world.graph.nodes[ids.tag_id(f"{ref.name}:{ref.tag}")]["index"]
        lines.append(f"exporting manifest list {index} done")
        lines.append(f"pushing layers done")
        lines.append(f"pushing manifest for {ref.name}:{ref.tag}@{index} done")
    while log and log[-1] == "":
        log.pop()
    log += ["", f"#{n} exporting to image"] + [f"#{n} {l}" for l in lines] + [f"#{n} DONE 0.0s"]
    own = _platforms.normalize(world.graph.nodes[hnode]["platform"])
    chosen = next((img for img, p in zip(images, plats) if p == own), images[0])
    return BuildResult(world.graph.nodes[chosen]["digest"], tuple(f"{r.name}:{r.tag}" for r in refs),
                       tuple(log), tuple(steps), index)


class _Builder:
    def __init__(self, world, hnode, df, ctx, refs, build_args, no_cache, text, platform=_platforms.DEFAULT, *,
                 remote=False, first=True, start=0):
        self.w, self.hnode, self.df, self.ctx, self.refs = world, hnode, df, ctx, refs
        self.build_args, self.no_cache, self.text = build_args, no_cache, text
        self.platform, self.remote, self.first = platform, remote, first
        self.prefix = f"{_platforms.display(platform)} " if remote else ""   # BuildKit names the platform in multi-platform logs
        self.log, self.steps, self.n = [], [], start
        self.cache = dict(world.graph.nodes[hnode].get("build_cache") or {})
        self.new_cache = dict(self.cache)

    def step(self, title, lines=(), cached=False):
        self.n += 1
        self.log.append(f"#{self.n} {title}")
        if cached:
            self.log.append(f"#{self.n} CACHED")
        else:
            self.log += [f"#{self.n} {l}" for l in lines]
            self.log.append(f"#{self.n} DONE 0.0s")
        self.log.append("")

    def run(self) -> BuildResult:
        stages = self.df.stages
        needed = self._needed(stages)
        if self.first:
            self.log.append('#0 building with "default" instance using docker driver')
            self.log.append("")
            self.step("[internal] load build definition from Dockerfile", [f"transferring dockerfile: {len(self.text.encode())}B done"])
        for s in stages:
            if s.index in needed and s.base_stage is None and s.base != "scratch":
                self.step(f"[{_platforms.display(self.platform)}] " * bool(self.remote) + f"[internal] load metadata for {self._full(s.base)}")
        if self.first:
            self.step("[internal] load .dockerignore", [f"transferring context: {len(self.ctx.read('.dockerignore')) if '.dockerignore' in self.ctx.files else 0}B done"])
        built: dict[int, _State] = {}
        for s in stages:
            if s.index in needed:
                built[s.index] = self._stage(s, built)
        final = built[stages[-1].index]
        return self._export(final, stages[-1])

    def _full(self, text):
        try:
            return str(parse_reference(text))
        except InvalidReference as err:
            raise BuildError(f"failed to parse stage name \"{text}\": {err}") from err

    def _needed(self, stages):
        names = {s.name: s.index for s in stages if s.name}
        need, todo = set(), [stages[-1].index]
        while todo:
            i = todo.pop()
            if i in need:
                continue
            need.add(i)
            s = stages[i]
            if s.base_stage is not None:
                todo.append(s.base_stage)
            for inst in s.instructions:
                if inst.cmd in ("COPY", "ADD"):
                    frm = inst.flag_values.get("from")
                    if isinstance(frm, str):
                        if frm.lower() in names:
                            todo.append(names[frm.lower()])
                        elif frm.isdigit() and int(frm) < i:
                            todo.append(int(frm))
        return need

    def _steps_of(self, s):
        return 1 + sum(1 for i in s.instructions if i.cmd in ("RUN", "COPY", "ADD", "WORKDIR"))

    def _stage(self, s, built) -> _State:
        w = self.w
        st = _State()
        label = self.prefix + (f"{s.name} " if s.name else ("" if len(self.df.stages) == 1 else f"stage-{s.index} "))
        k = 1
        if s.base_stage is not None:
            base = built[s.base_stage]
            st.layers, st.history, st.config = list(base.layers), list(base.history), dict(base.config)
            st.files, st.base_node = dict(base.files), base.base_node
            st.run_outputs = list(base.run_outputs)
            from_title = f"FROM {s.base}"
        elif s.base == "scratch":
            from_title = "FROM scratch"
        else:
            ref = parse_reference(s.base)
            try:
                img = self._base_image(s.base)
            except TaxonomyError as err:
                raise BuildError(f"{ref.familiar}: failed to resolve source metadata for {ref}: {err}") from err
            d = w.graph.nodes[img]
            st.base_node = img
            raw = json.loads(w.blobs[d["digest"]])
            st.config = dict(raw.get("config") or {})
            st.history = [dict(h) for h in raw.get("history", [])]
            for digest in d["layers"]:
                ln = w.graph.nodes[ids.layer_id(digest)]
                layer = Layer(tar=b"", blob=w.blobs[digest], digest=digest, diff_id=ln["diff_id"])
                st.layers.append((layer, ln["nominal_size"], ln["created_by"]))
                st.files.update(w.layer_files(digest))
            from_title = f"FROM {ref}@{d['manifest_digest']}"
        s, triggers = self._with_triggers(s, st)
        total = self._steps_of(s)
        self.step(f"[{label}{k}/{total}] {from_title}")
        env = dict(e.split("=", 1) for e in st.config.get("Env") or [] if "=" in e)
        workdir = st.config.get("WorkingDir") or "/"
        shell = tuple(st.config.get("Shell") or ("/bin/sh", "-c"))
        invalid = self.no_cache
        for inst, exp in self.df.expand(s, env=env, workdir=workdir, shell=shell):
            cmd = inst.cmd
            st.config["Env"] = [f"{a}={b}" for a, b in exp.env.items()]
            if exp.workdir and exp.workdir != "/":
                st.config["WorkingDir"] = exp.workdir
            if cmd in ("RUN", "COPY", "ADD", "WORKDIR"):
                k += 1
                shown = f"ONBUILD {cmd}" if inst in triggers else cmd
                title = f"[{label}{k}/{total}] {shown} {_display(inst)}"
                if cmd == "WORKDIR":
                    st.history.append({"created": _CREATED, "created_by": f"WORKDIR {exp.workdir}", "comment": "buildkit.dockerfile.v0", "empty_layer": True})
                    self.step(title)
                    continue
                parent = chain_ids([l.diff_id for l, _, _ in st.layers])[-1] if st.layers else "scratch"
                entries, nominal, created_by, key_extra = self._fs_change(inst, exp, st, built, parent)
                key = sha256_digest(json.dumps([parent, created_by, key_extra]).encode())
                layer = None if invalid else self._cached_layer(self.cache.get(key))
                cached = layer is not None
                if not cached:
                    invalid = invalid or key not in self.cache
                    layer = Layer.from_files(entries)
                    # Kept even for earlier stages, whose layers no image lists: the cache reuses them.
                    w.blobs.setdefault(layer.digest, layer.blob)
                st.files.update((e.path, e) for e in entries)
                self.new_cache[key] = layer.digest
                st.layers.append((layer, nominal, created_by))
                st.history.append({"created": _CREATED, "created_by": created_by, "comment": "buildkit.dockerfile.v0"})
                self.steps.append(BuildStep(s.display_name, f"{cmd} {_display(inst)}", cached, layer.digest, nominal))
                self.step(title, cached=cached)
                continue
            self._config_change(inst, exp, st)
            st.history.append({"created": _CREATED, "created_by": f"{cmd} {_display(inst)}",
                               "comment": "buildkit.dockerfile.v0", "empty_layer": True})
        return st

    def _cached_layer(self, digest):
        """The layer a cache entry names, if this world still holds its bytes."""
        w = self.w
        if digest is None or digest not in w.blobs:
            return None
        node = ids.layer_id(digest)
        if node in w.graph:
            diff_id = w.graph.nodes[node]["diff_id"]
        else:   # a layer of an earlier stage: its diff_id is the digest of its tar
            import gzip
            diff_id = sha256_digest(gzip.decompress(w.blobs[digest]))
        return Layer(tar=b"", blob=w.blobs[digest], digest=digest, diff_id=diff_id)

    def _with_triggers(self, s, st):
        """The stage with its base image's ONBUILD triggers first, as BuildKit runs them.

        The triggers run right after ``FROM``, in the order they were declared,
        and are not passed on: the new image's config has no ``OnBuild``.
        """
        texts = st.config.pop("OnBuild", None) or []
        if not texts:
            return s, ()
        from ..dockerfile.dockerfile import parse_instruction
        triggers = []
        for text in texts:
            try:
                inst = parse_instruction(text)
            except BuildError as err:
                raise BuildError(f"failed to process ONBUILD trigger {text!r} of base image {s.base}: {err}") from err
            triggers.append(inst)
        s = dataclasses.replace(s, instructions=tuple(triggers) + tuple(s.instructions))
        return s, tuple(triggers)

    def _fs_change(self, inst, exp, st, built, parent):
        cmd = inst.cmd
        if cmd == "RUN":
            from ..dockerfile.runsize import estimate_run
            argv = exp.argv or ()
            text = argv[-1] if len(argv) >= 3 and argv[1] == "-c" else " ".join(argv)
            created_by = f"RUN {text}" if not inst.json_form else f"RUN {json.dumps(list(argv))}"
            nominal = estimate_run(text)
            body = (f"{created_by}\nran on top of: {parent}\nnominal_size: {nominal}\n"
                    "The explorer does not run programs: this file stands in for what the command would add.\n")
            path = f"var/lib/taxonomy/run/{sha256_digest((parent + created_by).encode())[7:19]}.txt"
            st.run_outputs.append((text, nominal, st.config.get("WorkingDir") or "/"))
            return [FileEntry(path, body.encode())], nominal, created_by, ""
        # COPY / ADD
        raw_dest = exp.dest or "."
        workdir = st.config.get("WorkingDir") or "/"
        dest_is_dir = raw_dest.endswith("/") or raw_dest in (".", "..") or raw_dest.endswith("/.")
        dest = posixpath.normpath(raw_dest if raw_dest.startswith("/") else posixpath.join(workdir, raw_dest))
        if dest_is_dir:
            dest = dest.rstrip("/") + "/"
        uid = gid = 0
        chown = exp.flags.get("chown") if isinstance(exp.flags, dict) else None
        if isinstance(chown, str) and chown:
            u, _, g = chown.partition(":")
            uid = int(u) if u.isdigit() else (0 if u == "root" else 1000)
            gid = int(g) if g.isdigit() else (uid if not g else (0 if g == "root" else 1000))
        srcs = [(src.kind, src.path, src.content) for src in exp.sources]
        many = len(srcs) > 1 or dest.endswith("/")
        entries, digests = [], []
        placeholder_nominal = 0
        for kind, path, content in srcs:
            if kind in ("url", "git"):
                raise BuildError(f"{cmd} {path}: ADD from a URL is not available offline; download the file into "
                                 "the build context and COPY it")
            if kind == "heredoc":
                target = posixpath.join(dest, path) if many or dest.endswith("/") else dest
                entries.append(FileEntry(target, (content or "").encode(), 0o644, uid=uid, gid=gid))
                digests.append(sha256_digest((content or "").encode()))
                continue
            if exp.from_stage is not None or exp.from_image is not None:
                files = built[exp.from_stage].files if exp.from_stage is not None else self._image_files(exp.from_image)
                want = posixpath.normpath("/" + path).lstrip("/")
                hits = [(p, e) for p, e in files.items() if p == want or p.startswith(want + "/") or not want]
                if not hits and exp.from_stage is not None and built[exp.from_stage].run_outputs:
                    # The model runs no programs, so a RUN's outputs do not exist: copy an honest placeholder.
                    runs = built[exp.from_stage].run_outputs
                    nominal = _made_under("/" + want, runs)
                    body = (f"placeholder for /{want}, made by RUN steps of stage {exp.from_stage}, which the explorer "
                            f"does not run\nnominal_size: {nominal}\n").encode()
                    hits = [(f"{want}/.taxonomy-placeholder" if want else ".taxonomy-placeholder", FileEntry("x", body))]
                    placeholder_nominal += nominal - len(body)   # the layer stands for the outputs, not the note
                if not hits:
                    raise BuildError(f'{cmd} --from: failed to calculate checksum of ref: "/{want}": not found')
                for p, e in sorted(hits):
                    rel = posixpath.basename(p) if p == want else p[len(want) + 1:] if want else p
                    target = posixpath.join(dest, rel) if (many or p != want or dest.endswith("/")) else dest
                    entries.append(FileEntry(target, e.data, e.mode, e.kind, e.target, uid or e.uid, gid or e.gid))
                    digests.append(sha256_digest(e.data))
                continue
            matched = self.ctx.match(path, f"{cmd} {path}")
            single = len(matched) == 1 and matched[0][1] == posixpath.basename(matched[0][0]) and not any(c in path for c in "*?[")
            for p, rel in matched:
                target = dest if (single and not many and not dest.endswith("/")) else posixpath.join(dest, rel)
                digests.append(self.ctx.digest(p))
                entries.append(FileEntry(target, self.ctx.read(p), 0o644, uid=uid, gid=gid))
        created_by = f"{cmd} {_display(inst)}"
        nominal = sum(len(e.data) for e in entries) + placeholder_nominal
        return entries, nominal, created_by, digests

    def _image_files(self, text):
        w = self.w
        img = self._base_image(text)
        files = {}
        for d in w.graph.nodes[img]["layers"]:
            files.update(w.layer_files(d))
        return files

    def _config_change(self, inst, exp, st):
        c, cfg = inst.cmd, st.config
        if c == "LABEL":
            labels = dict(cfg.get("Labels") or {})
            labels.update({k: v for k, v in exp.pairs})
            cfg["Labels"] = labels
        elif c == "USER":
            cfg["User"] = exp.args[0] if exp.args else ""
        elif c == "EXPOSE":
            ports = dict(cfg.get("ExposedPorts") or {})
            ports.update({p: {} for p in exp.ports})
            cfg["ExposedPorts"] = ports
        elif c == "VOLUME":
            vols = dict(cfg.get("Volumes") or {})
            vols.update({v: {} for v in exp.args})
            cfg["Volumes"] = vols
        elif c == "CMD":
            cfg["Cmd"] = list(exp.argv or ())
        elif c == "ENTRYPOINT":
            cfg["Entrypoint"] = list(exp.argv or ())
            cfg.pop("Cmd", None)
        elif c == "HEALTHCHECK" and exp.healthcheck is not None:
            h = exp.healthcheck
            cfg["Healthcheck"] = {k: v for k, v in {"Test": list(h.test), "Interval": h.interval, "Timeout": h.timeout,
                                                    "StartPeriod": h.start_period, "Retries": h.retries}.items() if v}
        elif c == "SHELL":
            cfg["Shell"] = list(exp.argv or inst.args)
        elif c == "STOPSIGNAL":
            cfg["StopSignal"] = exp.args[0] if exp.args else ""
        elif c == "ONBUILD":
            cfg["OnBuild"] = list(cfg.get("OnBuild") or []) + [inst.args[0] if inst.args else ""]

    def _base_image(self, text: str) -> str:
        """The image ``FROM``/``COPY --from`` names, for this build's platform.

        A local image of the right platform is used; otherwise it is pulled
        for the platform (which moves the host's tag, as ``docker build
        --platform`` does). A multi-platform build reads bases straight from
        the registry and leaves the host's images alone.
        """
        w = self.w
        hname = w.graph.nodes[self.hnode]["name"]
        if self.remote:
            return remote_image(w, self.hnode, parse_reference(text), self.platform)[1]
        try:
            img = w.resolve_local_image(text, self.hnode)
            if _platforms.matches(w.graph.nodes[img]["platform"], self.platform):
                return img
        except TaxonomyError:
            pass
        pull(w, text, host=hname, platform=self.platform)
        return w.resolve_local_image(text, self.hnode)

    def _export(self, st: _State, stage) -> BuildResult:
        w = self.w
        st.platform = self.platform
        img = ensure_image(w, st.layers, config=st.config, history=st.history, created=_CREATED,
                              platform=st.platform, base=st.base_node)
        if self.remote:   # pushed as part of an index by the caller
            digest = w.graph.nodes[img]["digest"]
            if self.new_cache != self.cache:
                w.journal.set(self.hnode, "build_cache", self.new_cache)
            return BuildResult(digest, (), tuple(self.log), tuple(self.steps))
        store_on_host(w, self.hnode, img)
        digest = w.graph.nodes[img]["digest"]
        lines = ["exporting layers done", f"writing image {digest} done"]
        for ref in self.refs:
            set_host_tag(w, self.hnode, ref, img)
            lines.append(f"naming to {ref.name}:{ref.tag} done")
        self.step("exporting to image", lines)
        if self.new_cache != self.cache:
            w.journal.set(self.hnode, "build_cache", self.new_cache)
        while self.log and self.log[-1] == "":
            self.log.pop()
        return BuildResult(digest, tuple(f"{r.name}:{r.tag}" for r in self.refs), tuple(self.log), tuple(self.steps))


def _made_under(path: str, runs) -> int:
    """Nominal bytes that earlier RUN steps put at or under ``path`` (see :func:`run_effects`)."""
    from ..dockerfile.runsize import run_effects

    def related(p):
        return p == path or p.startswith(path.rstrip("/") + "/") or path.startswith(p.rstrip("/") + "/")
    modeled = sum(n for text, _, workdir in runs for p, n in run_effects(text, workdir).adds if related(p))
    return modeled or sum(n for text, n, _ in runs if path in text) or 1000


def _display(inst) -> str:
    text = inst.original.split(None, 1)
    return text[1] if len(text) > 1 else ""
