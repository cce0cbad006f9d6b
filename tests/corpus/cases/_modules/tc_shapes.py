"""Imported at runtime by the case file: already imported when a plugin names it."""


class Shape:
    sides: int = 0
