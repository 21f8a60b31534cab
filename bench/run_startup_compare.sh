#!/usr/bin/env bash
# Kiji against ghostwriter (Debian package "ghostwriter", a Qt 5 Markdown
# editor with a QtWebEngine live preview), both opening the same article in
# a real X window:
#   (a) window mapped: ms from just before the process is started until its
#       top-level window is mapped on the X server;
#   (a') titled: ms until the window title names the file, i.e. the file
#       is loaded. ghostwriter maps its window ("untitled") first and opens
#       the file afterwards; Kiji opens the file before it shows the window,
#       so for Kiji both times are the same;
#   (b) memory: PSS (sum of "Pss:" in /proc/PID/smaps_rollup) of the process
#       and ALL its descendants (the QtWebEngineProcess zygote, renderer and
#       GPU processes), SETTLE seconds after the file was loaded (titled),
#       and again LATE seconds after it. PSS splits shared pages between
#       ALL processes mapping them, so Qt 6 programs running at the same time
#       (Kiji's tests, say) lower Kiji's PSS: the raw samples also give USS
#       (private memory) and count the other processes mapping the same Qt
#       WebEngine library, and a warning is printed when there were any.
#       The kernel may also reclaim clean file pages (the WebEngine library)
#       of an idle program: a single reading 100+ MiB below the others is
#       that, not the program; read the p50.
# Goals printed beside the table: Kiji's window (the outline tree) shown in
# <= 200 ms, and Kiji's PSS <= ghostwriter's PSS.
#
# usage: bench/run_startup_compare.sh [BUILD_DIR]   (default: build/ of this checkout)
#
# BUILD_DIR must already contain bin/kiji-gui; this script builds nothing. It
# works from any cwd.
#
# Environment (all optional):
#   RUNS=5           measured runs per program and input
#   WARMUP=1         unmeasured runs per program and input first (page cache,
#                    shader caches)
#   SETTLE=3         seconds between the file being loaded (titled) and
#                    reading PSS (the preview loads in that time)
#   LATE=10          seconds between the file being loaded and a second PSS
#                    reading, when the previews of both programs have settled
#                    (ghostwriter's preview of the 1 MB article is still blank
#                    3 s after loading; it grows until ~6 s); 0 skips it
#   TIMEOUT=60       seconds to wait for a window before giving up
#   GEOMETRY=1400x900  window size given to both programs (Qt's -geometry
#                    option), Kiji's own default; GEOMETRY= (empty) lets each
#                    program pick its own size (ghostwriter's first start
#                    opens 800x500)
#   SIZES=1000000    the generated articles to open besides article 09, in
#                    bytes given to bench/gen_article.py ("1000000 5000000"
#                    adds the ~5 MB article; bench/run-all.sh does)
#   FRESH_CACHE=0    1: a new XDG_CACHE_HOME for every run too (every run a
#                    first start with cold shader caches)
#   SCREENSHOT_DIR   if set, the X screen is saved once per program and
#                    input (first measured run, after each PSS reading) to
#                    DIR/compare-PROGRAM-INPUT.png and ...-late.png
#                    (ImageMagick "import")
#   INSTALL=1        as root, missing Debian packages are installed with
#                    apt-get; 0 only reports them
#   BENCH_RESULTS_DIR  if set, the raw samples are copied there
#
# How: the script starts its own Xvfb (no window manager) on a free display
# (-displayfd). A small python3 helper (ctypes on libX11, written to a
# temporary directory) selects SubstructureNotify on the root window, takes
# time.monotonic_ns() and starts the program; it wakes on every MapNotify
# event (select() on the X connection, at most 5 ms per wait, so the
# resolution is the event delivery, well under 5 ms, and the helper uses no
# CPU while it waits) and stops the clock at the first mapped, not
# override-redirect window whose _NET_WM_PID is the program's process; then
# it follows PropertyNotify events of that window until its _NET_WM_NAME
# contains the file name. The helper is a child subreaper, so the process
# tree it sums up and kills includes processes that were re-parented.
# SETTLE seconds after the title it reads PSS and lists the program's mapped
# windows (an error or recovery dialog would show up there), LATE seconds
# after it reads PSS again, then kills the whole tree with SIGKILL and reaps
# it. The same X server, window size and environment serve both programs.
#
# Each run gets a fresh copy of the input (same file name) and a fresh HOME,
# XDG_CONFIG_HOME and XDG_DATA_HOME, so no settings, sessions or recent-file
# lists carry over; XDG_CACHE_HOME is kept per program across its runs
# unless FRESH_CACHE=1. The runs alternate between the programs (odd runs
# Kiji first, even runs ghostwriter first) and between the inputs, because
# the machine is shared and noisy. Inputs: the real article
# 09-vue-docs-ja-accessibility.md and a ~1 MB Japanese article from
# bench/gen_article.py (more sizes with SIZES). Kiji runs with QTWEBENGINE_DISABLE_SANDBOX=1 (needed
# as root; ghostwriter gets it too) and KIJI_RECOVERY_ANSWER=no.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(cd "$here/.." && pwd)
build=${1:-$source_dir/build}
if [[ ! -d $build ]]; then
    echo "run_startup_compare.sh: build directory $build does not exist" >&2
    exit 2
