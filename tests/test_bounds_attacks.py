"""Every attack case of the "bounded by construction" issue, each in its own capped process.

A case runs in a fresh interpreter under a 1.5 GB address-space cap and a
wall-clock cap (a hang catcher, not a speed target: the speeds are in
benchmarks/bench_bounds.py). It must end with a result or a TaxonomyError
naming the bound, and leave the world unchanged.
"""

from __future__ import annotations

import concurrent.futures
import json
import os
import re
import subprocess
import sys

import pytest

from bounds_cases import CASES

HERE = os.path.dirname(os.path.abspath(__file__))
CAP_SECONDS = 30   # generous: a loaded 2-core machine; a hang or an exponential blow-up takes far longer

EXPECT = {
    "arg_doubling_26_lines": r"MAX_EXPANSION_BYTES",
    "env_doubling_26_lines": r"MAX_EXPANSION_BYTES",
    "run_line_1_mb": r"^ok",
    "run_line_10_mb": r"MAX_DOCKERFILE_BYTES",
    "default_nested_2000_deep": r"MAX_EXPANSION_DEPTH",
    "lone_surrogate_in_dockerfile": r"BuildError: file 'Dockerfile' is not valid text.*lone surrogate.*"
                                    r"parse_dockerfile: BuildError: .*lone surrogate",
    "pattern_with_many_stars_in_substitution": r"^ok",
    "docker_command_line_of_10_mb": r"^exit 126: bash: docker: Argument list too long.*MAX_COMMAND_LINE",
    "docker_command_line_of_2_mb": r"^ok.*output kept: 1048576$",
    "dockerignore_eight_star_a_then_b": r"^ok",
    "dockerignore_ten_star_a": r"^ok",
    "dockerignore_twenty_double_stars": r"^ok",
    "dockerignore_matching_cost_bound": r"MAX_DOCKERIGNORE_COST",
    "billion_laughs_level": r"LevelError: .*MAX_YAML_NODES",
    "billion_laughs_compose_command": r"MAX_YAML_NODES",
    "yaml_nested_3000_deep_level": r"LevelError: .*MAX_YAML_DEPTH",
    "yaml_nested_10000_deep_compose": r"MAX_YAML_DEPTH",
    "self_referencing_alias_level": r"LevelError: .*alias \*a .*inside its own anchor",
    "self_referencing_alias_compose": r"alias \*w .*inside its own anchor",
    "saved_world_nested_1000_deep": r"PersistenceError: .*MAX_WORLD_DEPTH",
    "saved_world_attribute_900_deep": r"PersistenceError: .*MAX_WORLD_DEPTH",
    "saved_world_clock_soon": r"PersistenceError: .*'clock' is \"soon\", not a whole number",
    "saved_world_seq_null": r"PersistenceError: .*'seq' is null",
    "saved_world_container_int_attributes": r"PersistenceError: .*container:laptop/web.* not text",
    "saved_world_100_mb_of_junk_nodes": r"PersistenceError: .*MAX_WORLD_BYTES",
    "gzip_bomb_layer_import": r"LimitExceeded: .*MAX_LAYER_UNPACKED_BYTES",
    "cat_of_a_large_file_is_truncated": r"ok: exit 0, 1048576 characters kept, note 'output truncated",
    "hard_link_in_a_layer_keeps_its_content": r"ok: exit 0, output 'linked content\\n'",
    "registry_endless_manifest": r"CorruptContent: .*MAX_MANIFEST_BYTES",
    "registry_blob_of_unknown_size_never_ends": r"CorruptContent: .*MAX_UNKNOWN_BLOB_BYTES",
    "registry_dripping_one_byte_every_half_second": r"RegistryError: .*did not answer in time",
    "registry_redirect_to_plain_http_elsewhere": r"RegistryError: .*never downgrading to plain HTTP.* got: 0$",
}


def test_every_case_has_an_expectation():
    assert sorted(EXPECT) == sorted(CASES)


def _run(name):
    try:
        return subprocess.run([sys.executable, os.path.join(HERE, "bounds_cases.py"), name], capture_output=True,
                              text=True, timeout=CAP_SECONDS, cwd=HERE)
    except subprocess.TimeoutExpired:
        return None


@pytest.fixture(scope="module")
def runs():
    """Every case started at once, as many at a time as there are cores; each test waits for its own."""
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2))
    futures = {name: pool.submit(_run, name) for name in sorted(CASES)}
    yield futures
    pool.shutdown(wait=True)


@pytest.mark.parametrize("name", sorted(CASES))
def test_attack_case_ends_bounded_with_the_world_unchanged(runs, name):
    done = runs[name].result()
    if done is None:
        pytest.fail(f"{name} did not end within {CAP_SECONDS} s")
    assert done.returncode == 0, f"{name} crashed:\n{done.stderr[-3000:]}"
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["unchanged"], report
    assert re.search(EXPECT[name], report["outcome"], re.S), report
