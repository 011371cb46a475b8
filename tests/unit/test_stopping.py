"""Stopping a self-check never starts one (bot/selfchecks/stopping.py)."""

from __future__ import annotations

import pytest

from bot.selfchecks.stopping import asks_to_stop


@pytest.mark.parametrize(
    "text",
    [
        "ik wil niet verder met de vragenlijst",
        "end the self-check now pls",
        "stop de zelftest",
        "ik heb geen zin meer in die zelfscan",
        "kappen met die quiz",
        "zelfscan afbreken aub",
        "beëindig de vragenlijst",
        "nie verder doen met die test",  # Flemish
        "i dont want to continue the questionnaire",
        "cancel the self check",
        "quit the quiz",
        "no more questions please",
        "klaar met de zelftest",
        # a pause is a stop (the check stays open): NLU read "pause the quiz" as a start
        "pause the quiz",
        "pauzeer de vragenlijst even",
        "ff pauze met die zelftest",
        "ik ga morgen verder met de test",
        "can i finish the self-check later",
    ],
)
def test_stop_requests_naming_the_self_check(text: str) -> None:
    assert asks_to_stop(text)


@pytest.mark.parametrize(
    "text",
    [
        "start de zelfscan voor leidinggevenden",
        "ik wil een zelftest doen",
        "ga verder met mijn zelftest",
        "ik wil mijn zelftest afmaken",
        "I want to finish my assessment",
        "pick up my self-check where I left off",
        "niet stoppen, ga door met de test",
        "don't stop the quiz",
        "start the listening self-check",
        "hervat de vragenlijst",
        "",
    ],
)
def test_start_and_resume_requests_are_not_stops(text: str) -> None:
    assert not asks_to_stop(text)
