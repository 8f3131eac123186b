"""Routing from the command line and over HTTP, in-process."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from slotwise import Engine
from slotwise.cli import main

SUPPORT = Path(__file__).parents[1] / "samples" / "support"
TAXONOMY = SUPPORT / "taxonomy.json"


def run(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdout=out, stderr=err, stdin=io.StringIO(stdin))
    return code, out.getvalue(), err.getvalue()


def test_cli_route_streams_one_result_a_line_and_goes_on_after_a_bad_line(
    tmp_path: Path,
) -> None:
    lines = [
        json.dumps({"id": "t1", "text": "I was charged twice for March"}),
        "not json",
        json.dumps({"text": "The app crashes when I open a project"}),
    ]
    f = tmp_path / "in.jsonl"
    f.write_text("\n".join(lines) + "\n")
    code, out, err = run(["route", str(f), "--taxonomy", str(TAXONOMY)])
    rows = [json.loads(x) for x in out.splitlines()]
    assert code == 2
    assert rows[0]["id"] == "t1" and rows[0]["category"]["id"] == "billing_dispute"
    assert rows[1]["error"]["code"] == "invalid_json"
    assert rows[2]["category"]["id"] == "technical_issue"
    assert err == ""  # no progress bar when stderr is not a terminal


def test_cli_route_bad_taxonomy_exits_2_naming_the_field(tmp_path: Path) -> None:
    tax = json.loads(TAXONOMY.read_text())
    tax["urgency"] = []
    bad = tmp_path / "tax.json"
    bad.write_text(json.dumps(tax))
    code, out, err = run(["route", "-", "--taxonomy", str(bad)], stdin='{"text": "hi"}\n')
    assert code == 2 and out == ""
    assert json.loads(err)["error"] == {
        "code": "empty_urgency",
        "field": "urgency",
        "message": json.loads(err)["error"]["message"],
    }


@pytest.fixture(scope="module")
def client() -> Any:
    from fastapi.testclient import TestClient

    from slotwise.service import create_app

    with TestClient(create_app(engine=Engine(interpreter="rules"))) as c:
        yield c


def test_service_route_inline_and_stored_taxonomy(client: Any) -> None:
    tax = json.loads(TAXONOMY.read_text())
    text = "Please refund my annual plan, I never used it"
    inline = client.post("/v1/route", json={"text": text, "taxonomy": tax})
    assert inline.status_code == 200, inline.text
    assert inline.json()["category"]["id"] == "refund_request"
    put = client.put("/v1/taxonomies/support", json=tax)
    assert put.status_code == 201 and put.json()["categories"] == len(tax["categories"])
    assert client.put("/v1/taxonomies/support", json=tax).status_code == 200
    stored = client.post("/v1/route", json={"text": text, "taxonomy_id": "support"})
    assert stored.json() == inline.json()
    assert client.get("/v1/taxonomies/support").json()["categories"][0]["id"] == "billing_dispute"


def test_service_route_errors_are_coded(client: Any) -> None:
    missing = client.post("/v1/route", json={"text": "hi", "taxonomy_id": "nope"})
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "taxonomy_not_found"
    tax = json.loads(TAXONOMY.read_text())
    tax["categories"][0]["examples"] = []
    bad = client.put("/v1/taxonomies/x", json=tax)
    assert bad.status_code == 422
    assert bad.json()["error"]["field"] == "categories[0].examples"
    neither = client.post("/v1/route", json={"text": "hi"})
    assert neither.status_code == 422 and neither.json()["error"]["field"] == "taxonomy"
    assert "/v1/route" in client.get("/openapi.json").json()["paths"]
