"""``%docker`` and ``%%docker``: plain docker lines in a cell, on the notebook's world, in IPython itself."""

from __future__ import annotations

import pytest

import taxonomy as tx
from taxonomy.magics import docker_magic, run_lines, split_lines


@pytest.fixture(scope="module")
def shell():
    from IPython.core.interactiveshell import InteractiveShell
    sh = InteractiveShell.instance()
    sh.run_line_magic("load_ext", "taxonomy")
    return sh


@pytest.fixture
def fresh(shell):
    """The shell with a fresh ``world`` and no other world in its namespace."""
    for name in [k for k, v in shell.user_ns.items() if isinstance(v, tx.World)]:
        del shell.user_ns[name]
    shell.user_ns["world"] = tx.World()
    tx.set_language("en")
    yield shell
    tx.set_language("en")


def _run(shell, capsys, cell):
    result = shell.run_cell(cell)
    out = capsys.readouterr().out
    assert result.error_in_exec is None and result.error_before_exec is None, out
    return out


def test_a_cell_of_docker_lines_runs_in_order_on_the_notebook_world(fresh, capsys):
    out = _run(fresh, capsys, "%%docker\n"
                              "# pull, then run two containers from one image\n"
                              "docker pull nginx:1.27\n"
                              "\n"
                              "docker run -d --name web-1 \\\n"
                              "    -p 8081:80 nginx:1.27\n"
                              "docker run -d --name web-2 -p 8082:80 nginx:1.27   # a second one\n"
                              "docker ps\n")
    world = fresh.user_ns["world"]
    assert world.containers() == ["web-1", "web-2"]
    # each output is headed by its command, in order
    heads = [line for line in out.splitlines() if line.startswith("$ docker")]
    assert heads == ["$ docker pull nginx:1.27", "$ docker run -d --name web-1 -p 8081:80 nginx:1.27",
                     "$ docker run -d --name web-2 -p 8082:80 nginx:1.27", "$ docker ps"]
    assert "Status: Downloaded newer image for nginx:1.27" in out
    assert "0.0.0.0:8082->80/tcp" in out
    assert "exit code" not in out


def test_a_failing_line_shows_its_exit_code_and_the_next_lines_still_run(fresh, capsys):
    out = _run(fresh, capsys, "%%docker\ndocker pull nosuch-image\ndocker run --name hello hello-world\n")
    assert "[exit code 1]" in out
    assert "Error response from daemon: pull access denied for nosuch-image" in out
    assert fresh.user_ns["world"].containers() == ["hello"]


def test_the_line_magic_takes_a_command_with_or_without_docker(fresh, capsys):
    out = _run(fresh, capsys, "%docker run hello-world")
    assert "Hello from Docker!" in out and not out.startswith("$ docker")
    out = _run(fresh, capsys, "%docker docker images")
    assert "hello-world" in out
    assert "Usage:  docker [OPTIONS] COMMAND" in _run(fresh, capsys, "%docker")


def test_host_prompts_and_another_world(fresh, capsys):
    other = tx.World()
    other.add_host("prod-1")
    fresh.user_ns["lab"] = other
    out = _run(fresh, capsys, "%%docker --world lab\nprod-1$ docker run -d --name web nginx:1.27\ndocker ps -a\n")
    assert other.containers("prod-1") == ["web"] and other.containers("laptop") == []
    assert "prod-1$ docker run -d --name web nginx:1.27" in out
    assert fresh.user_ns["world"].containers() == []


def test_no_cell_raises_for_a_docker_error_or_a_missing_world(fresh, capsys):
    out = _run(fresh, capsys, "%%docker\ndocker run -d --name web --publish nginx:1.27\nls -l\ndocker 'unclosed\n")
    assert out.count("[exit code") == 3
    assert "ls: command not found" in out
    del fresh.user_ns["world"]
    out = _run(fresh, capsys, "%docker ps")
    assert "no world to run docker on" in out and "world = tx.World()" in out
    fresh.user_ns["a"], fresh.user_ns["b"] = tx.World(), tx.World()
    out = _run(fresh, capsys, "%%docker\ndocker ps\n")
    assert "several worlds in this notebook (a, b)" in out
    out = _run(fresh, capsys, "%%docker --world c\ndocker ps\n")
    assert "no world named 'c'" in out and "a, b" in out


def test_hints_for_classic_mistakes_in_the_learners_language(fresh, capsys):
    tx.set_language("fr")
    out = _run(fresh, capsys, "%%docker\ndocker run hello-world --name hello\n")
    assert "[conseil] Les options se placent avant l'image" in out
    assert "docker run --name hello hello-world" in out
    out = _run(fresh, capsys, "%docker run --name hello hello-world")
    out = _run(fresh, capsys, "%docker run --name hello hello-world")
    assert "[code de sortie 125]" in out and "Un conteneur nommé hello existe déjà" in out


def test_the_world_is_found_the_way_a_student_expects():
    w = tx.World()
    assert "Hello from Docker!" in docker_magic({"world": w, "other": tx.World()}, "run hello-world")
    assert w.containers() != []
    lone = tx.World()
    docker_magic({"mine": lone}, "", "docker pull alpine:3.20")
    assert lone.images() == ["docker.io/library/alpine:3.20"]


def test_continuations_comments_and_quotes():
    assert split_lines("docker run \\\n  -e 'A=1 # not a comment' \\\n  alpine:3.20 # a comment\n#\n\n") == [
        "docker run -e 'A=1 # not a comment' alpine:3.20"]
    assert split_lines("docker ps \\") == ["docker ps"]
    t = run_lines(tx.World(), "docker run -d --name web nginx:1.27\n\ndocker rm web")
    assert [s.result.exit_code for s in t.steps] == [0, 1] and not t.ok


def test_every_notebook_that_uses_docker_cells_loads_the_extension_in_its_setup_cell():
    import json
    from pathlib import Path
    used = 0
    for path in sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*/[0-9][0-9]_*.ipynb")):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        sources = ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]
        magic = [s for s in sources if s.startswith(("%%docker", "%docker"))]
        if magic:
            used += 1
            assert "%load_ext taxonomy" in sources[0].splitlines(), path.name
            for s in magic:   # each line is a docker command (or a prompt, a comment, a continuation)
                assert all(l.startswith(("docker ", "$ ", "#")) or "$ docker" in l or l.endswith("\\") or not l.strip()
                           for l in s.splitlines()[1:]), s
    assert used >= 10
