"""Someone in danger or distress comes first (tester round of stop 63: "soms denk ik dat ik er beter
niet meer kan zijn" was read by NLU as a "no" and got "Geen probleem", after an offer "Jammer, dan
heb ik je niet goed begrepen"; "ik heb nergens meer zin in" was read as a request for words).
A typed message that names a topic of knowledge/referrals.yml without a menu (`menu: false`: an
emergency, a crisis, a robbery, feeling unsafe, one's own or a colleague's distress, bullying) is
answered from the knowledge base (its line first) whatever Rasa's intent or the coach's own
readings of the words (a yes or no, small talk, a self-check answer, a request for words, a
farewell) make of it: actions/base.py `answering_safety_first`, actions/advice.py
`respond_from_knowledge`."""

from __future__ import annotations

from actions import knowledge as kb
from bot.content.referrals import load_referrals
from bot.dialogue import payloads
from bot.engine import referrals_for
from bot.settings import get_settings


def names_danger_or_distress(text: str) -> bool:
    """Whether the typed `text` (not a button's payload) names a topic without a menu: someone in
    danger or distress (`Referral.menu` False), in any part of it, as the decision reads it
    (bot/engine/decision.py `referrals_for`). A request to translate never does."""
    if not text or not text.strip() or payloads.is_payload(text) or kb.translation_referral(text):
        return False
    topics = referrals_for(text, load_referrals(get_settings().knowledge_dir))
    return any(not topic.menu for topic in topics)
