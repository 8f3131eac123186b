#!/usr/bin/env bash
# 200 {"status": "ok"} once the engine is loaded; 503 while it loads.
set -euo pipefail
URL="${SLOTWISE_URL:-http://127.0.0.1:8000}"
curl -sS "$URL/healthz"
echo
