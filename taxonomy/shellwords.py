"""Shell words in one pass: ``shlex.split``, linear in the text.

``shlex.split`` grows each word one character at a time, which makes it
quadratic: a 1 MB command line takes seconds and 10 MB never ends. This
module gives the same words and the same errors in one regular-expression
pass whose pieces cannot backtrack (POSIX rules: blanks split words, single
quotes keep everything, double quotes let a backslash escape only ``"`` and
itself, a backslash outside quotes makes the next character literal).

Examples
--------
>>> split('docker run -e "A=1 2" alpine echo it\\\\\\'s')
['docker', 'run', '-e', 'A=1 2', 'alpine', 'echo', "it's"]
>>> split("echo 'unclosed")
Traceback (most recent call last):
    ...
ValueError: No closing quotation
"""

from __future__ import annotations

import re

__all__ = ["split"]

_BLANK = " \t\r\n"   # shlex's whitespace
_PIECES = re.compile(r"""[^ \t\r\n'"\\]+|[ \t\r\n]+|'[^']*'|"[^"\\]*(?:\\.[^"\\]*)*"|\\.?|['"]""", re.DOTALL)
_IN_DOUBLE = re.compile(r'\\([\\"])')


def split(text: str) -> list[str]:
    """The words of ``text`` exactly as ``shlex.split(text)`` gives them.

    Raises
    ------
    ValueError
        ``No closing quotation`` or ``No escaped character``, as ``shlex``.
    """
    words, word, inword = [], [], False
    for m in _PIECES.finditer(text):
        piece = m.group()
        c = piece[0]
        if c in _BLANK:
            if inword:
                words.append("".join(word))
                word, inword = [], False
            continue
        if c == "'":
            if len(piece) == 1:
                raise ValueError("No closing quotation")
            word.append(piece[1:-1])
        elif c == '"':
            if len(piece) == 1:   # unclosed; shlex names a backslash at the very end first
                rest = text[m.end():]
                odd = (len(rest) - len(rest.rstrip("\\"))) % 2
                raise ValueError("No escaped character" if odd else "No closing quotation")
            word.append(_IN_DOUBLE.sub(r"\1", piece[1:-1]))
        elif c == "\\":
            if len(piece) == 1:
                raise ValueError("No escaped character")
            word.append(piece[1])
        else:
            word.append(piece)
        inword = True
    if inword:
        words.append("".join(word))
    return words
