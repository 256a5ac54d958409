"""Pass 3 of reading a Dockerfile: substitution while building a stage (``dockerfile2llb/convert.go``).

Stage by stage, ``ARG`` and ``ENV`` are tracked and ``$VAR`` is substituted in the instructions
where Docker substitutes; the result is one
:class:`~taxonomy.dockerfile.records.ExpandedInstruction` per instruction.
"""

from __future__ import annotations

import posixpath
import re
from typing import Iterator, Mapping, Sequence

from .common import _build_error, DEFAULT_PATH, DEFAULT_SHELL, _Fail, _go_quote, _RE_INT
from .lexer import _env_strings, _Lex
from .heredoc import _chomp, Heredoc, _must_heredoc
from .records import ExpandedInstruction, Instruction, Source, source_kind, Stage
from .instructions import _healthcheck

__all__ = ["expand_stage"]


# ---------------------------------------------------------------------------
# pass 3: substitution while building a stage (dockerfile2llb/convert.go)
# ---------------------------------------------------------------------------


_SIGNALS = set(
    "ABRT ALRM BUS CHLD CLD CONT FPE HUP ILL INT IO IOT KILL PIPE POLL PROF PWR QUIT SEGV STKFLT STOP SYS "
    "TERM TRAP TSTP TTIN TTOU URG USR1 USR2 VTALRM WINCH XCPU XFSZ RTMIN RTMAX".split()
) | {f"RTMIN+{i}" for i in range(1, 16)} | {f"RTMAX-{i}" for i in range(1, 15)}


def _check_signal(sig: str) -> None:
    if _RE_INT.match(sig):
        if int(sig) == 0:
            raise _Fail(f"invalid signal: {sig}")
        return
    name = sig.upper()
    if name.startswith("SIG"):
        name = name[3:]
    if name not in _SIGNALS:
        raise _Fail(f"invalid signal: {sig}", hint="use a signal name such as SIGTERM, SIGINT or SIGQUIT, or its number")


def _port_range(ports: str) -> tuple[int, int]:
    def one(p):
        if not re.fullmatch(r"[0-9]+", p) or int(p) > 65535:
            raise ValueError(p)
        return int(p)
    if ports == "":
        raise ValueError(ports)
    if "-" not in ports:
        v = one(ports)
        return v, v
    parts = ports.split("-")
    if len(parts) != 2:
        raise ValueError(ports)
    start, end = one(parts[0]), one(parts[1])
    if end < start:
        raise ValueError(ports)
    return start, end


def _port_spec(raw: str) -> list[str]:
    """``parsePortSpec``: ``[ip:][hostport:]port[-port][/proto]`` to ``port/proto`` strings."""
    parts = raw.split(":")
    if len(parts) == 1:
        ip, host, container = "", "", parts[0]
    elif len(parts) == 2:
        ip, host, container = "", parts[0], parts[1]
    else:
        ip, host, container = ":".join(parts[:-2]), parts[-2], parts[-1]
    port, _, proto = container.partition("/")
    if port == "":
        raise _Fail(f"no port specified: {container}<empty>")
    proto = proto.lower() or "tcp"
    if proto not in ("tcp", "udp", "sctp"):
        raise _Fail(f"invalid proto: {proto}", hint="the protocol is tcp, udp or sctp, e.g. EXPOSE 53/udp")
    if ip.startswith("["):
        ip = ip.strip("[]")
    if ip and not re.fullmatch(r"[0-9.]+|[0-9A-Fa-f:.]+", ip):
        raise _Fail(f"invalid IP address: {ip}")
    try:
        start, end = _port_range(port)
    except ValueError:
        raise _Fail(f"invalid containerPort: {port}", hint="EXPOSE takes port numbers 0-65535, e.g. EXPOSE 8080/tcp") from None
    if host:
        try:
            hs, he = _port_range(host)
        except ValueError:
            raise _Fail(f"invalid hostPort: {host}") from None
        if (end - start) != (he - hs) and end != start:
            raise _Fail(f"invalid ranges specified for container and host Ports: {port} and {host}")
    return [f"{p}/{proto}" for p in range(start, end + 1)]


def _normalize_workdir(current: str, requested: str) -> str:
    wd = posixpath.join("/", current, requested) if not requested.startswith("/") else requested
    wd = posixpath.normpath(wd)
    return "/" + wd.lstrip("/") if wd.startswith("//") else wd


def _run_argv(instr: Instruction, shell: Sequence[str]) -> tuple[str, ...]:
    """The argv BuildKit runs for RUN (``dispatchRun``), CMD and ENTRYPOINT."""
    if instr.json_form:
        args = list(instr.args)
    else:
        args = [" ".join(instr.args)] if instr.args else []
    if instr.cmd == "RUN" and instr.heredocs:
        if len(args) != 1 or instr.json_form:
            raise _Fail(f"parsing produced an invalid run command: [{' '.join(args)}]")
        first = instr.heredocs[0]
        if _must_heredoc(args[0]) is not None:
            args = [f"/dev/pipes/{first.name}"] if first.content.startswith("#!") else [first.content]
        else:
            args = [args[0] + "".join("\n" + h.raw + h.name for h in instr.heredocs)]
    if instr.json_form:
        return tuple(args)
    return (*shell, " ".join(args))


