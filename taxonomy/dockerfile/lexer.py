"""BuildKit's shell lexer (``frontend/dockerfile/shell/lex.go``): quotes, escapes and ``$`` expansion.

A Dockerfile's words are read as a small shell would read them: ``'single'`` and ``"double"``
quotes, the escape character, and ``$VAR``, ``${VAR:-default}``, ``${VAR#prefix}`` and friends,
in one pass over the text. :func:`substitute` is the public entry point.
"""

from __future__ import annotations

import re
from typing import Mapping

from .. import limits
from .common import _build_error, _Fail, _go_quote, _is_space

__all__ = ["substitute"]



# ---------------------------------------------------------------------------
# the shell lexer (shell/lex.go)
# ---------------------------------------------------------------------------


# Runs of blanks and of other characters, where a blank is what Go's unicode.IsSpace says
# (common._is_space): the Latin-1 ones and the characters above U+00FF that Python calls spaces.
_SPACE_CLASS = "\t\n\v\f\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_PIECES = re.compile(f"[{_SPACE_CLASS}]+|[^{_SPACE_CLASS}]+")


class _Words:
    """Words being built: the current one is a list of pieces, so adding text is linear in its length."""

    __slots__ = ("word", "words", "in_word")

    def __init__(self):
        self.word, self.words, self.in_word = [], [], False

    def _end(self):
        if self.word:
            self.words.append("".join(self.word))
        self.word, self.in_word = [], False

    def add_char(self, ch):
        if _is_space(ch) and self.in_word:
            if self.word:
                self._end()
        elif not _is_space(ch):
            self.add_raw_char(ch)

    def add_raw_char(self, ch):
        self.word.append(ch)
        self.in_word = True

    def add_string(self, s):
        # add_char for each character, in pieces: a run of non-blanks at once.
        for piece in _PIECES.findall(s):
            if _is_space(piece[0]):
                for ch in piece:
                    self.add_char(ch)
            else:
                self.add_raw_char(piece)

    def add_raw_string(self, s):
        self.word.append(s)
        self.in_word = True

    def get(self):
        if self.word:
            self._end()
        return self.words


