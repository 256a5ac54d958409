"""Level files: the schema, and loading them with line-numbered errors.

A level is one YAML file, read with ``yaml.safe_load``. Its keys:

============== ======== =====================================================
key            required what
============== ======== =====================================================
id             yes      a slug, unique among levels (``run-hello-world``)
sequence       yes      the sequence it belongs to (a slug, ``basics``)
order          no       its rank in the sequence (1 by default)
title          yes      ``{en: …, fr: …}``
introduction   yes      ``{en: …, fr: …}``: the story and the task
start          no       the start world: the starting kit plus additions
goal           yes      ``predicates`` and/or ``world``, and ``mode``
hints          yes      a list of ``{en: …, fr: …}``, from gentle to explicit
solution       yes      docker commands that reach the goal
par            yes      how many commands a good solution takes
disabled       no       docker commands the level refuses (``push``, ``image prune``)
author         no       who wrote it
============== ======== =====================================================

``start`` may hold ``kit`` (false for an empty world), ``hosts``,
``registries`` (each with its ``accounts``), ``accounts`` on registries
that already exist, ``files`` (a host's working directory, what
``docker build .`` reads) and ``setup`` (docker commands run before the
learner starts). A command runs on the default host, or on another one
when written with a prompt: ``prod-1$ docker pull …``.

Every problem found is reported with its line; all of them at once.

Examples
--------
>>> level = loads('''
... id: hello
... sequence: basics
... title: {en: Hello, fr: Bonjour}
... introduction: {en: Run hello-world., fr: Lancez hello-world.}
... goal:
...   predicates:
...     - container_exists: {host: laptop, image: hello-world}
... hints: [{en: Use docker run., fr: Utilisez docker run.}]
... solution: [docker run hello-world]
... par: 1
... ''')
>>> level.id, level.par, str(level.solution[0])
('hello', 1, 'docker run hello-world')
>>> loads("id: x\\ncolour: blue\\n", source="x.yaml")
Traceback (most recent call last):
...
taxonomy.errors.LevelError: x.yaml:2: unknown key 'colour'; the keys of a level are: id, sequence, order, title, introduction, start, goal, hints, solution, par, disabled, author
x.yaml:1: missing key 'sequence'
x.yaml:1: missing key 'title'
x.yaml:1: missing key 'introduction'
x.yaml:1: missing key 'goal'
x.yaml:1: missing key 'hints'
x.yaml:1: missing key 'solution'
x.yaml:1: missing key 'par'
"""

from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass, field

import yaml

from .. import shellwords, yamlsafe
from ..errors import LimitExceeded
from ..cli.commands import COMMANDS
from ..errors import InvalidReference
from ..i18n import LANGUAGES
from ..reference import parse_reference
from ..world import REGISTRY_KINDS
from .checker import check
from .predicates import PREDICATES, convert
from .start import build_goal_world, build_start
from .steps import Problem, command_name, is_disabled, level_error, parse_step

__all__ = ["Level", "Goal", "Step", "PredicateCall", "Problem", "MODES", "KNOWN_COMMANDS", "TOP_KEYS",
           "loads", "load", "parse_step", "command_name", "is_disabled", "check_start", "level_error"]

#: Ways to compare a world with the goal world.
MODES = ("ignore-ids", "strict")

#: Names a level may disable: docker commands, and a few two-word ones.
KNOWN_COMMANDS = tuple(sorted(set(COMMANDS) | {
    "build", "image prune", "container prune", "volume", "volume create", "volume ls", "volume rm",
    "volume inspect", "volume prune"}))

TOP_KEYS = ("id", "sequence", "order", "title", "introduction", "start", "goal", "hints", "solution", "par",
            "disabled", "author")
_REQUIRED = ("id", "sequence", "title", "introduction", "goal", "hints", "solution", "par")
_START_KEYS = ("kit", "hosts", "registries", "accounts", "files", "setup")
_GOAL_KEYS = ("mode", "world", "predicates")
_TEMPLATE = re.compile(r"\{\{digest:([^}]*)\}\}")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_KIT_HOSTS = ("laptop",)
_KIT_REGISTRIES = ("docker.io", "mcr.microsoft.com")


@dataclass(frozen=True)
class Step:
    """One docker command of a level, the host it runs on (None: the default host) and its line."""

    command: str
    host: str | None = None
    line: int = 0

    def __str__(self) -> str:
        return f"{self.host}$ {self.command}" if self.host else self.command


