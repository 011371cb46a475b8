"""Locust users for the load benchmarks: each simulated user sends LOAD_MESSAGE over
Rasa's REST channel (POST /webhooks/rest/webhook) as fast as answers come back (closed
loop, no think time), starting a fresh conversation every LOAD_CONVERSATION messages so
the figures are not skewed by ever longer conversations (measured on their own in
bench_load.conversation_growth). Run by benchmarks/bench_load.py:
locust -f benchmarks/locustfile.py --headless --host URL -u USERS ..."""

from __future__ import annotations

import os
import uuid

from locust import HttpUser, constant, task

MESSAGE = os.environ.get("LOAD_MESSAGE", "hello")
CONVERSATION = int(os.environ.get("LOAD_CONVERSATION", "10"))


class RestUser(HttpUser):
    wait_time = constant(0)

    def on_start(self) -> None:
        self.sent = 0
        self.sender = ""

    @task
    def ask(self) -> None:
        if self.sent % CONVERSATION == 0:
            self.sender = f"load-{uuid.uuid4().hex[:12]}"
        self.sent += 1
        with self.client.post(
            "/webhooks/rest/webhook",
            json={"sender": self.sender, "message": MESSAGE},
            name="message",
            catch_response=True,
            timeout=120,
        ) as response:
            if response.status_code != 200 or not response.json():
                response.failure(f"status {response.status_code}, no answer")
