"""The level validator: malformed files are refused with line numbers; the command-line tool."""

import subprocess
import sys
import textwrap

import pytest

import taxonomy as tx
from taxonomy import levels
from taxonomy.levels import validate_file, validate_text
from taxonomy.levels.validate import validate_files

GOOD = textwrap.dedent("""\
    id: tiny
    sequence: tests
    title:
      en: Tiny
      fr: Minuscule
    introduction:
      en: Run nginx on prod-1.
      fr: Lancez nginx sur prod-1.
    start:
      hosts: [prod-1]
    goal:
      predicates:
        - image_runs: {host: prod-1, image: "nginx:1.27", name: web}
    hints:
      - en: Use a prompt.
        fr: Utilisez une invite.
    solution:
      - prod-1$ docker run -d --name web nginx:1.27
    par: 1
    """)


def _lines(problems):
    return [(p.line, p.message) for p in problems]


def _one(text, source="level.yaml"):
    problems = validate_text(text, source)
    assert problems, "expected a problem"
    return problems


def test_a_good_file_has_no_problems():
    assert validate_text(GOOD) == []
    assert levels.loads(GOOD).hosts() == ("laptop", "prod-1")


@pytest.mark.parametrize("old, new, line, message", [
    # unknown keys, at every depth
    ("par: 1\n", "par: 1\ncolour: blue\n", 20, "unknown key 'colour'; the keys of a level are: id, sequence"),
    ("par: 1\n", "par: 1\nhint: []\n", 20, "unknown key 'hint' (did you mean 'hints'?)"),
    ("  hosts: [prod-1]\n", "  hosts: [prod-1]\n  host: [prod-2]\n", 11, "unknown key 'host' (did you mean 'hosts'?)"),
    ("  predicates:\n", "  mode: ignore-ids\n  predicate: []\n  predicates:\n", 13, "unknown key 'predicate'"),
    ("name: web}", "name: web, colour: red}", 13, "unknown key 'colour'; the keys of predicate image_runs are: host, image, name"),
    ("  fr: Minuscule\n", "  fr: Minuscule\n  de: Winzig\n", 6, "unknown language 'de' in title; give en and fr"),
    # bad references
    ('image: "nginx:1.27"', 'image: "nginx:NoSuch:tag"', 13, "image_runs: image: bad image reference 'nginx:NoSuch:tag': invalid reference format"),
    ('image: "nginx:1.27"', 'image: "Nginx"', 13, "bad image reference 'Nginx'"),
    ("host: prod-1,", "host: prod-2,", 13, "image_runs: unknown host 'prod-2'; the level's hosts are: laptop, prod-1"),
    ("- prod-1$ docker", "- prod-2$ docker", 18, "unknown host 'prod-2'"),
    # unknown predicates and commands
    ("- image_runs:", "- image_running:", 13, "unknown predicate 'image_running' (did you mean 'image_runs'?)"),
    ("par: 1\n", "par: 1\ndisabled: [pull, deploy]\n", 20, "unknown docker command 'deploy'"),
    ("- prod-1$ docker run", "- prod-1$ kubectl run", 18, "is not a docker command"),
    # wrong types and missing parts
    ("par: 1", "par: three", 19, "par must be a whole number, 1 or more, not 'three'"),
    ("par: 1", "par: 0", 19, "par must be a whole number, 1 or more"),
    ("sequence: tests\n", "sequence: tests\norder: first\n", 3, "order must be a whole number"),
    ("id: tiny", "id: Tiny Level", 1, "must be a slug"),
    ("  fr: Minuscule\n", "", 3, "title has no 'fr' text; every text is needed in en and fr"),
    ("    fr: Utilisez une invite.\n", "", 15, "hint 1 has no 'fr' text"),
    ("  hosts: [prod-1]", "  hosts: prod-1", 10, "start/hosts must be a list"),
    ("  hosts: [prod-1]", "  kit: maybe\n  hosts: [prod-1]", 10, "start/kit must be true or false"),
    ("solution:\n  - prod-1$ docker run -d --name web nginx:1.27\n", "solution: []\n", 17, "solution must not be empty"),
    ("goal:\n  predicates:\n    - image_runs: {host: prod-1, image: \"nginx:1.27\", name: web}\n", "goal: {}\n", 11,
     "the goal needs predicates, a world ('world: solution'), or both"),
    ("goal:\n", "goal:\n  mode: fuzzy\n", 12, "unknown comparison mode 'fuzzy': choose one of ignore-ids, strict"),
    ("- image_runs: {host: prod-1, image: \"nginx:1.27\", name: web}",
     "- repo_has_tag: {repository: docker.io/library/nginx, tag: 1.27}", 13,
     "repo_has_tag: tag: a tag must be text, not float 1.27; write it in quotes: \"1.27\""),
    ("- image_runs: {host: prod-1, image: \"nginx:1.27\", name: web}",
     "- repo_has_tag: {repository: \"nginx:1.27\", tag: latest}", 13, "must name a repository without a tag"),
    ("- image_runs: {host: prod-1, image: \"nginx:1.27\", name: web}",
     "- disk_usage_under: {host: prod-1, size: lots}", 13, "bad size 'lots'"),
    ("- image_runs: {host: prod-1, image: \"nginx:1.27\", name: web}",
     "- container_exists: {host: prod-1, state: sleeping}", 13, "unknown state 'sleeping'"),
    ("- image_runs: {host: prod-1, image: \"nginx:1.27\", name: web}",
     "- container_exists: {host: prod-1, publishes: 8080}", 13, "a port mapping must be text"),
    ("- image_runs: {host: prod-1, image: \"nginx:1.27\", name: web}", "- image_runs: {host: prod-1}", 13,
     "missing key 'image'"),
    ("- image_runs: {host: prod-1, image: \"nginx:1.27\", name: web}", "- image_runs", 13,
     "a predicate is a one-key mapping"),
    ("- image_runs: {host: prod-1, image: \"nginx:1.27\", name: web}",
     "- no_pull_from: {host: prod-1, registry: quay.io}", 13, "unknown registry 'quay.io'"),
    ("solution:\n", "solution:\n  - docker pull nginx@{{digest:Not A Ref}}\n", 18, "bad image reference 'Not A Ref' in {{digest:…}}"),
    ("  hosts: [prod-1]\n", "  hosts: [prod-1]\n  files:\n    prod-2: {Dockerfile: FROM alpine}\n", 12,
     "unknown key 'prod-2' (did you mean 'prod-1'?); the keys of start/files (one key per host) are: laptop, prod-1"),
])
def test_malformed_files_are_refused_with_their_line(old, new, line, message):
    assert old in GOOD
    problems = _one(GOOD.replace(old, new, 1))
    found = _lines(problems)
    assert any(l == line and message in m for l, m in found), found
    assert all(str(p).startswith(f"level.yaml:{p.line}: ") for p in problems)


