"""Compose: compose.yaml read from a host's working files, up / ps / down, and errors for bad files."""

import pytest

import taxonomy as tx
from taxonomy.cli.compose import compose

SHOP = """
services:
  web:
    build: .
    ports: ["8080:80"]
    depends_on: [cache]
    environment:
      MODE: prod
  cache:
    image: redis:7
    volumes: ["data:/data"]
volumes:
  data:
"""
FILES = {"compose.yaml": SHOP, "Dockerfile": "FROM nginx:1.27\nCOPY index.html /usr/share/nginx/html/\n",
         "index.html": "<h1>Shop</h1>\n"}


def dc(world, text, host=None):
    """Run ``docker compose …`` through the Compose command handler."""
    return compose(world, text.split()[2:], host)


@pytest.fixture
def shop(world):
    world.write_files(FILES)
    return world


# -- up ----------------------------------------------------------------------
def test_up_names_containers_project_service_number_and_starts_dependencies_first(shop):
    r = dc(shop, "docker compose up -d")
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert lines[-5:] == ["[+] Running 4/4",
                          " ✔ Network app_default    Created",
                          ' ✔ Volume "app_data"      Created',
                          " ✔ Container app-cache-1  Started",
                          " ✔ Container app-web-1    Started"]
    assert " ✔ Service web  Built" in lines
    assert "[+] Pulling" in r.output and " ✔ cache Pulled" in lines
    assert shop.containers() == ["app-cache-1", "app-web-1"]
    cache, web = (shop.graph.nodes[f"container:laptop/{n}"] for n in ("app-cache-1", "app-web-1"))
    assert cache["state"] == web["state"] == "running"
    assert cache["created"] < web["created"]                      # depends_on: cache starts first
    assert (web["compose_project"], web["compose_service"], web["compose_number"]) == ("app", "web", 1)
    assert "MODE=prod" in web["env"] and web["ports"] == ((80, 8080, "tcp"),)
    assert "docker.io/library/app-web:latest" in shop.images()   # a build: service's image is <project>-<service>
    assert shop.volumes().count("app_data") == 1


def test_up_again_changes_only_what_differs(shop):
    dc(shop, "docker compose up -d")
    ids_before = {n: shop.graph.nodes[f"container:laptop/{n}"]["id"] for n in shop.containers()}
    r = dc(shop, "docker compose up -d")
    assert r.output.splitlines() == ["[+] Running 2/2", " ✔ Container app-cache-1  Running",
                                     " ✔ Container app-web-1    Running"]
    shop.stop("app-cache-1")
    assert " ✔ Container app-cache-1  Started" in dc(shop, "docker compose up -d").output
    shop.write_files({"compose.yaml": SHOP.replace("redis:7", "redis:8")})
    r = dc(shop, "docker compose up -d")
    assert " ✔ Container app-cache-1  Started" in r.output and " ✔ cache Pulled" in r.output
    after = {n: shop.graph.nodes[f"container:laptop/{n}"]["id"] for n in shop.containers()}
    assert after["app-cache-1"] != ids_before["app-cache-1"]     # recreated from redis:8
    assert after["app-web-1"] == ids_before["app-web-1"]
    assert shop.graph.nodes["container:laptop/app-cache-1"]["image_ref"] == "redis:8"


def test_replicas_scale_up_and_down_with_the_file(world):
    world.write_files({"compose.yaml": "services:\n  worker:\n    image: redis:7\n    deploy:\n      replicas: 3\n"})
    dc(world, "docker compose up -d")
    assert world.containers() == ["app-worker-1", "app-worker-2", "app-worker-3"]
    world.write_files({"compose.yaml": "services:\n  worker:\n    image: redis:7\n    deploy:\n      replicas: 1\n"})
    r = dc(world, "docker compose up -d")
    assert " ✔ Container app-worker-3  Removed" in r.output and " ✔ Container app-worker-2  Removed" in r.output
    assert world.containers() == ["app-worker-1"]


def test_project_name_from_p_flag_and_from_name_key(world):
    world.write_files({"compose.yaml": "name: shop\nservices:\n  cache:\n    image: redis:7\n"})
    dc(world, "docker compose up -d")
    dc(world, "docker compose -p other up -d")
    assert world.containers() == ["other-cache-1", "shop-cache-1"]
    assert [r["name"] for r in world.compose_ps(project="other")] == ["other-cache-1"]
    bad = dc(world, "docker compose -p My_Shop up -d")
    assert bad.exit_code == 1 and bad.output.startswith('invalid project name "My_Shop": must consist only of lowercase')


