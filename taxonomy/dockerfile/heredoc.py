"""Here-documents (``RUN <<EOF`` ... ``EOF``): the record and how a word opens one.

BuildKit's ``parser.ParseHeredoc``, ``MustParseHeredoc``, ``heredocsFromLine`` and
``ChompHeredocContent`` (``frontend/dockerfile/parser/parser.go``). As in BuildKit v0.22,
whitespace may sit between ``<<`` (or ``<<-``) and the delimiter: ``RUN <<  EOF``.
"""

from __future__ import annotations

import re

from .common import _Fail, _RE_HEREDOC
from .lexer import _Lex

__all__ = ["Heredoc"]


class Heredoc(tuple):
    """A here-document attached to an instruction (``RUN <<EOF`` ... ``EOF``).

    A ``Heredoc`` *is* the pair ``(name, content)``, so ``for name, content
    in instruction.heredocs`` works and it compares equal to a plain tuple;
    the other facts are read-only attributes.

    Attributes
    ----------
    name : str
        The delimiter word without quotes (``EOF``); for ``COPY <<name /dst``
        also the file name.
    content : str
        The body as the command sees it: every line with its newline, leading
        tabs removed for ``<<-EOF``.
    fd : int
        The file descriptor (``3<<EOF`` gives 3; 0 otherwise).
    expand : bool
        False when the delimiter was quoted (``<<'EOF'`` or ``<<"EOF"``): the
        body is then taken literally, without ``$VAR`` substitution.
    chomp : bool
        True for ``<<-EOF``.
    raw : str
        The body exactly as written (tabs kept).

    Examples
    --------
    >>> from taxonomy.dockerfile import parse_instruction
    >>> (h,) = parse_instruction("RUN <<-'EOF'\\n\\techo $HOME\\n\\tEOF").heredocs
    >>> name, content = h
    >>> name, content, h.expand, h.chomp, h.raw
    ('EOF', 'echo $HOME\\n', False, True, '\\techo $HOME\\n')
    """

    def __new__(cls, name: str, content: str, fd: int = 0, expand: bool = True, chomp: bool = False,
                raw: str | None = None):
        self = super().__new__(cls, (name, content))
        object.__setattr__(self, "_extra", (int(fd), bool(expand), bool(chomp), content if raw is None else raw))
        return self

    def __setattr__(self, name, value):
        raise AttributeError("Heredoc is read-only")

    def __getnewargs__(self):
        return (self[0], self[1], *self._extra)

    def __repr__(self) -> str:
        fd, expand, chomp, _ = self._extra
        return f"Heredoc(name={self[0]!r}, content={self[1]!r}, fd={fd}, expand={expand}, chomp={chomp})"

    name = property(lambda self: self[0], doc="The delimiter (and, for COPY/ADD, the file name).")
    content = property(lambda self: self[1], doc="The body as the command sees it.")
    fd = property(lambda self: self._extra[0], doc="The file descriptor (0 unless ``3<<EOF``).")
    expand = property(lambda self: self._extra[1], doc="False when the delimiter was quoted.")
    chomp = property(lambda self: self._extra[2], doc="True for ``<<-EOF``.")
    raw = property(lambda self: self._extra[3], doc="The body as written.")

    def _replace(self, **changes) -> "Heredoc":
        fields = dict(zip(("name", "content", "fd", "expand", "chomp", "raw"), self.__getnewargs__()))
        fields.update(changes)
        return Heredoc(**fields)


def _heredoc_word(src: str) -> Heredoc | None:
    """``ParseHeredoc``: the heredoc a word such as ``3<<-"EOF"`` opens, or None."""
    m = _RE_HEREDOC.match(src)
    if not m or not m.group(3):
        return None
    rest = m.group(3)
    lex = _Lex("\\", skip_unset_env=True)
    words = lex.words(rest, {})
    if len(words) != 1:
        return None
    lex.raw_quotes = True
    raw_words = lex.words(rest, {})
    if len(raw_words) != len(words):  # pragma: no cover - defensive, as in BuildKit
        raise _Fail(f"internal lexing of heredoc produced inconsistent results: {rest}")
    word, raw = words[0], raw_words[0]
    expand = (word.count("'") + word.count('"')) == (raw.count("'") + raw.count('"'))
    return Heredoc(name=word, content="", fd=int(m.group(1) or 0), expand=expand, chomp=m.group(2) == "-")


def _must_heredoc(src: str) -> Heredoc | None:
    """``MustParseHeredoc``: like :func:`_heredoc_word`, errors ignored."""
    try:
        return _heredoc_word(src)
    except _Fail:
        return None


def _heredocs_from_line(line: str) -> list[Heredoc]:
    lex = _Lex("\\", raw_quotes=True, raw_escapes=True, skip_unset_env=True)
    try:
        words = lex.words(line, {})
    except _Fail:
        words = []
    docs = []
    for w in words:
        h = _heredoc_word(w)
        if h is not None:
            docs.append(h)
    return docs


def _chomp(text: str) -> str:
    return re.sub(r"(?m)^\t+", "", text)
