"""Challenge levels: every shipped level is solvable, and the checker, predicates and tools behave."""

import json
import os

import pytest

import taxonomy as tx
from taxonomy import exercises, i18n, levels
from taxonomy.levels import Attempt, Progress, Recorder, check
from taxonomy.levels.compare import differences, facts, render
from taxonomy.levels.predicates import PREDICATES, describe, disk_usage, evaluate, images_named, parse_size
from taxonomy.levels.schema import command_name, is_disabled, parse_step
from taxonomy.levels.start import expand, solution_commands

SHIPPED = levels.levels()
IDS = [l.id for l in SHIPPED]


def _play(level, world, steps=None):
    for step in level.solution if steps is None else steps:
        result = world.docker(expand(step.command, world, step.host), host=step.host)
        assert result.exit_code == 0, f"{level.id}: {step} failed:\n{result.output}"
    return world


# -- the loop over every shipped level ---------------------------------------------------
def test_at_least_fifteen_levels_in_four_sequences():
    assert len(SHIPPED) >= 15
    assert [name for name, _ in levels.sequences()] == list(levels.SEQUENCES)
    assert len(set(IDS)) == len(IDS)
    for name, group in levels.sequences():
        assert len(group) >= 3
        assert sorted(l.order for l in group) == [l.order for l in group]
        assert len({l.order for l in group}) == len(group), name


@pytest.mark.parametrize("level", SHIPPED, ids=IDS)
def test_shipped_level(level):
    start = level.start_world()
    for lang in i18n.LANGUAGES:
        assert not check(level, start, lang).solved, "the start world already meets the goal"
    world = _play(level, level.start_world())
    for lang in i18n.LANGUAGES:
        verdict = check(level, world, lang)
        assert verdict.solved, str(verdict)
    assert len(level.solution) <= level.par
    for lang in i18n.LANGUAGES:
        assert level.title[lang].strip() and level.introduction[lang].strip()
        assert all(h[lang].strip() for h in level.hints)
    assert level.introduction["en"] != level.introduction["fr"]
    assert levels.validate_level(level) == []


@pytest.mark.parametrize("level", SHIPPED, ids=IDS)
def test_checker_never_raises_on_unsolved_worlds(level):
    worlds = [level.start_world(), tx.World(), tx.World.empty()]
    for k in range(1, len(level.solution)):   # every partial solution
        worlds.append(_play(level, level.start_world(), level.solution[:k]))
    for world in worlds:
        for lang in i18n.LANGUAGES:
            verdict = check(level, world, lang)
            assert verdict.checks and all(c.description for c in verdict.checks)
            assert verdict.title == level.title[lang]
    empty = check(level, tx.World.empty(), "en")
    assert not empty.solved


@pytest.mark.parametrize("level", SHIPPED, ids=IDS)
def test_playing_the_solution_counts_moves_within_par(level):
    attempt = Attempt(level, lang="en")
    for text in attempt.show_solution():
        assert "{{" not in text
        assert attempt.run(text).exit_code == 0
    assert attempt.solved
    assert attempt.moves <= level.par
    assert attempt.solution_shown


def test_the_french_and_english_checkers_agree_part_by_part():
    level = levels.get("clean-up-host")
    world = level.start_world()
    en, fr = check(level, world, "en"), check(level, world, "fr")
    assert [c.met for c in en.checks] == [c.met for c in fr.checks]
    assert en.checks[0].description != fr.checks[0].description
    assert "no stopped container" in en.checks[0].description
    assert "aucun conteneur arrêté" in fr.checks[0].description


def test_check_follows_the_current_language():
    level = levels.get("run-hello-world")
    try:
        tx.set_language("fr")
        assert levels.check(level, level.start_world()).title == "Lancez hello-world"
    finally:
        tx.set_language("en")


# -- comparison modes ------------------------------------------------------------------------
def test_ignore_ids_matches_another_route():
    level = levels.get("move-latest")
    other = level.start_world()
    assert other.docker("docker build -t app:2 -t app:latest .").exit_code == 0
    assert check(level, other).solved


