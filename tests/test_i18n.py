"""The string catalogue: every key in every language, with the same fields."""

import pytest

import taxonomy as tx
from taxonomy import i18n


@pytest.mark.parametrize("topic", i18n.topics())
def test_every_key_exists_in_every_language_with_the_same_fields(topic):
    per_lang = {lang: i18n.catalogue(lang, topic) for lang in i18n.LANGUAGES}
    keys = {lang: set(cat) for lang, cat in per_lang.items()}
    assert keys["en"] == keys["fr"], keys["en"] ^ keys["fr"]
    for key in keys["en"]:
        assert key.startswith(topic + "."), f"{key} is in {topic}.*.json"
        assert i18n.fields(per_lang["en"][key]) == i18n.fields(per_lang["fr"][key]), key
        assert per_lang["fr"][key].strip(), key


def test_french_texts_are_translated_not_copied():
    en, fr = i18n.catalogue("en"), i18n.catalogue("fr")
    same = [k for k in en if en[k] == fr[k] and len(en[k]) > 12]
    assert len(same) <= len(en) // 10, same


def test_set_language_switches_the_default_and_refuses_unknown_languages():
    try:
        tx.set_language("fr")
        assert tx.get_language() == "fr"
        assert i18n.text("common.solved") == "Résolu !"
        assert i18n.text("common.solved", lang="en") == "Solved!"
        with pytest.raises(tx.InvalidArgument, match="'xx'"):
            tx.set_language("xx")
        assert tx.get_language() == "fr"
    finally:
        tx.set_language("en")


def test_a_missing_key_is_a_bug_not_a_learner_error():
    with pytest.raises(KeyError):
        i18n.text("common.no_such_key")
