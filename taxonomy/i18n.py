"""Languages: the learner's language and the catalogue of texts the library adds.

Docker's own output (``Unable to find image ...``) stays exactly as Docker
prints it, in English. What the *explorer* adds, such as widget labels,
exercise and level feedback and glossary text, comes from a string catalogue:
one JSON file per topic and language, ``taxonomy/locale/<topic>.<lang>.json``,
each a flat mapping of keys (``"widgets.run"``) to texts with ``str.format``
fields (``"{count} images"``). A test checks that every key exists in every
language with the same fields.

The language is the one process-wide setting of the library, like a locale:
it belongs to the learner, not to a world. ``tx.set_language("fr")`` switches
it; every function that produces text also takes ``lang=`` to override it.

Examples
--------
>>> from taxonomy import i18n
>>> i18n.text("common.solved", lang="fr")
'Résolu !'
>>> i18n.text("common.commands_vs_par", lang="en", count=3, par=2)
'3 commands (par 2)'
"""

from __future__ import annotations

import json
import string
from functools import lru_cache
import os

from .errors import InvalidArgument

__all__ = ["LANGUAGES", "set_language", "get_language", "resolve", "text", "catalogue", "topics"]

#: The languages every text of the explorer exists in.
LANGUAGES = ("en", "fr")

_setting = {"lang": "en"}


def set_language(lang: str) -> None:
    """Choose the learner's language for widget labels, feedback and glossary.

    Parameters
    ----------
    lang : {"en", "fr"}

    Raises
    ------
    InvalidArgument
        For a language the explorer has no texts in.

    Examples
    --------
    >>> set_language("fr"); get_language()
    'fr'
    >>> set_language("en")
    >>> set_language("de")
    Traceback (most recent call last):
    ...
    taxonomy.errors.InvalidArgument: no texts in language 'de'; choose one of: en, fr
    """
    _setting["lang"] = resolve(lang)


def get_language() -> str:
    """The language chosen with :func:`set_language` (``"en"`` at start)."""
    return _setting["lang"]


def resolve(lang: str | None) -> str:
    """``lang`` checked, or the current language when it is None.

    Examples
    --------
    >>> resolve("FR")
    'fr'
    """
    if lang is None:
        return _setting["lang"]
    norm = str(lang).strip().lower().replace("_", "-").split("-")[0]
    if norm not in LANGUAGES:
        raise InvalidArgument(f"no texts in language {lang!r}; choose one of: {', '.join(LANGUAGES)}")
    return norm


def _locale_dir() -> str:
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), "locale")


@lru_cache(maxsize=None)
def topics() -> tuple:
    """The catalogue's topics: the ``<topic>`` part of its file names.

    Examples
    --------
    >>> "common" in topics()
    True
    """
    names = {f.split(".")[0] for f in os.listdir(_locale_dir()) if f.endswith(".json")}
    return tuple(sorted(names))


@lru_cache(maxsize=None)
def _load(topic: str, lang: str) -> dict:
    path = os.path.join(_locale_dir(), f"{topic}.{lang}.json")
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: a string catalogue must be a JSON object")
    return data


def catalogue(lang: str | None = None, topic: str | None = None) -> dict:
    """Every key and text in one language (optionally one topic only).

    Examples
    --------
    >>> sorted(catalogue("en", "common"))[:2]
    ['common.check', 'common.commands_vs_par']
    """
    lang = resolve(lang)
    merged: dict = {}
    for name in (topic,) if topic else topics():
        merged.update(_load(name, lang))
    return merged


def fields(template: str) -> set:
    """The ``{fields}`` a text fills in.

    Examples
    --------
    >>> sorted(fields("{count} commands (par {par})"))
    ['count', 'par']
    """
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def text(key: str, lang: str | None = None, **values) -> str:
    """The text for ``key`` in ``lang`` (the current language by default), filled in.

    A key missing from the catalogue is a bug in the explorer, not the
    learner's mistake, so it raises :class:`KeyError`.
    """
    lang = resolve(lang)
    topic = key.split(".", 1)[0]
    template = _load(topic, lang)[key]
    return template.format(**values) if values else template
