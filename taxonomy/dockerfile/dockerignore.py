"""Which files of the build context a build sees: ``.dockerignore``.

Before ``docker build`` sends the build context (the directory you name,
usually ``.``) it drops every file that a ``.dockerignore`` pattern excludes.
The rules, ported from moby/buildkit ``frontend/dockerfile/dockerignore``
(``ReadAll``) and moby/patternmatcher (``MatchesOrParentMatches``):

* one pattern per line; a line starting with ``#`` is a comment (only in
  the first column: `` # x`` is a pattern); blank lines are skipped;
* leading and trailing blanks are trimmed, the pattern is cleaned like a
  path (``./a/../b/`` is ``b``) and a leading ``/`` is dropped, so ``/tmp``
  and ``tmp`` are the same pattern: both relative to the context root;
* ``*`` matches any run of characters except ``/``, ``?`` one character
  except ``/``, ``[a-z]`` / ``[^a-z]`` a character class, ``\\`` escapes;
  ``**`` matches any number of directories (also none): ``**/*.go`` matches
  ``a.go`` and ``x/y/a.go``;
* a pattern that matches a directory excludes everything inside it;
* ``!pattern`` is an exception: it re-includes what an earlier pattern
  excluded. Patterns are read top to bottom and the **last** one that
  matches a path decides.

Examples
--------
>>> from taxonomy.dockerfile import parse_dockerignore, dockerignore_matcher
>>> patterns = parse_dockerignore('''
... # no VCS, no logs, but keep the important log
... .git
... *.log
... !important.log
... /build/
... **/__pycache__
... ''')
>>> patterns
['.git', '*.log', '!important.log', 'build', '**/__pycache__']
>>> ignored = dockerignore_matcher(patterns)
>>> [p for p in ["Dockerfile", ".git/HEAD", "app.log", "important.log", "logs/app.log",
...              "build/out.bin", "src/pkg/__pycache__/m.pyc"] if ignored(p)]
['.git/HEAD', 'app.log', 'build/out.bin', 'src/pkg/__pycache__/m.pyc']

Matching never backtracks: a pattern with one quantified piece is a
regular expression that cannot backtrack more than once per character,
and any other runs on an automaton that reads each character once (see
:class:`_Pattern`), so ``*a*a*a*a*a*a*a*a*b`` costs what ``*.log`` costs.

``*.log`` only matches in the context root (``logs/app.log`` is kept); write
``**/*.log`` for every directory.
"""

from __future__ import annotations

import posixpath
import re
import warnings
from typing import Callable, Iterable

from .. import limits
from ..errors import BuildError

__all__ = ["parse_dockerignore", "dockerignore_matcher"]


def _go_clean(path: str) -> str:
    """Go's ``filepath.Clean`` on a slash path."""
    if path == "":
        return "."
    cleaned = posixpath.normpath(path)
    if cleaned.startswith("//"):
        cleaned = "/" + cleaned.lstrip("/")
    return cleaned


def parse_dockerignore(text: str) -> list[str]:
    """Read a ``.dockerignore`` file into its list of patterns (BuildKit's ``ReadAll``).

    Parameters
    ----------
    text : str
        The file's text (bytes are decoded as UTF-8; a BOM is ignored).

    Returns
    -------
    list of str
        The patterns, cleaned, in file order; exceptions keep their ``!``.

    Examples
    --------
    >>> from taxonomy.dockerfile import parse_dockerignore
    >>> parse_dockerignore("# comment\\n\\n  ./node_modules/  \\n!/keep/me\\n/\\n")
    ['node_modules', '!keep/me', '/']
    """
    if isinstance(text, (bytes, bytearray)):
        text = bytes(text).decode("utf-8")
    patterns: list[str] = []
    for n, line in enumerate(text.split("\n")):
        if n == 0 and line.startswith("\ufeff"):
            line = line[1:]
        line = line.rstrip("\r")
        if line.startswith("#"):
            continue
        pattern = line.strip()
        if pattern == "":
            continue
        invert = pattern[0] == "!"
        if invert:
            pattern = pattern[1:].strip()
        if pattern:
            pattern = _go_clean(pattern)
            if len(pattern) > 1 and pattern[0] == "/":
                pattern = pattern[1:]
        patterns.append("!" + pattern if invert else pattern)
    return patterns


_ESCAPE = set(".+()|{}$")

