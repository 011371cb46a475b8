"""A fake Telegram Bot API server on loopback, speaking the real protocol: POST (or GET)
`{base}/bot{token}/{method}` with form, multipart or JSON parameters, answering
`{"ok": true, "result": ...}` or `{"ok": false, "error_code": ..., "description": ...}`.

It checks what Telegram checks, so the bot fails here where it would fail in production:
the token, HTML parse mode (only Telegram's tags, every `<` and `&` escaped, tags
balanced), the 4096-character text and 1024-character caption limits (after entity
parsing, in UTF-16 units), callback data of 1-64 bytes, photos that are real images,
getUpdates refused while a webhook is set. It refuses like Telegram too, on demand: 403 for a
user who blocked the bot or was deleted, 400 "chat not found", 400 "query is too old" for a
late answerCallbackQuery, 429 with parameters.retry_after for flood limits. Users act
through it like Telegram clients: they send text and press buttons that exist on a message
they received, add the bot to groups and talk there."""

from __future__ import annotations

import email.parser
import email.policy
import html
import itertools
import json
import re
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

TELEGRAM_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler",
    "a", "tg-emoji", "code", "pre", "blockquote",
}  # fmt: skip
NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
TOKEN_RE = re.compile(r"<(/?)([a-zA-Z][\w-]*)((?:\s+[^<>]*)?)>|<|&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);|&")
JSON_FIELDS = {"reply_markup", "allowed_updates", "commands", "scope", "link_preview_options"}
INT_FIELDS = {"chat_id", "message_id", "offset", "limit", "timeout", "max_connections"}

# seconds between two looks at what wait_for waits for, when nothing wakes it sooner
WAIT_TICK = 0.1


class ApiError(Exception):
    def __init__(self, code: int, description: str, **extra: Any) -> None:
        super().__init__(description)
        self.code, self.description, self.extra = code, description, extra


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def parse_html(text: str) -> str:
    """The plain text Telegram shows for an HTML-mode message, or ApiError like Telegram's."""
    out: list[str] = []
    stack: list[str] = []
    pos = 0
    for match in TOKEN_RE.finditer(text):
        out.append(text[pos : match.start()])
        pos = match.end()
        token = match.group(0)
        if match.group(2):
            closing, tag = match.group(1) == "/", match.group(2).lower()
            if tag not in TELEGRAM_TAGS:
                raise ApiError(400, f'Bad Request: can\'t parse entities: Unsupported start tag "{tag}"')
            if closing:
                if not stack or stack.pop() != tag:
                    raise ApiError(400, f'Bad Request: can\'t parse entities: Unexpected end tag "{tag}"')
            else:
                stack.append(tag)
        elif token == "<":
            raise ApiError(400, "Bad Request: can't parse entities: Unsupported start tag")
        elif token == "&":
            raise ApiError(400, "Bad Request: can't parse entities: Unescaped '&'")
        else:
            name = match.group(4)
            if name.startswith("#x"):
                out.append(chr(int(name[2:], 16)))
            elif name.startswith("#"):
                out.append(chr(int(name[1:])))
            elif name in NAMED_ENTITIES:
                out.append(NAMED_ENTITIES[name])
            else:
                raise ApiError(400, f'Bad Request: can\'t parse entities: Unsupported entity "{name}"')
    out.append(text[pos:])
    if stack:
        raise ApiError(
            400, f"Bad Request: can't parse entities: Can't find end tag corresponding to \"{stack[-1]}\""
        )
    return "".join(out)


@dataclass(frozen=True)
class FakeUser:
    id: int
    first_name: str = "Test"
    language_code: str = "nl"

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "is_bot": False,
            "first_name": self.first_name,
            "language_code": self.language_code,
        }


