"""Small teaching helpers for the notebooks: tables that show how things work.

A notebook cell should be one or two lines, with no loops and no helper
functions. When a lesson needs a table (how Docker expands five image
names, how big three images are), the table comes from here, as a
:class:`Table` that prints as aligned text and renders as HTML in a
notebook. Column headings are in the learner's language; the values are
Docker's.

Examples
--------
>>> import taxonomy as tx
>>> from taxonomy import teach
>>> print(teach.expand("nginx", "student/web:1", lang="en"))
you type        registry    repository      tag      digest   Docker uses
nginx           docker.io   library/nginx   latest   —        docker.io/library/nginx:latest
student/web:1   docker.io   student/web     1        —        docker.io/student/web:1
>>> world = tx.World()
>>> _ = world.pull("alpine:3.20")
>>> teach.image_size(world, "alpine:3.20")
3630000
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from . import i18n, ids
from .catalog import UNPACK_RATIO
from .cli.format import human_size, table
from .errors import InvalidArgument, InvalidReference
from .reference import parse_reference

__all__ = ["Table", "expand", "sizes", "image_size", "registries"]

_NONE = "—"


@dataclass(frozen=True)
class Table:
    """A small table: column ids, their headings, rows of text, a caption.

    Attributes
    ----------
    keys : tuple of str
        Column ids, the same in every language (``"full"``).
    headings : tuple of str
        Column headings in the learner's language.
    rows : tuple of tuple of str
    caption : str
    """

    keys: tuple
    headings: tuple
    rows: tuple
    caption: str = ""

    def column(self, key: str) -> list:
        """The values of one column, by id.

        Raises
        ------
        InvalidArgument
            No column has that id.

        Examples
        --------
        >>> expand("nginx:1.27").column("full")
        ['docker.io/library/nginx:1.27']
        """
        if key not in self.keys:
            raise InvalidArgument(f"no column {key!r}; the columns are: {', '.join(self.keys)}")
        i = self.keys.index(key)
        return [row[i] for row in self.rows]

    def __str__(self) -> str:
        return table(self.headings, self.rows)

    def __repr__(self) -> str:
        return str(self)

    def _repr_pretty_(self, printer, cycle) -> None:
        printer.text(str(self))

    def _repr_html_(self) -> str:
        head = "".join(f"<th>{html.escape(h)}</th>" for h in self.headings)
        body = "".join("<tr>" + "".join(f"<td><code>{html.escape(c)}</code></td>" for c in row) + "</tr>"
                       for row in self.rows)
        caption = f"<caption>{html.escape(self.caption)}</caption>" if self.caption else ""
        return f'<table class="tx-table">{caption}<tr>{head}</tr>{body}</table>'


def _headings(keys, lang):
    return tuple(i18n.text(f"teach.col_{k}", lang=lang) for k in keys)


def _short_digest(digest: str | None) -> str:
    return _NONE if not digest else digest[:19] + "…"


def expand(*references: str, lang: str | None = None) -> Table:
    """How Docker reads each image reference: registry, repository, tag, digest, full form.

    An invalid reference gets a row with Docker's own error message
    instead of raising, so that a learner can try anything.

    Parameters
    ----------
    *references : str
        What a learner would type after ``docker pull``.
    lang : {"en", "fr"}, optional
        Language of the headings (the learner's by default).

    Returns
    -------
    Table
        Column ids: ``typed``, ``registry``, ``repository``, ``tag``,
        ``digest``, ``full``.

    Examples
    --------
    >>> t = expand("localhost:5000/app", "NGINX", lang="fr")
    >>> t.headings[-1], t.column("registry")
    ('Docker utilise', ['localhost:5000', ''])
    >>> t.column("full")[1]
    'invalide : invalid reference format: repository name (library/NGINX) must be lowercase'
    """
    lang = i18n.resolve(lang)
    keys = ("typed", "registry", "repository", "tag", "digest", "full")
    rows = []
    for text in references:
        try:
            ref = parse_reference(text)
        except InvalidReference as err:
            rows.append((str(text), "", "", "", "", i18n.text("teach.invalid", lang=lang, message=str(err))))
            continue
        rows.append((text, ref.domain or _NONE, ref.path, ref.tag or _NONE, _short_digest(ref.digest), str(ref)))
    return Table(keys, _headings(keys, lang), tuple(rows), i18n.text("teach.caption_expand", lang=lang))


def image_size(world, image: str, host: str | None = None) -> int:
    """The nominal compressed size of a local image, in bytes: what a pull of it downloads at most.

    Each distinct layer counts once (see ``docs/simplifications.md`` for
    what a nominal size is).

    Raises
    ------
    NotFound
        The host has no such image.
    """
    return sum({l["digest"]: l["nominal_size"] for l in world.layers(image, host)}.values())


def sizes(world, *images: str, host: str | None = None, lang: str | None = None) -> Table:
    """Compare local images: their layers, download size and size on disk.

    The download size is the nominal compressed size (:func:`image_size`);
    the size on disk is what ``docker images`` shows (unpacked).

    Returns
    -------
    Table
        Column ids: ``image``, ``layers``, ``download``, ``disk``.

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> _ = w.pull("alpine:3.20"); _ = w.pull("nginx:1.27")
    >>> print(sizes(w, "alpine:3.20", "nginx:1.27", lang="en"))
    image         layers   download (compressed)   on disk (as docker images shows)
    alpine:3.20   1        3.63MB                  9.44MB
    nginx:1.27    7        70.1MB                  182MB
    """
    lang = i18n.resolve(lang)
    keys = ("image", "layers", "download", "disk")
    rows = []
    for image in images:
        size = image_size(world, image, host)
        rows.append((image, str(len(world.layers(image, host))), human_size(size), human_size(size * UNPACK_RATIO)))
    return Table(keys, _headings(keys, lang), tuple(rows), i18n.text("teach.caption_sizes", lang=lang))


def registries(world, lang: str | None = None) -> Table:
    """The registries of a world: address, name, kind, whether pulling needs a login, repositories.

    Returns
    -------
    Table
        Column ids: ``domain``, ``label``, ``kind``, ``login``, ``repositories``.

    Examples
    --------
    >>> import taxonomy as tx
    >>> w = tx.World()
    >>> _ = w.add_registry("dtr.contoso.local", kind="on-premises", label="Docker Trusted Registry")
    >>> print(registries(w, lang="en"))
    registry            name                          kind          login to pull   repositories
    docker.io           Docker Hub                    public        no              11
    dtr.contoso.local   Docker Trusted Registry       on-premises   yes             0
    mcr.microsoft.com   Microsoft Artifact Registry   public        no              3
    """
    lang = i18n.resolve(lang)
    keys = ("domain", "label", "kind", "login", "repositories")
    rows = []
    for domain in world.registries():
        d = world.graph.nodes[ids.registry_id(domain)]
        rows.append((domain, d.get("label") or domain, i18n.text(f"teach.kind_{d['registry_kind']}", lang=lang),
                     i18n.text("teach.yes" if d["require_login"] else "teach.no", lang=lang),
                     str(len(world.repositories(domain)))))
    return Table(keys, _headings(keys, lang), tuple(rows), i18n.text("teach.caption_registries", lang=lang))
