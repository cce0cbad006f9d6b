"""A theme shipped as a module: its host reads ``__file__`` and ``__name__``."""

__doc__ = "A theme."
__all__ = ["color"]

color = "blue"
