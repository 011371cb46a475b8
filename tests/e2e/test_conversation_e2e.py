"""Issue 13 over REST through the real Rasa and action servers: language (unpin, languages
the coach does not speak), help per role, the way back into an open self-check, typed
answers in words, stop before any answer, 👎 with a way forward, coaching tips without
repeats, results with decimal commas and articles, and the team view's chart."""

from __future__ import annotations

import re
import uuid
from pathlib import Path
from urllib.parse import urlparse

import pytest
import yaml

from bot.dialogue import payloads

pytestmark = pytest.mark.e2e


def new_user() -> str:
    return f"conv-{uuid.uuid4().hex[:10]}"


def text_of(replies: list[dict]) -> str:
    return "\n".join(r.get("text") or "" for r in replies)


def buttons(replies: list[dict]) -> list[dict]:
    return [b for r in replies for b in r.get("buttons") or []]


def answer_buttons(replies: list[dict]) -> list[dict]:
    return [b for b in buttons(replies) if b["payload"].startswith("/selfcheck_answer")]


def start(chat, user: str, check_id: str, words: str = "ik wil een zelftest doen") -> list[dict]:
    listing = chat(user, words)
    wanted = '"selfcheck_id":"' + check_id + '"'
    return chat(user, next(b["payload"] for b in buttons(listing) if wanted in b["payload"]))


def pinned(stack, user: str) -> str | None:
    from bot.storage.profiles import ProfileStore

    return ProfileStore(stack.settings.app_db_url).language(user)


# --- 1. language ---
def test_pin_then_back_to_automatic_and_an_honest_answer_about_other_languages(stack, chat) -> None:
    user = new_user()
    assert "English from now on" in text_of(chat(user, "in English please"))
    assert pinned(stack, user) == "en"
    assert "Source:" in text_of(chat(user, "hoe ga ik om met een boze klant?"))  # pinned: English

    back = text_of(chat(user, "antwoord gewoon in de taal waarin ik schrijf"))
    assert "taal waarin je schrijft" in back and pinned(stack, user) is None
    assert "Bron:" in text_of(chat(user, "hoe ga ik om met een boze klant?"))
    assert "Source:" in text_of(chat(user, "How do I say no to a customer?"))

    chat(user, "in English please")
    assert "whatever language you write in" in text_of(chat(user, "answer in whatever language I write in"))
    assert pinned(stack, user) is None

    for question, expected in (
        ("kun je ook frans praten?", "alleen Nederlands en Engels"),
        ("spreek je Duits?", "alleen Nederlands en Engels"),
        ("do you speak French?", "only speak Dutch and English"),
        ("can you answer in German", "only speak Dutch and English"),
    ):
        reply = text_of(chat(user, question))
        assert expected in reply, (question, reply)
        assert "vanaf nu" not in reply and "from now on" not in reply
        assert pinned(stack, user) is None


def test_a_question_written_in_another_language_gets_an_honest_answer(chat) -> None:
    """Tester round (stop 24): a German question got the off-topic reply, as if it were not
    about service. It is answered honestly, in the conversation's language, and nothing is
    searched or pinned (bot/engine/language.py, `foreign_language`)."""
    user = new_user()
    chat(user, "hoe ga ik om met een boze klant?")
    for question in ("Wie gehe ich mit einem unfreundlichen Kunden um?", "Que faire quand un client crie"):
        reply = text_of(chat(user, question))
        assert "alleen Nederlands en Engels" in reply and "Bron:" not in reply, (question, reply)
    other = new_user()
    chat(other, "how do I deal with an angry customer?")
    for question in ("come posso gestire un cliente arrabbiato", "Müşteri bana bağırıyor, ne yapmalıyım?"):
        reply = text_of(chat(other, question))  # in the conversation's English, not Dutch
        assert "only speak Dutch and English" in reply and "Source:" not in reply, (question, reply)


