#!/usr/bin/env bash
# `make demo`: the example application and its plugins, good and broken.
# Usage: examples/demo.sh VENV_BIN_DIR   (the examples are installed there already)
set -euo pipefail
bin=${1:-.venv/bin}
exec 2>&1  # one stream, so that messages appear where they happen

if [ -t 1 ] && [ -z "${NO_COLOR:-}" ]; then bold=$'\033[1m' plain=$'\033[0m'; else bold='' plain=''; fi
say() { printf '\n%s== %s%s\n' "$bold" "$*" "$plain"; }
run() { printf '$ %s\n' "$*"; "$bin/$@"; }
# A command that must refuse (exit 1): show its output, fail the demo if it does not.
refuse() {
    printf '$ %s\n' "$*"
    local status=0
    "$bin/$@" || status=$?
    if [ "$status" -ne 1 ]; then
        echo "demo: expected exit status 1 from '$*', got $status" >&2
        exit 1
    fi
    echo "(exit status 1)"
}

say "The plugins installed for reportapp's namespaces (nothing imported)"
run plugspec list

say "Rendering the sample table with each good formatter; hooks and checks run around it"
run reportapp --format csv
run reportapp --format markdown 2>/dev/null
run reportapp --format json 2>/dev/null
echo "(the broken hook is refused on every run; its message is shown once, above)"

say "The application refuses the formatter whose parameter has the wrong type"
refuse reportapp --format html

say "plugspec check: every plugin loaded and verified at run time"
refuse plugspec check

say "plugspec check --static: the same bindings checked by mypy, no plugin code imported"
refuse plugspec check --static

say "One group, two events: reportapp.events checks startup and precommit against their own protocols"
run plugspec check reportapp.events
run plugspec check --static reportapp.events

say "Done: 8 good plugins used, 2 broken ones refused by the application, at run time and statically"