# Tokens of a compiled pattern, as patternmatcher's regular expression has them:
# a literal character, one character of a class (``?`` is ``[^/]``), and three
# quantified pieces: ``*`` is ``[^/]*``, ``**`` inside a pattern is ``(.*/)?``
# and ``**`` at its end ``.*`` (``.`` never matches a newline, as in Go).
_STAR, _DIRS, _ANY = object(), object(), object()


class _Class:
    """A ``[...]`` class (or ``?``): which single characters it takes."""

    __slots__ = ("negate", "chars", "ranges")

    def __init__(self, negate: bool, chars: str, ranges: tuple):
        self.negate, self.chars, self.ranges = negate, chars, ranges

    def __call__(self, ch: str) -> bool:
        inside = ch in self.chars or any(lo <= ch <= hi for lo, hi in self.ranges)
        return inside != self.negate

    def regex(self) -> str:
        body = "".join(map(_class_escape, self.chars))
        body += "".join(f"{_class_escape(lo)}-{_class_escape(hi)}" for lo, hi in self.ranges)
        return f"[{'^' if self.negate else ''}{body}]" if body else ("[^\\s\\S]" if not self.negate else "[\\s\\S]")


def _class_escape(c: str) -> str:
    return c if c.isascii() and c.isalnum() else "\\" + c


_NOT_SLASH = _Class(True, "/", ())


def _parse_class(pattern: str, i: int) -> tuple[_Class, int]:
    """The class starting after ``[`` at ``i`` (syntax already checked); return it and the index after ``]``."""
    n = len(pattern)
    negate = i < n and pattern[i] == "^"
    if negate:
        i += 1
    chars, ranges = [], []
    while i < n and not (pattern[i] == "]" and (chars or ranges)):
        if pattern[i] == "\\":
            i += 1
        lo = pattern[i]
        i += 1
        if i + 1 < n and pattern[i] == "-" and pattern[i + 1] != "]":
            i += 1
            if pattern[i] == "\\":
                i += 1
            ranges.append((lo, pattern[i]))
            i += 1
        else:
            chars.append(lo)
    return _Class(negate, "".join(chars), tuple(ranges)), i + 1


def _tokens(pattern: str):
    """Compile a pattern as patternmatcher's ``Pattern.compile`` does: its match type and its tokens."""
    tokens: list = []
    kind = "exact"
    i, n = 0, len(pattern)
    step = 0
    while i < n:
        ch = pattern[i]
        i += 1
        if ch == "*":
            if i < n and pattern[i] == "*":
                i += 1
                if i < n and pattern[i] == "/":
                    i += 1
                if i >= n:
                    if kind == "exact":
                        kind = "prefix"
                    else:
                        tokens.append(_ANY)
                        kind = "regexp"
                else:
                    tokens.append(_DIRS)
                    kind = "regexp"
                if step == 0:
                    kind = "suffix"
            else:
                tokens.append(_STAR)
                kind = "regexp"
        elif ch == "?":
            tokens.append(_NOT_SLASH)
            kind = "regexp"
        elif ch == "\\":
            if i < n:
                tokens.append(pattern[i])
                i += 1
                kind = "regexp"
            else:
                tokens.append("\\")
        elif ch == "[":
            cls, i = _parse_class(pattern, i)
            tokens.append(cls)
            kind = "regexp"
        elif ch == "]":
            tokens.append(ch)
            kind = "regexp"
        else:
            tokens.append(ch)
        step += 1
    return kind, tokens


def _regex(tokens) -> str:
    out = []
    for t in tokens:
        if t is _STAR:
            out.append("[^/]*")
        elif t is _ANY:
            out.append(".*")
        elif t is _DIRS:
            out.append("(?:.*/)?")
        elif isinstance(t, _Class):
            out.append(t.regex())
        else:
            out.append(re.escape(t))
    return "".join(out)