class _Lex:
    """A port of BuildKit's ``shell.Lex``: quotes, escapes and ``$`` expansion."""

    def __init__(self, escape: str = "\\", *, raw_quotes=False, raw_escapes=False,
                 skip_process_quotes=False, skip_unset_env=False):
        self.escape = escape
        self.raw_quotes = raw_quotes
        self.raw_escapes = raw_escapes
        self.skip_process_quotes = skip_process_quotes
        self.skip_unset_env = skip_unset_env

    # entry points -------------------------------------------------------
    def process(self, word: str, env: Mapping[str, str]) -> tuple[str, list[str]]:
        self._s, self._pos, self._env, self._raw = word, 0, env, self.raw_escapes
        self._made, self._depth = 0, 0
        try:
            return self._stop_on(None, self.raw_escapes)
        except _Fail as e:
            raise _Fail(f"failed to process {_go_quote(word)}: {e.reason}") from None

    def word(self, word: str, env: Mapping[str, str]) -> str:
        return self.process(word, env)[0]

    def words(self, word: str, env: Mapping[str, str]) -> list[str]:
        return self.process(word, env)[1]

    # scanner ------------------------------------------------------------
    def _peek(self):
        return self._s[self._pos] if self._pos < len(self._s) else None

    def _next(self):
        if self._pos < len(self._s):
            self._pos += 1
            return self._s[self._pos - 1]
        return None

    def _get(self, name):
        if name in self._env:
            v = self._env[name]
            return ("" if v is None else v), True
        return "", False

    # grammar ------------------------------------------------------------
    def _stop_on(self, stop, raw_escapes):
        result: list[str] = []
        words = _Words()
        saved, self._raw = self._raw, raw_escapes
        try:
            while (ch := self._peek()) is not None:
                if stop is not None and ch == stop:
                    self._next()
                    return "".join(result), words.get()
                if ch == "$":
                    tmp = self._grow(self._dollar())
                    result.append(tmp)
                    words.add_string(tmp)
                elif ch == "<":
                    tmp = self._possible_heredoc()
                    result.append(tmp)
                    words.add_raw_string(tmp)
                elif ch == "'" and not self.skip_process_quotes:
                    tmp = self._single_quote()
                    result.append(tmp)
                    words.add_raw_string(tmp)
                elif ch == '"' and not self.skip_process_quotes:
                    tmp = self._double_quote()
                    result.append(tmp)
                    words.add_raw_string(tmp)
                else:
                    ch = self._next()
                    if ch == self.escape:
                        if self._raw:
                            words.add_raw_char(ch)
                            result.append(ch)
                        ch = self._next()
                        if ch is None:
                            break
                        words.add_raw_char(ch)
                    else:
                        words.add_char(ch)
                    result.append(ch)
            if stop is not None:
                raise _Fail(f"unexpected end of statement while looking for matching {stop}")
            return "".join(result), words.get()
        finally:
            self._raw = saved

    def _possible_heredoc(self):
        """``processPossibleHeredoc``: ``<<`` keeps the blanks after it in the same word (BuildKit v0.22)."""
        self._next()  # the '<'
        if self._peek() != "<":
            return "<"  # not a heredoc
        self._next()
        space = []
        while (ch := self._peek()) is not None and ch in "\t\r ":
            space.append(self._next())
        return "<<" + "".join(space)

    def _single_quote(self):
        ch = self._next()
        out = [ch] if self.raw_quotes else []
        while True:
            ch = self._next()
            if ch is None:
                raise _Fail("unexpected end of statement while looking for matching single-quote")
            if ch == "'":
                if self.raw_quotes:
                    out.append(ch)
                return "".join(out)
            out.append(ch)

    def _double_quote(self):
        ch = self._next()
        out = [ch] if self.raw_quotes else []
        while True:
            p = self._peek()
            if p is None:
                raise _Fail("unexpected end of statement while looking for matching double-quote")
            if p == '"':
                ch = self._next()
                if self.raw_quotes:
                    out.append(ch)
                return "".join(out)
            if p == "$":
                out.append(self._grow(self._dollar()))
                continue
            ch = self._next()
            if ch == self.escape:
                if self._raw:
                    out.append(ch)
                p = self._peek()
                if p is None:
                    continue  # the loop then reports the missing quote
                if p in ('"', "$", self.escape):
                    ch = self._next()
            out.append(ch)

    def _name(self):
        name: list[str] = []
        while (ch := self._peek()) is not None:
            if not name and ch.isdecimal():
                while (c := self._peek()) is not None and c.isdecimal():
                    name.append(self._next())
                return "".join(name)
            if not name and ch in "@*#?-$!0":
                return self._next()
            if not (ch.isalpha() or ch.isdecimal() or ch == "_"):
                break
            name.append(self._next())
        return "".join(name)

    def _grow(self, text: str) -> str:
        """Count what expansion produced: linear work, stopped at the bound."""
        self._made += len(text)
        if self._made > limits.MAX_EXPANSION_BYTES:
            raise limits.exceeded("MAX_EXPANSION_BYTES", None, f"expanding variables in {_go_quote(self._s[:60])}"
                                  f"{'…' if len(self._s) > 60 else ''} gives too long a text",
                                  "check for ARG or ENV values that repeat each other, such as A2=${A1}${A1}")
        return text

    def _dollar(self):
        if self._peek() == "$" and self._pos + 1 < len(self._s) and self._s[self._pos + 1] == "{":
            self._depth += 1
            try:
                if self._depth > limits.MAX_EXPANSION_DEPTH:
                    raise limits.exceeded("MAX_EXPANSION_DEPTH", None, "variables nest too deep in "
                                          f"{_go_quote(self._s[:60])}{'…' if len(self._s) > 60 else ''}",
                                          "nest ${A:-${B:-…}} defaults a few levels at most")
                return self._dollar_at()
            finally:
                self._depth -= 1
        return self._dollar_at()

    def _dollar_at(self):
        self._next()  # the '$'
        if self._peek() != "{":
            name = self._name()
            if name == "":
                return "$"
            value, found = self._get(name)
            if not found and self.skip_unset_env:
                return "$" + name
            return value
        self._next()  # the '{'
        p = self._peek()
        if p is None:
            raise _Fail("syntax error: missing '}'")
        if p in "{}:":
            raise _Fail("syntax error: bad substitution")
        name = self._name()
        ch = self._next()
        if ch is None:
            raise _Fail("syntax error: missing '}'")
        chs = ch
        if ch == "}":
            value, found = self._get(name)
            if not found and self.skip_unset_env:
                return "${%s}" % name
            return value
        if ch == ":" or ch in "+-?#%":
            null_is_unset = False
            if ch == ":":
                null_is_unset = True
                ch = self._next()
                chs += ch if ch is not None else "\ufffd"
            try:
                word, _ = self._stop_on("}", ch in ("#", "%"))
            except _Fail:
                if self._peek() is None:
                    raise _Fail("syntax error: missing '}'") from None
                raise
            value, found = self._get(name)
            if self.skip_unset_env and not found:
                return "${%s%s%s}" % (name, chs, word)
            if ch == "-":
                return word if (not found or (null_is_unset and value == "")) else value
            if ch == "+":
                return "" if (not found or (null_is_unset and value == "")) else word
            if ch == "?":
                if not found:
                    raise _Fail(f"{name}: {word or 'is not allowed to be unset'}")
                if null_is_unset and value == "":
                    raise _Fail(f"{name}: {word or 'is not allowed to be empty'}")
                return value
            if ch in ("%", "#"):
                greedy = False
                if word and word[0] == ch:
                    greedy, word = True, word[1:]
                if ch == "%":
                    return _trim_suffix(word, value, greedy)
                return _trim_prefix(word, value, greedy)
            raise _Fail(f"unsupported modifier ({chs}) in substitution")
        if ch == "/":
            replace_all = self._peek() == "/"
            if replace_all:
                self._next()
            try:
                pattern, _ = self._stop_on("/", True)
            except _Fail:
                if self._peek() is None:
                    raise _Fail("syntax error: missing '/' in ${}") from None
                raise
            try:
                replacement, _ = self._stop_on("}", True)
            except _Fail:
                if self._peek() is None:
                    raise _Fail("syntax error: missing '}'") from None
                raise
            value, found = self._get(name)
            if self.skip_unset_env and not found:
                return "${%s/%s/%s}" % (name, pattern, replacement)
            rx = _shell_pattern_regex(pattern, True, False, context=pattern)
            if not _regex_is_safe(pattern, value):
                return _Glob(pattern, True).replace(value, replacement, replace_all)
            if replace_all:
                return _go_replace_all(rx, value, replacement)
            m = rx.search(value)
            return value if m is None else value[: m.start()] + replacement + value[m.end():]
        raise _Fail(f"unsupported modifier ({chs}) in substitution")