def test_strict_facts_tell_routes_apart_when_containers_differ():
    level = levels.get("upgrade-nginx")
    other = level.start_world()
    for c in ["docker stop web", "docker rm web", "docker run -d --name web -p 8080:80 nginx:1.28",
              "docker rmi nginx:1.27"]:
        assert other.docker(c).exit_code == 0
    assert differences(facts(level.goal_world()), facts(other)) == ([], [])
    missing, extra = differences(facts(level.goal_world(), "strict"), facts(other, "strict"))
    assert any(f[1] == "container:laptop/web" for f in missing + extra)


def test_a_world_with_more_than_the_goal_is_not_solved_and_the_detail_says_what():
    level = levels.get("move-latest")
    world = _play(level, level.start_world())
    world.docker("docker pull alpine:3.21")
    verdict = check(level, world, "en")
    assert not verdict.solved
    assert "not in the goal: image" in verdict.missing[0].detail
    assert "tag alpine:3.21" in verdict.missing[0].detail


def test_strict_mode_compares_container_ids():
    level = levels.loads(_LEVEL.replace("goal:\n", "goal:\n  mode: strict\n  world: solution\n"))
    world = level.start_world()
    world.docker("docker pull alpine:3.20")     # a different route: another container id
    world.docker("docker run -d --name web nginx:1.27")
    world.docker("docker rmi alpine:3.20")
    verdict = check(level, world, "en")
    assert not verdict.solved
    assert "exactly" in verdict.checks[-1].description
    assert "node container:laptop/web" in verdict.checks[-1].detail and "missing: " in verdict.checks[-1].detail
    assert check(level, _play(level, level.start_world()), "en").solved


def test_invented_container_names_and_anonymous_volumes_are_ignored():
    a, b = tx.World(), tx.World()
    a.docker("docker create --name tmp alpine:3.20 true")   # uses a sequence number, so ids differ
    a.docker("docker rm tmp")
    a.docker("docker run -d redis:7.4")
    b.docker("docker run -d redis:7.4")
    b.docker("docker pull alpine:3.20")
    assert a.containers() != b.containers()
    assert differences(facts(a), facts(b)) == ([], [])


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_every_fact_renders(lang):
    world = levels.get("two-registries").goal_world()
    world.volume_create("data")
    world.write_files({"x.txt": "x"})
    kinds = set()
    for mode in ("ignore-ids", "strict"):
        for fact in facts(world, mode):
            kinds.add(fact[0])
            assert render(fact, lang)
    assert kinds >= {"host", "login", "file", "image", "tag", "registry tag", "container", "volume", "registry",
                     "repository", "node", "edge"}


# -- predicates ------------------------------------------------------------------------------
@pytest.fixture
def busy():
    w = tx.World()
    w.add_host("prod-1")
    w.add_registry("dtr.contoso.local", kind="on-premises")
    w.add_account("dtr.contoso.local", "ops", "ops")
    for c in ["docker run -d --name web -p 8080:80 nginx:1.27", "docker run hello-world",
              "docker pull alpine:3.20", "docker volume create data",
              "docker tag nginx:1.27 dtr.contoso.local/shop/web:1", "docker login -u ops -p ops dtr.contoso.local",
              "docker push dtr.contoso.local/shop/web:1"]:
        assert w.docker(c).exit_code == 0, c
    w.build("FROM alpine:3.20\nCOPY a.txt /a.txt\n", tag="mine:1", context={"a.txt": "a\n"})
    assert w.docker("docker login -u ops -p ops dtr.contoso.local", host="prod-1").exit_code == 0
    digest = w.graph.nodes[images_named(w, "nginx:1.27")[0]]["manifest_digest"]
    assert w.docker(f"docker run -d --name pinned dtr.contoso.local/shop/web@{digest}", host="prod-1").exit_code == 0
    assert w.docker("docker run -d --name tagged dtr.contoso.local/shop/web:1", host="prod-1").exit_code == 0
    return w


def _ev(pred, world, **args):
    return evaluate(pred, args, world, "en")


