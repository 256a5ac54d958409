"""The program table: what a container's main process does, as data.

The model runs no program, so something must say that ``nginx`` keeps
running and listens on port 80, that ``postgres`` without
``POSTGRES_PASSWORD`` stops at once with its well-known message, and what
``docker logs`` shows. That is this table: ``taxonomy/data/programs.yaml``
(read with ``yaml.safe_load``), documented in ``docs/programs.md``. A level
or an instructor adds entries with :meth:`ProgramTable.extend` (theirs are
looked up first).

:meth:`ProgramTable.behaviour` answers for one command line. For ``sh -c
"yarn install && yarn run dev"`` it reads the shell's line: the last
command decides whether the container keeps running, and the earlier ones
add their own log lines (``yarn install``'s) before it.

Examples
--------
>>> table = ProgramTable.default()
>>> b = table.behaviour(["docker-entrypoint.sh", "postgres"], {"PG_VERSION": "17.5-1.pgdg120+1"})
>>> b.state, b.exit_code, b.logs[0][1]
('exited', 1, 'Error: Database is uninitialized and superuser password is not specified.')
>>> b = table.behaviour(["sh", "-c", "yarn install && yarn run dev"], {}, started=1_748_736_000)
>>> b.state, b.listens, b.logs[0][1], b.logs[-1][1]
('running', ('3000/tcp',), 'yarn install v1.22.22', 'Listening on port 3000')
>>> table.behaviour(["ls", "/"], {}) is None     # not a program the table knows: the shell runs it
True
"""

from __future__ import annotations

import datetime as _dt
import fnmatch
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping, Sequence

from .errors import InvalidArgument

__all__ = ["Program", "Behaviour", "ProgramTable", "WRAPPERS", "MAX_PROGRAMS", "MAX_LOG_LINES"]

#: Entry-point wrappers that hand over to the real program (``exec "$@"``).
WRAPPERS = ("docker-entrypoint.sh", "/docker-entrypoint.sh", "/usr/local/bin/docker-entrypoint.sh", "tini", "--",
            "dumb-init", "/__cacert_entrypoint.sh", "gosu")
#: Most entries a table may hold, and log lines an entry may print (a table is data anyone can write).
MAX_PROGRAMS = 2000
MAX_LOG_LINES = 500
_RUNS = ("forever", "exits", "interactive", "for_seconds")
_KEYS = {"name", "match", "runs", "exit_code", "listens", "logs", "unless_env", "when_env", "connects_to", "then",
         "note", "seconds_from_arg"}
_MATCH_KEYS = {"program", "args", "args_like", "no_args"}
_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(%%-\*)?\}")


@dataclass(frozen=True)
class Program:
    """One entry of the table (see ``docs/programs.md`` for every key)."""

    name: str
    programs: tuple
    args: tuple = ()
    args_like: str = ""
    no_args: bool = False
    runs: str = "forever"
    exit_code: int = 0
    listens: tuple = ()
    logs: tuple = ()            # ((stream, template), ...)
    unless_env: tuple = ()
    when_env: tuple = ()
    connects_to: str = ""
    then: tuple = ()
    note: str = ""
    seconds_from_arg: int = 0

    def matches(self, argv: Sequence[str], env: Mapping[str, str]) -> bool:
        """True if this entry describes ``argv`` run with ``env``."""
        if not argv or posixpath.basename(argv[0]) not in self.programs:
            return False
        rest = list(argv[1:])
        if self.no_args and rest:
            return False
        if self.args and rest[:len(self.args)] != list(self.args):
            return False
        if self.args_like and not (rest and fnmatch.fnmatchcase(rest[0], self.args_like)):
            return False
        if self.unless_env and any(_env_set(env, item) for item in self.unless_env):
            return False
        if self.when_env and not all(_env_set(env, item) for item in self.when_env):
            return False
        return True


