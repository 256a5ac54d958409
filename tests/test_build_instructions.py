"""Each Dockerfile instruction's effect on the built image, ONBUILD triggers, history and efficiency."""

import json
import os

import pytest

import taxonomy as tx


def _config(world, result):
    return world.graph.nodes[f"image:{result.image}"]["config"]


def _raw(world, result):
    return json.loads(world.blobs[result.image])


def test_config_instructions_each_set_their_field(world):
    r = world.build("""FROM alpine:3.20
LABEL org.opencontainers.image.title="demo" team=web
USER 1000:1000
EXPOSE 80 443/tcp 53/udp
VOLUME ["/data", "/logs"]
ENTRYPOINT ["/bin/app"]
CMD ["--port", "80"]
HEALTHCHECK --interval=30s --timeout=3s --retries=2 CMD wget -q -O- http://localhost/ || exit 1
SHELL ["/bin/ash", "-eo", "pipefail", "-c"]
STOPSIGNAL SIGQUIT
ONBUILD COPY . /app
ENV A=1 B="two words"
""", context={})
    cfg = _raw(world, r)["config"]
    assert cfg["Labels"] == {"org.opencontainers.image.title": "demo", "team": "web"}
    assert cfg["User"] == "1000:1000"
    assert set(cfg["ExposedPorts"]) == {"80/tcp", "443/tcp", "53/udp"}
    assert set(cfg["Volumes"]) == {"/data", "/logs"}
    assert cfg["Entrypoint"] == ["/bin/app"] and cfg["Cmd"] == ["--port", "80"]
    assert cfg["Healthcheck"]["Test"][0] == "CMD-SHELL" and cfg["Healthcheck"]["Retries"] == 2
    assert cfg["Healthcheck"]["Interval"] == 30_000_000_000
    assert cfg["Shell"] == ["/bin/ash", "-eo", "pipefail", "-c"]
    assert cfg["StopSignal"] == "SIGQUIT"
    assert cfg["OnBuild"] == ["COPY . /app"]
    assert "A=1" in cfg["Env"] and "B=two words" in cfg["Env"]
    # none of them made a layer: the image has alpine's layers only
    assert len(world.layers(r.image)) == len(world.layers("alpine:3.20"))
    assert all(h.empty_layer for h in world.history(r.image)[-11:])


def test_entrypoint_resets_an_inherited_cmd_and_shell_form_uses_the_shell(world):
    r = world.build("FROM python:3.12-slim\nENTRYPOINT python -m http.server", context={})
    cfg = _raw(world, r)["config"]
    assert cfg["Entrypoint"] == ["/bin/sh", "-c", "python -m http.server"]
    assert "Cmd" not in cfg


def test_arg_env_and_workdir_substitution_reach_paths(world):
    r = world.build("FROM alpine:3.20\nARG APP=demo\nENV HOME_DIR=/srv/${APP:-none}\nWORKDIR $HOME_DIR\n"
                    "COPY f.txt ./${APP}.txt", context={"f.txt": "x"}, build_args={"APP": "shop"})
    assert _raw(world, r)["config"]["WorkingDir"] == "/srv/shop"
    assert [p for p, _ in world.layers(r.image)[-1]["files"]] == ["srv/shop/shop.txt"]


def test_copy_chown_and_add_local_file(world):
    r = world.build("FROM alpine:3.20\nCOPY --chown=1000:1000 a.txt /a.txt\nADD b.txt /b/", context={"a.txt": "a", "b.txt": "bb"})
    a = world.layer_files(r.steps[0].layer)["a.txt"]
    assert (a.uid, a.gid, a.data) == (1000, 1000, b"a")
    assert world.layer_files(r.steps[1].layer)["b/b.txt"].data == b"bb"


def test_copy_from_an_image_and_run_heredoc(world):
    r = world.build("FROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/os-release /nginx-os-release\n"
                    "RUN <<EOF\napk add curl\nEOF\n", context={})
    assert "nginx-os-release" in world.layer_files(r.steps[0].layer)
    assert r.steps[1].nominal_size == 2_000_000
    assert "docker.io/library/nginx:1.27" in world.images()   # pulled to read its files


