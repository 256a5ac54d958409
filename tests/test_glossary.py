"""The bilingual glossary: complete in both languages, consistent, found by any of its names."""

import html
import subprocess
import sys

import pytest

import taxonomy as tx
import importlib

G = importlib.import_module("taxonomy.glossary")   # the module; tx.glossary is the lookup function
from taxonomy import i18n
from taxonomy.glossary import Entry, entries, glossary, keys, lookup, terms

#: The terms issue 5 names, by their English name.
REQUIRED = ("image", "container", "Dockerfile", "build", "build context", "layer", "tag", "digest",
            "repository", "registry", "Docker Hub", "Azure Container Registry", "Docker Trusted Registry",
            "host", "volume", "multi-stage build", "multi-arch image", "Compose", "cluster", "orchestrator")


def test_every_required_term_has_an_entry():
    english = set(terms("en"))
    assert set(REQUIRED) <= english, set(REQUIRED) - english


@pytest.mark.parametrize("key", keys())
def test_every_entry_is_complete_in_both_languages(key):
    for lang in i18n.LANGUAGES:
        e = lookup(key, lang)
        assert e.key == key and e.lang == lang
        for field in ("term", "definition", "example"):
            assert getattr(e, field).strip(), (key, lang, field)
        assert e.related and len(e.related) == len(e.related_keys)
        assert e.definition.endswith("."), (key, lang)
    en, fr = lookup(key, "en"), lookup(key, "fr")
    assert en.definition != fr.definition
    assert en.related_keys == fr.related_keys
    assert dict(en.names) == dict(fr.names) == {"en": en.term, "fr": fr.term}


@pytest.mark.parametrize("key", keys())
def test_related_terms_exist_and_are_named_in_the_same_language(key):
    for lang in i18n.LANGUAGES:
        e = lookup(key, lang)
        assert key not in e.related_keys
        for name, other in zip(e.related, e.related_keys):
            assert other in keys()
            assert lookup(name, lang).key == other
            assert name == lookup(other, lang).term


def test_french_texts_use_the_typographic_apostrophe():
    for e in entries("fr"):
        assert "'" not in e.definition + e.term, e.key


def test_node_kind_definitions_survive_the_explorers_html_escaping():
    # The Explorer escapes definitions; tests of the widgets compare escaped text.
    for kind in ("registry", "repository", "tag", "image", "layer", "container", "host", "volume"):
        text = lookup(kind, "en").definition
        assert html.escape(text) == text, kind


@pytest.mark.parametrize("name, key", [
    ("registre", "registry"), ("Registre", "registry"), ("REGISTRY", "registry"),
    ("dépôt", "repository"), ("depot", "repository"), ("référentiel", "repository"), ("repo", "repository"),
    ("conteneur", "container"), ("conteneurs", "container"), ("containers", "container"),
    ("registries", "registry"), ("images", "image"), ("hôte", "host"), ("Docker host", "host"),
    ("hôte Docker", "host"), ("couche", "layer"), ("empreinte", "digest"), ("étiquette", "tag"),
    ("build multi-étapes", "multi-stage-build"), ("multistage", "multi-stage-build"),
    ("multi_stage_build", "multi-stage-build"), ("image multi-architecture", "multi-arch-image"),
    ("ACR", "azure-container-registry"), ("dtr", "docker-trusted-registry"), ("docker.io", "docker-hub"),
    ("orchestrateur", "orchestrator"), ("grappe", "cluster"), ("contexte de build", "build-context"),
    ("index d'images", "image-index"), ("index d’images", "image-index"), ("  Docker   Compose ", "compose"),
    ("mcr.microsoft.com", "microsoft-artifact-registry"),
])
def test_lookup_accepts_english_and_french_names_any_case_and_accents(name, key):
    assert lookup(name, "en").key == key
    assert glossary(name, lang="fr").key == key


def test_the_answer_comes_in_the_learners_language():
    try:
        tx.set_language("fr")
        assert glossary("registry").term == "registre"
        assert glossary("registry", lang="en").term == "registry"
        tx.set_language("en")
        assert glossary("registre").term == "registry"
    finally:
        tx.set_language("en")


def test_unknown_term_raises_not_found_with_near_matches():
    with pytest.raises(tx.NotFound, match=r"no glossary entry for 'contaner'; did you mean: container\?") as info:
        glossary("contaner", lang="en")
    assert isinstance(info.value, LookupError)
    with pytest.raises(tx.NotFound, match="vouliez-vous dire : conteneur ?"):
        glossary("contaner", lang="fr")
    with pytest.raises(tx.NotFound, match=r"^no glossary entry for 'zzzz'; tx.glossary.terms\(\) lists every term$"):
        glossary("zzzz", lang="en")
    with pytest.raises(tx.NotFound, match="^aucune entrée du glossaire pour 'zzzz'"):
        glossary("zzzz", lang="fr")


