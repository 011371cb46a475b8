"""Flemish and informal Dutch words read in standard Dutch before a Dutch search
(bot/engine/regional_words.py), on the bundled list and the real index."""

from __future__ import annotations

import pytest

from bot.engine.regional_words import parse_regional_words, regional_words, standard_dutch


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("een klant die over alles zit te zagen", "een klant die over alles zit te klagen"),
        ("Zeuren over de prijs, wat doe ik", "Klagen over de prijs, wat doe ik"),
        ("klant zaagt de hele tijd over de wachttijd", "klant klaagt de hele tijd over de wachttijd"),
        ("wil geld terug maar heeft geen bonnetje", "wil geld terug maar heeft geen kassabon"),
        ("iemand blijft maar babbelen", "iemand blijft maar praten"),
        ("het gezeur van die man", "het geklaag van die man"),
        # Flemish "reclameren": to complain (formally)
        ("klant komt reclameren over zijn factuur", "klant komt klagen over zijn factuur"),
        ("hij reclameerde bij de balie", "hij klaagde bij de balie"),
        ("een reclamatie over de levering", "een klacht over de levering"),
        # Flemish spoken forms: "ik" run into the verb, and short words (stop 46)
        ("kzit met een klant die nie kalm wordt", "ik zit met een klant die niet kalm wordt"),
        ("Kheb een klant aan de lijn", "Ik heb een klant aan de lijn"),
        ("kweet nie wat ik moet zeggen", "ik weet niet wat ik moet zeggen"),
        ("kben bang dat ze kwaad wordt", "ik ben bang dat ze kwaad wordt"),
        ("kmoet het oplossen", "ik moet het oplossen"),
        # Flemish everyday words (stop 49)
        ("hoe blijf ik da toch met goesting doen", "hoe blijf ik da toch met zin doen"),
        ("klanten vragen dikwijls hetzelfde", "klanten vragen vaak hetzelfde"),
        ("de kamer was niet gekuist", "de kamer was niet schoongemaakt"),
        ("da was ni plezant", "da was ni leuk"),
        ("ik sta aan het onthaal van het ziekenhuis", "ik sta aan het receptie van het ziekenhuis"),
        ("en als hij dan begint te roepen?", "en als hij dan begint te schreeuwen?"),
        ("een klant riep tegen me", "een klant schreeuwde tegen me"),
        # Flemish crying (probe of stop 51)
        ("ze begon te wenen", "ze begon te huilen"),
        ("de klant weent aan de balie", "de klant huilt aan de balie"),
        ("hij weende", "hij huilde"),
    ],
)  # fmt: skip
def test_regional_words_are_read_in_standard_dutch(typed: str, read: str) -> None:
    assert standard_dutch(typed) == read


@pytest.mark.parametrize(
    "typed",
    [
        "hoe ga ik om met een boze klant", "de zagerij belt", "zagend geluid", "kletsen tijdens het werk",
        "ambetant", "de klant is kwaad", "een nieuwe klant", "daar wacht ze al", "kan ik dat zeggen",
        # short Flemish words stay: read as "wat", "dat" and "een" they made the decision too
        # sure of the words left (dev sets 4 and 6, stop 46)
        "wa is da", "ne klant",
    ],
)
def test_other_words_stay_as_typed(typed: str) -> None:
    assert standard_dutch(typed) == typed


def test_the_bundled_list_maps_single_words_to_their_standard_form() -> None:
    words = regional_words()
    assert words["zagen"] == "klagen" and words["bonnetje"] == "kassabon" and words["kzit"] == "ik zit"
    assert all(" " not in k for k in words)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("klagen zagen", "expected 'standard = regional forms'"),
        ("klagen = ", "single regional words"),
        ("klagen = zit te zagen", "single regional words"),
        ("klagen = zagen\nklaagt = zagen", "'zagen' is listed twice"),
    ],
)
def test_a_broken_list_names_its_line(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_regional_words(text)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("efkes een vraagje, hoe ga ik om met een klant die over echt alles zit te zagen",
         {"complaint-handling", "angry-customer"}),
        ("klant zeurt al tien minuten over de wachttijd", {"complaint-handling"}),
        ("klant zaagt de hele tijd over de wachttijd", {"complaint-handling"}),
        ("hoe behandel ik een reclamatie van een klant", {"complaint-handling"}),
        ("kzit met ne klant die nie kalm wordt, wa moet ik doen", {"angry-customer"}),
        ("kheb een klant die zijn bestelling nie heeft gekregen", {"service-recovery", "complaint-handling"}),
    ],
)  # fmt: skip
def test_a_search_in_regional_words_finds_the_standard_article(
    searcher, question: str, expected: set[str]
) -> None:
    """Read as typed, none of these articles was in the first three (zagen: sawing)."""
    results = searcher.search(question, "nl", top_k=3)
    assert expected & {r.id for r in results}, [r.id for r in results]
