"""The terminal chat's slash commands: those of bot/dialogue/commands.py, shared with the plain
REST channel (stop 61). /help and /quit are the chat loop's own (bot/channels/terminal/chat.py)."""

from __future__ import annotations

from bot.dialogue.commands import Command, command_payload

__all__ = ["Command", "command_payload"]
