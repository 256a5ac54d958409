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

``*.log`` only matches in the context root (``logs/app.log`` is kept); write
``**/*.log`` for every directory.
"""

from __future__ import annotations

import posixpath
import re
import warnings
from typing import Callable, Iterable

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


class _Pattern:
    """One compiled pattern (``patternmatcher.Pattern``)."""

    __slots__ = ("text", "exclusion", "kind", "regex")

    def __init__(self, text: str, exclusion: bool):
        self.text, self.exclusion = text, exclusion
        self.kind, self.regex = self._compile(text)

    @staticmethod
    def _compile(pattern: str):
        reg = ["^"]
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
                            reg.append(".*")
                            kind = "regexp"
                    else:
                        reg.append("(.*/)?")
                        kind = "regexp"
                    if step == 0:
                        kind = "suffix"
                else:
                    reg.append("[^/]*")
                    kind = "regexp"
            elif ch == "?":
                reg.append("[^/]")
                kind = "regexp"
            elif ch in _ESCAPE:
                reg.append("\\" + ch)
            elif ch == "\\":
                if i < n:
                    reg.append("\\" + pattern[i])
                    i += 1
                    kind = "regexp"
                else:
                    reg.append("\\\\")
            elif ch in "[]":
                reg.append(ch)
                kind = "regexp"
            else:
                reg.append(ch)
            step += 1
        if kind != "regexp":
            return kind, None
        reg.append("$")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                return kind, re.compile("".join(reg))
            except re.error:
                raise BuildError(f"syntax error in pattern: {pattern}") from None

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
        return self.regex.match(path) is not None


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
        p = _go_clean(p)
        exclusion = False
        if p[0] == "!":
            if len(p) == 1:
                raise BuildError('illegal exclusion pattern: "!"')
            exclusion, p = True, p[1:]
        _check_syntax(p)
        compiled.append(_Pattern(p, exclusion))

    def ignored(path: str) -> bool:
        path = str(path)
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
            hit = pat.match(path)
            if not hit:
                for i in range(len(parents)):
                    if pat.match("/".join(parents[: i + 1])):
                        hit = True
                        break
            if hit:
                matched = not pat.exclusion
        return matched

    ignored.patterns = [("!" if c.exclusion else "") + c.text for c in compiled]  # type: ignore[attr-defined]
    return ignored