@dataclass
class Sent:
    """A message the bot sent (as Telegram keeps it)."""

    message_id: int
    chat_id: int
    method: str
    text: str = ""  # plain text after entity parsing (caption for photos)
    raw: str = ""  # as sent, with HTML
    reply_markup: dict | None = None
    photo: bytes | None = None
    date: int = field(default_factory=lambda: int(time.time()))

    @property
    def buttons(self) -> list[dict]:
        return [b for row in (self.reply_markup or {}).get("inline_keyboard", []) for b in row]

    def button(self, title_part: str) -> dict:
        return next(b for b in self.buttons if title_part.lower() in b["text"].lower())

    def as_dict(self, bot: dict, user: dict | None = None) -> dict:
        message: dict[str, Any] = {
            "message_id": self.message_id,
            "date": self.date,
            "chat": {
                "id": self.chat_id,
                "type": "private",
                "first_name": (user or {}).get("first_name", "x"),
            },
            "from": bot,
        }
        if self.photo is not None:
            message["photo"] = [
                {"file_id": f"photo{self.message_id}", "file_unique_id": f"u{self.message_id}", "width": 800,
                 "height": 400, "file_size": len(self.photo)}
            ]  # fmt: skip
            if self.text:
                message["caption"] = self.text
        else:
            message["text"] = self.text
        if self.reply_markup and self.reply_markup.get("inline_keyboard"):
            message["reply_markup"] = self.reply_markup
        return message


