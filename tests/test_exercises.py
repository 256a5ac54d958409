"""Every checked exercise: its solution solves it, its start state does not, its checker never raises.

The loop covers every exercise that ``taxonomy.exercises.exercises()``
discovers, so the exercises of later notebooks (05, 06, 07 …) are tested
as soon as their module exists.
"""

import json
import re
from pathlib import Path

import pytest

import taxonomy as tx
from taxonomy import exercises as X
from taxonomy import i18n
from taxonomy.checks import Check, Verdict

ALL = X.exercises()
NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
LEARNING_PATH = ("00", "01", "02", "03", "04")
_CHECK_CALL = re.compile(r"""tx\.exercises\.check\(\s*["'](\d\d\.\d+)["']""")


def _ids(exs):
    return [ex.id for ex in exs]


def test_the_learning_path_has_two_or_three_exercises_per_notebook():
    for nb in LEARNING_PATH:
        assert 2 <= len(X.exercises(nb)) <= 3, nb


@pytest.mark.parametrize("ex", ALL, ids=_ids(ALL))
def test_the_start_state_is_unsolved_and_the_solution_solves_it(ex):
    world = ex.new_world()
    before = world.to_bytes()
    verdict = ex.check(world, "en")
    assert isinstance(verdict, Verdict) and verdict.checks
    assert all(isinstance(c, Check) for c in verdict.checks)
    assert not verdict.solved, str(verdict)
    assert world.to_bytes() == before, "checking must not change the world"
    ex.solve(world)
    for lang in i18n.LANGUAGES:
        solved = ex.check(world, lang)
        assert solved.solved, str(solved)
        assert solved.title.startswith(ex.id + " ")


@pytest.mark.parametrize("ex", ALL, ids=_ids(ALL))
def test_the_checker_never_raises_on_a_fresh_world(ex):
    for lang in i18n.LANGUAGES:
        verdict = X.check(ex.id, tx.World(), lang=lang)
        assert isinstance(verdict, Verdict) and verdict.checks


@pytest.mark.parametrize("ex", [ex for ex in ALL if ex.id[:2] in LEARNING_PATH],
                         ids=_ids([ex for ex in ALL if ex.id[:2] in LEARNING_PATH]))
def test_the_checker_never_raises_on_an_empty_world(ex):
    verdict = ex.check(tx.World.empty(), "en")
    assert not verdict.solved or ex.id == "03.3"


@pytest.mark.parametrize("ex", ALL, ids=_ids(ALL))
def test_titles_and_feedback_exist_in_both_languages(ex):
    assert set(ex.title) >= set(i18n.LANGUAGES)
    assert all(ex.title[lang].strip() for lang in i18n.LANGUAGES)
    assert ex.title["en"] != ex.title["fr"]
    world = ex.new_world()
    en, fr = ex.check(world, "en"), ex.check(world, "fr")
    assert len(en.checks) == len(fr.checks)
    assert [c.met for c in en.checks] == [c.met for c in fr.checks]
    assert any(a.description != b.description for a, b in zip(en.checks, fr.checks))
    assert str(fr).startswith("✗ Pas encore")


def test_ids_are_notebook_number_dot_rank():
    for ex in ALL:
        assert re.fullmatch(r"\d\d\.\d+", ex.id), ex.id
    assert _ids(X.exercises("01")) == ["01.1", "01.2"]


def test_get_and_check_by_id():
    assert X.get("03.2").id == "03.2"
    with pytest.raises(tx.NotFound, match=r"no exercise '99.9'; the exercises are: 00.1, 00.2"):
        X.get("99.9")


def test_a_verdict_points_at_what_is_missing():
    world = tx.World()
    world.docker("docker run -d --name web -p 9090:80 nginx:1.27")
    verdict = X.check("00.2", world, lang="en")
    assert [c.met for c in verdict.checks] == [True, True, False]
    assert [c.description for c in verdict.missing] == ["port 8080 of the laptop leads to port 80 of the container"]


def test_a_wrong_but_plausible_answer_is_rejected():
    # 03.3: rmi -f only untags an image that containers use; the image stays, dangling.
    ex = X.get("03.3")
    world = ex.new_world()
    world.docker("docker rmi -f nginx:1.27")
    verdict = ex.check(world, "en")
    assert not verdict.solved
    assert verdict.checks[0].detail == "web1, web2, web3"
    # 01.2: running by tag is not pinning to a digest.
    world = X.get("01.2").new_world()
    world.docker("docker run -d --name pinned nginx:1.27")
    assert [c.met for c in X.check("01.2", world, "en").checks] == [True, False, False, True]
    # 04.1: pulling from Docker Hub on prod-1 is not delivering through the private registry.
    world = X.get("04.1").new_world()
    world.docker("docker pull nginx:1.27", host="prod-1")
    assert not X.check("04.1", world, "en").solved


def test_catalogue_keys_of_the_exercises_are_all_used():
    used = set()
    for path in Path(X.__file__).parent.glob("nb0[0-4]_*.py"):
        text = path.read_text(encoding="utf-8")
        used |= {f"exercises.{k}" for k in re.findall(r'check\("(\d\d_\d\.[a-z_]+)"', text)}
        used |= {f"exercises.{k}" for k in re.findall(r'text\("(\d\d_\d\.[a-z_]+)"', text)}   # details
        used |= {f"exercises.{i.replace('.', '_')}.title" for i in re.findall(r'titles\("(\d\d\.\d)"\)', text)}
    catalogue = set(json.loads((Path(i18n.__file__).parent / "locale" / "exercises.en.json").read_text("utf-8")))
    assert used == catalogue


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_notebook_checks_its_own_exercises(lang):
    """Each notebook calls the checker for every exercise of its number, and for no other."""
    folder = NOTEBOOKS / lang
    if not folder.is_dir():
        pytest.skip(f"no notebooks/{lang} folder")
    for path in sorted(folder.glob("[0-9][0-9]_*.ipynb")):
        number = path.name[:2]
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        called = [m for c in cells if c["cell_type"] == "code" for m in _CHECK_CALL.findall("".join(c["source"]))]
        assert sorted(set(called)) == _ids(X.exercises(number)), path.name
