"""Rasa custom actions. Importing the package loads the knowledge index, so the action
server is ready (not just alive) when its health check first answers."""

import os

if os.environ.get("SERVICECOACH_WARMUP", "1") != "0":
    from bot.engine.service import shared_searcher

    shared_searcher()
