"""Classroom links (taxonomy.classroom): nbgitpuller for a hub, Binder, Voilà."""

from urllib.parse import parse_qs, urlsplit

import pytest

import taxonomy as tx
from taxonomy import classroom

REPO = "https://github.com/acme/docker-taxonomy"


def _query(link):
    parts = urlsplit(link)
    return parts, {k: v[0] for k, v in parse_qs(parts.query).items()}


def test_nbgitpuller_link_round_trips_to_nbgitpullers_parameters():
    parts, q = _query(classroom.nbgitpuller_link("https://hub.example.edu/", REPO, branch="spring-2027"))
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "hub.example.edu", "/hub/user-redirect/git-pull")
    assert q == {"repo": REPO, "branch": "spring-2027",
                 "urlpath": "lab/tree/docker-taxonomy/notebooks/en/00_start_here.ipynb"}


def test_hub_under_a_prefix_and_git_suffix():
    parts, q = _query(classroom.nbgitpuller_link("https://example.edu/jupyter", REPO + ".git", lang="fr"))
    assert parts.path == "/jupyter/hub/user-redirect/git-pull"
    assert q["urlpath"] == "lab/tree/docker-taxonomy/notebooks/fr/00_start_here.ipynb"


def test_voila_target_and_classic_interface():
    _, q = _query(classroom.nbgitpuller_link("https://hub.example.edu", REPO, voila=True, target="course/docker"))
    assert q["urlpath"] == "voila/render/course/docker/notebooks/app/dashboard.ipynb"
    assert q["targetpath"] == "course/docker"
    _, q = _query(classroom.nbgitpuller_link("https://hub.example.edu", REPO, interface="tree"))
    assert q["urlpath"] == "tree/tree/docker-taxonomy/notebooks/en/00_start_here.ipynb"


@pytest.mark.parametrize("kwargs, message", [
    ({"hub_url": "hub.example.edu"}, "hub address 'hub.example.edu' is not an http"),
    ({"hub_url": "ftp://hub.example.edu"}, "is not an http"),
    ({"lang": "de"}, "no notebooks in language 'de'"),
    ({"interface": "notebook"}, "interface 'notebook' is neither"),
    ({"repo": "https://github.com/"}, "cannot tell the folder name"),
])
def test_nbgitpuller_link_errors(kwargs, message):
    args = {"hub_url": "https://hub.example.edu", "repo": REPO, **kwargs}
    with pytest.raises(tx.InvalidArgument, match=message):
        classroom.nbgitpuller_link(**args)


def test_binder_links():
    assert classroom.binder_link("acme/docker-taxonomy", ref="v1.0") == (
        "https://mybinder.org/v2/gh/acme/docker-taxonomy/v1.0?urlpath=lab%2Ftree%2Fnotebooks%2Fen%2F00_start_here.ipynb")
    _, q = _query(classroom.binder_link("acme/docker-taxonomy", voila=True))
    assert q == {"urlpath": "voila/render/notebooks/app/dashboard.ipynb"}
    with pytest.raises(tx.InvalidArgument, match="is not OWNER/REPO"):
        classroom.binder_link("https://github.com/acme/docker-taxonomy")
    with pytest.raises(tx.InvalidArgument, match="Binder address"):
        classroom.binder_link("acme/x", binder="mybinder.org")


def test_the_links_point_at_notebooks_that_exist():
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    assert (root / classroom.DASHBOARD).exists()
    for lang in ("en", "fr"):
        assert (root / classroom.notebook_path(lang)).exists(), lang


def test_command_line(capsys):
    assert classroom.main(["https://hub.example.edu", "--repo", REPO, "--lang", "fr"]) == 0
    out = capsys.readouterr().out.strip()
    assert out == classroom.nbgitpuller_link("https://hub.example.edu", REPO, lang="fr")
    assert classroom.main(["hub.example.edu", "--repo", REPO]) == 2
    assert "error: hub address 'hub.example.edu'" in capsys.readouterr().err