class _Automaton:
    """The tokens as a bit-parallel automaton: linear in the path, whatever the pattern.

    State ``i`` means "tokens before ``i`` are matched". A quantified token
    loops on itself and may be skipped; ``(.*/)?`` is two tokens, ``.*`` and
    ``/``, that may be skipped together when entered, but not once its ``.*``
    has read a character.
    """

    __slots__ = ("items", "starred", "skips", "inside", "accept", "masks", "start")

    def __init__(self, tokens):
        items, starred, skips = [], 0, []
        for t in tokens:
            if t is _DIRS:
                skips.append(len(items))
                starred |= 1 << len(items)
                items.append(_ANY)
                items.append("/")
            else:
                if t is _STAR or t is _ANY:
                    starred |= 1 << len(items)
                items.append(t)
        self.items, self.starred, self.skips = items, starred, tuple(skips)
        self.inside = sum(1 << g for g in skips)   # looping in a group's ".*": its "/" must follow
        self.accept = 1 << len(items)
        self.masks: dict = {}
        self.start = self._close(1)

    def _close(self, y: int) -> int:
        s = self.starred
        while True:
            t = y & s
            z = y | ((s + t) ^ s ^ t)   # through every run of quantified tokens at once
            for g in self.skips:
                if z >> g & 1:
                    z |= 1 << (g + 2)
            if z == y:
                return z
            y = z

    def _mask(self, ch: str) -> int:
        m = 0
        for i, t in enumerate(self.items):
            if t is _STAR:
                ok = ch != "/"
            elif t is _ANY:
                ok = ch != "\n"
            elif isinstance(t, _Class):
                ok = t(ch)
            else:
                ok = ch == t
            if ok:
                m |= 1 << i
        if len(self.masks) < 4096:
            self.masks[ch] = m
        return m

    def cost(self, path: str) -> int:
        return (len(path) + 1) * (1 + len(self.skips))

    def fullmatch(self, path: str) -> bool:
        x, s, masks = self.start, self.starred, self.masks
        for ch in path:
            m = masks.get(ch)
            if m is None:
                m = self._mask(ch)
            a = x & m
            looping = a & self.inside
            x = self._close((a & s & ~looping) | ((a & ~s) << 1)) | looping | (looping << 1)
            if not x:
                return False
        return bool(x & self.accept)


class _Pattern:
    """One compiled pattern (``patternmatcher.Pattern``), matched without backtracking.

    Python's regular expressions backtrack, so ``*a*a*a*a*b`` would take
    exponential time on a long name. A pattern with at most one quantified
    piece (``*.log``) is matched by a regular expression, which then cannot
    backtrack more than once per character; ``**/`` followed by such a piece
    tries that piece after each ``/``; anything else runs on an automaton
    that reads each character once.
    """

    __slots__ = ("text", "exclusion", "kind", "regex", "tails", "automaton", "seen")

    def __init__(self, text: str, exclusion: bool):
        self.text, self.exclusion = text, exclusion
        self.regex = self.automaton = None
        self.tails = False
        self.seen: dict = {}
        self.kind, tokens = _tokens(text)
        if self.kind != "regexp":
            return
        quantified = sum(1 for t in tokens if t is _STAR or t is _DIRS or t is _ANY)
        if quantified <= 1:
            self.regex = re.compile(_regex(tokens))
        elif tokens[0] is _DIRS and quantified == 2:
            self.regex, self.tails = re.compile(_regex(tokens[1:])), True
        else:
            self.automaton = _Automaton(tokens)

    def cost(self, path: str) -> int:
        return 1 if self.automaton is None else self.automaton.cost(path)

    def match(self, path: str) -> bool:
        if self.kind == "exact":
            return path == self.text
        if self.kind == "prefix":
            return path.startswith(self.text[:-2])
        if self.kind == "suffix":
            suffix = self.text[2:]
            if path.endswith(suffix):
                return True
            return suffix[:1] == "/" and path == suffix[1:]
        if self.automaton is not None:
            return self.automaton.fullmatch(path)
        full = self.regex.fullmatch
        if full(path):
            return True
        if self.tails:   # (.*/)? then the rest: the rest after any "/" that no newline precedes
            stop = path.find("\n")
            i = path.find("/")
            while i != -1 and (stop == -1 or i < stop):
                if full(path, i + 1):
                    return True
                i = path.find("/", i + 1)
        return False


def _check_syntax(pattern: str) -> None:
    """The errors Go's ``filepath.Match`` reports for a malformed pattern."""
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            if i + 1 >= n:
                raise BuildError(f"syntax error in pattern: {pattern}")
            i += 2
            continue
        if ch == "[":
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            count = 0
            while True:
                if i >= n:
                    raise BuildError(f"syntax error in pattern: {pattern}")
                if pattern[i] == "]" and count > 0:
                    i += 1
                    break
                lo, i = _class_char(pattern, i)
                if i < n and pattern[i] == "-":
                    hi, i = _class_char(pattern, i + 1)
                    if hi < lo:
                        raise BuildError(f"syntax error in pattern: {pattern}")
                count += 1
            continue
        i += 1


