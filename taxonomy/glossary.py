"""The bilingual glossary: the source material's terms and their neighbours.

Every term of "Docker containers, images, and registries" (image,
container, Dockerfile, build, layer, tag, repository, registry, Docker Hub,
Azure Container Registry, Docker Trusted Registry, host, volume, multi-stage
build, multi-arch image, Compose, cluster, orchestrator …) and a few
neighbours a learner meets on the way (digest, manifest, image index,
mirror …) has an entry in English and in French: a definition, an example
command and related terms. The data lives in ``taxonomy/data/glossary.yaml``
and is read (with ``yaml.safe_load``) the first time it is needed, so
``import taxonomy`` stays light.

``glossary(term)`` accepts a name in either language, any case, with or
without accents, and answers in the learner's language
(:func:`taxonomy.set_language`) unless ``lang`` says otherwise. Think of it
as the index at the back of a textbook that is printed in two languages: you
may look a word up in either index, and you read the page in yours.

Examples
--------
>>> from taxonomy.glossary import glossary, terms
>>> glossary("registry", lang="fr").term
'registre'
>>> glossary("DEPOT", lang="en").term            # French name, no accents, any case
'repository'
>>> glossary("registre", lang="en").related[:2]
('repository', 'Docker Hub')
>>> print(glossary("volume", lang="fr").example)
docker volume create data
>>> "orchestrateur" in terms("fr")
True
>>> glossary("regsitry", lang="en")
Traceback (most recent call last):
    ...
taxonomy.errors.NotFound: no glossary entry for 'regsitry'; did you mean: registry, repository? tx.glossary.terms() lists every term
"""

from __future__ import annotations

import html
import os
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

from . import i18n
from .errors import InvalidArgument, NotFound

__all__ = ["Entry", "Glossary", "glossary", "lookup", "terms", "entries", "keys"]

_FIELDS = ("term", "definition", "example")


@dataclass(frozen=True)
class Entry:
    """One glossary entry in one language.

    Attributes
    ----------
    key : str
        The entry's stable id (``"multi-stage-build"``), the same in every language.
    lang : str
        The language of the texts below.
    term : str
        The name in that language (``"registre"``).
    definition : str
    example : str
        An example command line.
    related : tuple of str
        Related terms, named in the same language; each one is itself a
        glossary entry.
    related_keys : tuple of str
        The same, as keys.
    aliases : tuple of str
        Other names that find this entry.
    source : bool
        True for a term of the source material, False for a neighbour.
    runs : bool
        True when ``example`` runs as is in a fresh ``tx.World()``.
    names : mapping
        The term in every language (``{"en": "registry", "fr": "registre"}``).
    terminology : str
        Why this word was chosen in this language (the French entries say it,
        from French Docker usage); empty when there is no note.
    """

    key: str
    lang: str
    term: str
    definition: str
    example: str
    related: tuple
    related_keys: tuple
    aliases: tuple = ()
    source: bool = True
    runs: bool = False
    names: Mapping = field(default_factory=dict, compare=False, repr=False)
    terminology: str = ""

    def __repr__(self) -> str:
        return f"Entry(key={self.key!r}, lang={self.lang!r}, term={self.term!r})"

    def _other_names(self) -> str:
        return ", ".join(self.names[l] for l in i18n.LANGUAGES if l != self.lang)

    def __str__(self) -> str:
        t = lambda key: i18n.text(key, lang=self.lang)  # noqa: E731
        return "\n".join([
            f"{self.term} — {self.definition}",
            f"  {t('glossary.example')} {self.example}",
            f"  {t('glossary.related')} {', '.join(self.related)}",
            *([f"  {t('glossary.terminology')} {self.terminology}"] if self.terminology else []),
        ])

    def _repr_pretty_(self, printer, cycle) -> None:   # IPython's text/plain
        printer.text(str(self))

    def _repr_html_(self) -> str:
        t = lambda key, **kw: html.escape(i18n.text(key, lang=self.lang, **kw))  # noqa: E731
        kind = t("glossary.from_source" if self.source else "glossary.neighbour")
        other = t("glossary.in_other_language", term=self._other_names())
        related = ", ".join(f"<i>{html.escape(r)}</i>" for r in self.related)
        return (f'<div class="tx-glossary" lang="{self.lang}">'
                f"<p><b>{html.escape(self.term)}</b> <small>({other} · {kind})</small></p>"
                f"<p>{html.escape(self.definition)}</p>"
                f"<p>{t('glossary.example')} <code>{html.escape(self.example)}</code></p>"
                f"<p>{t('glossary.related')} {related}</p>"
                + (f"<p><small>{t('glossary.terminology')} {html.escape(self.terminology)}</small></p>"
                   if self.terminology else "") + "</div>")


