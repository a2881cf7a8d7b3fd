#!/usr/bin/env python3
"""Times `crmgit check` on N generated records against `cat` over the same files.

Usage: Benchmarks/check_speed.py [--count N] [--runs R] [--binary PATH]

Build first: swift build -c release. Prints the medians, their ratio (target: at most 3),
and crmgit's peak memory (target: under 100 MiB for 10,000 records).
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def timed(command, cwd, env):
    """Wall time and peak resident memory (KiB) of one run."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    return elapsed, usage.ru_maxrss, os.waitstatus_to_exitcode(status)


def median_run(command, cwd, env, runs):
    results = [timed(command, cwd, env) for _ in range(runs)]
    return (statistics.median(r[0] for r in results), max(r[1] for r in results),
            {r[2] for r in results})


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--binary", default=os.path.join(HERE, "..", ".build", "release", "crmgit"))
    parser.add_argument("--rules", choices=["all", "parse"], default="all",
                        help="parse: switch every rule off that can be, to time parsing alone")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    if not os.access(binary, os.X_OK):
        sys.exit(f"no crmgit at {binary}: run swift build -c release first")

    with tempfile.TemporaryDirectory(prefix="crmgit-bench-") as root:
        subprocess.run([sys.executable, os.path.join(HERE, "generate_records.py"), root,
                        "--count", str(args.count)], check=True)
        records = os.path.join(root, "records")
        if args.rules == "parse":
            with open(os.path.join(records, "crm.yml"), "a", encoding="utf-8") as config:
                help_text = subprocess.run([binary, "help", "rules", "--lang", "en"],
                                           capture_output=True, text=True).stdout
                # The rules that keep a file readable cannot be switched off (RuleID.isMandatory).
                mandatory = {"file-size", "encoding", "front-matter", "syntax", "indentation",
                             "duplicate-key", "conflict-marker", "sync-conflict", "config"}
                for line in help_text.splitlines()[2::2]:
                    rule = line.split()[0]
                    if rule not in mandatory:
                        config.write(f"regel.{rule}: av\n")
        files = sorted(os.path.join("records", n) for n in os.listdir(records) if n.endswith(".md"))
        size = sum(os.path.getsize(os.path.join(root, f)) for f in files)
        env = {"PATH": "/usr/bin:/bin", "LANG": "sv_SE.UTF-8", "CRMGIT_NOW": "2026-12-03 12:00",
               "HOME": root}

        _, _, check_codes = median_run([binary, "check"], root, env, 1)
        cat_time, _, _ = median_run(["cat"] + files, root, env, args.runs)
        check_time, check_memory, check_codes = median_run([binary, "check"], root, env, args.runs)

    print(f"records:          {len(files)} ({size / len(files) / 1024:.2f} KiB each, "
          f"{size / 1024 / 1024:.1f} MiB in all)")
    print(f"rules:            {args.rules}")
    print(f"cat, median:      {cat_time * 1000:.1f} ms")
    print(f"crmgit check:     {check_time * 1000:.1f} ms (exit {sorted(check_codes)})")
    print(f"ratio:            {check_time / cat_time:.2f} (target <= 3)")
    print(f"peak memory:      {check_memory / 1024:.1f} MiB (target < 100)")


if __name__ == "__main__":
    main()
