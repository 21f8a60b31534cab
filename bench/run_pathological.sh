#!/usr/bin/env bash
# Inputs on which Debian 12's cmark-gfm (0.29.0.gfm.6) takes polynomial
# time, timed with the cmark-gfm command line and with `kiji convert --to
# html` (which reads them through MarkdownGuard) in the same run. Each
# command gets at most LIMIT seconds (default 30); "> LIMIT" means it was
# stopped. See docs/reliability.md.
#
# usage: bench/run_pathological.sh [BUILD_DIR]   (default: build/ of this checkout)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=${1:-$here/../build}
limit=${LIMIT:-30}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import sys
folder = sys.argv[1]
def table(columns, rows):
    return "|a" * columns + "|\n" + "|-" * columns + "|\n" + "|b\n" * rows
cases = {
    "cdata-40000": "a" + "<![CDATA[" * 40000,
    "processing-80000": "a" + "<?" * 80000,
    "declaration-80000": "a" + "<!A " * 80000,
    "table-20000-columns": table(20000, 2),
    "table-100x20000-empty-cells": table(100, 20000),
    "table-row-50000-cells": "|a|b|c|\n|-|-|-|\n" + "|x" * 50000 + "|\n",
    "image-openers-50000": "![[]()" * 50000,
    "link-reference-bomb": "[r]: /" + "a" * 100000 + "\n\n" + "[r]" * 10000 + "\n",
}
for name, text in cases.items():
    with open(f"{folder}/{name}.md", "w") as out:
        out.write(text)
PY

seconds() {
  local start end status=0
  start=$(date +%s%N)
  timeout "$limit" "$@" >/dev/null 2>&1 || status=$?
  end=$(date +%s%N)
  if [ "$status" -eq 124 ]; then
    echo "> $limit"
  else
    awk -v ns=$((end - start)) 'BEGIN { printf "%.2f", ns / 1e9 }'
  fi
}

printf '%-30s %8s %14s %14s\n' input KB "cmark-gfm s" "kiji s"
for file in "$work"/*.md; do
  name=$(basename "$file" .md)
  cmark=$(seconds cmark-gfm -e table -e strikethrough -e autolink "$file")
  kiji=$(seconds "$build/bin/kiji" convert "$file" --to html -o -)
  printf '%-30s %8d %14s %14s\n' "$name" $(($(stat -c %s "$file") / 1024)) "$cmark" "$kiji"
done
