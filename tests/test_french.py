"""French that reads as French: the notebooks name the buttons as they read, and one word for each Docker term.

The button labels are read from the string catalogue each time (the widgets
may be renamed), and compared with the **bold** names in the notebooks'
text: a button named in a notebook's markdown must read exactly as the
catalogue labels it in that notebook's language.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from taxonomy import i18n

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
_BOLD = re.compile(r"\*\*(.+?)\*\*")


def _labels(lang) -> dict:
    """Key → label of every button-like text: widgets (not the node kinds), level panel, common words."""
    cat = {**i18n.catalogue(lang, "widgets"), **i18n.catalogue(lang, "levels"), **i18n.catalogue(lang, "common")}
    return {k: v for k, v in cat.items()
            if not k.startswith("widgets.kind.") and (k.startswith(("widgets.", "levels.ui.", "common.")))
            and "{" not in v and len(v) <= 30 and not k.endswith(("_tip", "_summary"))}


def _markdown(path) -> list:
    nb = json.loads(path.read_text(encoding="utf-8"))
    return ["".join(c["source"]) if c["cell_type"] == "markdown" else None for c in nb["cells"]]


PAIRS = [(p.name) for p in sorted((NOTEBOOKS / "en").glob("[0-9][0-9]_*.ipynb"))]


@pytest.mark.parametrize("name", PAIRS)
def test_the_notebooks_name_the_buttons_as_they_read_in_each_language(name):
    en, fr = _labels("en"), _labels("fr")
    by_label = {}
    for key, label in en.items():
        by_label.setdefault(label, []).append(key)
    en_cells, fr_cells = _markdown(NOTEBOOKS / "en" / name), _markdown(NOTEBOOKS / "fr" / name)
    named = 0
    for i, (a, b) in enumerate(zip(en_cells, fr_cells)):
        if a is None:
            continue
        fr_bold = set(_BOLD.findall(b))
        for bold in _BOLD.findall(a):
            keys = by_label.get(bold)
            if not keys:
                continue
            named += 1
            wanted = {fr[k] for k in keys}
            assert fr_bold & wanted, (f"{name} cell {i}: the English text names the button **{bold}**; "
                                      f"the French text should name it **{' / '.join(sorted(wanted))}**")
        # no English-only label in the French text, and no French-only label in the English one
        english_only = {v for k, v in en.items() if v != fr.get(k)}
        french_only = {v for k, v in fr.items() if v != en.get(k)}
        assert not fr_bold & english_only - set(fr.values()), (name, i, fr_bold & english_only)
        assert not set(_BOLD.findall(a)) & french_only - set(en.values()), (name, i)
    assert named or name not in {"00_start_here.ipynb", "02_building_images.ipynb", "04_registries.ipynb"}


def test_the_test_sees_a_wrong_button_name():
    fr = _labels("fr")
    assert "Annuler" in fr.values() and "Undo" not in fr.values()
    assert "Undo" in _labels("en").values()


# one word per term: what the French text must not say, and what to write instead (see the glossary's notes)
AVOID = {
    r"\b[Tt]ir(?:er|e|ent|é|ée|és|ées|ez|age|ages|erait|eraient|era)\b(?! ←)": "récupérer (pull); « tirer » is a calque of the source page",
    r"\bl[’']Explorer\b": "l'explorateur (the tool) or le widget `Explorer`",
    r"\b(?:le|du|au) laptop\b": "`laptop`, the host's name, written as code",
    r"\bcondensés?\b": "empreinte (digest)",
    r"\bdispositions? d[’']image\b": "layout d'image OCI",
    r"\bétiquette\b": "tag",
    r"\bPoints clés\b": "À retenir",
}
_FRENCH_FILES = sorted((NOTEBOOKS / "fr").glob("*.ipynb"))


def _french_texts():
    for path in _FRENCH_FILES:
        for i, text in enumerate(_markdown(path)):
            if text:
                yield f"{path.name}[{i}]", text
    for path in sorted((ROOT / "taxonomy" / "locale").glob("*.fr.json")):
        if path.name == "widgets.fr.json":   # the widgets' own labels are reviewed with the widgets
            continue
        for key, text in json.loads(path.read_text(encoding="utf-8")).items():
            yield key, text
    import yaml
    for path in sorted((ROOT / "taxonomy" / "levels").glob("*.yaml")):
        level = yaml.safe_load(path.read_text(encoding="utf-8"))
        texts = [level["title"]["fr"], level["introduction"]["fr"], *(h["fr"] for h in level["hints"])]
        for text in texts:
            yield path.name, text
    glossary = yaml.safe_load((ROOT / "taxonomy" / "data" / "glossary.yaml").read_text(encoding="utf-8"))
    for key, entry in glossary["terms"].items():
        yield f"glossary {key}", entry["fr"]["definition"]
    for path in (ROOT / "docs" / "guide_formateur.md", ROOT / "docs" / "aide_memoire.md"):   # docs/handout.md in French
        yield path.name, path.read_text(encoding="utf-8")


def test_one_french_word_for_each_docker_term():
    found = []
    for where, text in _french_texts():
        # a quoted alias or an explicit "(not tirer)" note in the guide may name the word it rejects
        text = re.sub(r"«[^»]*»", "", text)
        for pattern, instead in AVOID.items():
            for m in re.finditer(pattern, text):
                found.append(f"{where}: {m.group(0)!r} → {instead}")
    assert not found, "\n".join(found)


def test_the_glossary_justifies_each_french_term_in_french():
    import taxonomy as tx
    for key in tx.glossary.keys():
        entry = tx.glossary(key, lang="fr")
        assert len(entry.terminology) > 40, key
        assert "Terminologie :" in str(entry)
    assert "récupérer" in tx.glossary("pull", lang="fr").terminology
    assert "Tirer" in tx.glossary("pull", lang="fr").terminology    # the rejected calque is named, and why
    assert "pousser" in tx.glossary("push", lang="fr").terminology
    assert "construire" in tx.glossary("build", lang="fr").terminology
    assert "« tag »" in tx.glossary("tag", lang="fr").terminology
    assert tx.glossary("tirer", lang="fr").key == "pull"        # a learner who types the calque still finds it
