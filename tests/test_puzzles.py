"""Command puzzles: each solution is accepted and runs on a fresh world; wrong orders are refused, and say why."""

from __future__ import annotations

import pytest

import taxonomy as tx
from taxonomy import puzzles

ALL = puzzles.puzzles()
IDS = [p.id for p in ALL]


def test_there_are_at_least_four_puzzles_each_linked_to_a_real_level():
    assert len(ALL) >= 4
    known = {level.id for level in tx.levels.levels()}
    assert all(p.level in known for p in ALL), [p.level for p in ALL]


@pytest.mark.parametrize("puzzle", ALL, ids=IDS)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_solution_is_accepted_by_text_and_by_number(puzzle, lang):
    assert puzzle.check(list(puzzle.solution), lang).solved
    numbers = [puzzle.pieces.index(c) + 1 for c in puzzle.solution]
    verdict = puzzle.check(numbers, lang)
    assert verdict.solved and all(c.met for c in verdict.checks)
    assert puzzle.title[lang] in str(verdict)


@pytest.mark.parametrize("puzzle", ALL, ids=IDS)
def test_every_command_of_the_solution_runs_on_a_fresh_world_in_order(puzzle):
    world = puzzle.new_world()
    for line in puzzle.solution:
        host, command = puzzles._prompt(line)
        result = world.docker(command, host=host)
        assert result.exit_code == 0, (line, result.output)


@pytest.mark.parametrize("puzzle", ALL, ids=IDS)
def test_each_order_it_judges_is_one_docker_enforces(puzzle):
    # moving command j just before command i makes Docker refuse one of the commands
    for i, j, why in puzzle.before:
        order = list(puzzle.solution)
        moved = order.pop(j)
        order.insert(i, moved)
        transcript = puzzle.play(order)
        assert not transcript.ok, (puzzle.id, i, j)
        verdict = puzzle.check(order, "en")
        assert not verdict.solved
        broken = [c for c in verdict.checks if not c.met]
        assert any(c.detail == why["en"] for c in broken), [str(c) for c in broken]


@pytest.mark.parametrize("puzzle", ALL, ids=IDS)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_distractor_is_refused_with_its_reason(puzzle, lang):
    for command, why in puzzle.distractors:
        order = [*puzzle.solution, command]
        verdict = puzzle.check(order, lang)
        assert not verdict.solved
        assert verdict.checks[0].met        # every needed command is there
        assert not verdict.checks[1].met and why[lang] in verdict.checks[1].detail


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_missing_repeated_and_foreign_commands_are_named(lang):
    p = puzzles.get("clean-up-a-host")
    verdict = p.check(["docker stop test", "docker stop test", "docker ps"], lang)
    detail = verdict.checks[0].detail
    assert "docker rm test" in detail and "docker rmi redis:7.4" in detail
    assert "docker ps" in detail and detail.count("docker stop test") == 1
    assert not verdict.solved


def test_bad_answers_raise_a_taxonomy_error_naming_the_value():
    p = puzzles.get("clean-up-a-host")
    with pytest.raises(tx.InvalidArgument, match="no piece 9"):
        p.check([1, 9])
    with pytest.raises(tx.InvalidArgument, match="as a list"):
        p.check("docker stop test")
    with pytest.raises(tx.InvalidArgument, match="neither"):
        p.check([1.5])
    with pytest.raises(tx.NotFound, match="clean-up-a-host"):
        puzzles.get("nope")


def test_pieces_are_shuffled_the_same_way_every_time_and_hold_everything():
    for p in ALL:
        assert p.pieces == puzzles.get(p.id).pieces
        assert sorted(p.pieces) == sorted([*p.solution, *(c for c, _ in p.distractors)])
        assert list(p.pieces) != list(p.solution)   # the solution is not handed over in order


def test_for_level_offers_a_fallback_for_a_stuck_learner():
    assert [p.id for p in puzzles.for_level("push-to-docker-hub")] == ["publish-to-docker-hub"]
    assert puzzles.for_level("no-such-level") == ()
