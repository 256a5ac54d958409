"""Property tests of every input reader: any input gives a result or a TaxonomyError, and the world stays unchanged.

Where a reader was rewritten to be linear (the .dockerignore matcher, the
shell-word splitter, the ``${VAR#pattern}`` matcher, JSON depth, bounded
YAML), it is also checked against the straightforward implementation on
small inputs, where that one cannot blow up.
"""

from __future__ import annotations

import json
import re
import shlex

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import taxonomy as tx
from taxonomy import jsonsafe, yamlsafe
from taxonomy.dockerfile import dockerignore as di
from taxonomy.dockerfile import lexer, parse_dockerfile, substitute
from taxonomy.dockerfile.runsize import _words, estimate_run

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _pieces(*alphabet, max_size=12):
    return st.lists(st.sampled_from(alphabet), max_size=max_size).map("".join)


# -- Dockerfile ---------------------------------------------------------------------------------------------
_DF = _pieces("FROM alpine:3.20\n", "FROM ", "ARG ", "ENV ", "RUN ", "COPY ", "A=", "$A", "${A", "${A:-", "}", ":", "-",
              "#", "%", "/", "*", "'", '"', "\\", "\n", " ", "\\\n", "<<EOF\n", "EOF\n", "é", "\udc80", "\x00", "\t",
              "# escape=`\n", "`", "[", "]", ",", max_size=25)


@SETTINGS
@given(text=_DF)
def test_any_dockerfile_parses_or_raises_a_taxonomy_error(text):
    try:
        parse_dockerfile(text)
    except tx.TaxonomyError:
        pass


@SETTINGS
@given(word=_pieces("$A", "${A", "${A:-", "${A#", "${A%%", "${A//", "}", "/", "*", "?", "a", "'", '"', "\\", " ", "\n"),
       value=_pieces("a", "b", "*", " ", "\n", "/", max_size=6))
def test_any_word_substitutes_or_raises_a_build_error(word, value):
    try:
        out = substitute(word, {"A": value})
    except tx.TaxonomyError:
        return
    assert isinstance(out, str)


@SETTINGS
@given(pattern=_pieces("a", "b", "*", "?", "\\*", "\n"), value=_pieces("a", "b", "\n", "c", max_size=8),
       greedy=st.booleans())
def test_the_pattern_matcher_finds_the_first_match_a_regex_finds(pattern, value, greedy):
    rx = lexer._shell_pattern_regex(pattern, greedy, True, context=pattern)
    m = rx.search(value)
    assert lexer._Glob(pattern, greedy).match(value, 0) == (None if m is None else m.end())
    rx = lexer._shell_pattern_regex(pattern, True, False, context=pattern)
    assert lexer._Glob(pattern, True).replace(value, "X", True) == lexer._go_replace_all(rx, value, "X")


@SETTINGS
@given(text=_pieces("apt-get", "install", "-y", "rm", "-rf", "/x", "&&", ";", "'", '"', "\\", " ", "\n", "a b", "$",
                    max_size=20))
def test_the_run_splitter_splits_as_shlex_and_the_estimate_never_fails(text):
    try:
        expected = shlex.split(text)
    except ValueError:
        expected = text.split()
    assert _words(text) == expected
    assert estimate_run(text) > 0


@SETTINGS
@given(text=_pieces("a", " ", "'", '"', "\\", "\n", "\t", "\x0b", "$", "b c", "é", "\u2003", max_size=14))
def test_shell_words_are_shlex_words_with_shlex_errors(text):
    from taxonomy import shellwords
    try:
        expected = shlex.split(text)
    except ValueError as err:
        with pytest.raises(ValueError, match=str(err)):
            shellwords.split(text)
        return
    assert shellwords.split(text) == expected


# -- .dockerignore -----------------------------------------------------------------------------------------------
_PATTERN = _pieces("a", "b", "/", "*", "**", "**/", "?", "[a-b]", "[^a]", ".", "\\*", "]", max_size=7)
_PATH = _pieces("a", "b", "/", ".", "*", "c", max_size=9)


def _oracle(pattern: str):
    """patternmatcher's own method: one regular expression for the whole pattern (fine on short inputs)."""
    kind, tokens = di._tokens(pattern)
    return kind, re.compile(di._regex(tokens)) if kind == "regexp" else None


@SETTINGS
@given(pattern=_PATTERN, paths=st.lists(_PATH, min_size=1, max_size=5))
def test_the_dockerignore_matcher_agrees_with_one_regular_expression(pattern, paths):
    try:
        ignored = di.dockerignore_matcher([pattern])
    except tx.BuildError:
        return
    compiled = di._Pattern(di._go_clean(pattern), False)
    kind, oracle = _oracle(compiled.text)
    for path in paths:
        ignored(path)   # never raises on a good pattern
        if oracle is not None:
            assert compiled.match(path) == (oracle.fullmatch(path) is not None), (compiled.text, path)


