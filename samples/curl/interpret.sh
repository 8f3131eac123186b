#!/usr/bin/env bash
# The intent and grounded constraints of a message, without solving.
set -euo pipefail
URL="${SLOTWISE_URL:-http://127.0.0.1:8000}"
curl -sS -X POST "$URL/v1/interpret" \
  -H 'content-type: application/json' \
  -d '{"message": "Thursday after 2pm with Dr. Patel, not Friday",
       "now": "2026-11-23T09:00:00-05:00", "timezone": "America/New_York"}'
echo
