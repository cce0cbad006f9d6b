"""The typing files here are checked by mypy and pyright, never imported or run."""

collect_ignore_glob = ["positive_*.py", "negative_*.py"]