def test_every_problem_is_reported_at_once():
    text = GOOD.replace("par: 1", "par: 0\ncolour: blue").replace("host: prod-1,", "host: prod-2,")
    assert len(_one(text)) == 3


@pytest.mark.parametrize("text, line, message", [
    ("id: x\n  bad: [indent\n", 2, "not valid YAML"),
    ("id: [1,\n", 2, "not valid YAML"),
    ("", 1, "the file is empty"),
    ("- a list\n", 1, "the file must be a mapping of keys, not a list"),
])
def test_files_that_are_not_levels(text, line, message):
    (problem,) = _one(text)
    assert problem.line == line and message in problem.message


def test_duplicate_keys_are_refused():
    problems = _one(GOOD + "par: 2\n")
    assert (20, "duplicate key 'par': each key may appear once") in _lines(problems)


# -- the deep checks: playing the level ---------------------------------------------------------
def test_a_goal_unreachable_by_its_own_solution():
    text = GOOD.replace("- prod-1$ docker run -d --name web nginx:1.27", "- prod-1$ docker run -d --name api nginx:1.27")
    (problem,) = _one(text)
    assert problem.line == 11
    assert "the solution does not reach the goal (the goal is unreachable by its own solution)" in problem.message
    assert "image nginx:1.27 runs on host prod-1 (container web)" in problem.message


def test_a_start_that_already_meets_the_goal():
    text = GOOD.replace("  hosts: [prod-1]\n", "  hosts: [prod-1]\n  setup:\n    - prod-1$ docker run -d --name web nginx:1.27\n")
    problems = _one(text)
    assert (13, "the start world already meets the goal: the learner would have nothing to do") in _lines(problems)


def test_a_failing_solution_command_is_named_with_its_line():
    text = GOOD.replace("- prod-1$ docker run -d --name web nginx:1.27",
                        "- prod-1$ docker pull nosuch:1\n  - prod-1$ docker run -d --name web nginx:1.27").replace("par: 1", "par: 2")
    (problem,) = _one(text)
    assert problem.line == 18
    assert "solution command 'prod-1$ docker pull nosuch:1' failed (exit code 1)" in problem.message
    assert "pull access denied for nosuch" in problem.message


def test_a_solution_that_uses_a_disabled_command():
    (problem,) = _one(GOOD + "disabled: [run]\n")
    assert problem.line == 18 and "uses 'run', which this level disables" in problem.message


def test_a_solution_longer_than_par():
    text = GOOD.replace("- prod-1$ docker run -d --name web nginx:1.27",
                        "- prod-1$ docker pull nginx:1.27\n  - prod-1$ docker run -d --name web nginx:1.27")
    (problem,) = _one(text)
    assert problem.line == 20 and "the solution takes 2 commands, more than par (1)" in problem.message


