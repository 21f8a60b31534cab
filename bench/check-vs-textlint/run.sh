#!/usr/bin/env bash
# `kiji check` beside textlint 15.8 with textlint-rule-preset-ja-technical-writing
# 12.0.2, both with that preset, on the same Markdown files in one run:
#   1. the nine articles 01-09 of tests/data/articles, one invocation each tool;
#   2. one copy of article 09 against a file of ten copies (linearity).
# Prints wall time (median of RUNS) and peak RSS of each, their ratio, and
# the findings per rule of each tool.
#
# usage: bench/check-vs-textlint/run.sh [BUILD_DIR]   (default: build/)
#
# Installs the peer with npm into bench/check-vs-textlint/peer/node_modules
# (ignored by git) on first use; package.json pins the versions and keeps one
# kuromoji dictionary in memory (overrides). Needs node/npm and python3.
# Environment: RUNS=5 timed runs per command.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${1:-$root/build}"
kiji="$build/bin/kiji"
if [ ! -x "$kiji" ]; then
  echo "bench: $kiji is missing; build first (./scripts/test.sh or cmake --build)" >&2
  exit 2
fi
if [ ! -x "$here/peer/node_modules/.bin/textlint" ]; then
  echo "bench: installing textlint into $here/peer" >&2
  (cd "$here/peer" && npm install --no-audit --no-fund --loglevel=error >&2)
fi
exec python3 "$here/compare.py" "$kiji" "$here/peer/node_modules/.bin/textlint" "$here/textlintrc.json" "$root/tests/data/articles"