fi
build=$(cd "$build" && pwd)
kiji=$build/bin/kiji-gui
if [[ ! -x $kiji ]]; then
    echo "run_startup_compare.sh: $kiji is missing; build it first:" >&2
    echo "  cmake --build $build --target kiji-gui" >&2
    exit 2
fi

runs=${RUNS:-5}
warmup=${WARMUP:-1}
settle=${SETTLE:-3}
late=${LATE:-10}
timeout=${TIMEOUT:-60}
geometry=${GEOMETRY-1400x900}
fresh_cache=${FRESH_CACHE:-0}
sizes=${SIZES:-1000000}
screenshot_dir=${SCREENSHOT_DIR:-}
goal_ms=200

# Tools: Debian package for each command.
declare -A package_of=([Xvfb]=xvfb [ghostwriter]=ghostwriter [python3]=python3)
[[ -n $screenshot_dir ]] && package_of[import]=imagemagick
missing=()
for tool in "${!package_of[@]}"; do
    command -v "$tool" >/dev/null || missing+=("${package_of[$tool]}")
done
if ((${#missing[@]})); then
    if [[ $(id -u) -eq 0 && ${INSTALL:-1} != 0 ]]; then
        echo "run_startup_compare.sh: installing ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        echo "run_startup_compare.sh: missing tools; install them first:" >&2
        echo "  apt-get install ${missing[*]}" >&2
        exit 2
    fi
fi
ghostwriter=$(command -v ghostwriter)
if ! python3 -c 'import ctypes; ctypes.CDLL("libX11.so.6")' 2>/dev/null; then
    echo "run_startup_compare.sh: libX11.so.6 is missing (apt-get install libx11-6)" >&2
    exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/kiji-startup-compare.XXXXXX")
xvfb_pid=
helper_pid=
cleanup() {
    local status=$?
    trap - EXIT INT TERM HUP
    if [[ -n $helper_pid ]] && kill -0 "$helper_pid" 2>/dev/null; then
        kill -TERM "$helper_pid" 2>/dev/null || true
        wait "$helper_pid" 2>/dev/null || true
    fi
    if [[ -n $xvfb_pid ]] && kill -0 "$xvfb_pid" 2>/dev/null; then
        kill -TERM "$xvfb_pid" 2>/dev/null || true
        wait "$xvfb_pid" 2>/dev/null || true
    fi
    rm -rf "$tmp"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# The helper: measure.py LABEL SCREENSHOT_FILE|- -- PROGRAM ARGS...
# prints one line of key=value fields separated by tabs.
cat >"$tmp/measure.py" <<'PYTHON'
import ctypes, os, select, signal, subprocess, sys, time

label, screenshot = sys.argv[1], sys.argv[2]
settle, late, timeout = float(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])
command = sys.argv[sys.argv.index("--") + 1:]
name = os.path.basename(command[-1])

libc = ctypes.CDLL(None, use_errno=True)
libc.prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER: orphans of the tree come to us

x = ctypes.CDLL("libX11.so.6")
Window = Atom = ctypes.c_ulong
x.XOpenDisplay.restype = ctypes.c_void_p
x.XOpenDisplay.argtypes = [ctypes.c_char_p]
x.XDefaultRootWindow.restype = Window
x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
x.XSelectInput.argtypes = [ctypes.c_void_p, Window, ctypes.c_long]
x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
x.XConnectionNumber.argtypes = [ctypes.c_void_p]
x.XPending.argtypes = [ctypes.c_void_p]
x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
x.XInternAtom.restype = Atom
x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
x.XGetWindowProperty.argtypes = [ctypes.c_void_p, Window, Atom, ctypes.c_long, ctypes.c_long, ctypes.c_int, Atom,
                                 ctypes.POINTER(Atom), ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong),
                                 ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p)]
x.XFree.argtypes = [ctypes.c_void_p]
x.XQueryTree.argtypes = [ctypes.c_void_p, Window, ctypes.POINTER(Window), ctypes.POINTER(Window),
                         ctypes.POINTER(ctypes.POINTER(Window)), ctypes.POINTER(ctypes.c_uint)]


class MapEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("event", Window), ("window", Window),
                ("override_redirect", ctypes.c_int)]