# --- 2. help ---
def test_help_lists_what_an_employee_can_do_and_the_pinned_language(chat) -> None:
    user = new_user()
    shown = text_of(chat(user, "wat kun je allemaal?", metadata={"channel": "terminal"}))
    for part in ("Advies", "zelftest", "mijn resultaten", "in de taal waarin je schrijft", "/quit"):
        assert part in shown, part
    assert "coachingstip" not in shown and "mijn team" not in shown and "vast op" not in shown
    chat(user, "in het Nederlands")
    assert "De taal staat nu vast op Nederlands." in text_of(chat(user, "help"))


def test_help_for_a_manager_names_tips_and_the_team_view(stack, chat) -> None:
    from bot.storage.repository import Repository

    user = new_user()
    Repository(stack.settings.app_db_url).set_profile(user, "manager", "balie")
    replies = chat(user, "what can you do?")
    shown = text_of(replies)
    assert "Coaching tips" in shown and "how is my team doing" in shown and "my results" in shown
    assert "/quit" not in shown  # not the terminal
    assert {"/ask_coaching_tip", "/team_results", "/show_results"} <= {b["payload"] for b in buttons(replies)}


# --- 3. menus and choices; 4. typed answers ---
def test_a_question_mid_check_then_the_same_statement_again_and_typed_agreement(chat) -> None:
    user = new_user()
    first = start(chat, user, "keeping-promises")
    assert "vraag 1 van 7" in text_of(first)
    chat(user, "mee eens")
    detour = chat(user, "hoe ga ik om met een boze klant?")
    shown = text_of(detour)
    assert "Bron:" in shown and "Verder met vraag 2 van 7?" in shown
    scale = answer_buttons(detour)
    assert [b["title"][0] for b in scale] == ["1", "2", "3", "4", "5"]  # the statement on screen
    assert all('"selfcheck_statement":"s2"' in b["payload"] for b in scale)
    others = [b for b in buttons(detour) if b not in scale]
    assert any(b["payload"].startswith("/feedback") for b in others)  # 👍/👎 apart from the scale
    # a bare number now answers statement 2: never a feedback button
    after = chat(user, "4")
    assert "vraag 3 van 7" in text_of(after)
    for n, typed in enumerate(["helemaal mee eens", "niet mee eens", "ja eens", "helemaal niet mee eens"], 4):
        replies = chat(user, typed)
        assert f"vraag {n} van 7" in text_of(replies), (typed, text_of(replies))
    done = chat(user, "neutraal")
    assert "Klaar!" in text_of(done)


def test_english_answers_in_words(stack, chat) -> None:
    """Typed English answers move to the next statement and are stored as the value they
    mean (digits, number words and agree-phrases of every strength)."""
    from sqlalchemy import create_engine, select
    from sqlalchemy.orm import Session

    from bot.storage.models import Answer, SelfCheckRun

    user = new_user()
    replies = start(chat, user, "room-to-act", "start a self-check")
    typed = {
        "totally agree": 5,
        "yes I agree completely": 5,
        "I don't agree": 2,
        "I agree": 4,
        "strongly disagree": 1,
        "neither agree nor disagree": 3,
        "four": 4,
    }
    for n, answer in enumerate(typed, start=2):
        replies = chat(user, answer)
        assert f"question {n} of " in text_of(replies), (answer, text_of(replies))
    with Session(create_engine(stack.settings.app_db_url)) as s:
        run = s.scalars(select(SelfCheckRun).where(SelfCheckRun.user_id == user)).one()
        stored = {a.statement_id: a.value for a in s.scalars(select(Answer).where(Answer.run_id == run.id))}
    check = yaml.safe_load((stack.settings.selfcheck_dir / "room-to-act.yml").read_text(encoding="utf-8"))
    statements = [row["id"] for row in check["statements"]][: len(typed)]  # in the order asked
    assert [stored.get(sid) for sid in statements] == list(typed.values()), stored


