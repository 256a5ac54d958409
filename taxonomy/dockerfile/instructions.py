"""Pass 2 of reading a Dockerfile: nodes to instructions (BuildKit ``instructions/parse.go``).

Every node is checked (known keyword, known ``--flags``, right number of arguments) and becomes
an :class:`~taxonomy.dockerfile.records.Instruction`.
"""

from __future__ import annotations

import re
from typing import Mapping, Sequence

from .common import _Fail, _go_quote, INSTRUCTIONS, _RE_INT, _RE_ONBUILD, _RE_STAGE_NAME, _trim_space, _with_suggestion
from .heredoc import _must_heredoc
from .flags import _BFlags, _FLAG_SPECS
from .records import HealthCheck, Instruction
from .parser import _Node

__all__ = []


# ---------------------------------------------------------------------------
# pass 2: nodes to instructions (instructions/parse.go, bflag.go)
# ---------------------------------------------------------------------------

_GO_UNITS = {"ns": 1, "us": 1_000, "µs": 1_000, "μs": 1_000, "ms": 1_000_000, "s": 10**9, "m": 60 * 10**9,
             "h": 3600 * 10**9}


def _parse_go_duration(s: str) -> int:
    """Go's ``time.ParseDuration``, in nanoseconds."""
    orig, neg = s, False
    if s[:1] in ("-", "+"):
        neg, s = s[0] == "-", s[1:]
    if s == "0":
        return 0
    if s == "":
        raise _Fail(f"time: invalid duration {_go_quote(orig)}")
    total = 0
    while s:
        m = re.match(r"([0-9]*)(\.[0-9]*)?", s)
        whole, frac = m.group(1), m.group(2) or ""
        if not whole and frac in ("", "."):
            raise _Fail(f"time: invalid duration {_go_quote(orig)}")
        s = s[m.end():]
        u = re.match(r"[^0-9.]*", s).group(0)
        if not u:
            raise _Fail(f"time: missing unit in duration {_go_quote(orig)}")
        if u not in _GO_UNITS:
            raise _Fail(f"time: unknown unit {_go_quote(u)} in duration {_go_quote(orig)}")
        s = s[len(u):]
        unit = _GO_UNITS[u]
        total += int(whole or 0) * unit
        if len(frac) > 1:
            total += int(int(frac[1:]) * unit / 10 ** (len(frac) - 1))
    if total > 2**63 - 1:
        raise _Fail(f"time: invalid duration {_go_quote(orig)}")
    return -total if neg else total


def _healthcheck(args: Sequence[str], is_json: bool, flags: Mapping[str, object]) -> HealthCheck:
    """``parseHealthcheck`` (errors raised as _Fail)."""
    if not args:
        raise _Fail("HEALTHCHECK requires at least one argument")
    typ, rest = args[0].upper(), list(args[1:])
    if typ == "NONE":
        if rest:
            raise _Fail("HEALTHCHECK NONE takes no arguments")
        return HealthCheck(("NONE",))
    if typ != "CMD":
        raise _Fail(f"Unknown type {_go_quote(typ)} in HEALTHCHECK (try CMD)",
                    hint="write HEALTHCHECK [--interval=30s] CMD <command>, or HEALTHCHECK NONE")
    cmd = rest if is_json else ([" ".join(rest)] if rest else [])
    if not cmd:
        raise _Fail("Missing command after HEALTHCHECK CMD")
    test = ("CMD", *cmd) if is_json else ("CMD-SHELL", *cmd)
    durations = {}
    for name in ("interval", "timeout", "start-period", "start-interval"):
        v = flags.get(name, "")
        d = _parse_go_duration(v) if v else 0
        if d != 0 and d < 1_000_000:
            raise _Fail(f"Interval {_go_quote(name)} cannot be less than 1ms")
        durations[name] = d
    retries = 0
    if flags.get("retries", ""):
        v = str(flags["retries"])
        if not _RE_INT.match(v):
            raise _Fail(f"strconv.ParseInt: parsing {_go_quote(v)}: invalid syntax")
        retries = int(v)
        if not -(2**31) <= retries < 2**31:
            raise _Fail(f"strconv.ParseInt: parsing {_go_quote(v)}: value out of range")
        if retries < 0:
            raise _Fail(f"--retries cannot be negative ({retries})")
    return HealthCheck(test, durations["interval"], durations["timeout"], durations["start-period"],
                       durations["start-interval"], retries)


