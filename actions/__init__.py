"""Rasa custom actions. Importing the package loads the knowledge index, so the action
server is ready (not just alive) when its health check first answers."""

import threading

from tqdm import tqdm

from bot.settings import get_settings

# Loading the model draws tqdm bars; tqdm's default lock is a multiprocessing lock, which
# fixes the start method before Sanic (the action server) may choose it. A thread lock
# is all a progress bar here needs.
tqdm.set_lock(threading.RLock())

if get_settings().warmup:  # SERVICECOACH_WARMUP=0: load on first use
    from bot.engine.service import shared_searcher

    shared_searcher()
