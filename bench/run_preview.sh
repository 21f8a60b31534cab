#!/usr/bin/env bash
# Kiji live preview latency: one keystroke in the real window (offscreen)
# until the model changed, the preview patched and the next frame ran,
# against reloading the whole page per edit; memory after 600 edits; startup
# to the outline tree and to the loaded preview. See bench_preview_latency.cpp
# and docs/performance.md ("Live preview latency").
#
# usage: bench/run_preview.sh [BUILD_DIR] [-- ARGS...]   (default: build/ of this checkout)
#
# ARGS go to bench_preview_latency, e.g. --edits 200 --memory-edits 600
# --startup-runs 5 --startup-file FILE. BUILD_DIR must already contain
# bin/bench_preview_latency (built with BUILD_TESTING on); this script builds
# nothing. It works from any cwd.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/benchprogram.sh"
bench_program run_preview.sh bench_preview_latency "$@"

export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export QTWEBENGINE_DISABLE_SANDBOX=${QTWEBENGINE_DISABLE_SANDBOX:-1}
echo "== Kiji preview latency benchmark: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "   machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "   program: $bench"
# Chromium's own warnings (GPU, dbus) go to stderr; keep them out of the table.
log=$(mktemp "${TMPDIR:-/tmp}/kiji-preview-bench.XXXXXX.log")
trap 'rm -f "$log"' EXIT
if ! "$bench" "${bench_args[@]}" 2>"$log"; then
    echo "run_preview.sh: bench_preview_latency failed; its stderr:" >&2
    cat "$log" >&2
    exit 1
fi
if grep -q '^bench_preview_latency:' "$log"; then
    echo
    grep '^bench_preview_latency:' "$log"
fi