class Event(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("xmap", MapEvent), ("pad", ctypes.c_long * 24)]


class Attributes(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
                ("border_width", ctypes.c_int), ("depth", ctypes.c_int), ("visual", ctypes.c_void_p),
                ("root", Window), ("class_", ctypes.c_int), ("bit_gravity", ctypes.c_int),
                ("win_gravity", ctypes.c_int), ("backing_store", ctypes.c_int),
                ("backing_planes", ctypes.c_ulong), ("backing_pixel", ctypes.c_ulong),
                ("save_under", ctypes.c_int), ("colormap", ctypes.c_ulong), ("map_installed", ctypes.c_int),
                ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long),
                ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
                ("override_redirect", ctypes.c_int), ("screen", ctypes.c_void_p)]


x.XGetWindowAttributes.argtypes = [ctypes.c_void_p, Window, ctypes.POINTER(Attributes)]

# A window can vanish between the event and our questions: ignore X errors
# instead of letting Xlib exit.
ErrorHandler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
ignore_errors = ErrorHandler(lambda display, error: 0)
x.XSetErrorHandler.argtypes = [ErrorHandler]
x.XSetErrorHandler(ignore_errors)

display = x.XOpenDisplay(None)
if not display:
    sys.exit("measure: cannot open display %r" % os.environ.get("DISPLAY"))
root = x.XDefaultRootWindow(display)
NET_WM_PID = x.XInternAtom(display, b"_NET_WM_PID", False)
NET_WM_NAME = x.XInternAtom(display, b"_NET_WM_NAME", False)
UTF8_STRING = x.XInternAtom(display, b"UTF8_STRING", False)
XA_CARDINAL, MAP_NOTIFY, PROPERTY_NOTIFY, IS_VIEWABLE = 6, 19, 28, 2


def property_bytes(window, atom, kind, length):
    actual, fmt, count, after, data = Atom(), ctypes.c_int(), ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
    if x.XGetWindowProperty(display, window, atom, 0, length, False, kind, ctypes.byref(actual), ctypes.byref(fmt),
                            ctypes.byref(count), ctypes.byref(after), ctypes.byref(data)) != 0 or not data.value:
        return None, 0
    try:
        if fmt.value == 32:
            return list((ctypes.c_ulong * count.value).from_address(data.value)), 32
        return ctypes.string_at(data.value, count.value), fmt.value
    finally:
        x.XFree(data)