def test_stop_before_any_answer_does_not_claim_answers_were_saved(chat) -> None:
    user = new_user()
    start(chat, user, "keeping-promises")
    stopped = text_of(chat(user, "stop"))
    assert "niets bewaard" in stopped and "tot nu toe zijn bewaard" not in stopped
    english = new_user()
    start(chat, english, "room-to-act", "start a self-check")
    assert "nothing was saved" in text_of(chat(english, "stop"))


def test_a_bare_number_without_anything_open_gets_a_hint(chat) -> None:
    for typed in ("3", "1)"):
        shown = text_of(chat(new_user(), typed))
        assert "nummer" in shown and "niet met een zelftest" not in shown, (typed, shown)


def test_not_helpful_offers_a_way_forward(chat) -> None:
    user = new_user()
    answer = chat(user, "hoe ga ik om met een boze klant?")
    down = next(b["payload"] for b in buttons(answer) if '"feedback_value":"down"' in b["payload"])
    replies = chat(user, down)
    assert "op een andere manier vragen" in text_of(replies)
    offered = [b["payload"] for b in buttons(replies)]
    assert 2 <= len(offered) <= 5 and all(p.startswith("/ask_advice") for p in offered)
    assert payloads.advice("angry-customer") not in offered  # not the article that fell short


# --- 5. coaching tips ---
def test_repeated_tip_requests_give_every_tip_once_before_any_repeats(stack, chat) -> None:
    from bot.content.articles import load_articles

    pool = {a.id for a in load_articles(stack.settings.knowledge_dir)[0] if a.category == "coaching"}
    user = new_user()
    asks = ["geef me een coachingstip", "geef me een tip voor mijn team"]
    given = []
    for n in range(len(pool)):
        replies = chat(user, asks[n % len(asks)])
        sources = [r["custom"] for r in replies if (r.get("custom") or {}).get("type") == "source"]
        assert sources, (asks[n % len(asks)], text_of(replies))
        given.append(sources[0]["id"])
    assert sorted(given) == sorted(pool), given  # each once
    more = chat(user, "geef me een coachingstip")
    assert "Coachingstip:" in text_of(more)  # a new round starts, no error


# --- 6. results and charts ---
def test_results_use_a_decimal_comma_and_list_the_articles(chat) -> None:
    user = new_user()
    replies = start(chat, user, "keeping-promises")
    for answer in ["4", "3", "5", "2", "4", "3", "4"]:
        replies = chat(user, answer)
    shown = text_of(replies)
    assert re.search(r": [1-5],[0-9]\b", shown) and not re.search(r": [1-5]\.[0-9]\b", shown)
    read = shown.split("Lees verder:")[1]
    titles = [b["title"] for b in buttons(replies)]
    assert titles and all(f"• {title}" in read for title in titles)  # never an empty heading
    png = Path(urlparse(next(r["image"] for r in replies if r.get("image"))).path)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # a second run: the chart carries the previous one (a taller picture), results show the change
    again = start(chat, user, "keeping-promises")
    for answer in ["5", "4", "5", "3", "5", "4", "5"]:
        again = chat(user, answer)
    second = Path(urlparse(next(r["image"] for r in again if r.get("image"))).path)
    from PIL import Image

    assert Image.open(second).size[1] > Image.open(png).size[1]
    history = text_of(chat(user, "mijn resultaten"))
    assert re.search(r"gemiddeld [1-5],[0-9] van 5", history) and re.search(r"\(↑ \+[0-9],[0-9]\)", history)


