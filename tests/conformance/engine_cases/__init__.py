"""Labelled cases for the conformance engine (labels come from mypy: see test_engine_cases.py)."""
