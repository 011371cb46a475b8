"""The admin guide's walk-through, end to end, against the real Rasa and action servers:
`knowledge new` in a copy of knowledge/, fill both files, the article goes live; edit it;
a broken edit keeps the last good version; restart the stack; the last good version still
serves and start-up says (log, admin notice, `knowledge status`) which file is held back
and why; a question the coach cannot answer shows up in `servicecoach report`."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
import uuid
from pathlib import Path

import pytest

from bot.dialogue.client import RasaClient
from bot.settings import Settings
from bot.stack.stack import Stack
from bot.storage.notices import NoticeStore
from tests.helpers import ROOT, free_port, seed_index_cache

pytestmark = pytest.mark.e2e

ID = "lobster-returns"
# A new article is learnt by the article classifier before it is served: ~20 s on 2 idle cores
# from the served classifier's weights (stop 33; 30-35 s from scratch, which CI's load pushed
# past 60 s). An edit is served in about a second (tests/e2e/test_live_update.py).
WAIT = 120.0
QUESTION = "Een klant brengt een levende kreeft terug naar de winkel, wat doe ik?"
# a service question no article covers (NLU: ask_advice), far under the offer threshold
# (p_top3 0.27 against 0.50 with the walkthrough's article) and apart from the lobster question
# for the report's e5 grouping (distance 0.171, cut at 0.16). "Welke gebaren gebruik ik voor een
# dove bezoeker aan de balie?" was offered (0.506) once customer-crossing-the-line was added in
# stop 25; questions about a blind or deaf visitor at 0.146-0.153 joined the lobster's group.
GAP = "Waar bestel ik folders in braille voor slechtziende bezoekers?"
NOT_ANSWERED = "Daar weet ik (nog) geen goed antwoord op"
CLI = [str(ROOT / ".venv" / "bin" / "servicecoach")]

NL = """---
id: lobster-returns
title: "Een klant brengt een levende kreeft terug"
lang: nl
audience: employee
category: practice
summary: "{lead}Blijf vriendelijk, neem de kreeft aan in een bak en bied de klant meteen een oplossing."
tags: [kreeft, levende kreeft, terugbrengen, retour, vis]
questions:
  - "Een klant brengt een levende kreeft terug, wat doe ik?"
  - "klant komt met een levende kreeft terug naar de winkel"
related: [angry-customer]
---

## Wat het betekent
Een levende kreeft terugkrijgen is ongewoon. De klant voelt zich ongemakkelijk; jij blijft rustig.

## Wat je morgen anders doet
- Neem de kreeft aan in een bak met koud water.
- Vraag wat er mis was en bied een oplossing.
- Zeg wat je nu doet en wanneer de klant van je hoort.

## Voorbeeld
Een klant zet een tas met een levende kreeft op de toonbank. Sam pakt een bak en lost het op.

## Reflectievraag
Wat doe ik als iets ongewoons terugkomt?
"""

EN = """---
id: lobster-returns
title: "A customer brings back a live lobster"
lang: en
audience: employee
category: practice
summary: "Stay friendly, take the lobster in a tub and offer the customer a solution at once."
tags: [lobster, live lobster, return, refund, fish]
questions:
  - "A customer returns a live lobster, what do I do?"
  - "customer brings a live lobster back to the shop"
related: [angry-customer]
---

## What it means
Getting a live lobster back is unusual. The customer feels awkward; you stay calm.

## What you do differently tomorrow
- Take the lobster in a tub of cold water.
- Ask what was wrong and offer a solution.
- Say what you do now and when the customer hears from you.

## Example
A customer puts a bag with a live lobster on the counter. Sam fetches a tub and sorts it out.

## Question to reflect on
What do I do when something unusual comes back?
"""


def private_copy(base: Path, monkeypatch) -> Settings:
    """A copy of knowledge/ and of the embedding cache (for this process and the servers);
    the stack's own var/ and ports."""
    knowledge = base / "knowledge"
    shutil.copytree(ROOT / "knowledge", knowledge)
    cache = base / "cache"
    cache.mkdir()
    for npz in (ROOT / "var" / "cache").glob("embeddings-*.npz"):
        shutil.copy(npz, cache / npz.name)
    seed_index_cache(knowledge, cache)  # the repo's index under the copy's key: no fit from scratch
    monkeypatch.setenv("SERVICECOACH_CACHE_DIR", str(cache))
    return Settings(
        knowledge_dir=knowledge,
        var_dir=base / "var",
        rasa_port=free_port(),
        action_port=free_port(),
    )


def cli(settings: Settings, *args: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "SERVICECOACH_KNOWLEDGE_DIR": str(settings.knowledge_dir),
        "SERVICECOACH_VAR_DIR": str(settings.var_dir),
        "SERVICECOACH_CACHE_DIR": str(settings.cache_dir),
        "SERVICECOACH_DATABASE_URL": settings.app_db_url,
    }
    return subprocess.run([*CLI, *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)


def ask(client: RasaClient, text: str = QUESTION) -> tuple[str | None, str]:
    replies = client.send(f"admin-walk-{uuid.uuid4().hex[:8]}", text)
    found = [r["custom"] for r in replies if (r.get("custom") or {}).get("type") == "source"]
    return (found[0]["id"] if found else None), "\n".join(r.get("text") or "" for r in replies)


def until(condition, timeout: float = WAIT) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.3)
    return False