def _go_replace_all(rx: re.Pattern, value: str, replacement: str) -> str:
    """Go's ``ReplaceAllString``: like ``re.sub``, but an empty match right after a match is skipped."""
    out, last, pos, previous = [], 0, 0, -1
    while pos <= len(value):
        m = rx.search(value, pos)
        if m is None:
            break
        begin, end = m.span()
        if begin == end == previous:
            pos = begin + 1
            continue
        out.append(value[last:begin])
        out.append(_go_expand(replacement, m))
        last = previous = end
        pos = end if end > begin else begin + 1
    out.append(value[last:])
    return "".join(out)


def _go_expand(template: str, m: re.Match) -> str:
    """Go's ``Regexp.Expand`` of a replacement (only ``$0`` and ``$$`` can mean anything here)."""
    def one(t):
        name = t.group(1)
        if name == "$":
            return "$"
        name = name.strip("{}")
        return m.group(0) if name == "0" else ""
    return re.sub(r"\$(\$|\{[^}]*\}|[A-Za-z0-9_]+)", one, template)


def _shell_pattern_regex(pattern: str, greedy: bool, anchored: bool, *, context: str) -> re.Pattern:
    """``convertShellPatternToRegex``: ``*`` and ``?`` wildcards, ``\\`` escapes."""
    out = ["^"] if anchored else []
    star = ".*" if greedy else ".*?"
    i, n = 0, len(pattern)
    while i < n:
        tok = pattern[i]
        i += 1
        if tok == "*":
            out.append(star)
            continue
        if tok == "?":
            out.append(".")
            continue
        if tok == "\\":
            nxt = pattern[i] if i < n else None
            if nxt in ("}", "/"):
                continue
            out.append("\\")
            tok = nxt if nxt is not None else "\ufffd"
            i += 1
            if tok not in ("*", "?", "\\"):
                raise _Fail(f"invalid pattern ({context}) in substitution: invalid escape '\\{tok}'")
        elif tok in "[]{}.+()|^$":
            out.append("\\")
        out.append(tok)
    return re.compile("".join(out))