def test_predicates_met_and_unmet(busy):
    w = busy
    cases = [
        ("image_on_host", dict(host="laptop", image="alpine:3.20"), True),
        ("image_on_host", dict(host="prod-1", image="alpine:3.20"), False),
        ("image_absent", dict(host="prod-1", image="alpine:3.20"), True),
        ("image_absent", dict(host="laptop", image="alpine:3.20"), False),
        ("image_platform", dict(host="laptop", image="alpine:3.20", platform="linux/amd64"), True),
        ("image_platform", dict(host="laptop", image="alpine:3.20", platform="linux/arm64"), False),
        ("image_runs", dict(host="laptop", image="nginx:1.27", name="web"), True),
        ("image_runs", dict(host="laptop", image="hello-world"), False),
        ("container_exists", dict(host="laptop", image="hello-world", state="exited"), True),
        ("container_exists", dict(host="laptop", name="web", publishes="8080:80"), True),
        ("container_exists", dict(host="laptop", name="web", publishes="9090:80"), False),
        ("container_absent", dict(host="laptop", name="nosuch"), True),
        ("container_absent", dict(host="laptop", name="web"), False),
        ("no_container_uses", dict(image="redis:7.4"), True),
        ("no_container_uses", dict(image="nginx:1.27"), False),
        ("no_container_uses", dict(image="nginx:1.27", host="laptop"), False),
        ("no_stopped_containers", dict(host="prod-1"), True),
        ("no_stopped_containers", dict(host="laptop"), False),
        ("no_unused_images", dict(host="prod-1"), True),
        ("no_unused_images", dict(host="laptop"), False),
        ("images_at_most", dict(host="laptop", count=4), True),
        ("images_at_most", dict(host="laptop", count=3), False),
        ("repo_has_tag", dict(repository="dtr.contoso.local/shop/web", tag="1", same_as="nginx:1.27"), True),
        ("repo_has_tag", dict(repository="dtr.contoso.local/shop/web", tag="1", same_as="alpine:3.20", host="laptop"), False),
        ("repo_has_tag", dict(repository="dtr.contoso.local/shop/web", tag="2"), False),
        ("not_pushed_to", dict(registry="docker.io", image="mine:1", host="laptop"), True),
        ("not_pushed_to", dict(registry="docker.io", image="dtr.contoso.local/shop/web:1", host="laptop"), False),
        ("not_pushed_to", dict(registry="dtr.contoso.local", image="nginx:1.27", host="laptop"), False),
        ("no_pull_from", dict(host="prod-1", registry="docker.io"), True),
        ("no_pull_from", dict(host="laptop", registry="docker.io"), False),
        ("pinned_by_digest", dict(host="prod-1", container="pinned", reference="dtr.contoso.local/shop/web:1"), True),
        ("pinned_by_digest", dict(host="prod-1", container="tagged"), False),
        ("pinned_by_digest", dict(host="prod-1", container="pinned", reference="alpine:3.20"), False),
        ("pinned_by_digest", dict(host="prod-1", container="nosuch"), False),
        ("disk_usage_under", dict(host="laptop", size=parse_size("1GB")), True),
        ("disk_usage_under", dict(host="laptop", size=parse_size("100MB")), False),
        ("tag_points_to", dict(host="laptop", tag="dtr.contoso.local/shop/web:1", same_as="nginx:1.27"), True),
        ("tag_points_to", dict(host="laptop", tag="alpine:3.20", same_as="nginx:1.27"), False),
        ("tag_points_to", dict(host="laptop", tag="nosuch:1", same_as="nginx:1.27"), False),
        ("image_has_file", dict(host="laptop", image="alpine:3.20", path="/etc/os-release", contains="Alpine"), True),
        ("image_has_file", dict(host="laptop", image="alpine:3.20", path="/etc/os-release", contains="Debian"), False),
        ("image_has_file", dict(host="laptop", image="alpine:3.20", path="/nosuch"), False),
        ("image_has_file", dict(host="prod-1", image="alpine:3.20", path="/etc/os-release"), False),
        ("volume_exists", dict(host="laptop", name="data"), True),
        ("volume_absent", dict(host="laptop", name="data"), False),
        ("volume_absent", dict(host="prod-1", name="data"), True),
        ("logged_in", dict(host="prod-1", registry="dtr.contoso.local"), True),
        ("logged_in", dict(host="prod-1", registry="docker.io"), False),
    ]
    assert {name for name, _, _ in cases} == set(PREDICATES)
    before = w.to_bytes()
    for name, args, met in cases:
        c = _ev(name, w, **args)
        assert c.met is met, (name, args, c)
        if not met:
            assert c.detail, (name, args)
        for lang in i18n.LANGUAGES:
            assert describe(name, args, lang)
    assert w.to_bytes() == before, "looking must not change the world"


