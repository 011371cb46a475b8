"""The Rasa contract: every intent payload is built and parsed here, and one Rasa client
(sync and async, one retry policy) talks to Rasa's REST channel."""
