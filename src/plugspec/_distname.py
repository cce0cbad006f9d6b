"""Distribution (project) names in their normalised forms, written once.

Two forms exist, both ``re.sub(r"[-_.]+", SEP, name).lower()``:

* :func:`pep503_name` (``SEP`` is ``-``): PEP 503's normalised name, under
  which two spellings name the same project (``My_Plugins`` is
  ``my-plugins``): what ``PLUGSPEC_BLOCK=dist:...`` and the managers' order
  by distribution compare;
* :func:`dist_info_name` (``SEP`` is ``_``): the form in ``*.dist-info``
  directory names (the wheel specification's escaping), which is also the key
  ``importlib.metadata`` de-duplicates distributions on
  (``Prepared.normalize``).

Written without :mod:`re`: discovery and the managers' path do not import it.
"""

from __future__ import annotations

__all__ = ["dist_info_name", "pep503_name"]


def _fold(name: str, separator: str) -> str:
    # Every run of ``-``, ``_`` and ``.`` becomes one ``separator``.
    folded = name.lower().replace("-", separator).replace("_", separator).replace(".", separator)
    double = separator * 2
    while double in folded:
        folded = folded.replace(double, separator)
    return folded


def pep503_name(name: str) -> str:
    """PEP 503's normalised form of a distribution name.

    >>> pep503_name("My_Fancy.Plugins")
    'my-fancy-plugins'
    """
    return _fold(name, "-")


def dist_info_name(name: str) -> str:
    """A distribution name as ``*.dist-info`` directories spell it, the key
    ``importlib.metadata`` de-duplicates distributions on.

    >>> dist_info_name("My-Fancy.Plugins")
    'my_fancy_plugins'
    """
    return _fold(name, "_")