def test_the_admin_walkthrough(tmp_path: Path, rasa_model: Path, monkeypatch) -> None:
    settings = private_copy(tmp_path, monkeypatch)
    nl = settings.knowledge_dir / "nl" / f"{ID}.md"
    en = settings.knowledge_dir / "en" / f"{ID}.md"
    notices = NoticeStore  # opened once the stack has created the database

    with Stack(settings, show_progress=False, model=rasa_model):
        client = RasaClient(settings.rasa_url)
        # 1. a new article from the template: held back (TODO), nothing else disturbed
        made = cli(settings, "knowledge", "new", ID)
        assert made.returncode == 0, made.stderr
        assert nl.is_file() and en.is_file() and "TODO" in nl.read_text(encoding="utf-8")
        assert until(lambda: (cli(settings, "knowledge", "status", "--json").stdout or "").count(ID) == 2)
        status = json.loads(cli(settings, "knowledge", "status", "--json").stdout)
        assert status["files"][f"nl/{ID}.md"]["state"] == "held back"
        assert any("TODO" in r for r in status["files"][f"nl/{ID}.md"]["reasons"])
        assert ask(client)[0] != ID

        # 2. fill both files: live
        nl.write_text(NL.format(lead=""), encoding="utf-8")
        en.write_text(EN, encoding="utf-8")
        assert until(lambda: ask(client)[0] == ID), "the new article did not go live"
        check = cli(settings, "knowledge", "check", "--no-tokens")
        assert check.returncode == 0, check.stdout + check.stderr

        # 3. edit it: the edit is served
        nl.write_text(NL.format(lead="Kreeftregel: eerst een bak. "), encoding="utf-8")
        assert until(lambda: "Kreeftregel" in ask(client)[1]), "the edit did not go live"

        # 4. a broken edit (an unclosed quote, as an admin would type it): last good stays
        before = len(notices(settings.app_db_url).recent(100))
        # the title's closing quote forgotten: a YAML error, not a title with a quote in it
        broken = NL.format(lead="Zeeegel: nooit gepubliceerd. ").replace('terug"\nlang:', "terug\nlang:", 1)
        assert broken != NL.format(lead="Zeeegel: nooit gepubliceerd. ")
        nl.write_text(broken, encoding="utf-8")
        assert until(lambda: len(notices(settings.app_db_url).recent(100)) > before), "no admin notice"
        notice = notices(settings.app_db_url).recent(1)[0].text
        assert re.search(rf"nl/{ID}\.md:\d+: ", notice), notice
        source, text = ask(client)
        assert source == ID and "Kreeftregel" in text and "Zeeegel" not in text

        # a question the knowledge cannot answer, for the report
        # (refused: "don't know" or "not what I'm for"; either way logged as a gap)
        assert ask(client, GAP)[0] is None
        client.close()

    # 5. restart: the last good version still serves; start-up says what is held back
    notice_count = len(notices(settings.app_db_url).recent(100))
    log_size = (settings.log_dir / "action-server.log").stat().st_size
    with Stack(settings, show_progress=False, model=rasa_model):
        client = RasaClient(settings.rasa_url)
        source, text = ask(client)
        assert source == ID and "Kreeftregel" in text and NOT_ANSWERED not in text, text
        en_source, en_text = ask(client, "A customer returns a live lobster, what do I do?")
        assert en_source == ID and "lobster" in en_text.lower()
        client.close()
        after = notices(settings.app_db_url).recent(100)
        assert len(after) > notice_count, "start-up did not tell the admins"
        assert f"nl/{ID}.md" in after[0].text
    log = (settings.log_dir / "action-server.log").read_bytes()[log_size:].decode("utf-8", "replace")
    held = [line for line in log.splitlines() if f"held back: nl/{ID}.md" in line]
    assert held and "last good version served" in held[0], log[-3000:]
    assert re.match(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d", held[0]), held[0]  # a timestamp
    assert any("knowledge published in" in line for line in log.splitlines())

    status = cli(settings, "knowledge", "status")
    assert status.returncode == 0, status.stderr
    line = next(x for x in status.stdout.splitlines() if x.startswith(f"nl/{ID}.md"))
    assert "LAST GOOD VERSION SERVED" in line and "published 20" in line
    assert f"en/{ID}.md: live; published 20" in status.stdout

    # 6. the report shows the unanswered question, counted once per person
    report = cli(settings, "report", "--since", "0d", "--lang", "nl")
    assert report.returncode == 0, report.stderr
    assert GAP in report.stdout and "1 mensen, 1 vragen" in report.stdout, report.stdout