@dataclass(frozen=True)
class PredicateCall:
    """One goal predicate with its checked arguments."""

    name: str
    args: dict
    line: int = 0


@dataclass(frozen=True)
class Goal:
    """What the learner must reach: predicates, a goal world, or both.

    ``world`` is None, ``"solution"`` (the start world with the solution
    applied) or a tuple of :class:`Step` applied to the start world.
    """

    predicates: tuple = ()
    world: object = None
    mode: str = "ignore-ids"
    line: int = 0


@dataclass(eq=False)
class Level:
    """A challenge level, loaded from its file. See the module notes for the keys."""

    id: str
    sequence: str
    order: int
    title: dict
    introduction: dict
    start: dict
    goal: Goal
    hints: tuple
    solution: tuple
    par: int
    disabled: tuple = ()
    author: str = ""
    source: str = "<string>"
    lines: dict = field(default_factory=dict, repr=False)
    text: str = field(default="", repr=False)
    _cache: dict = field(default_factory=dict, repr=False)

    def __repr__(self) -> str:
        return f"Level(id={self.id!r}, sequence={self.sequence!r}, order={self.order}, par={self.par})"

    def line(self, *path) -> int:
        """The line of a key of the file (its nearest parent's when it is absent)."""
        return _line_of(self.lines, path)

    def brief(self, lang: str | None = None) -> str:
        """The title, the introduction and par, in ``lang`` (the current language by default)."""
        from ..i18n import resolve, text
        lang = resolve(lang)
        return f"{self.title[lang]}\n\n{self.introduction[lang].strip()}\n\n({text('levels.par', lang=lang, par=self.par)})"

    def hosts(self) -> tuple:
        """The hosts of the start world."""
        return _start_hosts(self.start)

    def start_world(self):
        """A fresh world in the level's start state."""
        return build_start(self)

    def goal_world(self):
        """A fresh world in the goal state: the start world with the goal commands applied."""
        return build_goal_world(self)

    def check(self, world, lang: str | None = None):
        """The :class:`~taxonomy.checks.Verdict` on ``world`` (see :func:`taxonomy.levels.check`)."""
        return check(self, world, lang)


# -- line numbers ---------------------------------------------------------------------
def _line_map(node, path=(), out=None, dups=None):
    """Map every key path of a composed YAML document to its line (1-based); list duplicate keys."""
    if out is None:
        out, dups = {}, []
    out.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen = set()
        for k, v in node.value:
            key = k.value if isinstance(k, yaml.ScalarNode) else repr(k)
            if key in seen:
                dups.append((path + (key,), k.start_mark.line + 1))
            seen.add(key)
            out.setdefault(path + (key,), k.start_mark.line + 1)
            _line_map(v, path + (key,), out, dups)
    elif isinstance(node, yaml.SequenceNode):
        for i, v in enumerate(node.value):
            _line_map(v, path + (i,), out, dups)
    return out, dups


def _line_of(lines: dict, path) -> int:
    path = tuple(path)
    while path and path not in lines:
        path = path[:-1]
    return lines.get(path, 1)


