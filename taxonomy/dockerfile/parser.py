"""Pass 1 of reading a Dockerfile: lines to nodes (BuildKit ``frontend/dockerfile/parser``).

Parser directives (``# escape=``, ``# syntax=``), line continuations, comments inside
continuations, heredoc bodies, JSON versus shell form, and each instruction's own argument
grammar (``line_parsers.go``, ``split_command.go``).
"""

from __future__ import annotations

import json
import re
from typing import NamedTuple

from .. import jsonsafe, limits
from .common import _build_error, _Fail, _go_quote, _is_space, _RE_DIRECTIVE, _RE_WS, _trim_left_space, _trim_space
from .heredoc import _chomp, Heredoc, _heredocs_from_line

__all__ = []


# ---------------------------------------------------------------------------
# pass 1: lines to nodes (parser/parser.go, line_parsers.go, split_command.go)
# ---------------------------------------------------------------------------


class _NotJSON(Exception):
    pass


_NOT_STRING_ARRAY = "when using JSON array syntax, arrays must be comprised of strings only"


class _Directives:
    _VALID = ("syntax", "escape", "check")

    def __init__(self):
        self.escape = "\\"
        self.values: dict[str, str] = {}
        self.done = False
        self._cont = self._cont_regex("\\")

    @staticmethod
    def _cont_regex(tok):
        t = re.escape(tok)
        return re.compile(f"([^{t}]){t}[ \\t]*\\Z|^{t}[ \\t]*\\Z")

    def set_escape(self, s):
        if s not in ("`", "\\"):
            raise _Fail(f"invalid escape token '{s}' does not match ` or \\",
                        hint="the escape directive takes \\ (the default) or ` (backtick)")
        self.escape = s
        self._cont = self._cont_regex(s)

    def possible(self, line: str) -> bool:
        """``DirectiveParser.ParseLine``: a directive only before any other line."""
        if self.done:
            return False
        if not line.startswith("#"):
            self.done = True
            return False
        m = _RE_DIRECTIVE.match(_trim_left_space(line[1:]))
        if not m or m.group(1).lower() not in self._VALID:
            self.done = True
            return False
        k = m.group(1).lower()
        if k in self.values:
            raise _Fail(f"only one {k} parser directive can be used",
                        hint=f"remove the repeated '# {k}=' line")
        self.values[k] = m.group(2)
        if k == "escape":
            self.set_escape(m.group(2))
        return True

    def trim_continuation(self, line: str) -> tuple[str, bool]:
        if self._cont.search(line):
            return self._cont.sub(lambda m: m.group(1) or "", line, count=1), False
        return line, True


class _Node:
    __slots__ = ("value", "original", "flags", "args", "json", "child", "heredocs", "start", "end", "kv")

    def __init__(self, value, original, flags, args, json_, child, kv=False):
        self.value, self.original, self.flags, self.args = value, original, flags, args
        self.json, self.child, self.kv = json_, child, kv
        self.heredocs: list[Heredoc] = []
        self.start = self.end = 0

    def can_contain_heredoc(self) -> bool:
        node = self
        if node.value.lower() == "onbuild" and node.child is not None:
            node = node.child
        return node.value.lower() in ("add", "copy", "run") and not node.json


def _split_lines(text: str) -> list[str]:
    """``scanLines``: split after each ``\\n``, keeping it."""
    lines, start = [], 0
    while True:
        i = text.find("\n", start)
        if i < 0:
            if start < len(text):
                lines.append(text[start:])
            return lines
        lines.append(text[start:i + 1])
        start = i + 1


def _is_comment(line: str) -> bool:
    return _trim_left_space(line).startswith("#")


def _parse_words(rest: str, escape: str) -> list[str]:
    """``parseWords``: split at blanks outside quotes, keeping quotes and escapes."""
    words: list[str] = []
    phase = 0  # 0 spaces, 1 word, 2 quote
    quote = ""
    blank_ok = False
    buf: list[str] = []
    n = len(rest)
    pos = 0
    while pos <= n:
        ch = rest[pos] if pos < n else ""
        if phase == 0:
            if pos == n:
                break
            if _is_space(ch):
                pos += 1
                continue
            phase = 1
        if phase in (1, 2) and pos == n:
            if blank_ok or buf:
                words.append("".join(buf))
            break
        if phase == 1:
            if _is_space(ch):
                phase = 0
                if blank_ok or buf:
                    words.append("".join(buf))
                buf, blank_ok = [], False
                pos += 1
                continue
            if ch in ("'", '"'):
                quote, blank_ok, phase = ch, True, 2
            if ch == escape:
                if pos + 1 == n:
                    pos += 1
                    continue
                buf.append(ch)
                pos += 1
                ch = rest[pos]
            buf.append(ch)
            pos += 1
            continue
        if phase == 2:
            if ch == quote:
                phase = 1
            if ch == escape and quote != "'":
                if pos + 1 == n:
                    phase = 1
                    pos += 1
                    continue
                pos += 1
                buf.append(ch)
                ch = rest[pos]
            buf.append(ch)
        pos += 1
    return words


