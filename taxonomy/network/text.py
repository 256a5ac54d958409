"""Words and tables of the network lab: estimates, links, comparisons, ``docker pull --estimate``.

Everything here turns results into text in the learner's language (the
``network.*`` keys of the string catalogue); numbers use a decimal comma in
French. Tables print as aligned text and render as HTML in a notebook.

Examples
--------
>>> import taxonomy as tx
>>> w = tx.World()
>>> for line in pull_estimate_lines(w.estimate_pull("alpine:3.20"), lang="en"):
...     print(line)
[model] estimated pull time: 0.47 s (laptop at home ← docker.io at internet: 100 Mbit/s, RTT 15 ms)
[model] b769692df7c6: waiting 0.01 s, transfer 0.29 s, extraction 0.09 s
>>> seconds(123.4, "fr"), seconds(0.0834, "en")
('123 s', '0.08 s')
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from .. import i18n
from ..content import short_id
from ..tabwriter import table as _tabwriter
from ..units import human_size
from .locations import SOURCES

__all__ = [
    "NetTable",
    "LinksTable",
    "ComparisonTable",
    "seconds",
    "number",
    "human_size",
    "location_label",
    "estimate_text",
    "estimate_html",
    "class_text",
    "class_html",
    "class_notes",
    "links_table",
    "comparison_table",
    "pull_estimate_lines",
]


def number(value: float, lang: str | None = None) -> str:
    """A figure as the lab prints it: up to 3 significant digits, decimal comma in French.

    Examples
    --------
    >>> number(12_500, "en"), number(0.5, "fr"), number(26.666, "en")
    ('12500', '0,5', '26.7')
    """
    lang = i18n.resolve(lang)
    if value is None:
        return "—"
    if abs(value) >= 100 or float(value).is_integer():
        text = f"{value:.0f}"
    elif abs(value) >= 10:
        text = f"{value:.1f}"
    else:
        text = f"{value:.2g}" if abs(value) < 1 else f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang == "fr" else text


def seconds(value: float, lang: str | None = None) -> str:
    """A duration in seconds: ``0.08 s``, ``7.3 s``, ``123 s`` (decimal comma in French).

    Examples
    --------
    >>> seconds(7.31, "fr")
    '7,3 s'
    """
    lang = i18n.resolve(lang)
    if value < 10:
        text = f"{value:.2f}" if value < 1 else f"{value:.1f}"
    else:
        text = f"{value:.0f}"
    return (text.replace(".", ",") if lang == "fr" else text) + " s"


def location_label(place: str, lang: str | None = None) -> str:
    """A place's name for people (``office`` → "office LAN"), or the place itself when it was added."""
    key = f"network.location.{place}"
    try:
        return i18n.text(key, lang=lang)
    except KeyError:
        return place


def _source_text(source: str, lang: str | None) -> str:
    try:
        return i18n.text(f"network.source.{source}", lang=lang)
    except KeyError:
        return SOURCES.get(source, source)


@dataclass(frozen=True)
class NetTable:
    """A small table: headings, rows of text and a caption; prints aligned, renders as HTML."""

    headings: tuple
    rows: tuple
    caption: str = ""

    def __str__(self) -> str:
        body = _tabwriter(list(self.headings), [list(r) for r in self.rows], minwidth=0)
        return (self.caption + "\n" if self.caption else "") + body

    def _repr_html_(self) -> str:
        head = "".join(f"<th>{html.escape(h)}</th>" for h in self.headings)
        body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in r) + "</tr>" for r in self.rows)
        cap = f"<caption>{html.escape(self.caption)}</caption>" if self.caption else ""
        return f'<table class="tx-network">{cap}<tr>{head}</tr>{body}</table>'

    def column(self, index: int) -> list:
        """The values of one column."""
        return [r[index] for r in self.rows]


@dataclass(frozen=True)
class LinksTable(NetTable):
    """The links of a world (``world.links()``); ``links`` holds the :class:`~taxonomy.network.locations.Link` records."""

    links: tuple = ()

    def __repr__(self) -> str:
        return f"LinksTable({len(self.links)} links)"


