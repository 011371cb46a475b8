"""Validate each action server answer with one precompiled JSON-schema validator (issue 14.2).

Runs inside Rasa (its own virtualenv, Python 3.10). Rasa 3.6's
`RemoteAction._validate_action_result` calls `jsonschema.validate(result, schema)` on every
custom action call, and `jsonschema.validate` first checks the *schema* against its
meta-schema and builds a new validator each time: in the profile (docs/performance.md) about
half of the Rasa server's work per message. The schema never changes, so it is checked and
compiled once here; every answer is then validated against the same schema, the same error
(`jsonschema.ValidationError`, the best match, with Rasa's hint appended to its message) is
raised for an invalid answer, and Rasa handles it exactly as before.

`install()` replaces the method on `rasa.core.actions.action.RemoteAction` for Rasa 3.6.x
only; for any other Rasa version it logs a warning and leaves Rasa alone. It is called when
Rasa imports the coach's tracker store (bot/dialogue/tracker_store.py, named in
endpoints.yml), i.e. once per Rasa server process, before the first message."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)

SUPPORTED = "3.6."  # the Rasa versions whose _validate_action_result this replaces
_installed = False


def precompiled_validate(spec: dict[str, Any]) -> Any:
    """A function `validate(result) -> True` for the schema `spec` (a JSON schema, dict),
    checked against its meta-schema and compiled once. Raises `jsonschema.ValidationError`
    (the same error `jsonschema.validate` raises: the best match) for an invalid result, and
    `jsonschema.SchemaError` here when `spec` itself is invalid."""
    from jsonschema import validators
    from jsonschema.exceptions import best_match

    cls = validators.validator_for(spec)
    cls.check_schema(spec)
    validator = cls(spec)

    def validate(result: Any) -> bool:
        error = best_match(validator.iter_errors(result))
        if error is not None:
            raise error
        return True

    return validate


def install() -> bool:
    """Make Rasa validate action answers with one precompiled validator. True when installed
    (or already installed); False (and a warning logged) when Rasa is not 3.6.x."""
    global _installed
    if _installed:
        return True
    import rasa
    from rasa.core.actions import action as rasa_action

    if not rasa.__version__.startswith(SUPPORTED):
        log.warning(
            "Rasa %s: action answers are validated by Rasa itself (the precompiled validator "
            "is for Rasa %sx only)", rasa.__version__, SUPPORTED,
        )
        return False
    from jsonschema import ValidationError

    remote = rasa_action.RemoteAction
    validate = precompiled_validate(remote.action_response_format_spec())

    def _validate_action_result(self: Any, result: dict[str, Any]) -> bool:
        # the same body as Rasa 3.6's, with the compiled validator instead of jsonschema.validate
        try:
            return validate(result)
        except ValidationError as e:
            e.message += (
                f". Failed to validate Action server response from API, "
                f"make sure your response from the Action endpoint is valid. "
                f"For more information about the format visit "
                f"{rasa_action.DOCS_BASE_URL}/custom-actions"
            )
            raise e

    remote._validate_action_result = _validate_action_result
    _installed = True
    return True
