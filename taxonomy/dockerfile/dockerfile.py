"""Reading a real Dockerfile the way ``docker build`` (BuildKit) reads it.

``docker build`` reads a Dockerfile in three passes, and this package copies
each one:

1. **Lines to instructions** (BuildKit ``frontend/dockerfile/parser``): parser
   directives (``# escape=`` ``# syntax=``), line continuations, comments
   inside continuations, heredocs (``RUN <<EOF``), JSON versus shell form.
2. **Instructions to stages** (``frontend/dockerfile/instructions``): every
   instruction is checked (known keyword, known ``--flags``, right number of
   arguments) and the file is cut into build stages at each ``FROM``.
3. **Variable substitution** (``frontend/dockerfile/shell/lex.go``), stage by
   stage while building: ``$VAR``, ``${VAR:-default}`` and friends in the
   instructions where Docker substitutes, tracking ``ARG`` and ``ENV``.

>>> import taxonomy.dockerfile as b
>>> df = b.parse_dockerfile('''
... ARG BASE=alpine
... FROM ${BASE}:3.19 AS build
... ENV GREETING="hello world"
... RUN echo $GREETING > /msg
... FROM scratch
... COPY --from=build /msg /msg
... ''')
>>> [(s.index, s.name, s.base) for s in df.stages]
[(0, 'build', 'alpine:3.19'), (1, None, 'scratch')]
>>> [(i.cmd, e.args) for i, e in df.expand(df.stage("build"))]
[('ENV', ('GREETING', 'hello world')), ('RUN', ('echo $GREETING > /msg',))]

Which parser, and why
---------------------
Two Dockerfile parsers are installed in the project's environment. Neither is
used at run time; this module is a pure-Python port of BuildKit's own
parser, instruction checker and shell lexer (moby/buildkit
``frontend/dockerfile/parser/{parser,line_parsers,split_command,directives}.go``,
``instructions/{parse,bflag,commands}.go``, ``shell/lex.go``;
``dockerfile2llb/convert*.go`` for substitution and ``ARG`` scoping).

=============================  ==========================  ==========================  ==================
question                       ``dockerfile`` 3.4.0 (Go)   ``dockerfile-parse`` 2.0.1  this port
=============================  ==========================  ==========================  ==================
escape directive, ``\\``        yes                         yes                         yes
comment inside continuation    yes                         emitted as a separate       yes
                                                           ``COMMENT``, out of order
heredocs                       yes (no ``Expand``/         no: body lines become       yes
                               ``Chomp`` flags)            bogus instructions
JSON vs shell form             yes                         partial                     yes
unknown instruction            accepted (``RUNN``)         accepted                    BuildKit error
errors name the line           no (``GoParseError: ENV     no errors at all            yes, BuildKit text
                               must have two arguments``)
line numbers                   1-based                     0-based                     1-based
wheels: linux x86_64           yes                         pure Python                 pure Python
linux aarch64, musl            **no** (sdist needs Go)     pure Python                 pure Python
macOS / Windows                yes (13 x86_64, 14 arm64,   pure Python                 pure Python
                               win_amd64)
JupyterLite / Pyodide          **no** (cgo shared object)  yes (but writes a file)     yes
=============================  ==========================  ==========================  ==================

The Go wrapper is exact but only covers pass 1, loses the line numbers of
its errors, and cannot run in the browser, where this tool must work; the
pure-Python alternative is wrong on heredocs and comments and never reports
an error. A "Go when importable, else fallback" design would give learners
different answers on the desktop and in JupyterLite, and the instruction pass
and the lexer would have to be ported anyway. So the port is the only engine;
``tests/test_dockerfile.py`` uses the ``dockerfile`` wheel, when it is
importable, as an oracle: the port must produce the same instructions, flags,
forms and lines on a corpus of Dockerfiles. Importing this module loads only
the standard library (``re``, ``json``, ``dataclasses``).

Error messages
--------------
Every problem raises :class:`~taxonomy.errors.BuildError`. Its first line is
the message BuildKit prints after ``ERROR: failed to solve:``, exactly:

* errors of the instruction pass read ``dockerfile parse error on line 3:
  unknown instruction: RUNN (did you mean RUN?)``, BuildKit's own wording;
* every other error that BuildKit attaches to a place in the file (it shows
  them under a ``Dockerfile:3`` heading) reads ``Dockerfile:3: <message>``,
  for example ``Dockerfile:1: no build stage in current context``.

The following lines show the offending source, ``  3 | RUNN echo hi``, and,
where a fix is obvious, a ``hint:`` line. The exception also carries
``err.line`` and ``err.end_line`` (1-based), ``err.reason`` (the first line
without the ``Dockerfile:3:`` prefix), ``err.source`` and ``err.hint``.
Errors that belong to no line (``target stage "x" could not be found``,
``dockerfile contains no stages to build``) have no prefix and ``line`` None;
an empty file is reported on line 1.

BuildKit's wording is kept where it may surprise: an unknown flag is named
without its dashes (``unknown flag: fromm (did you mean from?)``), and
``ARG`` names are not checked beyond being non-empty (``ARG =x`` fails,
``ARG a-b`` is accepted, as in BuildKit). Two messages differ on purpose:
BuildKit reports a bad parser directive on line 0 (this module: the
directive's line) and an unterminated ``${NAME`` as ``unsupported modifier
(\ufffd)`` (this module: ``syntax error: missing '}'``).

The port follows current BuildKit where older parsers (such as the one inside
the ``dockerfile`` wheel) differ: text after a JSON array makes the whole
instruction shell form (``CMD ["a"] && b``); ``ONBUILD RUN <<EOF`` takes a
heredoc; a ``# escape=``` file uses the backtick in ``--flags`` too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Iterator, Mapping, Sequence

from .. import limits
from .common import DEFAULT_PATH, DEFAULT_SHELL, INSTRUCTIONS, SUBSTITUTING_INSTRUCTIONS
from .common import _build_error, _Fail, _go_quote, _RE_INT, _suggest
from .expand import expand_stage
from .heredoc import Heredoc
from .instructions import _to_instruction
from .lexer import _Lex, substitute
from .parser import _parse_ast
from .records import ExpandedInstruction, HealthCheck, Instruction, Source, Stage, source_kind

__all__ = [
    "Instruction",
    "Heredoc",
    "Stage",
    "Dockerfile",
    "HealthCheck",
    "Source",
    "ExpandedInstruction",
    "parse_dockerfile",
    "parse_instruction",
    "substitute",
    "expand_stage",
    "source_kind",
    "platform_args",
    "INSTRUCTIONS",
    "SUBSTITUTING_INSTRUCTIONS",
    "DEFAULT_SHELL",
    "DEFAULT_PATH",
]


# ---------------------------------------------------------------------------
# the Dockerfile
# ---------------------------------------------------------------------------


def platform_args(target: str = "linux/amd64", build: str | None = None) -> dict[str, str]:
    """The platform ``ARG`` s every build predefines in the global scope.

    Parameters
    ----------
    target : str
        The platform the image is built for (``os/arch[/variant]``).
    build : str, optional
        The builder's own platform (defaults to ``target``).

    Returns
    -------
    dict
        ``TARGETPLATFORM TARGETOS TARGETARCH TARGETVARIANT`` and the same
        four ``BUILD*`` names.

    Examples
    --------
    >>> from taxonomy.dockerfile import platform_args
    >>> platform_args("linux/arm/v7")["TARGETVARIANT"]
    'v7'
    >>> platform_args()["BUILDPLATFORM"]
    'linux/amd64'
    """
    out: dict[str, str] = {}
    for prefix, plat in (("BUILD", build or target), ("TARGET", target)):
        parts = plat.split("/")
        os_, arch = parts[0], parts[1] if len(parts) > 1 else ""
        variant = parts[2] if len(parts) > 2 else ""
        out.update({f"{prefix}PLATFORM": plat, f"{prefix}OS": os_, f"{prefix}ARCH": arch,
                    f"{prefix}VARIANT": variant})
    return out


@dataclass(frozen=True)
class Dockerfile:
    """A parsed Dockerfile: its stages, global ``ARG`` s and parser directives.

    Made by :func:`parse_dockerfile`.

    Attributes
    ----------
    stages : tuple of Stage
        The build stages, in order.
    global_args : dict
        The ``ARG`` s before the first ``FROM``: name to value, after
        ``build_args`` override a default and defaults are substituted; None
        for an ``ARG NAME`` with no default and no build arg.
    directives : dict
        The parser directives, e.g. ``{"escape": "`", "syntax": "docker/dockerfile:1"}``.
    escape : str
        The escape character in force (``\\`` or a backtick).
    build_args : dict
        The ``--build-arg`` values the file was parsed with.
    platform_args : dict
        The predefined platform ARGs (see :func:`platform_args`).
    meta_instructions : tuple of Instruction
        The ``ARG`` instructions before the first ``FROM``.
    warnings : tuple of str
        What ``docker build`` would warn about (empty continuation lines,
        ``ONBUILD`` triggers that will fail later).
    """

    stages: tuple[Stage, ...]
    global_args: dict = field(hash=False)
    directives: dict = field(hash=False)
    escape: str = "\\"
    build_args: dict = field(default_factory=dict, hash=False)
    platform_args: dict = field(default_factory=dict, hash=False)
    meta_instructions: tuple[Instruction, ...] = ()
    warnings: tuple[str, ...] = ()

    def _find(self, key) -> int | None:
        if isinstance(key, int) and not isinstance(key, bool):
            return key if 0 <= key < len(self.stages) else None
        key = str(key)
        if _RE_INT.match(key):
            i = int(key)
            return i if 0 <= i < len(self.stages) else None
        for s in self.stages:
            if s.name is not None and s.name == key.lower():
                return s.index
        return None

    def _stage_list(self) -> str:
        return ", ".join(f"{s.index}" + (f" ({s.name})" if s.name else "") + f" on line {s.from_instruction.line}"
                         for s in self.stages)

    def stage(self, name_or_index: str | int) -> Stage:
        """The stage with this ``AS`` name (case-insensitive) or index.

        Raises
        ------
        BuildError
            If there is none; the message lists the stages.

        Examples
        --------
        >>> from taxonomy.dockerfile import parse_dockerfile
        >>> df = parse_dockerfile("FROM alpine AS Build\\nFROM scratch")
        >>> df.stage("build").index, df.stage(1).base
        (0, 'scratch')
        >>> df.stage("test")
        Traceback (most recent call last):
            ...
        taxonomy.errors.BuildError: stage "test" could not be found
        hint: stages are 0 (build) on line 1, 1 on line 2
        """
        i = self._find(name_or_index)
        if i is None:
            if isinstance(name_or_index, int) or _RE_INT.match(str(name_or_index)):
                raise _build_error(f"invalid stage index {int(name_or_index)}", hint=f"stages are {self._stage_list()}")
            raise _build_error(f"stage {_go_quote(str(name_or_index))} could not be found",
                               hint=f"stages are {self._stage_list()}")
        return self.stages[i]

    def target(self, name: str) -> "Dockerfile":
        """The Dockerfile ``docker build --target name`` builds: the stages up to and including ``name``.

        Raises
        ------
        BuildError
            ``target stage "x" could not be found`` (BuildKit's text).

        Examples
        --------
        >>> from taxonomy.dockerfile import parse_dockerfile
        >>> df = parse_dockerfile("FROM alpine AS build\\nFROM build AS test\\nFROM scratch")
        >>> [s.display_name for s in df.target("test").stages]
        ['build', 'test']
        """
        i = None
        for s in self.stages:
            if s.name is not None and s.name == str(name).lower():
                i = s.index
        if i is None:
            named = [s.name for s in self.stages if s.name]
            hint = ("stages with a name are " + ", ".join(named)) if named else "no stage has a name: add AS <name> to a FROM"
            sug = _suggest(str(name), named, False)
            if sug:
                hint += f" (did you mean {sug}?)"
            raise _build_error(f"target stage {_go_quote(str(name))} could not be found", hint=hint)
        return replace(self, stages=self.stages[: i + 1])

    @property
    def meta_scope(self) -> dict[str, str]:
        """The global scope ``FROM`` lines are substituted in: platform ARGs, then global ARGs (unset ones as "")."""
        scope = {k: self.build_args.get(k, v) for k, v in self.platform_args.items()}
        scope.update({k: ("" if v is None else v) for k, v in self.global_args.items()})
        return scope

    def expand(self, stage: Stage | str | int, *, env: Mapping[str, str] | None = None, workdir: str = "/",
               shell: Sequence[str] | None = None) -> Iterator[tuple[Instruction, ExpandedInstruction]]:
        """Walk a stage with substitution; see :func:`expand_stage` (this passes the file's ARGs and escape).

        Examples
        --------
        >>> from taxonomy.dockerfile import parse_dockerfile
        >>> df = parse_dockerfile("ARG V=1\\nFROM alpine\\nARG V\\nWORKDIR /app-$V", build_args={"V": "2"})
        >>> [e.args for _, e in df.expand(0)]
        [('V=2',), ('/app-2',)]
        """
        if not isinstance(stage, Stage):
            stage = self.stage(stage)
        glob: dict[str, str | None] = {k: self.build_args.get(k, v) for k, v in self.platform_args.items()}
        glob.update(self.global_args)
        return expand_stage(stage, glob, self.build_args, escape=self.escape, stages=self.stages,
                            env=env, workdir=workdir, shell=shell)


def _check_text(text: str) -> None:
    """Bounds and encoding of a Dockerfile's text, before anything reads it (see :mod:`taxonomy.limits`)."""
    if len(text) > limits.MAX_DOCKERFILE_BYTES:
        raise limits.exceeded("MAX_DOCKERFILE_BYTES", len(text), "the Dockerfile is too large",
                              "move long scripts into files of the build context and COPY them")
    longest = max(map(len, text.split("\n")))
    if longest > limits.MAX_DOCKERFILE_LINE:
        raise limits.exceeded("MAX_DOCKERFILE_LINE", longest, "a line of the Dockerfile is too long",
                              "split it with a backslash at the end of each line, or COPY a script")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as err:
        line = text.count("\n", 0, err.start) + 1
        raise _build_error(f"the Dockerfile is not valid text: {text[err.start]!r} (a lone surrogate) on line {line}",
                           line, hint="remove the character, or save the Dockerfile as UTF-8") from None


def parse_dockerfile(text: str, build_args: Mapping[str, str] | None = None, *,
                     platform: str | None = None) -> Dockerfile:
    """Parse a Dockerfile the way ``docker build`` does.

    Parameters
    ----------
    text : str
        The Dockerfile's text (bytes are decoded as UTF-8; a BOM is ignored).
    build_args : Mapping[str, str], optional
        ``--build-arg`` values: they override the defaults of the ``ARG`` s
        they name.
    platform : str, optional
        The target platform for the predefined ``TARGET*``/``BUILD*`` ARGs
        (default ``linux/amd64``).

    Returns
    -------
    Dockerfile

    Raises
    ------
    BuildError
        With BuildKit's message and the line (see the module docstring):
        an empty file, an unknown instruction or flag, a malformed
        instruction, an instruction before the first ``FROM``, an
        unterminated heredoc, a blank base image after substitution...

    Examples
    --------
    >>> from taxonomy.dockerfile import parse_dockerfile
    >>> df = parse_dockerfile("# escape=`\\nFROM mcr.microsoft.com/windows/nanoserver\\nRUN dir `\\n  c:\\\\")
    >>> df.directives, df.stages[0].instructions[0].args
    ({'escape': '`'}, ('dir   c:\\\\',))
    >>> parse_dockerfile("FROM alpine\\nRUNN echo hi")
    Traceback (most recent call last):
        ...
    taxonomy.errors.BuildError: dockerfile parse error on line 2: unknown instruction: RUNN (did you mean RUN?)
       2 | RUNN echo hi
    """
    if isinstance(text, (bytes, bytearray)):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as err:
            raise _build_error(f"the Dockerfile is not UTF-8 text (byte {err.start}: {err.reason})",
                               hint="save the Dockerfile as UTF-8") from None
    if not isinstance(text, str):
        raise TypeError(f"parse_dockerfile() needs the Dockerfile's text, not {type(text).__name__}")
    _check_text(text)
    build_args = {str(k): str(v) for k, v in (build_args or {}).items()}
    if len(text) == 0:
        raise _build_error("the Dockerfile cannot be empty", 1,
                           hint="a Dockerfile needs at least a FROM instruction, e.g. FROM alpine:3.19")
    ast = _parse_ast(text)
    d = ast.directives
    warnings = list(ast.warnings)

    # pass 2: instructions and stages
    meta: list[Instruction] = []
    groups: list[tuple[Instruction, list[Instruction]]] = []
    for node in ast.nodes:
        try:
            instr = _to_instruction(node)
        except _Fail as e:
            raise _build_error(e.reason, node.start, node.end, ast.lines[node.start - 1:node.end], e.hint,
                               instruction_pass=True) from None
        if not groups and instr.cmd == "ARG":
            meta.append(instr)
            continue
        if instr.cmd == "FROM":
            groups.append((instr, []))
            continue
        if not groups:
            raise _build_error("no build stage in current context", node.start, node.end,
                               ast.lines[node.start - 1:node.end],
                               hint=f"start the file (after any ARG) with FROM <image>; {instr.cmd} must follow a FROM")
        groups[-1][1].append(instr)
        if instr.cmd == "ONBUILD" and instr.inner is None and instr.args:
            try:
                _to_instruction(node.child) if node.child is not None else None
            except _Fail as e:
                warnings.append(f"Dockerfile:{instr.line}: ONBUILD trigger will fail in images built FROM this one: "
                                f"{e.reason}")
    if not groups:
        raise _build_error("dockerfile contains no stages to build",
                           hint="add a FROM instruction after the ARG lines")

    # global ARGs: build args win, defaults are substituted in the scope so far
    lex = _Lex(d.escape)
    pargs = platform_args(platform or "linux/amd64")
    scope = {k: build_args.get(k, v) for k, v in pargs.items()}
    global_args: dict[str, str | None] = {}
    for instr in meta:
        for key, value in instr.pairs:
            if key in build_args:
                value = build_args[key]
            elif value is not None:
                try:
                    value = lex.word(value, scope)
                except _Fail as e:
                    raise _build_error(e.reason, instr.line, instr.end_line, instr.original) from None
            global_args[key] = value
            scope[key] = "" if value is None else value

    # stages: FROM substituted in the global scope
    stages: list[Stage] = []
    names: dict[str, int] = {}
    for index, (frm, body) in enumerate(groups):
        raw = frm.args[0]
        try:
            base = lex.word(raw, scope)
        except _Fail as e:
            raise _build_error(e.reason, frm.line, frm.end_line, frm.original) from None
        if base == "":
            unset = sorted(set(re.findall(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)", raw)))
            hint = ("declare " + ", ".join(f"ARG {u}=<default>" for u in unset) + " before the first FROM, "
                    "or pass --build-arg") if unset else None
            raise _build_error(f"base name ({raw}) should not be blank", frm.line, frm.end_line, frm.original, hint)
        plat = frm.flag_values.get("platform")
        if plat is not None:
            try:
                plat = lex.word(str(plat), scope)
            except _Fail as e:
                raise _build_error(f"failed to process arguments for platform {plat}: {e.reason}", frm.line,
                                   frm.end_line, frm.original) from None
            if plat == "":
                raise _build_error(f"empty platform value from expression {frm.flag_values['platform']}",
                                   frm.line, frm.end_line, frm.original)
        name = frm.args[2].lower() if len(frm.args) == 3 else None
        stages.append(Stage(index=index, name=name, base=base, platform=plat, instructions=tuple(body),
                            from_instruction=frm, base_stage=names.get(base)))
        if name is not None:
            names[name] = index
    return Dockerfile(stages=tuple(stages), global_args=global_args, directives=dict(d.values), escape=d.escape,
                      build_args=build_args, platform_args=pargs, meta_instructions=tuple(meta),
                      warnings=tuple(warnings))


def parse_instruction(text: str, escape: str = "\\") -> Instruction:
    """Parse one instruction, e.g. an ``ONBUILD`` trigger stored in an image config.

    Parameters
    ----------
    text : str
        One instruction (continuation lines and a heredoc body allowed).
    escape : str, optional
        The escape character.

    Raises
    ------
    BuildError
        As :func:`parse_dockerfile`; ``onbuild trigger should be a single
        expression`` if the text holds more than one instruction.

    Examples
    --------
    >>> from taxonomy.dockerfile import parse_instruction
    >>> parse_instruction("ONBUILD COPY . /app").inner.args
    ('.', '/app')
    """
    try:
        ast = _parse_ast(text, escape)
    except _Fail as e:
        raise _build_error(e.reason, hint=e.hint) from None
    nodes = ast.nodes
    if len(nodes) != 1:
        raise _build_error("onbuild trigger should be a single expression")
    node = nodes[0]
    try:
        return _to_instruction(node)
    except _Fail as e:
        raise _build_error(e.reason, node.start, node.end, text.split("\n")[: node.end - node.start + 1], e.hint,
                           instruction_pass=True) from None