def test_pinned_by_digest_needs_a_running_container(busy):
    busy.docker("docker stop pinned", host="prod-1")
    c = _ev("pinned_by_digest", busy, host="prod-1", container="pinned")
    assert not c.met and c.detail == "it is exited"


def test_a_missing_host_leaves_a_part_unmet_and_says_so():
    c = _ev("image_runs", tx.World(), host="prod-9", image="nginx:1.27")
    assert not c.met and c.detail == "no host named prod-9"
    assert not evaluate("image_runs", {"host": "prod-9", "image": "nginx"}, tx.World(), "fr").detail.startswith("no")


def test_images_named_prefers_the_registry_then_the_host_then_digests():
    w = tx.World()
    w.pull("alpine:3.20")
    w.tag("alpine:3.20", "nginx:1.27")      # a local name that hides nothing in the registry
    assert images_named(w, "nginx:1.27", "laptop") != images_named(w, "alpine:3.20", "laptop")
    w.tag("alpine:3.20", "mine:1")
    assert images_named(w, "mine:1", "laptop") == images_named(w, "alpine:3.20")
    digest = w.graph.nodes[images_named(w, "alpine:3.20")[0]]["manifest_digest"]
    assert images_named(w, f"alpine@{digest}") == images_named(w, "alpine:3.20")


def test_disk_usage_counts_shared_layers_once():
    w = tx.World()
    w.pull("node:22")
    alone = disk_usage(w, "laptop")
    w.pull("python:3.12")
    assert disk_usage(w, "laptop") - alone < 100_000_000   # they share about 900 MB of buildpack-deps
    assert disk_usage(w, "nosuch") == 0


@pytest.mark.parametrize("text, size", [("1.37GB", 1_370_000_000), ("300 MB", 300_000_000), ("5kB", 5000),
                                        (42, 42), ("7", 7)])
def test_parse_size(text, size):
    assert parse_size(text) == size


@pytest.mark.parametrize("bad", ["lots", "-1MB", True, None, "1 PB"])
def test_parse_size_refuses(bad):
    with pytest.raises(ValueError, match="bad size"):
        parse_size(bad)


# -- commands and prompts --------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("docker push x", "push"), ("docker image push x", "push"), ("docker image ls", "images"),
    ("docker container ls -a", "ps"), ("docker container prune -f", "container prune"),
    ("docker volume ls", "volume ls"), ("docker buildx build .", "build"), ("$ docker ps", "ps"),
    ("echo hi", None), ("docker", None), ("docker 'unclosed", None),
])
def test_command_name(text, name):
    assert command_name(text) == name


def test_disabled_entries_match_whole_words():
    assert is_disabled("docker volume prune", ("volume",)) == "volume"
    assert is_disabled("docker volume prune", ("volume rm",)) is None
    assert is_disabled("docker rmi x", ("rm",)) is None


def test_parse_step_prompts():
    assert parse_step("cloud-1$ docker ps -a") == ("cloud-1", "docker ps -a")
    assert parse_step("  docker ps ") == (None, "docker ps")


# -- attempts --------------------------------------------------------------------------------
def test_a_disabled_command_is_refused_changes_nothing_and_does_not_count():
    attempt = Attempt(levels.get("many-names"), lang="fr")
    before = attempt.world.to_bytes()
    r = attempt.run("docker build -t x .")
    assert r.exit_code == 1
    assert r.output == "docker : la commande « build » est désactivée dans ce niveau : atteignez l'objectif sans elle.\n"
    assert attempt.world.to_bytes() == before and attempt.moves == 0


