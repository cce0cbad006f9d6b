"""Modules checked as protocol implementations."""
