"""The Get started transcript (tests/data) is well formed and fits the model's catalogue and build context.

Running the transcript against the model comes with the wiring of issue 16
(docker exec, networks, mounts, logs, commit); this test checks the data it
will run: every step says what it is, every edit applies to the real app
files, and every image the pages pull is in the catalogue.
"""

import shlex
from pathlib import Path

import pytest
import yaml

from taxonomy.catalog import CATALOG, TUTORIAL_CATALOG
from taxonomy.reference import parse_reference

DATA = Path(__file__).parent / "data"
TRANSCRIPT = yaml.safe_load((DATA / "get_started_transcript.yaml").read_text(encoding="utf-8"))
STEPS = [(s["title"], step) for s in TRANSCRIPT["sections"] for step in s["steps"]]
BUILT = {"getting-started", "node-base", "sample-app", "spring-helloworld", "spring-helloworld-builder"}


def test_sections_name_their_page_and_commit():
    for section in TRANSCRIPT["sections"]:
        assert section["page"].startswith("content/get-started/")
        assert len(section["commit"]) == 40


@pytest.mark.parametrize("title, step", STEPS, ids=[f"{i}" for i in range(len(STEPS))])
def test_each_step_is_a_command_or_a_host_action_with_a_reason(title, step):
    assert "command" in step or "host" in step, step
    if step.get("model") in ("note", "skip"):
        assert step.get("reason") and "\n" not in step["reason"].strip(), step
    if "command" in step and step.get("model", "run") == "run" and "in" not in step:
        assert step["command"].startswith("docker "), step
        assert isinstance(step.get("exit_code"), int), step


def test_edits_apply_to_the_app_files():
    files = {}
    context = DATA / "getting-started-app"
    for _, step in STEPS:
        edit = step.get("edit")
        if not edit:
            continue
        path = context / edit["file"]
        if edit["file"] not in files:
            files[edit["file"]] = path.read_text(encoding="utf-8") if path.exists() else ""
        if edit["old"]:
            assert edit["old"] in files[edit["file"]], edit
            files[edit["file"]] = files[edit["file"]].replace(edit["old"], edit["new"] or "")


def _images(command: str):
    words = shlex.split(command.replace("$(pwd)", "/home/me/app").replace("{user}", "student"))
    if words[:2] not in (["docker", "run"], ["docker", "pull"]):
        return []
    takes_value = {"-p", "-v", "-e", "-w", "--name", "--network", "--network-alias", "--mount", "--memory", "--cpus",
                   "--env-file", "--platform", "-u"}
    i = 2
    while i < len(words):
        w = words[i]
        if w in takes_value or (len(w) > 2 and w[0] == "-" and w[1] != "-" and f"-{w[-1]}" in takes_value):
            i += 2   # "-dp 3000:3000": the last letter of a cluster takes the value
        elif w.startswith("-"):
            i += 1
        else:
            return [w]
    return []


def test_every_image_the_pages_run_is_in_the_catalogue_or_built_first():
    tags = {f"{s.registry}/{s.repository}:{t}" for s in CATALOG + TUTORIAL_CATALOG for t in s.tags}
    for _, step in STEPS:
        for image in _images(step.get("command", "")):
            if image.split(":")[0] in BUILT or image.startswith("student/") or image.startswith("{id:"):
                continue
            assert str(parse_reference(image)) in tags, image


def test_the_build_context_is_the_real_app():
    context = DATA / "getting-started-app"
    assert (context / "package.json").read_text().count('"name": "101-app"') == 1
    assert (context / "src" / "index.js").exists() and (context / "LICENSE").exists()
    assert (context / "Dockerfile").read_text().splitlines()[2] == "FROM node:18-alpine"
