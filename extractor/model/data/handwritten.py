"""The hand-written dev set: a readable markup, converted to `dev_handwritten.jsonl`.

Written by hand for evaluation only (never trained on). One message a line:
`INTENT | text with {T:span|rh|R|m0} markers`, where T/P/D = time/resource/duration,
`rh` require-hard, `ps` prefer-soft, `eh` exclude-hard, `es` exclude-soft, `R` retracted,
`mK` modifies candidate K. Intents: B book, R reschedule, C cancel, A availability, O other.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
_INTENT = {"B": "book", "R": "reschedule", "C": "cancel", "A": "availability", "O": "other"}
_TYPE = {"T": "time", "P": "resource", "D": "duration"}
_KIND = {"r": "require", "p": "prefer", "e": "exclude"}
_STRENGTH = {"h": "hard", "s": "soft"}
_MARK = re.compile(r"\{([TPD]):([^|{}]+)\|([^{}]+)\}")


def parse_line(line: str) -> dict[str, Any]:
    intent, _, body = line.partition(" | ")
    message, cands, labels, pos = "", [], [], 0
    for m in _MARK.finditer(body):
        message += body[pos : m.start()]
        start = len(message)
        message += m.group(2)
        flags = m.group(3).split("|")
        code = flags[0]
        lab = {
            "kind": _KIND[code[0]],
            "strength": _STRENGTH[code[1]],
            "retracted": "R" in flags[1:],
            "modifies": next((int(f[1:]) for f in flags[1:] if f.startswith("m")), None),
        }
        cands.append({"span": [start, len(message)], "type": _TYPE[m.group(1)], "text": m.group(2)})
        labels.append(lab)
        pos = m.end()
    message += body[pos:]
    return {
        "message": message,
        "candidates": cands,
        "labels": labels,
        "intent": _INTENT[intent.strip()],
        "source": "handwritten",
    }


def convert(src: Path, dst: Path) -> int:
    rows = [parse_line(x) for x in src.read_text().splitlines() if x.strip()]
    dst.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    return len(rows)


def load(path: Path | None = None) -> list[dict[str, Any]]:
    path = path or HERE / "dev_handwritten.jsonl"
    return [json.loads(x) for x in path.read_text().splitlines() if x.strip()]


def blind_half(
    rows: list[dict[str, Any]], which: str, key: str = "message"
) -> list[dict[str, Any]]:
    """A fixed half of a blind set (`benchmarks/data/`), by the parity of the SHA-256 of
    each row's `key`: "dev" may be read while building; "test" is only ever scored."""
    parity = 0 if which == "dev" else 1
    return [r for r in rows if hashlib.sha256(r[key].encode()).digest()[-1] % 2 == parity]
