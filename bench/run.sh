#!/usr/bin/env bash
# Kiji performance benchmark: Markdown model load and `kiji convert --to html`
# against the cmark-gfm CLI. Goal: Kiji <= 1.5x the time of
#   cmark-gfm -e table -e strikethrough -e autolink FILE
#
# usage: bench/run.sh [BUILD_DIR]        (default: build/ of this checkout)
#
# BUILD_DIR must already contain bin/kiji and bin/bench_model_load (built
# with BUILD_TESTING on); this script builds nothing. It works from any cwd.
#
# Environment (all optional):
#   RUNS=30            timed process runs per command
#   PASSES=3           the runs are split into this many passes; each pass
#                      times every command in turn, so that a slow stretch of
#                      a shared machine does not land on one command only
#   WARMUP=3           warm-up runs per command and pass
#   INPROC_RUNS=20     runs per case of bench_model_load
#   CALLGRIND=1        also count instructions (valgrind --tool=callgrind) of
#                      each command once: slower, but independent of the load
#                      of the machine; 0 skips it (skipped without valgrind)
#   BENCH_RESULTS_DIR  if set, the generated article, the raw samples (and
#                      hyperfine JSON files) and the bench_model_load output
#                      are copied there
#
# Whole-process timing uses hyperfine (Debian package "hyperfine") when it is
# installed, else a loop timing each run with `date +%s%N`. The median and the
# minimum of all runs are printed. Kiji writes to standard output (`-o -`)
# redirected to /dev/null, the same way cmark-gfm writes.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(cd "$here/.." && pwd)
build=${1:-$source_dir/build}
if [[ ! -d $build ]]; then
    echo "run.sh: build directory $build does not exist" >&2
    exit 2
fi
build=$(cd "$build" && pwd)
kiji=$build/bin/kiji
bench=$build/bin/bench_model_load
for program in "$kiji" "$bench"; do
    if [[ ! -x $program ]]; then
        echo "run.sh: $program is missing; build it first:" >&2
        echo "  cmake --build $build --target kiji bench_model_load" >&2
        exit 2
    fi
done
cmark=$(command -v cmark-gfm || true)
if [[ -z $cmark ]]; then
    echo "run.sh: cmark-gfm is not installed (apt-get install cmark-gfm)" >&2
    exit 2
fi
if ! command -v python3 >/dev/null; then
    echo "run.sh: python3 is needed to generate the article" >&2
    exit 2
fi

runs=${RUNS:-30}
passes=${PASSES:-3}
warmup=${WARMUP:-3}
inproc_runs=${INPROC_RUNS:-20}
goal=1.5
((passes >= 1 && passes <= runs)) || passes=1
runs_per_pass=$(((runs + passes - 1) / passes))
runs=$((runs_per_pass * passes))

