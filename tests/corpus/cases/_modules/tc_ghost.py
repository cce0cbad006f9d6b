"""Imported by nothing at runtime: only a type checker follows the import."""


class Ghost:
    pass