def test_container_name_command_and_interpolation(world):
    world.write_files({"compose.yaml": 'services:\n  hello:\n    image: "busybox:${TAG:-1.37}"\n'
                                       '    container_name: greeter\n    command: echo "hi ${WHO}"\n'})
    r = dc(world, "docker compose up -d")
    assert 'WARN[0000] The "WHO" variable is not set. Defaulting to a blank string.' in r.output
    node = world.graph.nodes["container:laptop/greeter"]
    assert node["image_ref"] == "busybox:1.37" and node["command"] == ("echo", "hi ")
    assert node["state"] == "exited" and node["output"] == "hi \n"


def test_up_without_detach_attaches_and_says_so(world):
    world.write_files({"compose.yaml": "services:\n  hello:\n    image: busybox:1.37\n    command: [echo, hello]\n"})
    out = dc(world, "docker compose up").output.splitlines()
    assert " ✔ Container app-hello-1  Created" in out
    assert "Attaching to app-hello-1" in out and "app-hello-1  | hello" in out
    assert "app-hello-1 exited with code 0" in out and out[-1].startswith("[model]")


def test_version_key_is_obsolete_and_networks_are_ignored_with_a_note(world):
    world.write_files({"compose.yaml": "version: '3.8'\nservices:\n  c:\n    image: redis:7\n    networks: [back]\n"
                                       "networks:\n  back:\n"})
    out = dc(world, "docker compose up -d").output
    assert out.startswith("WARN[0000] /home/student/app/compose.yaml: the attribute `version` is obsolete, it will be "
                          "ignored, please remove it to avoid potential confusion\n")
    assert "[model] networks are not modelled" in out


def test_build_context_subdirectory_and_named_image(world):
    world.write_files({"compose.yaml": "services:\n  api:\n    image: shop/api:dev\n    build:\n      context: ./api\n"
                                       "      dockerfile: api.Dockerfile\n",
                       "api/api.Dockerfile": "FROM alpine:3.20\nCOPY main.txt /main.txt\nCMD [\"cat\", \"/main.txt\"]\n",
                       "api/main.txt": "api v1\n"})
    r = dc(world, "docker compose up -d")
    assert r.exit_code == 0, r.output
    assert "docker.io/shop/api:dev" in world.images()
    assert world.graph.nodes["container:laptop/app-api-1"]["output"] == "api v1\n"


# -- ps ----------------------------------------------------------------------
def test_ps_lists_running_containers_of_the_project_and_all_with_a(shop):
    dc(shop, "docker compose up -d")
    shop.run("alpine:3.20", ["sleep", "1000"], name="stranger", detach=True)
    shop.stop("app-cache-1")
    out = dc(shop, "docker compose ps").output.splitlines()
    assert out[0].split() == ["NAME", "IMAGE", "COMMAND", "SERVICE", "CREATED", "STATUS", "PORTS"]
    assert [l.split()[0] for l in out[1:]] == ["app-web-1"]
    assert "0.0.0.0:8080->80/tcp" in out[1] and " web " in out[1] and "Up " in out[1]
    out = dc(shop, "docker compose ps -a").output.splitlines()
    assert [l.split()[0] for l in out[1:]] == ["app-cache-1", "app-web-1"]
    assert "Exited (0)" in out[1]
    assert dc(shop, "docker compose ps -q").output.count("\n") == 1
    assert dc(shop, "docker compose ps --format {{.Name}}:{{.State}}").output == "app-web-1:running\n"


# -- down --------------------------------------------------------------------
def test_down_removes_containers_and_network_but_keeps_named_volumes(shop):
    dc(shop, "docker compose up -d")
    r = dc(shop, "docker compose down")
    assert r.output.splitlines() == ["[+] Running 3/3", " ✔ Container app-web-1    Removed",
                                     " ✔ Container app-cache-1  Removed", " ✔ Network app_default    Removed"]
    assert shop.containers() == [] and "app_data" in shop.volumes()
    assert "app" not in shop.graph.nodes["host:laptop"]["compose_projects"]
    assert dc(shop, "docker compose down").output == ""


def test_down_v_removes_named_volumes_too(shop):
    dc(shop, "docker compose up -d")
    r = dc(shop, "docker compose down -v")
    assert " ✔ Volume app_data        Removed" in r.output
    assert "app_data" not in shop.volumes()


