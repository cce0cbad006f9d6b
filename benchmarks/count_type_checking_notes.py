"""Notes on an installed package's plugin classes, each checked against the protocols
made from its base classes: how many annotations the runtime cannot evaluate.

For every class an entry point of ``DISTRIBUTION`` names, and every base class
of it defined in the same package, a protocol is made of the base's public
methods as written (their annotations read in the base's module, as the
package's own type checking reads them), and the class object is checked as
``type[P]``. Printed: the checks, the refusals, the notes, and the names the
unresolved annotations ask for. The package is installed in an interpreter of
its own (never in the project's environment), with plugspec's source on
``PYTHONPATH``::

    python -m venv /tmp/venv-virtualenv
    /tmp/venv-virtualenv/bin/pip install virtualenv typing_extensions
    PYTHONPATH=src /tmp/venv-virtualenv/bin/python \\
        benchmarks/count_type_checking_notes.py virtualenv
"""

from __future__ import annotations

import argparse
import importlib.metadata
import types
from collections import Counter
from typing import Protocol

import plugspec


def protocol_of(base: type) -> type:
    """A protocol with ``base``'s public methods, properties and class methods."""
    kinds = (types.FunctionType, staticmethod, classmethod, property)
    body = {
        name: value
        for name, value in vars(base).items()
        if not name.startswith("_") and isinstance(value, kinds)
    }
    body["__module__"] = base.__module__
    return types.new_class(
        f"{base.__name__}Protocol", (Protocol,), exec_body=lambda ns: ns.update(body)
    )


def _has_methods(base: type) -> bool:
    return any(
        not name.startswith("_") and isinstance(value, types.FunctionType)
        for name, value in vars(base).items()
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("distribution", help="an installed distribution, e.g. virtualenv")
    args = parser.parse_args()
    dist = importlib.metadata.distribution(args.distribution)
    top = args.distribution.replace("-", "_")
    checks = refused = notes = unresolved = 0
    names: Counter[str] = Counter()
    for entry in dist.entry_points:
        if entry.group in ("console_scripts", "gui_scripts"):
            continue
        try:
            cls = entry.load()
        except Exception:
            continue
        if not isinstance(cls, type):
            continue
        for base in cls.__mro__[1:]:
            if not base.__module__.startswith(top) or not _has_methods(base):
                continue
            report = plugspec.check(cls, type[protocol_of(base)])
            checks += 1
            refused += not report.ok
            notes += len(report.notes)
            for note in report.notes:
                if "could not be evaluated" in note:
                    unresolved += 1
                    names[note.split("name '")[-1].split("'")[0][:60]] += 1
    print(
        f"{args.distribution} {dist.version}: {checks} checks, {refused} refused, "
        f"{notes} notes, {unresolved} of them unresolved annotations"
    )
    for name, count in names.most_common():
        print(f"  {count:4d}  {name}")


if __name__ == "__main__":
    main()
