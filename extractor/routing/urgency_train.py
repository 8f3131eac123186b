"""Trains the urgency scale (`weights/urgency_scale.npz`) from the writers' tickets.

    python -m slotwise.extractor.routing.urgency_train [--check]

1. **data**: `data/urgency/u*.jsonl`, support tickets written by independent writers
   (helper sessions, each with its own product and voices; none saw another's file, the
   router or the blind sets), one ``{"id", "text", "urgency", "why"}`` per line. A line
   is kept when it parses, has an id and a text, its level is one of low, normal, high,
   urgent, and no earlier line had the same text. `data/urgency/manifest.json` records
   each writer's brief, file hash, lines, kept lines per level and what was dropped.
2. **vectors**: the router's frozen encoder (the sentence vector it routes with), and
   the cue scores of the sample taxonomy's urgency levels (`samples/support/taxonomy.json`,
   the cues a caller would give).
3. **choice**, leave one writer out: for each C, a logistic regression on the other
   writers predicts the held-out writer's tickets; the cue scores are added with a
   weight, under a temperature, both chosen on these held-out predictions by log-loss.
   Accuracy of the cues alone, the scale alone and both is printed per writer.
4. **fit**: the regression on every writer with the chosen C, written with the chosen
   weight and temperature (a few KB).

`--check` re-trains and fails when the written file differs: the training is a pure
function of the data (lbfgs, no sampling).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "urgency"
ROOT = HERE.parents[1]
TAXONOMY = ROOT / "samples" / "support" / "taxonomy.json"
C_GRID = (0.3, 1.0, 3.0, 10.0)
WEIGHT_GRID = (0.0, 0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0)
TEMP_GRID = (0.5, 1.0, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0, 16.0, 24.0, 32.0)


def load(folder: Path = DATA) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The kept tickets (writer, id, text, level index) and the manifest."""
    from slotwise.extractor.routing.urgency import SCALE

    briefs_file = folder / "briefs.json"
    briefs = json.loads(briefs_file.read_text()) if briefs_file.exists() else {}
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    manifest: dict[str, Any] = {"writers": {}}
    for f in sorted(folder.glob("u*.jsonl")):
        raw = f.read_bytes()
        entry: dict[str, Any] = {
            "file": f.name,
            "sha256": hashlib.sha256(raw).hexdigest(),
            "brief": briefs.get(f.stem, ""),
            "lines": 0,
            "kept": 0,
            "levels": dict.fromkeys(SCALE, 0),
            "dropped": {},
        }
        for line in raw.decode().splitlines():
            if not line.strip():
                continue
            entry["lines"] += 1
            why = None
            try:
                r = json.loads(line)
            except json.JSONDecodeError:
                r, why = {}, "not JSON"
            text = str(r.get("text", "")).strip()
            if why is None and (not r.get("id") or not text):
                why = "no id or text"
            elif why is None and r.get("urgency") not in SCALE:
                why = "level not one of " + "/".join(SCALE)
            elif why is None and text.lower() in seen:
                why = "duplicate text"
            if why:
                entry["dropped"][why] = entry["dropped"].get(why, 0) + 1
                continue
            seen.add(text.lower())
            rows.append(
                {"writer": f.stem, "id": r["id"], "text": text, "y": SCALE.index(r["urgency"])}
            )
            entry["kept"] += 1
            entry["levels"][r["urgency"]] += 1
        manifest["writers"][f.stem] = entry
    manifest["kept"] = len(rows)
    return rows, manifest


def features(rows: list[dict[str, Any]]) -> tuple[np.ndarray, np.ndarray]:
    """Sentence vectors and the sample taxonomy's cue scores, per ticket."""
    from slotwise.extractor.routing.router import Router
    from slotwise.extractor.routing.urgency import sentence_of
    from slotwise.schemas.routing import Taxonomy
    from tqdm import tqdm

    taxonomy = Taxonomy.model_validate(json.loads(TAXONOMY.read_text()))
    router = Router(taxonomy)
    router.urgency.scale = None  # the cues alone
    vectors, scores = [], []
    for r in tqdm(rows, desc="encoding", unit="ticket", file=sys.stderr):
        v, states, offsets = router.encoder.states(r["text"])
        _, phrase_vectors, _ = router._phrase_vectors(r["text"], states, offsets)
        vectors.append(v / max(float(np.linalg.norm(v)), 1e-9))
        scores.append(router.urgency.cue_scores(r["text"], sentence_of(states), phrase_vectors))
    return np.vstack(vectors).astype(np.float32), np.vstack(scores)


