#!/usr/bin/env bash
# POST the contract's seed request to a running `slotwise serve`; prints the result.
set -euo pipefail
cd "$(dirname "$0")/../.."
URL="${SLOTWISE_URL:-http://127.0.0.1:8000}"
curl -sS -X POST "$URL/v1/schedule" \
  -H 'content-type: application/json' \
  --data-binary @samples/seed.json
echo
