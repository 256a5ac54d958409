"""Reading a ``compose.yaml``: the Compose file format, checked and normalised.

A Compose file describes an application as *services*: each one an image
(``image:``) or a Dockerfile to build (``build:``), with its ports, volumes,
environment, command, how many replicas (``deploy.replicas``) and which
services must start before it (``depends_on``). :func:`load_project` reads
the file from a host's working files with :func:`yaml.safe_load` and turns
it into a :class:`Project`, or raises an error whose text is Compose's own
where Compose has one.

The explorer models a subset of the format. A key that is valid Compose but
not modelled is refused with a message that names the key, the service and
what is supported; a key Compose does not know at all gets Compose's own
``additional properties … not allowed``. Networks are accepted and ignored:
every project uses its one default network (see ``docs/lifecycle.md``).

Examples
--------
>>> files = {"compose.yaml": b'''
... services:
...   web:
...     build: .
...     ports: ["8080:80"]
...     depends_on: [cache]
...   cache:
...     image: redis:7
... '''}
>>> p = load_project(files)
>>> p.name, p.order
('app', ('cache', 'web'))
>>> p.services["web"].image_name(p.name), p.container_names("web")
('app-web', ('app-web-1',))
>>> try:
...     load_project({"compose.yaml": b"services:\\n  web:\\n    image: nginx\\n    restart: always\\n"})
... except InvalidArgument as err:
...     print(str(err)[:84])
services.web: the key 'restart' is valid Compose but the explorer does not model it;
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from typing import Mapping

from .. import shellwords   # shlex.split, linear
from ..errors import InvalidArgument, NotFound

__all__ = [
    "COMPOSE_FILES",
    "WORKDIR",
    "SUPPORTED_SERVICE_KEYS",
    "BuildSpec",
    "Service",
    "Project",
    "load_project",
    "project_name",
    "find_compose_file",
]

#: The names Compose looks for in the working directory, in its order of preference.
COMPOSE_FILES = ("compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml")

#: Where a host's working files live (the model has no real directories);
#: its last part, ``app``, is the default project name.
WORKDIR = "/home/student/app"

#: Service keys the explorer models (``networks`` is accepted and ignored).
SUPPORTED_SERVICE_KEYS = ("image", "build", "command", "environment", "ports", "volumes", "depends_on",
                          "deploy", "container_name", "networks")

# Every service key of the Compose specification (compose-spec.json), so that
# a valid-but-unmodelled key and a typo get different messages.
_SPEC_SERVICE_KEYS = frozenset("""
annotations attach blkio_config build cap_add cap_drop cgroup cgroup_parent command configs container_name
cpu_count cpu_percent cpu_period cpu_quota cpu_rt_period cpu_rt_runtime cpu_shares cpus cpuset credential_spec
depends_on deploy develop device_cgroup_rules devices dns dns_opt dns_search domainname entrypoint env_file
environment expose extends external_links extra_hosts gpus group_add healthcheck hostname image init ipc
isolation label_file labels links logging mac_address mem_limit mem_reservation mem_swappiness memswap_limit
models network_mode networks oom_kill_disable oom_score_adj pid pids_limit platform ports post_start pre_stop
privileged profiles provider pull_policy pull_refresh_after read_only restart runtime scale secrets
security_opt shm_size stdin_open stop_grace_period stop_signal storage_opt sysctls tmpfs tty ulimits
use_api_socket user userns_mode uts volumes volumes_from working_dir
""".split())
_SPEC_TOP_KEYS = frozenset({"version", "name", "include", "services", "models", "networks", "volumes",
                            "secrets", "configs"})
_SUPPORTED_TOP_KEYS = ("name", "services", "volumes", "networks", "version")
_SPEC_BUILD_KEYS = frozenset("""
context dockerfile dockerfile_inline entitlements args ssh labels cache_from cache_to no_cache
additional_contexts network provenance sbom pull target shm_size extra_hosts isolation privileged secrets
tags ulimits platforms
""".split())
_SUPPORTED_BUILD_KEYS = ("context", "dockerfile", "args", "target")
_SPEC_DEPLOY_KEYS = frozenset({"mode", "endpoint_mode", "replicas", "labels", "rollback_config", "update_config",
                               "resources", "restart_policy", "placement"})
_SPEC_VOLUME_KEYS = frozenset({"name", "driver", "driver_opts", "external", "labels"})

_PROJECT = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_SERVICE = re.compile(r"^[a-zA-Z0-9._-]+$")
_CONTAINER = re.compile(r"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$")
_VAR = re.compile(r"\$(?:\$|\{(?P<braced>[A-Za-z_][A-Za-z0-9_]*)(?P<op>:?[-?])?(?P<arg>[^}]*)\}|(?P<plain>[A-Za-z_][A-Za-z0-9_]*))")


@dataclass(frozen=True)
class BuildSpec:
    """A service's ``build:`` section: context folder, Dockerfile name, args, target stage."""

    context: str = "."
    dockerfile: str = "Dockerfile"
    args: tuple = ()
    target: str | None = None


