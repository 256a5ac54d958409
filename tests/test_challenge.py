"""The challenge panel, driven headless: type the solution, read "solved"; undo, reset, hints, progress."""

import json

import pytest

from taxonomy import levels
from taxonomy.views.challenge import Challenge, markup

PNG = b"\x89PNG\r\n\x1a\n"


def _type(ch, command):
    ch.command.value = command
    ch.run_button.click()


def _is_error(status):
    return 'class="tx-status tx-error"' in status.value


@pytest.fixture
def progress(tmp_path):
    return tmp_path / "progress.json"


def test_typing_the_solution_gives_solved_and_saves_progress(progress):
    ch = Challenge("stop-and-remove", lang="en", progress_path=progress)
    assert ch.goal_map.current.width == ch.map.current.width == 600      # small, side by side
    assert not ch.solved and ch.message.value == ""
    assert "0 commands (par 3)" in ch.counter.value
    assert ch.goal.value.count("✗") == 2 and ch.goal.value.count("✓") == 1
    for command in ["docker stop old", "docker rm old"]:
        _type(ch, command)
    assert "2 commands (par 3)" in ch.counter.value and not progress.exists()
    _type(ch, "docker rmi httpd:2.4")
    assert ch.solved
    assert "Solved in 3 commands (par 3)!" in ch.message.value
    assert ch.goal.value.count("✓") == 3
    entry = json.loads(progress.read_text())["levels"]["stop-and-remove"]
    assert entry == {"solved": True, "best": 3, "par": 3, "hints": 0, "solution_shown": False, "times_solved": 1}
    assert repr(ch) == "Challenge(level='stop-and-remove', moves=3, par=3, solved=True)"


def test_the_terminal_button_and_enter_run_commands_too(progress):
    ch = Challenge("run-hello-world", lang="en", progress_path=progress)
    ch.command.value = "docker run hello-world"
    ch.terminal.run_button.click()
    assert ch.solved and "Solved in 1 commands (par 1)!" in ch.message.value
    assert ch.output.value.startswith("$ docker run hello-world\nUnable to find image 'hello-world:latest' locally\n")
    assert ch.terminal.history.options[0][0].endswith("docker run hello-world")


def test_over_par_is_solved_with_a_nudge(progress):
    ch = Challenge("stop-and-remove", lang="fr", progress_path=progress)
    for command in ["docker stop old", "docker rm old", "docker pull alpine:3.20", "docker rmi alpine:3.20",
                    "docker rmi httpd:2.4"]:
        _type(ch, command)
    assert ch.solved
    assert "Résolu en 5 commandes ; le par est 3 : y arriverez-vous en moins ?" in ch.message.value
    assert json.loads(progress.read_text())["levels"]["stop-and-remove"]["best"] == 5


def test_undo_takes_back_a_move_and_unsolves(progress):
    ch = Challenge("web-server", lang="en", progress_path=progress)
    ch.undo_button.click()
    assert "nothing to undo" in ch.status.value
    _type(ch, "docker run -d --name web -p 8080:80 nginx:1.27")
    assert ch.solved and ch.moves == 1
    ch.undo_button.click()
    assert not ch.solved and ch.moves == 0
    assert ch.message.value == "" and "0 commands (par 1)" in ch.counter.value
    assert "undone: docker run" in ch.status.value and "# undone: docker run" in ch.output.value
    assert ch.world.containers() == []
    assert "host:laptop" in ch.terminal.changed


def test_reset_goes_back_to_the_start_world(progress):
    level = levels.get("upgrade-nginx")
    ch = Challenge(level, lang="en", progress_path=progress)
    _type(ch, "docker rm -f web")
    _type(ch, "docker pull nginx:1.28")
    assert ch.moves == 2
    ch.reset_button.click()
    assert ch.moves == 0 and ch.output.value == "" and ch.terminal.commands == []
    assert ch.world.to_bytes() == level.start_world().to_bytes()
    assert ch.terminal.world is ch.world
    assert "back to the start of the level" in ch.status.value
    _type(ch, "docker ps")
    assert "web" in ch.output.value and ch.moves == 0


def test_a_disabled_command_is_refused_and_does_not_count(progress):
    ch = Challenge("free-disk-space", lang="en", progress_path=progress)
    assert "Disabled in this level: image prune, container prune" in ch.notes.value
    before = ch.world.to_bytes()
    _type(ch, "docker image prune -a -f")
    assert _is_error(ch.status)
    assert "exit code 1: docker: &#x27;image prune&#x27; is disabled in this level" in ch.status.value
    assert ch.world.to_bytes() == before and ch.moves == 0


