#!/usr/bin/env python3
"""The whole-process half of `make bench`: hyperfine times samplan beside
its floor in the same run, and this prints the medians, the ratios and the
targets of issue 9.

  check          samplan check            vs  sqlite3 :memory: 'select 1'
  session        a complete piped session that answers every question and
                 writes the plan and the transcript (no floor: ≤ 20 ms)
  summary 1k/10k samplan summary FOLDER   vs  cat of the same files

Environment: SAMPLAN (the binary, default ../.build/release/samplan),
BENCH_WORK (where generated transcripts are kept, default .work),
BENCH_STRICT=1 (exit 1 when a target is missed)."""
import json, os, resource, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLAN = os.path.abspath(os.environ.get("SAMPLAN", os.path.join(HERE, "..", ".build", "release", "samplan")))
WORK = os.path.abspath(os.environ.get("BENCH_WORK", os.path.join(HERE, ".work")))
GENERATOR = os.path.join(HERE, ".build", "release", "make-transcripts")
# Generated sessions are dated from 2026-11-23; the piped session's dates
# must lie ahead of its "today".
TODAY = "2026-11-23"


def run(args, **kw):
    return subprocess.run(args, check=True, **kw)


def generate(count):
    """COUNT transcripts in WORK/event-COUNT, made once and kept: the same
    seed always gives the same files."""
    folder = os.path.join(WORK, f"event-{count}")
    stamp = os.path.join(folder, ".complete")
    if os.path.exists(stamp) and open(stamp).read() == generator_stamp(count):
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    run([GENERATOR, str(count), folder])
    with open(stamp, "w") as f:
        f.write(generator_stamp(count))
    return folder


def generator_stamp(count):
    return f"{count} {os.path.getmtime(GENERATOR)}\n"


def hyperfine(name, commands, runs=None, prepare=None):
    """Median seconds of each command, timed in one hyperfine run."""
    out = os.path.join(WORK, f"{name}.json")
    args = ["hyperfine", "-N", "--warmup", "3", "--style", "basic", "--export-json", out]
    if runs:
        args += ["--runs", str(runs)]
    if prepare:
        args += ["--prepare", prepare]
    run(args + commands, stdout=subprocess.DEVNULL)
    with open(out) as f:
        return [r["median"] for r in json.load(f)["results"]]


def peak_kib(command):
    """Peak resident memory of one run, in KiB (ru_maxrss of the child)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    run(["sh", "-c", command], stdout=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(after, before)


def main():
    os.makedirs(WORK, exist_ok=True)
    for tool in ("hyperfine", "sqlite3"):
        if not shutil.which(tool):
            sys.exit(f"bench: {tool} is missing (make bench installs it with apt-get)")
    rows, misses = [], 0

    def row(what, median, floor_name=None, floor=None, target=None, ok=None):
        nonlocal misses
        ratio = f"{median / floor:6.2f}×" if floor else "      "
        floor_text = f"{floor * 1000:9.2f} ms  {floor_name}" if floor else ""
        verdict = "" if ok is None else ("met" if ok else "MISSED")
        misses += 0 if ok is None or ok else 1
        rows.append(f"{what:<34}{median * 1000:10.2f} ms  {ratio}  {target or '':<22}{verdict:<7}{floor_text}")

    # Start-up: check loads and validates the built-in rules.
    check, sqlite = hyperfine("check", [f"{SAMPLAN} check", "sqlite3 :memory: 'select 1'"], runs=200)
    row("samplan check", check, "sqlite3 :memory: 'select 1'", sqlite, "≤ 4× sqlite3", check <= 4 * sqlite)

    # A complete piped session, written to a fresh folder each time.
    typed = os.path.join(WORK, "session.txt")
    run([GENERATOR, "--typed", typed])
    out = os.path.join(WORK, "session-out")
    env = f"SAMPLAN_TODAY={TODAY}"
    [session] = hyperfine("session", [f"sh -c '{env} {SAMPLAN} new --dir {out} < {typed}'"], runs=100,
                          prepare=f"rm -rf {out}")
    transcripts = [f for f in os.listdir(out) if f.endswith(".transcript")]
    plans = [f for f in os.listdir(out) if f.endswith(".plan.txt")]
    if len(transcripts) != 1 or len(plans) != 1:
        sys.exit(f"bench: the piped session left {transcripts} and {plans} in {out}")
    last = open(os.path.join(out, transcripts[0]), encoding="utf-8").read().rstrip("\n").split("\n")[-1]
    if not last.endswith("\tend\tfinished"):
        sys.exit(f"bench: the piped session did not finish: {last!r}")
    lines = sum(1 for _ in open(typed, encoding="utf-8"))
    row(f"piped session ({lines} lines)", session, target="≤ 20 ms", ok=session <= 0.020)

    # The coordinator's summary of a whole event, beside cat of its files.
    per_file = {}
    for count in (1000, 10000):
        folder = generate(count)
        summary, cat = hyperfine(f"summary-{count}", [f"{SAMPLAN} summary {folder}", f"sh -c 'cat {folder}/* > /dev/null'"],
                                 runs=10 if count == 1000 else 5)
        per_file[count] = summary / count
        if count == 10000:
            row(f"summary of {count:,}", summary, "cat of the same files", cat, "≤ 5× cat", summary <= 5 * cat)
            peak = peak_kib(f"{SAMPLAN} summary {folder}") / 1024
            rows.append(f"{'  peak memory':<34}{peak:10.1f} MiB{'':10}{'≤ 64 MiB':<22}{'met' if peak <= 64 else 'MISSED'}")
            misses += 0 if peak <= 64 else 1
            # What is due, and who has not followed up, over the same event.
            env = f"SAMPLAN_TODAY={TODAY}"
            [followup] = hyperfine("followup-10000", [f"sh -c '{env} {SAMPLAN} followup {folder} > /dev/null'"], runs=5)
            row(f"followup of {count:,}", followup, "cat of the same files", cat, "≤ 5× cat", followup <= 5 * cat)
            peak = peak_kib(f"{env} {SAMPLAN} followup {folder} > /dev/null") / 1024
            rows.append(f"{'  peak memory':<34}{peak:10.1f} MiB{'':10}{'≤ 64 MiB':<22}{'met' if peak <= 64 else 'MISSED'}")
            misses += 0 if peak <= 64 else 1
        else:
            row(f"summary of {count:,}", summary, "cat of the same files", cat)
    growth = per_file[10000] / per_file[1000]
    # Linear: the time per file does not grow with the event (10 % noise).
    rows.append(f"{'  per file, 1k → 10k':<34}{per_file[1000] * 1e6:7.0f} → {per_file[10000] * 1e6:.0f} µs"
                f"   {growth:4.2f}×  {'no worse than linear':<22}{'met' if growth <= 1.10 else 'MISSED'}")
    misses += 0 if growth <= 1.10 else 1

    print(f"\nWhole processes (hyperfine medians; {SAMPLAN})")
    print(f"{'':<34}{'median':>13}  {'ratio':>7}  {'target':<22}{'':<7}floor")
    print("\n".join(rows))
    print(f"\n{'all targets met' if misses == 0 else f'{misses} target(s) missed'}")
    if misses and os.environ.get("BENCH_STRICT") == "1":
        sys.exit(1)


if __name__ == "__main__":
    main()
