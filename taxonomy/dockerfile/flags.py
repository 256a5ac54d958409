"""The ``--flags`` of instructions (BuildKit ``frontend/dockerfile/instructions/bflag.go``).

Which flags each instruction knows, and the parser that checks and reads them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Mapping, Sequence

from .common import _Fail, _with_suggestion

if TYPE_CHECKING:  # records imports this module; the name is only an annotation
    from .records import Instruction

__all__ = []


# flag name -> "str" | "bool" | "strings"
_FLAG_SPECS: dict[str, dict[str, str]] = {
    "ADD": {"chown": "str", "chmod": "str", "link": "bool", "keep-git-dir": "bool", "checksum": "str",
            "unpack": "bool", "exclude": "strings"},
    "COPY": {"chown": "str", "from": "str", "chmod": "str", "link": "bool", "parents": "bool",
             "exclude": "strings"},
    "FROM": {"platform": "str"},
    "RUN": {"mount": "strings", "network": "str", "security": "str"},
    "HEALTHCHECK": {"interval": "str", "timeout": "str", "start-period": "str", "start-interval": "str",
                    "retries": "str"},
}
# instructions whose flags BuildKit never looks at (so any flag is silently ignored)
_FLAGS_IGNORED = ("ARG", "STOPSIGNAL")


def _flag_spec(instr: Instruction) -> dict[str, str] | None:
    if instr.cmd in _FLAGS_IGNORED or (instr.cmd == "HEALTHCHECK" and instr.args[:1] and instr.args[0].upper() == "NONE"):
        return None
    return _FLAG_SPECS.get(instr.cmd, {})


class _BFlags:
    """``instructions.BFlags``."""

    def __init__(self, args: Sequence[str], spec: Mapping[str, str]):
        self.args, self.spec = list(args), spec

    def parse(self, cmd: str) -> dict[str, object]:
        out: dict[str, object] = {}
        for arg in self.args:
            if not arg.startswith("--"):
                raise _Fail(f"arg should start with -- : {arg}")
            if arg == "--":
                return out
            name, has_value, value = arg[2:].partition("=")
            kind = self.spec.get(name)
            if kind is None:
                known = sorted(self.spec)
                hint = (f"{cmd} accepts " + ", ".join("--" + k for k in known)) if known else f"{cmd} takes no flags"
                raise _Fail(_with_suggestion(f"unknown flag: {name}", name, known, True), hint=hint)
            if name in out and kind != "strings":
                raise _Fail(f"duplicate flag specified: {name}", hint=f"give --{name} only once")
            if kind == "bool":
                if has_value and value == "":
                    raise _Fail(f"missing a value on flag: {name}")
                low = value.lower()
                if low in ("true", ""):
                    out[name] = True
                elif low == "false":
                    out[name] = False
                else:
                    raise _Fail(f"expecting boolean value for flag {name}, not: {value}")
            elif kind == "str":
                if not has_value:
                    raise _Fail(f"missing a value on flag: {name}", hint=f"write --{name}=<value>")
                out[name] = value
            else:
                if not has_value:
                    raise _Fail(f"missing a value on flag: {name}", hint=f"write --{name}=<value>")
                out[name] = (*out.get(name, ()), value)
        return out