def _reverse_pattern(pattern: str) -> str:
    runes = list(pattern)
    out = [""] * len(runes)
    last = len(runes) - 1
    i = 0
    while i <= last:
        tok = runes[i]
        o = last - i
        if tok == "\\" and i != last:
            out[o - 1] = tok
            out[o] = runes[i + 1]
            i += 2
        else:
            out[o] = tok
            i += 1
    return "".join(out)


def _trim_prefix(word: str, value: str, greedy: bool) -> str:
    rx = _shell_pattern_regex(word, greedy, True, context=word)
    if not _regex_is_safe(word, value):
        end = _Glob(word, greedy).match(value, 0)
        return value if end is None else value[end:]
    m = rx.search(value)
    return value if m is None else value[m.end():]


def _stars(pattern: str) -> int:
    """Unescaped ``*`` of a shell pattern."""
    return len(re.findall(r"(?<!\\)(?:\\\\)*\*", pattern))


def _regex_is_safe(pattern: str, value: str) -> bool:
    """Whether Python's backtracking regex can match ``pattern`` quickly: one ``*`` at most, and short inputs.

    With two stars or more a backtracking search can take time polynomial of
    high degree (``*a*a*a*a*b``); Go's regexp, which BuildKit uses, cannot.
    """
    return _stars(pattern) <= 1 and (len(pattern) + 1) * (len(value) + 1) <= 10_000_000


_STAR_LAZY, _STAR_GREEDY, _ONE = object(), object(), object()


class _Glob:
    """A shell pattern matched in Go regexp's leftmost-first order, in time linear in tokens × text.

    The search is the backtracking one a regular expression engine does
    (the same first match), with every failed (token, position) remembered,
    so no state is tried twice.
    """

    def __init__(self, pattern: str, greedy: bool):
        star = _STAR_GREEDY if greedy else _STAR_LAZY
        tokens, i, n = [], 0, len(pattern)
        while i < n:
            tok = pattern[i]
            i += 1
            if tok == "*":
                tokens.append(star)
            elif tok == "?":
                tokens.append(_ONE)
            elif tok == "\\":
                nxt = pattern[i] if i < n else None
                if nxt in ("}", "/"):
                    continue
                tokens.append(nxt)
                i += 1
            else:
                tokens.append(tok)
        self.tokens = tokens
        self.failed: set = set()
        self.steps = 0

    def match(self, value: str, start: int):
        """End of the first match of the whole pattern starting at ``start``, or None."""
        tokens, failed, n, m = self.tokens, self.failed, len(value), len(self.tokens)
        stack = [(0, start)]
        while stack:
            i, pos = stack.pop()
            if i < 0:   # every way on from (~i, pos) has failed
                failed.add((~i, pos))
                continue
            if i == m:
                return pos
            if (i, pos) in failed:
                continue
            self.steps += 1
            if self.steps > limits.MAX_PATTERN_STEPS:
                raise limits.exceeded("MAX_PATTERN_STEPS", None, "matching a ${VAR#pattern} or ${VAR/pattern/…} "
                                      "takes too many steps", "use fewer * in the pattern, or a shorter value")
            stack.append((~i, pos))
            tok = tokens[i]
            more = pos < n and value[pos] != "\n"
            if tok is _STAR_LAZY:
                if more:
                    stack.append((i, pos + 1))
                stack.append((i + 1, pos))
            elif tok is _STAR_GREEDY:
                stack.append((i + 1, pos))
                if more:
                    stack.append((i, pos + 1))
            elif pos < n and (value[pos] == tok or (tok is _ONE and value[pos] != "\n")):
                stack.append((i + 1, pos + 1))
        return None

    def search(self, value: str, start: int):
        """The leftmost match at or after ``start``: ``(begin, end)`` or None."""
        for begin in range(start, len(value) + 1):
            end = self.match(value, begin)
            if end is not None:
                return begin, end
        return None

    def replace(self, value: str, replacement: str, replace_all: bool) -> str:
        """``${VAR/pattern/replacement}`` and ``${VAR//…}``, as Go's regexp replaces."""
        if not replace_all:
            hit = self.search(value, 0)
            return value if hit is None else value[:hit[0]] + replacement + value[hit[1]:]
        out, last, pos, previous = [], 0, 0, -1
        while pos <= len(value):
            hit = self.search(value, pos)
            if hit is None:
                break
            begin, end = hit
            if begin == end == previous:   # an empty match right after a match is skipped, as in Go
                pos = begin + 1
                continue
            out.append(value[last:begin])
            out.append(_go_expand_text(replacement, value[begin:end]))
            last = previous = end
            pos = end if end > begin else begin + 1
        out.append(value[last:])
        return "".join(out)


