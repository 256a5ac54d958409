"""The program table: what a container's process does, its logs, ports and exits."""

import pytest

import taxonomy as tx
from taxonomy.catalog import CATALOG, TUTORIAL_CATALOG
from taxonomy.programs import MAX_PROGRAMS, WRAPPERS, ProgramTable

JUNE_1 = 1_748_736_000   # 2025-06-01T00:00:00Z


@pytest.fixture(scope="module")
def table():
    return ProgramTable.default()


def image_env(repo, tag):
    spec = next(s for s in CATALOG + TUTORIAL_CATALOG if s.repository == repo and tag in s.tags)
    env = dict(e.split("=", 1) for e in spec.config.get("Env", []))
    return [*(spec.config.get("Entrypoint") or []), *(spec.config.get("Cmd") or [])], env


def test_postgres_without_password_exits_with_its_message(table):
    argv, env = image_env("library/postgres", "18")
    b = table.behaviour(argv, env, started=JUNE_1)
    assert (b.state, b.exit_code) == ("exited", 1)
    assert b.log_text("stderr").startswith("Error: Database is uninitialized and superuser password is not specified.\n")
    assert 'For example, "-e POSTGRES_PASSWORD=password" on "docker run".' in b.log_text()
    ok = table.behaviour(argv, dict(env, POSTGRES_PASSWORD="secret"), started=JUNE_1)
    assert ok.state == "running" and ok.listens == ("5432/tcp",)
    assert "starting PostgreSQL 18.1 (Debian 18.1-1.pgdg13+1)" in ok.log_text()
    assert table.behaviour(argv, dict(env, POSTGRES_HOST_AUTH_METHOD="trust")).state == "running"


@pytest.mark.parametrize("var", ["MYSQL_ROOT_PASSWORD", "MYSQL_ALLOW_EMPTY_PASSWORD", "MYSQL_RANDOM_ROOT_PASSWORD"])
def test_mysql_needs_one_of_three_variables(table, var):
    argv, env = image_env("library/mysql", "8.0")
    bad = table.behaviour(argv, env, started=JUNE_1)
    assert (bad.state, bad.exit_code) == ("exited", 1)
    assert bad.log_text("stderr") == (
        "2025-06-01 00:00:00+00:00 [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified\n"
        "    You need to specify one of the following as an environment variable:\n"
        "    - MYSQL_ROOT_PASSWORD\n    - MYSQL_ALLOW_EMPTY_PASSWORD\n    - MYSQL_RANDOM_ROOT_PASSWORD\n")
    assert "MySQL Server 8.0.42-1.el9 started." in bad.log_text("stdout")
    good = table.behaviour(argv, dict(env, **{var: "yes"}), started=JUNE_1)
    assert good.state == "running" and good.listens == ("3306/tcp", "33060/tcp")
    assert "ready for connections. Version: '8.0.42'" in good.log_text()


def test_web_servers_keep_running_and_listen(table):
    for repo, tag, port, line in [("library/nginx", "1.27", "80/tcp", "nginx/1.27.5"),
                                  ("library/httpd", "2.4", "80/tcp", "Apache/2.4.63 (Unix)"),
                                  ("docker/welcome-to-docker", "latest", "80/tcp", "nginx/1.27.5"),
                                  ("library/redis", "8.0", "6379/tcp", "Redis version=8.0.2")]:
        argv, env = image_env(repo, tag)
        b = table.behaviour(argv, env, started=JUNE_1, ip="172.17.0.2")
        assert b.state == "running" and port in b.listens and line in b.log_text(), repo


def test_nginx_logs_go_to_both_streams_with_the_start_time(table):
    argv, env = image_env("library/nginx", "1.27")
    b = table.behaviour(argv, env, started=JUNE_1)
    assert b.log_text("stdout").splitlines()[-1] == "/docker-entrypoint.sh: Configuration complete; ready for start up"
    assert b.log_text("stderr").splitlines()[1] == "2025/06/01 00:00:00 [notice] 1#1: nginx/1.27.5"