def window_pid(window):
    values, _ = property_bytes(window, NET_WM_PID, XA_CARDINAL, 1)
    return values[0] if values else None


def window_title(window):
    title, _ = property_bytes(window, NET_WM_NAME, UTF8_STRING, 256)
    return title.decode("utf-8", "replace") if title else ""


def window_attributes(window):
    attributes = Attributes()
    return attributes if x.XGetWindowAttributes(display, window, ctypes.byref(attributes)) else None


def descendants():
    """Every process below this helper (the program and its re-parented
    orphans), from the ppid fields of /proc/*/stat."""
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % entry) as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    found, todo = [], [os.getpid()]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def rollup_kb(pid):
    """(Pss, Private_Clean + Private_Dirty) in kB from /proc/PID/smaps_rollup."""
    values = {}
    try:
        with open("/proc/%d/smaps_rollup" % pid) as rollup:
            for line in rollup:
                key, _, rest = line.partition(":")
                if key in ("Pss", "Private_Clean", "Private_Dirty"):
                    values[key] = int(rest.split()[0])
    except OSError:
        pass
    return values.get("Pss", 0), values.get("Private_Clean", 0) + values.get("Private_Dirty", 0)


def mapped_paths(pid):
    try:
        with open("/proc/%d/maps" % pid) as maps:
            return {line.split(None, 5)[5].strip() for line in maps if len(line.split(None, 5)) == 6}
    except OSError:
        return set()


def sharers(tree):
    """Processes outside TREE that map the program's Qt WebEngine core
    library: PSS splits shared pages between all processes on the machine,
    so these lower the tree's PSS (e.g. Qt tests running at the same time)."""
    libraries = {path for path in mapped_paths(tree[0]) if "WebEngineCore.so" in path} if tree else set()
    if not libraries:
        return 0
    inside = set(tree)
    count = 0
    for entry in os.listdir("/proc"):
        if entry.isdigit() and int(entry) not in inside and int(entry) != os.getpid() \
                and libraries & mapped_paths(int(entry)):
            count += 1
    return count


def kill_tree():
    deadline = time.monotonic() + 10
    while True:
        pids = descendants()
        for pid in pids:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        while True:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if pid == 0:
                break
        if not pids or time.monotonic() > deadline:
            return
        time.sleep(0.01)


def on_signal(number, frame):
    kill_tree()
    sys.exit(128 + number)


for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
    signal.signal(number, on_signal)

x.XSelectInput(display, root, 1 << 19)  # SubstructureNotifyMask
x.XSync(display, False)
connection = x.XConnectionNumber(display)
event = Event()