def _fit(x: np.ndarray, y: np.ndarray, c: float) -> tuple[np.ndarray, np.ndarray]:
    from sklearn.linear_model import LogisticRegression

    lr = LogisticRegression(C=c, max_iter=1000, tol=1e-6)
    lr.fit(x, y)
    return lr.coef_.astype(np.float32), lr.intercept_.astype(np.float32)


def _log_softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(1, keepdims=True)
    return z - np.log(np.exp(z).sum(1, keepdims=True))


def choose(
    x: np.ndarray, cues: np.ndarray, y: np.ndarray, writers: np.ndarray
) -> tuple[dict[str, float], list[str], np.ndarray]:
    """The chosen C, weight and temperature, a report line per C, and the held-out
    writers' log-probabilities under the chosen C."""
    from slotwise.extractor.routing.urgency import TEMPERATURE

    report = []
    helds: dict[float, np.ndarray] = {}
    best: tuple[float, dict[str, float]] | None = None
    for c in C_GRID:
        held = np.zeros((len(y), 4))
        for w in np.unique(writers):
            out = writers == w
            coef, bias = _fit(x[~out], y[~out], c)
            held[out] = _log_softmax(x[out] @ coef.T + bias)
        helds[c] = held
        for sw in WEIGHT_GRID:
            for t in TEMP_GRID:
                lp = _log_softmax((cues / TEMPERATURE + sw * held) / t)
                loss = float(-lp[np.arange(len(y)), y].mean())
                if best is None or loss < best[0]:
                    best = (loss, {"C": c, "scale_weight": sw, "temperature": t, "log_loss": loss})
        acc_scale = float((held.argmax(1) == y).mean())
        report.append(f"C={c}: scale alone, held-out writers: {acc_scale:.3f}")
    assert best is not None
    return best[1], report, helds[best[1]["C"]]


def main(argv: list[str] | None = None) -> int:
    from slotwise.extractor.routing.urgency import SCALE, SCALE_FILE, TEMPERATURE

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if the result differs from the file")
    args = ap.parse_args(argv)
    rows, manifest = load()
    if len({r["writer"] for r in rows}) < 2:
        print("need tickets from at least two writers in", DATA, file=sys.stderr)
        return 2
    x, cues = features(rows)
    y = np.array([r["y"] for r in rows])
    writers = np.array([r["writer"] for r in rows])
    chosen, report, held = choose(x, cues, y, writers)
    for line in report:
        print(line)
    # accuracy per held-out writer with the chosen setting
    c, sw, t = chosen["C"], chosen["scale_weight"], chosen["temperature"]
    both = (cues / TEMPERATURE + sw * held) / t
    for w in np.unique(writers):
        out = writers == w
        print(
            f"{w}: cues {float((cues[out].argmax(1) == y[out]).mean()):.3f}  "
            f"scale {float((held[out].argmax(1) == y[out]).mean()):.3f}  "
            f"both {float((both[out].argmax(1) == y[out]).mean()):.3f}  ({int(out.sum())} tickets)"
        )
    coef, bias = _fit(x, y, c)
    meta = {**chosen, "levels": list(SCALE), "tickets": len(rows), "manifest_sha256": ""}
    manifest["chosen"] = chosen
    manifest_text = json.dumps(manifest, indent=1, sort_keys=True) + "\n"
    meta["manifest_sha256"] = hashlib.sha256(manifest_text.encode()).hexdigest()
    buf = io.BytesIO()
    np.savez(
        buf,
        w=np.round(coef, 6),
        b=np.round(bias, 6),
        meta=np.array(json.dumps(meta, sort_keys=True)),
    )
    print(json.dumps(chosen))
    if args.check:
        old = np.load(SCALE_FILE)
        same = np.allclose(old["w"], np.round(coef, 6), atol=1e-4) and np.allclose(
            old["b"], np.round(bias, 6), atol=1e-4
        )
        print("reproduced" if same else "DIFFERS from", SCALE_FILE)
        return 0 if same else 1
    SCALE_FILE.parent.mkdir(exist_ok=True)
    SCALE_FILE.write_bytes(buf.getvalue())
    (DATA / "manifest.json").write_text(manifest_text)
    print("wrote", SCALE_FILE, "and", DATA / "manifest.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