def test_the_workshop_app_keeps_running_and_logs(table):
    b = table.behaviour(["docker-entrypoint.sh", "node", "src/index.js"], {}, started=JUNE_1)
    assert b.state == "running" and b.listens == ("3000/tcp",)
    assert b.log_text() == "Using sqlite database at /etc/todos/todo.db\nListening on port 3000\n"
    m = table.behaviour(["node", "src/index.js"], {"MYSQL_HOST": "mysql"})
    assert m.connects_to == "mysql:3306" and "Connected to mysql db at host mysql\n" in m.log_text()


def test_dev_container_script_runs_install_then_stays_up(table):
    b = table.behaviour(["sh", "-c", "yarn install && yarn run dev"], {})
    assert b.state == "running" and b.before == "yarn install"
    lines = b.log_text().splitlines()
    assert lines[0] == "yarn install v1.22.22" and "[nodemon] starting `node src/index.js`" in lines
    assert lines[-1] == "Listening on port 3000"
    npm = table.behaviour(["sh", "-c", "npm install && npm run dev"], {})
    assert npm.state == "running" and "> nodemon -L src/index.js" in npm.log_text()


def test_sleep_tail_and_interactive(table):
    assert table.behaviour(["sleep", "infinity"], {}).seconds is None
    assert table.behaviour(["sleep", "30"], {}).seconds == 30
    assert table.behaviour(["tail", "-f", "/dev/null"], {}).state == "running"
    assert table.behaviour(["/bin/sh"], {}).state == "interactive"
    assert table.behaviour(["zsh"], {}).state == "interactive"


def test_what_the_table_does_not_know_is_for_the_shell(table):
    assert table.behaviour(["ls", "/"], {}) is None
    assert table.behaviour(["sh", "-c", "echo hi && cat /etc/os-release"], {}) is None
    assert table.behaviour(["sh", "-c", "echo $HOME"], {}) is None


def test_an_instructor_entry_comes_first(table):
    mine = table.extend({"version": 1, "programs": [
        {"name": "quiet-nginx", "match": {"program": "nginx"}, "runs": "forever", "listens": ["8080/tcp"],
         "logs": [{"stderr": "started on ${PORT}"}]}]})
    b = mine.behaviour(["nginx"], {"PORT": "8080"})
    assert b.listens == ("8080/tcp",) and b.logs == (("stderr", "started on 8080"),)
    assert table.behaviour(["nginx"], {}).listens == ("80/tcp",)     # the default table is unchanged


@pytest.mark.parametrize("bad, words", [
    ("programs: 3", "a list of entries"),
    ("programs: [{name: x}]", "'match' must be a mapping"),
    ("programs: [{name: x, match: {program: a}, runs: sometimes}]", "runs must be one of"),
    ("programs: [{name: x, match: {program: a}, colour: red}]", "unknown keys ['colour']"),
    ("programs: [{name: x, match: {program: a}, logs: [{stdin: hi}]}]", "a log line is a string"),
    ("version: 2\nprograms: []", "version 2 is not known"),
    ("programs: [a: b: c]", "not valid YAML"),
])
def test_malformed_tables_are_invalid_arguments(bad, words):
    with pytest.raises(tx.InvalidArgument, match=words.replace("[", r"\[").replace("]", r"\]").replace("(", r"\(")):
        ProgramTable.from_yaml(bad)


def test_table_size_is_bounded():
    with pytest.raises(tx.InvalidArgument, match=str(MAX_PROGRAMS)):
        ProgramTable.from_data([{"name": str(i), "match": {"program": "x"}} for i in range(MAX_PROGRAMS + 1)])


def test_every_catalog_image_default_command_is_known_or_a_shell(table):
    shells = {"sh", "bash", "/bin/sh", "/bin/bash", "zsh", "python3", "node", "jshell", "/hello"}
    for spec in CATALOG + TUTORIAL_CATALOG:
        argv = [*(spec.config.get("Entrypoint") or []), *(spec.config.get("Cmd") or [])]
        env = dict(e.split("=", 1) for e in spec.config.get("Env", []))
        b = table.behaviour(argv, env)
        unwrapped = [a for a in argv if a not in WRAPPERS]
        assert b is not None or not unwrapped or unwrapped[-1] in shells, (spec.repository, spec.tags, argv)