def _env_set(env: Mapping[str, str], item: str) -> bool:
    name, sep, value = item.partition("=")
    return env.get(name) == value if sep else bool(env.get(name))


@dataclass(frozen=True)
class Behaviour:
    """What a container's process does, from the table.

    Attributes
    ----------
    state : {"running", "exited", "interactive"}
        ``interactive``: it waits for input if started with ``-i``, and
        exits 0 at once without.
    exit_code : int or None
    logs : tuple of (stream, line)
        ``stream`` is ``"stdout"`` or ``"stderr"``; lines have no newline.
    listens : tuple of str
        Ports the program listens on (``"3000/tcp"``).
    seconds : int or None
        For ``runs: for_seconds`` (``sleep 5``): how long it runs.
    connects_to : str
        ``host:port`` the program needs (``mysql:3306``), for a caller that
        checks names on the container's network.
    before : str
        The part of a ``sh -c`` line before the main command, for the small
        shell to run first (files it makes are then in the container).
    programs : tuple of str
        Names of the entries that answered.
    notes : tuple of str
    """

    state: str
    exit_code: int | None = None
    logs: tuple = ()
    listens: tuple = ()
    seconds: int | None = None
    connects_to: str = ""
    before: str = ""
    programs: tuple = ()
    notes: tuple = ()

    def log_text(self, stream: str | None = None) -> str:
        """The log lines (of one stream, or both) as ``docker logs`` prints them."""
        return "".join(line + "\n" for s, line in self.logs if stream is None or s == stream)


def _times(epoch: int) -> dict:
    t = _dt.datetime.fromtimestamp(int(epoch), _dt.timezone.utc)
    return {"date": t.strftime("%Y-%m-%d %H:%M:%S+00:00"), "iso": t.strftime("%Y-%m-%dT%H:%M:%S.000000Z"),
            "pgtime": t.strftime("%Y-%m-%d %H:%M:%S.000 UTC"), "nginxtime": t.strftime("%Y/%m/%d %H:%M:%S"),
            "redistime": t.strftime("%d %b %Y %H:%M:%S.000"), "apachetime": t.strftime("%a %b %d %H:%M:%S.000000 %Y")}


def _render(template: str, env: Mapping[str, str], fields: Mapping[str, str]) -> str:
    def var(m):
        value = env.get(m.group(1), "")
        return value.split("-", 1)[0] if m.group(2) else value
    text = _VAR.sub(var, template)
    for key, value in fields.items():
        text = text.replace("{" + key + "}", value)
    return text


def _as_tuple(value, what: str, name: str) -> tuple:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, (str, int)) for v in value):
        return tuple(str(v) for v in value)
    raise InvalidArgument(f"program table entry {name!r}: {what} must be a string or a list of strings, "
                          f"not {value!r}")