try:
    start = time.monotonic_ns()
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=open(os.environ.get("MEASURE_LOG", os.devnull), "w"), start_new_session=True)
    mapped_ns = titled_ns = window = None
    deadline = time.monotonic() + timeout
    while mapped_ns is None:
        while x.XPending(display):
            x.XNextEvent(display, ctypes.byref(event))
            now = time.monotonic_ns()
            if event.type != MAP_NOTIFY or event.xmap.override_redirect:
                continue
            pid = window_pid(event.xmap.window)
            if pid is not None and (pid == process.pid or pid in descendants()):
                mapped_ns, window = now, event.xmap.window
                if name in window_title(window):
                    titled_ns = mapped_ns
                break
        if mapped_ns is not None:
            break
        if process.poll() is not None:
            sys.exit("measure: %s exited with status %s before mapping a window" % (label, process.returncode))
        if time.monotonic() > deadline:
            sys.exit("measure: %s mapped no window in %g s" % (label, timeout))
        select.select([connection], [], [], 0.005)

    attributes = window_attributes(window)
    size = "%dx%d" % (attributes.width, attributes.height) if attributes else "?"

    # The file is loaded once the window title names it (ghostwriter maps
    # its window first, titled "untitled", and opens the file afterwards).
    x.XSelectInput(display, window, 1 << 22)  # PropertyChangeMask
    x.XSync(display, False)
    if titled_ns is None and name in window_title(window):
        titled_ns = time.monotonic_ns()
    while titled_ns is None:
        while x.XPending(display):
            x.XNextEvent(display, ctypes.byref(event))
            now = time.monotonic_ns()
            if event.type == PROPERTY_NOTIFY and name in window_title(window):
                titled_ns = now
                break
        if titled_ns is not None:
            break
        if process.poll() is not None:
            sys.exit("measure: %s exited with status %s before its title named %s" % (label, process.returncode, name))
        if time.monotonic() > deadline:
            sys.exit("measure: %s did not name %s in its window title in %g s" % (label, name, timeout))
        select.select([connection], [], [], 0.005)

    def memory_at(seconds):
        """PSS of the tree, PSS of the program, USS of the tree, the number
        of other processes sharing the WebEngine library, and the tree,
        SECONDS after titled."""
        time.sleep(max(0.0, seconds - (time.monotonic_ns() - titled_ns) / 1e9))
        if process.poll() is not None:
            sys.exit("measure: %s exited with status %s within %g s of loading the file"
                     % (label, process.returncode, seconds))
        tree = descendants()
        tree.sort(key=lambda pid: pid != process.pid)
        rollups = [rollup_kb(pid) for pid in tree]
        return (sum(pss for pss, _ in rollups), rollup_kb(process.pid)[0], sum(uss for _, uss in rollups),
                sharers(tree), tree)

    total, main, uss, shared, tree = memory_at(settle)

    # The program's mapped top-level windows now (a dialog would show here).
    parent, root_return, children, count = Window(), Window(), ctypes.POINTER(Window)(), ctypes.c_uint()
    titles = []
    if x.XQueryTree(display, root, ctypes.byref(root_return), ctypes.byref(parent), ctypes.byref(children),
                    ctypes.byref(count)):
        for index in range(count.value):
            child = children[index]
            attributes = window_attributes(child)
            if attributes and attributes.map_state == IS_VIEWABLE and not attributes.override_redirect \
                    and window_pid(child) in tree:
                titles.append(window_title(child) or "(untitled)")
        if children:
            x.XFree(children)
    if screenshot != "-":
        subprocess.run(["import", "-window", "root", screenshot + ".png"], check=False)
    late_total = late_main = late_uss = late_shared = 0
    late_tree = []
    if late > 0:
        late_total, late_main, late_uss, late_shared, late_tree = memory_at(late)
        if screenshot != "-":
            subprocess.run(["import", "-window", "root", screenshot + "-late.png"], check=False)
    print("\t".join(["mapped_ms=%.1f" % ((mapped_ns - start) / 1e6), "titled_ms=%.1f" % ((titled_ns - start) / 1e6),
                     "pss_kb=%d" % total, "main_pss_kb=%d" % main,
                     "procs=%d" % len(tree),
                     "uss_kb=%d" % uss, "shared=%d" % shared,
                     "late_pss_kb=%d" % late_total, "late_main_pss_kb=%d" % late_main, "late_procs=%d" % len(late_tree),
                     "late_uss_kb=%d" % late_uss, "late_shared=%d" % late_shared,
                     "size=%s" % size, "windows=%d" % len(titles),
                     "titles=%s" % " | ".join(t.replace("\t", " ") for t in titles)]))
finally:
    kill_tree()
PYTHON

# Xvfb on a free display, without a window manager.
: >"$tmp/display"
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$tmp/display" >"$tmp/xvfb.log" 2>&1 &
xvfb_pid=$!
for ((i = 0; i < 500; ++i)); do
    [[ -s $tmp/display ]] && break
    if ! kill -0 "$xvfb_pid" 2>/dev/null; then
        echo "run_startup_compare.sh: Xvfb did not start:" >&2
        cat "$tmp/xvfb.log" >&2
        exit 1
    fi
    sleep 0.01