def _norm(text: str) -> str:
    """A name folded for lookup: no accents, case folded, dashes as spaces.

    Examples
    --------
    >>> _norm("  Hôte-Docker ")
    'hote docker'
    >>> _norm("Index d’images")
    "index d'images"
    """
    decomposed = unicodedata.normalize("NFKD", str(text))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.casefold().replace("’", "'").replace("-", " ").replace("_", " ")
    return " ".join(plain.split())


def _check(data) -> dict:
    """Check the data file's shape; a problem is a bug in the file, so ValueError."""
    if not isinstance(data, dict) or data.get("version") != 1 or not isinstance(data.get("terms"), dict):
        raise ValueError("glossary.yaml: expected 'version: 1' and a 'terms' mapping")
    raw = data["terms"]
    for key, entry in raw.items():
        where = f"glossary.yaml: entry {key!r}"
        if not isinstance(entry, dict):
            raise ValueError(f"{where}: expected a mapping")
        for lang in i18n.LANGUAGES:
            texts = entry.get(lang)
            if not isinstance(texts, dict):
                raise ValueError(f"{where}: no {lang!r} texts")
            for name in _FIELDS:
                if not isinstance(texts.get(name), str) or not texts[name].strip():
                    raise ValueError(f"{where}: {lang}.{name} is missing or empty")
            if "terminology" in texts and (not isinstance(texts["terminology"], str) or not texts["terminology"].strip()):
                raise ValueError(f"{where}: {lang}.terminology, when given, is a text")
        related = entry.get("related")
        if not isinstance(related, list) or not related:
            raise ValueError(f"{where}: 'related' must list other entries")
        for other in related:
            if other not in raw or other == key:
                raise ValueError(f"{where}: related term {other!r} is not another entry")
    return raw


@lru_cache(maxsize=None)
def _raw() -> dict:
    import yaml   # PyYAML is loaded on the first lookup only
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "glossary.yaml")
    with open(path, encoding="utf-8") as f:
        return _check(yaml.safe_load(f.read()))


@lru_cache(maxsize=None)
def _entries(lang: str) -> tuple:
    raw = _raw()
    out = []
    for key, entry in raw.items():
        texts = entry[lang]
        related = tuple(entry["related"])
        out.append(Entry(
            key=key, lang=lang, term=texts["term"].strip(), definition=" ".join(texts["definition"].split()),
            example=texts["example"].strip(), related=tuple(raw[r][lang]["term"].strip() for r in related),
            related_keys=related, aliases=tuple(str(a) for a in texts.get("aliases") or ()),
            source=bool(entry.get("source", False)), runs=bool(entry.get("runs", False)),
            names=MappingProxyType({l: raw[key][l]["term"].strip() for l in i18n.LANGUAGES}),
            terminology=" ".join(str(texts.get("terminology") or "").split())))
    return tuple(out)


@lru_cache(maxsize=None)
def _index() -> Mapping:
    """Every folded name (keys, terms and aliases in every language) to its key."""
    index: dict[str, str] = {}
    for lang in i18n.LANGUAGES:
        for e in _entries(lang):
            for name in (e.key, e.term, *e.aliases):
                folded = _norm(name)
                if index.setdefault(folded, e.key) != e.key:
                    raise ValueError(f"glossary.yaml: the name {name!r} means both {index[folded]!r} and {e.key!r}")
    return MappingProxyType(index)


