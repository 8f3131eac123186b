#!/usr/bin/env bash
# An invalid request: a 422 whose body names the code and the JSON path of the field.
set -euo pipefail
URL="${SLOTWISE_URL:-http://127.0.0.1:8000}"
curl -sS -X POST "$URL/v1/schedule" \
  -H 'content-type: application/json' \
  -d '{"now": "2026-11-23T09:00:00-05:00", "timezone": "America/New_York",
       "resources": [{"id": "dr-lee", "open": [
         {"start": "2026-11-24T17:00:00-05:00", "end": "2026-11-24T09:00:00-05:00"}]}]}'
echo
