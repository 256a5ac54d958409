"""Reading a shell command line: words, quotes, variables, ``;``, ``&&``, ``||``, ``|``, redirections.

The grammar is the small part of POSIX ``sh`` that tutorials use. A line is a
list of *pipelines* joined by ``;`` (or a newline), ``&&`` and ``||``; a
pipeline is simple commands joined by ``|``; a simple command is words and
redirections (``>``, ``>>``, ``<``, ``2>``, ``2>>``, ``2>&1``, ``>&2``).
Words keep their quoting so that variables are expanded when the command
runs (``$?`` changes from one command to the next): ``'…'`` is literal,
``"…"`` expands ``$VAR`` but does not split, a backslash escapes one
character. ``$(…)`` and backquotes are refused with a plain message.

Parsing is one pass over the text, linear in its length, and the text is
bounded (:data:`MAX_SCRIPT_BYTES`).

Examples
--------
>>> script = parse('cd /tmp && echo "hi $USER" > greeting.txt; ls')
>>> [(op, [c.words[0][0][1] for c in p.commands]) for op, p in script]
[('', ['cd']), ('&&', ['echo']), (';', ['ls'])]
>>> script[1][1].commands[0].redirects
(('>', 'greeting.txt'),)
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import InvalidArgument

__all__ = ["Command", "Pipeline", "ShellSyntaxError", "parse", "MAX_SCRIPT_BYTES", "MAX_COMMANDS"]

#: Longest command line the small shell reads (a learner's line is far shorter).
MAX_SCRIPT_BYTES = 64 * 1024
#: Most simple commands in one line.
MAX_COMMANDS = 1000

_OPERATORS = ("&&", "||", ";", "|", "&", "\n")
_REDIRECTS = ("2>&1", ">&2", "1>&2", "2>>", "2>", "1>>", "1>", ">>", ">", "<")


class ShellSyntaxError(InvalidArgument):
    """The command line cannot be read (an unterminated quote, an operator with nothing before it)."""

    def __init__(self, message: str, text: str = ""):
        self.text = text
        super().__init__(message)


@dataclass(frozen=True)
class Command:
    """A simple command: its words (each a tuple of (kind, text) parts) and redirections.

    A part's kind is ``"raw"`` (unquoted text: split and globbed), ``"lit"``
    (quoted text), ``"var"`` (an unquoted ``$NAME``) or ``"qvar"`` (a quoted one).
    """

    words: tuple
    redirects: tuple = ()
    assignments: tuple = ()


@dataclass(frozen=True)
class Pipeline:
    """Commands joined by ``|``; ``background`` if it ended with ``&``."""

    commands: tuple
    background: bool = False


@dataclass
class _Word:
    parts: list = field(default_factory=list)
    started: bool = False

    def add(self, kind: str, text: str):
        self.started = True
        if kind in ("raw", "lit") and self.parts and self.parts[-1][0] == kind:
            self.parts[-1] = (kind, self.parts[-1][1] + text)
        else:
            self.parts.append((kind, text))


def _read_var(text: str, i: int) -> tuple[str, int]:
    """Read a variable name after ``$`` at ``text[i]``; return (name, next index)."""
    if i < len(text) and text[i] == "{":
        end = text.find("}", i)
        if end < 0:
            raise ShellSyntaxError("bad substitution: missing '}'", text)
        name = text[i + 1:end]
        if not name or not (name.replace("_", "a").isalnum() or name in "?$#0"):
            raise ShellSyntaxError(f"${{{name}}}: bad substitution", text)
        return name, end + 1
    if i < len(text) and text[i] in "?$#0123456789":
        return text[i], i + 1
    j = i
    while j < len(text) and (text[j].isalnum() or text[j] == "_"):
        j += 1
    return text[i:j], j


def _tokens(text: str):
    """Yield ("word", parts) and ("op", operator) tokens."""
    i, n = 0, len(text)
    word = _Word()

    def flush():
        nonlocal word
        if word.started:
            out = ("word", tuple(word.parts) if word.parts else (("lit", ""),))
            word = _Word()
            return out
        return None

    while i < n:
        c = text[i]
        if c in " \t":
            tok = flush()
            if tok:
                yield tok
            i += 1
        elif c == "#" and not word.started:
            while i < n and text[i] != "\n":
                i += 1
        elif c == "\\":
            if i + 1 < n and text[i + 1] == "\n":
                i += 2
                continue
            word.add("lit", text[i + 1:i + 2])
            i += 2
        elif c == "'":
            end = text.find("'", i + 1)
            if end < 0:
                raise ShellSyntaxError("unterminated quoted string", text)
            word.add("lit", text[i + 1:end])
            i = end + 1
        elif c == '"':
            i += 1
            word.add("lit", "")
            while True:
                if i >= n:
                    raise ShellSyntaxError("unterminated quoted string", text)
                c = text[i]
                if c == '"':
                    i += 1
                    break
                if c == "\\" and i + 1 < n and text[i + 1] in '"\\$`':
                    word.add("lit", text[i + 1])
                    i += 2
                elif c == "$" and i + 1 < n and text[i + 1] == "(":
                    raise ShellSyntaxError("command substitution $(...) is not supported by the model's shell", text)
                elif c == "`":
                    raise ShellSyntaxError("command substitution `...` is not supported by the model's shell", text)
                elif c == "$":
                    name, i = _read_var(text, i + 1)
                    if name:
                        word.add("qvar", name)
                    else:
                        word.add("lit", "$")
                else:
                    word.add("lit", c)
                    i += 1
        elif c == "$":
            if i + 1 < n and text[i + 1] == "(":
                raise ShellSyntaxError("command substitution $(...) is not supported by the model's shell", text)
            name, i = _read_var(text, i + 1)
            if name:
                word.add("var", name)
            else:
                word.add("raw", "$")
        elif c == "`":
            raise ShellSyntaxError("command substitution `...` is not supported by the model's shell", text)
        else:
            op = next((o for o in _REDIRECTS if text.startswith(o, i)), None)
            if op and (op[0] not in "12" or not word.started):
                tok = flush()
                if tok:
                    yield tok
                yield ("redir", op)
                i += len(op)
                continue
            op = next((o for o in _OPERATORS if text.startswith(o, i)), None)
            if op:
                tok = flush()
                if tok:
                    yield tok
                yield ("op", ";" if op == "\n" else op)
                i += len(op)
                continue
            word.add("raw", c)
            i += 1
    tok = flush()
    if tok:
        yield tok


def _plain(parts) -> str | None:
    """The text of a word without variables, or None."""
    if any(k in ("var", "qvar") for k, _ in parts):
        return None
    return "".join(t for _, t in parts)


def parse(text: str) -> list[tuple[str, Pipeline]]:
    """Parse a command line into (operator, pipeline) pairs; the first operator is ``""``.

    Raises
    ------
    ShellSyntaxError
        The line is malformed or longer than :data:`MAX_SCRIPT_BYTES`.

    Examples
    --------
    >>> parse("echo 'a;b' || false")[1][0]
    '||'
    >>> parse("echo 'oops")
    Traceback (most recent call last):
    ...
    taxonomy.shell.parse.ShellSyntaxError: unterminated quoted string
    """
    if len(text.encode("utf-8", "replace")) > MAX_SCRIPT_BYTES:
        raise ShellSyntaxError(f"the command line is longer than the model's shell reads "
                               f"({MAX_SCRIPT_BYTES} bytes); split it into shorter commands", text[:80])
    out: list[tuple[str, Pipeline]] = []
    pending_op = ""
    commands: list[Command] = []
    words: list = []
    redirects: list = []
    count = 0
    tokens = list(_tokens(text))
    i = 0

    def end_command():
        nonlocal words, redirects, count
        if not words and not redirects:
            return False
        assignments, rest = [], list(words)
        while rest:
            plain = _plain(rest[0][:1]) if rest[0] and rest[0][0][0] == "raw" else None
            if plain and "=" in plain and plain.split("=", 1)[0].replace("_", "a").isalnum() \
                    and not plain[0].isdigit():
                name, _, first = rest[0][0][1].partition("=")
                assignments.append((name, ((("lit", first),) if first else ()) + tuple(rest[0][1:])))
                rest.pop(0)
            else:
                break
        commands.append(Command(tuple(rest), tuple(redirects), tuple(assignments)))
        count += 1
        if count > MAX_COMMANDS:
            raise ShellSyntaxError(f"more than {MAX_COMMANDS} commands in one line; split it", text[:80])
        words, redirects = [], []
        return True

    def end_pipeline(op_after: str):
        nonlocal commands, pending_op
        if not end_command() and commands:
            raise ShellSyntaxError(f"syntax error near unexpected token `{op_after}'", text)
        if not commands:
            if op_after in (";", "") and pending_op in ("", ";"):
                pending_op = pending_op or ""
                return
            raise ShellSyntaxError(f"syntax error near unexpected token `{op_after}'", text)
        out.append((pending_op, Pipeline(tuple(commands), background=op_after == "&")))
        commands = []

    while i < len(tokens):
        kind, value = tokens[i]
        if kind == "word":
            words.append(value)
        elif kind == "redir":
            if value in ("2>&1", ">&2", "1>&2"):
                redirects.append((value, ""))
            else:
                if i + 1 >= len(tokens) or tokens[i + 1][0] != "word":
                    raise ShellSyntaxError("syntax error near unexpected token `newline'", text)
                i += 1
                target = _plain(tokens[i][1])
                redirects.append((value, target if target is not None else tokens[i][1]))
        elif value == "|":
            if not end_command():
                raise ShellSyntaxError("syntax error near unexpected token `|'", text)
        else:
            end_pipeline(value)
            pending_op = {"&": ";"}.get(value, value)
        i += 1
    if words or redirects or commands:
        end_pipeline("")
    elif pending_op in ("&&", "||", "|"):
        raise ShellSyntaxError(f"syntax error: unexpected end of line after `{pending_op}'", text)
    return out