def test_the_team_view_has_a_chart(stack, chat) -> None:
    from PIL import Image

    from bot.storage.repository import Repository

    repo = Repository(stack.settings.app_db_url)
    team = f"team-{uuid.uuid4().hex[:6]}"
    manager = new_user()
    repo.set_profile(manager, "manager", team)
    for n in range(5):
        member = new_user()
        repo.set_profile(member, "employee", team)
        replies = start(chat, member, "handling-complaints")
        for _ in range(9):
            if "Klaar!" in text_of(replies):
                break
            replies = chat(member, str(2 + n % 3))
    view = chat(manager, "how is my team doing")
    assert "5 participants" in text_of(view) and re.search(r": [1-5]\.[0-9]", text_of(view))
    assert "Your team as a chart: Handling complaints and problems, 5 participants" in text_of(view)
    image = next(r["image"] for r in view if r.get("image"))
    width, height = Image.open(Path(urlparse(image).path)).size
    assert width >= 900 and height > 300


def test_the_readme_example_conversation_is_what_the_coach_says(chat) -> None:
    """README.md's example terminal conversation, line by line against the live coach as the
    terminal chat renders it; a line ending in "..." is a shortened one (its start must match)."""
    from bot.channels.terminal.render import render
    from tests.helpers import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```text\nyou> (.+?)\ncoach> (.+?)\n```", readme, re.S)
    assert example, "README.md has no example conversation"
    question, shown = example.group(1), example.group(2)
    said = "\n\n".join(render(chat(new_user(), question), "nl").lines)
    said_lines = [line.rstrip() for line in said.splitlines() if line.strip()]
    for line in (x.rstrip() for x in shown.splitlines() if x.strip()):
        if line.endswith("..."):
            start = line.removesuffix("...").rstrip()
            assert any(s.startswith(start) for s in said_lines), (line, said)
        else:
            assert line in said_lines, (line, said)
    readme_lines = [x.rstrip() for x in shown.splitlines() if x.strip()]
    assert len(readme_lines) == len(said_lines) - (said.count("\n•") - shown.count("\n•")), said


# --- stop 26: a follow-up that lands on the article just given ---
@pytest.mark.parametrize(
    ("first", "follow_up", "lang"),
    [
        (
            "Een klant staat tegen me te schreeuwen aan de balie, wat doe ik?",
            "en als die klant dan blijft tieren aan de balie?",
            "nl",
        ),
        (
            "My customer is furious and shouting at me, what do I do?",
            "what if the angry customer still keeps shouting after that",
            "en",
        ),
    ],
)
def test_a_follow_up_on_the_same_article_gets_its_example_not_the_same_card(
    chat, first: str, follow_up: str, lang: str
) -> None:
    from bot.i18n import t

    user = new_user()
    card = text_of(chat(user, first))
    assert t("practice_heading", lang) in card
    again = text_of(chat(user, follow_up))
    assert "still about" in again if lang == "en" else "nog steeds over" in again
    assert t("practice_heading", lang) not in again and again != card
    assert t("followup_more", lang) in again
    replies = chat(user, follow_up)  # the same message again (a retry): the same reply
    assert text_of(replies) == again
    # "Toon de tips" on that reply brings the card back (tester round of stop 27)
    buttons = [b for r in replies for b in r.get("buttons") or []]
    button = next(b for b in buttons if b["title"] == t("followup_card", lang))
    assert t("practice_heading", lang) in text_of(chat(user, button["payload"]))


@pytest.mark.parametrize(
    ("first", "follow_up", "lang"),
    [
        ("Een klant staat tegen me te schreeuwen aan de balie, wat doe ik?", "en dan?", "nl"),
        ("My customer is furious and shouting at me, what do I do?", "and then?", "en"),
    ],
)
def test_a_bare_continuation_stays_with_the_article_just_given(
    chat, first: str, follow_up: str, lang: str
) -> None:
    """ "en dan?" alone was refused (tester round of stop 26); it now continues the article."""
    from bot.i18n import t

    user = new_user()
    chat(user, first)
    replies = chat(user, follow_up)
    sources = [r["custom"] for r in replies if (r.get("custom") or {}).get("type") == "source"]
    assert [s["id"] for s in sources] == ["angry-customer"] and sources[0]["view"] == "example"
    assert t("followup_more", lang) in text_of(replies)


