#!/usr/bin/env bash
# The fixed selection rule's three parts for one candidate reader, on this checkout's build
# (docs/model_card.md, "The rule from r19 on"):
#   scripts/score_reader.sh WEIGHTS_DIR TAG [OUT_DIR] [HELD_OUT_WRITERS]
# WEIGHTS_DIR: what `reader.train --from-fit --out` wrote (config.json, manifest.json,
# reader.safetensors). Its files are copied over extractor/reader/weights/ for the run and
# the shipped ones restored afterwards (git checkout). Score every candidate, the shipped
# reader included, on the same build.
set -euo pipefail
W=$1; T=$2; OUT=${3:-/tmp/score_reader}; HELD=${4:-c25,c26,c27,c40,c41}
cd "$(dirname "$0")/.."
mkdir -p "$OUT"
trap 'git checkout -q extractor/reader/weights/; git clean -fdq extractor/reader/weights/' EXIT
cp -r "$W"/* extractor/reader/weights/
python benchmarks/reader_eval.py --half dev --interpreters reader --no-write > "$OUT/$T.msgs.txt" 2>&1
python benchmarks/conversations_eval.py --half dev > "$OUT/$T.conv.txt" 2>&1
python scripts/conversation_misses.py --reader --writers "$HELD" --out "$OUT/$T.ho.jsonl" > "$OUT/$T.ho.txt" 2>&1
python - "$OUT" "$T" <<'PY'
import json, re, sys
out, tag = sys.argv[1], sys.argv[2]
m = open(f"{out}/{tag}.msgs.txt").read()
r = re.search(r"\| reader \| all \| (\d+) \| (\d+) ", m)
mr = int(r.group(2)) / int(r.group(1))
cr = json.loads(open(f"{out}/{tag}.conv.txt").read())["turns_fully_right"]
h = json.loads(open(f"{out}/{tag}.ho.txt").read().strip().splitlines()[0])
hr = h["turns_fully_right"]
print(f"{tag}: messages {r.group(2)}/{r.group(1)}, dev conversation turns {cr}, "
      f"held-out {round(hr * h['turns'])}/{h['turns']}, sum {mr + cr + hr:.4f}")
PY
