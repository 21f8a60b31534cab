#!/usr/bin/env bash
# Builds the fuzz targets in fuzz/ with clang-14 (libFuzzer, ASan, UBSan) in
# build-fuzz/ and runs each for SECONDS (default 600), one after another.
#
# usage: ./scripts/fuzz.sh [SECONDS] [TARGET...]   (targets: article textimport
#        htmlimport reviewmarks checker; default all)
#
# Each run starts from the target's committed corpus (fuzz/corpus/TARGET), the
# inputs that once failed (fuzz/regressions/TARGET) and the test data it is
# seeded from. A new failing input belongs in fuzz/regressions/TARGET once
# fixed: CTest replays it with every build. Afterwards the corpus is minimized back
# into fuzz/corpus/TARGET (libFuzzer -merge=1), a failing input is saved in
# build-fuzz/artifacts/TARGET/, and one line per target says how long it ran,
# how many inputs it executed and what it found. Logs: build-fuzz/logs/.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

seconds=${1:-600}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(article textimport htmlimport reviewmarks checker)
fi

KIJI_PACKAGES+=(clang-14 libclang-rt-14-dev)
kiji_install_packages

build="$KIJI_ROOT/build-fuzz"
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$KIJI_ROOT" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++-14 -DKIJI_FUZZ=ON -DBUILD_TESTING=OFF
fi
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]/#/fuzz_}"

summary=()
for target in "${targets[@]}"; do
  work="$build/work/$target"
  seeds="$build/seeds/$target"
  artifacts="$build/artifacts/$target"
  log="$build/logs/$target.log"
  corpus="$KIJI_ROOT/fuzz/corpus/$target"
  rm -rf "$work" "$seeds"
  mkdir -p "$work" "$seeds" "$artifacts" "$build/logs" "$corpus"
  # libFuzzer reads folders only: copy the seed files into one.
  while read -r path; do
    [ -n "$path" ] || continue
    if [ -d "$path" ]; then
      find "$path" -maxdepth 1 -type f -exec cp -t "$seeds" {} +
    else
      cp "$path" "$seeds"
    fi
  done < "$build/fuzz/seeds-$target.txt"
  if [ -d "$KIJI_ROOT/fuzz/regressions/$target" ]; then
    cp "$KIJI_ROOT/fuzz/regressions/$target"/* "$seeds"/
  fi

  echo "kiji: fuzzing $target for $seconds s (log: $log)"
  status=0
  "$build/bin/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=16384 \
    -print_final_stats=1 -artifact_prefix="$artifacts/" "$work" "$corpus" "$seeds" >"$log" 2>&1 || status=$?

  # Keep a minimal corpus that covers what this run reached, of inputs cut
  # to 2 KB so that the committed corpus stays small and replays quickly.
  merged="$build/merged/$target"
  rm -rf "$merged"
  mkdir -p "$merged"
  "$build/bin/fuzz_$target" -merge=1 -max_len=2048 -timeout=10 -artifact_prefix="$artifacts/" \
    "$merged" "$corpus" "$work" >>"$log" 2>&1 || true
  if [ -n "$(ls -A "$merged")" ]; then
    rm -f "$corpus"/*
    cp "$merged"/* "$corpus"/
  fi

  runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || echo "?")
  found=$(find "$artifacts" -type f | wc -l)
  summary+=("$(printf '%-12s %6s s %10s executions  corpus %4s files  failing inputs %s  exit %s' \
    "$target" "$seconds" "$runs" "$(ls "$corpus" | wc -l)" "$found" "$status")")
done

printf '%s\n' "${summary[@]}"