done
[[ -s $tmp/display ]] || { echo "run_startup_compare.sh: Xvfb gave no display number" >&2; exit 1; }
DISPLAY=:$(tr -dc 0-9 <"$tmp/display")
export DISPLAY
export QT_QPA_PLATFORM=xcb
export QTWEBENGINE_DISABLE_SANDBOX=1
export KIJI_RECOVERY_ANSWER=no
unset WAYLAND_DISPLAY QT_SCALE_FACTOR QT_SCREEN_SCALE_FACTORS

article=/work/shared/corpus/articles/09-vue-docs-ja-accessibility.md
[[ -f $article ]] || article=$source_dir/tests/data/articles/09-vue-docs-ja-accessibility.md
files=()
if [[ -f $article ]]; then
    files+=("$article")
else
    echo "run_startup_compare.sh: warning: 09-vue-docs-ja-accessibility.md not found; only the generated article" >&2
fi
for size in $sizes; do
    generated=$tmp/generated-$(awk -v s="$size" 'BEGIN { printf "%g", s / 1e6 }')mb-ja.md
    python3 "$here/gen_article.py" "$generated" "$size"
    files+=("$generated")
done
programs=(kiji ghostwriter)

echo "== Kiji vs ghostwriter: window mapped and PSS: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "   machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
qt6=$(dpkg-query -W -f='${Version}' libqt6webenginecore6 2>/dev/null || echo '?')
qt5=$(dpkg-query -W -f='${Version}' libqt5webenginecore5 2>/dev/null || echo '?')
echo "   kiji:        $kiji (Qt WebEngine $qt6)"
echo "   ghostwriter: $ghostwriter $(dpkg-query -W -f='${Version}' ghostwriter 2>/dev/null || echo '?') (Qt WebEngine $qt5)"
echo "   X: Xvfb $DISPLAY 1600x1000x24, no window manager; window size: ${geometry:-default of each program}"
echo "   $runs measured runs (+$warmup warm-up) per program and input, alternating programs and inputs;"
late_note=
[[ $late != 0 ]] && late_note=" and $late s"
echo "   PSS read $settle s$late_note after the file was loaded; times from X events (MapNotify, PropertyNotify),"
echo "   waits of <= 5 ms"

# run_one PROGRAM FILE NAME SCREENSHOT: one start of PROGRAM on a fresh copy
# of FILE; the helper's line goes to $tmp/result. (Not in a subshell, so that
# the traps can stop the helper.)
run_one() {
    local program=$1 file=$2 name=$3 screenshot=$4
    local dir
    dir=$(mktemp -d "$tmp/run-$program.XXXXXX")
    mkdir -p "$dir/home" "$dir/config" "$dir/data" "$dir/runtime"
    chmod 700 "$dir/runtime"
    local cache=$tmp/cache-$program
    [[ $fresh_cache == 1 ]] && cache=$dir/cache
    mkdir -p "$cache"
    cp "$file" "$dir/$name"
    local command=()
    if [[ $program == kiji ]]; then
        command=("$kiji")
    else
        command=("$ghostwriter")
    fi
    [[ -n $geometry ]] && command+=(-geometry "$geometry+0+0")
    command+=("$dir/$name")
    HOME=$dir/home XDG_CONFIG_HOME=$dir/config XDG_DATA_HOME=$dir/data XDG_CACHE_HOME=$cache \
        XDG_RUNTIME_DIR=$dir/runtime MEASURE_LOG=$tmp/$program.log \
        python3 "$tmp/measure.py" "$program" "$screenshot" "$settle" "$late" "$timeout" -- "${command[@]}" >"$tmp/result" &
    helper_pid=$!
    if ! wait "$helper_pid"; then
        helper_pid=
        echo "run_startup_compare.sh: $program on $name failed; its stderr (last 20 lines):" >&2
        tail -20 "$tmp/$program.log" >&2
        exit 1
    fi
    helper_pid=
    rm -rf "$dir"
}

# field LINE KEY: the value of KEY=... in a helper line.
field() { tr '\t' '\n' <<<"$1" | sed -n "s/^$2=//p"; }

