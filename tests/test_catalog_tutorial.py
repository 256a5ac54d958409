"""The tutorial images of the catalogue (issue 16) and the layer entries a world will build them from."""

import pytest

import taxonomy as tx
from taxonomy import ids
from taxonomy.catalog import CATALOG, RECIPES, TUTORIAL_CATALOG, recipe_entries, variant_recipe
from taxonomy.content import Layer


def test_every_layer_of_every_image_has_a_recipe_and_no_tag_is_given_twice():
    seen = set()
    for spec in CATALOG + TUTORIAL_CATALOG:
        for platform in spec.platforms:
            assert all(name in RECIPES for name in spec.layers_for(platform)), spec.repository
        for tag in spec.tags:
            assert (spec.registry, spec.repository, tag) not in seen, (spec.repository, tag)
            seen.add((spec.registry, spec.repository, tag))


@pytest.mark.parametrize("ref", ["node:24-alpine", "node:18", "node:18-alpine", "mysql:8.0", "postgres:18",
                                 "nicolaka/netshoot", "docker/welcome-to-docker", "docker/getting-started",
                                 "eclipse-temurin:21-jdk-jammy", "eclipse-temurin:21.0.2_13-jdk-jammy",
                                 "eclipse-temurin:21.0.2_13-jre-jammy"])
def test_the_tutorials_images_are_in_the_tutorial_catalogue(ref):
    r = tx.parse_reference(ref)
    assert any(f"{s.registry}/{s.repository}" == r.name and r.tag in s.tags for s in TUTORIAL_CATALOG)


def test_recipe_entries_keep_todays_bytes_for_layers_without_real_files():
    """A world that switches to recipe_entries changes only the layers that gained real files."""
    world = tx.World()
    r = world.pull("redis:8.0")
    for digest, name in zip(world.graph.nodes[ids.image_id(r.image)]["layers"],
                            next(s for s in CATALOG if s.repository == "library/redis" and "8.0" in s.tags).layers):
        recipe = RECIPES[name]
        if recipe.real or recipe.dirs or recipe.links:
            continue
        assert Layer.from_files(recipe_entries(name)).digest == digest, name


def test_real_files_replace_placeholders_and_stay_unmarked_on_arm64():
    amd = {e.path: e for e in recipe_entries("alpine-3.22")}
    arm = {e.path: e for e in recipe_entries("alpine-3.22", "linux/arm64/v8")}
    assert amd["etc/os-release"].data == arm["etc/os-release"].data
    assert b"ID=alpine\n" in amd["etc/os-release"].data
    assert amd["tmp"].kind == "dir" and amd["tmp"].mode == 0o1777
    assert Layer.from_files(list(amd.values())).digest != Layer.from_files(list(arm.values())).digest
    assert variant_recipe("alpine-3.22", "linux/arm64/v8").real == RECIPES["alpine-3.22"].real


def test_postgres_18_moves_pgdata_under_its_volume():
    spec = next(s for s in TUTORIAL_CATALOG if s.repository == "library/postgres")
    assert "PGDATA=/var/lib/postgresql/18/docker" in spec.config["Env"]
    assert list(spec.config["Volumes"]) == ["/var/lib/postgresql"]