@dataclass(frozen=True)
class Service:
    """One service of a Compose file, normalised.

    Attributes
    ----------
    name : str
    image : str or None
        ``image:`` as written.
    build : BuildSpec or None
    command : tuple or None
        ``command:`` split into words, or None for the image's ``CMD``.
    environment : tuple of "KEY=VALUE"
    ports : tuple of "HOST:CONTAINER/PROTO" texts
    volumes : tuple of (kind, source, target) with kind "volume" (source: the
        top-level volume key) or "bind"
    depends_on : tuple of service names
    replicas : int
    container_name : str or None
    """

    name: str
    image: str | None = None
    build: BuildSpec | None = None
    command: tuple | None = None
    environment: tuple = ()
    ports: tuple = ()
    volumes: tuple = ()
    depends_on: tuple = ()
    replicas: int = 1
    container_name: str | None = None

    def image_name(self, project: str) -> str:
        """The image the service runs: ``image:``, or ``<project>-<service>`` for a build."""
        return self.image if self.image else f"{project}-{self.name}"


@dataclass(frozen=True)
class Project:
    """A Compose project: its name, file, services in start order, and named volumes.

    Attributes
    ----------
    name : str
    file : str
        The file name in the working directory (``compose.yaml``).
    services : dict
        Service name to :class:`Service`, in the file's order.
    order : tuple
        Service names in start order (dependencies first; ties by name).
    volumes : dict
        Top-level volume key to (real volume name, external?).
    warnings : tuple
        Compose's ``WARN[0000]`` lines (obsolete ``version``, unset variables).
    notes : tuple
        What the model ignored (networks), as ``[model]`` notes.
    """

    name: str
    file: str
    services: dict
    order: tuple
    volumes: dict = field(default_factory=dict)
    warnings: tuple = ()
    notes: tuple = ()

    @property
    def network(self) -> str:
        """The default network Compose creates: ``<project>_default``."""
        return f"{self.name}_default"

    def container_names(self, service: str) -> tuple:
        """Compose's container names for a service: ``<project>-<service>-<n>``."""
        s = self.services[service]
        if s.container_name:
            return (s.container_name,)
        return tuple(f"{self.name}-{service}-{i}" for i in range(1, s.replicas + 1))


def project_name(explicit: str | None = None, declared: str | None = None, workdir: str = WORKDIR) -> str:
    """The project name: ``-p``, else the file's ``name:``, else the working directory's name.

    The directory's name is normalised as Compose does (lowercase, only
    letters, digits, ``-`` and ``_``); an explicit name must already be valid.

    Examples
    --------
    >>> project_name(), project_name(declared="shop"), project_name("ci-42")
    ('app', 'shop', 'ci-42')
    >>> project_name(workdir="/home/student/My Shop")
    'myshop'
    """
    for given in (explicit, declared):
        if given is not None:
            if not isinstance(given, str) or not _PROJECT.match(given):
                raise InvalidArgument(f'invalid project name "{given}": must consist only of lowercase alphanumeric '
                                      "characters, hyphens, and underscores as well as start with a letter or number")
            return given
    base = re.sub(r"[^a-z0-9_-]", "", posixpath.basename(workdir.rstrip("/")).lower()).lstrip("_-")
    return base or "default"


def find_compose_file(files: Mapping[str, bytes], file: str | None = None) -> str:
    """The Compose file to read: ``file`` if given, else the first of :data:`COMPOSE_FILES` present.

    Raises
    ------
    NotFound
        ``no configuration file provided: not found``, as Compose says.
    """
    if file is not None:
        if file not in files:
            raise NotFound(f"open {posixpath.join(WORKDIR, file)}: no such file or directory")
        return file
    for name in COMPOSE_FILES:
        if name in files:
            return name
    raise NotFound("no configuration file provided: not found")


