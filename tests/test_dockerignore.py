"""Tests of taxonomy.dockerfile.dockerignore: which build-context files a build sees."""

import pytest

from taxonomy.dockerfile import dockerignore_matcher, parse_dockerignore
from taxonomy.errors import BuildError

# ---------------------------------------------------------------------------
# reading the file (BuildKit dockerignore.ReadAll)
# ---------------------------------------------------------------------------

READ = [
    ("", []),
    ("# comment\n\n   \n", []),
    ("node_modules\n*.log\n", ["node_modules", "*.log"]),
    ("  spaced  \n\ttabbed\t\n", ["spaced", "tabbed"]),
    ("/abs/path\n./rel/path/\na//b/../c\n", ["abs/path", "rel/path", "a/c"]),
    ("!keep\n! spaced-keep\n!/rooted\n", ["!keep", "!spaced-keep", "!rooted"]),
    (" # not a comment\n", ["# not a comment"]),  # only column 1 starts a comment
    ("/\n.\n", ["/", "."]),
    ("\ufeffbom\r\nwin\r\n", ["bom", "win"]),
    ("!\n", ["!"]),
]


@pytest.mark.parametrize("text, patterns", READ)
def test_parse_dockerignore(text, patterns):
    assert parse_dockerignore(text) == patterns


def test_parse_dockerignore_bytes():
    assert parse_dockerignore(b"a\n") == ["a"]


# ---------------------------------------------------------------------------
# one pattern, one path (moby/patternmatcher's test table)
# ---------------------------------------------------------------------------

MATCHES = [
    ("**", "file", True),
    ("**", "dir/file", True),
    ("**/", "file", True),
    ("**/**", "dir/file", True),
    ("dir/**", "dir/file", True),
    ("dir/**", "dir/dir2/file", True),
    ("**/dir", "dir", True),
    ("**/dir", "dir/file", True),
    ("**/dir2/*", "dir/dir2/file", True),
    ("**/dir2/**", "dir/dir2/dir3/file", True),
    ("**file", "file", True),
    ("**file", "dir/file", True),
    ("**/file", "dir/file", True),
    ("**file", "dir/dir/file", True),
    ("**/file", "dir/dir/file", True),
    ("**/file*", "dir/dir/file", True),
    ("**/file*", "dir/dir/file.txt", True),
    ("**/file*txt", "dir/dir/file.txt", True),
    ("**/file*.txt", "dir/dir/file.txt", True),
    ("**/file*.txt*", "dir/dir/file.txt", True),
    ("**/**/*.txt", "dir/dir/file.txt", True),
    ("**/**/*.txt2", "dir/dir/file.txt", False),
    ("**/*.txt", "file.txt", True),
    ("**/**/*.txt", "file.txt", True),
    ("a**/*.txt", "a/file.txt", True),
    ("a**/*.txt", "a/dir/file.txt", True),
    ("a**/*.txt", "a/dir/dir/file.txt", True),
    ("a/*.txt", "a/dir/file.txt", False),
    ("a/*.txt", "a/file.txt", True),
    ("a/*.txt**", "a/file.txt", True),
    ("a[b-d]e", "ae", False),
    ("a[b-d]e", "ace", True),
    ("a[b-d]e", "aae", False),
    ("a[^b-d]e", "aze", True),
    (".*", ".foo", True),
    (".*", "foo", False),
    ("abc.def", "abcdef", False),
    ("abc.def", "abc.def", True),
    ("abc.def", "abcZdef", False),
    ("abc?def", "abcZdef", True),
    ("abc?def", "abcdef", False),
    ("a\\\\", "a\\", True),
    ("**/foo/bar", "foo/bar", True),
    ("**/foo/bar", "dir/foo/bar", True),
    ("**/foo/bar", "dir/dir2/foo/bar", True),
    ("abc/**", "abc", False),
    ("abc/**", "abc/def", True),
    ("abc/**", "abc/def/ghi", True),
    ("**/.foo", ".foo", True),
    ("**/.foo", "bar.foo", False),
    ("a(b)c/def", "a(b)c/def", True),
    ("a(b)c/def", "a(b)c/xyz", False),
    ("a.|)$(}+{bc", "a.|)$(}+{bc", True),
    ("dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl",
     "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", True),
    ("dist/*.whl", "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", True),
    # a match on a parent directory excludes what is inside
    ("docs", "docs/a/b.md", True),
    ("*.log", "logs/app.log", False),  # * never crosses a /
    ("*/*.log", "logs/app.log", True),
    ("temp?", "temp1/file", True),
]


@pytest.mark.parametrize("pattern, path, expected", MATCHES)
def test_single_pattern(pattern, path, expected):
    assert dockerignore_matcher([pattern])(path) is expected


# ---------------------------------------------------------------------------
# whole files: exceptions, order, last match wins
# ---------------------------------------------------------------------------


def check(text, expected):
    ignored = dockerignore_matcher(parse_dockerignore(text))
    assert {p: ignored(p) for p in expected} == expected


def test_exception_after_a_wildcard():
    # Docker's documentation example: README-secret.md stays out, other READMEs are sent
    check("*.md\n!README*.md\nREADME-secret.md\n",
          {"CHANGES.md": True, "README.md": False, "README-dev.md": False, "README-secret.md": True})


def test_last_match_wins():
    check("*.md\nREADME-secret.md\n!README*.md\n",
          {"CHANGES.md": True, "README.md": False, "README-secret.md": False})


def test_exception_inside_an_excluded_directory():
    check("docs\n!docs/README.md\n", {"docs/guide.md": True, "docs/README.md": False, "docs": True})
    check("build/\n!build/keep/**\n", {"build/a.o": True, "build/keep/x/y": False})


def test_exception_then_exclusion_again():
    check("*\n!src\nsrc/**/*.tmp\n",
          {"Dockerfile": True, "src/main.py": False, "src/pkg/cache.tmp": True, "src/x.tmp": True})


def test_typical_dockerignore():
    check("""
# version control
.git
.gitignore
# Python
**/__pycache__
**/*.py[co]
.venv/
# but keep the lock file
*.lock
!poetry.lock
""", {
        ".git/HEAD": True, ".gitignore": True, "app/__pycache__/m.cpython-311.pyc": True,
        "app/m.pyc": True, "m.pyo": True, "app/m.py": False, ".venv/bin/python": True,
        "yarn.lock": True, "poetry.lock": False, "Dockerfile": False,
    })


def test_leading_slash_and_dot_slash_are_the_context_root():
    ignored = dockerignore_matcher(parse_dockerignore("/secret\n./tmp\n"))
    assert ignored("secret") and ignored("/secret") and ignored("./secret/key")
    assert ignored("tmp/x") and not ignored("a/secret") and not ignored("a/tmp")


def test_context_root_is_never_excluded():
    ignored = dockerignore_matcher(["**", "*", "."])
    assert ignored(".") is False and ignored("./") is False and ignored("") is False
    assert ignored("anything") is True


def test_matcher_keeps_its_patterns():
    assert dockerignore_matcher(["./a/", "!b", "  "]).patterns == ["a", "!b"]


@pytest.mark.parametrize("patterns, message", [
    (["!"], 'illegal exclusion pattern: "!"'),
    (["[a"], r"syntax error in pattern: \[a"),
    (["a\\"], r"syntax error in pattern: a\\"),
    (["[]a]"], r"syntax error in pattern"),
])
def test_bad_patterns(patterns, message):
    with pytest.raises(BuildError, match=message):
        dockerignore_matcher(patterns)
