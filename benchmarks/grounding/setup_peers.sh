#!/usr/bin/env bash
# Creates .venv-peers/ at the repo root: Slotwise (editable) plus the peer temporal
# parsers, pinned so that they import side by side in one process.
# Usage: bash benchmarks/grounding/setup_peers.sh [--force] [--no-duckling]
#   --force        rebuild the venv from scratch
#   --no-duckling  skip Duckling (it needs a JDK: installed with apt-get when missing and root)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
venv="$root/.venv-peers"
python="${PYTHON:-python3}"

duckling=1
for arg in "$@"; do
    case "$arg" in
        --force) rm -rf "$venv" ;;
        --no-duckling) duckling=0 ;;
        *) echo "setup_peers: unknown argument $arg" >&2; exit 2 ;;
    esac
done
# A plain venv on purpose: the peers pin dateutil/pytz/emoji differently from the core env.
[[ -x "$venv/bin/python" ]] || "$python" -m venv "$venv"

"$venv/bin/python" -m pip install --quiet --no-warn-script-location --upgrade pip
"$venv/bin/python" -m pip install --quiet --no-warn-script-location -e "$root"
# Pins that coexist (checked with `pip check`):
# - recognizers-text-suite 1.0.2a2 imports only with emoji<2 (ImportError: UNICODE_EMOJI);
# - ctparse wants python-dateutil 2.9.0 and timefhuman pins pytz, which dateparser accepts;
# - none of them needs torch; if one ever pulls it, torch==2.13.0 comes from a local wheel.
"$venv/bin/python" -m pip install --quiet --no-warn-script-location \
    "dateparser==1.5.0" \
    "ctparse==0.3.6" \
    "timefhuman==0.1.5" \
    "parsedatetime==2.6" \
    "recognizers-text-suite==1.0.2a2" \
    "emoji<2"

# Duckling (Clojure) through the `duckling` wrapper, which bundles its jars: needs a JDK.
# JPype<1.7 as PEERS.md found; peers.py starts the JVM itself with convertStrings=True.
if [[ $duckling == 1 ]]; then
    if ! command -v java >/dev/null && [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
            default-jdk-headless >/dev/null) || echo "setup_peers: no JDK; Duckling will be skipped" >&2
    fi
    if command -v java >/dev/null; then
        "$venv/bin/python" -m pip install --quiet --no-warn-script-location "duckling==1.8.0" "JPype1<1.7"
    else
        echo "setup_peers: no java on PATH; Duckling will be skipped" >&2
    fi
fi
"$venv/bin/python" -m pip check || echo "setup_peers: pip check reports conflicts (see above)" >&2
"$venv/bin/python" - <<'PY'
import importlib.metadata as md
for name in ("slotwise", "dateparser", "ctparse", "timefhuman", "parsedatetime",
             "recognizers-text-suite", "emoji", "duckling", "JPype1", "python-dateutil", "pytz"):
    try:
        print(f"{name:24} {md.version(name)}")
    except md.PackageNotFoundError:
        print(f"{name:24} MISSING")
PY
