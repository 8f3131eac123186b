"""The docs: every Python snippet runs, every command parses, the site builds, and the
generated pages match the code they are generated from."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from slotwise.schemas import ERROR_CODES

from slotwise.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.rglob("*.md"))
FENCE = re.compile(r"^```(\w+)[^\n]*\n(.*?)^```", re.S | re.M)
NOT_RUN = "<!-- not-run"  # put "<!-- not-run: why -->" on the line above a fence to skip it


def _blocks(page: Path, lang: str) -> list[tuple[int, str]]:
    """(line number, code) of each fenced block in `lang`, except those marked not-run."""
    text = page.read_text()
    out = []
    for m in FENCE.finditer(text):
        if m.group(1) != lang:
            continue
        before = text[: m.start()].rstrip().rsplit("\n", 1)[-1]
        if before.startswith(NOT_RUN):
            continue
        out.append((text.count("\n", 0, m.start()) + 1, m.group(2)))
    return out


def _name(p: Path) -> str:
    return str(p.relative_to(DOCS))


PY_PAGES = [p for p in PAGES if _blocks(p, "python")]


@pytest.mark.parametrize("page", PY_PAGES, ids=_name)
def test_docs_python_snippets_run(page: Path) -> None:
    """A page's snippets run in order as one script (later ones may use earlier names),
    from the repository root so that they may read samples/."""
    script = "\n".join(
        f"# --- {_name(page)}:{line}\n{code}" for line, code in _blocks(page, "python")
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, f"{_name(page)}:\n{done.stderr[-4000:]}"


def _commands(prefix: str) -> list[tuple[str, str]]:
    """(page:line, command) of each line of a bash block that starts with `prefix`."""
    out = []
    for page in PAGES:
        for line_no, code in _blocks(page, "bash"):
            for i, line in enumerate(code.splitlines()):
                line = line.split("  #", 1)[0].strip()
                words = shlex.split(line, comments=True) if line else []
                if words and words[0] == prefix:
                    out.append((f"{_name(page)}:{line_no + i + 1}", line))
    return out


def test_docs_slotwise_commands_parse() -> None:
    commands = _commands("slotwise")
    assert commands, "the docs show no slotwise command"
    parser = build_parser()
    for where, line in commands:
        try:
            parser.parse_args(shlex.split(line, comments=True)[1:])
        except SystemExit as exc:  # argparse's way to refuse
            pytest.fail(f"{where}: {line!r} does not parse ({exc})")


def test_docs_curl_commands_are_well_formed() -> None:
    commands = _commands("curl")
    assert commands, "the docs show no curl command"
    for where, line in commands:
        words = shlex.split(line, comments=True)
        urls = [w for w in words if w.startswith("http://127.0.0.1:8000/")]
        assert urls, f"{where}: curl examples talk to http://127.0.0.1:8000 (the tests rely on it)"


def test_docs_error_table_lists_every_code() -> None:
    text = (DOCS / "errors.md").read_text()
    listed = re.findall(r"^\| `([a-z_]+)` \|", text, re.M)
    assert listed == list(ERROR_CODES)
    for code, meaning in ERROR_CODES.items():
        assert meaning.split("(")[0].strip() in text, code


def test_docs_generated_pages_are_current() -> None:
    done = subprocess.run(
        [sys.executable, str(DOCS / "gen_reference.py"), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_docs_every_page_is_in_the_nav() -> None:
    nav = (ROOT / "mkdocs.yml").read_text()
    missing = [_name(p) for p in PAGES if f" {_name(p)}" not in nav]
    assert not missing, f"pages not in mkdocs.yml nav: {missing}"


@pytest.mark.skipif(shutil.which("mkdocs") is None, reason="mkdocs is not installed")
def test_docs_site_builds_strict(tmp_path: Path) -> None:
    done = subprocess.run(
        ["mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert (tmp_path / "site" / "reference" / "index.html").exists()
