"""The package installs as one `slotwise`, with the public surface the docs promise."""

from __future__ import annotations

import importlib.util
import sys
import tomllib
from pathlib import Path

import slotwise

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = {
    "slotwise": "slotwise",
    "slotwise.schemas": "schemas",
    "slotwise.solvers": "solvers",
    "slotwise.extractor": "extractor",
}


def test_package_public_surface_is_what_the_docs_say() -> None:
    assert sorted(slotwise.__all__) == sorted(
        ["Engine", "ScheduleRequest", "ScheduleResult", "SlotwiseError", "__version__"]
    )
    for name in slotwise.__all__:
        assert getattr(slotwise, name) is not None


def test_package_lists_every_subpackage_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert config["package-dir"] == FOLDERS
    listed = set(config["packages"])
    on_disk = set()
    for package, folder in FOLDERS.items():
        for init in (ROOT / folder).rglob("__init__.py"):
            rel = init.parent.relative_to(ROOT / folder).parts
            on_disk.add(".".join((package, *rel)))
    assert on_disk == listed, "add new subpackages to [tool.setuptools] packages"


def test_package_installs_no_top_level_schemas_solvers_or_extractor() -> None:
    for name in ("schemas", "solvers", "extractor"):
        # The repo root may be on sys.path while testing; look only at site-packages.
        paths = [p for p in sys.path if "site-packages" in p]
        spec = importlib.util.find_spec(name) if not paths else None
        for p in paths:
            assert not (Path(p) / name / "__init__.py").exists(), f"top-level {name!r} installed"
        assert spec is None or Path(spec.origin or "").parent.parent == ROOT


def test_package_torch_is_pinned_wherever_named() -> None:
    text = (ROOT / "pyproject.toml").read_text()
    for line in text.splitlines():
        if '"torch' in line:
            assert '"torch==2.13.0"' in line, line
