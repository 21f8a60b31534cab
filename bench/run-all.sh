#!/usr/bin/env bash
# Every side-by-side benchmark of Kiji in one go, and one table of the ratios
# measured in this run, each beside its goal:
#   - kiji convert --to html against the cmark-gfm command line (run.sh);
#   - the window against ghostwriter on the same articles: start until the
#     window is mapped and until the file is loaded, and PSS, under Xvfb
#     (run_startup_compare.sh, with the ~5 MB article added);
#   - kiji check against textlint (check-vs-textlint/run.sh);
#   - a keystroke until the preview is patched against reloading the whole
#     page (run_preview.sh);
#   - the checker's throughput against bare MeCab (bench_check_throughput);
#   - the PSS of the window with the ~5 MB article;
#   - the longest stall while typing in the ~5 MB article against the
#     ~50 KB one (run_typing_stall.sh).
# Each script prints its own report too; every report is kept in a folder
# named at the end. The table takes the lines starting with "SUMMARY" that
# each benchmark prints, not its prose.
#
# usage: bench/run-all.sh [BUILD_DIR]            (default: build/ of this checkout)
#        QUICK=1 bench/run-all.sh [BUILD_DIR]    fewer runs: a sanity pass of a
#                                                few minutes, not numbers to quote
#
# BUILD_DIR must hold bin/kiji, bin/kiji-gui and the benchmarks (build them
# with: cmake --build BUILD_DIR --target kiji kiji-gui bench_model_load
# bench_preview_latency bench_check_throughput bench_typing_stall); this
# script builds nothing. Needs what the scripts need: cmark-gfm, python3,
# Xvfb and ghostwriter (run_startup_compare.sh installs them as root),
# node/npm for textlint (installed into check-vs-textlint/peer on first use);
# hyperfine and valgrind are optional. The full run takes about an hour on
# two cores; run it on an otherwise quiet machine (the load average is
# printed at the start and the end).
#
# Environment: QUICK=1 (see above); RESULTS_DIR=DIR keeps the reports there
# (default: a new folder under ${TMPDIR:-/tmp}); TABLE_ONLY=1 with
# RESULTS_DIR of an earlier run prints its table again without measuring.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(cd "$here/.." && pwd)
build=${1:-$source_dir/build}
if [[ ! -d $build ]]; then
    echo "run-all.sh: build directory $build does not exist" >&2
    exit 2
fi
build=$(cd "$build" && pwd)
missing=()
for program in kiji kiji-gui bench_model_load bench_preview_latency bench_check_throughput bench_typing_stall; do
    [[ -x $build/bin/$program ]] || missing+=("$program")
