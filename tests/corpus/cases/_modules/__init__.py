"""Modules used as protocol implementations by the `modules` corpus category."""
