"""Building images: layers, config, cache, multi-stage, context safety."""

import json
import os
import subprocess
import sys

import pytest

import taxonomy as tx

APP = """FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY app.py .
ENV MODE=prod
EXPOSE 8000
CMD ["python", "app.py"]
"""
CTX = {"requirements.txt": "flask\n", "app.py": "print('hello')\n"}


def test_one_layer_per_filesystem_instruction(world):
    r = world.build(APP, tag="app:1", context=CTX)
    base = len(world.layers("python:3.12-slim"))
    assert len(world.layers("app:1")) == base + 3
    assert [s.text for s in r.steps] == ["COPY requirements.txt .", "RUN pip install -r requirements.txt", "COPY app.py ."]
    assert r.steps[1].nominal_size == 45_000_000
    cfg = world.graph.nodes[f"image:{r.image}"]["config"]
    assert cfg["Cmd"] == ["python", "app.py"] and cfg["WorkingDir"] == "/app"
    assert "MODE=prod" in cfg["Env"] and "8000/tcp" in cfg["ExposedPorts"]
    assert r.log[-2] == f"#{r.log[-1].split()[0][1:]} naming to docker.io/library/app:1 done"
    assert world.run("app:1", ["cat", "/app/app.py"]).output == "print('hello')\n"
    history = world.docker("docker history app:1").output
    assert "ENV MODE=prod" in history and "0B" in history


def test_cache_hits_and_misses(world):
    world.build(APP, tag="app:1", context=CTX)
    again = world.build(APP, tag="app:1", context=CTX)
    assert [s.cached for s in again.steps] == [True, True, True]
    assert sum("CACHED" in l for l in again.log) == 3
    changed = world.build(APP, tag="app:2", context=dict(CTX, **{"app.py": "print('bye')\n"}))
    assert [s.cached for s in changed.steps] == [True, True, False]
    req = world.build(APP, tag="app:3", context=dict(CTX, **{"requirements.txt": "django\n"}))
    assert [s.cached for s in req.steps] == [False, False, False]
    assert [s.cached for s in world.build(APP, context=CTX, no_cache=True).steps] == [False, False, False]


def test_one_changed_byte_changes_that_layer_and_later_only(world):
    a = world.build(APP, tag="a", context=CTX)
    b = world.build(APP, tag="b", context=dict(CTX, **{"requirements.txt": "flasK\n"}))
    from taxonomy.content import chain_ids
    la, lb = world.layers("a"), world.layers("b")
    n = len(world.layers("python:3.12-slim"))
    assert [l["digest"] for l in la[:n]] == [l["digest"] for l in lb[:n]]
    assert la[n]["digest"] != lb[n]["digest"]          # the COPY of the changed file
    assert la[n + 1]["digest"] != lb[n + 1]["digest"]  # the RUN on top records its parent
    ca, cb = chain_ids([l["diff_id"] for l in la]), chain_ids([l["diff_id"] for l in lb])
    assert ca[:n] == cb[:n] and all(x != y for x, y in zip(ca[n:], cb[n:]))  # every later layer's chain changes
    assert a.image != b.image


def test_same_build_same_digest_in_two_processes(tmp_path):
    code = ("import taxonomy as tx, json, sys; ctx=json.loads(sys.argv[2]); "
            "print(tx.World().build(sys.argv[1], context=ctx).image)")
    outs = {subprocess.run([sys.executable, "-c", code, APP, json.dumps(CTX)], capture_output=True, text=True,
                           check=True).stdout for _ in range(2)}
    assert len(outs) == 1 and outs.pop().startswith("sha256:")