def _program(raw, index: int) -> Program:
    if not isinstance(raw, dict):
        raise InvalidArgument(f"program table entry #{index + 1} must be a mapping with 'name', 'match' and 'runs'")
    name = str(raw.get("name") or f"#{index + 1}")
    unknown = set(raw) - _KEYS
    if unknown:
        raise InvalidArgument(f"program table entry {name!r} has unknown keys {sorted(unknown)}; "
                              f"the keys are {sorted(_KEYS)} (see docs/programs.md)")
    match = raw.get("match")
    if not isinstance(match, dict) or "program" not in match or set(match) - _MATCH_KEYS:
        raise InvalidArgument(f"program table entry {name!r}: 'match' must be a mapping with 'program' "
                              f"(and optionally {sorted(_MATCH_KEYS - {'program'})})")
    runs = raw.get("runs", "forever")
    if runs not in _RUNS:
        raise InvalidArgument(f"program table entry {name!r}: runs must be one of {', '.join(_RUNS)}, not {runs!r}")
    logs = []
    for line in raw.get("logs") or ():
        if isinstance(line, str):
            logs.append(("stdout", line))
        elif isinstance(line, dict) and len(line) == 1 and set(line) <= {"stdout", "stderr"} \
                and isinstance(next(iter(line.values())), str):
            logs.append(next(iter(line.items())))
        else:
            raise InvalidArgument(f"program table entry {name!r}: a log line is a string or "
                                  f"{{stderr: \"...\"}}, not {line!r}")
    if len(logs) > MAX_LOG_LINES:
        raise InvalidArgument(f"program table entry {name!r} has {len(logs)} log lines; at most {MAX_LOG_LINES}")
    try:
        exit_code = int(raw.get("exit_code", 0))
        seconds_arg = int(raw.get("seconds_from_arg", 0))
    except (TypeError, ValueError) as err:
        raise InvalidArgument(f"program table entry {name!r}: exit_code and seconds_from_arg are whole numbers") from err
    return Program(name, _as_tuple(match["program"], "match.program", name), _as_tuple(match.get("args"), "match.args", name),
                   str(match.get("args_like") or ""), bool(match.get("no_args", False)), runs, exit_code,
                   _as_tuple(raw.get("listens"), "listens", name), tuple(logs),
                   _as_tuple(raw.get("unless_env"), "unless_env", name), _as_tuple(raw.get("when_env"), "when_env", name),
                   str(raw.get("connects_to") or ""), _as_tuple(raw.get("then"), "then", name),
                   str(raw.get("note") or ""), seconds_arg)