def test_down_with_only_a_project_name_and_no_file(world):
    world.write_files({"compose.yaml": "services:\n  cache:\n    image: redis:7\n"})
    dc(world, "docker compose -p cachey up -d")
    world.write_files({"compose.yaml": "services: {}\n"})
    world.journal.set  # noqa: B018 (the file is now useless; -p alone must be enough)
    files = dict(world.files())
    files.pop("compose.yaml")
    with world.journal.transaction("rm compose.yaml"):
        world.journal.set("host:laptop", "files", files)
    assert dc(world, "docker compose down").output == "no configuration file provided: not found\n"
    r = dc(world, "docker compose -p cachey down")
    assert r.exit_code == 0 and world.containers() == []


def test_orphans_are_warned_about_and_removed_on_request(shop):
    dc(shop, "docker compose up -d")
    shop.write_files({"compose.yaml": "services:\n  cache:\n    image: redis:7\n"})
    r = dc(shop, "docker compose up -d")
    assert "WARN[0000] Found orphan containers ([app-web-1]) for this project." in r.output
    assert "app-web-1" in shop.containers()
    r = dc(shop, "docker compose up -d --remove-orphans")
    assert " ✔ Container app-web-1    Removed" in r.output and shop.containers() == ["app-cache-1"]


def test_undo_and_save_load_keep_compose_state(shop, tmp_path):
    before = shop.to_bytes()
    dc(shop, "docker compose up -d")
    shop.save(tmp_path / "w.json")
    loaded = tx.World.load(tmp_path / "w.json")
    assert [r["name"] for r in loaded.compose_ps()] == ["app-cache-1", "app-web-1"]
    assert dc(loaded, "docker compose down").exit_code == 0 and loaded.containers() == []
    assert shop.undo() == "compose up app"
    assert shop.to_bytes() == before


# -- errors --------------------------------------------------------------------
BAD = [
    ("services:\n  web:\n    image: nginx:1.27\n    restart: always\n",
     "services.web: the key 'restart' is valid Compose but the explorer does not model it; a service supports: image, "
     "build, command, environment, ports, volumes, depends_on, deploy, container_name, networks; remove it to go on"),
    ("services:\n  web:\n    imgae: nginx:1.27\n",
     "validating /home/student/app/compose.yaml: services.web additional properties 'imgae' not allowed"),
    ("servces:\n  web:\n    image: nginx\n",
     "validating /home/student/app/compose.yaml: (root) additional properties 'servces' not allowed"),
    ("services:\n  web:\n    ports: ['80:80']\n",
     'service "web" has neither an image nor a build context specified: invalid compose project'),
    ("services:\n  web:\n    image: nginx\n    depends_on: [db]\n",
     'service "web" depends on undefined service "db": invalid compose project'),
    ("services:\n  a:\n    image: nginx\n    depends_on: [b]\n  b:\n    image: nginx\n    depends_on: [a]\n",
     "dependency cycle detected: a -> b -> a"),
    ("services:\n  web:\n    image: nginx\n    volumes: ['data:/data']\n",
     'service "web" refers to undefined volume data: invalid compose project'),
    ("services:\n  web:\n    image: nginx\n    container_name: web1\n    deploy:\n      replicas: 2\n",
     "services.deploy.replicas: can't set container_name and web as container name must be unique: invalid compose project"),
    ("services:\n  web:\n    image: nginx\n    deploy:\n      resources:\n        limits:\n          cpus: '1'\n",
     "services.web.deploy: the key 'resources' is valid Compose but the explorer does not model it; deploy: supports: replicas"),
    ("services:\n  web:\n    image: nginx\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: redis\n",
     "services.web.depends_on.db: the condition 'service_healthy' is not modelled"),
    ("services:\n  web:\n    image: nginx\n    ports: ['8000-8010:8000-8010']\n", "port ranges ('8000-8010:8000-8010')"),
    ("services:\n  web:\n    image: nginx\n    volumes: ['/data']\n", "anonymous volumes ('/data') are not modelled"),
    ("services:\n  web:\n    image: nginx\n    deploy:\n      replicas: many\n",
     "services.web.deploy.replicas: must be a whole number of containers, got 'many'"),
    ("services:\n  web: [\n", "yaml: line "),
    ("- just\n- a list\n", "validating /home/student/app/compose.yaml: top-level object must be a mapping"),
    ("", "empty compose file"),
    ("services:\n", "defines no services"),
    ("services:\n  web:\n    image: 'nginx:${TAG:?give a tag}'\n", "required variable TAG is missing a value: give a tag"),
]


