"""What every pass of the Dockerfile port shares: BuildKit's constants, small Go look-alikes, errors.

The instruction keywords, the default shell and ``PATH``, the build args every build accepts, the
regular expressions of BuildKit's parser, the few Go library functions the port needs to give the
same answers (``strconv.Quote``, ``strings.TrimSpace``, the "did you mean" suggestion) and the
helper that turns a problem into a :class:`~taxonomy.errors.BuildError` with BuildKit's text.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..errors import BuildError

__all__ = ["INSTRUCTIONS", "SUBSTITUTING_INSTRUCTIONS", "DEFAULT_SHELL", "DEFAULT_PATH"]


#: Every instruction keyword BuildKit knows (``command.Commands``).
INSTRUCTIONS = (
    "ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK",
    "LABEL", "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
)

#: Instructions whose arguments Docker substitutes ``$VAR`` in (RUN, CMD,
#: ENTRYPOINT, SHELL, HEALTHCHECK, MAINTAINER and ONBUILD are left to the
#: shell or to the later build).
SUBSTITUTING_INSTRUCTIONS = (
    "ADD", "ARG", "COPY", "ENV", "EXPOSE", "FROM", "LABEL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
)

#: The shell of shell-form instructions on Linux until ``SHELL`` changes it.
DEFAULT_SHELL = ("/bin/sh", "-c")

#: The ``PATH`` BuildKit adds to a stage whose image has none (``system.DefaultPathEnv``).
DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

# Build args every build accepts without an ARG (proxy settings).
_PREDEFINED_ARGS = frozenset(
    "HTTP_PROXY http_proxy HTTPS_PROXY https_proxy FTP_PROXY ftp_proxy NO_PROXY no_proxy ALL_PROXY all_proxy".split()
)

# ---------------------------------------------------------------------------
# small Go look-alikes
# ---------------------------------------------------------------------------

_RE_WS = re.compile(r"[\t\v\f\r ]+")  # parser.reWhitespace
_RE_HEREDOC = re.compile(r"([0-9]*)<<(-?)[\t\n\f\r ]*([^<]*)\Z")  # parser.reHeredoc (Go's \s)
_RE_DIRECTIVE = re.compile(r"([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*(.+?)[\t\n\f\r ]*\Z")
_RE_STAGE_NAME = re.compile(r"[a-z][a-z0-9\-_.]*\Z")
_RE_ONBUILD = re.compile(r"^\s*ONBUILD\s*", re.IGNORECASE)
_RE_INT = re.compile(r"[+-]?[0-9]+\Z")


def _is_space(ch: str) -> bool:
    """Go's ``unicode.IsSpace``."""
    return ch in "\t\n\v\f\r \x85\xa0" or (ch > "\xff" and ch.isspace())


def _trim_left_space(s: str) -> str:
    i = 0
    while i < len(s) and _is_space(s[i]):
        i += 1
    return s[i:]


def _trim_space(s: str) -> str:
    """Go's ``strings.TrimSpace``."""
    s = _trim_left_space(s)
    j = len(s)
    while j > 0 and _is_space(s[j - 1]):
        j -= 1
    return s[:j]


def _go_quote(s: str) -> str:
    """Go's ``%q`` of a string."""
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch in "\a\b\f\n\r\t\v":
            out.append("\\" + "abfnrtv"["\a\b\f\n\r\t\v".index(ch)])
        elif ch == " " or ch.isprintable():
            out.append(ch)
        elif ord(ch) < 0x80:
            out.append(f"\\x{ord(ch):02x}")
        elif ord(ch) <= 0xFFFF:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(f"\\U{ord(ch):08x}")
    out.append('"')
    return "".join(out)


def _levenshtein(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _suggest(val: str, options: Sequence[str], case_sensitive: bool) -> str | None:
    """``util/suggest.WrapError``: the closest option within distance 2 (options sorted, so ties are stable)."""
    orig = val
    if not case_sensitive:
        val = val.lower()
    match, mindist = None, 3
    for opt in sorted(options):
        o = opt if case_sensitive else opt.lower()
        if val == o:
            return None
        dist = _levenshtein(val, o)
        if dist < mindist:
            if case_sensitive:
                match = o
            elif orig == orig.lower():
                match = o.lower()
            elif orig == orig.upper():
                match = o.upper()
            else:
                match = o
            mindist = dist
    return match


def _with_suggestion(message: str, val: str, options: Sequence[str], case_sensitive: bool) -> str:
    match = _suggest(val, options, case_sensitive)
    return message if match is None else f"{message} (did you mean {match}?)"


# ---------------------------------------------------------------------------
# errors
# ---------------------------------------------------------------------------


class _Fail(Exception):
    """An error found below the level that knows where it is; carries BuildKit's text."""

    def __init__(self, reason: str, hint: str | None = None):
        super().__init__(reason)
        self.reason = reason
        self.hint = hint


def _build_error(reason: str, line: int | None = None, end_line: int | None = None,
                 source: Sequence[str] | str | None = None, hint: str | None = None,
                 *, instruction_pass: bool = False) -> BuildError:
    """A :class:`BuildError` in this module's format (see the module docstring)."""
    if line is None:
        head = reason
    elif instruction_pass:
        head = f"dockerfile parse error on line {line}: {reason}"
    else:
        head = f"Dockerfile:{line}: {reason}"
    parts = [head]
    if isinstance(source, str):
        source = source.split("\n")
    shown: list[str] = []
    if source and line is not None:
        for n, text in enumerate(list(source)[:6], start=line):
            parts.append(f"{n:>4} | {text}")
            shown.append(text)
        if len(source) > 6:
            parts.append("     | ...")
    if hint:
        parts.append(f"hint: {hint}")
    err = BuildError("\n".join(parts))
    err.line = line
    err.end_line = end_line if end_line is not None else line
    err.reason = head if instruction_pass else reason
    err.source = "\n".join(shown) if shown else None
    err.hint = hint
    return err