done
if ((${#missing[@]})); then
    echo "run-all.sh: missing in $build/bin: ${missing[*]}; build them first:" >&2
    echo "  cmake --build $build --target ${missing[*]}" >&2
    exit 2
fi

quick=${QUICK:-0}
results=${RESULTS_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/kiji-bench-all.XXXXXX")}
mkdir -p "$results"

machine() {
    local memory
    memory=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
    echo "$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(nproc) cores, $memory RAM"
}
started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== Kiji: all benchmarks side by side, $started$( ((quick)) && echo ' (QUICK: fewer runs)')"
echo "   machine: $(machine); load average $load_start"
echo "   build:   $build"
echo "   reports: $results"

failed=()
# step NAME COMMAND...: runs COMMAND, its output to the terminal and to
# $results/NAME.log; a failing step is noted and the others still run.
step() {
    local name=$1
    shift
    echo
    echo "######## $name: $*"
    local begin=$SECONDS
    if ! "$@" 2>&1 | tee "$results/$name.log"; then
        failed+=("$name")
        echo "run-all.sh: $name failed (see $results/$name.log)" >&2
    fi
    echo "######## $name took $((SECONDS - begin)) s, load average now $(cut -d' ' -f1-3 /proc/loadavg)"
}

articles=("$source_dir"/tests/data/articles/[01]*.md)
if [[ ${TABLE_ONLY:-0} == 1 ]]; then
    echo "   (TABLE_ONLY=1: the reports already in $results)"
elif ((quick)); then
    step convert env RUNS=6 PASSES=2 WARMUP=1 INPROC_RUNS=5 CALLGRIND=0 "$here/run.sh" "$build"
    step startup env RUNS=1 WARMUP=0 LATE=0 SIZES="1000000 5000000" "$here/run_startup_compare.sh" "$build"
    step textlint env RUNS=1 "$here/check-vs-textlint/run.sh" "$build"
    step preview "$here/run_preview.sh" "$build" -- --edits 40 --memory-edits 100 --startup-runs 2
    step throughput "$build/bin/bench_check_throughput" --runs 3 "${articles[@]}"
    step typing "$here/run_typing_stall.sh" "$build" -- --rounds 2 --keys 20
else
    step convert env RUNS=30 CALLGRIND=1 "$here/run.sh" "$build"
    step startup env RUNS=5 SIZES="1000000 5000000" "$here/run_startup_compare.sh" "$build"
    step textlint env RUNS=3 "$here/check-vs-textlint/run.sh" "$build"
    step preview "$here/run_preview.sh" "$build"
    step throughput "$build/bin/bench_check_throughput" --runs 15 "${articles[@]}"
    step typing "$here/run_typing_stall.sh" "$build" -- --rounds 5 --keys 40
fi

cat "$results"/*.log | grep '^SUMMARY ' >"$results/summary.txt"

# value BENCH KEY [FIELD=VALUE]: KEY of the first SUMMARY line of BENCH
# (that has FIELD=VALUE); "" when there is none.
value() {
    awk -v bench="$1" -v key="$2" -v match_field="${3:-}" '
        $2 != bench { next }
        match_field != "" { found = 0; for (i = 3; i <= NF; ++i) if ($i == match_field) found = 1; if (!found) next }
        { for (i = 3; i <= NF; ++i) { split($i, kv, "="); if (kv[1] == key) { print substr($i, length(key) + 2); exit } } }' \
        "$results/summary.txt"
}
# verdict VALUE OP GOAL: met / NOT met (OP: le or ge), "–" without a value.
verdict() {
    [[ -z $1 ]] && { echo "–"; return; }
    awk -v v="$1" -v op="$2" -v g="$3" 'BEGIN { ok = (op == "le") ? (v <= g) : (v >= g); print ok ? "met" : "**not met**" }'
}
rows=()
# pss_row FILE TEXT: Kiji's and ghostwriter's PSS of FILE's run, 10 s after
# loading (3 s when the late reading was skipped).
pss_row() {
    local file=$1 key=late_pss when="10 s"
    local late
    late=$(value startup-vs-ghostwriter kiji_late_pss_p50_mib "file=$file")
    if [[ -z $late || $late == 0.0 ]]; then
        key=pss
        when="3 s"
    fi
    local r
    r=$(value startup-vs-ghostwriter ${key}_ratio "file=$file")
    [[ -z $r ]] && return
    row "$2 $when after loading, $file (p50)" \
        "$(value startup-vs-ghostwriter kiji_${key}_p50_mib "file=$file") MiB / $(value startup-vs-ghostwriter ghostwriter_${key}_p50_mib "file=$file") MiB" \
        "$r" "≤ 1× (Kiji ≤ ghostwriter)" "$(verdict "$r" le 1)"
}
# row WHAT MEASURED RATIO GOAL VERDICT
row() { rows+=("| $1 | $2 | ${3:-–}$([[ -n ${3:-} ]] && echo '×') | $4 | $5 |"); }

generated=generated-1mb-ja.md
nlp=12-awesome-japanese-nlp-resources-ja.md
for file in "$generated" "$nlp"; do
    r=$(awk -v f="file=$file" '$2 == "convert-vs-cmark" && $3 == f && $4 == "measure=process" { split($5, kv, "="); print kv[2]; exit }' "$results/summary.txt")
    [[ -n $r ]] && row "\`kiji convert --to html\` / \`cmark-gfm\` CLI, $file (median of processes)" "wall time" "$r" "≤ 1.5×" "$(verdict "$r" le 1.5)"
    r=$(awk -v f="file=$file" '$2 == "convert-vs-cmark" && $3 == f && $4 == "measure=instructions" { split($5, kv, "="); print kv[2]; exit }' "$results/summary.txt")
    [[ -n $r ]] && row "\`kiji convert --to html\` / \`cmark-gfm\` CLI, $file" "instructions (callgrind)" "$r" "≤ 1.5×" "$(verdict "$r" le 1.5)"
    r=$(awk -v f="file=$file" '$2 == "convert-vs-cmark" && $3 == f && $4 == "measure=inprocess-model" { split($5, kv, "="); print kv[2]; exit }' "$results/summary.txt")
    [[ -n $r ]] && row "model load / cmark-gfm parse+render in process, $file (median)" "wall time" "$r" "≤ 1.5×" "$(verdict "$r" le 1.5)"
done

for file in 09-vue-docs-ja-accessibility.md generated-1mb-ja.md; do
    kiji_ms=$(value startup-vs-ghostwriter kiji_mapped_p50_ms "file=$file")
    [[ -z $kiji_ms ]] && continue
    gw_ms=$(value startup-vs-ghostwriter ghostwriter_mapped_p50_ms "file=$file")
    row "Kiji / ghostwriter: start → window mapped, $file (p50)" "$kiji_ms ms / $gw_ms ms" \
        "$(value startup-vs-ghostwriter mapped_ratio "file=$file")" "Kiji ≤ 200 ms" "$(verdict "$kiji_ms" le 200)"
    row "Kiji / ghostwriter: start → file loaded (title names it), $file (p50)" \
        "$(value startup-vs-ghostwriter kiji_titled_p50_ms "file=$file") ms / $(value startup-vs-ghostwriter ghostwriter_titled_p50_ms "file=$file") ms" \
        "$(value startup-vs-ghostwriter titled_ratio "file=$file")" "–" "–"
    pss_row "$file" "Kiji / ghostwriter: PSS of the process tree"
done

r=$(value check-vs-textlint nine_time_ratio)
if [[ -n $r ]]; then
    row "\`kiji check\` / textlint, nine articles 01–09, one invocation (median), shown as textlint / Kiji" \
        "$(value check-vs-textlint nine_kiji_ms) ms / $(value check-vs-textlint nine_textlint_ms) ms" "$r" "> 1× (Kiji faster)" "$(verdict "$r" ge 1)"
    row "\`kiji check\` / textlint, peak RSS, nine articles, shown as textlint / Kiji" \
        "$(value check-vs-textlint nine_kiji_rss_mb) MB / $(value check-vs-textlint nine_textlint_rss_mb) MB" \
        "$(value check-vs-textlint nine_rss_ratio)" "–" "–"
    r=$(value check-vs-textlint kiji_linearity)
    row "\`kiji check\`: ten copies of article 09 / one copy (textlint: $(value check-vs-textlint textlint_linearity)×)" \
        "wall time" "$r" "≤ 11×" "$(verdict "$r" le 11)"
fi

r=$(value preview-latency reload_ratio_p50)
if [[ -n $r ]]; then
    row "full page reload / keystroke → preview patched, p50" \
        "$(value preview-latency reload_p50_ms) ms / $(value preview-latency patched_p50_ms) ms" "$r" "≥ 20×" "$(verdict "$r" ge 20)"
    r=$(value preview-latency reload_ratio_p95)
    row "full page reload / keystroke → preview patched, p95" \
        "$(value preview-latency reload_p95_ms) ms / $(value preview-latency patched_p95_ms) ms" "$r" "≥ 20× (and patched p95 ≤ 8 ms)" \
        "$(verdict "$r" ge 20)$( [[ $(verdict "$(value preview-latency patched_p95_ms)" le 8) != met ]] && echo '; patched p95 **not met**')"
fi

r=$(value check-throughput check_percent_of_mecab)
if [[ -n $r ]]; then
    row "checker's rate / bare MeCab's rate, characters a second ($(value check-throughput characters) characters, all $(value check-throughput rules) rules, one core, median)" \
        "time $(value check-throughput check_ms) ms / $(value check-throughput mecab_ms) ms" \
        "$(awk -v p="$r" 'BEGIN { printf "%.3f", p / 100 }')" "≥ 0.25× (25 %)" "$(verdict "$r" ge 25)"
fi

# The ~5 MB article: the window's start and memory beside ghostwriter's.
file=generated-5mb-ja.md
kiji_ms=$(value startup-vs-ghostwriter kiji_mapped_p50_ms "file=$file")
if [[ -n $kiji_ms ]]; then
    row "Kiji / ghostwriter: start → window mapped, ~5 MB article $file (p50)" \
        "$kiji_ms ms / $(value startup-vs-ghostwriter ghostwriter_mapped_p50_ms "file=$file") ms" \
        "$(value startup-vs-ghostwriter mapped_ratio "file=$file")" "–" "–"
    pss_row "$file" "**memory of the window with the ~5 MB article**: Kiji / ghostwriter PSS of the process tree"
fi

r=$(value typing-stall stall_ratio)
if [[ -n $r ]]; then
    row "typing: longest event-loop stall, ~5 MB / ~50 KB article" \
        "$(value typing-stall large_stall_max_ms) ms / $(value typing-stall small_stall_max_ms) ms" "$r" "≤ 2×" "$(verdict "$r" le 2)"
    row "typing: keystroke on the GUI thread p95, ~5 MB / ~50 KB article" \
        "$(value typing-stall large_key_p95_ms) ms / $(value typing-stall small_key_p95_ms) ms" "$(value typing-stall key_p95_ratio)" "–" "–"
fi

{
    echo "Measured $started – $(date -u +%Y-%m-%dT%H:%M:%SZ)$( ((quick)) && echo ', QUICK=1 (fewer runs)'); $(machine);"
    echo "load average $load_start at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end."
    echo
    echo "| comparison | measured (Kiji / peer) | ratio | goal | verdict |"
    echo "| --- | --- | ---: | --- | --- |"
    printf '%s\n' "${rows[@]}"
} >"$results/table.md"
echo
echo "== All benchmarks side by side"
cat "$results/table.md"
if ((${#failed[@]})); then
    echo
    echo "run-all.sh: failed steps: ${failed[*]} (their rows are missing); reports in $results" >&2
    exit 1
fi
echo
echo "reports and the table (table.md) are in $results"