@dataclass(frozen=True)
class ProgramTable:
    """An ordered, immutable list of :class:`Program` entries; the first match answers."""

    programs: tuple = field(default_factory=tuple)

    @classmethod
    def from_data(cls, data) -> "ProgramTable":
        """A table from parsed YAML (``{"version": 1, "programs": [...]}``) or a plain list of entries.

        Raises
        ------
        InvalidArgument
            The data is malformed; the message names the entry and the key.
        """
        entries = data.get("programs") if isinstance(data, dict) else data
        if isinstance(data, dict) and data.get("version", 1) != 1:
            raise InvalidArgument(f"program table version {data.get('version')!r} is not known; use version: 1")
        if not isinstance(entries, list):
            raise InvalidArgument("a program table is a list of entries under 'programs:' (see docs/programs.md)")
        if len(entries) > MAX_PROGRAMS:
            raise InvalidArgument(f"a program table may hold at most {MAX_PROGRAMS} entries, not {len(entries)}")
        return cls(tuple(_program(raw, i) for i, raw in enumerate(entries)))

    @classmethod
    def from_yaml(cls, text: str) -> "ProgramTable":
        """A table from YAML text (read with ``yaml.safe_load``)."""
        import yaml
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as err:
            raise InvalidArgument(f"the program table is not valid YAML: {err}") from err
        return cls.from_data(data)

    @classmethod
    def default(cls) -> "ProgramTable":
        """The table shipped with the library (``taxonomy/data/programs.yaml``)."""
        return cls.from_yaml((Path(__file__).parent / "data" / "programs.yaml").read_text(encoding="utf-8"))

    def extend(self, entries) -> "ProgramTable":
        """A new table with ``entries`` (parsed YAML or a table) looked up before this one's.

        Examples
        --------
        >>> mine = ProgramTable.default().extend([{"name": "api", "match": {"program": "api-server"},
        ...                                        "runs": "forever", "listens": ["8080/tcp"], "logs": ["ready"]}])
        >>> mine.behaviour(["api-server"], {}).listens
        ('8080/tcp',)
        """
        extra = entries if isinstance(entries, ProgramTable) else ProgramTable.from_data(entries)
        if len(extra.programs) + len(self.programs) > MAX_PROGRAMS:
            raise InvalidArgument(f"a program table may hold at most {MAX_PROGRAMS} entries")
        return ProgramTable(extra.programs + self.programs)

    def find(self, argv: Sequence[str], env: Mapping[str, str]) -> Program | None:
        """The first entry describing ``argv`` (entry-point wrappers skipped), or None."""
        argv = _unwrap(argv)
        return next((p for p in self.programs if p.matches(argv, env)), None)

    def behaviour(self, argv: Sequence[str], env: Mapping[str, str], *, started: int = 0, ip: str = "172.17.0.2",
                  hostname: str = "") -> Behaviour | None:
        """What ``argv`` (entrypoint + command, as Docker joins them) does, or None if the table does not know it.

        ``None`` means: a command for the small shell (``ls /``, ``echo hi``)
        or a program the model does not run.
        """
        argv = _unwrap([str(a) for a in argv])
        if not argv:
            return None
        fields = dict(_times(started), ip=ip, hostname=hostname)
        if posixpath.basename(argv[0]) in ("sh", "bash", "ash", "dash", "zsh") and len(argv) >= 3 and argv[1] == "-c":
            return self._script(argv[2], env, fields)
        return self._answer(argv, env, fields, depth=0)

    def _answer(self, argv, env, fields, *, depth: int, logs=(), names=()) -> Behaviour | None:
        program = self.find(argv, env)
        if program is None:
            return None
        logs = tuple(logs) + tuple((s, _render(t, env, fields)) for s, t in program.logs)
        names = tuple(names) + (program.name,)
        if program.then and depth < 8:
            nxt = self._answer(list(program.then), env, fields, depth=depth + 1, logs=logs, names=names)
            if nxt is not None:
                return Behaviour(nxt.state, nxt.exit_code, nxt.logs, program.listens or nxt.listens, nxt.seconds,
                                 nxt.connects_to, "", nxt.programs, nxt.notes)
        notes = (program.note,) if program.note else ()
        connects = _render(program.connects_to, env, fields) if program.connects_to else ""
        if program.runs == "exits":
            return Behaviour("exited", program.exit_code, logs, (), None, connects, "", names, notes)
        if program.runs == "interactive":
            return Behaviour("interactive", None, logs, program.listens, None, connects, "", names, notes)
        if program.runs == "for_seconds":
            try:
                seconds = int(float(argv[program.seconds_from_arg]))
            except (IndexError, ValueError):
                seconds = 0
            return Behaviour("running", None, logs, program.listens, max(0, seconds), connects, "", names, notes)
        return Behaviour("running", None, logs, program.listens, None, connects, "", names, notes)

    def _script(self, text: str, env, fields) -> Behaviour | None:
        from .shell.parse import ShellSyntaxError, parse
        try:
            script = parse(text)
        except ShellSyntaxError:
            return None
        simple = [(op, p.commands[-1]) for op, p in script]
        words = [[_plain(w) for w in cmd.words] for _, cmd in simple]
        if not words or any(None in w for w in words):
            return None          # variables or a pipeline the table cannot judge: the shell runs it
        last = self._answer(words[-1], env, fields, depth=0)
        if last is None or last.state == "exited" and last.exit_code == 0:
            return None
        logs, names, notes = [], [], []
        for argv in words[:-1]:
            b = self._answer(argv, env, fields, depth=0)
            if b is not None:
                logs += list(b.logs)
                names += list(b.programs)
        before = text[:text.rfind(" ".join(words[-1][:1]))].rstrip(" ;&|") if len(words) > 1 else ""
        return Behaviour(last.state, last.exit_code, tuple(logs) + last.logs, last.listens, last.seconds,
                         last.connects_to, before, tuple(names) + last.programs, tuple(notes) + last.notes)


def _plain(word) -> str | None:
    if any(kind in ("var", "qvar") for kind, _ in word):
        return None
    return "".join(text for _, text in word)


def _unwrap(argv: Sequence[str]) -> list[str]:
    argv = list(argv)
    while argv and (argv[0] in WRAPPERS or posixpath.basename(argv[0]) in WRAPPERS):
        argv = argv[1:]
        if argv and posixpath.basename(argv[0]) == "gosu" and len(argv) > 1:
            argv = argv[2:]
    return argv