class FakeTelegram:
    """Start with `with FakeTelegram(token) as tg:`; `tg.base_url` is the API base URL."""

    def __init__(self, token: str, bot_username: str = "servicecoach_test_bot") -> None:
        self.token = token
        self.bot = {"id": 900001, "is_bot": True, "first_name": "Service Coach", "username": bot_username}
        self._cond = threading.Condition()
        self._updates: list[dict] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1)
        self._callback_ids = itertools.count(1)
        self.sent: list[Sent] = []
        self.calls: list[tuple[str, dict]] = []
        self.callback_answers: dict[str, dict] = {}
        self.callbacks_issued: set[str] = set()
        self.webhook: dict[str, str] = {}
        self.webhook_responses: list[int] = []
        self.fail_next: dict[str, list[ApiError]] = {}
        self.unauthorized = 0
        self.call_times: list[tuple[str, float]] = []  # (method, time.monotonic()) of every call
        self.blocked: dict[int, str] = {}  # chat id -> Telegram's 403 description
        self.callbacks_expire = False  # answerCallbackQuery refuses every query as too old
        self.groups: dict[int, str] = {}  # group chat id -> "group" | "supergroup" | "channel"
        self._users: dict[int, dict] = {}
        self.user_messages: dict[tuple[int, int], dict] = {}  # (user id, message id) -> as last sent
        self._deliveries: list[dict] = []
        self._closing = False
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._threads: list[threading.Thread] = []

    # lifecycle
    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> FakeTelegram:
        for target in (self._server.serve_forever, self._deliver_webhooks):
            thread = threading.Thread(target=target, daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def stop(self) -> None:
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeTelegram:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # what users do
    def send_text(self, user: FakeUser, text: str) -> int:
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": user.id, "type": "private", "first_name": user.first_name},
            "from": user.as_dict(),
            "text": text,
        }
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": utf16_len(command)}]
        with self._cond:
            self.user_messages[(user.id, message["message_id"])] = message
        return self._add_update({"message": message}, user)

    def last_sent(self, user: FakeUser) -> int:
        """The message id of the latest message `user` sent with send_text."""
        with self._cond:
            return max(mid for uid, mid in self.user_messages if uid == user.id)

    def send_edit(self, user: FakeUser, message_id: int, text: str) -> int:
        """The user edits their own message `message_id` (one they sent with send_text) into
        `text`, as a Telegram client does: an `edited_message` update with the message's id,
        chat, sender and first date, the new text (with a bot_command entity when it starts
        with "/") and an edit_date. Returns the update id."""
        with self._cond:
            original = self.user_messages.get((user.id, message_id))
            if original is None:
                raise AssertionError(f"user {user.id} sent no message {message_id} to edit")
            edited: dict[str, Any] = {
                **{k: v for k, v in original.items() if k != "entities"},
                "text": text,
                "edit_date": max(int(time.time()), original["date"] + 1),
            }
            if text.startswith("/"):
                command = text.split()[0]
                edited["entities"] = [{"type": "bot_command", "offset": 0, "length": utf16_len(command)}]
            self.user_messages[(user.id, message_id)] = edited
        return self._add_update({"edited_message": edited}, user)

    def send_update(self, payload: dict) -> int:
        """Any update body (e.g. a group message or a sticker), given without update_id."""
        return self._add_update(payload, None)

    # Telegram's refusals, as the real Bot API words them
    def block(self, user: FakeUser, description: str = "Forbidden: bot was blocked by the user") -> None:
        """From now on every call to this user's chat fails with 403 (blocked, or e.g.
        "Forbidden: user is deactivated")."""
        with self._cond:
            self.blocked[user.id] = description

    def flood(self, method: str, retry_after: int = 1, times: int = 1) -> None:
        """The next `times` calls of `method` fail with 429 and parameters.retry_after."""
        with self._cond:
            self.fail_next.setdefault(method, []).extend(
                ApiError(429, f"Too Many Requests: retry after {retry_after}", retry_after=retry_after)
                for _ in range(times)
            )

    # groups: what Telegram sends when the bot is added to a group and people talk there
    def add_to_group(self, user: FakeUser, group_id: int, kind: str = "group") -> None:
        """`user` adds the bot: a my_chat_member update, then the service message (not for
        channels, which have no member messages)."""
        chat = self._group_chat(group_id, kind)
        bot_user = {k: self.bot[k] for k in ("id", "is_bot", "first_name", "username")}
        self._add_update({"my_chat_member": {
            "chat": chat, "from": user.as_dict(), "date": int(time.time()),
            "old_chat_member": {"status": "left", "user": bot_user},
            "new_chat_member": {"status": "member" if kind != "channel" else "administrator",
                                "user": bot_user, **({"can_be_edited": False, "can_manage_chat": True,
                                "can_change_info": True, "can_post_messages": True,
                                "can_edit_messages": True, "can_delete_messages": True,
                                "can_invite_users": True, "can_restrict_members": True,
                                "can_promote_members": False, "can_manage_video_chats": True,
                                "is_anonymous": False, "can_post_stories": False,
                                "can_edit_stories": False, "can_delete_stories": False}
                                if kind == "channel" else {})},
        }}, user)  # fmt: skip
        if kind != "channel":
            self.send_update({"message": self._group_message(user, chat, new_chat_members=[bot_user])})

    def send_group(self, user: FakeUser | None, group_id: int, **fields: Any) -> int:
        """A message in the group (or a channel post when `user` is None): text=..., or a
        service message such as new_chat_members=[...], left_chat_member={...}."""
        chat = self._group_chat(group_id, self.groups.get(group_id, "group"))
        if user is None:
            post = {"message_id": next(self._message_ids), "date": int(time.time()), "chat": chat, **fields}
            return self.send_update({"channel_post": post})
        return self.send_update({"message": self._group_message(user, chat, **fields)})

    def _group_chat(self, group_id: int, kind: str) -> dict:
        with self._cond:
            self.groups[group_id] = kind
        return {"id": group_id, "type": kind, "title": "Team chat"}

    def _group_message(self, user: FakeUser, chat: dict, **fields: Any) -> dict:
        return {"message_id": next(self._message_ids), "date": int(time.time()), "chat": chat,
                "from": user.as_dict(), **fields}  # fmt: skip

    def press(self, user: FakeUser, message: Sent, callback_data: str) -> str:
        """Press a button that is on the message now, as a Telegram client would."""
        with self._cond:
            current = next(m for m in self.sent if m.message_id == message.message_id)
            if callback_data not in [b.get("callback_data") for b in current.buttons]:
                raise AssertionError(f"no button {callback_data!r} on message {message.message_id}")
            query_id = str(next(self._callback_ids))
            self.callbacks_issued.add(query_id)
            update = {
                "callback_query": {
                    "id": query_id,
                    "from": user.as_dict(),
                    "message": current.as_dict(self.bot, user.as_dict()),
                    "chat_instance": f"ci{user.id}",
                    "data": callback_data,
                }
            }
        self._add_update(update, user)
        return query_id

    def _add_update(self, payload: dict, user: FakeUser | None) -> int:
        with self._cond:
            update = {"update_id": next(self._update_ids), **payload}
            if user is not None:
                self._users[user.id] = user.as_dict()
            if self.webhook.get("url"):
                self._deliveries.append(update)
            else:
                self._updates.append(update)
            self._cond.notify_all()
            return update["update_id"]

    # what tests look at
    def messages_to(self, chat_id: int) -> list[Sent]:
        with self._cond:
            return [m for m in self.sent if m.chat_id == chat_id]

    def calls_of(self, method: str) -> list[dict]:
        with self._cond:
            return [params for name, params in self.calls if name == method]

    def wait_for(self, predicate: Callable[[], Any], timeout: float = 120.0, what: str = "") -> Any:
        """Until `predicate()` is true (its result), else AssertionError after `timeout` s. Each
        call to this API wakes it; what else a predicate reads (the bot's own update queue:
        tests/helpers.py BotRunner.idle) is looked at again every WAIT_TICK s (stop 67: at 1 s,
        the Telegram e2e tests spent about a second per step waiting for an idle bot)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                result = predicate()
                if result:
                    return result
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"timed out waiting for {what or predicate}")
                self._cond.wait(min(remaining, WAIT_TICK))

    def wait_messages(self, chat_id: int, count: int, timeout: float = 120.0) -> list[Sent]:
        """Wait until the chat has at least `count` messages in all; returns them all."""
        return self.wait_for(
            lambda: (ms := self.messages_to(chat_id)) and len(ms) >= count and ms,
            timeout,
            f"{count} messages to chat {chat_id}",
        )

    def pending_updates(self) -> int:
        with self._cond:
            return len(self._updates) + len(self._deliveries)

    # the Bot API
    def call(self, method: str, params: dict, files: dict[str, bytes]) -> Any:
        with self._cond:
            self.calls.append((method, params))
            self.call_times.append((method, time.monotonic()))
            failures = self.fail_next.get(method)
            if failures:
                raise failures.pop(0)
            handler = getattr(self, f"api_{method}", None)
            if handler is None:
                raise ApiError(404, "Not Found: method not found")
            result = handler(params, files)
            self._cond.notify_all()
            return result

    def api_getMe(self, params: dict, files: dict) -> dict:
        return {**self.bot, "can_join_groups": False, "can_read_all_group_messages": False,
                "supports_inline_queries": False}  # fmt: skip

    def api_getUpdates(self, params: dict, files: dict) -> list[dict]:
        if self.webhook.get("url"):
            raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active; "
                           "use deleteWebhook to delete the webhook first")  # fmt: skip
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        deadline = time.monotonic() + float(params.get("timeout") or 0)
        while True:
            if offset:
                self._updates = [u for u in self._updates if u["update_id"] >= offset]  # confirmed
            if self._updates or self._closing or time.monotonic() >= deadline:
                return self._updates[:limit]
            self._cond.wait(max(0.0, min(deadline - time.monotonic(), 1.0)))

    def api_setWebhook(self, params: dict, files: dict) -> bool:
        url = params.get("url") or ""
        secret = params.get("secret_token") or ""
        if secret and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
            raise ApiError(400, "Bad Request: secret token contains unallowed characters")
        self.webhook = {"url": url, "secret_token": secret} if url else {}
        return True

    def api_deleteWebhook(self, params: dict, files: dict) -> bool:
        self.webhook = {}
        if params.get("drop_pending_updates") in (True, "true", "True"):
            self._updates.clear()
        return True

    def api_getWebhookInfo(self, params: dict, files: dict) -> dict:
        return {"url": self.webhook.get("url", ""), "has_custom_certificate": False,
                "pending_update_count": len(self._deliveries)}  # fmt: skip

    def api_setMyCommands(self, params: dict, files: dict) -> bool:
        for command in params.get("commands") or []:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", command.get("command", "")):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
        return True

    def api_deleteMyCommands(self, params: dict, files: dict) -> bool:
        return True

    def api_sendChatAction(self, params: dict, files: dict) -> bool:
        self._chat(params)
        if params.get("action") not in {"typing", "upload_photo", "record_video", "upload_document"}:
            raise ApiError(400, "Bad Request: wrong parameter action in request")
        return True

    def api_sendMessage(self, params: dict, files: dict) -> dict:
        chat_id = self._chat(params)
        raw = str(params.get("text") or "")
        text = self._parse(raw, params).strip()
        if not text:
            raise ApiError(400, "Bad Request: message text is empty")
        if utf16_len(text) > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        return self._record("sendMessage", chat_id, text, raw, params).as_dict(
            self.bot, self._users.get(chat_id)
        )

    def api_sendPhoto(self, params: dict, files: dict) -> dict:
        chat_id = self._chat(params)
        photo = files.get("photo")
        if photo is None:
            if not params.get("photo"):
                raise ApiError(400, "Bad Request: there is no photo in the request")
            photo = b""  # a URL or file_id; Telegram fetches it
        elif not photo.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")):
            raise ApiError(400, "Bad Request: IMAGE_PROCESS_FAILED")
        raw = str(params.get("caption") or "")
        caption = self._parse(raw, params).strip()
        if utf16_len(caption) > 1024:
            raise ApiError(400, "Bad Request: message caption is too long")
        sent = self._record("sendPhoto", chat_id, caption, raw, params, photo=photo)
        return sent.as_dict(self.bot, self._users.get(chat_id))

    def api_answerCallbackQuery(self, params: dict, files: dict) -> bool:
        query_id = str(params.get("callback_query_id") or "")
        if query_id not in self.callbacks_issued or self.callbacks_expire:
            raise ApiError(
                400, "Bad Request: query is too old and response timeout expired or query ID is invalid"
            )
        if query_id in self.callback_answers:
            raise ApiError(
                400, "Bad Request: query is too old and response timeout expired or query ID is invalid"
            )
        if len(str(params.get("text") or "")) > 200:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        self.callback_answers[query_id] = params
        return True

    def api_editMessageReplyMarkup(self, params: dict, files: dict) -> dict:
        chat_id = self._chat(params)
        message_id = int(params.get("message_id") or 0)
        message = next((m for m in self.sent if m.chat_id == chat_id and m.message_id == message_id), None)
        if message is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        markup = params.get("reply_markup") or None
        self._check_markup(markup)
        if (markup or {}).get("inline_keyboard") == (message.reply_markup or {}).get("inline_keyboard"):
            raise ApiError(400, "Bad Request: message is not modified")
        message.reply_markup = markup
        return message.as_dict(self.bot, self._users.get(chat_id))

    # helpers
    def _chat(self, params: dict) -> int:
        try:
            chat_id = int(params.get("chat_id"))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            raise ApiError(400, "Bad Request: chat_id is empty") from None
        if chat_id in self.blocked:
            raise ApiError(403, self.blocked[chat_id])
        if chat_id not in self._users and chat_id not in self.groups:
            raise ApiError(400, "Bad Request: chat not found")
        return chat_id

    def _parse(self, raw: str, params: dict) -> str:
        mode = params.get("parse_mode")
        if mode == "HTML":
            return parse_html(raw)
        if mode:
            raise ApiError(400, f"Bad Request: unsupported parse_mode {mode}")
        return raw

    def _check_markup(self, markup: dict | None) -> None:
        for row in (markup or {}).get("inline_keyboard", []):
            for button in row:
                if not button.get("text"):
                    raise ApiError(400, "Bad Request: can't parse inline keyboard button: Text buttons are "
                                   "unallowed in the inline keyboard")  # fmt: skip
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode()) <= 64:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")

    def _record(
        self, method: str, chat_id: int, text: str, raw: str, params: dict, photo: bytes | None = None
    ):
        markup = params.get("reply_markup") or None
        self._check_markup(markup)
        sent = Sent(next(self._message_ids), chat_id, method, text, raw, markup, photo)
        self.sent.append(sent)
        return sent

    def _deliver_webhooks(self) -> None:
        """Like Telegram: POST each update to the webhook, one at a time, with the secret."""
        while True:
            with self._cond:
                while not self._deliveries and not self._closing:
                    self._cond.wait(1.0)
                if self._closing:
                    return
                update, hook = self._deliveries[0], dict(self.webhook)
            status = post_update(hook.get("url", ""), update, hook.get("secret_token"))
            with self._cond:
                self.webhook_responses.append(status)
                if status == 200 or not self.webhook:
                    self._deliveries.pop(0)
                self._cond.notify_all()
            if status != 200:
                time.sleep(0.5)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                self._serve()

            def do_POST(self) -> None:
                self._serve()

            def _serve(self) -> None:
                path = urllib.parse.urlparse(self.path)
                match = re.fullmatch(r"/bot([^/]+)/(\w+)", path.path)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                if not match:
                    return self._reply(404, {"ok": False, "error_code": 404, "description": "Not Found"})
                if match.group(1) != fake.token:
                    fake.unauthorized += 1
                    return self._reply(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
                try:
                    params, files = parse_body(self.headers.get("Content-Type", ""), body)
                    params.update({k: v[-1] for k, v in urllib.parse.parse_qs(path.query).items()})
                    result = fake.call(match.group(2), normalise(params), files)
                except ApiError as exc:
                    payload = {"ok": False, "error_code": exc.code, "description": exc.description}
                    if exc.extra:
                        payload["parameters"] = exc.extra
                    return self._reply(exc.code, payload)
                self._reply(200, {"ok": True, "result": result})

            def _reply(self, status: int, payload: dict) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                try:
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a long poll cancelled at shutdown)

        return Handler


def parse_body(content_type: str, body: bytes) -> tuple[dict, dict[str, bytes]]:
    if not body:
        return {}, {}
    if content_type.startswith("application/json"):
        return json.loads(body), {}
    if content_type.startswith("application/x-www-form-urlencoded"):
        return {k: v[-1] for k, v in urllib.parse.parse_qs(body.decode(), keep_blank_values=True).items()}, {}
    if content_type.startswith("multipart/form-data"):
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            f"Content-Type: {content_type}\r\n\r\n".encode() + body
        )
        params: dict[str, Any] = {}
        files: dict[str, bytes] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            data = part.get_payload(decode=True) or b""
            if part.get_filename() is not None:
                files[name] = data
            else:
                params[name] = data.decode()
        # PTB sends attachments as attach://name references
        for key, value in list(params.items()):
            if isinstance(value, str) and value.startswith("attach://") and value[9:] in files:
                files[key] = files.pop(value[9:])
                del params[key]
        return params, files
    raise ApiError(400, f"Bad Request: unsupported content type {content_type}")


def normalise(params: dict) -> dict:
    out = dict(params)
    for key, value in params.items():
        if key in JSON_FIELDS and isinstance(value, str):
            try:
                out[key] = json.loads(value)
            except ValueError:
                raise ApiError(400, f"Bad Request: can't parse {key} JSON object") from None
        elif key in INT_FIELDS and isinstance(value, str) and re.fullmatch(r"-?\d+", value):
            out[key] = int(value)
    return out


def post_update(url: str, update: dict, secret: str | None) -> int:
    headers = {"Content-Type": "application/json"}
    if secret:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    request = urllib.request.Request(url, data=json.dumps(update).encode(), headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code
    except OSError:
        return 0


def plain(html_text: str) -> str:
    return html.unescape(html_text)