for ((run = 1 - warmup; run <= runs; ++run)); do
    index=0
    for file in "${files[@]}"; do
        index=$((index + 1))
        name=$(basename "$file")
        if ((run % 2)); then order=(kiji ghostwriter); else order=(ghostwriter kiji); fi
        for program in "${order[@]}"; do
            screenshot=-
            if [[ -n $screenshot_dir && $run == 1 ]]; then
                mkdir -p "$screenshot_dir"
                screenshot=$screenshot_dir/compare-$program-${name%.md}
            fi
            run_one "$program" "$file" "$name" "$screenshot"
            ((run >= 1)) || continue
            line=$(<"$tmp/result")
            printf '%s\trun=%d\torder=%s\n' "$line" "$run" "${order[0]}-first" >>"$tmp/$program-$index.samples"
        done
    done
done

# stats PROGRAM INDEX KEY SCALE: "P50 MAX" of KEY divided by SCALE.
stats() {
    while read -r line; do field "$line" "$3"; done <"$tmp/$1-$2.samples" | sort -g | awk -v s="$4" '{ a[NR] = $1 / s }
        END { m = NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.1f %.1f\n", m, a[NR] }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
at_most() { awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b ? "met" : "NOT met") }'; }

keys=(mapped_ms titled_ms pss_kb)
headers=("mapped ms" "titled ms" "PSS@${settle}s MiB")
if [[ $late != 0 ]]; then
    keys+=(late_pss_kb)
    headers+=("PSS@${late}s MiB")
fi
echo
echo "== Results (p50 / max of $runs runs; ms from process start; PSS of the process tree)"
printf '%-34s %-12s' input program
for header in "${headers[@]}"; do printf ' %19s' "$header p50/max"; done
printf ' %6s %9s\n' procs window
goals=()
summaries=()
index=0
for file in "${files[@]}"; do
    index=$((index + 1))
    name=$(basename "$file")
    declare -A p50=() max=()
    for program in "${programs[@]}"; do
        printf '%-34s %-12s' "$name" "$program"
        for key in "${keys[@]}"; do
            scale=1
            [[ $key == *pss_kb ]] && scale=1024
            read -r "p50[$program-$key]" "max[$program-$key]" < <(stats "$program" "$index" "$key" "$scale")
            printf ' %8s / %8s' "${p50[$program-$key]}" "${max[$program-$key]}"
        done
        first=$(head -1 "$tmp/$program-$index.samples")
        printf ' %6s %9s\n' "$(field "$first" procs)" "$(field "$first" size)"
        name=""
    done
    printf '%-34s %-12s' "" "kiji/gw"
    for key in "${keys[@]}"; do
        printf ' %7sx / %7sx' "$(ratio "${p50[kiji-$key]}" "${p50[ghostwriter-$key]}")" \
            "$(ratio "${max[kiji-$key]}" "${max[ghostwriter-$key]}")"
    done
    printf '\n'
    name=$(basename "$file")
    goals+=("$(printf '%-34s Kiji window mapped    p50 %7s ms,  max %7s ms            goal <= %d ms: %s / %s' \
        "$name" "${p50[kiji-mapped_ms]}" "${max[kiji-mapped_ms]}" "$goal_ms" \
        "$(at_most "${p50[kiji-mapped_ms]}" "$goal_ms")" "$(at_most "${max[kiji-mapped_ms]}" "$goal_ms")")")
    for key in "${keys[@]}"; do
        [[ $key == *pss_kb ]] || continue
        when=$settle
        [[ $key == late_pss_kb ]] && when=$late
        goals+=("$(printf '%-34s Kiji PSS@%-3s p50 %7s MiB, ghostwriter %7s MiB  goal Kiji <= ghostwriter: %s (%sx)' "" \
            "${when}s" "${p50[kiji-$key]}" "${p50[ghostwriter-$key]}" \
            "$(at_most "${p50[kiji-$key]}" "${p50[ghostwriter-$key]}")" \
            "$(ratio "${p50[kiji-$key]}" "${p50[ghostwriter-$key]}")")")
    done
    # One line per input for bench/run-all.sh: p50 values, ratios kiji / ghostwriter.
    line="SUMMARY startup-vs-ghostwriter file=$name bytes=$(stat -c %s "$file")"
    for key in "${keys[@]}"; do
        short=${key%_kb}
        short=${short%_ms}
        unit=ms
        [[ $key == *pss_kb ]] && unit=mib
        line+=" kiji_${short}_p50_${unit}=${p50[kiji-$key]} ghostwriter_${short}_p50_${unit}=${p50[ghostwriter-$key]}"
        line+=" ${short}_ratio=$(ratio "${p50[kiji-$key]}" "${p50[ghostwriter-$key]}")"
    done
    line+=" kiji_mapped_max_ms=${max[kiji-mapped_ms]} goal_ms=$goal_ms runs=$runs"
    summaries+=("$line")
    unset p50 max
done
echo "(mapped: the top-level window is mapped; titled: its title names the file, i.e. the file is loaded;"
echo " ghostwriter maps its window before it opens the file, Kiji after; PSS@Ns: N s after titled;"
echo " procs: processes in the tree and window: mapped size, both of the first run; ratio: kiji / ghostwriter)"

echo
echo "== Goals: Kiji window (outline tree) shown <= $goal_ms ms (p50 / max); Kiji PSS <= ghostwriter PSS (p50)"
printf '%s\n' "${goals[@]}"

echo
late_note=
[[ $late != 0 ]] && late_note=" [and at ${late}s]"
echo "== Raw samples: mapped and titled ms; at ${settle}s$late_note: PSS of the tree / of the main process,"
echo "   USS (private memory) of the tree, processes in the tree, other processes mapping the same Qt WebEngine"
echo "   library (they lower PSS); the program's mapped windows at ${settle}s"
index=0
for file in "${files[@]}"; do
    index=$((index + 1))
    for program in "${programs[@]}"; do
        while read -r line; do
            mib() { awk -v k="$(field "$line" "$1")" 'BEGIN { printf "%.1f", k / 1024 }'; }
            memory() {
                printf '%6s / %6s, USS %6s MiB, %s procs, %s others' "$(mib "${1}pss_kb")" "$(mib "${1}main_pss_kb")" \
                    "$(mib "${1}uss_kb")" "$(field "$line" "${1}procs")" "$(field "$line" "${1}shared")"
            }
            late_text=
            [[ $late != 0 ]] && late_text=" | $(memory late_)"
            printf '%-34s %-12s run %s %-17s %7s %7s ms | %s%s  [%s]\n' "$(basename "$file")" "$program" \
                "$(field "$line" run)" "$(field "$line" order)" "$(field "$line" mapped_ms)" \
                "$(field "$line" titled_ms)" "$(memory "")" "$late_text" "$(field "$line" titles)"
        done <"$tmp/$program-$index.samples"
    done
done
shared_runs=$(cat "$tmp"/*.samples | tr '\t' '\n' | grep -cE '^(late_)?shared=[1-9]' || true)
if ((shared_runs)); then
    echo "   warning: in $shared_runs readings other processes mapped the same Qt WebEngine library (e.g. tests"
    echo "   running at the same time); PSS splits those pages with them, so those PSS values are too low"
fi
echo "   load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
printf '%s\n' "${summaries[@]}"
if [[ -n $screenshot_dir ]]; then
    echo "   screenshots (first measured run, after each PSS reading): $screenshot_dir/compare-{kiji,ghostwriter}-*.png"
fi

if [[ -n ${BENCH_RESULTS_DIR:-} ]]; then
    mkdir -p "$BENCH_RESULTS_DIR"
    cp "$tmp"/*.samples "$BENCH_RESULTS_DIR/"
    echo
    echo "results copied to $BENCH_RESULTS_DIR"
fi
