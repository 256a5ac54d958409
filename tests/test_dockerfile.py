"""Tests of the Dockerfile parser (taxonomy.dockerfile): BuildKit's Dockerfile rules, ported."""

import re
import subprocess
import sys

import pytest

from taxonomy.dockerfile import (
    DEFAULT_PATH,
    Dockerfile,
    HealthCheck,
    Instruction,
    Source,
    expand_stage,
    parse_dockerfile,
    parse_instruction,
    platform_args,
    source_kind,
    substitute,
)
from taxonomy.errors import BuildError, TaxonomyError


def instrs(text, **kw):
    """All instructions of a Dockerfile (meta ARGs, FROMs and the rest) in file order."""
    df = parse_dockerfile(text, **kw)
    out = list(df.meta_instructions)
    for s in df.stages:
        out.append(s.from_instruction)
        out.extend(s.instructions)
    return sorted(out, key=lambda i: i.line)


def only(text, **kw):
    """The single instruction after ``FROM a``."""
    df = parse_dockerfile("FROM a\n" + text, **kw)
    (i,) = df.stages[0].instructions
    return i


def expanded(text, stage=0, **kw):
    df = parse_dockerfile(text, **kw)
    return [e for _, e in df.expand(stage)]


def raises(text, pattern, line, **kw):
    """Parse ``text``; assert a BuildError matching ``pattern`` whose ``.line`` is ``line``."""
    with pytest.raises(BuildError, match=pattern) as info:
        parse_dockerfile(text, **kw)
    assert info.value.line == line
    return info.value


# ---------------------------------------------------------------------------
# the package surface
# ---------------------------------------------------------------------------