@dataclass(frozen=True)
class ComparisonTable(NetTable):
    """Registries compared for one image and one place (``world.compare_registries``).

    ``estimates`` maps each registry to its
    :class:`~taxonomy.network.pullmodel.ClassPullEstimate`.
    """

    estimates: dict = field(default_factory=dict)

    @property
    def totals(self) -> dict:
        """Registry → seconds until the last host has the image."""
        return {r: e.total for r, e in self.estimates.items()}

    @property
    def fastest(self) -> str:
        """The registry with the shortest rollout."""
        return min(self.estimates, key=lambda r: (self.estimates[r].total, r))

    def __repr__(self) -> str:
        return f"ComparisonTable({', '.join(self.estimates)})"


def links_table(links, lang: str | None = None) -> LinksTable:
    """The table of ``links`` (sorted as given): places, figures, shared, source."""
    lang = i18n.resolve(lang)
    t = lambda k: i18n.text(k, lang=lang)  # noqa: E731
    rows = tuple((l.a, l.b, number(l.bandwidth, lang), number(l.rtt, lang),
                  t("network.yes") if l.shared else t("network.no"), _source_text(l.source, lang)) for l in links)
    headings = tuple(t(f"network.col.{k}") for k in ("from", "to", "bandwidth", "rtt", "shared", "source"))
    return LinksTable(headings, rows, t("network.links.caption"), tuple(links))


def comparison_table(rows, lang: str | None = None) -> ComparisonTable:
    """The table of (registry, ClassPullEstimate) pairs, fastest first."""
    lang = i18n.resolve(lang)
    t = lambda k: i18n.text(k, lang=lang)  # noqa: E731
    ordered = sorted(rows, key=lambda r: (r[1].total, r[0]))
    body = []
    for registry, c in ordered:
        e = c.slowest
        body.append((registry, e.source_location, number(e.rtt, lang), number(e.bandwidth, lang),
                     seconds(e.setup + e.upstream, lang), seconds(e.download, lang),
                     seconds(e.extraction_tail, lang), seconds(c.total, lang)))
    first = rows[0][1] if rows else None
    caption = (i18n.text("network.cmp.caption", lang=lang, image=first.image, hosts=first.hosts,
                         location=location_label(first.estimates[0].host_location, lang)) if first else "")
    headings = tuple(t(f"network.col.{k}") for k in ("registry", "location", "rtt", "per_host", "setup",
                                                     "download", "tail", "total"))
    return ComparisonTable(headings, tuple(body), caption, {r: c for r, c in ordered})


def _layer_rows(est, lang):
    rows = []
    for l in est.layers:
        if l.present:
            rows.append((short_id(l.digest), human_size(l.size), i18n.text("network.est.already", lang=lang),
                         "0 s", "0 s", "—"))
        else:
            rows.append((short_id(l.digest), human_size(l.size), seconds(l.waiting, lang), seconds(l.transfer, lang),
                         seconds(l.extraction, lang), seconds(l.extracted_at, lang)))
    return rows


def _estimate_parts(est, lang):
    t = i18n.text
    who = est.host if est.host is not None else t("network.est.new_host", lang=lang)
    title = t("network.est.title", lang=lang, image=est.image, host=who,
              location=location_label(est.host_location, lang), source=est.source,
              source_location=location_label(est.source_location, lang))
    shared = t("network.est.shared_by", lang=lang, count=est.on_link) if est.shared and est.on_link > 1 else ""
    uplink = ("" if est.uplink is None else
              t("network.est.uplink", lang=lang, uplink=number(est.uplink, lang), count=est.pulling))
    link = t("network.est.link", lang=lang, link=number(est.link, lang), shared=shared, uplink=uplink,
             rtt=number(est.rtt, lang), bandwidth=number(est.bandwidth, lang), slots=est.concurrency)
    setup = t("network.est.setup", lang=lang, time=seconds(est.setup, lang))
    lines = [title, link, setup]
    if est.upstream:
        lines.append(t("network.est.upstream", lang=lang, registry=est.registry, time=seconds(est.upstream, lang)))
    headings = tuple(t(f"network.col.{k}", lang=lang) for k in ("layer", "size", "waiting", "transfer",
                                                                "extraction", "done"))
    total = t("network.est.total", lang=lang, total=seconds(est.total, lang), size=human_size(est.downloaded),
              missing=est.missing, present=est.present)
    return lines, headings, _layer_rows(est, lang), total