class _Reader:
    """Checks one parsed file, collecting Compose's warnings as it goes."""

    def __init__(self, path: str):
        self.path = path
        self.warnings: list[str] = []
        self.unset: list[str] = []

    # -- interpolation ---------------------------------------------------
    def interpolate(self, value):
        """``${VAR}``, ``${VAR:-default}``, ``$VAR`` and ``$$`` in values (no variable is set in the model)."""
        if isinstance(value, str):
            return _VAR.sub(self._var, value)
        if isinstance(value, list):
            return [self.interpolate(v) for v in value]
        if isinstance(value, dict):
            return {k: self.interpolate(v) for k, v in value.items()}
        return value

    def _var(self, m) -> str:
        if m.group(0) == "$$":
            return "$"
        name = m.group("braced") or m.group("plain")
        op, arg = m.group("op"), m.group("arg") or ""
        if op in (":-", "-"):
            return arg
        if op in (":?", "?"):
            raise InvalidArgument(f"required variable {name} is missing a value: {arg or 'variable is not set'}")
        if name not in self.unset:
            self.unset.append(name)
            self.warnings.append(f'WARN[0000] The "{name}" variable is not set. Defaulting to a blank string.')
        return ""

    # -- checks ------------------------------------------------------------
    def fail(self, message: str):
        raise InvalidArgument(message)

    def invalid(self, where: str, message: str):
        self.fail(f"validating {self.path}: {where} {message}")

    def keys(self, where: str, mapping: dict, spec: frozenset, supported: tuple, what: str):
        unknown = [k for k in mapping if k not in spec and not str(k).startswith("x-")]
        if unknown:
            self.invalid(where, "additional properties " + ", ".join(f"'{k}'" for k in unknown) + " not allowed")
        for k in mapping:
            if k in spec and k not in supported:
                self.fail(f"{where}: the key '{k}' is valid Compose but the explorer does not model it; "
                          f"{what} supports: {', '.join(supported)}; remove it to go on")


def _strings(reader, where, value) -> list:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return [str(v) for v in value]
    reader.invalid(where, "must be a list of strings")


def load_project(files: Mapping[str, bytes], *, file: str | None = None, project: str | None = None,
                 workdir: str = WORKDIR) -> Project:
    """Read and check the Compose file among a host's working files.

    Parameters
    ----------
    files : mapping
        File name to bytes (``world.files(host)``).
    file : str, optional
        ``-f``: the file to read (default: the first of :data:`COMPOSE_FILES`).
    project : str, optional
        ``-p``: the project name.

    Raises
    ------
    NotFound
        No Compose file.
    InvalidArgument
        Malformed YAML, a key Compose refuses or the explorer does not
        model, an undefined dependency or volume, a dependency cycle.
    """
    import yaml   # only when a Compose file is read: ``import taxonomy`` stays light

    from .. import yamlsafe

    name = find_compose_file(files, file)
    path = posixpath.join(workdir, name)
    raw = files[name]
    try:
        doc = yamlsafe.safe_load(raw.decode("utf-8") if isinstance(raw, bytes) else raw)   # bounded: size, depth, aliases
    except UnicodeDecodeError as err:
        raise InvalidArgument(f"{path}: the file is not UTF-8 text ({err.reason}); save it as UTF-8") from err
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(err, "problem", None) or str(err)
        raise InvalidArgument(f"yaml: {where}{problem}") from err
    r = _Reader(path)
    if doc is None:
        r.fail("empty compose file")
    if not isinstance(doc, dict):
        r.fail(f"validating {path}: top-level object must be a mapping")
    r.keys("(root)", doc, _SPEC_TOP_KEYS, _SUPPORTED_TOP_KEYS, "the top level")
    if "version" in doc:
        r.warnings.append(f"WARN[0000] {path}: the attribute `version` is obsolete, it will be ignored, "
                          "please remove it to avoid potential confusion")
    doc = r.interpolate({k: v for k, v in doc.items() if not str(k).startswith("x-")})
    pname = project_name(project, doc.get("name"), workdir)
    raw_services = doc.get("services")
    if raw_services is None or raw_services == {}:
        r.fail(f"{path} defines no services: add a 'services:' section with at least one service")
    if not isinstance(raw_services, dict):
        r.invalid("services", "must be a mapping")
    raw_volumes = doc.get("volumes") or {}
    if not isinstance(raw_volumes, dict):
        r.invalid("volumes", "must be a mapping")
    volumes = {}
    for key, spec in raw_volumes.items():
        spec = spec or {}
        if not isinstance(spec, dict):
            r.invalid(f"volumes.{key}", "must be a mapping")
        r.keys(f"volumes.{key}", spec, _SPEC_VOLUME_KEYS, ("name", "external"), "a volume")
        external = bool(spec.get("external", False))
        volumes[str(key)] = (str(spec.get("name") or (key if external else f"{pname}_{key}")), external)
    notes = []
    if doc.get("networks") is not None:
        notes.append("[model] networks are not modelled: every service joins the project's default network")
    services = {}
    for sname, raw_s in raw_services.items():
        sname = str(sname)
        if not _SERVICE.match(sname):
            r.invalid("services", f"additional properties '{sname}' not allowed")
        services[sname] = _service(r, sname, raw_s or {}, volumes, notes)
    for s in services.values():
        for dep in s.depends_on:
            if dep not in services:
                r.fail(f'service "{s.name}" depends on undefined service "{dep}": invalid compose project')
    return Project(pname, name, services, _start_order(services), volumes, tuple(r.warnings), tuple(dict.fromkeys(notes)))


