"""Turning a docker command line into words and flags, without a shell.

The text is split with :func:`shlex.split` (quotes work as in a POSIX
shell) and nothing is ever executed: no variables, no globbing, no pipes.
Flags follow the docker CLI's conventions: ``--name web``, ``--name=web``,
``-e K=V``, grouped short booleans (``-it``, ``-dit``), and for ``run`` the
first positional word ends the flags.

Examples
--------
>>> spec = {"-d": ("detach", "bool"), "--detach": ("detach", "bool"), "--name": ("name", "str"),
...         "-e": ("env", "list"), "-i": ("i", "bool"), "-t": ("t", "bool")}
>>> opts, rest = parse_flags(["-it", "--name=web", "-e", "A=1", "nginx", "-d"], spec, interspersed=False)
>>> opts["i"], opts["t"], opts["name"], opts["env"], rest
(True, True, 'web', ['A=1'], ['nginx', '-d'])
"""

from __future__ import annotations

__all__ = ["UsageError", "parse_flags"]


class UsageError(Exception):
    """A flag or argument error, printed with the command's usage hint (exit 125 or 1)."""

    def __init__(self, message: str, exit_code: int = 125):
        super().__init__(message)
        self.exit_code = exit_code


def parse_flags(words, spec, *, interspersed: bool = True):
    """Split ``words`` into (options, positional arguments) following ``spec``.

    ``spec`` maps each flag spelling to ``(key, type)`` with type ``"bool"``,
    ``"str"`` or ``"list"``.
    """
    opts: dict = {}
    for key, typ in spec.values():
        opts.setdefault(key, [] if typ == "list" else (False if typ == "bool" else None))
    rest: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        i += 1
        if w == "--":
            rest.extend(words[i:])
            break
        if not w.startswith("-") or w == "-":
            rest.append(w)
            if not interspersed:
                rest.extend(words[i:])
                break
            continue
        if w.startswith("--"):
            name, eq, value = w.partition("=")
            if name not in spec:
                raise UsageError(f"unknown flag: {name}")
            key, typ = spec[name]
            if typ == "bool":
                if eq and value.lower() not in ("true", "false", "1", "0"):
                    raise UsageError(f'invalid argument "{value}" for "{name}" flag: strconv.ParseBool: parsing "{value}": invalid syntax')
                opts[key] = (value.lower() in ("true", "1")) if eq else True
                continue
            if not eq:
                if i >= len(words):
                    raise UsageError(f"flag needs an argument: {name}")
                value = words[i]
                i += 1
            _store(opts, key, typ, value)
            continue
        # short flags, maybe grouped: -it, -dit, -p8080:80, -e K=V
        j = 1
        while j < len(w):
            name = "-" + w[j]
            if name not in spec:
                raise UsageError(f"unknown shorthand flag: '{w[j]}' in {w}")
            key, typ = spec[name]
            if typ == "bool":
                opts[key] = True
                j += 1
                continue
            value = w[j + 1:]
            if value.startswith("="):
                value = value[1:]
            if not value:
                if i >= len(words):
                    raise UsageError(f"flag needs an argument: '{w[j]}' in {name}")
                value = words[i]
                i += 1
            _store(opts, key, typ, value)
            break
    return opts, rest


def _store(opts, key, typ, value):
    if typ == "list":
        opts[key] = opts[key] + [value]
    else:
        opts[key] = value
