"""Runs kiji check and textlint on the same files and prints time, peak RSS,
their ratios and findings per rule. Called by run.sh."""
import collections
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

kiji, textlint, textlintrc, articles = sys.argv[1:5]
runs = int(os.environ.get("RUNS", "5"))


def measure(command):
    """Median wall time and peak RSS over `runs` runs (runs alternate tools)."""
    times = []
    peak = 0
    output = b""
    for _ in range(runs):
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        output = process.stdout.read()
        _, _, usage = os.wait4(process.pid, 0)
        times.append(time.perf_counter() - start)
        peak = max(peak, usage.ru_maxrss)
    return statistics.median(times), peak, output


def kiji_command(files):
    return [kiji, "check", "--preset", "ja-technical-writing", "--format", "json", *files]


def textlint_command(files):
    return [textlint, "--config", textlintrc, "--format", "json", *files]


def per_rule(output):
    counts = collections.Counter()
    try:
        results = json.loads(output or b"[]")
    except json.JSONDecodeError:
        return counts
    for result in results:
        for message in result["messages"]:
            counts[message["ruleId"].split("/")[-1]] += 1
    return counts


def compare(title, files):
    kiji_time, kiji_rss, kiji_out = measure(kiji_command(files))
    textlint_time, textlint_rss, textlint_out = measure(textlint_command(files))
    print(f"## {title}")
    print(f"  kiji     {kiji_time * 1000:9.1f} ms  {kiji_rss / 1024:7.1f} MB peak RSS")
    print(f"  textlint {textlint_time * 1000:9.1f} ms  {textlint_rss / 1024:7.1f} MB peak RSS")
    print(f"  textlint/kiji: time {textlint_time / kiji_time:6.1f}x  RSS {textlint_rss / max(kiji_rss, 1):5.1f}x")
    measured[title] = (kiji_time, textlint_time, kiji_rss, textlint_rss)
    return kiji_time, textlint_time, per_rule(kiji_out), per_rule(textlint_out)


measured = {}


nine = [os.path.join(articles, name) for name in sorted(os.listdir(articles)) if name[:2] in
        {"01", "02", "03", "04", "05", "06", "07", "08", "09"}]
print(f"kiji check vs textlint (preset ja-technical-writing), median of {runs} runs\n")
_, _, kiji_rules, textlint_rules = compare("nine articles 01-09, one invocation each", nine)

with tempfile.TemporaryDirectory() as folder:
    article = next(path for path in nine if os.path.basename(path).startswith("09"))
    with open(article, "rb") as source:
        text = source.read()
    one = os.path.join(folder, "one.md")
    ten = os.path.join(folder, "ten.md")
    with open(one, "wb") as out:
        out.write(text)
    with open(ten, "wb") as out:
        out.write(b"\n\n".join([text] * 10))
    kiji_one, textlint_one, _, _ = compare("article 09, one copy", [one])
    kiji_ten, textlint_ten, _, _ = compare("article 09, ten copies in one file", [ten])
    print("## linearity (10x input, goal <= 11x time)")
    print(f"  kiji     {kiji_ten / kiji_one:5.1f}x")
    print(f"  textlint {textlint_ten / textlint_one:5.1f}x")

print("## findings per rule, nine articles (kiji / textlint)")
for rule in sorted(set(kiji_rules) | set(textlint_rules)):
    print(f"  {rule:40s} {kiji_rules.get(rule, 0):5d} {textlint_rules.get(rule, 0):5d}")
print(f"  {'total':40s} {sum(kiji_rules.values()):5d} {sum(textlint_rules.values()):5d}")

# One line for bench/run-all.sh: times in ms, ratios textlint / kiji.
nine_kiji, nine_textlint, nine_kiji_rss, nine_textlint_rss = measured["nine articles 01-09, one invocation each"]
print("SUMMARY check-vs-textlint"
      f" nine_kiji_ms={nine_kiji * 1000:.1f} nine_textlint_ms={nine_textlint * 1000:.1f}"
      f" nine_time_ratio={nine_textlint / nine_kiji:.1f}"
      f" nine_kiji_rss_mb={nine_kiji_rss / 1024:.1f} nine_textlint_rss_mb={nine_textlint_rss / 1024:.1f}"
      f" nine_rss_ratio={nine_textlint_rss / max(nine_kiji_rss, 1):.1f}"
      f" one_time_ratio={textlint_one / kiji_one:.1f} ten_time_ratio={textlint_ten / kiji_ten:.1f}"
      f" kiji_linearity={kiji_ten / kiji_one:.1f} textlint_linearity={textlint_ten / textlint_one:.1f}"
      f" kiji_findings={sum(kiji_rules.values())} textlint_findings={sum(textlint_rules.values())} runs={runs}")