def _as_go_bytes(s: str) -> str:
    """The UTF-8 bytes of ``s``, one character per byte (Go code that indexes ``line[pos]``)."""
    return s.encode("utf-8", "surrogateescape").decode("latin-1")


def _from_go_bytes(s: str) -> str:
    return s.encode("latin-1").decode("utf-8", "surrogateescape")


def _extract_builder_flags(line: str, escape: str) -> tuple[str, list[str]]:
    """``extractBuilderFlags``: leading ``--flag`` words, quotes removed.

    Go walks the line byte by byte and asks ``unicode.IsSpace(rune(byte))``,
    so the bytes 0x85 and 0xA0 count as blanks; this is copied exactly.
    """
    rest, words = _extract_builder_flags_bytes(_as_go_bytes(line), escape)
    return _from_go_bytes(rest), [_from_go_bytes(w) for w in words]


def _extract_builder_flags_bytes(line: str, escape: str) -> tuple[str, list[str]]:
    words: list[str] = []
    phase = 0
    buf: list[str] = []
    quote = ""
    blank_ok = False
    n = len(line)
    pos = 0
    while pos <= n:
        ch = line[pos] if pos < n else ""
        if phase == 0:
            if pos == n:
                break
            if _is_space(ch):
                pos += 1
                continue
            if ch != "-" or pos + 1 == n or line[pos + 1] != "-":
                return line[pos:], words
            phase = 1
        if phase in (1, 2) and pos == n:
            word = "".join(buf)
            if word != "--" and (blank_ok or word):
                words.append(word)
            break
        if phase == 1:
            if _is_space(ch):
                word = "".join(buf)
                phase = 0
                if word == "--":
                    return line[pos:], words
                if blank_ok or word:
                    words.append(word)
                buf, blank_ok = [], False
                pos += 1
                continue
            if ch in ("'", '"'):
                quote, blank_ok, phase = ch, True, 2
                pos += 1
                continue
            if ch == escape:
                if pos + 1 == n:
                    pos += 1
                    continue
                pos += 1
                ch = line[pos]
            buf.append(ch)
            pos += 1
            continue
        if phase == 2:
            if ch == quote:
                phase = 1
                pos += 1
                continue
            if ch == escape:
                if pos + 1 == n:
                    phase = 1
                    pos += 1
                    continue
                pos += 1
                ch = line[pos]
            buf.append(ch)
        pos += 1
    return "", words


def _parse_json(rest: str) -> list[str]:
    rest = _trim_left_space(rest)
    if not rest.startswith("["):
        raise _NotJSON()

    def reject(_):
        raise ValueError("not JSON")

    if jsonsafe.depth(rest, limits.MAX_JSON_DEPTH) > limits.MAX_JSON_DEPTH:
        raise _NotJSON()   # read as the shell form, without recursing (Go's encoding/json stops at 10,000)
    try:
        value = json.loads(rest, parse_constant=reject)
    except ValueError:
        raise _NotJSON() from None
    if not isinstance(value, list):  # pragma: no cover - starts with "["
        raise _NotJSON()
    if not all(isinstance(v, str) for v in value):
        raise _Fail(_NOT_STRING_ARRAY, hint='write every item in double quotes, e.g. ["echo", "1"]')
    return value


def _parse_maybe_json(rest, d):
    if rest == "":
        return [], False, None
    try:
        return _parse_json(rest), True, None
    except _NotJSON:
        return [rest], False, None


def _parse_strings_ws(rest, d):
    return ([] if rest == "" else _RE_WS.split(rest)), False, None


def _parse_maybe_json_to_list(rest, d):
    try:
        return _parse_json(rest), True, None
    except _NotJSON:
        return _parse_strings_ws(rest, d)


def _parse_string(rest, d):
    return ([] if rest == "" else [rest]), False, None


def _parse_name_val(rest, key, d):
    words = _parse_words(rest, d.escape)
    if not words:
        return []
    if "=" not in words[0]:
        parts = _RE_WS.split(rest, maxsplit=1)
        if len(parts) < 2:
            raise _Fail(f"{key} must have two arguments",
                        hint=f"write {key} NAME=value (use {key} NAME=\"\" for an empty value)")
        return [parts[0], parts[1], ""]
    out: list[str] = []
    for word in words:
        if "=" not in word:
            raise _Fail(f"Syntax error - can't find = in {_go_quote(word)}. Must be of the form: name=value",
                        hint="quote values that contain spaces: NAME=\"two words\"")
        k, v = word.split("=", 1)
        out += [k, v, "="]
    return out


def _parse_env(rest, d):
    return _parse_name_val(rest, "ENV", d), False, None


def _parse_label(rest, d):
    return _parse_name_val(rest, "LABEL", d), False, None


def _parse_name_or_name_val(rest, d):
    return _parse_words(rest, d.escape), False, None