def test_copy_from_several_placeholder_sources_counts_each(world):
    r = world.build("FROM node:22 AS build\nWORKDIR /app\nRUN npm ci\nRUN go build\n"
                    "FROM alpine:3.20\nCOPY --from=build /app/node_modules /app/target /out/", context={})
    assert r.steps[-1].nominal_size == 60_000_000 + 10_000_000


def test_a_name_starting_with_two_dots_is_not_an_escape(world):
    r = world.build("FROM alpine:3.20\nCOPY ..hidden /x", context={"..hidden": "ok"})
    assert world.layer_files(r.steps[0].layer)["x"].data == b"ok"
    with pytest.raises(tx.BuildError, match="forbidden path outside the build context"):
        world.build("FROM alpine:3.20\nCOPY sub/../../secret /x", context={"sub/a": "a"})
    with pytest.raises(tx.BuildError, match="forbidden path outside the build context"):
        world.build("FROM alpine:3.20\nCOPY /../secret /x", context={"a": "a"})
    ok = world.build("FROM alpine:3.20\nCOPY sub/../a /x", context={"a": "a"})
    assert world.layer_files(ok.steps[0].layer)["x"].data == b"a"


ONBUILD_BASE = "FROM alpine:3.20\nWORKDIR /app\nONBUILD COPY . /app/src/\nONBUILD RUN apk add make\nCMD [\"sh\"]"


def test_onbuild_triggers_run_in_the_child_build_and_are_not_inherited(world):
    base = world.build(ONBUILD_BASE, tag="base:1", context={"unused.txt": "base context"})
    assert len(world.layers(base.image)) == len(world.layers("alpine:3.20"))   # triggers only recorded
    child = world.build("FROM base:1\nRUN echo done", tag="child:1", context={"main.py": "print(1)\n"})
    assert [s.text for s in child.steps] == ["COPY . /app/src/", "RUN apk add make", "RUN echo done"]
    assert any("] ONBUILD COPY . /app/src/" in line for line in child.log)
    assert any("[2/4] ONBUILD COPY" in line for line in child.log)
    assert "OnBuild" not in _raw(world, child)["config"]
    assert world.docker("docker run --rm child:1 cat /app/src/main.py").output == "print(1)\n"
    grandchild = world.build("FROM child:1\nCMD [\"true\"]", context={"other": "x"})
    assert grandchild.steps == ()


def test_onbuild_triggers_follow_a_stage_and_a_bad_trigger_fails_the_child(world):
    r = world.build("FROM alpine:3.20 AS tools\nONBUILD RUN apk add git\nFROM tools\nRUN echo hi", context={})
    assert [s.text for s in r.steps] == ["RUN apk add git", "RUN echo hi"]
    world.build("FROM alpine:3.20\nONBUILD ADD https://example.com/x.tgz /x", tag="remote:1", context={})
    before = world.to_bytes()
    with pytest.raises(tx.BuildError, match="not available offline"):
        world.build("FROM remote:1", tag="kid:1", context={})
    assert world.to_bytes() == before


def test_history_gives_instruction_digest_diff_id_and_sizes(world):
    r = world.build("FROM alpine:3.20\nCOPY a.txt /\nRUN apk add curl\nENV X=1", context={"a.txt": "hello"})
    hist = world.history(r.image)
    copy, run, env = hist[-3:]
    assert copy.created_by == "COPY a.txt /" and copy.digest == r.steps[0].layer
    assert copy.diff_id == world.graph.nodes[f"layer:{copy.digest}"]["diff_id"] != copy.digest
    assert copy.nominal_size == 5 and copy.size == len(world.blobs[copy.digest])
    assert run.nominal_size == 2_000_000 and run.digest == r.steps[1].layer
    assert env.empty_layer and env.digest is None and env.size == 0
    layered = [h.digest for h in hist if not h.empty_layer]
    assert layered == list(world.graph.nodes[f"image:{r.image}"]["layers"])
    assert _raw(world, r)["rootfs"]["diff_ids"] == [h.diff_id for h in hist if not h.empty_layer]


