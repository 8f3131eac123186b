"""Schemathesis against the service's own OpenAPI document: bodies generated from the
document (valid and invalid ones) are answered as the document says, and never with a
500. In-process over ASGI, with the cue-rule interpreter (fast, and not the model)."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from slotwise import Engine
from slotwise.service import create_app

APP = create_app(engine=Engine(interpreter="rules", time_limit_s=0.2), threads=1, queue=64)
SCHEMA = schemathesis.openapi.from_asgi("/openapi.json", APP)
SCHEMA.config.phases.coverage.enabled = False  # hundreds of boundary bodies: too slow here


@pytest.mark.slow  # about 5 s of CPU: schemathesis builds bodies from the whole schema
@SCHEMA.parametrize()
@settings(
    max_examples=10,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_service_openapi_every_operation_answers_as_documented(case: schemathesis.Case) -> None:
    response = case.call()
    assert response.status_code < 500, response.text
    # Not `positive_data_acceptance`: the request schema cannot say everything a 422
    # checks (IANA zone names, ids that refer to each other, intervals in order), and
    # a body that breaks those is rightly refused; what it does say is checked.
    case.validate_response(response, excluded_checks=[positive_data_acceptance])
