"""The CI pipeline: build from a repository's files, tag with the build number, test, bless, push; deploy from it."""

import pytest

import taxonomy as tx
from taxonomy.exercises import nb08_lifecycle as nb08
from taxonomy.ops.lifecycle import commit_id

ACR, REPO = nb08.ACR, nb08.REPOSITORY


@pytest.fixture
def life():
    return nb08.lifecycle_world()


def registry_digest(world, ref):
    node = world.graph.nodes[f"tag:{ref}"]
    img = next(v for v, e in world.graph.succ[f"tag:{ref}"].items() if e["kind"] == "points_to")
    return world.graph.nodes[img]["manifest_digest"], world.graph.nodes[img]["digest"], node


def test_the_pipeline_tags_with_the_build_number_blesses_and_pushes(life):
    run = life.pipeline("laptop", REPO)
    assert run.build == 1
    assert run.references == (f"{REPO}:1", f"{REPO}:blessed")
    assert life.tags(REPO) == ["1", "blessed"]
    (d1, img1, _), (d2, img2, _) = registry_digest(life, f"{REPO}:1"), registry_digest(life, f"{REPO}:blessed")
    assert d1 == d2 == run.digest and img1 == img2 == run.image       # one image, two names
    assert sorted(life.images("ci")) == [f"{REPO}:1", f"{REPO}:blessed", "docker.io/library/nginx:1.27"]
    assert life.files("ci") == life.files("laptop")                    # the CI host checked out the repository
    assert life.containers("ci") == []                                 # the test container is gone (--rm)
    assert run.test_output == "tests passed\n"
    log = run.output
    for step in (f"$ docker build -t {REPO}:1 .", f"$ docker run --rm {REPO}:1 echo tests passed",
                 f"$ docker tag {REPO}:1 {REPO}:blessed", f"$ docker push {REPO}:1", f"$ docker push {REPO}:blessed",
                 f"naming to {REPO}:1 done", f"blessed: digest: {run.digest} size: "):
        assert step in log, step
    commit = commit_id(life.files("laptop"))
    assert log.splitlines()[0] == f"[ci #1] checkout {commit} (Dockerfile compose.yaml index.html)"
    rec = life.pipeline_runs()[0]
    assert (rec["build"], rec["repository"], rec["host"], rec["image"], rec["source"], rec["commit"]) == \
        (1, REPO, "ci", run.image, "laptop", commit)


def test_the_next_build_moves_blessed_and_keeps_older_build_tags(life):
    first = life.pipeline("laptop", REPO)
    life.write_files({"index.html": "<h1>v2</h1>\n"})
    second = life.pipeline("laptop", REPO)
    assert second.build == 2 and second.image != first.image
    assert life.tags(REPO) == ["1", "2", "blessed"]
    assert registry_digest(life, f"{REPO}:blessed")[0] == second.digest
    assert registry_digest(life, f"{REPO}:1")[0] == first.digest
    push_lines = [l for l in second.log if "Layer already exists" in l or "digest:" in l]
    assert push_lines                                                    # pushed again, only what changed
    third = life.pipeline({"Dockerfile": "FROM nginx:1.28\n"}, REPO, build=10, blessed="release")
    assert third.build == 10 and "release" in life.tags(REPO)
    assert life.pipeline({"Dockerfile": "FROM nginx:1.28\n"}, f"{ACR}/other").build == 1


def test_a_failing_test_step_pushes_nothing_and_changes_nothing(life):
    before = life.to_bytes()
    with pytest.raises(tx.BuildError, match=r"failed at the test step: `false` exited with code 1; nothing was pushed"):
        life.pipeline("laptop", REPO, test="false")
    with pytest.raises(tx.BuildError, match="never exits"):
        life.pipeline("laptop", REPO, test=["nginx", "-g", "daemon off;"])
    assert life.to_bytes() == before
    assert life.repositories(ACR) == [] and life.pipeline_runs() == ()


@pytest.mark.parametrize("kwargs, error, match", [
    ({"source": {"app.py": "x"}}, tx.BuildError, "the repository has no Dockerfile"),
    ({"source": {"Dockerfile": "FROM nosuch/base:1\n"}}, tx.BuildError, "nosuch/base"),
    ({"source": {"Dockerfile": "FRM alpine\n"}}, tx.BuildError, ""),
    ({"repository": f"{REPO}:1"}, tx.InvalidArgument, "without a tag or digest"),
    ({"repository": "Not Valid"}, tx.InvalidArgument, "invalid repository"),
    ({"blessed": "bad tag"}, tx.InvalidArgument, "invalid tag 'bad tag'"),
    ({"build": 0}, tx.InvalidArgument, "positive whole number"),
    ({"test": ""}, tx.InvalidArgument, "the test step needs a command"),
    ({"host": "nope"}, tx.NotFound, "no such host"),
    ({"source": 42}, tx.InvalidArgument, "source must be"),
    ({"source": "nope"}, tx.NotFound, "no such host"),
])
def test_pipeline_errors_change_nothing(life, kwargs, error, match):
    args = {"source": "laptop", "repository": REPO, **kwargs}
    before = life.to_bytes()
    with pytest.raises(error, match=match or None):
        life.pipeline(args.pop("source"), args.pop("repository"), **args)
    assert life.to_bytes() == before


def test_a_ci_host_without_a_login_cannot_push_and_build_numbers_are_never_reused(life):
    life.add_host("ci2")
    before = life.to_bytes()
    with pytest.raises(tx.Unauthorized, match="authentication required"):
        life.pipeline("laptop", REPO, host="ci2")
    assert life.to_bytes() == before
    life.pipeline("laptop", REPO)
    with pytest.raises(tx.Conflict, match="build 1 of contoso.azurecr.io/shop/web already ran"):
        life.pipeline("laptop", REPO, build=1)