# --- stop 31: a new question of its own that lands on the article just given ---
@pytest.mark.parametrize(
    ("first", "new_question", "lang"),
    [
        (
            "it's really busy and the queue keeps growing, how do I stay friendly?",
            "customer on the phone wont stop talking and theres a queue, how do i end the call politley",
            "en",
        ),
        (
            "Een klant staat tegen me te schreeuwen aan de balie, wat doe ik?",
            "een klant staat al vijf minuten te roepen aan de kassa omdat zijn kortingsbon niet werkt, "
            "wat doe ik",
            "nl",
        ),
    ],
)
def test_a_new_question_on_the_same_article_gets_the_tips_said_to_be_the_same_topic(
    chat, first: str, new_question: str, lang: str
) -> None:
    """The tester round of stop 30 got only the example for a new question on the same article."""
    from bot.i18n import t

    user = new_user()
    first_sources = [
        r["custom"] for r in chat(user, first) if (r.get("custom") or {}).get("type") == "source"
    ]
    replies = chat(user, new_question)
    sources = [r["custom"] for r in replies if (r.get("custom") or {}).get("type") == "source"]
    assert [s["id"] for s in sources] == [first_sources[0]["id"]] and sources[0]["view"] == "card"
    text = text_of(replies)
    assert t("practice_heading", lang) in text
    intro = t("same_topic_again", lang, title="X").split("X")[0]
    assert text.startswith(intro)


# --- tester round of stop 36 (fixed in stop 37), over REST whatever intent NLU reads ---
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_short_replies_are_answered_as_meant(chat, lang: str) -> None:
    """A thanks with a goodbye, an emoji, a bare link, a plain yes to "Had je hier iets
    aan?" and a request for words out of the blue, each from its own new user."""
    from bot.i18n import t

    farewell = {"nl": "merci, tot morgen!", "en": "thanks, bye!"}[lang]
    assert text_of(chat(new_user(), farewell)) == t("thank_goodbye", lang)
    crying = chat(new_user(), "😭", metadata={"language": lang})
    assert t("emoji_distress", lang) in text_of(crying)
    assert payloads.advice("after-a-hard-conversation") in [b["payload"] for b in buttons(crying)]
    question = {"nl": "hoe ga ik om met een boze klant?", "en": "how do I handle an angry customer?"}[lang]
    user = new_user()
    chat(user, question)
    link = chat(user, "https://www.google.com/maps/place/Utrecht")
    assert text_of(link) == t("link_only", lang)  # in the conversation's language
    user = new_user()
    answer = chat(user, question)
    assert "Had je hier iets aan?" in text_of(answer) or "Was this helpful?" in text_of(answer)
    verdict = chat(user, {"nl": "ja top", "en": "yes it did"}[lang])
    assert t("feedback_thanks_up", lang) in text_of(verdict)
    words = {"nl": "wat zeg ik dan precies?", "en": "what do I say exactly?"}[lang]
    assert text_of(chat(new_user(), words, metadata={"language": lang})).strip() == t(
        "wording_which_situation", lang
    )


def test_a_wave_is_a_hello(chat) -> None:
    assert "servicecoach" in text_of(chat(new_user(), "👋"))


# --- stop 41: a message that only introduces its sender, over REST whatever intent NLU reads ---
@pytest.mark.parametrize(
    ("text", "lang", "greeting_button"),
    [
        ("goeiemorgen, ik ben teamleider van een supermarkt", "nl", "Een coachingstip voor mijn team"),
        ("hallo ik ben Sanne en ik werk in de thuiszorg", "nl", "Een probleem dat ik niet kan oplossen"),
        ("hoi, ik werk aan de receptie van een hotel", "nl", "Een probleem dat ik niet kan oplossen"),
        ("hi, I'm a team lead at a call centre", "en", "A coaching tip for my team"),
    ],
)
def test_an_introduction_gets_a_welcome_and_the_greeting_for_its_role(
    chat, text: str, lang: str, greeting_button: str
) -> None:
    from bot.i18n import t

    replies = chat(new_user(), text)
    assert t("nice_to_meet", lang).rstrip("!") in text_of(replies)  # with the name, when one is given
    assert ("Sanne" in text_of(replies)) == ("Sanne" in text)
    leads = "coaching" in greeting_button
    assert (t("nice_to_meet_leader", lang).split("!")[1].strip() in text_of(replies)) == leads
    assert greeting_button in [b["title"] for b in buttons(replies)]


