#!/usr/bin/env bash
# Set up .venv-peers/ if needed, then run the grounding benchmark (arguments go to run.py).
set -euo pipefail; cd "$(dirname "$0")/../.."; [[ -x .venv-peers/bin/python ]] && .venv-peers/bin/python -c "import dateparser, ctparse, timefhuman, parsedatetime, recognizers_date_time, slotwise" 2>/dev/null || bash benchmarks/grounding/setup_peers.sh; exec .venv-peers/bin/python benchmarks/grounding/run.py "$@"