SPLIT = """FROM debian:bookworm
RUN apt-get update
RUN apt-get install -y curl git
RUN rm -rf /var/lib/apt/lists/*
"""
JOINED = """FROM debian:bookworm
RUN apt-get update && apt-get install -y curl git && rm -rf /var/lib/apt/lists/*
"""


def test_efficiency_shows_why_apt_cleanup_belongs_in_the_same_run(world):
    split = world.efficiency(world.build(SPLIT, tag="split", context={}).image)
    joined = world.efficiency(world.build(JOINED, tag="joined", context={}).image)
    assert split.wasted == 20_000_000 and joined.wasted == 0
    assert [(w.path, w.reason, w.layer, w.hidden_by) for w in split.items] == [
        ("/var/lib/apt/lists", "deleted", "RUN apt-get update", "RUN rm -rf /var/lib/apt/lists/*")]
    assert split.total - joined.total == 20_000_000 + 1000   # the lists, and the rm layer's own file
    assert joined.score == 1.0 and 0 < split.score < 1
    assert "potential wasted space: 20MB" in str(split)


def test_efficiency_counts_duplicated_copies_with_real_bytes(world):
    r = world.build("FROM alpine:3.20\nCOPY . /app/\nCOPY app.py /app/app.py", context={"app.py": "x" * 300, "b": "bb"})
    eff = world.efficiency(r.image)
    assert [(w.path, w.bytes, w.reason) for w in eff.items] == [("/app/app.py", 300, "duplicated")]
    assert eff.total == sum(h.nominal_size for h in world.history(r.image))


def test_efficiency_of_a_catalog_image_is_whole(world):
    world.pull("nginx:1.27")
    eff = world.efficiency("nginx:1.27")
    assert eff.wasted == 0 and eff.total == world.graph.nodes[f"image:{world.image_of_ref('nginx:1.27')}"]["nominal_size"]


def test_context_checksums_are_remembered_but_never_stale(world, tmp_path):
    (tmp_path / "a.txt").write_text("one")
    first = world.build("FROM alpine:3.20\nCOPY a.txt /", context=tmp_path)
    (tmp_path / "a.txt").write_text("two")             # same size, same second
    second = world.build("FROM alpine:3.20\nCOPY a.txt /", context=tmp_path)
    assert second.steps[0].layer != first.steps[0].layer and not second.steps[0].cached
    old = 1_600_000_000_000_000_000
    os.utime(tmp_path / "a.txt", ns=(old, old))
    world.build("FROM alpine:3.20\nCOPY a.txt /", context=tmp_path)
    assert len(world.context_digests) == 1             # an old file's checksum is remembered
    (tmp_path / "a.txt").write_text("six")
    os.utime(tmp_path / "a.txt", ns=(old + 1, old + 1))
    third = world.build("FROM alpine:3.20\nCOPY a.txt /", context=tmp_path)
    assert world.layer_files(third.steps[0].layer)["a.txt"].data == b"six"
    files = {"f": "x" * 10}
    a = world.build("FROM alpine:3.20\nCOPY f /", context=files)
    files["f"] = "y" * 10
    b = world.build("FROM alpine:3.20\nCOPY f /", context=files)
    assert a.steps[0].layer != b.steps[0].layer


def test_earlier_stages_are_cached_too(world):
    df = ("FROM alpine:3.20 AS build\nCOPY src.txt /src/\nRUN apk add make\n"
          "FROM alpine:3.20\nCOPY --from=build /src/src.txt /app/\n")
    first = world.build(df, tag="app:1", context={"src.txt": "v1"})
    again = world.build(df, tag="app:1", context={"src.txt": "v1"})
    assert [s.cached for s in first.steps] == [False, False, False]
    assert [s.cached for s in again.steps] == [True, True, True] and again.image == first.image
    changed = world.build(df, tag="app:1", context={"src.txt": "v2"})
    assert [s.cached for s in changed.steps] == [False, False, False]
