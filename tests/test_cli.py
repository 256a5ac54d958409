"""The docker command line: Docker's texts and exit codes."""

import re

import pytest

import taxonomy as tx


def run(world, text, code=0):
    r = world.docker(text)
    assert r.exit_code == code, r.output
    return r.output


def test_pull_output(world):
    out = run(world, "docker pull nginx")
    lines = out.splitlines()
    assert lines[0] == "Using default tag: latest"
    assert lines[1] == "latest: Pulling from library/nginx"
    assert all(re.fullmatch(r"[0-9a-f]{12}: Pull complete", l) for l in lines[2:-3])
    assert re.fullmatch(r"Digest: sha256:[0-9a-f]{64}", lines[-3])
    assert lines[-2] == "Status: Downloaded newer image for nginx:latest"
    assert lines[-1] == "docker.io/library/nginx:latest"
    again = run(world, "docker pull nginx").splitlines()
    assert again[-2] == "Status: Image is up to date for nginx:latest"
    shared = run(world, "docker pull python:3.12-slim").splitlines()
    assert shared[1].endswith(": Already exists")


@pytest.mark.parametrize("command, code, expected", [
    ("docker pull nosuch", 1, "Error response from daemon: pull access denied for nosuch, repository does not exist or may require 'docker login': denied: requested access to the resource is denied"),
    ("docker pull nginx:nosuch", 1, "Error response from daemon: manifest for nginx:nosuch not found: manifest unknown: manifest unknown"),
    ("docker pull UPPER", 1, "invalid reference format: repository name (library/UPPER) must be lowercase"),
    ("docker run nosuch", 125, "Unable to find image 'nosuch:latest' locally\ndocker: Error response from daemon: pull access denied for nosuch"),
    ("docker rmi nosuch", 1, "Error response from daemon: No such image: nosuch:latest"),
    ("docker stop nosuch", 1, "Error response from daemon: No such container: nosuch"),
    ("docker push student/web", 1, "Using default tag: latest\nThe push refers to repository [docker.io/student/web]\nAn image does not exist locally with the tag: student/web"),
    ("docker login -u student -p wrong", 1, "Error response from daemon: unauthorized: incorrect username or password"),
    ("docker frobnicate", 1, "docker: 'frobnicate' is not a docker command.\nSee 'docker --help'"),
    ("docker run --frob nginx", 125, "unknown flag: --frob\nSee 'docker run --help'."),
    ("docker pull", 1, '"docker pull" requires exactly 1 argument.\nSee \'docker pull --help\'.'),
    ("docker tag onlyone", 1, '"docker tag" requires exactly 2 arguments.'),
    ("docker run UPPER", 125, "docker: invalid reference format.\nSee 'docker run --help'."),
    ("ls -la", 127, "ls: command not found"),
    ("docker run 'unclosed", 1, "cannot parse the command line"),
])
def test_error_texts_and_codes(world, command, code, expected):
    before = world.to_bytes()
    out = run(world, command, code)
    assert expected in out
    assert world.to_bytes() == before


def test_run_flow_and_ps(world):
    out = run(world, "docker run hello-world")
    assert out.startswith("Unable to find image 'hello-world:latest' locally\nlatest: Pulling from library/hello-world\n")
    assert "Hello from Docker!" in out
    cid = run(world, "docker run -d --name web -p 8080:80 nginx:1.27").splitlines()[-1]
    assert re.fullmatch(r"[0-9a-f]{64}", cid)
    ps = run(world, "docker ps").splitlines()
    assert ps[0].split() == ["CONTAINER", "ID", "IMAGE", "COMMAND", "CREATED", "STATUS", "PORTS", "NAMES"]
    assert len(ps) == 2 and ps[1].startswith(cid[:12]) and "0.0.0.0:8080->80/tcp" in ps[1] and ps[1].endswith("web")
    assert '"/docker-entrypoint.…"' in ps[1]
    psa = run(world, "docker ps -a").splitlines()
    assert len(psa) == 3 and "Exited (0)" in psa[2]
    assert run(world, "docker ps -q").strip() == cid[:12]


def test_name_conflict_message(world):
    run(world, "docker run -d --name web nginx:1.27")
    out = run(world, "docker run -d --name web nginx:1.27", 125)
    assert re.search(r'docker: Error response from daemon: Conflict\. The container name "/web" is already in use by container "[0-9a-f]{64}"\. You have to remove \(or rename\) that container to be able to reuse that name\.\nSee \'docker run --help\'\.', out)


