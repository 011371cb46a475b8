"""Issue 10.6: Telegram answers 5xx or the connection fails: the reply is sent again with
backoff and shown once; a refusal or a timeout after the request went out is not repeated
(it could show the reply twice). The real PTB Bot against the fake Bot API."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest
from telegram import Bot
from telegram.error import BadRequest, NetworkError, TimedOut

from bot.channels.telegram import send
from tests.fakes.telegram import ApiError, FakeTelegram
from tests.helpers import TOKEN, new_user


def deliver_to(fake: FakeTelegram, tmp_path: Path, replies: list[dict]) -> int:
    async def go() -> int:
        async with Bot(TOKEN, base_url=f"{fake.base_url}/bot") as bot:
            return await send.send_replies(bot, user.id, replies, encode=lambda p: p, image_dir=tmp_path)

    user = new_user()
    fake._users[user.id] = user.as_dict()
    fake.user = user  # type: ignore[attr-defined]
    return asyncio.run(go())


def sent_times(fake: FakeTelegram) -> list[float]:
    return [at for method, at in fake.call_times if method == "sendMessage"]


@pytest.mark.parametrize("codes", [[502], [500, 503], [502, 504, 500]])
def test_telegram_5xx_is_retried_with_backoff_and_delivered_once(tmp_path, monkeypatch, codes) -> None:
    monkeypatch.setattr(send, "SEND_BACKOFF", 0.2)
    with FakeTelegram(TOKEN) as fake:
        fake.fail_next["sendMessage"] = [ApiError(code, "Internal Server Error") for code in codes]
        assert deliver_to(fake, tmp_path, [{"text": "hallo daar"}]) == 1
        assert [m.text for m in fake.messages_to(fake.user.id)] == ["hallo daar"]
        times = sent_times(fake)
        assert len(times) == len(codes) + 1
        gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
        assert all(gap >= 0.2 * 2**i * 0.9 for i, gap in enumerate(gaps))  # exponential backoff


def test_a_refusal_is_not_repeated_and_an_endless_5xx_gives_up(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(send, "SEND_BACKOFF", 0.05)
    with FakeTelegram(TOKEN) as fake:
        fake.fail_next["sendMessage"] = [ApiError(400, "Bad Request: can't parse entities")]
        with pytest.raises(BadRequest):
            deliver_to(fake, tmp_path, [{"text": "x"}])
        assert len(sent_times(fake)) == 1
    with FakeTelegram(TOKEN) as fake:
        fake.fail_next["sendMessage"] = [ApiError(502, "Bad Gateway")] * (send.SEND_ATTEMPTS + 1)
        with pytest.raises(NetworkError):
            deliver_to(fake, tmp_path, [{"text": "x"}])
        assert len(sent_times(fake)) == send.SEND_ATTEMPTS and not fake.messages_to(fake.user.id)


def timed_out(cause: Exception) -> TimedOut:
    try:
        raise TimedOut() from cause
    except TimedOut as exc:
        return exc


def test_only_what_telegram_surely_did_not_take_is_sent_again() -> None:
    assert send.not_delivered(NetworkError("Bad Gateway (502)"))
    assert send.not_delivered(timed_out(httpx.ConnectTimeout("connect")))
    assert send.not_delivered(timed_out(httpx.PoolTimeout("pool")))
    assert not send.not_delivered(timed_out(httpx.ReadTimeout("read")))  # it may have arrived
    assert not send.not_delivered(timed_out(httpx.WriteTimeout("write")))
    assert not send.not_delivered(BadRequest("Bad Request: chat not found"))