@SETTINGS
@given(text=_pieces("a", "*", "!", "#", "\n", " ", "/", "[", "\\", "**", "..", max_size=20), path=_PATH)
def test_any_dockerignore_file_reads_or_raises_a_build_error(text, path):
    try:
        di.dockerignore_matcher(di.parse_dockerignore(text))(path)
    except tx.TaxonomyError:
        pass


# -- YAML: levels and compose files ------------------------------------------------------------------------------------
_YAML = _pieces("a", "b: ", "- ", "\n", "  ", "&x ", "*x", "[", "]", "{", "}", ", ", "<<: ", "!!python/object:os.system ",
                "'", '"', "---\n", "id: ", "services:\n", "  web:\n", "    image: nginx\n", "    command: ", max_size=20)


@SETTINGS
@given(text=_YAML)
def test_any_level_text_reads_or_raises_a_level_error(text):
    from taxonomy import levels
    try:
        levels.loads(text, source="x.yaml")
    except tx.TaxonomyError as err:
        assert isinstance(err, tx.LevelError)


@SETTINGS
@given(text=_YAML)
def test_any_compose_file_reads_or_raises_a_taxonomy_error(text):
    from taxonomy.compose.spec import load_project
    try:
        load_project({"compose.yaml": text.encode()})
    except tx.TaxonomyError:
        pass


@SETTINGS
@given(text=_YAML)
def test_the_bounded_loader_reads_what_safe_load_reads(text):
    try:
        expected = yaml.safe_load(text)
    except (yaml.YAMLError, RecursionError):
        return
    try:
        got = yamlsafe.safe_load(text)
    except tx.LimitExceeded:
        return   # a self-referencing alias, which safe_load turns into an endless structure
    assert repr(got) == repr(expected)


def _json_values():
    return st.recursive(st.none() | st.integers() | st.text("ab[]{}\"\\", max_size=4),
                        lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text("ab", max_size=2), kids,
                                                                                    max_size=3), max_leaves=15)


def _depth(v):
    if isinstance(v, list):
        return 1 + max(map(_depth, v), default=0)
    if isinstance(v, dict):
        return 1 + max(map(_depth, v.values()), default=0)
    return 0


@SETTINGS
@given(value=_json_values())
def test_json_depth_is_measured_without_parsing(value):
    assert jsonsafe.depth(json.dumps(value)) == _depth(value)


# -- saved worlds --------------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def saved():
    w = tx.World()
    assert w.docker("docker run -d --name web -v data:/data -p 8080:80 alpine:3.20 sleep 1d").exit_code == 0
    return json.loads(w.to_bytes())


def _paths(doc, prefix=()):
    yield prefix
    if isinstance(doc, dict):
        for k, v in doc.items():
            if k != "blobs":
                yield from _paths(v, prefix + (k,))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            yield from _paths(v, prefix + (i,))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(data=st.data(), value=_json_values())
def test_a_saved_world_with_any_field_changed_loads_and_works_or_is_refused(saved, data, value):
    doc = json.loads(json.dumps(saved))
    paths = [p for p in _paths(doc) if p]
    path = data.draw(st.sampled_from(paths))
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    try:
        w = tx.persistence.loads(json.dumps(doc).encode(), tx.World)
    except tx.TaxonomyError:
        return
    for command in ("docker ps -a", "docker images", "docker volume ls", "docker stop web", "docker rm -f web"):
        assert w.docker(command).exit_code in (0, 1)   # a loaded world answers: no TypeError, no KeyError


# -- OCI layouts -----------------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def layout(tmp_path_factory):
    w = tx.World()
    w.write_files({"Dockerfile": "FROM alpine:3.20\nCOPY app.py /app/\n", "app.py": "print(1)\n"})
    assert w.docker("docker build -t app:1 .").exit_code == 0
    path = tmp_path_factory.mktemp("layout") / "app"
    w.export_oci("app:1", path)
    return path


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(data=st.data(), junk=st.binary(max_size=200), cut=st.integers(0, 400))
def test_a_damaged_layout_imports_or_is_refused_with_the_world_unchanged(layout, tmp_path_factory, data, junk, cut):
    import shutil
    files = sorted(p for p in layout.rglob("*") if p.is_file())
    victim = data.draw(st.sampled_from(files)).relative_to(layout)
    copy = tmp_path_factory.mktemp("damaged") / "app"
    shutil.copytree(layout, copy)
    raw = (copy / victim).read_bytes()
    (copy / victim).write_bytes(raw[:cut] + junk + raw[cut + len(junk):])
    w = tx.World()
    before = w.to_bytes()
    try:
        w.import_oci(copy)
    except tx.TaxonomyError:
        assert w.to_bytes() == before