def test_rmi_conflict_message(world):
    run(world, "docker run -d --name web nginx")
    out = run(world, "docker rmi nginx", 1)
    assert re.fullmatch(r'Error response from daemon: conflict: unable to remove repository reference "nginx" \(must force\) - container [0-9a-f]{12} is using its referenced image [0-9a-f]{12}\n', out)
    run(world, "docker rm -f web")
    out = run(world, "docker rmi nginx")
    assert out.startswith("Untagged: nginx:latest\nUntagged: nginx@sha256:")
    assert "Deleted: sha256:" in out


def test_images_table(world):
    run(world, "docker pull alpine:3.20")
    lines = run(world, "docker images").splitlines()
    assert lines[0].split() == ["REPOSITORY", "TAG", "IMAGE", "ID", "CREATED", "SIZE"]
    assert lines[1].split()[:2] == ["alpine", "3.20"]
    assert lines[1].endswith("9.44MB")  # nominal 3.63 MB compressed, unpacked x2.6
    assert run(world, "docker image ls -q").strip() == lines[1].split()[2]


def test_push_flow(world):
    run(world, "docker pull alpine:3.20")
    run(world, "docker tag alpine:3.20 student/base:1")
    denied = run(world, "docker push student/base:1", 1)
    assert denied.endswith("denied: requested access to the resource is denied\n")
    assert run(world, "docker login -u student -p student").endswith("Login Succeeded\n")
    out = run(world, "docker push student/base:1").splitlines()
    assert out[0] == "The push refers to repository [docker.io/student/base]"
    assert out[1].endswith(": Mounted from library/alpine")
    assert re.fullmatch(r"1: digest: sha256:[0-9a-f]{64} size: \d+", out[2])
    assert run(world, "docker push student/base:1").splitlines()[1].endswith(": Layer already exists")


def test_volumes_cli(world):
    assert run(world, "docker volume create data") == "data\n"
    run(world, "docker run -d --name db -e POSTGRES_PASSWORD=x -v data:/var/lib/postgresql/data postgres:17")
    ls = run(world, "docker volume ls").splitlines()
    assert ls == ["DRIVER    VOLUME NAME", "local     data"]
    out = run(world, "docker volume rm data", 1)
    assert "volume is in use" in out
    run(world, "docker rm -f db")
    assert run(world, "docker volume rm data") == "data\n"


def test_history_and_inspect(world):
    run(world, "docker pull nginx:1.27")
    hist = run(world, "docker history nginx:1.27").splitlines()
    assert hist[0].split() == ["IMAGE", "CREATED", "CREATED", "BY", "SIZE", "COMMENT"]
    assert len(hist) == 1 + len(world.layers("nginx:1.27"))
    import json
    data = json.loads(run(world, "docker inspect nginx:1.27"))
    assert data[0]["Id"] == world.image_of_ref("nginx:1.27")
    assert data[0]["RepoTags"] == ["nginx:1.27"]


def test_logs_and_start_attach(world):
    run(world, "docker create --name greeter alpine:3.20 echo hello")
    assert run(world, "docker start -a greeter") == "hello\n"
    assert run(world, "docker logs greeter") == "hello\n"


def test_model_note_for_other_programs(world):
    out = run(world, "docker run python:3.12-slim python app.py")
    assert "[model] the explorer does not run programs" in out


def test_undo_after_command(world):
    before = world.to_bytes()
    run(world, "docker run -d nginx")
    world.undo()
    assert world.to_bytes() == before


def test_run_rm_prints_the_output_and_exit_code_then_removes(world):
    r = world.docker("docker run --rm alpine:3.20 cat /etc/os-release")
    assert r.exit_code == 0 and "Alpine" in r.output
    bad = world.docker("docker run --rm alpine:3.20 cat /nope")
    assert bad.exit_code == 1 and "No such file or directory" in bad.output
    assert world.containers() == []


def test_images_filtered_by_repository_lists_every_tag(world):
    world.pull("nginx:1.27")
    world.pull("nginx:1.28")
    every = world.docker("docker images nginx").output
    assert "1.27" in every and "1.28" in every
    one = world.docker("docker images nginx:1.28").output
    assert "1.28" in one and "1.27" not in one
