#!/usr/bin/env bash
# A form backend's request: structured constraints only, weekly hours for availability.
set -euo pipefail
URL="${SLOTWISE_URL:-http://127.0.0.1:8000}"
curl -sS -X POST "$URL/v1/schedule" \
  -H 'content-type: application/json' \
  -H 'x-request-id: form-42' \
  -d @- <<'JSON'
{
  "now": "2026-11-23T09:00:00-05:00",
  "timezone": "America/New_York",
  "duration_minutes": 45,
  "resources": [
    {"id": "room-a", "weekly_hours": [
      {"day": "tue", "start": "09:00", "end": "17:00"},
      {"day": "wed", "start": "09:00", "end": "13:00"}]}
  ],
  "constraints": [
    {"id": "no-tuesday", "kind": "exclude", "strength": "hard",
     "intervals": [{"start": "2026-11-24T00:00:00-05:00", "end": "2026-11-25T00:00:00-05:00"}]}
  ]
}
JSON
echo
