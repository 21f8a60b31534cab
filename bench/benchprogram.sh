# Sourced by the run_*.sh scripts of the window benchmarks.
#
# bench_program SCRIPT NAME [BUILD_DIR] [-- ARGS...]
# sets $build (default: build/ of this checkout), $bench (BUILD_DIR/bin/NAME)
# and the array bench_args (ARGS); exits 2 with a message naming SCRIPT when
# the build directory or the program is missing. It builds nothing.
bench_program() {
    local script=$1 name=$2
    shift 2
    build=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/build
    if [[ $# -gt 0 && $1 != -- ]]; then
        build=$1
        shift
    fi
    [[ ${1:-} == -- ]] && shift
    if [[ ! -d $build ]]; then
        echo "$script: build directory $build does not exist" >&2
        exit 2
    fi
    build=$(cd "$build" && pwd)
    bench=$build/bin/$name
    if [[ ! -x $bench ]]; then
        echo "$script: $bench is missing; build it first:" >&2
        echo "  cmake --build $build --target $name" >&2
        exit 2
    fi
    bench_args=("$@")
}
