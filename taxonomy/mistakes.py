"""Classic mistakes, recognised, with what to change.

Beginners make the same few mistakes with ``docker run`` and friends. Docker
itself answers some of them with a terse error and others not at all (it
runs ``hello-world`` with ``--name hello`` as *its* command). This module
recognises them and says, in the learner's language, what to change:

``options-after-image``
    ``docker run hello-world --name hello``: everything after the image is
    the command the container runs, so ``--name hello`` named nothing.
``ports-reversed``
    ``docker run -p 80:8080 nginx:1.27``: ``-p`` reads ``HOST:CONTAINER``,
    and nginx listens on port 80 inside its container.
``name-taken``
    a second ``docker run --name web …`` while a container ``web`` exists.
``tag-for-name``
    an image reference where a container's name is meant (``docker stop
    nginx:1.27``, ``--name nginx:1.27``), or a container's name where an
    image is meant (``docker rmi web``).

Two ways in: :func:`after_command` looks at one command line and its
result, the moment it ran (the ``%%docker`` magic shows its hints);
:func:`in_world` and :func:`for_goal` look at a world, for the checkers of
exercises and levels, which see only the world. Both only look, never
change anything and never raise for a learner's input.

Examples
--------
>>> import taxonomy as tx
>>> world = tx.World()
>>> command = "docker run hello-world --name hello"
>>> found = after_command(world, command, world.docker(command), lang="en")
>>> [m.kind for m in found], found[0].fix
(['options-after-image'], 'docker run --name hello hello-world')
>>> print(in_world(world, lang="fr")[0].advice)  # doctest: +ELLIPSIS
Les options se placent avant l'image : ...
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass

from . import i18n, ids
from .errors import TaxonomyError

__all__ = ["Mistake", "KINDS", "leading_run_options", "after_command", "in_world", "misnamed_container",
           "reversed_ports", "for_goal", "wanted_containers", "advice"]

#: The mistakes recognised, by kind.
KINDS = ("options-after-image", "ports-reversed", "name-taken", "tag-for-name")

# docker run's options a learner types (the value-taking ones, then the switches)
_VALUED = {"--name", "-p", "--publish", "-e", "--env", "-v", "--volume", "--entrypoint", "--platform", "-w",
           "--workdir", "--pull", "--restart", "--network", "--net", "--mount", "-u", "--user", "--hostname",
           "-h", "--label", "-l", "--env-file", "--cpus", "-m", "--memory"}
_SWITCHES = {"-d", "--detach", "--rm", "-i", "--interactive", "-t", "--tty", "-P", "--publish-all", "--init",
             "--privileged", "--read-only"}
_SHORT_SWITCHES = set("ditP")
# commands whose arguments are containers
_CONTAINER_COMMANDS = {"stop", "start", "restart", "rm", "logs", "kill", "exec", "top", "port", "pause", "unpause",
                       "attach", "wait", "diff", "rename", "stats"}
_ALIASES = {("container", "rm"): "rm", ("container", "stop"): "stop", ("container", "start"): "start",
            ("container", "restart"): "restart", ("container", "logs"): "logs", ("container", "run"): "run",
            ("container", "create"): "create", ("image", "rm"): "rmi", ("container", "exec"): "exec",
            ("container", "top"): "top", ("container", "kill"): "kill"}
_CONFLICT = re.compile(r'The container name "/([^"]+)" is already in use')
_NO_CONTAINER = re.compile(r"No such container: (\S+)")
_NO_IMAGE = re.compile(r"No such image: (\S+)")
_INVALID_NAME = re.compile(r"Invalid container name \(([^)]*)\)")
_PUBLISH = re.compile(r"^(?:(?:\d{1,3}\.){3}\d{1,3}:)?(\d{1,5}):(\d{1,5})(?:/(tcp|udp|sctp))?$")


@dataclass(frozen=True)
class Mistake:
    """One recognised mistake.

    Attributes
    ----------
    kind : str
        One of :data:`KINDS`.
    advice : str
        What went wrong and what to change, in the learner's language.
    fix : str
        A corrected command, when one can be given (else empty).
    """

    kind: str
    advice: str
    fix: str = ""

    def __str__(self) -> str:
        return self.advice


def _t(key, lang, **values):
    return i18n.text(f"mistakes.{key}", lang=lang, **values)


def leading_run_options(words) -> tuple:
    """Split ``words`` into the ``docker run`` options they start with and the rest.

    Examples
    --------
    >>> leading_run_options(["--name", "hello"])
    (['--name', 'hello'], [])
    >>> leading_run_options(["-it", "-p8080:80", "--name=web", "sh", "-c", "ls"])
    (['-it', '-p8080:80', '--name=web'], ['sh', '-c', 'ls'])
    >>> leading_run_options(["nginx", "-g", "daemon off;"])
    ([], ['nginx', '-g', 'daemon off;'])
    """
    words = list(words)
    i = 0
    while i < len(words):
        w = words[i]
        name = w.split("=", 1)[0]
        if name in _SWITCHES or (re.fullmatch(r"-[ditP]{2,}", w) and set(w[1:]) <= _SHORT_SWITCHES):
            i += 1
        elif name in _VALUED:
            i += 1 if "=" in w else 2
        elif len(w) > 2 and w[:2] in ("-p", "-e", "-v", "-w") and not w.startswith("--"):
            i += 1   # -p8080:80
        else:
            break
    i = min(i, len(words))
    return words[:i], words[i:]


def _words(command: str) -> list:
    try:
        words = shlex.split(command)
    except ValueError:
        return []
    if words and words[0] == "$":
        words = words[1:]
    if not words or words[0] != "docker":
        return []
    words = words[1:]
    if len(words) >= 2 and (words[0], words[1]) in _ALIASES:
        words = [_ALIASES[words[0], words[1]], *words[2:]]
    return words


def _run_parts(args) -> tuple:
    """``(options before the image, image, the words after it)`` of ``docker run`` arguments, or None."""
    before, rest = leading_run_options(args)
    if not rest:
        return None
    return before, rest[0], rest[1:]


def _option_value(options, *names):
    """The value of the last of ``names`` among ``options`` (``--name web`` or ``--name=web``)."""
    found = None
    for i, w in enumerate(options):
        key, eq, value = w.partition("=")
        if key in names:
            found = value if eq else (options[i + 1] if i + 1 < len(options) else None)
        elif len(w) > 2 and w[:2] in names and not w.startswith("--"):
            found = w[2:]
    return found


def _publishes(options) -> list:
    """``(host port, container port)`` pairs of the ``-p`` options."""
    out = []
    for i, w in enumerate(options):
        key, eq, value = w.partition("=")
        if key in ("-p", "--publish"):
            value = value if eq else (options[i + 1] if i + 1 < len(options) else "")
        elif w.startswith("-p") and not w.startswith("--") and len(w) > 2:
            value = w[2:]
        else:
            continue
        m = _PUBLISH.match(value or "")
        if m:
            out.append((int(m.group(1)), int(m.group(2))))
    return out


def _exposed(world, image_node) -> set:
    if image_node not in world.graph:
        return set()
    ports = world.graph.nodes[image_node].get("config", {}).get("ExposedPorts") or {}
    return {int(p.split("/")[0]) for p in ports if p.split("/")[0].isdigit()}


def _image_node(world, reference, host):
    try:
        return ids.image_id(world.image_of_ref(reference, host))
    except TaxonomyError:
        return None


def _containers_of(world, reference, host) -> list:
    try:
        return world.containers_of(reference, host)
    except TaxonomyError:
        return []


def _container(world, name, host):
    hname = host if host is not None else world.default_host
    node = ids.container_id(hname, name) if hname else None
    return dict(world.graph.nodes[node]) if node in world.graph else None


def _reversed(pairs, exposed, lang):
    """The ports-reversed mistake for ``(host, container)`` pairs, when one is reversed."""
    for host_port, container_port in pairs:
        if exposed and container_port not in exposed and host_port in exposed:
            return Mistake("ports-reversed",
                           _t("ports_reversed", lang, given=f"{host_port}:{container_port}",
                              right=f"{container_port}:{host_port}", port=host_port),
                           f"-p {container_port}:{host_port}")
    return None


def after_command(world, command: str, result, host: str | None = None, lang: str | None = None) -> tuple:
    """The classic mistakes one command line shows, given its result.

    Parameters
    ----------
    world : World
        The world the command ran on (after it ran).
    command : str
        The ``docker …`` line.
    result : CommandResult
    host : str, optional
        The host it ran on (the default host when None).
    lang : {"en", "fr"}, optional

    Returns
    -------
    tuple of Mistake
        Empty when the line shows none.

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> line = "docker run -d --name web -p 80:8080 nginx:1.27"
    >>> print(after_command(w, line, w.docker(line), lang="en")[0].advice)  # doctest: +NORMALIZE_WHITESPACE
    -p reads HOST:CONTAINER, and this image listens on port 80 inside its container: you published
    80:8080. Write -p 8080:80 (remove this container first: docker rm -f web).
    """
    lang = i18n.resolve(lang)
    words = _words(command)
    if not words:
        return ()
    cmd, args = words[0], words[1:]
    found = []
    output = getattr(result, "output", "") or ""
    if cmd in ("run", "create"):
        parts = _run_parts(args)
        if parts is not None:
            before, image, after = parts
            misplaced, _ = leading_run_options(after)
            if misplaced:
                fix = shlex.join(["docker", cmd, *before, *misplaced, image, *after[len(misplaced):]])
                found.append(Mistake("options-after-image",
                                     _t("options_after_image", lang, options=shlex.join(misplaced), fix=fix), fix))
            if result.exit_code == 0:
                name = _option_value(before, "--name")
                wrong = _reversed(_publishes(before), _exposed(world, _image_node(world, image, host)), lang)
                if wrong is not None:
                    extra = _t("remove_first", lang, name=name) if name else ""
                    found.append(Mistake(wrong.kind, wrong.advice + extra, wrong.fix))
        m = _CONFLICT.search(output)
        if m:
            found.append(_name_taken(world, m.group(1), host, lang))
        m = _INVALID_NAME.search(output)
        if m and (":" in m.group(1) or "/" in m.group(1)):
            found.append(Mistake("tag-for-name", _t("tag_as_container_name", lang, value=m.group(1))))
    elif cmd in _CONTAINER_COMMANDS and result.exit_code != 0:
        m = _NO_CONTAINER.search(output)
        if m and _image_node(world, m.group(1), host) is not None:
            found.append(_image_for_container(world, cmd, m.group(1), host, lang))
        elif m and ":" in m.group(1):
            found.append(Mistake("tag-for-name", _t("image_for_container_unknown", lang, cmd=cmd, value=m.group(1))))
    elif cmd == "rmi" and result.exit_code != 0:
        m = _NO_IMAGE.search(output)
        if m:
            name = next((a for a in args if not a.startswith("-")
                         and (a == m.group(1) or f"{a}:latest" == m.group(1))), None)
            if name and _container(world, name, host) is not None:
                found.append(Mistake("tag-for-name", _t("container_for_image", lang, name=name), f"docker rm {name}"))
    return tuple(found)


def _name_taken(world, name, host, lang):
    c = _container(world, name, host)
    if c is None:
        return Mistake("name-taken", _t("name_taken_short", lang, name=name), f"docker rm -f {name}")
    return Mistake("name-taken", _t("name_taken", lang, name=name, image=c.get("image_ref") or "?", state=c["state"]),
                   f"docker rm -f {name}")


def _image_for_container(world, cmd, reference, host, lang):
    names = _containers_of(world, reference, host)
    if names:
        advice = _t("image_for_container", lang, cmd=cmd, value=reference, names=", ".join(names))
        return Mistake("tag-for-name", advice, f"docker {cmd} {names[0]}")
    return Mistake("tag-for-name", _t("image_for_container_none", lang, cmd=cmd, value=reference))


def _typed_after_image(world, c) -> tuple:
    """The words typed after the image in ``docker run``: the container's command without the image's entrypoint."""
    command = tuple(c.get("command") or ())
    node = c.get("image")
    entrypoint = tuple(world.graph.nodes[node].get("config", {}).get("Entrypoint") or ()) if node in world.graph else ()
    if entrypoint and command[:len(entrypoint)] == entrypoint:
        return command[len(entrypoint):]
    return command


def misnamed_container(world, name: str, host: str | None = None) -> dict | None:
    """A container whose *command* starts with ``--name NAME``: the one the learner meant to name.

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> _ = w.docker("docker run hello-world --name hello")
    >>> misnamed_container(w, "hello")["command"]
    ('--name', 'hello')
    >>> misnamed_container(w, "web") is None
    True
    """
    try:
        names = world.containers(host)
    except TaxonomyError:
        return None
    for cname in names:
        c = _container(world, cname, host)
        misplaced, _ = leading_run_options(_typed_after_image(world, c))
        if misplaced and _option_value(misplaced, "--name") == name:
            return c
    return None


def reversed_ports(world, container: dict, lang: str | None = None):
    """The ports-reversed mistake a container shows (a dict of its attributes), or None."""
    lang = i18n.resolve(lang)
    pairs = [(hp, cp) for cp, hp, *_ in container.get("ports") or ()]
    wrong = _reversed(pairs, _exposed(world, container.get("image")), lang)
    if wrong is None:
        return None
    return Mistake(wrong.kind, wrong.advice + _t("remove_first", lang, name=container["name"]), wrong.fix)


def _options_mistake(world, c, lang):
    misplaced, rest = leading_run_options(_typed_after_image(world, c))
    ref = c.get("image_ref") or "IMAGE"
    fix = shlex.join(["docker", "run", *misplaced, ref, *rest])
    return Mistake("options-after-image",
                   _t("options_after_image_seen", lang, name=c["name"], options=shlex.join(misplaced), fix=fix), fix)


def in_world(world, host: str | None = None, lang: str | None = None, only=None) -> tuple:
    """The classic mistakes a host's containers still show (the default host when None).

    A container whose command starts with ``docker run`` options shows that
    they were typed after the image, unless a container of the name they
    give exists since; a published port that the image does not listen on,
    while the host port is one it does, shows ``-p`` reversed. ``only``, a
    set of names, limits the search to the containers of those names or
    meant to have them.
    """
    lang = i18n.resolve(lang)
    try:
        names = world.containers(host)
    except TaxonomyError:
        return ()
    found = []
    for cname in names:
        c = _container(world, cname, host)
        misplaced, _ = leading_run_options(_typed_after_image(world, c))
        meant = _option_value(misplaced, "--name") if misplaced else None
        if only is not None and cname not in only and meant not in only:
            continue
        if misplaced:
            if not meant or _container(world, meant, host) is None:
                found.append(_options_mistake(world, c, lang))
        wrong = reversed_ports(world, c, lang)
        if wrong is not None:
            found.append(wrong)
    return tuple(found)


def for_goal(world, wanted, lang: str | None = None) -> tuple:
    """Mistakes that explain why wanted containers are missing or wrong.

    Parameters
    ----------
    wanted : iterable of mapping
        Each ``{"name": …, "host": …, "image": …}`` (image optional): a
        container a goal asks for.
    """
    lang = i18n.resolve(lang)
    found = []
    for w in wanted:
        name, host = w.get("name"), w.get("host")
        if not name:
            continue
        c = _container(world, name, host)
        if c is None:
            other = misnamed_container(world, name, host)
            if other is not None:
                found.append(_options_mistake(world, other, lang))
            continue
        image = w.get("image")
        if image:
            want = _image_node(world, image, host)
            try:
                from .reference import parse_reference
                ref = parse_reference(image)
                tag = ids.tag_id(f"{ref.name}:{ref.tag}")
                points = [v for v, e in world.graph.succ[tag].items() if e["kind"] == "points_to"] \
                    if tag in world.graph else []
            except TaxonomyError:
                points = []
            wanted_images = {want, *points} - {None}
            if wanted_images and c["image"] not in wanted_images:
                found.append(Mistake("name-taken",
                                     _t("name_kept_by_old", lang, name=name, image=c.get("image_ref") or "?",
                                        wanted=image), f"docker rm -f {name}"))
    return tuple(found)


def wanted_containers(predicates) -> tuple:
    """The containers a level's goal predicates ask for: ``{"name", "host", "image"}`` each.

    Reads the ``container_exists`` and ``image_runs`` predicates that name a
    container (objects with ``name`` and ``args``, as :mod:`taxonomy.levels` has them).
    """
    out = []
    for p in predicates:
        args = dict(getattr(p, "args", {}) or {})
        if getattr(p, "name", None) in ("container_exists", "image_runs") and args.get("name"):
            out.append({"name": args["name"], "host": args.get("host"), "image": args.get("image")})
    return tuple(out)


def advice(world, *, wanted=(), host: str | None = None, lang: str | None = None) -> tuple:
    """The advice texts for a checker: :func:`for_goal` then :func:`in_world`, each text once.

    With ``wanted`` containers, only the containers of those names (or meant
    to have them) are looked at, on their hosts; without, every container of
    ``host``.

    Nothing is advised before the learner has changed the world (a level's
    or an exercise's start state is nobody's mistake).
    """
    if not getattr(world.journal, "done", None):
        return ()
    wanted = tuple(wanted)
    only = {w["name"] for w in wanted if w.get("name")} or None
    hosts = {w.get("host") for w in wanted} or {host}
    seen = []
    for m in (*for_goal(world, wanted, lang), *(m for h in sorted(hosts, key=str) for m in in_world(world, h, lang, only))):
        if m.advice not in seen:
            seen.append(m.advice)
    return tuple(seen)
