#!/usr/bin/env bash
# Kiji typing in a large article: the longest stall of the window's event
# loop while typing into a ~5 MB article, side by side with a ~50 KB one in
# the same run (goal: large / small <= 2), and each keystroke's time on the
# GUI thread. See bench_typing_stall.cpp and docs/performance.md.
#
# usage: bench/run_typing_stall.sh [BUILD_DIR] [-- ARGS...]   (default: build/ of this checkout)
#
# The two articles are written by bench/gen_article.py (same bytes on every
# run): 45000 gives 48,638 bytes, 5000000 gives 5,192,863 bytes. ARGS go to
# bench_typing_stall, e.g. --rounds 5 --keys 40 --interval 30 50. BUILD_DIR
# must already contain bin/bench_typing_stall (built with BUILD_TESTING on);
# this script builds nothing. It works from any cwd.
#
# Environment (optional): SMALL_BYTES=45000, LARGE_BYTES=5000000 (the sizes
# asked of gen_article.py).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/benchprogram.sh"
bench_program run_typing_stall.sh bench_typing_stall "$@"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/kiji-typing-stall.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
small=$tmp/small-ja.md
large=$tmp/large-ja.md
python3 "$here/gen_article.py" "$small" "${SMALL_BYTES:-45000}"
python3 "$here/gen_article.py" "$large" "${LARGE_BYTES:-5000000}"

export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export QTWEBENGINE_DISABLE_SANDBOX=${QTWEBENGINE_DISABLE_SANDBOX:-1}
echo "== Kiji typing stall benchmark: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "   machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "   program: $bench"
# Chromium's and Qt's own messages go to stderr (and some to stdout); only
# the benchmark's lines are kept.
if ! "$bench" "${bench_args[@]}" "$small" "$large" >"$tmp/out" 2>"$tmp/err"; then
    echo "run_typing_stall.sh: bench_typing_stall failed; its output:" >&2
    cat "$tmp/out" "$tmp/err" >&2
    exit 1
fi
sed -n '/^== Kiji typing stall/,$p' "$tmp/out" | grep -v '^  \* \|^This plugin' || true
echo
grep '^bench_typing_stall:' "$tmp/err" || true
echo "   load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