@pytest.mark.parametrize("text, message", BAD, ids=[m[:40] for _, m in BAD])
def test_bad_files_give_composes_message_exit_1_and_change_nothing(world, text, message):
    world.write_files({"compose.yaml": text})
    before = world.to_bytes()
    r = dc(world, "docker compose up -d")
    assert r.exit_code == 1
    assert r.output.startswith(message) or message in r.output, r.output
    assert world.to_bytes() == before
    with pytest.raises(tx.InvalidArgument):
        world.compose_up()


def test_no_compose_file(world):
    r = dc(world, "docker compose up -d")
    assert (r.exit_code, r.output) == (1, "no configuration file provided: not found\n")
    assert dc(world, "docker compose -f other.yaml up").output == \
        "open /home/student/app/other.yaml: no such file or directory\n"
    with pytest.raises(tx.NotFound, match="no configuration file provided"):
        world.compose_ps()


def test_docker_compose_yml_and_f_flag_are_found(world):
    world.write_files({"docker-compose.yml": "services:\n  a:\n    image: redis:7\n",
                       "stack.yaml": "services:\n  b:\n    image: redis:7\n"})
    dc(world, "docker compose up -d")
    dc(world, "docker compose -f stack.yaml -p stack up -d")
    assert world.containers() == ["app-a-1", "stack-b-1"]


def test_a_failure_while_starting_rolls_everything_back(world):
    world.run("nginx:1.27", name="squatter", ports=["8080:80"], detach=True)
    world.write_files({"compose.yaml": "services:\n  cache:\n    image: redis:7\n  web:\n    image: nginx:1.27\n"
                                       "    ports: ['8080:80']\n"})
    before = world.to_bytes()
    r = dc(world, "docker compose up -d")
    assert r.exit_code == 1
    assert "Bind for 0.0.0.0:8080 failed: port is already allocated" in r.output
    assert r.output.startswith("Error response from daemon: ")
    assert world.to_bytes() == before and world.containers() == ["squatter"]


def test_a_missing_image_or_external_volume_changes_nothing(world):
    world.write_files({"compose.yaml": "services:\n  cache:\n    image: redis:7\n  web:\n    image: nosuch/image:1\n"})
    before = world.to_bytes()
    r = dc(world, "docker compose up -d")
    assert r.exit_code == 1 and "pull access denied for nosuch/image" in r.output
    assert world.to_bytes() == before
    world.write_files({"compose.yaml": "services:\n  c:\n    image: redis:7\n    volumes: ['d:/d']\n"
                                       "volumes:\n  d:\n    external: true\n"})
    before = world.to_bytes()
    assert dc(world, "docker compose up -d").output == 'external volume "d" not found\n'
    assert world.to_bytes() == before


def test_a_name_taken_by_another_container_is_docker_s_conflict(world):
    world.run("redis:7", name="app-cache-1", detach=True)
    world.write_files({"compose.yaml": "services:\n  cache:\n    image: redis:7\n"})
    r = dc(world, "docker compose up -d")
    assert r.exit_code == 1 and 'The container name "/app-cache-1" is already in use' in r.output


def test_a_failed_build_is_failed_to_solve(world):
    world.write_files({"compose.yaml": "services:\n  web:\n    build: .\n", "Dockerfile": "FROM alpine:3.20\nCOPY nope /\n"})
    before = world.to_bytes()
    r = dc(world, "docker compose up -d")
    assert r.exit_code == 1 and r.output.startswith("failed to solve: ")
    assert world.to_bytes() == before
    world.write_files({"compose.yaml": "services:\n  web:\n    build: ./nothing\n"})
    assert "failed to read dockerfile" in dc(world, "docker compose up -d").output


def test_command_line_usage_errors(world):
    assert dc(world, "docker compose").output.lstrip().startswith("Usage:  docker compose [OPTIONS] COMMAND")
    assert dc(world, "docker compose frobnicate").output == 'unknown docker command: "compose frobnicate"\n'
    assert dc(world, "docker compose up --bogus").output == "unknown flag: --bogus\n"
    assert dc(world, "docker compose up web").exit_code == 1
    assert dc(world, "docker compose -f a.yaml -f b.yaml up").output.startswith("the explorer reads one Compose file")
    assert dc(world, "docker compose up --help").output.strip().startswith("Usage:  docker compose up")


def test_through_world_docker(world):
    r = world.docker("docker compose ps")
    assert r.output == "no configuration file provided: not found\n"
