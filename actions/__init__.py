"""Rasa custom actions. Importing the package loads the knowledge index, so the action
server is ready (not just alive) when its health check first answers."""

import logging
import threading

from rasa_sdk.utils import configure_colored_logging
from sanic.worker.manager import WorkerManager
from tqdm import tqdm

from actions.http_guard import install as install_webhook_guard
from bot.engine import on_reload_problems
from bot.insights.notices import AdminNotices
from bot.settings import get_settings

# Loading the model draws tqdm bars; tqdm's default lock is a multiprocessing lock, which
# fixes the start method before Sanic (the action server) may choose it. A thread lock
# is all a progress bar here needs.
tqdm.set_lock(threading.RLock())

# A worker acknowledges its start only after this package is imported, i.e. after the index
# is loaded (and checked, per file). On a busy 2-core machine that can take longer than
# Sanic's default 30 s, after which Sanic kills the server; allow 3 minutes.
WorkerManager.THRESHOLD = 1800  # tenths of a second

# Sanic's worker processes are spawned: the launcher's logging set-up (rasa_sdk's
# configure_colored_logging) does not reach them, so a worker's INFO lines (a live reload:
# "knowledge changed", "knowledge published in") were lost. The same set-up in each worker.
if get_settings().sanic_worker_name:
    configure_colored_logging(logging.INFO)

# POST /webhook answers a malformed action call with 400, never a 500 (actions/http_guard.py).
install_webhook_guard()

# Invalid knowledge found by live reload becomes a notice for admins.
on_reload_problems(AdminNotices(get_settings().app_db_url))

# rasa_sdk imports this package twice: in its launcher process, which only starts Sanic and
# never answers, and again in each Sanic worker. Loading the model and index in the launcher
# doubled the cold start (measured: the worker's load began only after the launcher's ~28 s)
# and the memory, so only a worker loads them.
if get_settings().warmup and get_settings().sanic_worker_name:  # SERVICECOACH_WARMUP=0: on first use
    from bot.engine import shared_searcher

    shared_searcher()