# --- tester round of stop 37 (fixed in stop 38), over REST ---
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_words_promised_are_given_and_off_topic_offers_each_example(stack, chat, lang: str) -> None:
    """ "Which situation do you want the words for?" and then the situation: its example, not
    its card. The weather gets the `everyday` line and the standard topics as buttons, and a
    tap on one answers it. A polite "nee dank je" to an offer is not told it was misunderstood."""
    from bot.i18n import TOPIC_IDS, t

    user = new_user()
    words = {"nl": "wat zeg ik dan precies?", "en": "what do I say exactly?"}[lang]
    assert t("wording_which_situation", lang) in text_of(chat(user, words, metadata={"language": lang}))
    situation = {
        "nl": "een klant schreeuwt tegen me aan de balie",
        "en": "a customer is shouting at me at the desk",
    }[lang]
    replies = chat(user, situation)
    if any((r.get("custom") or {}).get("type") == "offer" for r in replies):
        replies = chat(user, buttons(replies)[0]["payload"])
    sources = [r["custom"] for r in replies if (r.get("custom") or {}).get("type") == "source"]
    assert sources and sources[0]["view"] == "example", sources
    assert t("followup_wording", lang, title=sources[0]["title"]) in text_of(replies)

    weather = {"nl": "Wat wordt het weer morgen in Utrecht?", "en": "What's the weather in Utrecht tomorrow?"}
    off = chat(new_user(), weather[lang], metadata={"language": lang})
    picks = [payloads.parse(b["payload"]) for b in buttons(off)]
    ids = [p.entity("article_id") for p in picks if p is not None and p.intent == "ask_advice"]
    # the weather is named by the `everyday` referral (stop 52): said plainly, the standard topics after it
    assert ids == list(TOPIC_IDS), buttons(off)
    assert t("refuse_topics", lang) in text_of(off)
    user = new_user()
    chat(user, weather[lang], metadata={"language": lang})
    tapped = chat(user, payloads.advice("problem-you-cannot-solve"))
    assert [r["custom"]["id"] for r in tapped if (r.get("custom") or {}).get("type") == "source"] == [
        "problem-you-cannot-solve"
    ]
    if lang == "nl":  # English courtesy words from a Dutch speaker keep the conversation Dutch
        user = new_user()
        chat(user, "hoe ga ik om met een boze klant?")
        assert text_of(chat(user, "thanks bye")).strip() == t("thank_goodbye", "nl")
        assert "Dit kan ik voor je doen" in text_of(chat(user, "help"))
    # the payloads' JSON braces are escaped for Rasa's slot filling: no error per reply
    log = (stack.settings.log_dir / "rasa-server.log").read_text(encoding="utf-8", errors="replace")
    assert "interpolator" not in log

    vague = {
        "nl": "afwijzen zonder de relatie kapot te maken, tips?",
        "en": "caller keeps interrupting me, how to stay in control of the call",
    }
    user = new_user()
    offered = chat(user, vague[lang], metadata={"language": lang})
    if any((r.get("custom") or {}).get("type") == "offer" for r in offered):
        declined = text_of(chat(user, {"nl": "nee dank je", "en": "no thanks"}[lang]))
        assert t("offer_declined", lang) not in declined


