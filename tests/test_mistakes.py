"""Feedback that teaches: each classic mistake is recognised and says what to change, in English and French."""

from __future__ import annotations

import pytest

import taxonomy as tx
from taxonomy import mistakes

LANGS = ("en", "fr")


def _after(world, line, lang):
    return mistakes.after_command(world, line, world.docker(line), lang=lang)


@pytest.mark.parametrize("lang", LANGS)
def test_options_after_the_image(lang):
    world = tx.World()
    found = _after(world, "docker run hello-world --name hello", lang)
    assert [m.kind for m in found] == ["options-after-image"]
    assert found[0].fix == "docker run --name hello hello-world"
    assert {"en": "Options go before the image", "fr": "Les options se placent avant l'image"}[lang] in found[0].advice
    # with options both before and after, the fix keeps the first ones and moves the others before the image
    found = _after(world, "docker run -d nginx:1.27 --name web -p 8080:80", lang)
    assert found[0].fix == "docker run -d --name web -p 8080:80 nginx:1.27"
    # a real command after the image is not a mistake
    assert _after(world, "docker run alpine:3.20 echo -n hi", lang) == ()
    assert _after(world, "docker run nginx:1.27 nginx -g 'daemon off;'", lang) == ()


@pytest.mark.parametrize("lang", LANGS)
def test_ports_reversed(lang):
    world = tx.World()
    found = _after(world, "docker run -d --name web -p 80:8080 nginx:1.27", lang)
    assert [m.kind for m in found] == ["ports-reversed"]
    assert found[0].fix == "-p 8080:80"
    assert {"en": "-p reads HOST:CONTAINER", "fr": "-p se lit HÔTE:CONTENEUR"}[lang] in found[0].advice
    assert "docker rm -f web" in found[0].advice
    # the right way round, and a host port the image does not listen on, are fine
    assert _after(world, "docker run -d --name ok -p 8081:80 nginx:1.27", lang) == ()
    assert _after(world, "docker run -d --name ok2 -p 127.0.0.1:9090:80/tcp nginx:1.27", lang) == ()


@pytest.mark.parametrize("lang", LANGS)
def test_a_container_name_reused(lang):
    world = tx.World()
    world.docker("docker run -d --name web nginx:1.27")
    found = _after(world, "docker run -d --name web nginx:1.28", lang)
    assert [m.kind for m in found] == ["name-taken"]
    assert found[0].fix == "docker rm -f web"
    assert {"en": "A container named web already exists (made from nginx:1.27, running)",
            "fr": "Un conteneur nommé web existe déjà (créé à partir de nginx:1.27, état running)"}[lang] in found[0].advice


@pytest.mark.parametrize("lang", LANGS)
def test_a_tag_where_a_name_is_meant(lang):
    world = tx.World()
    world.docker("docker run -d --name web nginx:1.27")
    for line in ("docker stop nginx:1.27", "docker container rm nginx:1.27", "docker logs nginx:1.27"):
        found = _after(world, line, lang)
        assert [m.kind for m in found] == ["tag-for-name"], line
        assert "web" in found[0].advice and found[0].fix.endswith(" web")
        assert {"en": "nginx:1.27 is an image, not a container",
                "fr": "nginx:1.27 est une image, pas un conteneur"}[lang] in found[0].advice
    # an image with no container yet
    world.docker("docker pull alpine:3.20")
    found = _after(world, "docker rm alpine:3.20", lang)
    assert found[0].kind == "tag-for-name" and "docker rmi" in found[0].advice
    # a tag given to --name
    found = _after(world, "docker run -d --name nginx:1.27 nginx:1.27", lang)
    assert [m.kind for m in found] == ["tag-for-name"]
    assert "--name" in found[0].advice and "docker run --name web nginx:1.27" in found[0].advice
    # and the other way round: a container's name where an image is meant
    found = _after(world, "docker rmi web", lang)
    assert [m.kind for m in found] == ["tag-for-name"] and found[0].fix == "docker rm web"
    # a container that exists is no mistake
    assert _after(world, "docker stop web", lang) == ()


@pytest.mark.parametrize("lang", LANGS)
def test_exercise_00_1_shows_met_parts_as_met_and_says_what_to_change(lang):
    world = tx.World()
    world.docker("docker run hello-world --name hello")
    verdict = tx.exercises.check("00.1", world, lang)
    assert [c.met for c in verdict.checks] == [False, True, True]
    name = world.containers()[0]
    assert name in verdict.checks[0].detail
    assert len(verdict.advice) == 1 and "docker run --name hello hello-world" in verdict.advice[0]
    assert "→ " in str(verdict) and "→ " in verdict._repr_html_()
    world.docker("docker run --name hello hello-world")
    verdict = tx.exercises.check("00.1", world, lang)
    assert verdict.solved and verdict.advice == ()


@pytest.mark.parametrize("lang", LANGS)
def test_exercise_00_2_says_the_ports_are_reversed(lang):
    world = tx.World()
    world.docker("docker run -d --name web -p 80:8080 nginx:1.27")
    verdict = tx.exercises.check("00.2", world, lang)
    assert [c.met for c in verdict.checks] == [True, True, False]
    assert "80:8080" in verdict.checks[2].detail
    assert len(verdict.advice) == 1 and "-p 8080:80" in verdict.advice[0]


@pytest.mark.parametrize("lang", LANGS)
def test_the_level_checker_gives_the_same_advice(lang):
    level = tx.levels.get("web-server")
    world = level.start_world()
    assert tx.levels.check(level, world, lang).advice == ()   # nothing done yet: no advice
    world.docker("docker run nginx:1.27 -d --name web -p 8080:80")
    verdict = tx.levels.check(level, world, lang)
    assert not verdict.solved
    assert len(verdict.advice) == 1 and "docker run -d --name web -p 8080:80 nginx:1.27" in verdict.advice[0]
    # and the exercise of notebook 06 that wraps this level too
    assert tx.exercises.check("06.2", world, lang).advice == verdict.advice


@pytest.mark.parametrize("lang", LANGS)
def test_a_name_kept_by_the_old_container(lang):
    level = tx.levels.get("upgrade-nginx")
    world = level.start_world()
    world.docker("docker pull nginx:1.28")
    advice = tx.levels.check(level, world, lang).advice
    assert len(advice) == 1 and "docker rm -f web" in advice[0] and "nginx:1.27" in advice[0]


def test_in_world_ignores_a_mistake_fixed_since():
    world = tx.World()
    world.docker("docker run hello-world --name hello")
    assert [m.kind for m in mistakes.in_world(world)] == ["options-after-image"]
    world.docker("docker run --name hello hello-world")
    assert mistakes.in_world(world) == ()


def test_odd_input_is_no_mistake_and_never_raises():
    world = tx.World()
    for line in ("", "ls", "docker", "docker run", "docker 'unclosed", "docker rm", "docker run -p", "$ docker ps",
                 "docker run --name"):
        assert mistakes.after_command(world, line, world.docker(line)) == ()
    assert mistakes.in_world(tx.World.empty()) == ()
    assert mistakes.advice(tx.World.empty(), wanted=({"name": "web", "host": "nowhere"},)) == ()
