"""Links that hand the learning path to a class: nbgitpuller for a JupyterHub, Binder, Voilà.

An instructor gives learners one link. On a JupyterHub with nbgitpuller
installed (The Littlest JupyterHub, Zero to JupyterHub), the link logs the
learner in, clones this repository into their home folder (or merges the
instructor's new commits into their copy, keeping their edits) and opens
the first notebook. On Binder, a link builds (once) and starts a server
from this repository. See ``docs/classroom.md``.

From a shell::

    python -m taxonomy.classroom https://hub.example.edu --repo https://github.com/OWNER/REPO
    python -m taxonomy.classroom https://hub.example.edu --repo … --lang fr --voila

Examples
--------
>>> print(nbgitpuller_link("https://hub.example.edu", "https://github.com/acme/docker-taxonomy"))
https://hub.example.edu/hub/user-redirect/git-pull?repo=https%3A%2F%2Fgithub.com%2Facme%2Fdocker-taxonomy&branch=main&urlpath=lab%2Ftree%2Fdocker-taxonomy%2Fnotebooks%2Fen%2F00_start_here.ipynb
>>> print(binder_link("acme/docker-taxonomy", voila=True))
https://mybinder.org/v2/gh/acme/docker-taxonomy/HEAD?urlpath=voila%2Frender%2Fnotebooks%2Fapp%2Fdashboard.ipynb
"""

from __future__ import annotations

import argparse
import sys
from urllib.parse import quote, urlencode, urlsplit

from .errors import InvalidArgument

__all__ = ["nbgitpuller_link", "binder_link", "notebook_path", "FIRST_NOTEBOOK", "DASHBOARD"]

#: Where the path starts, per language (relative to the repository).
FIRST_NOTEBOOK = "notebooks/{lang}/00_start_here.ipynb"
#: The projector dashboard, shown as an app by Voilà.
DASHBOARD = "notebooks/app/dashboard.ipynb"


def notebook_path(lang: str = "en", voila: bool = False) -> str:
    """The notebook a link opens: the first of the path in ``lang``, or the dashboard.

    Examples
    --------
    >>> notebook_path("fr")
    'notebooks/fr/00_start_here.ipynb'
    >>> notebook_path(voila=True)
    'notebooks/app/dashboard.ipynb'
    >>> notebook_path("de")
    Traceback (most recent call last):
    ...
    taxonomy.errors.InvalidArgument: no notebooks in language 'de'; choose one of: en, fr
    """
    from .i18n import LANGUAGES

    if lang not in LANGUAGES:
        raise InvalidArgument(f"no notebooks in language {lang!r}; choose one of: {', '.join(LANGUAGES)}")
    return DASHBOARD if voila else FIRST_NOTEBOOK.format(lang=lang)


def _check_url(url: str, what: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InvalidArgument(f"{what} {url!r} is not an http(s) address; give it as https://host/…")
    return url.rstrip("/")


def nbgitpuller_link(hub_url: str, repo: str, branch: str = "main", lang: str = "en", *,
                     voila: bool = False, target: str | None = None, interface: str = "lab") -> str:
    """The nbgitpuller link that clones ``repo`` for a hub's user and opens the path.

    Parameters
    ----------
    hub_url : str
        The hub's address, ``https://hub.example.edu`` (a hub served under a
        prefix, ``https://example.edu/jupyter``, works too).
    repo : str
        The git address learners clone, ``https://github.com/OWNER/REPO``.
    branch : str
        The branch to follow (the instructor's updates arrive from it).
    lang : {"en", "fr"}
        The language of the first notebook opened.
    voila : bool
        Open the projector dashboard as an app (``/voila/render/…``)
        instead of JupyterLab.
    target : str, optional
        The folder in the learner's home (nbgitpuller's ``targetpath``);
        by default the repository's name.
    interface : {"lab", "tree"}
        JupyterLab, or the classic Notebook 7 tree.

    Raises
    ------
    InvalidArgument
        An address that is not http(s), an unknown language or interface.

    Examples
    --------
    >>> link = nbgitpuller_link("https://hub.example.edu/", "https://github.com/acme/dtx.git", lang="fr",
    ...                         target="docker")
    >>> link.split("&")[2:]
    ['urlpath=lab%2Ftree%2Fdocker%2Fnotebooks%2Ffr%2F00_start_here.ipynb', 'targetpath=docker']
    >>> nbgitpuller_link("hub.example.edu", "https://github.com/acme/dtx")
    Traceback (most recent call last):
    ...
    taxonomy.errors.InvalidArgument: hub address 'hub.example.edu' is not an http(s) address; give it as https://host/…
    """
    hub = _check_url(hub_url, "hub address")
    if interface not in ("lab", "tree"):
        raise InvalidArgument(f"interface {interface!r} is neither 'lab' (JupyterLab) nor 'tree' (Notebook)")
    folder = target or urlsplit(repo).path.rstrip("/").rsplit("/", 1)[-1].removesuffix(".git")
    if not folder:
        raise InvalidArgument(f"cannot tell the folder name from repository {repo!r}; give target=")
    path = notebook_path(lang, voila)
    urlpath = f"voila/render/{folder}/{path}" if voila else f"{interface}/tree/{folder}/{path}"
    query = {"repo": repo, "branch": branch, "urlpath": urlpath}
    if target:
        query["targetpath"] = target
    return f"{hub}/hub/user-redirect/git-pull?{urlencode(query, quote_via=quote, safe='')}"


def binder_link(github: str, ref: str = "HEAD", lang: str = "en", *, voila: bool = False,
                binder: str = "https://mybinder.org") -> str:
    """The Binder link that starts a server from GitHub repository ``OWNER/REPO`` at ``ref``.

    Examples
    --------
    >>> print(binder_link("acme/docker-taxonomy", lang="fr"))
    https://mybinder.org/v2/gh/acme/docker-taxonomy/HEAD?urlpath=lab%2Ftree%2Fnotebooks%2Ffr%2F00_start_here.ipynb
    """
    if github.count("/") != 1 or not all(github.split("/")):
        raise InvalidArgument(f"GitHub repository {github!r} is not OWNER/REPO")
    path = notebook_path(lang, voila)
    urlpath = f"voila/render/{path}" if voila else f"lab/tree/{path}"
    query = urlencode({"urlpath": urlpath}, quote_via=quote, safe="")
    return f"{_check_url(binder, 'Binder address')}/v2/gh/{github}/{ref}?{query}"


def main(argv=None) -> int:
    """``python -m taxonomy.classroom HUB_URL --repo URL``: print the nbgitpuller link."""
    parser = argparse.ArgumentParser(prog="python -m taxonomy.classroom",
                                     description="Print the nbgitpuller link that gives a JupyterHub's users "
                                                 "this learning path.")
    parser.add_argument("hub_url", help="the hub's address, e.g. https://hub.example.edu")
    parser.add_argument("--repo", required=True, help="the git address to clone, e.g. https://github.com/OWNER/REPO")
    parser.add_argument("--branch", default="main")
    parser.add_argument("--lang", default="en", help="en or fr (default en)")
    parser.add_argument("--voila", action="store_true", help="open the projector dashboard as an app")
    parser.add_argument("--target", help="folder in the learner's home (default: the repository's name)")
    parser.add_argument("--interface", default="lab", choices=("lab", "tree"))
    args = parser.parse_args(argv)
    try:
        print(nbgitpuller_link(args.hub_url, args.repo, args.branch, args.lang, voila=args.voila,
                               target=args.target, interface=args.interface))
    except InvalidArgument as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