def test_multi_stage_and_target(world):
    df = """FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /src
COPY app.csproj .
RUN dotnet restore
COPY . .
RUN dotnet publish -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:8.0
WORKDIR /app
COPY --from=build /app .
ENTRYPOINT ["dotnet", "app.dll"]
"""
    ctx = {"app.csproj": "<Project/>", "Program.cs": "// hi"}
    r = world.build(df, tag="web:1", context=ctx)
    final = world.layers("web:1")
    aspnet = world.layers("mcr.microsoft.com/dotnet/aspnet:8.0")
    assert len(final) == len(aspnet) + 1   # only the final stage's layers
    sdk_size = world.graph.nodes[f"image:{world.image_of_ref('mcr.microsoft.com/dotnet/sdk:8.0')}"]["nominal_size"]
    assert world.graph.nodes[f"image:{r.image}"]["nominal_size"] < sdk_size / 2
    t = world.build(df, tag="web:build", context=ctx, target="build")
    assert world.graph.nodes[f"image:{t.image}"]["nominal_size"] > sdk_size
    with pytest.raises(tx.BuildError, match='target stage "nosuch" could not be found'):
        world.build(df, context=ctx, target="nosuch")


def test_dockerignore(world):
    r = world.build("FROM alpine:3.20\nCOPY . /src/", tag="x", context={"a.txt": "a", "secret.env": "K=1", ".dockerignore": "*.env"})
    listing = world.graph.nodes[f"layer:{r.steps[0].layer}"]["files"]
    paths = [p for p, _ in listing]
    assert "src/a.txt" in paths and "src/secret.env" not in paths


def test_context_escapes_refused(world, tmp_path):
    with pytest.raises(tx.BuildError, match="forbidden path outside the build context"):
        world.build("FROM alpine:3.20\nCOPY ../secret .", context={"a": "b"})
    (tmp_path / "ctx").mkdir()
    (tmp_path / "secret").write_text("top secret")
    os.symlink(tmp_path / "secret", tmp_path / "ctx" / "link")
    (tmp_path / "ctx" / "ok.txt").write_text("ok")
    with pytest.raises(tx.BuildError, match='"/link": not found'):
        world.build("FROM alpine:3.20\nCOPY link /x", context=tmp_path / "ctx")
    r = world.build("FROM alpine:3.20\nCOPY ok.txt /x", context=tmp_path / "ctx")
    assert r.steps[0].nominal_size == 2


def test_build_errors(world):
    before = world.to_bytes()
    with pytest.raises(tx.BuildError, match="line 2: unknown instruction: RUNN"):
        world.build("FROM alpine:3.20\nRUNN echo hi")
    with pytest.raises(tx.BuildError, match="not found"):
        world.build("FROM alpine:nosuch\nRUN true")
    with pytest.raises(tx.BuildError, match="not available offline"):
        world.build("FROM alpine:3.20\nADD https://example.com/x.tgz /x", context={})
    with pytest.raises(tx.BuildError, match='"/missing.txt": not found'):
        world.build("FROM alpine:3.20\nCOPY missing.txt /", context={})
    assert world.to_bytes() == before


def test_docker_build_cli_on_working_files(world):
    world.write_files({"Dockerfile": APP, **CTX})
    r = world.docker("docker build -t app:1 .")
    assert r.exit_code == 0 and "naming to docker.io/library/app:1 done" in r.output
    assert "CACHED" in world.docker("docker build -t app:1 .").output
    bad = world.docker("docker build -f Nope .")
    assert bad.exit_code == 1 and "open Nope: no such file or directory" in bad.output
    world.write_files({"Dockerfile": "FROM alpine:3.20\nRUNN x\n"})
    err = world.docker("docker build .")
    assert err.exit_code == 1 and err.output.startswith("ERROR: failed to solve: dockerfile parse error on line 2: unknown instruction: RUNN")


def test_build_args_and_from_scratch(world):
    r = world.build("ARG V=1\nFROM scratch\nARG V\nCOPY f /f-$V", context={"f": "x"}, build_args={"V": "9"})
    assert world.graph.nodes[f"layer:{r.steps[0].layer}"]["files"] == (("f-9", 1),)