def test_production_deploys_from_the_registry_and_every_replica_is_vetted(life):
    run = life.pipeline("laptop", REPO)
    r = life.deploy(f"{REPO}:blessed", replicas=3, cluster="prod", name="web")
    assert r.reference == f"{REPO}:blessed@{run.digest}"
    assert r.pulled == ("prod-1", "prod-2", "prod-3")
    prov = life.provenance("prod")
    assert [(p["deployment"], p["build"], p["also_on"]) for p in prov] == [("web", 1, ())] * 3
    assert nb08.unvetted(life, "en")[0].met


def test_an_image_pushed_from_a_laptop_reaching_production_is_caught(life):
    life.pipeline("laptop", REPO)
    life.deploy(f"{REPO}:blessed", replicas=3, cluster="prod", name="web")
    life.write_files({"index.html": "<h1>quick fix</h1>\n"})
    life.login(ACR, "developer", "dev-secret")
    life.build(life.files()["Dockerfile"].decode(), tag=f"{REPO}:hotfix")
    life.push(f"{REPO}:hotfix")
    life.rolling_update("web", f"{REPO}:hotfix")                     # nothing in the model forbids it…
    prov = life.provenance("prod")
    assert {p["build"] for p in prov} == {None} and {p["also_on"] for p in prov} == {("laptop",)}
    check = nb08.unvetted(life, "en")[0]                              # …but the check catches it
    assert not check.met and "laptop" in check.detail and "no pipeline run built" in check.detail
    fr = nb08.unvetted(life, "fr")[0]
    assert "portable" not in fr.detail and "laptop" in fr.detail and "aucune exécution du pipeline" in fr.detail
    verdict = tx.exercises.check("08.3", life)
    assert not verdict.solved
    life.rolling_update("web", f"{REPO}:blessed")
    assert tx.exercises.check("08.3", life).solved


def test_lifecycle_exercises_start_unsolved_and_their_solutions_solve_them():
    for ex in tx.exercises.exercises("08"):
        world = ex.new_world()
        for lang in ("en", "fr"):
            v = ex.check(world, lang)
            assert not v.solved and v.title.startswith(ex.id), (ex.id, str(v))
        ex.solve(world)
        assert ex.check(world).solved, (ex.id, str(ex.check(world)))


def test_undo_and_save_load_keep_pipeline_runs(life, tmp_path):
    before = life.to_bytes()
    life.pipeline("laptop", REPO)
    life.save(tmp_path / "w.json")
    assert tx.World.load(tmp_path / "w.json").pipeline_runs() == life.pipeline_runs()
    assert life.undo() == f"pipeline {REPO} #1"
    assert life.to_bytes() == before


def test_the_map_shows_both_loops_and_the_laptop_push(life):
    from taxonomy.views.lifecycle import LifecyclePanel, describe_lifecycle, draw_lifecycle, lifecycle_map
    empty = lifecycle_map(tx.World())
    assert (empty["developer"], empty["ci"], empty["clusters"], empty["pushes"]) == (["laptop"], [], [], [])
    panel = LifecyclePanel(life)
    panel.on_update()                                                  # nothing blessed yet: an error, shown
    assert "tx-error" in panel.status.value and "push the image first" in panel.status.value
    panel.on_pipeline()
    panel.on_update()
    assert "tx-ok" in panel.status.value and life.deployment("web")["running"] == 3
    assert "overall progress: 3 out of 3 tasks" in panel.output.value and "[ci #1]" in panel.output.value
    panel.replicas.value = 5
    panel.on_scale()
    panel.host.value = "prod-1"
    panel.on_fail()
    assert not life.host_up("prod-1") and "prod-1" in panel.status.value
    panel.on_fail()
    assert "already down" in panel.status.value
    panel.on_recover()
    assert life.host_up("prod-1")
    assert panel.image.value[:8] == b"\x89PNG\r\n\x1a\n"
    assert repr(panel) == "LifecyclePanel(cluster='prod', deployment='web', replicas=5, builds=1)"
    same = life.build(life.files()["Dockerfile"].decode(), tag=f"{REPO}:same")
    assert same.image == life.pipeline_runs()[0]["image"]             # reproducible: same files, same image
    life.write_files({"index.html": "<h1>hotfix</h1>\n"})
    life.login(ACR, "developer", "dev-secret")
    life.build(life.files()["Dockerfile"].decode(), tag=f"{REPO}:hotfix")
    life.push(f"{REPO}:hotfix")
    life.rolling_update("web", f"{REPO}:hotfix")
    m = lifecycle_map(life)
    assert m["laptop_pushes"] == [("laptop", ACR)] and m["pushes"] == [("ci", ACR, ("1", "blessed"))]
    assert {r["build"] for h in m["clusters"][0]["hosts"] for r in h["replicas"]} == {None}
    ax = draw_lifecycle(life, lang="fr")
    gids = {a.get_gid() for a in ax.patches}
    assert {"edge:laptop-push:laptop", "edge:push:ci", "edge:commit:laptop", "loop:inner", "host:prod-1",
            "registry:contoso.azurecr.io", "cluster:prod"} <= gids
    assert "push depuis un portable !" in [t.get_text() for t in ax.texts]
    assert describe_lifecycle(life, "en").splitlines()[-1] == "laptop -> contoso.azurecr.io: pushed from a laptop!"
    life.rolling_update("web", f"{REPO}:blessed")
    assert "edge:laptop-push:laptop" not in {a.get_gid() for a in draw_lifecycle(life).patches}