def _to_instruction(node: _Node) -> Instruction:
    """``instructions.ParseInstruction``: check one node and make it an Instruction (raises _Fail)."""
    cmd = node.value.lower()
    up = cmd.upper()
    args = node.args
    if node.kv:
        triples = [args[i:i + 3] for i in range(0, len(args), 3)]
        shown = tuple(x for t in triples for x in t[:2])
    elif cmd == "onbuild":
        shown = (_RE_ONBUILD.sub("", node.original, count=1),) if args else ()
    else:
        shown = tuple(args)
    heredocs = tuple(node.heredocs)

    def flags(spec_name=None):
        return _BFlags(node.flags, _FLAG_SPECS.get(spec_name or up, {})).parse(up)

    def exactly_one():
        if len(args) != 1:
            raise _Fail(f"{up} requires exactly one argument")

    def at_least_one():
        if not args:
            raise _Fail(f"{up} requires at least one argument")

    inner = None
    if cmd in ("env", "label"):
        flags()
        if not args:
            raise _Fail(f"{up} requires at least one argument")
        if len(args) % 3:  # pragma: no cover - the parser always makes triples
            raise _Fail(f"Bad input to {up}, too many arguments")
        for i in range(0, len(args), 3):
            if args[i] == "":
                raise _Fail(f"{up} names can not be blank", hint=f"write {up} NAME=value")
    elif cmd == "maintainer":
        exactly_one()
        flags()
    elif cmd in ("add", "copy"):
        if len(args) < 2:
            raise _Fail(f"{up} requires at least two arguments, but only one was provided. "
                        "Destination could not be determined",
                        hint=f"write {up} <source>... <destination>")
        flags()
        if _must_heredoc(args[-1]) is not None:
            raise _Fail(f"{up} cannot accept a heredoc as a destination")
    elif cmd == "from":
        if len(args) == 3 and args[1].lower() == "as":
            if not _RE_STAGE_NAME.match(args[2].lower()):
                raise _Fail(f"invalid name for build stage: {_go_quote(args[2])}, "
                            "name can't start with a number or contain symbols",
                            hint="stage names are letters, digits, '-', '_' and '.', starting with a letter")
        elif len(args) != 1:
            raise _Fail("FROM requires either one or three arguments",
                        hint="write FROM <image> or FROM <image> AS <name>")
        flags()
    elif cmd == "onbuild":
        at_least_one()
        flags()
        trigger = args[0].strip().upper()
        if trigger == "ONBUILD":
            raise _Fail("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed")
        if trigger in ("MAINTAINER", "FROM"):
            raise _Fail(f"{trigger} isn't allowed as an ONBUILD trigger")
        if heredocs:
            shown = (shown[0] + "".join("\n" + h.raw + h.name for h in heredocs),)
        if node.child is not None:
            node.child.heredocs = node.heredocs
            node.child.start, node.child.end = node.start, node.end
            try:
                inner = _to_instruction(node.child)
            except _Fail:
                inner = None
    elif cmd == "workdir":
        exactly_one()
        flags()
    elif cmd in ("run", "cmd", "entrypoint"):
        f = flags()
        if cmd == "run":
            if "network" in f and f["network"] not in ("default", "none", "host"):
                raise _Fail(f"invalid network mode {_go_quote(str(f['network']))}",
                            hint="use --network=default, none or host")
            if "security" in f and f["security"] not in ("sandbox", "insecure"):
                raise _Fail(f"security {_go_quote(str(f['security']))} is not valid",
                            hint="use --security=sandbox or insecure")
    elif cmd == "healthcheck":
        if not args:
            raise _Fail("HEALTHCHECK requires at least one argument")
        f = {} if args[0].upper() == "NONE" else flags()
        _healthcheck(args, node.json, f)
    elif cmd == "expose":
        at_least_one()
        flags()
    elif cmd == "user":
        exactly_one()
        flags()
    elif cmd == "volume":
        at_least_one()
        flags()
        if any(_trim_space(v) == "" for v in args):
            raise _Fail("VOLUME specified can not be an empty string")
    elif cmd == "stopsignal":
        exactly_one()
    elif cmd == "arg":
        at_least_one()
        for a in args:
            if "=" in a and a.split("=", 1)[0] == "":
                raise _Fail("ARG names can not be blank", hint="write ARG NAME or ARG NAME=default")
    elif cmd == "shell":
        flags()
        if not args:
            raise _Fail("SHELL requires at least one argument")
        if not node.json:
            raise _Fail("SHELL requires the arguments to be in JSON form",
                        hint='write it as a JSON array, e.g. SHELL ["/bin/bash", "-c"]')
    else:
        message = _with_suggestion(f"unknown instruction: {node.value}", node.value, INSTRUCTIONS, False)
        raise _Fail(message, hint=None if message.endswith("?)") else "instructions are " + ", ".join(INSTRUCTIONS))
    return Instruction(cmd=up, args=shown, json_form=node.json, flags=tuple(node.flags),
                       original=node.original, line=node.start, end_line=node.end,
                       heredocs=heredocs, inner=inner)