@pytest.mark.parametrize("bad", ["", "   ", None, 3])
def test_a_term_must_be_text(bad):
    with pytest.raises(tx.InvalidArgument, match="a glossary term is a word"):
        glossary(bad)


def test_an_unknown_language_is_refused():
    with pytest.raises(tx.InvalidArgument, match="no texts in language 'de'"):
        glossary("image", lang="de")


def test_terms_are_sorted_ignoring_case_and_accents():
    fr = terms("fr")
    assert fr == sorted(fr, key=lambda t: G._norm(t))
    assert "registre" in fr and "hôte" in fr and len(fr) == len(keys()) == len(set(fr))
    assert glossary.terms("en") == terms("en")


def test_source_terms_are_marked_and_come_first():
    flags = {e.term: e.source for e in entries("en")}
    assert all(flags[t] for t in REQUIRED if t != "digest")   # the source names no digest
    assert not flags["mirror"] and not flags["manifest"]
    assert [e.key for e in entries("en")][:2] == ["image", "container"]


def test_every_name_means_one_entry_only():
    index = G._index()
    assert len(set(index.values())) == len(keys())


def test_an_entry_prints_and_renders_in_its_language():
    e = glossary("volume", lang="fr")
    text = str(e)
    assert text.startswith("volume — Un volume est")
    assert "  Exemple : docker volume create data" in text and "  Voir aussi : conteneur, hôte" in text
    page = e._repr_html_()
    assert 'lang="fr"' in page and "en anglais : volume" in page and "<code>docker volume create data</code>" in page
    assert repr(e) == "Entry(key='volume', lang='fr', term='volume')"
    en = glossary("dockerfile", lang="en")._repr_html_()
    assert "in French: Dockerfile" in en and "a term of the source material" in en
    assert "a neighbouring term" in glossary("mirror", lang="en")._repr_html_()


def test_an_entry_is_immutable_and_truthy():
    e = glossary("tag", lang="en")
    assert e and isinstance(e, Entry)
    with pytest.raises(AttributeError):
        e.term = "x"


@pytest.mark.parametrize("key", [k for k in keys() if lookup(k, "en").runs])
def test_examples_marked_runnable_run_in_a_fresh_world(key):
    for lang in i18n.LANGUAGES:
        result = tx.World().docker(lookup(key, lang).example)
        assert result.exit_code == 0, (key, lang, result.output)


def test_examples_are_docker_command_lines():
    for e in entries("en"):
        assert e.example.split()[0] in ("docker", "kubectl", "dockerd"), e.key


def test_the_explorer_shows_the_glossary_definition():
    from taxonomy.views.widgets import definition
    assert definition("registry", "fr") == lookup("registry", "fr").definition
    assert definition("tag", "en").startswith("A tag is a movable name for an image (nginx:1.27);")


def test_the_data_file_is_read_on_first_use_only():
    code = ("import sys, taxonomy, taxonomy.glossary; g = sys.modules['taxonomy.glossary']; before = g._raw.cache_info().currsize; "
            "g.lookup('image', 'en'); print(before, g._raw.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["0", "1"]


def _good():
    texts = {"term": "x", "definition": "An x.", "example": "docker ps"}
    return {"version": 1, "terms": {"a": {"related": ["b"], "en": dict(texts), "fr": dict(texts)},
                                     "b": {"related": ["a"], "en": dict(texts), "fr": dict(texts)}}}


@pytest.mark.parametrize("breakage, message", [
    (lambda d: d.update(version=2), "expected 'version: 1'"),
    (lambda d: d["terms"]["a"].pop("fr"), "entry 'a': no 'fr' texts"),
    (lambda d: d["terms"]["a"]["en"].update(definition="  "), "entry 'a': en.definition is missing or empty"),
    (lambda d: d["terms"]["a"].update(related=["nosuch"]), "related term 'nosuch' is not another entry"),
    (lambda d: d["terms"]["a"].update(related=["a"]), "related term 'a' is not another entry"),
    (lambda d: d["terms"]["a"].update(related=[]), "'related' must list other entries"),
    (lambda d: d["terms"].update(c="text"), "entry 'c': expected a mapping"),
])
def test_a_malformed_data_file_is_a_bug_with_a_clear_message(breakage, message):
    data = _good()
    G._check(data)
    breakage(data)
    with pytest.raises(ValueError, match=message):
        G._check(data)