def _go_expand_text(template: str, matched: str) -> str:
    def one(t):
        name = t.group(1)
        if name == "$":
            return "$"
        return matched if name.strip("{}") == "0" else ""
    return re.sub(r"\$(\$|\{[^}]*\}|[A-Za-z0-9_]+)", one, template)


def _trim_suffix(pattern: str, value: str, greedy: bool) -> str:
    return _trim_prefix(_reverse_pattern(pattern), value[::-1], greedy)[::-1]


def substitute(word: str, env: Mapping[str, str], escape: str = "\\") -> str:
    """Substitute variables in one Dockerfile word, as Docker does.

    A port of BuildKit's ``shell.Lex.ProcessWord``: ``$VAR`` and ``${VAR}``,
    ``${VAR:-default}`` (unset or empty), ``${VAR-default}`` (unset),
    ``${VAR:+alt}`` / ``${VAR+alt}``, ``${VAR:?message}`` / ``${VAR?message}``,
    ``${VAR#pat}`` ``${VAR##pat}`` ``${VAR%pat}`` ``${VAR%%pat}`` and
    ``${VAR/pat/repl}`` ``${VAR//pat/repl}``. Quotes are removed the way a
    shell removes them: nothing inside single quotes is special; inside
    double quotes ``$`` still expands and the escape character escapes only
    ``"``, ``$`` and itself. The escape character (``\\``, or the backtick
    under ``# escape=```) makes the next character literal. Unknown
    variables expand to ``""``; ``$`` followed by no name stays ``$``.

    Parameters
    ----------
    word : str
        The text to process, for example ``"${NAME:-world}"``.
    env : Mapping[str, str]
        The variables in scope (names are case-sensitive, as on Linux).
    escape : str, optional
        The escape character: ``"\\\\"`` (default) or ``"`"``.

    Returns
    -------
    str
        The word after substitution and quote removal.

    Raises
    ------
    BuildError
        If the word is malformed (``failed to process "${A": syntax error:
        missing '}'``) or a ``${VAR?message}`` check fails.

    Examples
    --------
    >>> from taxonomy.dockerfile import substitute
    >>> substitute("${NAME:-world}", {})
    'world'
    >>> substitute("$HOME/bin:'$PATH'", {"HOME": "/root"})
    '/root/bin:$PATH'
    >>> substitute('"a  b" \\\\$X', {"X": "1"})
    'a  b $X'
    >>> substitute("${V%.tar.gz}", {"V": "app.tar.gz"})
    'app'
    >>> substitute("${A", {})
    Traceback (most recent call last):
        ...
    taxonomy.errors.BuildError: failed to process "${A": syntax error: missing '}'
    """
    if escape not in ("\\", "`"):
        raise _build_error(f"invalid escape token '{escape}' does not match ` or \\")
    try:
        return _Lex(escape).word(word, _env_strings(env))
    except _Fail as e:
        raise _build_error(e.reason) from None


def _env_strings(env: Mapping[str, str | None] | None) -> dict[str, str]:
    return {} if env is None else {str(k): ("" if v is None else str(v)) for k, v in env.items()}