def _service(r: _Reader, name: str, raw: dict, volumes: dict, notes: list) -> Service:
    where = f"services.{name}"
    if not isinstance(raw, dict):
        r.invalid(where, "must be a mapping")
    r.keys(where, raw, _SPEC_SERVICE_KEYS, SUPPORTED_SERVICE_KEYS, "a service")
    if "networks" in raw:
        notes.append("[model] networks are not modelled: every service joins the project's default network")
    image = raw.get("image")
    if image is not None and not isinstance(image, str):
        r.invalid(f"{where}.image", "must be a string")
    build = _build(r, where, raw["build"]) if raw.get("build") is not None else None
    if image is None and build is None:
        r.fail(f'service "{name}" has neither an image nor a build context specified: invalid compose project')
    command = raw.get("command")
    if isinstance(command, str):
        try:
            command = tuple(shellwords.split(command))
        except ValueError as err:
            r.fail(f"{where}.command: {err}; check the quotes")
    elif command is not None:
        command = tuple(_strings(r, f"{where}.command", command))
    return Service(name=name, image=image, build=build, command=command or None,
                   environment=_environment(r, where, raw.get("environment")),
                   ports=tuple(_port(r, where, p) for p in _list(r, f"{where}.ports", raw.get("ports"))),
                   volumes=tuple(_mount(r, name, v, volumes) for v in _list(r, f"{where}.volumes", raw.get("volumes"))),
                   depends_on=_depends(r, where, raw.get("depends_on")),
                   replicas=_replicas(r, name, raw), container_name=_container_name(r, name, raw))


def _list(r, where, value) -> list:
    if value is None:
        return []
    if not isinstance(value, list):
        r.invalid(where, "must be a list")
    return value


def _build(r, where, value) -> BuildSpec:
    if isinstance(value, str):
        return BuildSpec(context=value)
    if not isinstance(value, dict):
        r.invalid(f"{where}.build", "must be a string or a mapping")
    r.keys(f"{where}.build", value, _SPEC_BUILD_KEYS, _SUPPORTED_BUILD_KEYS, "build:")
    args = value.get("args") or {}
    if isinstance(args, list):
        args = dict(a.split("=", 1) if "=" in a else (a, "") for a in _strings(r, f"{where}.build.args", args))
    if not isinstance(args, dict):
        r.invalid(f"{where}.build.args", "must be a mapping or a list")
    return BuildSpec(context=str(value.get("context", ".")), dockerfile=str(value.get("dockerfile", "Dockerfile")),
                     args=tuple((str(k), "" if v is None else str(v)) for k, v in args.items()),
                     target=value.get("target"))


def _environment(r, where, value) -> tuple:
    if value is None:
        return ()
    if isinstance(value, dict):
        out = []
        for k, v in value.items():
            if v is None:      # taken from the shell, where nothing is set in the model
                continue
            out.append(f"{k}={str(v).lower() if isinstance(v, bool) else v}")
        return tuple(out)
    return tuple(e for e in _strings(r, f"{where}.environment", value) if "=" in e)