def estimate_text(est, lang: str | None = None) -> str:
    """A :class:`~taxonomy.network.pullmodel.PullEstimate` as text: the link, setup, one row per layer, the total."""
    lang = i18n.resolve(lang)
    lines, headings, rows, total = _estimate_parts(est, lang)
    return "\n".join([*lines, _tabwriter(list(headings), [list(r) for r in rows], minwidth=0), total])


def estimate_html(est, lang: str | None = None) -> str:
    """A :class:`~taxonomy.network.pullmodel.PullEstimate` as an HTML table."""
    lang = i18n.resolve(lang)
    lines, headings, rows, total = _estimate_parts(est, lang)
    body = NetTable(headings, tuple(rows))._repr_html_()
    top = "".join(f"<div>{html.escape(x)}</div>" for x in lines[1:])
    return (f'<div class="tx-estimate"><b>{html.escape(lines[0])}</b>{top}{body}'
            f"<div><b>{html.escape(total)}</b></div></div>")


def class_notes(registry: str, mirror: str | None, hosts: int, lang: str | None = None) -> tuple:
    """Remarks on a class pull: Docker Hub's pull limits when many hosts pull it directly."""
    if registry == "docker.io" and mirror is None and hosts > 10:
        return (i18n.text("network.note.hub_limit", lang=lang, hosts=hosts),)
    return ()


def _class_lines(c, lang):
    t = i18n.text
    head = t("network.class.title", lang=lang, hosts=c.hosts, image=c.image, source=c.source)
    total = t("network.class.total", lang=lang, total=seconds(c.total, lang), size=human_size(c.downloaded))
    return head, total


def class_text(c, lang: str | None = None) -> str:
    """A :class:`~taxonomy.network.pullmodel.ClassPullEstimate` as text: the slowest host's breakdown and the total."""
    lang = i18n.resolve(lang)
    head, total = _class_lines(c, lang)
    return "\n".join([head, estimate_text(c.slowest, lang), total, *c.notes])


def class_html(c, lang: str | None = None) -> str:
    """A :class:`~taxonomy.network.pullmodel.ClassPullEstimate` as HTML."""
    lang = i18n.resolve(lang)
    head, total = _class_lines(c, lang)
    notes = "".join(f"<div class='tx-note'>{html.escape(n)}</div>" for n in c.notes)
    return (f"<div class='tx-class-estimate'><b>{html.escape(head)}</b>{estimate_html(c.slowest, lang)}"
            f"<div><b>{html.escape(total)}</b></div>{notes}</div>")


def pull_estimate_lines(est, lang: str | None = None) -> list:
    """The ``[model]`` lines ``docker pull --estimate`` adds after Docker's own output.

    One line for the total and the link, then one per layer, bottom first.
    """
    lang = i18n.resolve(lang)
    t = i18n.text
    lines = [t("network.pull.estimate", lang=lang, total=seconds(est.total, lang), host=est.host or "-",
               location=est.host_location, source=est.source, source_location=est.source_location,
               bandwidth=number(est.bandwidth, lang), rtt=number(est.rtt, lang))]
    for l in est.layers:
        if l.present:
            lines.append(t("network.pull.layer_present", lang=lang, layer=short_id(l.digest)))
        else:
            lines.append(t("network.pull.layer", lang=lang, layer=short_id(l.digest), waiting=seconds(l.waiting, lang),
                           transfer=seconds(l.transfer, lang), extraction=seconds(l.extraction, lang)))
    return lines