def test_import_is_cheap_and_needs_no_parser_package():
    code = ("import sys, taxonomy.dockerfile.dockerfile, taxonomy.dockerfile; "
            "print(sorted(m for m in ('dockerfile', 'dockerfile_parse', 'yaml', 'matplotlib') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"


def test_all_names_exist():
    import taxonomy.dockerfile as b
    import taxonomy.dockerfile.dockerfile as d
    import taxonomy.dockerfile.dockerignore as i

    assert set(b.__all__) == set(d.__all__) | set(i.__all__)
    for name in b.__all__:
        assert hasattr(b, name), name


def test_build_error_is_a_taxonomy_error():
    with pytest.raises(TaxonomyError):
        parse_dockerfile("RUNN x")


# ---------------------------------------------------------------------------
# every instruction
# ---------------------------------------------------------------------------

INSTRUCTION_TABLE = [
    # text, cmd, args, json_form, flags
    ("RUN echo hi", "RUN", ("echo hi",), False, ()),
    ('RUN ["echo", "hi"]', "RUN", ("echo", "hi"), True, ()),
    ("RUN --mount=type=cache,target=/root/.cache pip install x", "RUN", ("pip install x",), False,
     ("--mount=type=cache,target=/root/.cache",)),
    ("RUN --network=none --security=insecure make", "RUN", ("make",), False, ("--network=none", "--security=insecure")),
    ("run lower case", "RUN", ("lower case",), False, ()),
    ("CMD nginx -g 'daemon off;'", "CMD", ("nginx -g 'daemon off;'",), False, ()),
    ('CMD ["nginx", "-g", "daemon off;"]', "CMD", ("nginx", "-g", "daemon off;"), True, ()),
    ("ENTRYPOINT /docker-entrypoint.sh", "ENTRYPOINT", ("/docker-entrypoint.sh",), False, ()),
    ('ENTRYPOINT ["/docker-entrypoint.sh"]', "ENTRYPOINT", ("/docker-entrypoint.sh",), True, ()),
    ("COPY a b /dst/", "COPY", ("a", "b", "/dst/"), False, ()),
    ('COPY ["a b", "/dst/"]', "COPY", ("a b", "/dst/"), True, ()),
    ("COPY --from=build --chown=app:app --chmod=644 --link /out /app", "COPY", ("/out", "/app"), False,
     ("--from=build", "--chown=app:app", "--chmod=644", "--link")),
    ('COPY --chown="app user" a b', "COPY", ("a", "b"), False, ("--chown=app user",)),
    ("ADD app.tar.gz /opt/", "ADD", ("app.tar.gz", "/opt/"), False, ()),
    ("ADD --keep-git-dir=true https://github.com/moby/moby.git /src", "ADD",
     ("https://github.com/moby/moby.git", "/src"), False, ("--keep-git-dir=true",)),
    ("ENV A=1 B=\"two words\"", "ENV", ("A", "1", "B", '"two words"'), False, ()),
    ("ENV LEGACY some value here", "ENV", ("LEGACY", "some value here"), False, ()),
    ("ARG VERSION", "ARG", ("VERSION",), False, ()),
    ("ARG A=1 B", "ARG", ("A=1", "B"), False, ()),
    ('LABEL org.opencontainers.image.title="My app" version=1', "LABEL",
     ("org.opencontainers.image.title", '"My app"', "version", "1"), False, ()),
    ("WORKDIR /app", "WORKDIR", ("/app",), False, ()),
    ("USER app:app", "USER", ("app:app",), False, ()),
    ("EXPOSE 80 443/tcp 53/udp", "EXPOSE", ("80", "443/tcp", "53/udp"), False, ()),
    ("VOLUME /data /logs", "VOLUME", ("/data", "/logs"), False, ()),
    ('VOLUME ["/data", "/logs"]', "VOLUME", ("/data", "/logs"), True, ()),
    ("HEALTHCHECK NONE", "HEALTHCHECK", ("NONE",), False, ()),
    ("HEALTHCHECK --interval=5m --timeout=3s CMD curl -f http://localhost/", "HEALTHCHECK",
     ("CMD", "curl -f http://localhost/"), False, ("--interval=5m", "--timeout=3s")),
    ('HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]', "HEALTHCHECK",
     ("CMD", "curl", "-f", "http://localhost/"), True, ()),
    ('SHELL ["/bin/bash", "-o", "pipefail", "-c"]', "SHELL", ("/bin/bash", "-o", "pipefail", "-c"), True, ()),
    ("STOPSIGNAL SIGQUIT", "STOPSIGNAL", ("SIGQUIT",), False, ()),
    ("ONBUILD RUN make", "ONBUILD", ("RUN make",), False, ()),
    ("MAINTAINER Jane Doe <jane@example.com>", "MAINTAINER", ("Jane Doe <jane@example.com>",), False, ()),
]


@pytest.mark.parametrize("text, cmd, args, json_form, flags", INSTRUCTION_TABLE, ids=[t[0][:30] for t in INSTRUCTION_TABLE])
def test_every_instruction_parses(text, cmd, args, json_form, flags):
    i = only(text)
    assert (i.cmd, i.args, i.json_form, i.flags) == (cmd, args, json_form, flags)
    assert i.original == text and i.line == i.end_line == 2


def test_from_forms():
    df = parse_dockerfile("FROM alpine\nFROM alpine:3.19 AS Build\nFROM --platform=linux/arm64 scratch as out\n")
    a, b, c = df.stages
    assert (a.index, a.name, a.base, a.platform) == (0, None, "alpine", None)
    assert (b.index, b.name, b.base) == (1, "build", "alpine:3.19")
    assert (c.name, c.base, c.platform) == ("out", "scratch", "linux/arm64")
    assert c.from_instruction.args == ("scratch", "as", "out")
    assert b.from_instruction.cmd == "FROM" and b.from_instruction.line == 2
    assert [s.display_name for s in df.stages] == ["stage-0", "build", "out"]


def test_from_an_earlier_stage_sets_base_stage():
    df = parse_dockerfile("FROM alpine AS base\nFROM base AS test\nFROM Base\n")
    assert df.stages[1].base_stage == 0
    # stage names are lower-cased; FROM compares the text exactly, as BuildKit does
    assert df.stages[2].base_stage is None


def test_onbuild_inner_instruction_is_parsed():
    i = only("ONBUILD COPY --chown=app . /app")
    assert i.args == ("COPY --chown=app . /app",)
    assert isinstance(i.inner, Instruction)
    assert (i.inner.cmd, i.inner.args, i.inner.flags) == ("COPY", (".", "/app"), ("--chown=app",))


def test_onbuild_with_invalid_trigger_is_accepted_with_a_warning():
    df = parse_dockerfile("FROM a\nONBUILD RUNN make\n")
    (i,) = df.stages[0].instructions
    assert i.inner is None
    assert any("ONBUILD trigger will fail" in w and "unknown instruction: RUNN" in w for w in df.warnings)


def test_maintainer_is_accepted():
    i = only("MAINTAINER someone")
    assert i.cmd == "MAINTAINER" and i.args == ("someone",)


def test_instruction_pairs_and_flag_values():
    assert only("ENV A=1 B='x y'").pairs == (("A", "1"), ("B", "'x y'"))
    assert only("ARG A=1 B").pairs == (("A", "1"), ("B", None))
    assert only("LABEL a=b").pairs == (("a", "b"),)
    assert only("RUN x").pairs == ()
    assert only("COPY --link --from=b x y").flag_values == {"link": True, "from": "b"}
    assert only("COPY --link=false x y").flag_values == {"link": False}
    assert only("RUN --mount=type=secret,id=a --mount=type=cache,target=/c x").flag_values == {
        "mount": ("type=secret,id=a", "type=cache,target=/c")}
    assert only("STOPSIGNAL --ignored SIGTERM").flag_values == {}  # BuildKit never reads STOPSIGNAL flags


def test_str_of_instruction_is_its_text():
    assert str(only("RUN echo \\\n  hi")) == "RUN echo   hi"


# ---------------------------------------------------------------------------
# directives, continuations, comments
# ---------------------------------------------------------------------------


def test_escape_directive_backtick():
    df = parse_dockerfile("# escape=`\nFROM mcr.microsoft.com/windows/servercore\nCOPY testfile.txt c:\\\nRUN dir `\n    c:\\\n")
    assert df.directives == {"escape": "`"} and df.escape == "`"
    copy, run = df.stages[0].instructions
    assert copy.args == ("testfile.txt", "c:\\")  # a backslash is an ordinary character now
    assert (run.args, run.line, run.end_line) == (("dir     c:\\",), 4, 5)


def test_escape_directive_changes_substitution_escape():
    es = expanded("# escape=`\nFROM a\nENV A=1\nWORKDIR c:\\`$A\\$A\n")
    assert es[1].args == ("c:\\$A\\1",)


def test_directives_must_come_first():
    df = parse_dockerfile("FROM a\n# escape=`\nRUN echo `\n")
    assert df.directives == {} and df.escape == "\\"
    df = parse_dockerfile("\n# escape=`\nFROM a\n")  # a blank line ends the directives
    assert df.directives == {}
    df = parse_dockerfile("# a comment\n# escape=`\nFROM a\n")
    assert df.directives == {}


def test_syntax_and_check_directives_are_recorded():
    df = parse_dockerfile("# syntax=docker/dockerfile:1.7\n#check=skip=all\n#  ESCAPE = `\nFROM a\n")
    assert df.directives == {"syntax": "docker/dockerfile:1.7", "check": "skip=all", "escape": "`"}


def test_unknown_directive_ends_directives():
    df = parse_dockerfile("# foo=bar\n# escape=`\nFROM a\n")
    assert df.directives == {}


def test_line_continuations():
    i = only("RUN apt-get update && \\\n    apt-get install -y \\\n      curl")
    assert i.args == ("apt-get update &&     apt-get install -y       curl",)
    assert (i.line, i.end_line) == (2, 4)


def test_continuation_with_trailing_blanks_after_backslash():
    assert only("RUN a \\  \t\n b").args == ("a  b",)


def test_escaped_backslash_at_end_is_not_a_continuation():
    df = parse_dockerfile("FROM a\nRUN echo a\\\\\nRUN b\n")
    assert [i.args for i in df.stages[0].instructions] == [("echo a\\\\",), ("b",)]


def test_comments_inside_a_continuation_are_dropped():
    i = only("RUN echo a \\\n  # this line is a comment\n# so is this one\n  && echo b")
    assert i.args == ("echo a   && echo b",)
    assert (i.line, i.end_line) == (2, 5)


def test_empty_continuation_lines_warn():
    df = parse_dockerfile("FROM a\nRUN echo \\\n\n  hi\n")
    assert df.stages[0].instructions[0].args == ("echo   hi",)
    assert len(df.warnings) == 1 and "Empty continuation line" in df.warnings[0]


def test_comment_lines_and_indentation():
    lines = [i.line for i in instrs("# top\nFROM a\n\n   # indented comment\n\tRUN x # not a comment\n")]
    assert lines == [2, 5]
    assert only("RUN x # not a comment").args == ("x # not a comment",)


def test_crlf_and_bom():
    df = parse_dockerfile("\ufeffFROM a\r\nRUN x \\\r\n y\r\n")
    assert df.stages[0].base == "a"
    assert df.stages[0].instructions[0].args == ("x  y",)


def test_bytes_input():
    assert parse_dockerfile(b"FROM a\n").stages[0].base == "a"


def test_instructions_are_case_insensitive():
    assert [i.cmd for i in instrs("from a\nRun x\nenV A=1\n")] == ["FROM", "RUN", "ENV"]


# ---------------------------------------------------------------------------
# JSON versus shell form
# ---------------------------------------------------------------------------

FORM_TABLE = [
    ('RUN ["a", "b"]', True, ("a", "b")),
    ('RUN [ "a" ]  ', True, ("a",)),
    ("RUN ['a', 'b']", False, ("['a', 'b']",)),  # single quotes are not JSON
    ('CMD ["a",', False, ('["a",',)),  # broken JSON is shell form
    ('CMD ["a"] && echo', False, ('["a"] && echo',)),  # text after the array: shell form (current BuildKit)
    ("RUN echo [1, 2]", False, ("echo [1, 2]",)),
    ("ENTRYPOINT []", True, ()),
    ('VOLUME ["/a b"]', True, ("/a b",)),
    ("VOLUME /a b", False, ("/a", "b")),
    ('COPY ["x y", "/z"]', True, ("x y", "/z")),
]


@pytest.mark.parametrize("text, json_form, args", FORM_TABLE)
def test_json_versus_shell_form(text, json_form, args):
    i = only(text)
    assert (i.json_form, i.args) == (json_form, args)


def test_json_array_of_non_strings_is_an_error():
    err = raises('FROM a\nCMD ["a", 1]\n', r"^Dockerfile:2: when using JSON array syntax, arrays must be comprised of strings only", 2)
    assert err.source == 'CMD ["a", 1]'


def test_shell_requires_json():
    raises("FROM a\nSHELL /bin/bash -c\n",
           r"^dockerfile parse error on line 2: SHELL requires the arguments to be in JSON form", 2)


def test_argv_for_shell_and_exec_forms():
    es = expanded('FROM a\nRUN echo hi\nRUN ["echo", "hi"]\nSHELL ["bash", "-c"]\nCMD echo $HOME\n'
                  'ENTRYPOINT ["/bin/app"]\nENTRYPOINT []\n')
    assert [e.argv for e in es] == [
        ("/bin/sh", "-c", "echo hi"), ("echo", "hi"), None, ("bash", "-c", "echo $HOME"), ("/bin/app",), ()]
    assert es[3].shell == ("bash", "-c")


def test_argv_uses_the_base_image_shell():
    df = parse_dockerfile("FROM a\nRUN x\n")
    (_, e), = df.expand(0, shell=["pwsh", "-Command"])
    assert e.argv == ("pwsh", "-Command", "x")


# ---------------------------------------------------------------------------
# heredocs
# ---------------------------------------------------------------------------


def test_run_heredoc():
    i = only("RUN <<EOF\napt-get update\napt-get install -y curl\nEOF")
    assert i.args == ("<<EOF",)
    (h,) = i.heredocs
    assert (h.name, h.content) == ("EOF", "apt-get update\napt-get install -y curl\n")
    assert i.heredocs == (("EOF", "apt-get update\napt-get install -y curl\n"),)  # (name, content) pairs
    for name, content in i.heredocs:
        assert name == "EOF" and content.startswith("apt-get update")
    assert (h.fd, h.expand, h.chomp) == (0, True, False)
    assert (i.line, i.end_line) == (2, 5)


def test_heredoc_is_read_only_and_picklable():
    import copy
    import pickle

    (h,) = only("RUN 3<<-'EOF' x\n\tbody\n\tEOF").heredocs
    with pytest.raises(AttributeError):
        h.fd = 1
    for clone in (pickle.loads(pickle.dumps(h)), copy.deepcopy(h)):
        assert clone == h and (clone.fd, clone.expand, clone.chomp, clone.raw) == (3, False, True, "\tbody\n")
    assert repr(h) == "Heredoc(name='EOF', content='body\\n', fd=3, expand=False, chomp=True)"


def test_heredoc_chomp_quotes_and_fd():
    i = only("RUN <<-EOF 3<<'RAW' cat /dev/fd/3\n\techo $HOME\n\tEOF\n$literal\nRAW")
    a, b = i.heredocs
    assert (a.name, a.content, a.raw, a.chomp) == ("EOF", "echo $HOME\n", "\techo $HOME\n", True)
    assert (b.name, b.content, b.fd, b.expand) == ("RAW", "$literal\n", 3, False)
    assert only('RUN <<"EOF"\nx\nEOF').heredocs[0].expand is False


def test_copy_heredoc_is_a_file_and_is_substituted():
    text = 'FROM a\nENV NAME=world\nCOPY <<hello.txt <<"raw.txt" /srv/\nhello $NAME\nhello.txt\nraw $NAME\nraw.txt\n'
    df = parse_dockerfile(text)
    copy = df.stages[0].instructions[1]
    assert [h.name for h in copy.heredocs] == ["hello.txt", "raw.txt"]
    e = [e for _, e in df.expand(0)][1]
    assert e.sources == (Source("heredoc", "hello.txt", "hello world\n"), Source("heredoc", "raw.txt", "raw $NAME\n"))
    assert e.dest == "/srv/"


def test_heredoc_in_json_form_is_not_a_heredoc():
    df = parse_dockerfile('FROM a\nCOPY ["<<EOF", "/x"]\nRUN echo\n')
    assert [i.heredocs for i in df.stages[0].instructions] == [(), ()]


def test_heredoc_run_argv_as_buildkit_runs_it():
    es = expanded("FROM a\nRUN <<EOF\necho plain\nEOF\nRUN <<EOF\n#!/usr/bin/env python3\nprint(1)\nEOF\n"
                  "RUN cat <<EOF > /x\nhello\nEOF\n")
    assert es[0].argv == ("/bin/sh", "-c", "echo plain\n")
    assert es[1].argv == ("/bin/sh", "-c", "/dev/pipes/EOF")
    assert es[2].argv == ("/bin/sh", "-c", "cat <<EOF > /x\nhello\nEOF")


def test_onbuild_heredoc():
    i = only("ONBUILD RUN <<EOF\nmake\nEOF")
    assert i.heredocs[0].content == "make\n"
    assert i.args == ("RUN <<EOF\nmake\nEOF",)  # the trigger text stored in the image
    assert i.inner.heredocs == i.heredocs


def test_unterminated_heredoc():
    err = raises("FROM a\nRUN <<EOF\necho hi\n", r"^Dockerfile:2: unterminated heredoc", 2)
    assert err.end_line == 3 and "EOF" in err.hint


# BuildKit v0.22 (moby/buildkit 0b77373, "allow whitespace in heredocs"): the lexer keeps the blanks
# after ``<<`` in the same word and ``reHeredoc`` skips them, so ``<<  EOF`` opens a heredoc.


@pytest.mark.parametrize("text, name, fd", [
    ("RUN <<  EOF\necho hi\nEOF", "EOF", 0),
    ("RUN <<\tEOF\necho hi\nEOF", "EOF", 0),
    ("RUN << 'EOF'\necho hi\nEOF", "EOF", 0),
    ("RUN 3<<  EOF cat /dev/fd/3\necho hi\nEOF", "EOF", 3),
])
def test_heredoc_with_blanks_after_the_arrows(text, name, fd):
    (h,) = only(text).heredocs
    assert (h.name, h.content, h.fd, h.chomp) == (name, "echo hi\n", fd, False)
    assert h.expand is ("'" not in text)


def test_heredoc_with_blanks_runs_like_one_without():
    es = expanded("FROM a\nRUN <<  EOF\necho plain\nEOF\nRUN <<  EOF  > foo\nbar\nEOF\n")
    assert es[0].argv == ("/bin/sh", "-c", "echo plain\n")
    assert es[1].argv == ("/bin/sh", "-c", "<<  EOF  > foo\nbar\nEOF")


def test_heredoc_dash_then_blank_names_a_dashed_delimiter():
    # ``<< -EOF``: the blank comes first, so the ``-`` belongs to the word: no chomp, delimiter "-EOF".
    (h,) = only("RUN << -EOF\n\tx\n-EOF").heredocs
    assert (h.name, h.content, h.chomp) == ("-EOF", "\tx\n", False)


def test_heredoc_chomp_dash_then_blank_is_not_a_heredoc_on_a_line():
    # ``<<- EOF``: the lexer splits the line into ``<<-`` and ``EOF`` (only blanks right after ``<<``
    # join the word), so BuildKit v0.22 sees no heredoc, and the body lines are instructions.
    raises("FROM a\nRUN <<- EOF\n\tx\n\tEOF\n", r"^dockerfile parse error on line 3: unknown instruction: x", 3)


def test_copy_heredoc_with_blanks_is_two_local_sources_as_in_buildkit():
    # COPY's arguments are split on blanks before BuildKit looks for heredocs, so ``<<  a.txt`` is
    # the two paths "<<" and "a.txt" from the context.
    (e,) = expanded("FROM a\nCOPY <<  a.txt /d/\nhello\na.txt\n")
    assert e.sources == (Source("local", "<<", None), Source("local", "a.txt", None))


def test_heredoc_as_copy_destination():
    raises("FROM a\nCOPY x <<EOF\nEOF\n", r"^dockerfile parse error on line 2: COPY cannot accept a heredoc as a destination", 2)


# ---------------------------------------------------------------------------
# ARG, build args, scopes
# ---------------------------------------------------------------------------


def test_global_args_with_build_arg_override():
    text = "ARG REGISTRY=docker.io\nARG IMAGE=${REGISTRY}/library/alpine\nARG TAG\nFROM ${IMAGE}:${TAG:-3.19}\n"
    df = parse_dockerfile(text)
    assert df.global_args == {"REGISTRY": "docker.io", "IMAGE": "docker.io/library/alpine", "TAG": None}
    assert df.stages[0].base == "docker.io/library/alpine:3.19"
    df = parse_dockerfile(text, build_args={"REGISTRY": "localhost:5000", "TAG": "edge"})
    assert df.global_args == {"REGISTRY": "localhost:5000", "IMAGE": "localhost:5000/library/alpine", "TAG": "edge"}
    assert df.stages[0].base == "localhost:5000/library/alpine:edge"
    assert df.build_args == {"REGISTRY": "localhost:5000", "TAG": "edge"}
    assert [i.line for i in df.meta_instructions] == [1, 2, 3]


def test_build_arg_value_is_not_substituted():
    df = parse_dockerfile("ARG A=x\nFROM alpine\n", build_args={"A": "$HOME"})
    assert df.global_args == {"A": "$HOME"}


def test_global_arg_is_visible_in_a_stage_only_when_redeclared():
    text = "ARG V=1.0\nFROM alpine\nRUN echo\nARG V\nWORKDIR /v$V\nFROM alpine\nWORKDIR /v$V\n"
    df = parse_dockerfile(text)
    first = [e for _, e in df.expand(0)]
    assert "V" not in first[0].scope
    assert first[1].pairs == (("V", "1.0"),) and first[1].build_args == {"V": "1.0"}
    assert first[2].args == ("/v1.0",)
    second = [e for _, e in df.expand(1)]
    assert second[0].args == ("/v",)  # not redeclared: $V is empty


def test_stage_arg_default_build_arg_and_unset():
    text = "FROM alpine\nARG A=default-$B\nARG B=b\nARG C\nARG D=d\nENV OUT=$A,$B,${C-unset},$D\n"
    es = expanded(text)
    assert [e.pairs for e in es[:4]] == [(("A", "default-"),), (("B", "b"),), (("C", None),), (("D", "d"),)]
    assert es[4].pairs == (("OUT", "default-,b,unset,d"),)
    es = expanded(text, build_args={"C": "c", "D": "$X"})
    assert es[4].pairs == (("OUT", "default-,b,c,$X"),)


def test_platform_args_are_predefined_globals():
    df = parse_dockerfile("FROM --platform=$BUILDPLATFORM golang AS build\nARG TARGETOS TARGETARCH\n"
                          "RUN echo\nFROM alpine\nRUN echo\n", platform="linux/arm64")
    assert df.stages[0].platform == "linux/arm64"
    es = [e for _, e in df.expand("build")]
    assert es[0].pairs == (("TARGETOS", "linux"), ("TARGETARCH", "arm64"))
    assert es[1].scope["TARGETARCH"] == "arm64"
    assert "TARGETARCH" not in [e for _, e in df.expand(1)][0].scope
    assert platform_args("linux/arm/v7", build="linux/amd64") == {
        "BUILDPLATFORM": "linux/amd64", "BUILDOS": "linux", "BUILDARCH": "amd64", "BUILDVARIANT": "",
        "TARGETPLATFORM": "linux/arm/v7", "TARGETOS": "linux", "TARGETARCH": "arm", "TARGETVARIANT": "v7"}


def test_env_forms_and_substitution_uses_values_before_the_instruction():
    es = expanded('FROM a\nENV A=1 B="two words" C=$A\nENV A=2 D=$A\nENV LEGACY value with  spaces\nENV E=\n')
    assert es[0].pairs == (("A", "1"), ("B", "two words"), ("C", ""))
    assert es[1].pairs == (("A", "2"), ("D", "1"))  # Docker: D gets the A from before this line
    assert es[2].pairs == (("LEGACY", "value with  spaces"),)
    assert es[3].pairs == (("E", ""),)
    assert es[3].env == {"PATH": DEFAULT_PATH, "A": "2", "B": "two words", "C": "", "D": "1",
                         "LEGACY": "value with  spaces", "E": ""}


def test_env_overrides_arg_and_base_env():
    es = expanded("FROM a\nARG X=arg\nENV X=env\nRUN echo\n")
    assert es[2].scope["X"] == "env" and es[2].build_args == {"X": "arg"}
    df = parse_dockerfile("FROM a\nENV PATH=$PATH:/app/bin HOME=$HOME/x\n")
    (_, e), = df.expand(0, env={"PATH": "/bin", "HOME": "/root"})
    assert e.pairs == (("PATH", "/bin:/app/bin"), ("HOME", "/root/x"))


def test_path_is_always_set():
    (e,) = expanded("FROM scratch\nENV PATH=$PATH:/x\n")
    assert e.pairs == (("PATH", DEFAULT_PATH + ":/x"),)


def test_no_substitution_in_run_cmd_entrypoint_shell_healthcheck_onbuild_maintainer():
    text = ("FROM a\nENV A=1\nRUN echo $A\nCMD echo $A\nENTRYPOINT [\"echo\", \"$A\"]\nSHELL [\"$A\"]\n"
            "HEALTHCHECK CMD test $A\nONBUILD RUN echo $A\nMAINTAINER $A\n")
    es = expanded(text)
    assert [e.args for e in es[1:]] == [("echo $A",), ("echo $A",), ("echo", "$A"), ("$A",), ("CMD", "test $A"),
                                       ("RUN echo $A",), ("$A",)]


def test_substitution_in_every_substituting_instruction():
    text = ("FROM a\nENV D=/data P=8080 U=app S=SIGINT L=lbl\nCOPY --chown=$U:$U src $D/\nADD x.tgz $D\n"
            "EXPOSE $P\nLABEL $L=$U\nUSER $U\nVOLUME $D\nWORKDIR $D\nSTOPSIGNAL $S\n")
    es = expanded(text)
    assert [e.args for e in es[1:]] == [("src", "/data/"), ("x.tgz", "/data"), ("8080",), ("lbl", "app"), ("app",),
                                       ("/data",), ("/data",), ("SIGINT",)]
    assert es[1].flags == {"chown": "app:app"}
    assert es[3].ports == ("8080/tcp",)


def test_expose_words_are_split_after_substitution():
    es = expanded('FROM a\nENV PORTS="80 443/udp"\nEXPOSE $PORTS\n')
    assert es[1].ports == ("80/tcp", "443/udp")


def test_workdir_is_normalised():
    es = expanded("FROM a\nWORKDIR app\nWORKDIR ../srv//x/\nWORKDIR /abs\n")
    assert [e.workdir for e in es] == ["/app", "/srv/x", "/abs"]
    df = parse_dockerfile("FROM a\nWORKDIR sub\n")
    assert [e.workdir for _, e in df.expand(0, workdir="/base")] == ["/base/sub"]


def test_expand_is_lazy():
    df = parse_dockerfile("FROM a\nRUN ok\nEXPOSE nope\n")
    walk = df.expand(0)
    first = next(walk)
    assert first[0].cmd == "RUN"
    with pytest.raises(BuildError, match="invalid containerPort"):
        next(walk)


def test_module_level_expand_stage_with_explicit_scopes():
    df = parse_dockerfile("ARG G=global\nFROM a\nARG G\nARG L\nENV X=$G-$L\n")
    es = [e for _, e in expand_stage(df.stages[0], {"G": "given"}, {"L": "cli"})]
    assert es[-1].pairs == (("X", "given-cli"),)


def test_healthcheck_expanded():
    es = expanded("FROM a\nHEALTHCHECK --interval=30s --timeout=1m30s --start-period=500ms --retries=3 CMD curl x\n"
                  'HEALTHCHECK CMD ["curl", "x"]\nHEALTHCHECK NONE\n')
    assert es[0].healthcheck == HealthCheck(("CMD-SHELL", "curl x"), 30 * 10**9, 90 * 10**9, 500 * 10**6, 0, 3)
    assert es[1].healthcheck == HealthCheck(("CMD", "curl", "x"))
    assert es[2].healthcheck == HealthCheck(("NONE",))


# ---------------------------------------------------------------------------
# substitution (shell/lex.go), table-driven
# ---------------------------------------------------------------------------

ENV = {"PWD": "/home", "SHELL": "bash", "KOREAN": "한국어", "NULL": ""}
# BuildKit's shell/envVarTest cases (the Unix ones) and lex_test.go.
SUBSTITUTIONS = [
    ("hello", "hello"),
    ("he'll'o", "hello"),
    ("he\\'llo", "he'llo"),
    ("abc\\tdef", "abctdef"),
    ('"abc\\tdef"', "abc\\tdef"),
    ('"abc\\\\tdef"', "abc\\tdef"),
    ("'abc\\tdef'", "abc\\tdef"),
    ("hello\\", "hello"),
    ("hello\\\\", "hello\\"),
    ('"hel\'lo"', "hel'lo"),
    ("'hello\\'", "hello\\"),
    ("'hello\\\\there'", "hello\\\\there"),
    ('"\'\'"', "''"),
    ("$.", "$."),
    ("he$1x", "hex"),
    ("he$.x", "he$.x"),
    ("he$pwd.", "he."),
    ("he$PWD", "he/home"),
    ("he\\$PWD", "he$PWD"),
    ("he\\\\$PWD", "he\\/home"),
    ('"he\\$PWD"', "he$PWD"),
    ('"he\\\\$PWD"', "he\\/home"),
    ("\\${}", "${}"),
    ("he\\${}xx", "he${}xx"),
    ("he${hi}xx", "hexx"),
    ("he${PWD}", "he/home"),
    ("he${XXX:-000}xx", "he000xx"),
    ("he${PWD:-000}xx", "he/homexx"),
    ("he${NULL:-000}xx", "he000xx"),
    ("he${NULL-000}xx", "hexx"),
    ("he${XXX-000}xx", "he000xx"),
    ("he${XXX:-$PWD}xx", "he/homexx"),
    ("he${XXX:-${PWD:-yyy}}xx", "he/homexx"),
    ("he${XXX:-${YYY:-yyy}}xx", "heyyyxx"),
    ("he${PWD?}", "he/home"),
    ("he${NULL?}", "he"),
    ("he${XXX:+${PWD}}xx", "hexx"),
    ("he${PWD:+${XXX}}xx", "hexx"),
    ("he${PWD:+${SHELL}}xx", "hebashxx"),
    ("he${XXX:+000}xx", "hexx"),
    ("he${PWD:+000}xx", "he000xx"),
    ("he${NULL:+000}xx", "hexx"),
    ("he${NULL+000}xx", "he000xx"),
    ("'he${XX}'", "he${XX}"),
    ('"he${PWD}"', "he/home"),
    ('"he\'$PWD\'"', "he'/home'"),
    ('"$PWD"', "/home"),
    ("'$PWD'", "$PWD"),
    ("'\\$PWD'", "\\$PWD"),
    ("'\"hello\"'", '"hello"'),
    ("he${PWD:+${PWD}:}xx", "he/home:xx"),
    ("he${XXX:-\\$PWD:}xx", "he$PWD:xx"),
    ("he${XXX:-\\${PWD}z}xx", "he${PWDz}xx"),
    ("안'녕'하세요", "안녕하세요"),
    ("안녕$KOREAN", "안녕한국어"),
    ("${aaa}}", "}"),
    ("${PWD#/}", "home"),
    ("${SHELL%sh}", "ba"),
    ("${SHELL/a/A}", "bAsh"),
    ("${PWD//o/0}", "/h0me"),
]


@pytest.mark.parametrize("word, expected", SUBSTITUTIONS)
def test_substitute(word, expected):
    assert substitute(word, ENV) == expected


SUBSTITUTION_ERRORS = [
    ("he'llo", "unexpected end of statement while looking for matching single-quote"),
    ("he\\\\'llo", "unexpected end of statement while looking for matching single-quote"),
    ('"hello', "unexpected end of statement while looking for matching double-quote"),
    ('"hello\\"', "unexpected end of statement while looking for matching double-quote"),
    ("${}", "syntax error: bad substitution"),
    ("he${}xx", "syntax error: bad substitution"),
    ("${{aaa}", "syntax error: bad substitution"),
    ("he${.}", r"unsupported modifier \(\.\) in substitution"),
    ("he${XXX:YYY}", r"unsupported modifier \(:Y\) in substitution"),
    ("he${PWD:=000}xx", r"unsupported modifier \(:=\) in substitution"),
    ("he${XXX?}", "XXX: is not allowed to be unset"),
    ("he${NULL:?}", "NULL: is not allowed to be empty"),
    ("${XXX?you must set XXX}", "XXX: you must set XXX"),
    ("he${PWD", "syntax error: missing '}'"),
    ("${aaa", "syntax error: missing '}'"),
]


@pytest.mark.parametrize("word, message", SUBSTITUTION_ERRORS)
def test_substitute_errors(word, message):
    with pytest.raises(BuildError, match=r"^failed to process " + re.escape('"') + ".*" + message):
        substitute(word, ENV)


def test_substitute_with_backtick_escape():
    assert substitute("c:\\path`$X", {"X": "1"}, escape="`") == "c:\\path$X"
    assert substitute('"a`"b"', {}, escape="`") == 'a"b'
    with pytest.raises(BuildError, match="invalid escape token"):
        substitute("x", {}, escape="!")


def test_substitution_error_in_a_dockerfile_names_the_line():
    df = parse_dockerfile("FROM a\nRUN ok\nENV A=${B\n")
    with pytest.raises(BuildError, match=r"^Dockerfile:3: failed to process \"\$\{B\": syntax error: missing '}'") as info:
        list(df.expand(0))
    assert info.value.line == 3 and info.value.source == "ENV A=${B"


# ---------------------------------------------------------------------------
# multi-stage: lookup, target, COPY --from
# ---------------------------------------------------------------------------

MULTI = """\
FROM golang:1.22 AS build
RUN go build -o /app
FROM alpine AS Test
COPY --from=build /app /app
FROM scratch
COPY --from=0 /app /app
COPY --from=TEST /app /app2
COPY --from=nginx:alpine /etc/nginx /etc/nginx
"""


def test_stage_lookup():
    df = parse_dockerfile(MULTI)
    assert df.stage("build").index == 0
    assert df.stage("test").index == df.stage("TEST").index == 1
    assert df.stage(2).base == "scratch" and df.stage("2").index == 2
    with pytest.raises(BuildError, match=r'^stage "nope" could not be found\nhint: stages are 0 \(build\) on line 1'):
        df.stage("nope")
    with pytest.raises(BuildError, match="^invalid stage index 7"):
        df.stage(7)


def test_target_cuts_later_stages():
    df = parse_dockerfile(MULTI)
    cut = df.target("Test")
    assert isinstance(cut, Dockerfile)
    assert [s.index for s in cut.stages] == [0, 1]
    assert len(df.stages) == 3  # the original is unchanged
    with pytest.raises(BuildError, match=r'^target stage "tset" could not be found\nhint: stages with a name are build, test \(did you mean test\?\)'):
        df.target("tset")
    with pytest.raises(BuildError, match='no stage has a name'):
        parse_dockerfile("FROM a\n").target("x")


def test_copy_from_resolution():
    df = parse_dockerfile(MULTI)
    assert [(e.from_stage, e.from_image) for _, e in df.expand(1)] == [(0, None)]
    assert [(e.from_stage, e.from_image) for _, e in df.expand(2)] == [(0, None), (1, None), (None, "nginx:alpine")]


@pytest.mark.parametrize("copy, message", [
    ("COPY --from=5 /a /b", r"^Dockerfile:2: invalid stage index 5"),
    ("COPY --from=-1 /a /b", r"^Dockerfile:2: invalid stage index -1"),
    ("COPY --from=later /a /b", r'^Dockerfile:2: cannot copy from stage "later", it needs to be defined before current stage "stage-0"'),
    ("COPY --from=0 /a /b", r"^Dockerfile:2: circular dependency detected on stage: stage-0"),
    ("COPY --from=$X /a /b", r'^Dockerfile:2: failed to parse stage name "\$X": invalid reference format'),
])
def test_copy_from_errors(copy, message):
    df = parse_dockerfile(f"FROM a\n{copy}\nFROM b AS later\n")
    with pytest.raises(BuildError, match=message):
        list(df.expand(0))


# ---------------------------------------------------------------------------
# ADD / COPY sources: local, URL, git
# ---------------------------------------------------------------------------

SOURCE_KINDS = [
    ("src/", "local"),
    ("./https://x", "local"),
    ("*.txt", "local"),
    ("http://example.com/file.tar.gz", "url"),
    ("https://example.com/file.tar.gz?x=1", "url"),
    ("https://github.com/moby/buildkit.git", "git"),
    ("https://github.com/moby/buildkit.git#v0.10.1:docs", "git"),
    ("git@github.com:moby/buildkit.git", "git"),
    ("git://example.com/repo", "git"),
    ("ssh://git@example.com/repo.git", "git"),
    ("github.com/moby/buildkit", "local"),  # deprecated shorthand: BuildKit treats it as a local path
]


@pytest.mark.parametrize("src, kind", SOURCE_KINDS)
def test_source_kind(src, kind):
    assert source_kind(src) == kind


def test_add_remote_sources_are_detectable():
    df = parse_dockerfile("FROM a\nARG URL=https://example.com/a.tgz\n"
                          "ADD $URL git@github.com:moby/moby.git local.tgz /dst/\n")
    add = df.stages[0].instructions[1]
    assert add.remote_sources == ("git@github.com:moby/moby.git",)  # $URL is known only after substitution
    e = [e for _, e in df.expand(0)][1]
    assert [s.kind for s in e.sources] == ["url", "git", "local"]
    assert e.sources[0] == Source("url", "https://example.com/a.tgz")


@pytest.mark.parametrize("src, message", [
    ("https://example.com/a", "source can't be a URL for COPY"),
    ("git@github.com:moby/moby.git", "source can't be a git ref for COPY"),
])
def test_copy_refuses_remote_sources(src, message):
    df = parse_dockerfile(f"FROM a\nCOPY {src} /dst\n")
    with pytest.raises(BuildError, match=f"^Dockerfile:2: {message}"):
        list(df.expand(0))


def test_add_checksum_rules():
    (e,) = expanded("FROM a\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://x/y /z\n")
    assert e.flags["checksum"].startswith("sha256:")
    with pytest.raises(BuildError, match="checksum can't be specified for non-HTTP sources"):
        expanded("FROM a\nADD --checksum=sha256:ab local /z\n")
    with pytest.raises(BuildError, match="checksum can't be specified for multiple sources"):
        expanded("FROM a\nADD --checksum=sha256:ab https://x/a https://x/b /z\n")


# ---------------------------------------------------------------------------
# EXPOSE, STOPSIGNAL, HEALTHCHECK values
# ---------------------------------------------------------------------------


def test_expose_ports():
    (e,) = expanded("FROM a\nEXPOSE 80 8000-8002/tcp 53/UDP 132/sctp 80\n")
    assert e.ports == ("132/sctp", "53/udp", "80/tcp", "8000/tcp", "8001/tcp", "8002/tcp")


@pytest.mark.parametrize("port, message", [
    ("abc", "invalid containerPort: abc"),
    ("70000", "invalid containerPort: 70000"),
    ("90-80", "invalid containerPort: 90-80"),
    ("80/http", "invalid proto: http"),
    ("/tcp", "no port specified: /tcp<empty>"),
])
def test_expose_invalid_ports(port, message):
    df = parse_dockerfile(f"FROM a\nEXPOSE {port}\n")
    with pytest.raises(BuildError, match=f"^Dockerfile:2: {re.escape(message)}") as info:
        list(df.expand(0))
    assert info.value.line == 2 and info.value.source == f"EXPOSE {port}"


@pytest.mark.parametrize("sig, ok", [("SIGTERM", True), ("term", True), ("9", True), ("+9", True), ("SIGRTMIN+3", True),
                                     ("0", False), ("SIGNOPE", False)])
def test_stopsignal(sig, ok):
    df = parse_dockerfile(f"FROM a\nSTOPSIGNAL {sig}\n")
    if ok:
        assert [e.args for _, e in df.expand(0)] == [(sig,)]
    else:
        with pytest.raises(BuildError, match=f"^Dockerfile:2: invalid signal: {sig}"):
            list(df.expand(0))


# ---------------------------------------------------------------------------
# errors, as docker build gives them, each with its line
# ---------------------------------------------------------------------------

ERRORS = [
    # (Dockerfile, regex of the first line, line)
    ("FROM a\nRUN ok\nRUNN x\n", r"^dockerfile parse error on line 3: unknown instruction: RUNN \(did you mean RUN\?\)$", 3),
    ("FROM a\ncopyy x y\n", r"^dockerfile parse error on line 2: unknown instruction: copyy \(did you mean copy\?\)$", 2),
    ("FROM a\nFOOBAR x\n", r"^dockerfile parse error on line 2: unknown instruction: FOOBAR$", 2),
    ("FROM a b\n", r"^dockerfile parse error on line 1: FROM requires either one or three arguments$", 1),
    ("FROM a AS b c\n", r"^dockerfile parse error on line 1: FROM requires either one or three arguments$", 1),
    ("FROM\n", r"^dockerfile parse error on line 1: FROM requires either one or three arguments$", 1),
    ("FROM a AS 1st\n", r'^dockerfile parse error on line 1: invalid name for build stage: "1st", name can\'t start with a number or contain symbols$', 1),
    ("FROM a\nENV =x\n", r"^dockerfile parse error on line 2: ENV names can not be blank$", 2),
    ("FROM a\nLABEL =x\n", r"^dockerfile parse error on line 2: LABEL names can not be blank$", 2),
    ("FROM a\nENV\n", r"^dockerfile parse error on line 2: ENV requires at least one argument$", 2),
    ("FROM a\nENV A\n", r"^Dockerfile:2: ENV must have two arguments$", 2),
    ("FROM a\nLABEL a\n", r"^Dockerfile:2: LABEL must have two arguments$", 2),
    ("FROM a\nENV A=1 B\n", r'^Dockerfile:2: Syntax error - can\'t find = in "B". Must be of the form: name=value$', 2),
    ("ENV A=1\nFROM a\n", r"^Dockerfile:1: no build stage in current context$", 1),
    ("ARG A\n\nRUN x\nFROM a\n", r"^Dockerfile:3: no build stage in current context$", 3),
    ("FROM a\nSHELL bash -c\n", r"^dockerfile parse error on line 2: SHELL requires the arguments to be in JSON form$", 2),
    ("FROM a\nSHELL []\n", r"^dockerfile parse error on line 2: SHELL requires at least one argument$", 2),
    ("FROM a\nCOPY --fromm=b x y\n", r"^dockerfile parse error on line 2: unknown flag: fromm \(did you mean from\?\)$", 2),
    ("FROM a\nRUN --foo x\n", r"^dockerfile parse error on line 2: unknown flag: foo$", 2),
    ("FROM a\nENV --x A=1\n", r"^dockerfile parse error on line 2: unknown flag: x$", 2),
    ("FROM a\nCOPY --from x y\n", r"^dockerfile parse error on line 2: missing a value on flag: from$", 2),
    ("FROM a\nCOPY --from=a --from=b x y\n", r"^dockerfile parse error on line 2: duplicate flag specified: from$", 2),
    ("FROM a\nCOPY --link=yes x y\n", r"^dockerfile parse error on line 2: expecting boolean value for flag link, not: yes$", 2),
    ("FROM a\nCOPY x\n", r"^dockerfile parse error on line 2: COPY requires at least two arguments, but only one was provided. Destination could not be determined$", 2),
    ("FROM a\nADD x\n", r"^dockerfile parse error on line 2: ADD requires at least two arguments", 2),
    ("FROM a\nARG =x\n", r"^dockerfile parse error on line 2: ARG names can not be blank$", 2),
    ("FROM a\nARG\n", r"^dockerfile parse error on line 2: ARG requires at least one argument$", 2),
    ("FROM a\nUSER\n", r"^dockerfile parse error on line 2: USER requires exactly one argument$", 2),
    ("FROM a\nWORKDIR\n", r"^dockerfile parse error on line 2: WORKDIR requires exactly one argument$", 2),
    ("FROM a\nSTOPSIGNAL\n", r"^dockerfile parse error on line 2: STOPSIGNAL requires exactly one argument$", 2),
    ("FROM a\nMAINTAINER\n", r"^dockerfile parse error on line 2: MAINTAINER requires exactly one argument$", 2),
    ("FROM a\nEXPOSE\n", r"^dockerfile parse error on line 2: EXPOSE requires at least one argument$", 2),
    ("FROM a\nVOLUME\n", r"^dockerfile parse error on line 2: VOLUME requires at least one argument$", 2),
    ('FROM a\nVOLUME ["/a", " "]\n', r"^dockerfile parse error on line 2: VOLUME specified can not be an empty string$", 2),
    ("FROM a\nONBUILD\n", r"^dockerfile parse error on line 2: ONBUILD requires at least one argument$", 2),
    ("FROM a\nONBUILD ONBUILD RUN x\n", r"^dockerfile parse error on line 2: Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed$", 2),
    ("FROM a\nONBUILD FROM b\n", r"^dockerfile parse error on line 2: FROM isn't allowed as an ONBUILD trigger$", 2),
    ("FROM a\nONBUILD MAINTAINER me\n", r"^dockerfile parse error on line 2: MAINTAINER isn't allowed as an ONBUILD trigger$", 2),
    ("FROM a\nHEALTHCHECK\n", r"^dockerfile parse error on line 2: HEALTHCHECK requires at least one argument$", 2),
    ("FROM a\nHEALTHCHECK NONE x\n", r"^dockerfile parse error on line 2: HEALTHCHECK NONE takes no arguments$", 2),
    ("FROM a\nHEALTHCHECK CMD\n", r"^dockerfile parse error on line 2: Missing command after HEALTHCHECK CMD$", 2),
    ("FROM a\nHEALTHCHECK FOO x\n", r'^dockerfile parse error on line 2: Unknown type "FOO" in HEALTHCHECK \(try CMD\)$', 2),
    ("FROM a\nHEALTHCHECK --interval=10us CMD x\n", r'^dockerfile parse error on line 2: Interval "interval" cannot be less than 1ms$', 2),
    ("FROM a\nHEALTHCHECK --timeout=5 CMD x\n", r'^dockerfile parse error on line 2: time: missing unit in duration "5"$', 2),
    ("FROM a\nHEALTHCHECK --timeout=5y CMD x\n", r'^dockerfile parse error on line 2: time: unknown unit "y" in duration "5y"$', 2),
    ("FROM a\nHEALTHCHECK --retries=-1 CMD x\n", r"^dockerfile parse error on line 2: --retries cannot be negative \(-1\)$", 2),
    ("FROM a\nHEALTHCHECK --retries=x CMD x\n", r'^dockerfile parse error on line 2: strconv.ParseInt: parsing "x": invalid syntax$', 2),
    ("FROM a\nRUN --network=bridge x\n", r'^dockerfile parse error on line 2: invalid network mode "bridge"$', 2),
    ("FROM a\nRUN --security=root x\n", r'^dockerfile parse error on line 2: security "root" is not valid$', 2),
    ('FROM a\nRUN ["a", 1]\n', r"^Dockerfile:2: when using JSON array syntax, arrays must be comprised of strings only$", 2),
    ("FROM a\nRUN <<EOF\nx\n", r"^Dockerfile:2: unterminated heredoc$", 2),
    ("# escape=x\nFROM a\n", r"^Dockerfile:1: invalid escape token 'x' does not match ` or \\$", 1),
    ("# escape=`\n# escape=\\\nFROM a\n", r"^Dockerfile:2: only one escape parser directive can be used$", 2),
    ("ARG TAG\nFROM alpine:$TAG\nFROM $NOPE\n", r"^Dockerfile:3: base name \(\$NOPE\) should not be blank$", 3),
    ("FROM --platform=$NOPE a\n", r"^Dockerfile:1: empty platform value from expression \$NOPE$", 1),
    ("ARG A=${B\nFROM a\n", r"^Dockerfile:1: failed to process \"\$\{B\": syntax error: missing '}'$", 1),
    ("FROM a\nCOPY <<EOF <<EOF2 /d\nx\nEOF\n", r"^Dockerfile:2: unterminated heredoc$", 2),
]


@pytest.mark.parametrize("text, pattern, line", ERRORS, ids=[f"{i:02d}" for i in range(len(ERRORS))])
def test_errors_name_the_line(text, pattern, line):
    with pytest.raises(BuildError) as info:
        parse_dockerfile(text)
    err = info.value
    first = str(err).split("\n")[0]
    assert re.search(pattern, first), first
    assert err.line == line
    # the offending text is shown under the message
    offending = text.split("\n")[line - 1]
    assert f"{line:>4} | {offending}" in str(err)
    assert err.source.split("\n")[0] == offending


def test_error_attributes_and_hint():
    err = raises("FROM a\nSHELL /bin/sh -c\n", "SHELL requires", 2)
    assert err.reason == "dockerfile parse error on line 2: SHELL requires the arguments to be in JSON form"
    assert err.hint == 'write it as a JSON array, e.g. SHELL ["/bin/bash", "-c"]'
    assert str(err).splitlines()[-1] == 'hint: write it as a JSON array, e.g. SHELL ["/bin/bash", "-c"]'
    err = raises("RUN x\n", "no build stage", 1)
    assert err.reason == "no build stage in current context" and "FROM" in err.hint


def test_multi_line_instruction_error_shows_every_line():
    err = raises("FROM a\nCOPY \\\n  onlyone\n", "COPY requires at least two arguments", 2)
    assert err.end_line == 3
    assert err.source == "COPY \\\n  onlyone"


def test_empty_dockerfile():
    err = raises("", r"^Dockerfile:1: the Dockerfile cannot be empty\n", 1)
    assert "FROM" in err.hint


def test_dockerfile_without_instructions():
    raises("# only a comment\n\n   \n", r"^Dockerfile:3: file with no instructions", 3)


def test_dockerfile_with_only_args():
    with pytest.raises(BuildError, match="^dockerfile contains no stages to build"):
        parse_dockerfile("ARG A=1\n")


def test_first_error_in_file_order_wins():
    # the instruction pass runs after the whole file is read, as in BuildKit
    raises("FROM a\nRUNN x\nRUN <<EOF\n", "unterminated heredoc", 3)
    raises("FROM a\nRUNN x\nSHELL x\n", "unknown instruction: RUNN", 2)


def test_parse_instruction():
    i = parse_instruction("RUN <<EOF\nmake\nEOF")
    assert (i.cmd, i.heredocs[0].content) == ("RUN", "make\n")
    assert parse_instruction("COPY a `\n b", escape="`").args == ("a", "b")
    with pytest.raises(BuildError, match=r"^dockerfile parse error on line 1: COPY requires") as info:
        parse_instruction("COPY `\n a", escape="`")
    assert (info.value.line, info.value.end_line) == (1, 2)
    with pytest.raises(BuildError, match="onbuild trigger should be a single expression"):
        parse_instruction("RUN a\nRUN b")
    with pytest.raises(BuildError, match="unknown instruction: RUNN"):
        parse_instruction("RUNN a")


def test_type_errors():
    with pytest.raises(TypeError):
        parse_dockerfile(None)


# ---------------------------------------------------------------------------
# the Go parser as an oracle (when its wheel is installed)
# ---------------------------------------------------------------------------

ORACLE_CORPUS = [
    "FROM alpine:3.19 AS build\nRUN apk add --no-cache curl \\\n    git\nCOPY --from=build --chown=1:1 [\"a b\", \"/c\"]\n",
    "# escape=`\nFROM mcr.microsoft.com/windows/nanoserver\nRUN dir `\n  # comment\n  c:\\\n",
    "FROM a\nENV A=1 B=\"2 3\"\nENV C d e\nLABEL \"a b\"=c\nARG X\nARG Y=1 Z=2\n",
    "FROM a\nRUN <<EOF\necho hi\nEOF\nCOPY <<x.txt <<y.txt /dst/\nX\nx.txt\nY\ny.txt\n",
    "FROM a\nRUN <<-EOF cat\n\tx\n\tEOF\nRUN 3<<EOF cat /dev/fd/3\nhi\nEOF\nRUN <<'EOF' <<\"E2\"\n$x\nEOF\ny\nE2\n",
    "FROM a\nHEALTHCHECK --interval=5s CMD [\"a\"]\nHEALTHCHECK NONE\nONBUILD RUN echo x\nMAINTAINER me\n",
    "FROM a\nEXPOSE 80 443/udp\nVOLUME [\"/a\", \"/b\"]\nVOLUME /c /d\nWORKDIR /w\nUSER u:g\nSTOPSIGNAL 9\n",
    "\ufeffFROM a\r\nRUN x \\\r\n y\r\n\n\n   RUN z\nCMD [\"a\",\n",
    "FROM --platform=$BUILDPLATFORM a AS b\nrun --mount=type=cache,target=/x echo hi\nSHELL [\"/bin/bash\", \"-c\"]\n",
    "FROM a\nRUN echo \\\n\n\n  hi\nRUN a \\ \n b\nRUN a\\\\\nRUN ['a', 'b']\nRUN [ \"a\" ] \n",
]


def _oracle_view(text):
    import dockerfile

    return [(c.cmd.upper(), c.json, c.flags, c.start_line, c.end_line, c.value,
             tuple((h.name, h.content) for h in c.heredocs)) for c in dockerfile.parse_string(text)]


def _port_view(text):
    out = []
    for i in instrs(text):
        args = i.args
        if i.cmd == "ONBUILD":
            args = i.inner.args
        out.append((i.cmd, i.json_form if i.cmd != "ONBUILD" else i.inner.json_form, i.flags, i.line, i.end_line,
                    args, tuple((h.name, h.raw) for h in i.heredocs)))
    return out


@pytest.mark.parametrize("text", ORACLE_CORPUS)
def test_same_instructions_as_the_go_parser(text):
    pytest.importorskip("dockerfile")
    assert _port_view(text) == _oracle_view(text)