def _parse_health_config(rest, d):
    rest = _as_go_bytes(rest)  # Go scans bytes here too
    sep = 0
    while sep < len(rest) and not _is_space(rest[sep]):
        sep += 1
    nxt = sep
    while nxt < len(rest) and _is_space(rest[nxt]):
        nxt += 1
    if sep == 0:
        return [], False, None
    cmd, is_json, _ = _parse_maybe_json(_from_go_bytes(rest[nxt:]), d)
    return [_from_go_bytes(rest[:sep]), *cmd], is_json, None


def _parse_sub_command(rest, d):
    if rest == "":
        return [], False, None
    child = _new_node(rest, d)
    return [child.value, *child.args], False, child


def _parse_ignore(rest, d):
    return [], False, None


_DISPATCH = {
    "add": _parse_maybe_json_to_list,
    "arg": _parse_name_or_name_val,
    "cmd": _parse_maybe_json,
    "copy": _parse_maybe_json_to_list,
    "entrypoint": _parse_maybe_json,
    "env": _parse_env,
    "expose": _parse_strings_ws,
    "from": _parse_strings_ws,
    "healthcheck": _parse_health_config,
    "label": _parse_label,
    "maintainer": _parse_string,
    "onbuild": _parse_sub_command,
    "run": _parse_maybe_json,
    "shell": _parse_maybe_json,
    "stopsignal": _parse_string,
    "user": _parse_string,
    "volume": _parse_maybe_json_to_list,
    "workdir": _parse_string,
}


def _new_node(line: str, d: _Directives) -> _Node:
    """``newNodeFromLine``."""
    parts = _RE_WS.split(_trim_space(line), maxsplit=1)
    cmd, flags, rest = parts[0], [], ""
    if len(parts) == 2:
        rest, flags = _extract_builder_flags(parts[1], d.escape)
    rest = _trim_space(rest)
    fn = _DISPATCH.get(cmd.lower(), _parse_ignore)
    args, is_json, child = fn(rest, d)
    return _Node(cmd, line, flags, args, is_json, child, kv=cmd.lower() in ("env", "label"))


class _AST(NamedTuple):
    nodes: list[_Node]
    directives: _Directives
    lines: list[str]
    warnings: list[str]


def _parse_ast(text: str, escape: str | None = None) -> _AST:
    """``parser.Parse``: the whole file into nodes (pass 1); ``escape`` presets the escape (no directives then)."""
    d = _Directives()
    if escape is not None:
        d.set_escape(escape)
        d.done = True
    raw_lines = _split_lines(text)
    shown = [ln.rstrip("\r\n") for ln in raw_lines]

    def src(a, b):
        return shown[a - 1:b]

    def process(raw, strip_left, lineno):
        token = raw.rstrip("\r\n")
        if strip_left:
            token = _trim_left_space(token)
        try:
            d.possible(token)
        except _Fail as e:
            raise _build_error(e.reason, lineno, lineno, src(lineno, lineno), e.hint) from None
        return "" if _is_comment(token) else token

    nodes: list[_Node] = []
    warnings: list[str] = []
    i, n, current = 0, len(raw_lines), 0
    while i < n:
        raw = raw_lines[i]
        i += 1
        if current == 0 and raw.startswith("\ufeff"):
            raw = raw[1:]
        processed = process(raw, True, current + 1)
        current += 1
        start = current
        line, eol = d.trim_continuation(processed)
        if eol and line == "":
            continue
        parts = [line]
        has_empty = False
        while not eol and i < n:
            raw2 = raw_lines[i]
            i += 1
            processed2 = process(raw2, False, current + 1)
            current += 1
            if _is_comment(raw2):
                continue
            if _trim_left_space(processed2) == "":
                has_empty = True
                continue
            part, eol = d.trim_continuation(processed2)
            parts.append(part)
        line = "".join(parts)
        if has_empty:
            warnings.append(f"Dockerfile:{current}: Empty continuation line found in: {line} "
                            "(empty continuation lines will become errors in a future release)")
        try:
            node = _new_node(line, d)
            heredocs = _heredocs_from_line(line) if node.can_contain_heredoc() and "<<" in line else []
        except _Fail as e:
            raise _build_error(e.reason, start, current, src(start, current), e.hint) from None
        for h in heredocs:
            body: list[str] = []
            terminated = False
            while i < n:
                raw3 = raw_lines[i]
                i += 1
                current += 1
                candidate = raw3.rstrip("\r\n")
                if h.chomp:
                    candidate = candidate.lstrip("\t")
                if candidate == h.name:
                    terminated = True
                    break
                body.append(raw3)
            if not terminated:
                raise _build_error("unterminated heredoc", start, current, src(start, start),
                                   hint=f"end the here-document with a line containing only {h.name}")
            raw_body = "".join(body)
            node.heredocs.append(h._replace(raw=raw_body, content=_chomp(raw_body) if h.chomp else raw_body))
        node.start, node.end = start, current
        nodes.append(node)
    if not nodes:
        raise _build_error("file with no instructions", max(current, 1), None, None,
                           hint="a Dockerfile needs at least a FROM instruction, e.g. FROM alpine:3.19")
    return _AST(nodes, d, shown, warnings)
