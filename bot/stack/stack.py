"""The coach's servers together: the action server (knowledge engine) and the Rasa
server, started side by side, checked for health and stopped as one."""

from __future__ import annotations

import secrets
import socket
import sys
from pathlib import Path

from bot.i18n import t
from bot.privacy.redact import protect, url_passwords
from bot.settings import Settings
from bot.stack.index_first import build_first, index_missing
from bot.stack.process import ManagedProcess, ServerError
from bot.stack.progress import Progress
from bot.stack.rasa_env import action_server_environment, rasa_executable
from bot.stack.rasa_model import ensure_model, model_path

START_TIMEOUT = 300.0


class Stack:
    """Use as a context manager: `with Stack(settings) as stack: ...`."""

    def __init__(
        self, settings: Settings, show_progress: bool = True, model: Path | None = None, lang: str = "nl"
    ) -> None:
        self.settings = settings
        self.show_progress = show_progress
        self.lang = lang  # of the start-up lines
        self.model = model
        # A fresh token per start: Rasa's HTTP API (trackers) is then usable by this
        # process and its tests only.
        self.api_token = secrets.token_hex(24)  # hex: never starts with "-" (an option to Rasa)
        # never in this process's log: the token (health checks send it as ?token=) and the
        # database passwords (bot/privacy/redact.py)
        protect(self.api_token, *url_passwords(settings.app_db_url, settings.tracker_db_url))
        # The action server stores profiles, answers and charts where this process (and a
        # front end such as the Telegram bot) looks for them, not in the repo's default var/, and
        # reads the articles, self-checks and index cache this process does.
        env = action_server_environment(settings)
        self.action_server = ManagedProcess(
            name="action server",
            command=[
                sys.executable,
                "-m",
                "rasa_sdk",
                "--actions",
                "actions",
                "--port",
                str(settings.action_port),
            ],
            health_url=f"{settings.action_url}/health",
            log_path=settings.log_dir / "action-server.log",
            env=env,
            cwd=settings.root,
        )
        self.rasa_server: ManagedProcess | None = None
        self._env = env

    def _make_rasa(self, model: Path) -> ManagedProcess:
        s = self.settings
        return ManagedProcess(
            name="Rasa server",
            command=[
                str(rasa_executable(s)),
                "run",
                "--model",
                str(model),
                "--endpoints",
                "endpoints.yml",
                "--credentials",
                "credentials.yml",
                "--interface",
                s.host,
                "--port",
                str(s.rasa_port),
                "--enable-api",
                "--auth-token",
                self.api_token,
            ],
            health_url=f"{s.rasa_url}/status?token={self.api_token}",
            log_path=s.log_dir / "rasa-server.log",
            env=self._env,
            cwd=s.root,
        )

    @property
    def rasa_url(self) -> str:
        return self.settings.rasa_url

    @property
    def servers(self) -> list[ManagedProcess]:
        return [p for p in (self.action_server, self.rasa_server) if p is not None]

    def start(self) -> None:
        """Three stages, one line each when `show_progress` (bot/stack/progress.py): the
        database, the Rasa model (trained only after a change), the servers (the action
        server loads the knowledge). Their own output goes to var/logs/, never the screen."""
        self.settings.var_dir.mkdir(parents=True, exist_ok=True)
        from bot.storage.migrate import ensure_schema

        # a missing index is built before the servers start, not inside the action server's
        # start-up, which Sanic gives 180 s (bot/stack/index_first.py; fresh tester of stop 67)
        missing = index_missing(self.settings)
        stages = 4 if missing else 3
        progress = Progress(self.lang, self.settings.var_dir, total=stages, enabled=self.show_progress)
        with progress.stage("startup_schema", default=2):
            ensure_schema(self.settings.app_db_url)  # before the action server opens the app database
        if missing:
            with progress.stage("startup_index", default=150):
                build_first(self.settings, self._env, self.settings.log_dir / "index-build.log")
        training = self.model is None and not model_path(self.settings).exists()
        key = "startup_train" if training else "startup_model"
        with progress.stage(key, default=600 if training else 1, remember=not training):
            model = self.model or ensure_model(self.settings, quiet=True)
        self.rasa_server = self._make_rasa(model)
        try:
            with progress.stage("startup_servers", default=60):
                for server in self.servers:
                    server.start()
                self._wait_all()
        except BaseException:
            if self.show_progress:
                print(file=sys.stderr)  # end the stage's line before the error
            self.stop()  # never leave one server running when the other failed
            raise
        progress.ready()
        self._say(t("startup_log", self.lang, path=self.settings.log_dir))

    def _wait_all(self) -> None:
        for server in self.servers:
            server.wait_healthy(START_TIMEOUT)

    def restart_dead(self) -> list[str]:
        """Bring back any server that died; returns the names of those restarted."""
        revived = []
        for server in self.servers:
            if not server.alive:
                server.start()
                server.wait_healthy(START_TIMEOUT)
                revived.append(server.name)
        return revived

    def stop(self) -> None:
        """Stop both servers side by side: SIGTERM to each (Rasa first), then wait for each, so
        the two shutdowns overlap instead of following one another."""
        servers = list(reversed(self.servers))
        for server in servers:
            server.terminate()
        for server in servers:
            server.stop()

    def _say(self, message: str) -> None:
        if self.show_progress:
            print(message, file=sys.stderr, flush=True)

    def __enter__(self) -> Stack:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


class RunningStack:
    """Servers that already run (started by someone else, e.g. `servicecoach telegram` or a
    test's stack): reached at `rasa_url`, with `api_token` (Rasa's --auth-token, "" when not
    known) for its HTTP API. Nothing to start, restart or stop: they are not ours."""

    def __init__(self, settings: Settings, rasa_url: str, api_token: str = "") -> None:
        self.settings = settings
        self.rasa_url = rasa_url.rstrip("/")
        self.api_token = api_token
        if api_token:
            protect(api_token)

    def restart_dead(self) -> list[str]:
        return []

    def stop(self) -> None:
        return None


def start_for_a_person(settings: Settings, lang: str = "nl") -> Stack | int:
    """Start both servers for someone at a terminal: the running stack, or the exit code
    after a clear message in `lang` (never a traceback)."""
    busy = ports_in_use(settings.host, (settings.rasa_port, settings.action_port))
    if busy:  # most often a coach still running from a closed window
        print(t("port_in_use", lang, port=busy[0]), file=sys.stderr)
        return 1
    stack = Stack(settings, lang=lang)
    try:
        stack.start()
    except (ServerError, RuntimeError, OSError) as exc:
        stack.stop()
        # what to do first, in the person's language; the technical lines after it (stop 67)
        print(t("startup_failed", lang, error=exc), file=sys.stderr)
        print(t("startup_failed_what_to_do", lang, logs=settings.log_dir), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        stack.stop()
        return 130
    except BaseException:  # SystemExit from a closed window (SIGHUP) while starting
        stack.stop()
        raise
    return stack


def ports_in_use(host: str, ports: tuple[int, ...]) -> list[int]:
    """The `ports` on `host` that something already listens on (a connection is accepted)."""
    busy = []
    for port in ports:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            probe.settimeout(0.5)
            if probe.connect_ex((host, port)) == 0:
                busy.append(port)
    return busy


__all__ = ["RunningStack", "Stack", "ServerError", "ports_in_use", "start_for_a_person"]