# --- tester round of stop 38 (fixed in stop 39), over REST ---
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_words_with_their_situation_translations_and_a_result_that_follows_the_scores(
    chat, lang: str
) -> None:
    """A request for words that names its situation, as a new question, gets that situation's
    card (its example until stop 62: the example's sector rarely fits the asker's; the words come
    one follow-up later, or with "letterlijk"); a request to translate gets the translation line
    on its own; a self-check result names the part with most to gain."""
    from bot.i18n import t

    asked = {
        "nl": "wat zeg ik tegen een klant die tegen me schreeuwt",
        "en": "what do I say to a customer who is shouting at me",
    }[lang]
    user = new_user()
    replies = chat(user, asked, metadata={"language": lang})
    if any(
        (r.get("custom") or {}).get("type") == "offer" for r in replies
    ):  # unsure: the pick keeps the promise
        assert {"type": "wording_promised"} not in [r.get("custom") for r in replies], replies
        pick = next(
            b
            for b in buttons(replies)
            if payloads.parse(b["payload"]).entity("article_id") == "angry-customer"
        )
        replies = chat(user, pick["payload"])
    sources = [r["custom"] for r in replies if (r.get("custom") or {}).get("type") == "source"]
    assert [(s["id"], s["view"]) for s in sources] == [("angry-customer", "card")], replies

    translate = {
        "nl": "wat is 'klantvriendelijk' in het frans",
        "en": "how do you say 'sorry for the wait' in german",
    }[lang]
    said = text_of(chat(new_user(), translate, metadata={"language": lang}))
    assert {"nl": "Vertalen doe ik niet", "en": "I don't translate"}[lang] in said
    assert t("referral", lang, where="")[:12] not in said

    user = new_user()
    words = {"nl": "ik wil een zelftest doen", "en": "I want to do a self-check"}[lang]
    replies = start(chat, user, "really-listening", words)
    for n in range(7):  # the three listening statements come first: disagree (2), then agree (4)
        scale = answer_buttons(replies)
        assert len(scale) == 5, replies
        replies = chat(user, scale[1 if n < 3 else 3]["payload"])
    result = text_of(replies)
    listening = {"nl": "Hier valt het meest te winnen: ", "en": "Most to gain: "}[lang]
    path = Path(__file__).parents[2] / "knowledge" / lang / "shift-listening.md"
    article = path.read_text(encoding="utf-8")
    title = yaml.safe_load(article.split("---")[1])["title"]
    assert listening + title in result, result
    assert "luistert goed" not in result and "listen well" not in result


@pytest.mark.parametrize(
    ("lang", "story", "questions"),
    [
        (
            "nl",
            "klant komt auto ophalen en de rekening is 400 euro hoger dan de offerte. hij is woest. wat nu",
            ["hoe had ik dat kunnen voorkomen eigenlijk?", "wat had ik anders moeten doen"],
        ),
        (
            "en",
            "the customer is angry because his order came a week late, what do i do",
            ["what should I have done differently?", "how could I have avoided this?"],
        ),
    ],
)
def test_how_it_could_have_been_prevented_is_answered_whatever_nlu_reads(
    chat, lang: str, story: str, questions: list[str]
) -> None:
    """Stop 69 (seen live after stop 68's CI): right after an answer, a question how it could have
    been prevented gets keeping promises (level 1), answered or offered first; Rasa read these as
    out_of_scope or help, and the coach said it could not help or listed what it can do."""
    for question in questions:
        user = new_user()
        first = chat(user, story, metadata={"language": lang})
        assert any((r.get("custom") or {}).get("type") == "source" for r in first), first
        replies = chat(user, question, metadata={"language": lang})
        shown = [r["custom"] for r in replies if (r.get("custom") or {}).get("type") in ("source", "offer")]
        assert shown, (question, replies)
        top = shown[0].get("id") or shown[0]["ids"][0]
        assert top == "pyramid-promise", (question, replies)