def test_commands_on_other_hosts_by_prompt_and_by_picker(progress):
    ch = Challenge("two-registries", lang="en", progress_path=progress)
    assert ch.host_picker.options == ("cloud-1", "factory-1", "laptop") and ch.host_picker.value == "laptop"
    assert "Type HOST$ docker" in ch.notes.value
    for command in ["docker build -t contoso.azurecr.io/factory/monitor:1.0 -t dtr.contoso.local/factory/monitor:1.0 .",
                    "docker push contoso.azurecr.io/factory/monitor:1.0",
                    "docker push dtr.contoso.local/factory/monitor:1.0",
                    "cloud-1$ docker run -d --name monitor contoso.azurecr.io/factory/monitor:1.0"]:
        _type(ch, command)
    assert ch.world.containers("cloud-1") == ["monitor"]
    assert "cloud-1$ docker run -d --name monitor" in ch.output.value
    assert "laptop$ docker push" in ch.output.value
    ch.host_picker.value = "factory-1"
    _type(ch, "docker run -d --name monitor dtr.contoso.local/factory/monitor:1.0")
    assert ch.world.containers("factory-1") == ["monitor"]
    assert ch.solved and ch.moves == 5
    _type(ch, "prod-9$ docker ps")
    assert _is_error(ch.status) and "no host named &#x27;prod-9&#x27;" in ch.status.value
    ch.on_reset()
    assert ch.host_picker.value == "laptop"


def test_hints_come_one_by_one_in_the_learners_language(progress):
    level = levels.get("web-server")
    ch = Challenge(level, lang="fr", progress_path=progress)
    assert ch.hint_button.description == "Indice"
    ch.hint_button.click()
    assert "Indice 1 sur 2 :" in ch.hints.value and "Indice 2" not in ch.hints.value
    assert "<code>docker run</code>" in ch.hints.value
    ch.hint_button.click()
    ch.hint_button.click()
    assert ch.hints.value.count("<li>") == 2 and "dernier indice" in ch.hints.value
    _type(ch, "docker run -d --name web -p 8080:80 nginx:1.27")
    assert json.loads(progress.read_text())["levels"]["web-server"]["hints"] == 2


def test_show_solution_is_remembered_in_the_progress(progress):
    ch = Challenge("pin-to-digest", lang="en", progress_path=progress)
    ch.solution_button.click()
    assert "One solution (2 commands):" in ch.solution.value
    lines = ch.solution.value.split("<pre class='tx-solution'>")[1].split("</pre>")[0].splitlines()
    assert lines[1].startswith("prod-1$ docker run -d --name web dtr.contoso.local/shop/web@sha256:")
    for line in lines:
        _type(ch, line)
    assert ch.solved
    assert json.loads(progress.read_text())["levels"]["pin-to-digest"]["solution_shown"] is True


def test_a_broken_progress_file_is_shown_not_raised(progress):
    progress.write_text("{broken")
    ch = Challenge("run-hello-world", lang="en", progress_path=progress)
    _type(ch, "docker run hello-world")
    assert ch.solved
    assert _is_error(ch.status) and "is not a progress file" in ch.status.value
    assert progress.read_text() == "{broken"


def test_an_empty_command_asks_for_one(progress):
    ch = Challenge("run-hello-world", lang="fr", progress_path=progress)
    ch.on_run()
    assert "tapez une commande docker" in ch.status.value and ch.moves == 0


def test_labels_and_introduction_follow_the_language(progress):
    ch = Challenge("serve-your-page", lang="fr", progress_path=progress)
    assert "<h3>Servez votre propre page</h3>" in ch.heading.value
    assert "Construire et nommer, niveau 2 · par 2" in ch.heading.value
    assert ch.reset_button.description == "Recommencer" and ch.terminal.run_button.description == "Exécuter"
    assert "<code>index.html</code>" in ch.introduction.value
    assert "Le monde visé" in ch.children[2].children[0].children[0].value
    assert "laptop" in ch.goal_alt.value


def test_markup_escapes_everything_else():
    assert markup("a <script>`x`</script>") == "<p>a &lt;script&gt;<code>x</code>&lt;/script&gt;</p>"


def test_the_goal_map_marks_what_is_still_missing(progress):
    ch = Challenge("run-hello-world", lang="en", progress_path=progress)
    assert "container:laptop/" in " ".join(ch.missing())
    missing = [e for e in ch.goal_map.current.elements if e.mark == "missing"]
    assert missing and {e.node for e in missing} == set(ch.missing())
    assert any(e.kind == "container" for e in missing)
    _type(ch, "docker run hello-world")
    assert ch.solved
    assert not [e for e in ch.goal_map.current.elements if e.mark == "missing" and e.kind == "container"]