def _find(folded: str) -> str | None:
    index = _index()
    if folded in index:
        return index[folded]
    for cut, add in (("ies", "y"), ("es", ""), ("s", "")):   # plurals: registries, images
        if folded.endswith(cut) and folded[: -len(cut)] + add in index:
            return index[folded[: -len(cut)] + add]
    return None


def lookup(term: str, lang: str | None = None) -> Entry:
    """The entry for ``term`` (English or French, any case), in ``lang``.

    Parameters
    ----------
    term : str
        A term, one of its aliases or its key: ``"registry"``, ``"Registre"``,
        ``"ACR"``, ``"multi-stage build"``, ``"images"``.
    lang : {"en", "fr"}, optional
        The language of the answer; the learner's language by default.

    Returns
    -------
    Entry

    Raises
    ------
    NotFound
        No such term; the message suggests the nearest names.
    InvalidArgument
        ``term`` is not text, or ``lang`` is not a language of the explorer.

    Examples
    --------
    >>> lookup("ACR", lang="en").term
    'Azure Container Registry'
    >>> lookup("images", lang="fr").key
    'image'
    >>> lookup("conteneurs", lang="en").term
    'container'
    """
    lang = i18n.resolve(lang)
    if not isinstance(term, str) or not term.strip():
        raise InvalidArgument(f"a glossary term is a word such as 'registry', not {term!r}")
    key = _find(_norm(term))
    if key is None:
        import difflib
        near = difflib.get_close_matches(_norm(term), sorted(_index()), n=5, cutoff=0.7)
        suggestions = list(dict.fromkeys(_by_key(lang)[_index()[n]].term for n in near))[:3]
        if suggestions:
            raise NotFound(i18n.text("glossary.not_found", lang=lang, term=repr(term),
                                     suggestions=", ".join(suggestions)))
        raise NotFound(i18n.text("glossary.not_found_plain", lang=lang, term=repr(term)))
    return _by_key(lang)[key]


@lru_cache(maxsize=None)
def _by_key(lang: str) -> Mapping:
    return MappingProxyType({e.key: e for e in _entries(lang)})


def entries(lang: str | None = None) -> tuple:
    """Every entry in ``lang``, in the order of the data file (source terms first).

    Examples
    --------
    >>> [e.key for e in entries("en")][:3]
    ['image', 'container', 'dockerfile']
    """
    return _entries(i18n.resolve(lang))


def keys() -> tuple:
    """Every entry's key, in the order of the data file."""
    return tuple(e.key for e in _entries(i18n.LANGUAGES[0]))


def terms(lang: str | None = None) -> list:
    """Every term in ``lang``, sorted alphabetically (accents ignored).

    Examples
    --------
    >>> terms("fr")[:4]
    ['Azure Container Registry', 'build', 'build multi-étapes', 'cluster']
    """
    return sorted((e.term for e in _entries(i18n.resolve(lang))), key=lambda t: (_norm(t), t))


class Glossary:
    """The glossary as one callable object: ``tx.glossary("registry", lang="fr")``.

    Calling it is :func:`lookup`; its methods are :func:`terms`,
    :func:`entries` and :func:`keys`. It holds no state of its own.

    Examples
    --------
    >>> glossary("layer", lang="fr").term
    'couche'
    >>> len(glossary.terms("en")) == len(glossary.keys())
    True
    """

    def __call__(self, term: str, lang: str | None = None) -> Entry:
        return lookup(term, lang)

    @staticmethod
    def terms(lang: str | None = None) -> list:
        return terms(lang)

    @staticmethod
    def entries(lang: str | None = None) -> tuple:
        return entries(lang)

    @staticmethod
    def keys() -> tuple:
        return keys()

    def __repr__(self) -> str:
        return "<glossary: call it with a term, e.g. glossary('registry'); glossary.terms() lists them>"


#: The glossary; ``from taxonomy.glossary import glossary``.
glossary = Glossary()