def test_an_unknown_prompt_host_is_refused():
    attempt = Attempt(levels.get("run-hello-world"), lang="en")
    r = attempt.run("prod-9$ docker ps")
    assert r.exit_code == 1 and "no host named 'prod-9'" in r.output and "laptop" in r.output


def test_looking_and_failing_are_free_and_undo_takes_a_move_back():
    attempt = Attempt(levels.get("stop-and-remove"), lang="en")
    assert attempt.run("docker images").exit_code == 0
    assert attempt.run("docker rmi httpd:2.4").exit_code == 1
    assert attempt.moves == 0
    attempt.run("docker rm -f old")
    attempt.run("docker rmi httpd:2.4")
    assert attempt.moves == 2 and attempt.solved
    assert attempt.undo() == "docker rmi"
    assert attempt.moves == 1 and not attempt.solved
    assert len(attempt.log) == 4


def test_hints_come_in_order_and_the_last_one_repeats():
    level = levels.get("web-server")
    attempt = Attempt(level, lang="fr")
    assert attempt.hint() == level.hints[0]["fr"]
    assert attempt.hint() == level.hints[1]["fr"]
    assert attempt.hint() == level.hints[-1]["fr"]
    assert attempt.hints_shown == len(level.hints)


def test_reset_returns_to_the_start_world():
    level = levels.get("upgrade-nginx")
    attempt = Attempt(level)
    attempt.run("docker rm -f web")
    attempt.reset()
    assert attempt.world.to_bytes() == level.start_world().to_bytes()
    assert attempt.moves == 0 and attempt.log == []
    assert attempt.undo() is None, "the level's setup cannot be undone"


def test_the_solution_fills_in_digests():
    commands = solution_commands(levels.get("pin-to-digest"))
    assert "@sha256:" in commands[-1] and commands[-1].startswith("prod-1$ docker run")


# -- progress --------------------------------------------------------------------------------
def test_progress_is_written_atomically_and_keeps_the_best(tmp_path):
    path = tmp_path / "sub" / "progress.json"
    p = Progress(path)
    assert p.load() == {} and not p.solved("x")
    p.record("x", moves=5, par=3, hints=2)
    p.record("x", moves=3, par=3, solution_shown=True)
    entry = p.record("y", moves=0, par=1, solved=False)
    assert entry["solved"] is False and entry["best"] is None
    doc = json.loads(path.read_text())
    assert doc["format"] == "docker-taxonomy-progress" and doc["version"] == 1
    assert doc["levels"]["x"] == {"solved": True, "best": 3, "par": 3, "hints": 2, "solution_shown": True,
                                  "times_solved": 2}
    assert os.listdir(tmp_path / "sub") == ["progress.json"], "no temporary file is left behind"


@pytest.mark.parametrize("content, match", [
    (b"{not json", "not JSON"),
    (b'{"format": "other", "levels": {}}', "not a progress file"),
    (b'{"format": "docker-taxonomy-progress", "version": 99, "levels": {}}', "version 99"),
])
def test_a_foreign_progress_file_is_refused_and_never_overwritten(tmp_path, content, match):
    path = tmp_path / "progress.json"
    path.write_bytes(content)
    with pytest.raises(tx.PersistenceError, match=match):
        Progress(path).record("x", moves=1, par=1)
    assert path.read_bytes() == content


def test_progress_that_cannot_be_written_is_a_persistence_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(tx.PersistenceError, match="cannot read the progress file"):
        Progress(blocker / "progress.json").record("x", moves=1, par=1)

    def full(path, data):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr("taxonomy.levels.progress.atomic_write", full)
    with pytest.raises(tx.PersistenceError, match="cannot save progress to .*No space left on device"):
        Progress(tmp_path / "p.json").record("x", moves=1, par=1)


def test_progress_default_path_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("TAXONOMY_PROGRESS", str(tmp_path / "p.json"))
    assert Progress().path == str(tmp_path / "p.json")
    monkeypatch.delenv("TAXONOMY_PROGRESS")
    assert Progress().path.endswith(os.path.join(".docker-taxonomy", "progress.json"))


