#!/usr/bin/env python3
"""Times `crmgit status` and `crmgit list` against `crmgit check` on N generated records, and
`crmgit history` of one record in a repository of C commits.

Usage: Benchmarks/views_speed.py [--count N] [--commits C] [--history-records R] [--runs K]
                                 [--binary PATH]

Build first: swift build -c release. Targets: status and list within 2x of check on 10,000
records; history under 1 s in a repository of 5,000 commits. The repository is written with
`git fast-import` from a fixed seed, so every run builds the same one: R records in the first
commit, then one commit per change to one record (a note added, or the attempts raised), by
four authors an hour apart; the record timed is changed every 100th commit, and renamed
(company and file) halfway.
"""
import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TEAM = [("Emma L", "emma"), ("Jonas P", "jonas"), ("Sara K", "sara"), ("Ali H", "ali")]
START = 1_788_000_000  # 2026-08-29, a fixed start for the commit times


def median_time(command, cwd, env, runs):
    """The median wall time of `runs` runs, and the exit codes seen."""
    times, codes = [], set()
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
        codes.add(result.returncode)
    return statistics.median(times), sorted(codes)


def data(text):
    raw = text.encode("utf-8")
    return b"data %d\n" % len(raw) + raw + b"\n"


def fast_import_stream(records, commits, seed):
    """The fast-import input: the records in a first commit, then one change per commit."""
    rng = random.Random(seed)
    paths = sorted(records)
    target = paths[0]
    contents = dict(records)
    out = []

    def commit(number, message, changes):
        name, login = TEAM[number % len(TEAM)]
        when = f"{START + number * 3600} +0100"
        out.append(b"commit refs/heads/main\n")
        out.append(f"author {name} <{login}@team.example> {when}\n".encode())
        out.append(f"committer {name} <{login}@team.example> {when}\n".encode())
        out.append(data(message))
        for change in changes:
            out.append(change)

    commit(0, "Alla poster", [b"M 100644 inline " + p.encode() + b"\n" + data(contents[p])
                              for p in paths])
    renamed_at = commits // 2
    for number in range(1, commits):
        path = target if number % 100 == 0 else rng.choice(paths)
        changes = []
        if path == target and number == renamed_at:
            old = path
            path = path.replace(".md", "-nya.md")
            contents[path] = contents.pop(old).replace(" AB\n", " Nya AB\n", 1)
            paths[paths.index(old)] = path
            target = path
            changes.append(b"D " + old.encode() + b"\n")
        name = TEAM[number % len(TEAM)][0]
        day = 1 + number % 28
        if rng.random() < 0.7:
            contents[path] += f"\n## 2026-11-{day:02d} {name}\nSamtal {number}: inget nytt.\n"
        else:
            contents[path] = contents[path].replace("källa: ", f"källa: ({number}) ", 1)
        changes.append(b"M 100644 inline " + path.encode() + b"\n" + data(contents[path]))
        commit(number, f"Ändring {number} i {os.path.basename(path)}", changes)
    return b"".join(out), target


def build_history_repository(folder, generated, count, commits, env):
    records = {}
    names = sorted(n for n in os.listdir(generated) if n.endswith(".md"))[:count]
    for name in names:
        with open(os.path.join(generated, name), encoding="utf-8") as source:
            records["records/" + name] = source.read()
    with open(os.path.join(generated, "crm.yml"), encoding="utf-8") as source:
        records["records/crm.yml"] = source.read()
    stream, target = fast_import_stream(records, commits, seed=2026)
    subprocess.run(["git", "-c", "init.defaultBranch=main", "init", "-q", folder], check=True, env=env)
    subprocess.run(["git", "fast-import", "--quiet"], input=stream, cwd=folder, check=True, env=env)
    subprocess.run(["git", "reset", "-q", "--hard", "main"], cwd=folder, check=True, env=env)
    return os.path.basename(target)[:-3]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--commits", type=int, default=5000)
    parser.add_argument("--history-records", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--binary", default=os.path.join(HERE, "..", ".build", "release", "crmgit"))
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    if not os.access(binary, os.X_OK):
        sys.exit(f"no crmgit at {binary}: run swift build -c release first")

    with tempfile.TemporaryDirectory(prefix="crmgit-views-") as root:
        crm = os.path.join(root, "crm")
        subprocess.run([sys.executable, os.path.join(HERE, "generate_records.py"), crm,
                        "--count", str(args.count)], check=True)
        env = {"PATH": "/usr/bin:/bin", "LANG": "sv_SE.UTF-8", "CRMGIT_NOW": "2026-12-03 12:00",
               "HOME": root, "GIT_CONFIG_NOSYSTEM": "1"}
        timings = {}
        for name, command in [("check", ["check"]), ("status", ["status"]), ("list", ["list"])]:
            median_time([binary] + command, crm, env, 1)  # warm the file cache
            timings[name] = median_time([binary] + command, crm, env, args.runs)

        repository = os.path.join(root, "history")
        target = build_history_repository(
            repository, os.path.join(crm, "records"), args.history_records, args.commits, env)
        history = median_time([binary, "history", target], repository, env, args.runs)
        revisions = subprocess.run([binary, "history", target], cwd=repository, env=env,
                                   capture_output=True, text=True).stdout.splitlines()[0]
        git_log = median_time(["git", "log", "--follow", "--oneline", "--",
                               f"records/{target}.md"], repository, env, args.runs)

    check = timings["check"][0]
    print(f"records:             {args.count}")
    for name in ["check", "status", "list"]:
        seconds, codes = timings[name]
        ratio = "" if name == "check" else f"  ratio to check {seconds / check:.2f} (target <= 2)"
        print(f"crmgit {name + ':':8}     {seconds * 1000:7.1f} ms median (exit {codes}){ratio}")
    print(f"history repository:  {args.commits} commits, {args.history_records} records")
    print(f"crmgit history:      {history[0] * 1000:7.1f} ms median (exit {history[1]}, "
          f"target < 1000 ms): {revisions}")
    print(f"git log --follow:    {git_log[0] * 1000:7.1f} ms median (for comparison)")


if __name__ == "__main__":
    main()