def expand_stage(stage: Stage, global_args: Mapping[str, str | None] | None = None,
                 build_args: Mapping[str, str] | None = None, *, escape: str = "\\",
                 stages: Sequence[Stage] | None = None, env: Mapping[str, str] | None = None,
                 workdir: str = "/", shell: Sequence[str] | None = None
                 ) -> Iterator[tuple[Instruction, ExpandedInstruction]]:
    """Walk a stage's instructions as BuildKit dispatches them, substituting variables.

    This is the contract the image builder relies on.

    * Yields ``(instruction, expanded)`` for every instruction of
      ``stage.instructions`` (not the ``FROM``), in order, lazily: an error
      in instruction 5 is raised only when the walk reaches it.
    * Substitution happens where Docker does it (see
      :data:`SUBSTITUTING_INSTRUCTIONS`), never in RUN/CMD/ENTRYPOINT/SHELL/
      HEALTHCHECK/MAINTAINER/ONBUILD. Words are substituted with the
      variables visible *before* the instruction, so in ``ENV A=2 B=$A`` B
      gets the old A.
    * Scope: the base image's ``env`` (plus ``PATH``, which BuildKit always
      sets), then each ``ARG`` and ``ENV`` in order, the later winning. A
      global ARG (``global_args``) is visible inside the stage only after the
      stage redeclares it with ``ARG NAME`` (no default); ``ARG NAME=default``
      uses the default instead. A build arg overrides both: ``ARG NAME`` or
      ``ARG NAME=x`` takes ``build_args[NAME]`` when given (unsubstituted).
      An ``ARG`` with no value anywhere stays unset.
    * ``COPY --from`` resolves to a stage (``from_stage``, by ``AS`` name,
      case-insensitive, or index) when ``stages`` is given, else to an image
      (``from_image``). As in BuildKit, ``--from`` is not substituted.

    Parameters
    ----------
    stage : Stage
        The stage to walk.
    global_args : Mapping[str, str or None], optional
        The global scope: predefined platform ARGs and the file's global
        ARGs after build-arg overrides (``Dockerfile.expand`` passes
        ``platform_args`` + ``global_args``).
    build_args : Mapping[str, str], optional
        The ``--build-arg`` values.
    escape : str, optional
        The file's escape character.
    stages : Sequence[Stage], optional
        All stages of the file, to resolve ``COPY --from``.
    env : Mapping[str, str], optional
        The base image's environment (its config ``Env``).
    workdir : str, optional
        The base image's working directory.
    shell : Sequence[str], optional
        The base image's shell (default ``/bin/sh -c``).

    Yields
    ------
    (Instruction, ExpandedInstruction)

    Raises
    ------
    BuildError
        ``Dockerfile:N: <BuildKit message>``: a malformed substitution, an
        invalid ``EXPOSE`` port (``invalid containerPort: abc``) or stop
        signal, ``COPY`` of a URL, ``COPY --from`` an invalid index, a later
        stage or itself.

    Examples
    --------
    >>> from taxonomy.dockerfile import parse_dockerfile, expand_stage
    >>> df = parse_dockerfile('''
    ... ARG VERSION=1.0
    ... FROM alpine
    ... ARG VERSION
    ... ENV APP=/opt/app-$VERSION
    ... COPY app.tgz $APP/
    ... EXPOSE 8000-8001/tcp 53/udp
    ... ''')
    >>> for ins, e in expand_stage(df.stages[0], df.global_args, {}):
    ...     print(ins.cmd, e.args)
    ARG ('VERSION=1.0',)
    ENV ('APP', '/opt/app-1.0')
    COPY ('app.tgz', '/opt/app-1.0/')
    EXPOSE ('53/udp', '8000-8001/tcp')
    >>> e.ports
    ('53/udp', '8000/tcp', '8001/tcp')
    """
    glob = dict(global_args or {})
    bargs = {str(k): str(v) for k, v in (build_args or {}).items()}
    lex = _Lex(escape)
    raw_lex = _Lex("\\", skip_process_quotes=True)
    image_env = _env_strings(env)
    if "PATH" not in image_env:
        image_env["PATH"] = DEFAULT_PATH
    scope = dict(image_env)
    args_scope: dict[str, str] = {}
    cur_shell = tuple(shell) if shell else DEFAULT_SHELL
    wd = workdir or "/"

    for instr in stage.instructions:
        before = dict(scope)
        cmd = instr.cmd

        def fail(e: _Fail):
            return _build_error(e.reason, instr.line, instr.end_line, instr.original, e.hint)

        def word(w: str) -> str:
            return lex.word(w, before)

        out: dict = {"args": instr.args}
        try:
            flags = instr.flag_values
            if cmd == "ARG":
                pairs = []
                shown = []
                for key, default in instr.pairs:
                    value = default
                    has_value = key in bargs
                    if default is None and not has_value:
                        for k, v in glob.items():
                            if k == key:
                                value = v
                    if has_value:
                        value = bargs[key]
                    elif default is not None:
                        value = lex.word(default, scope)
                    if value is not None:
                        scope[key] = value
                        args_scope[key] = value
                    pairs.append((key, value))
                    shown.append(key if value is None else f"{key}={value}")
                out.update(args=tuple(shown), pairs=tuple(pairs))
            elif cmd in ("ENV", "LABEL"):
                pairs = [(word(k), word(v)) for k, v in instr.pairs]
                for k, v in pairs:
                    if cmd == "ENV":
                        scope[k] = v
                        image_env[k] = v
                out.update(args=tuple(x for p in pairs for x in p), pairs=tuple(pairs))
            elif cmd in ("COPY", "ADD"):
                for name in ("chown", "chmod", "checksum"):
                    if name in flags:
                        flags[name] = word(str(flags[name]))
                docs = {h.name: h for h in instr.heredocs}
                sources: list[Source] = []
                words: list[str] = []
                for src in instr.args[:-1]:
                    h = _must_heredoc(src)
                    if h is not None:
                        doc = docs.get(h.name, Heredoc(h.name, ""))
                        text = _chomp(doc.raw) if h.chomp else doc.raw
                        if h.expand:
                            text = raw_lex.word(text, before)
                        sources.append(Source("heredoc", h.name, text))
                        words.append(src)
                        continue
                    path = word(src)
                    kind = source_kind(path)
                    if cmd == "COPY" and kind == "git":
                        raise _Fail("source can't be a git ref for COPY", hint="use ADD for a git repository")
                    if cmd == "COPY" and kind == "url":
                        raise _Fail("source can't be a URL for COPY", hint="use ADD <url> <dest> to download a file")
                    sources.append(Source(kind if cmd == "ADD" else "local", path))
                    words.append(path)
                dest = word(instr.args[-1])
                if flags.get("checksum"):
                    paths = [s for s in sources if s.kind != "heredoc"]
                    if len(paths) != 1:
                        raise _Fail("checksum can't be specified for multiple sources")
                    if paths[0].kind != "url":
                        raise _Fail("checksum can't be specified for non-HTTP sources")
                out.update(args=(*words, dest), sources=tuple(sources), dest=dest)
                frm = flags.get("from")
                if cmd == "COPY" and frm:
                    out.update(_resolve_from(str(frm), stage, stages))
            elif cmd == "EXPOSE":
                words = []
                ports: list[str] = []
                for raw in sorted(instr.args):
                    for w in lex.words(raw, before):
                        words.append(w)
                        for p in _port_spec(w):
                            if p not in ports:
                                ports.append(p)
                out.update(args=tuple(words), ports=tuple(ports))
            elif cmd == "VOLUME":
                vols = tuple(word(v) for v in instr.args)
                if any(v == "" for v in vols):
                    raise _Fail("VOLUME specified can not be an empty string")
                out.update(args=vols)
            elif cmd == "WORKDIR":
                path = word(instr.args[0])
                wd = _normalize_workdir(wd, path)
                out.update(args=(path,))
            elif cmd == "USER":
                out.update(args=(word(instr.args[0]),))
            elif cmd == "STOPSIGNAL":
                sig = word(instr.args[0])
                _check_signal(sig)
                out.update(args=(sig,))
            elif cmd == "SHELL":
                cur_shell = tuple(instr.args)
            elif cmd in ("RUN", "CMD", "ENTRYPOINT"):
                out.update(argv=_run_argv(instr, cur_shell))
            elif cmd == "HEALTHCHECK":
                out.update(healthcheck=_healthcheck(instr.args, instr.json_form, flags))
        except _Fail as e:
            raise fail(e) from None
        yield instr, ExpandedInstruction(
            cmd=cmd, line=instr.line, flags=flags, env=dict(image_env), scope=before,
            build_args=dict(args_scope), workdir=wd, shell=cur_shell, **out)


def _resolve_from(value: str, stage: Stage, stages: Sequence[Stage] | None) -> dict:
    """``toCommand`` + the dispatch check of ``COPY --from``."""
    if _RE_INT.match(value):
        index = int(value)
        if stages is None:
            return {"from_stage": index}
        if not 0 <= index < len(stages):
            raise _Fail(f"invalid stage index {index}", hint=f"this file has stages 0 to {len(stages) - 1}")
        found = stages[index]
    else:
        found = None
        for s in stages or ():
            if s.name is not None and s.name == value.lower():
                found = s
        if found is None:
            if "$" in value:
                raise _Fail(f"failed to parse stage name {_go_quote(value)}: invalid reference format",
                            hint="COPY --from does not substitute variables; write FROM ${X} AS src and COPY --from=src")
            return {"from_image": value}
    if found.index == stage.index:
        raise _Fail(f"circular dependency detected on stage: {stage.display_name}",
                    hint="a stage cannot COPY --from itself")
    if found.index > stage.index:
        raise _Fail(f"cannot copy from stage {_go_quote(value)}, it needs to be defined before current stage "
                    f"{_go_quote(stage.display_name)}", hint="move the stage you copy from above this one")
    return {"from_stage": found.index}