def test_overview_marks_solved_levels(tmp_path):
    p = Progress(tmp_path / "p.json")
    p.record("web-server", moves=1, par=1)
    text = levels.overview("en", progress=p)
    assert "✓ web-server" in text and "  run-hello-world" in text
    assert text.splitlines()[0] == "1. Images and containers (basics)"


# -- recording ---------------------------------------------------------------------------------
_START = {"hosts": ["prod-1"], "registries": [{"domain": "dtr.contoso.local", "kind": "on-premises",
                                               "accounts": [{"user": "ops", "password": "ops"}]}]}


def test_a_recorded_session_becomes_a_valid_level_file(tmp_path):
    rec = Recorder(_START)
    for c in ["docker pull redis:7.4", "docker images", "docker tag redis:7.4 dtr.contoso.local/cache/redis:7.4",
              "docker login -u ops -p ops dtr.contoso.local", "docker push dtr.contoso.local/cache/redis:7.4",
              "prod-1$ docker login -u ops -p ops dtr.contoso.local", "docker rmi nosuch",
              "prod-1$ docker run -d --name cache dtr.contoso.local/cache/redis:7.4"]:
        rec.docker(c)
    assert len(rec.steps) == 6 and rec.steps[-1].startswith("prod-1$ ")
    path = tmp_path / "mirror.yaml"
    level = rec.save(path, "my-mirror", "my-class", title={"en": "Mirror", "fr": "Miroir"},
                     introduction={"en": "Copy redis.", "fr": "Copiez redis."})
    assert levels.validate_file(path) == []
    assert level.par == 6
    names = [p.name for p in level.goal.predicates]
    assert names == ["image_runs", "repo_has_tag"]
    assert level.goal.world == "solution"
    assert os.listdir(tmp_path) == ["mirror.yaml"]


def test_the_recorder_forgets_undone_commands_and_records_removals():
    rec = Recorder(levels.get("stop-and-remove"))
    rec.docker("docker rm -f old")
    rec.docker("docker pull alpine:3.20")
    assert rec.undo() == "docker pull"
    assert rec.steps == ["docker rm -f old"]
    assert rec.predicates() == [{"container_absent": {"host": "laptop", "name": "old"}}]
    assert rec.undo() == "docker rm" and rec.undo() is None and rec.steps == []


def test_recording_nothing_or_something_invalid_is_refused(tmp_path):
    rec = Recorder()
    with pytest.raises(tx.LevelError, match="nothing to record yet"):
        rec.to_yaml("x", "y", title={"en": "X", "fr": "X"}, introduction={"en": "X", "fr": "X"})
    rec.docker("docker pull alpine:3.20")
    rec.docker("docker pull alpine:3.21")
    with pytest.raises(tx.LevelError, match="more than par"):
        rec.save(tmp_path / "x.yaml", "x", "y", title={"en": "X", "fr": "X"}, introduction={"en": "X", "fr": "X"},
                 par=1)
    assert not (tmp_path / "x.yaml").exists()
    with pytest.raises(tx.LevelError, match="title has no 'fr' text"):
        rec.to_yaml("x", "y", title={"en": "X"}, introduction={"en": "X", "fr": "X"})


def test_a_bad_recorder_start_is_refused_with_its_problem():
    with pytest.raises(tx.LevelError, match="unknown key 'host'"):
        Recorder({"host": ["prod-1"]})
    with pytest.raises(tx.LevelError, match="setup command 'docker rmi nosuch' failed"):
        Recorder({"setup": ["docker rmi nosuch"]})


# -- the notebook's exercises -------------------------------------------------------------------
def test_notebook_06_exercises_accept_their_solution_and_reject_the_start():
    found = exercises.exercises("06")
    assert len(found) >= 2
    for ex in found:
        world = ex.new_world()
        assert not ex.check(world, lang="fr").solved
        ex.solve(world)
        assert ex.check(world).solved


_LEVEL = """\
id: tiny
sequence: tests
title: {en: Tiny, fr: Minuscule}
introduction: {en: Run nginx., fr: Lancez nginx.}
goal:
  predicates:
    - image_runs: {host: laptop, image: "nginx:1.27"}
hints: [{en: docker run, fr: docker run}]
solution: [docker run -d --name web nginx:1.27]
par: 1
"""