tmp=$(mktemp -d "${TMPDIR:-/tmp}/kiji-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

generated=$tmp/generated-1mb-ja.md
python3 "$here/gen_article.py" "$generated" 1000000

nlp=/work/shared/corpus/articles/12-awesome-japanese-nlp-resources-ja.md
files=("$generated")
if [[ -f $nlp ]]; then
    files+=("$nlp")
else
    echo "run.sh: warning: 12-awesome-japanese-nlp-resources-ja.md not found; timing the generated article only" >&2
fi

# Sanity: both programs must convert every file (kiji exits 2 on damaged input).
for file in "${files[@]}"; do
    "$kiji" convert "$file" --to html -o - >/dev/null
    "$cmark" -e table -e strikethrough -e autolink "$file" >/dev/null
done

have_hyperfine=false
command -v hyperfine >/dev/null && have_hyperfine=true

echo "== Kiji benchmark: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "   machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "   kiji:    $kiji"
echo "   cmark:   $cmark ($("$cmark" --version | head -1))"
if $have_hyperfine; then
    method="hyperfine $(hyperfine --version | awk '{print $2}')"
else
    method="date +%s%N loop"
fi
echo "   process timing: $method, $runs runs per command in $passes passes of $runs_per_pass (+$warmup warm-up each)"

# time_pass NAME PASS COMMAND...: times COMMAND (stdout and stderr to
# /dev/null) $runs_per_pass times and appends the samples, in seconds, to
# $tmp/NAME.samples.
time_pass() {
    local name=$1 pass=$2
    shift 2
    if $have_hyperfine; then
        local json=$tmp/$name.pass$pass.json
        local shell_option=(-N)
        local argument
        for argument in "$@"; do
            # -N splits the command on whitespace; go through a shell instead.
            [[ $argument =~ [[:space:]] ]] && shell_option=()
        done
        local command
        command=$(printf '%q ' "$@")
        if ! hyperfine "${shell_option[@]}" --style none --warmup "$warmup" --runs "$runs_per_pass" \
            --export-json "$json" "$command" >/dev/null 2>"$tmp/$name.log"; then
            cat "$tmp/$name.log" >&2
            return 1
        fi
        python3 -c 'import json, sys
for t in json.load(open(sys.argv[1]))["results"][0]["times"]:
    print("%.9f" % t)' "$json" >>"$tmp/$name.samples"
    else
        local index start stop
        for ((index = 0; index < warmup; ++index)); do
            "$@" >/dev/null 2>&1
        done
        for ((index = 0; index < runs_per_pass; ++index)); do
            start=$(date +%s%N)
            "$@" >/dev/null 2>&1
            stop=$(date +%s%N)
            awk -v ns=$((stop - start)) 'BEGIN { printf "%.9f\n", ns / 1e9 }' >>"$tmp/$name.samples"
        done
    fi
}

# stats NAME: prints "MEDIAN MIN" in ms of $tmp/NAME.samples.
stats() {
    sort -g "$tmp/$1.samples" | awk '{ a[NR] = $1 }
        END { m = NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.3f %.3f\n", m * 1000, a[1] * 1000 }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
verdict() { awk -v r="$1" -v g="$goal" 'BEGIN { print (r <= g ? "met" : "NOT met") }'; }

# Commands per file: NAME and the command line.
index=0
for file in "${files[@]}"; do
    index=$((index + 1))
    for ((pass = 1; pass <= passes; ++pass)); do
        time_pass "kiji-$index" "$pass" "$kiji" convert "$file" --to html -o -
        time_pass "cmark-$index" "$pass" "$cmark" -e table -e strikethrough -e autolink "$file"
        # The same conversion written to a file (QSaveFile: temporary file + rename).
        time_pass "kiji-file-$index" "$pass" "$kiji" convert "$file" --to html -o "$tmp/out-$index.html"
        # Floor: starting the kiji process at all.
        time_pass "kiji-help-$index" "$pass" "$kiji" help
    done
done

echo
echo "== Whole processes (wall time in ms, median and min of $runs runs)"
summary=()
printf '%-40s %8s %17s %17s %17s %17s %15s\n' file bytes "kiji med / min" "cmark med / min" "kiji->file med" \
    "kiji help med" "ratio med / min"
index=0
for file in "${files[@]}"; do
    index=$((index + 1))
    read -r kiji_med kiji_min < <(stats "kiji-$index")
    read -r cmark_med cmark_min < <(stats "cmark-$index")
    read -r file_med _ < <(stats "kiji-file-$index")
    read -r help_med _ < <(stats "kiji-help-$index")
    r_med=$(ratio "$kiji_med" "$cmark_med")
    r_min=$(ratio "$kiji_min" "$cmark_min")
    printf '%-40s %8d %8s /%7s %8s /%7s %17s %17s %6sx /%6sx\n' "$(basename "$file")" "$(stat -c %s "$file")" \
        "$kiji_med" "$kiji_min" "$cmark_med" "$cmark_min" "$file_med" "$help_med" "$r_med" "$r_min"
    summary+=("$(basename "$file")|process: kiji convert --to html vs cmark-gfm CLI|$r_med|$r_min")
done
echo "(kiji: kiji convert FILE --to html -o - >/dev/null; cmark: cmark-gfm -e table -e strikethrough"
echo " -e autolink FILE >/dev/null; kiji->file: the same conversion with -o FILE.html; kiji help: the"
echo " process start floor; ratio: kiji / cmark)"

echo
echo "== In process: bench_model_load --runs $inproc_runs (ms)"
inproc=$("$bench" --runs "$inproc_runs" "${files[@]}")
grep -v '^RESULT' <<<"$inproc"
while IFS=$'\t' read -r tag path bytes rest; do
    [[ $tag == RESULT ]] || continue
    declare -A median=() best=()
    IFS=$'\t' read -r -a fields <<<"$rest"
    for field in "${fields[@]}"; do
        key=${field%%=*}
        value=${field#*=}
        median[$key]=${value%/*}
        best[$key]=${value#*/}
    done
    summary+=("$(basename "$path")|in process: model load (setData) vs cmark parse+html|$(ratio "${median[model]}" "${median[cmark html]}")|$(ratio "${best[model]}" "${best[cmark html]}")")
    summary+=("$(basename "$path")|in process: setData + standalonePage vs cmark parse+html|$(ratio "${median[convert]}" "${median[cmark html]}")|$(ratio "${best[convert]}" "${best[cmark html]}")")
    unset median best
done <<<"$inproc"

if [[ ${CALLGRIND:-1} != 0 ]] && command -v valgrind >/dev/null; then
    # instructions NAME COMMAND...: prints the instructions executed by COMMAND.
    instructions() {
        local name=$1
        shift
        valgrind --tool=callgrind --callgrind-out-file="$tmp/$name.callgrind" "$@" >/dev/null 2>"$tmp/$name.callgrind.log"
        awk '/^(summary|totals):/ { print $2; exit }' "$tmp/$name.callgrind"
    }
    echo
    echo "== Instructions executed (callgrind, one run each; millions)"
    printf '%-40s %12s %12s %12s %16s\n' file "kiji" "cmark" "kiji help" "ratio kiji/cmark"
    index=0
    for file in "${files[@]}"; do
        index=$((index + 1))
        kiji_ir=$(instructions "kiji-$index" "$kiji" convert "$file" --to html -o -)
        cmark_ir=$(instructions "cmark-$index" "$cmark" -e table -e strikethrough -e autolink "$file")
        help_ir=$(instructions "kiji-help-$index" "$kiji" help)
        r=$(ratio "$kiji_ir" "$cmark_ir")
        printf '%-40s %12.1f %12.1f %12.1f %15sx\n' "$(basename "$file")" "$(awk -v n="$kiji_ir" 'BEGIN { print n / 1e6 }')" \
            "$(awk -v n="$cmark_ir" 'BEGIN { print n / 1e6 }')" "$(awk -v n="$help_ir" 'BEGIN { print n / 1e6 }')" "$r"
        summary+=("$(basename "$file")|instructions: kiji convert --to html vs cmark-gfm CLI|$r|-")
    done
    echo "(instructions are not time: they leave out cache misses, page faults and system calls, but do"
    echo " not change with the load of the machine)"
fi

echo
echo "== Ratios against the goal (Kiji <= ${goal}x cmark-gfm): median / best (instructions: one count)"
for line in "${summary[@]}"; do
    IFS='|' read -r name what r_med r_min <<<"$line"
    if [[ $r_min == - ]]; then
        printf '%-40s %-56s %6sx           goal <= %sx: %s\n' "$name" "$what" "$r_med" "$goal" "$(verdict "$r_med")"
    else
        printf '%-40s %-56s %6sx / %6sx  goal <= %sx: %s / %s\n' "$name" "$what" "$r_med" "$r_min" "$goal" \
            "$(verdict "$r_med")" "$(verdict "$r_min")"
    fi
done

# One line per file and measure for bench/run-all.sh (ratio kiji / cmark-gfm).
echo
for line in "${summary[@]}"; do
    IFS='|' read -r name what r_med r_min <<<"$line"
    case $what in
    process:*) measure=process ;;
    "in process: model"*) measure=inprocess-model ;;
    "in process: setData"*) measure=inprocess-convert ;;
    instructions:*) measure=instructions ;;
    *) measure=other ;;
    esac
    echo "SUMMARY convert-vs-cmark file=$name measure=$measure ratio_median=$r_med ratio_best=$r_min goal=$goal"
done

if [[ -n ${BENCH_RESULTS_DIR:-} ]]; then
    mkdir -p "$BENCH_RESULTS_DIR"
    cp "$generated" "$tmp"/*.samples "$BENCH_RESULTS_DIR/"
    cp "$tmp"/*.json "$BENCH_RESULTS_DIR/" 2>/dev/null || true
    cp "$tmp"/*.callgrind "$BENCH_RESULTS_DIR/" 2>/dev/null || true
    printf '%s\n' "$inproc" >"$BENCH_RESULTS_DIR/bench_model_load.txt"
    echo
    echo "results copied to $BENCH_RESULTS_DIR"
fi
