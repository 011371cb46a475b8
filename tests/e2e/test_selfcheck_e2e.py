"""A whole self-check through the real Rasa and action servers, over REST."""

from __future__ import annotations

import uuid
from pathlib import Path
from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.e2e


def new_user() -> str:
    return f"sc-{uuid.uuid4().hex[:10]}"


def text_of(replies: list[dict]) -> str:
    return "\n".join(r.get("text") or "" for r in replies)


def buttons(replies: list[dict]) -> list[dict]:
    return [b for r in replies for b in r.get("buttons") or []]


def payload_for(replies: list[dict], check_id: str) -> str:
    wanted = '"selfcheck_id":"' + check_id + '"'
    return next(b["payload"] for b in buttons(replies) if wanted in b["payload"])


def result_of(replies: list[dict]) -> dict:
    return next(r["custom"] for r in replies if (r.get("custom") or {}).get("type") == "selfcheck_result")


def test_dutch_self_check_with_typed_answers(chat) -> None:
    user = new_user()
    listing = chat(user, "Ik wil een zelftest doen")
    assert "Welke zelftest" in text_of(listing)
    titles = [b["title"] for b in buttons(listing)]
    assert "Beloftes nakomen" in " ".join(titles)
    assert not any("team" in t.lower() and "leid" in t.lower() for t in titles)  # employee role

    first = chat(user, payload_for(listing, "keeping-promises"))
    assert "vraag 1 van 7" in text_of(first)
    assert [b["title"][0] for b in buttons(first)] == ["1", "2", "3", "4", "5"]
    typed = ["4", "vier", "helemaal eens", "2", "Eens", "3"]
    for n, answer in enumerate(typed, start=2):
        replies = chat(user, answer)
        assert f"vraag {n} van 7" in text_of(replies), (answer, replies)
    done = chat(user, "5")
    summary = text_of(done)
    assert "Klaar!" in summary and "Probeer deze week:" in summary and "Gemiddeld:" in summary
    assert buttons(done)  # recommended articles
    assert all(b["payload"].startswith("/ask_advice") for b in buttons(done))
    image = next(r["image"] for r in done if r.get("image"))
    png = Path(urlparse(image).path)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert 1 <= result_of(done)["overall"] <= 5

    history = chat(user, "mijn resultaten")
    assert "Beloftes nakomen" in text_of(history)


@pytest.mark.parametrize(
    ("start", "pick", "typed", "next_statement"),
    [
        ("Ik wil een zelftest doen", "keeping-promises",
         ["meestal wel eens", "altijd", "soms", "bijna nooit", "nooit", "af en toe"], "vraag {n} van 7"),
        ("start a self-check", "keeping-promises",
         ["I usually do", "always", "sometimes", "almost never", "never", "most of the time"],
         "question {n} of 7"),
    ],
)  # fmt: skip
def test_how_often_answers_a_statement(chat, start, pick, typed, next_statement) -> None:
    """Statements say what someone does; "meestal wel eens" or "almost never" is an answer."""
    user = new_user()
    listing = chat(user, start)
    chat(user, payload_for(listing, pick))
    for n, answer in enumerate(typed, start=2):
        replies = chat(user, answer)
        assert next_statement.format(n=n) in text_of(replies), (answer, replies)


def test_dont_know_not_really_and_a_word_answer_after_stop(chat) -> None:
    """Found by a tester: "weet ik niet" showed the help list, "niet echt" read as "no, don't
    carry on", and "soms" after stop got "Mooi. Stel je vraag maar"."""
    user = new_user()
    listing = chat(user, "Ik wil een zelftest doen")
    chat(user, payload_for(listing, "keeping-promises"))
    unsure = text_of(chat(user, "weet ik niet"))
    assert "geen goed of fout" in unsure and "vraag 1 van 7" in unsure, unsure
    assert "vraag 2 van 7" in text_of(chat(user, "niet echt"))
    # a short English answer is an answer, not a switch of language (stop 45): still Dutch
    assert "vraag 3 van 7" in text_of(chat(user, "nah not really"))
    chat(user, "stop")
    paused = chat(user, "soms")
    said = text_of(paused)
    assert "op pauze bij vraag 3 van 7" in said or "paused at question 3 of 7" in said, paused
    assert any(b["payload"].startswith("/start_selfcheck") for b in buttons(paused))


