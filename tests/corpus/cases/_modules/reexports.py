from .plain_renderer import name, render

__all__ = ["name", "render"]
