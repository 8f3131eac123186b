"""Reading: time grounding, the intent model, constrained decoding."""