def test_a_failing_setup_command_or_addition():
    text = GOOD.replace("  hosts: [prod-1]\n", "  hosts: [prod-1]\n  setup:\n    - docker rmi nosuch\n")
    (problem,) = _one(text)
    assert problem.line == 12 and "setup command 'docker rmi nosuch' failed (exit code 1)" in problem.message
    text = GOOD.replace("  hosts: [prod-1]\n", "  hosts: [prod-1, Bad_Host]\n")
    problems = _one(text)
    assert any("cannot add host 'Bad_Host'" in m for _, m in _lines(problems))
    text = GOOD.replace("  hosts: [prod-1]\n", "  hosts: [prod-1]\n  registries: [{domain: docker.io}]\n")
    assert any("cannot add registry 'docker.io'" in m and l == 11 for l, m in _lines(_one(text)))


def test_a_failing_goal_world_command():
    text = GOOD.replace("goal:\n", "goal:\n  world:\n    - docker rmi nosuch\n")
    (problem,) = _one(text)
    assert problem.line == 13 and "goal command 'docker rmi nosuch' failed" in problem.message


def test_load_raises_with_every_problem():
    with pytest.raises(tx.LevelError) as info:
        levels.loads(GOOD.replace("par: 1", "par: 0"), source="mine.yaml")
    assert str(info.value) == "mine.yaml:19: par must be a whole number, 1 or more, not 0"
    assert info.value.problems[0].line == 19


def test_files_folders_and_duplicate_ids(tmp_path):
    a, b = tmp_path / "a.yaml", tmp_path / "b.yml"
    a.write_text(GOOD)
    b.write_text(GOOD)
    out = validate_files([a, b])
    assert out[str(a)] == []
    assert [(p.line, p.message) for p in out[str(b)]] == [(1, f"the id 'tiny' is already used by {a}")]
    with pytest.raises(tx.LevelError, match="already used by"):
        levels.load_dir(tmp_path)
    b.write_text(GOOD.replace("id: tiny", "id: tiny-2").replace("sequence: tests", "sequence: aaa"))
    found = levels.load_dir(tmp_path)
    assert [l.id for l in found] == ["tiny-2", "tiny"]
    assert [name for name, _ in levels.sequences(found)] == ["aaa", "tests"]
    b.write_text("par: [\n")
    with pytest.raises(tx.LevelError, match="b.yml:2: not valid YAML"):
        levels.load_dir(tmp_path)
    assert validate_file(tmp_path / "nosuch.yaml")[0].message.startswith("cannot read the file")


def test_shipped_levels_have_unique_ids_and_names_match_their_sequence():
    for level in levels.levels():
        name = level.source.rsplit("/", 1)[-1]
        assert name == f"{level.sequence}-{level.order}-{level.id}.yaml"


# -- the command-line tool ------------------------------------------------------------------
def _cli(*args):
    return subprocess.run([sys.executable, "-m", "taxonomy.levels", *args], capture_output=True, text=True)


def test_cli_validates_good_and_bad_files(tmp_path):
    good, bad = tmp_path / "good.yaml", tmp_path / "bad.yaml"
    good.write_text(GOOD)
    bad.write_text(GOOD.replace("par: 1", "par: 1\ncolour: blue").replace('"nginx:1.27"', '"nginx:NoSuch:tag"'))
    r = _cli("validate", str(good))
    assert r.returncode == 0 and r.stdout == f"{good}: ok\n"
    r = _cli("validate", str(good), str(bad))
    assert r.returncode == 1
    assert f"{good}: ok" in r.stdout
    assert f"{bad}:13: image_runs: image: bad image reference 'nginx:NoSuch:tag': invalid reference format" in r.stdout
    assert f"{bad}:20: unknown key 'colour'" in r.stdout
    assert "1 of 2 file(s) have problems" in r.stderr


def test_cli_validates_the_shipped_levels_and_lists_them():
    import taxonomy.levels as pkg
    import os
    folder = os.path.dirname(pkg.__file__)
    files = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".yaml"))
    r = _cli("validate", *files)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.count(": ok\n") == len(files)
    r = _cli("list", "--lang", "fr")
    assert r.returncode == 0 and r.stdout.startswith("1. Images et conteneurs (basics)\n")


def test_cli_usage_errors():
    r = _cli()
    assert r.returncode == 2 and "usage:" in r.stderr
    r = _cli("validate")
    assert r.returncode == 2 and "FILE" in r.stderr


def test_the_guide_s_first_level_is_valid():
    import pathlib
    guide = (pathlib.Path(__file__).parent.parent / "docs" / "levels.md").read_text(encoding="utf-8")
    first = guide.split("```yaml\n", 1)[1].split("```", 1)[0]
    assert validate_text(first, "docs/levels.md") == []
