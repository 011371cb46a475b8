"""The one text catalogue: every text in both languages, no sentence twice, one fallback."""

from __future__ import annotations

import pytest

from bot.i18n import DAY_NAMES, LANGUAGES, ROLE_NAMES, TEXTS, language_of, t


def test_every_key_has_dutch_and_english() -> None:
    missing = [(key, lang) for key, texts in TEXTS.items() for lang in LANGUAGES if not texts.get(lang)]
    assert missing == []
    assert all(set(texts) == set(LANGUAGES) for texts in TEXTS.values())
    assert set(DAY_NAMES) == set(ROLE_NAMES) == set(LANGUAGES)


def test_no_two_keys_carry_the_same_sentence() -> None:
    seen: dict[str, str] = {}
    twice = []
    for key, texts in TEXTS.items():
        for text in texts.values():
            if text in seen and seen[text] != key:
                twice.append((seen[text], key, text))
            seen.setdefault(text, key)
    # A word that is the same in both languages ("Stop") is one key, not two.
    assert twice == []


def test_one_fallback_rule_dutch_first() -> None:
    assert t("sc_stop", "en") == "Stop the self-check"
    assert t("feedback_ask", "en") == "Was this helpful?"
    assert t("feedback_ask", "nl") == "Had je hier iets aan?"
    assert t("feedback_ask", "fr") == t("feedback_ask", None) == "Had je hier iets aan?"
    assert t("source", "en", title="T", id="x") == "Source: article “T”"  # no slug (stop 49)
    with pytest.raises(KeyError):
        t("no-such-key", "nl")


def test_a_client_language_code_maps_to_ours() -> None:
    codes = ("en-GB", "EN", "nl", "de", None, "")
    assert [language_of(c) for c in codes] == ["en", "en", "nl", "nl", "nl", "nl"]
