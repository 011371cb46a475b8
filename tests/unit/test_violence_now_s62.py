"""Violence to the asker told in the present tense is `unsafe` (stop 62: "klant is echt een eikel
en hij slaat me", "a customer hits me" got no safety line; only past forms such as "sloeg me",
"kicked me" were words of the topic). English needs a person as the subject ("the heat is
hitting me" is no violence); pressure and figures of speech are not violence."""

from __future__ import annotations

import pytest

from tests.unit.replies import topics_of

NOW_VIOLENT = [
    "de klant slaat me",
    "klant is echt een eikel en hij slaat me",
    "een klant schopt me",
    "klant duwt me",
    "klant slaat mij in mijn gezicht",
    "hij slaat me steeds als ik nee zeg",
    "die vent trapt me tegen mijn been",
    "a customer hits me",
    "the guy is hitting me",
    "she's pushing me",
    "a guest pushes me against the wall",
    "the customer keeps hitting me with his bag",
    "help a patient is kicking me",
]
NOT_VIOLENCE = [
    "that song hits me",
    "the heat is hitting me today",
    "it hits me that customers never say thanks",
    "customer hits me with questions all day",
    "he hits me up on whatsapp",
    "the customer pushes me to give a discount",
    "customer is pushing me for a refund",
    "klant duwt me naar een duurder product",
    "de prijs slaat me om de oren",
    "dat slaat me steil achterover",
    "de klant slaat met de deur",
    "klant slaat op de toonbank",
]


@pytest.mark.parametrize("text", NOW_VIOLENT)
def test_violence_now_is_unsafe(text: str) -> None:
    assert "unsafe" in topics_of(text)


@pytest.mark.parametrize("text", NOT_VIOLENCE)
def test_pressure_and_figures_of_speech_are_not(text: str) -> None:
    assert "unsafe" not in topics_of(text)