def _class_char(pattern: str, i: int) -> tuple[str, int]:
    n = len(pattern)
    if i >= n or pattern[i] in "-]":
        raise BuildError(f"syntax error in pattern: {pattern}")
    if pattern[i] == "\\":
        i += 1
        if i >= n:
            raise BuildError(f"syntax error in pattern: {pattern}")
    return pattern[i], i + 1


def dockerignore_matcher(patterns: Iterable[str]) -> Callable[[str], bool]:
    """A function telling whether ``.dockerignore`` patterns exclude a context path.

    Parameters
    ----------
    patterns : iterable of str
        Patterns as :func:`parse_dockerignore` returns them (``!`` for exceptions).

    Returns
    -------
    callable
        ``ignored(path) -> bool`` for a ``/``-separated path relative to the
        context root (a leading ``./`` or ``/`` is ignored). A path is
        excluded when the last pattern matching it or one of its parent
        directories is not an exception. The context root itself (``.``) is
        never excluded.

    Raises
    ------
    BuildError
        For a malformed pattern (``syntax error in pattern: [a``) or a bare
        ``!`` (``illegal exclusion pattern: "!"``).
    LimitExceeded
        For more patterns, longer patterns or paths, or more matching work
        than :mod:`taxonomy.limits` allows (``MAX_DOCKERIGNORE_*``,
        ``MAX_CONTEXT_PATH``); the matcher raises it when called.

    Examples
    --------
    >>> from taxonomy.dockerfile import dockerignore_matcher
    >>> ignored = dockerignore_matcher(["docs", "!docs/README.md"])
    >>> ignored("docs/guide.md"), ignored("docs/README.md"), ignored("README.md")
    (True, False, False)
    >>> dockerignore_matcher(["!"])
    Traceback (most recent call last):
        ...
    taxonomy.errors.BuildError: illegal exclusion pattern: "!"
    """
    compiled: list[_Pattern] = []
    for p in patterns:
        p = p.strip()
        if p == "":
            continue
        if len(compiled) >= limits.MAX_DOCKERIGNORE_PATTERNS:
            raise limits.exceeded("MAX_DOCKERIGNORE_PATTERNS", None, "the .dockerignore has too many patterns",
                                  "use ** and directory patterns to say the same in fewer lines")
        if len(p) > limits.MAX_DOCKERIGNORE_PATTERN_LENGTH:
            raise limits.exceeded("MAX_DOCKERIGNORE_PATTERN_LENGTH", len(p), "a .dockerignore pattern is too long",
                                  "shorten it, for example with * or **")
        p = _go_clean(p)
        exclusion = False
        if p[0] == "!":
            if len(p) == 1:
                raise BuildError('illegal exclusion pattern: "!"')
            exclusion, p = True, p[1:]
        _check_syntax(p)
        compiled.append(_Pattern(p, exclusion))
    spent = [0]

    def test(pat: _Pattern, path: str, remember: bool) -> bool:
        if remember:
            hit = pat.seen.get(path)
            if hit is not None:
                return hit
        spent[0] += pat.cost(path)
        if spent[0] > limits.MAX_DOCKERIGNORE_COST:
            raise limits.exceeded("MAX_DOCKERIGNORE_COST", None, "matching the .dockerignore against the build "
                                  "context takes too long", "use fewer or simpler patterns (fewer * per pattern), "
                                  "or a smaller build context")
        hit = pat.match(path)
        if remember and len(pat.seen) < 100_000:
            pat.seen[path] = hit
        return hit

    def ignored(path: str) -> bool:
        path = str(path)
        if len(path) > limits.MAX_CONTEXT_PATH:
            raise limits.exceeded("MAX_CONTEXT_PATH", len(path), "a build-context path is too long",
                                  "give the file a shorter name")
        while path.startswith("./"):
            path = path[2:]
        path = _go_clean(path.lstrip("/") or ".")
        if path == ".":
            return False
        parent = posixpath.dirname(path) or "."
        parents = parent.split("/") if parent != "." else []
        matched = False
        for pat in compiled:
            if pat.exclusion != matched:
                continue
            hit = test(pat, path, False)
            if not hit:
                prefix = ""
                for part in parents:   # the parent directories, shortest first; each is tested once per build
                    prefix = prefix + "/" + part if prefix else part
                    if test(pat, prefix, True):
                        hit = True
                        break
            if hit:
                matched = not pat.exclusion
        return matched

    ignored.patterns = [("!" if c.exclusion else "") + c.text for c in compiled]  # type: ignore[attr-defined]
    return ignored
