"""Conformance corpus: one module per category, each case one `case_*` assignment."""
