"""The CLI, in-process: exit codes, error objects, batch mode."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from slotwise.cli import main


def run(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdout=out, stderr=err, stdin=io.StringIO(stdin))
    return code, out.getvalue(), err.getvalue()


def structured(base_request: dict[str, Any]) -> dict[str, Any]:
    base_request["constraints"] = [
        {"id": "f1", "kind": "require", "strength": "hard", "resources": ["dr-smith", "dr-patel"]},
        {
            "id": "f2",
            "kind": "exclude",
            "strength": "hard",
            "intervals": [
                {"start": "2026-11-24T00:00:00-05:00", "end": "2026-11-25T00:00:00-05:00"}
            ],
        },
        {
            "id": "f3",
            "kind": "prefer",
            "strength": "soft",
            "weight": 2,
            "intervals": [
                {"start": "2026-11-25T12:00:00-05:00", "end": "2026-11-25T17:00:00-05:00"}
            ],
        },
    ]
    return base_request


def test_cli_schedule_structured_request_from_stdin(base_request: dict[str, Any]) -> None:
    code, out, err = run(
        ["schedule", "-", "--interpreter", "rules"], json.dumps(structured(base_request))
    )
    assert code == 0, err
    result = json.loads(out)
    assert result["outcome"] == "proposals"
    top = result["proposals"][0]
    assert top["start"].startswith("2026-11-25T1")  # Wednesday afternoon, as preferred
    assert set(top["satisfied"]) >= {"f1", "f2", "f3"}
    assert [c["id"] for c in result["constraints"]] == ["f1", "f2", "f3"]
    assert all(c["span"] is None for c in result["constraints"])


def test_cli_schedule_file_and_pretty(tmp_path: Path, base_request: dict[str, Any]) -> None:
    path = tmp_path / "req.json"
    path.write_text(json.dumps(structured(base_request)))
    code, out, _ = run(["schedule", str(path), "--pretty", "--interpreter", "rules"])
    assert code == 0
    assert out.startswith("{\n  ")


@pytest.mark.parametrize(
    ("text", "code", "field"),
    [
        ("{not json", "invalid_json", ""),
        ("[1, 2]", "invalid_body", ""),
        (
            '{"now": "2026-11-23T09:00:00-05:00", "timezone": "Mars/Base"}',
            "invalid_timezone",
            "timezone",
        ),
    ],
)
def test_cli_invalid_input_exits_2_with_error_object_on_stderr(
    text: str, code: str, field: str
) -> None:
    exit_code, out, err = run(["schedule", "-", "--interpreter", "rules"], text)
    assert exit_code == 2
    assert out == ""
    body = json.loads(err)
    assert body["error"]["code"] == code
    assert body["error"]["field"] == field
    assert "Traceback" not in err


def test_cli_missing_file_is_a_coded_error() -> None:
    exit_code, _, err = run(["schedule", "/nonexistent/req.json", "--interpreter", "rules"])
    assert exit_code == 2
    assert json.loads(err)["error"]["field"] == "FILE"


def test_cli_batch_bad_line_in_the_middle_does_not_stop_the_rest(
    tmp_path: Path, base_request: dict[str, Any]
) -> None:
    good = json.dumps(structured(base_request))
    bad = dict(base_request, timezone="Nowhere/Land")
    lines = [good, "{oops", json.dumps(bad), "", good]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n")
    code, out, _ = run(["schedule", "--batch", str(path), "--interpreter", "rules"])
    results = [json.loads(line) for line in out.splitlines()]
    assert len(results) == 4  # the blank line is skipped, every other line answered
    assert results[0]["outcome"] == "proposals"
    assert results[1]["error"]["code"] == "invalid_json" and results[1]["error"]["line"] == 2
    assert results[2]["error"]["field"] == "timezone" and results[2]["error"]["line"] == 3
    timeless = [{k: v for k, v in r.items() if k != "trace"} for r in results]
    assert timeless[3] == timeless[0]  # same request, same answer (timings aside)
    assert code == 2


def test_cli_interpret_returns_intent_and_constraints_without_solving(
    base_request: dict[str, Any],
) -> None:
    request = structured(base_request)
    request["resources"] = []
    request["constraints"] = request["constraints"][1:]
    code, out, err = run(["interpret", "-", "--interpreter", "rules"], json.dumps(request))
    assert code == 0, err
    result = json.loads(out)
    assert "proposals" not in result and "outcome" not in result
    assert [c["id"] for c in result["constraints"]] == ["f2", "f3"]


def test_cli_schema_prints_request_and_result_json_schema() -> None:
    code, out, _ = run(["schema"])
    assert code == 0
    schemas = json.loads(out)
    assert "message" in schemas["request"]["properties"]
    assert "proposals" in schemas["result"]["properties"]


def test_cli_unknown_subcommand_exits_2() -> None:
    with pytest.raises(SystemExit) as info:
        run(["frobnicate"])
    assert info.value.code == 2


def test_cli_bad_interpreter_names_the_flag_and_the_choices(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as info:
        run(["schedule", "-", "--interpreter", "gpt-5"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "--interpreter" in err and "causal-lm:PATH" in err


def test_cli_missing_causal_lm_is_an_error_object_naming_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-model"
    code, _, err = run(["schedule", "-", "--interpreter", f"causal-lm:{missing}"], "{}")
    assert code == 1
    error = json.loads(err)["error"]
    assert error["code"] == "internal_error" and "no-such-model" in error["message"]


def test_cli_serve_missing_causal_lm_names_the_setting(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("slotwise.service.run", lambda **kw: pytest.fail("server started"))
    code, _, err = run(["serve", "--interpreter", f"causal-lm:{tmp_path / 'nope.gguf'}"])
    assert code == 2
    assert "SLOTWISE_INTERPRETER" in err and "nope.gguf" in err


def test_cli_deeply_nested_json_is_invalid_input_not_a_crash() -> None:
    exit_code, _, err = run(
        ["schedule", "-", "--interpreter", "rules"], "[" * 100000 + "]" * 100000
    )
    assert exit_code == 2
    assert json.loads(err)["error"]["code"] == "invalid_json"


def test_cli_serve_passes_every_flag_to_the_service(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}
    monkeypatch.setattr("slotwise.service.run", lambda **kw: seen.update(kw))
    code, _, _ = run(
        [
            "serve",
            "--port",
            "9001",
            "--audit-log",
            "a.jsonl",
            "--redact",
            "--threads",
            "2",
            "--queue",
            "6",
            "--max-wait",
            "0.25",
            "--time-limit",
            "0.5",
            "--work-limit",
            "0.2",
            "--interpreter",
            "rules",
            "--max-body-bytes",
            "2048",
        ]
    )
    assert code == 0
    assert seen == {
        "port": 9001,
        "audit_path": "a.jsonl",
        "redact": True,
        "threads": 2,
        "queue": 6,
        "max_wait_s": 0.25,
        "time_limit_s": 0.5,
        "work_limit": 0.2,
        "interpreter": "rules",
        "max_body_bytes": 2048,
    }
