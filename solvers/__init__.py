"""Deciding: CP-SAT models from grounded constraints and availability."""
