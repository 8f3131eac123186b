"""The contract: pydantic models of requests, constraints, proposals and results."""