def _port(r, where, p) -> str:
    if isinstance(p, bool):
        r.invalid(f"{where}.ports", "must be numbers, strings or mappings")
    if isinstance(p, int):
        return str(p)
    if isinstance(p, dict):
        target = p.get("target")
        if target is None:
            r.fail(f"{where}.ports: a long-syntax port needs a target (the container's port)")
        published = p.get("published")
        proto = p.get("protocol", "tcp")
        return (f"{published}:" if published is not None else "") + f"{target}/{proto}"
    if not isinstance(p, str):
        r.invalid(f"{where}.ports", "must be numbers, strings or mappings")
    if "-" in p.split("/")[0]:
        r.fail(f"{where}.ports: port ranges ('{p}') are not modelled by the explorer; publish ports one by one")
    return p


def _mount(r, service, v, volumes) -> tuple:
    where = f"services.{service}.volumes"
    if isinstance(v, dict):
        kind, source, target = v.get("type"), v.get("source"), v.get("target")
        if kind not in ("volume", "bind") or not source or not target:
            r.fail(f"{where}: the explorer models long-syntax mounts of type 'volume' or 'bind' with a source "
                   f"and a target, got {v!r}")
    elif isinstance(v, str):
        parts = v.split(":")
        if len(parts) == 1:
            r.fail(f"{where}: anonymous volumes ('{v}') are not modelled by the explorer's Compose; "
                   f"declare a named volume in the top-level volumes and mount it as NAME:{v}")
        source, target = parts[0], parts[1]
        kind = "bind" if source.startswith(("/", ".", "~")) else "volume"
    else:
        r.invalid(where, "must be strings or mappings")
    if kind == "volume" and source not in volumes:
        r.fail(f'service "{service}" refers to undefined volume {source}: invalid compose project')
    if not str(target).startswith("/"):
        r.fail(f"{where}: the mount path '{target}' must be absolute")
    return (kind, str(source), str(target))


def _depends(r, where, value) -> tuple:
    if value is None:
        return ()
    if isinstance(value, dict):
        for dep, cond in value.items():
            cond = cond or {}
            if not isinstance(cond, dict):
                r.invalid(f"{where}.depends_on.{dep}", "must be a mapping")
            c = cond.get("condition", "service_started")
            if c != "service_started":
                r.fail(f"{where}.depends_on.{dep}: the condition '{c}' is not modelled by the explorer "
                       "(no health checks, no waiting); use 'service_started' or a plain list")
        return tuple(str(d) for d in value)
    return tuple(_strings(r, f"{where}.depends_on", value))


def _replicas(r, name, raw) -> int:
    deploy = raw.get("deploy")
    if deploy is None:
        return 1
    if not isinstance(deploy, dict):
        r.invalid(f"services.{name}.deploy", "must be a mapping")
    r.keys(f"services.{name}.deploy", deploy, _SPEC_DEPLOY_KEYS, ("replicas",), "deploy:")
    n = deploy.get("replicas", 1)
    try:
        n = int(n)
    except (TypeError, ValueError):
        n = -1
    if isinstance(deploy.get("replicas"), bool) or n < 0:
        r.fail(f"services.{name}.deploy.replicas: must be a whole number of containers, got {deploy.get('replicas')!r}")
    return n


def _container_name(r, name, raw):
    cname = raw.get("container_name")
    if cname is None:
        return None
    if not isinstance(cname, str) or not _CONTAINER.match(cname):
        r.invalid(f"services.{name}.container_name", "does not match pattern '[a-zA-Z0-9][a-zA-Z0-9_.-]+'")
    if _replicas(r, name, raw) > 1:
        r.fail(f"services.deploy.replicas: can't set container_name and {name} as container name must be unique: "
               "invalid compose project")
    return cname


def _start_order(services: dict) -> tuple:
    """Dependencies first; services ready at the same time in name order. Cycles are refused."""
    waiting = {n: set(s.depends_on) for n, s in services.items()}
    order = []
    while waiting:
        ready = sorted(n for n, deps in waiting.items() if not deps)
        if not ready:
            raise InvalidArgument(f"dependency cycle detected: {' -> '.join(_cycle(waiting))}")
        for n in ready:
            order.append(n)
            del waiting[n]
        for deps in waiting.values():
            deps.difference_update(ready)
    return tuple(order)


def _cycle(waiting: dict) -> list:
    start = min(waiting)
    path, seen = [start], {start}
    node = start
    while True:
        node = min(waiting[node])
        if node in seen:
            return path[path.index(node):] + [node]
        path.append(node)
        seen.add(node)