class _Checker:
    def __init__(self, source, lines):
        self.source, self.lines, self.problems = source, lines, []

    def error(self, path, message):
        self.problems.append(Problem(self.source, _line_of(self.lines, path), message))

    def keys(self, value, path, known, required=(), what="a level"):
        if not isinstance(value, dict):
            self.error(path, f"{'/'.join(map(str, path)) or 'the file'} must be a mapping of keys, "
                             f"not {_kind(value)}")
            return False
        for key in value:
            if key not in known:
                close = difflib.get_close_matches(str(key), known, n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                self.error(path + (key,), f"unknown key '{key}'{hint}; the keys of {what} are: {', '.join(known)}")
        for key in required:
            if key not in value:
                self.error(path, f"missing key '{key}'")
        return True

    def text(self, value, path, what):
        if isinstance(value, bool) or not isinstance(value, str):
            quote = f"; write it in quotes: \"{value}\"" if isinstance(value, (int, float)) and not isinstance(value, bool) else ""
            self.error(path, f"{what} must be text, not {_kind(value)}{quote}")
            return None
        if not value.strip():
            self.error(path, f"{what} must not be empty")
            return None
        return value

    def slug(self, value, path, what):
        if self.text(value, path, what) is None:
            return None
        if not _SLUG.match(value):
            self.error(path, f"{what} {value!r} must be a slug: lowercase letters, digits and '-' (e.g. 'run-hello-world')")
            return None
        return value

    def integer(self, value, path, what, minimum):
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            self.error(path, f"{what} must be a whole number, {minimum} or more, not {value!r}")
            return None
        return value

    def boolean(self, value, path, what):
        if not isinstance(value, bool):
            self.error(path, f"{what} must be true or false, not {value!r}")
            return None
        return value

    def seq(self, value, path, what, nonempty=False):
        if not isinstance(value, list):
            self.error(path, f"{what} must be a list (lines starting with '- '), not {_kind(value)}")
            return []
        if nonempty and not value:
            self.error(path, f"{what} must not be empty")
        return value

    def langs(self, value, path, what):
        if not isinstance(value, dict):
            self.error(path, f"{what} must give every language: {{en: …, fr: …}}, not {_kind(value)}")
            return None
        out = {}
        for lang in value:
            if lang not in LANGUAGES:
                self.error(path + (lang,), f"unknown language '{lang}' in {what}; give {' and '.join(LANGUAGES)}")
        for lang in LANGUAGES:
            if lang not in value:
                self.error(path, f"{what} has no '{lang}' text; every text is needed in {' and '.join(LANGUAGES)}")
            else:
                out[lang] = self.text(value[lang], path + (lang,), f"{what} ({lang})")
        return out if all(out.get(lang) for lang in LANGUAGES) else None

    def step(self, value, path, hosts, what="a command"):
        text = self.text(value, path, what)
        if text is None:
            return None
        host, command = parse_step(text)
        try:
            words = shellwords.split(command)
        except ValueError as err:
            self.error(path, f"cannot read the command {text!r}: {err}")
            return None
        if not words or words[0] != "docker":
            self.error(path, f"{text!r} is not a docker command: write it as 'docker …' (or 'HOST$ docker …')")
            return None
        if host is not None and host not in hosts:
            self.error(path, f"unknown host '{host}' in {text!r}; the level's hosts are: {', '.join(hosts) or 'none'}")
            return None
        for ref in _TEMPLATE.findall(command):
            try:
                parse_reference(ref.strip())
            except InvalidReference as err:
                self.error(path, f"bad image reference {ref.strip()!r} in {{{{digest:…}}}}: {err}")
                return None
        return Step(command, host, _line_of(self.lines, path))


def _kind(value) -> str:
    return {dict: "a mapping", list: "a list", str: "text", bool: "true/false", int: "a number",
            float: "a number", type(None): "nothing"}.get(type(value), type(value).__name__)


# -- sections -------------------------------------------------------------------------
def _start_hosts(start: dict) -> tuple:
    kit = _KIT_HOSTS if start.get("kit", True) else ()
    return tuple(kit) + tuple(h["name"] for h in start.get("hosts", ()))


def _start_registries(start: dict) -> tuple:
    kit = _KIT_REGISTRIES if start.get("kit", True) else ()
    return tuple(kit) + tuple(r["domain"] for r in start.get("registries", ()))


def _accounts(ck, value, path, with_registry):
    out = []
    for i, acc in enumerate(ck.seq(value, path, "accounts")):
        p = path + (i,)
        keys = (("registry",) if with_registry else ()) + ("user", "password", "namespaces")
        if not ck.keys(acc, p, keys, keys[:-1], "an account"):
            continue
        item = {k: ck.text(acc.get(k), p + (k,), k) for k in keys[:-1] if k in acc}
        spaces = ck.seq(acc.get("namespaces", []), p + ("namespaces",), "namespaces")
        item["namespaces"] = tuple(ck.text(s, p + ("namespaces", j), "a namespace") for j, s in enumerate(spaces))
        out.append(item)
    return out


def check_start(value, ck: _Checker, path=("start",)) -> dict:
    """Check a ``start`` section and return it normalised (used by the recorder too)."""
    start: dict = {"kit": True, "hosts": [], "registries": [], "accounts": [], "files": {}, "setup": []}
    if value is None:
        return start
    if not ck.keys(value, path, _START_KEYS, (), "start"):
        return start
    if "kit" in value:
        start["kit"] = bool(ck.boolean(value["kit"], path + ("kit",), "start/kit"))
    for i, h in enumerate(ck.seq(value.get("hosts", []), path + ("hosts",), "start/hosts")):
        p = path + ("hosts", i)
        if isinstance(h, str):
            h = {"name": h}
        if ck.keys(h, p, ("name", "platform", "location"), ("name",), "a host"):
            item = {k: ck.text(h[k], p + (k,), f"a host's {k}") for k in ("name", "platform", "location") if k in h}
            if item.get("name"):
                start["hosts"].append(item)
    for i, r in enumerate(ck.seq(value.get("registries", []), path + ("registries",), "start/registries")):
        p = path + ("registries", i)
        known = ("domain", "kind", "label", "require_login", "location", "accounts")
        if not ck.keys(r, p, known, ("domain",), "a registry"):
            continue
        item = {k: ck.text(r[k], p + (k,), f"a registry's {k}") for k in ("domain", "kind", "label", "location") if k in r}
        if "kind" in r and item.get("kind") and item["kind"] not in REGISTRY_KINDS:
            ck.error(p + ("kind",), f"unknown registry kind {r['kind']!r}: choose one of {', '.join(REGISTRY_KINDS)}")
        if "require_login" in r:
            item["require_login"] = ck.boolean(r["require_login"], p + ("require_login",), "require_login")
        item["accounts"] = _accounts(ck, r.get("accounts", []), p + ("accounts",), False)
        if item.get("domain"):
            start["registries"].append(item)
    start["accounts"] = _accounts(ck, value.get("accounts", []), path + ("accounts",), True)
    hosts = _start_hosts(start)
    registries = _start_registries(start)
    for i, acc in enumerate(start["accounts"]):
        if acc.get("registry") and acc["registry"] not in registries:
            ck.error(path + ("accounts", i, "registry"),
                     f"unknown registry '{acc['registry']}'; the level's registries are: {', '.join(registries)}")
    files = value.get("files", {})
    if ck.keys(files, path + ("files",), hosts, (), "start/files (one key per host)"):
        for host, entries in files.items():
            p = path + ("files", host)
            if not isinstance(entries, dict):
                ck.error(p, f"the files of host '{host}' must be a mapping of file names to contents")
                continue
            start["files"][host] = {str(n): ck.text(t, p + (n,), f"file {n!r}") or "" for n, t in entries.items()}
    for i, s in enumerate(ck.seq(value.get("setup", []), path + ("setup",), "start/setup")):
        step = ck.step(s, path + ("setup", i), hosts)
        if step is not None:
            start["setup"].append(step)
    return start


def _predicates(ck, value, path, hosts, registries):
    out = []
    for i, item in enumerate(ck.seq(value, path, "goal/predicates")):
        p = path + (i,)
        if not isinstance(item, dict) or len(item) != 1:
            ck.error(p, "a predicate is a one-key mapping, e.g. '- image_runs: {host: laptop, image: nginx:1.27}'")
            continue
        (name, args), = item.items()
        if name not in PREDICATES:
            close = difflib.get_close_matches(str(name), PREDICATES, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            ck.error(p, f"unknown predicate '{name}'{hint}; the predicates are: {', '.join(sorted(PREDICATES))}")
            continue
        pred = PREDICATES[name]
        known = tuple(pred.required) + tuple(pred.optional)
        if not ck.keys(args if args is not None else {}, p + (name,), known, tuple(pred.required), f"predicate {name}"):
            continue
        converted, ok = {}, True
        for key, value_ in (args or {}).items():
            if key not in known:
                ok = False
                continue
            kind = pred.required.get(key) or pred.optional[key]
            try:
                converted[key] = convert(kind, value_)
            except ValueError as err:
                ck.error(p + (name, key), f"{name}: {key}: {err}")
                ok = False
                continue
            if kind == "host" and converted[key] not in hosts:
                ck.error(p + (name, key), f"{name}: unknown host '{value_}'; the level's hosts are: {', '.join(hosts)}")
                ok = False
            if kind == "registry" and converted[key] not in registries:
                ck.error(p + (name, key),
                         f"{name}: unknown registry '{value_}'; the level's registries are: {', '.join(registries)}")
                ok = False
        if ok and all(k in converted for k in pred.required):
            out.append(PredicateCall(name, converted, _line_of(ck.lines, p)))
    return tuple(out)


def _goal(ck, value, hosts, registries):
    path = ("goal",)
    if not ck.keys(value, path, _GOAL_KEYS, (), "goal"):
        return Goal()
    mode = value.get("mode", "ignore-ids")
    if mode not in MODES:
        ck.error(path + ("mode",), f"unknown comparison mode {mode!r}: choose one of {', '.join(MODES)}")
        mode = "ignore-ids"
    world = value.get("world")
    if world is not None and world != "solution":
        if isinstance(world, list):
            steps = [ck.step(s, path + ("world", i), hosts) for i, s in enumerate(world)]
            world = tuple(s for s in steps if s is not None)
        else:
            ck.error(path + ("world",), "goal/world must be 'solution' or a list of docker commands")
            world = None
    preds = _predicates(ck, value.get("predicates", []), path + ("predicates",), hosts, registries)
    if "world" not in value and not value.get("predicates"):
        ck.error(path, "the goal needs predicates, a world ('world: solution'), or both")
    return Goal(preds, world, mode, _line_of(ck.lines, path))


def _parse(data, ck: _Checker, text: str, source: str) -> Level | None:
    if not ck.keys(data, (), TOP_KEYS, _REQUIRED):
        return None
    ident = ck.slug(data["id"], ("id",), "id") if "id" in data else None
    sequence = ck.slug(data["sequence"], ("sequence",), "sequence") if "sequence" in data else None
    order = ck.integer(data.get("order", 1), ("order",), "order", 1)
    title = ck.langs(data["title"], ("title",), "title") if "title" in data else None
    intro = ck.langs(data["introduction"], ("introduction",), "introduction") if "introduction" in data else None
    start = check_start(data.get("start"), ck)
    hosts, registries = _start_hosts(start), _start_registries(start)
    goal = _goal(ck, data["goal"], hosts, registries) if "goal" in data else Goal()
    hints = []
    for i, h in enumerate(ck.seq(data.get("hints", []), ("hints",), "hints", nonempty="hints" in data)):
        hints.append(ck.langs(h, ("hints", i), f"hint {i + 1}"))
    solution = []
    for i, s in enumerate(ck.seq(data.get("solution", []), ("solution",), "solution", nonempty="solution" in data)):
        solution.append(ck.step(s, ("solution", i), hosts))
    par = ck.integer(data["par"], ("par",), "par", 1) if "par" in data else None
    disabled = []
    for i, d in enumerate(ck.seq(data.get("disabled", []), ("disabled",), "disabled")):
        name = ck.text(d, ("disabled", i), "a disabled command")
        if name is not None and name not in KNOWN_COMMANDS:
            close = difflib.get_close_matches(name, KNOWN_COMMANDS, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            ck.error(("disabled", i), f"unknown docker command '{name}'{hint}; choose among: {', '.join(KNOWN_COMMANDS)}")
        disabled.append(name)
    author = ck.text(data["author"], ("author",), "author") if "author" in data else ""
    if ck.problems:
        return None
    return Level(ident, sequence, order, title, intro, start, goal, tuple(hints), tuple(solution), par,
                 tuple(disabled), author or "", source, ck.lines, text)


def loads(text: str, source: str = "<string>") -> Level:
    """Read a level from YAML text.

    Raises
    ------
    LevelError
        Not YAML, or not a level: every problem, one per line, as
        ``source:line: message``; the list is also in ``err.problems``.
    """
    try:
        data, node = yamlsafe.compose_and_load(text)   # parsed once, bounded (size, depth, aliases)
    except LimitExceeded as err:
        raise level_error([Problem(source, 1, str(err))]) from err
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
        line = mark.line + 1 if mark is not None else 1
        problem = getattr(err, "problem", None) or str(err)
        raise level_error([Problem(source, line, f"not valid YAML: {problem}")]) from err
    if node is None:
        raise level_error([Problem(source, 1, "the file is empty; see docs/levels.md for what a level holds")])
    lines, dups = _line_map(node)
    ck = _Checker(source, lines)
    for path, line in dups:
        ck.problems.append(Problem(source, line, f"duplicate key '{path[-1]}': each key may appear once"))
    level = _parse(data, ck, text, source)
    if ck.problems:
        raise level_error(sorted(ck.problems, key=lambda p: p.line) if dups else ck.problems)
    return level


def load(path) -> Level:
    """Read a level file (see :func:`loads`)."""
    path = os.fspath(path)
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as err:
        raise level_error([Problem(path, 1, f"cannot read the file: {err}")]) from err
    return loads(text, source=path)