def test_english_self_check_with_buttons_a_question_in_between_and_stop_resume(chat) -> None:
    user = new_user()
    listing = chat(user, "start a self-check")
    first = chat(user, payload_for(listing, "room-to-act"))
    assert "question 1 of 8" in text_of(first)
    chat(user, buttons(first)[3]["payload"])  # "4 · Agree"

    # a question in the middle is answered, then the check offers to continue
    detour = chat(user, "How do I handle an angry customer who is shouting?")
    assert "Source:" in text_of(detour)
    assert "Carry on with question 2 of 8?" in text_of(detour)  # the statement on screen again
    scale = [b["title"][0] for b in buttons(detour) if b["payload"].startswith("/selfcheck_answer")]
    assert scale == ["1", "2", "3", "4", "5"]

    stopped = chat(user, "stop")
    assert "saved" in text_of(stopped)
    resumed = chat(user, "continue my self-check")
    assert "question 2 of 8" in text_of(resumed)
    replies = resumed
    for _ in range(7):
        replies = chat(user, buttons(replies)[0]["payload"])
    assert "Done!" in text_of(replies) and "Try this week:" in text_of(replies)
    assert result_of(replies)["check"] == "room-to-act"


def test_an_answer_without_a_check_and_nonsense_within_one(chat) -> None:
    user = new_user()
    lonely = chat(user, '/selfcheck_answer{"selfcheck_value":"3"}')
    assert "not in a self-check" in text_of(lonely) or "niet met een zelftest" in text_of(lonely)
    listing = chat(user, "zelftest")
    chat(user, payload_for(listing, "personal-service"))
    confused = chat(user, '/selfcheck_answer{"selfcheck_value":"9"}')
    assert "1 tot 5" in text_of(confused) and "vraag 1 van" in text_of(confused)


def test_a_manager_sees_team_averages_only_from_five_people(stack, chat) -> None:
    from bot.storage.repository import Repository

    repo = Repository(stack.settings.app_db_url)
    team = f"team-{uuid.uuid4().hex[:6]}"
    manager = new_user()
    repo.set_profile(manager, "manager", team)
    employee = new_user()
    assert "leidinggevenden" in text_of(chat(employee, "hoe doet mijn team het"))

    members = [new_user() for _ in range(5)]
    for n, member in enumerate(members):
        repo.set_profile(member, "employee", team)
        replies = chat(member, payload_for(chat(member, "zelftest"), "keeping-promises"))
        for _ in range(8):  # bounded: a check that never ends must fail, not hang
            if "Klaar!" in text_of(replies):
                break
            replies = chat(member, str(2 + n % 3))
        assert "Klaar!" in text_of(replies), replies
        if n == 3:  # four people: nothing may be shown yet
            assert "minstens 5" in text_of(chat(manager, "hoe doet mijn team het"))
    shown = text_of(chat(manager, "hoe doet mijn team het"))
    assert "5 deelnemers" in shown and "Beloftes nakomen" in shown
    manager_list = [b["title"] for b in buttons(chat(manager, "ik wil een zelftest doen"))]
    assert any("Het goede voorbeeld" in t or "voorbeeld" in t.lower() for t in manager_list)


def test_yes_after_carry_on_shows_the_statement_and_a_number_after_stop_saves_nothing(chat) -> None:
    """Over REST: "ja" to "Verder met vraag 2 van 7?" shows that statement (it said "Stel je
    vraag maar"); a bare number after "stop" offers to carry on and saves nothing (it saved
    an answer and moved on); "?" is not taken as yes."""
    user = new_user()
    listing = chat(user, "zelftest")
    chat(user, payload_for(listing, "keeping-promises"))
    chat(user, "4")
    detour = chat(user, "Hoe ga ik om met een boze klant die staat te schreeuwen?")
    assert "Verder met vraag 2 van 7?" in text_of(detour)
    yes = chat(user, "ja")
    assert "vraag 2 van 7" in text_of(yes) and "Stel je vraag maar" not in text_of(yes)
    assert len([b for b in buttons(yes) if b["payload"].startswith("/selfcheck_answer")]) == 5

    chat(user, "stop")
    typed = chat(user, "3")
    assert "op pauze bij vraag 2 van 7" in text_of(typed), typed
    resumed = chat(user, buttons(typed)[0]["payload"])
    assert "vraag 2 van 7" in text_of(resumed)  # still question 2: the "3" was not saved

    confused = chat(user, "?")
    assert "Mooi" not in text_of(confused)


def test_a_plain_no_to_the_statement_on_screen_answers_it(chat) -> None:
    """Over REST (tester round of stop 36): "nee" to a statement was not taken; now it is
    "disagree", said back, and the next statement follows. "ja" to "Verder met ...?" after
    a question in between still only carries on (test above)."""
    user = new_user()
    listing = chat(user, "zelftest")
    chat(user, payload_for(listing, "keeping-promises"))
    chat(user, "4")
    no = chat(user, "nee")
    assert "Genoteerd: 2 · Oneens." in text_of(no) and "vraag 3 van 7" in text_of(no), text_of(no)
