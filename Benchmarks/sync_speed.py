#!/usr/bin/env python3
"""Times a no-op `crmgit sync` on a 10,000-record repository against `git status` plus
`git fetch` on the same clone.

Usage: Benchmarks/sync_speed.py [--count N] [--runs K] [--binary PATH] [--workdir DIR]

The records come from generate_records.py (fixed seed) and are committed once with git; a bare
remote is cloned from that commit and `crmgit clone` makes the clone that is timed. After one
warm-up run of each, every command runs K times and the medians are compared: nothing to
commit, nothing new on the remote, so the sync's work is the same as git's (look at the
working tree, ask the remote). Target: crmgit sync within 1.5 times git status + git fetch.
Build first: swift build -c release. Exits 1 when the target is missed.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TARGET = 1.5


def environment(home):
    return {"HOME": home, "PATH": "/usr/local/bin:/usr/bin:/bin", "GIT_CONFIG_NOSYSTEM": "1",
            "LANG": "sv_SE.UTF-8", "TZ": "Europe/Stockholm", "CRMGIT_NOW": "2026-12-03 12:00"}


def run(command, cwd, env):
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"sync_speed: {' '.join(command)} exited {result.returncode}:\n"
                 f"{result.stdout}{result.stderr}")
    return result


def timed(commands, cwd, env):
    """Wall time of running `commands` one after the other, each started with posix_spawn and
    its output sent to /dev/null, so that the harness adds next to nothing to either side."""
    actions = [(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
               (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0)]
    paths = [shutil.which(command[0], path=env["PATH"]) or command[0] for command in commands]
    here = os.getcwd()
    os.chdir(cwd)
    try:
        start = time.perf_counter()
        for path, command in zip(paths, commands):
            pid = os.posix_spawn(path, command, env, file_actions=actions)
            _, status = os.waitpid(pid, 0)
            if os.waitstatus_to_exitcode(status) != 0:
                sys.exit(f"sync_speed: {' '.join(command)} failed while timing")
        return time.perf_counter() - start
    finally:
        os.chdir(here)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--binary", default=os.path.join(HERE, "..", ".build", "release", "crmgit"))
    parser.add_argument("--workdir", help="keep the repositories here (a temporary folder "
                                          "otherwise, removed at the end)")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    if not os.access(binary, os.X_OK):
        sys.exit(f"sync_speed: no crmgit at {binary}; run swift build -c release or pass --binary")
    root = args.workdir or tempfile.mkdtemp(prefix="crmgit-sync-speed-")
    os.makedirs(root, exist_ok=True)
    home = os.path.join(root, "home")
    os.makedirs(home, exist_ok=True)
    env = environment(home)
    for key, value in [("init.defaultBranch", "main"), ("user.name", "Emma L"),
                       ("user.email", "emma@team.example")]:
        run(["git", "config", "--global", key, value], root, env)

    seed = os.path.join(root, "seed")
    run(["git", "init", "-q", seed], root, env)
    run([sys.executable, os.path.join(HERE, "generate_records.py"), seed, "--count",
         str(args.count)], root, env)
    run(["git", "add", "-A"], seed, env)
    run(["git", "commit", "-qm", f"{args.count} records"], seed, env)
    remote = os.path.join(root, "remote.git")
    run(["git", "clone", "-q", "--bare", seed, remote], root, env)
    clone = os.path.join(root, "clone")
    run([binary, "clone", remote, clone], root, env)

    sync = [[binary, "sync"]]
    git = [["git", "status"], ["git", "fetch", "-q"]]
    output = run([binary, "sync"], clone, env).stdout.strip()
    if output != "redan i takt med origin/main":
        sys.exit(f"sync_speed: the first sync was not a no-op: {output}")
    timed(git, clone, env)
    crmgit_times, git_times = [], []
    for _ in range(args.runs):
        crmgit_times.append(timed(sync, clone, env))
        git_times.append(timed(git, clone, env))
    status = run(["git", "status", "--porcelain"], clone, env).stdout
    if status:
        sys.exit(f"sync_speed: the clone changed while timing:\n{status}")

    crmgit_median = statistics.median(crmgit_times)
    git_median = statistics.median(git_times)
    ratio = crmgit_median / git_median
    print(f"{args.count} records, {args.runs} runs each, medians:")
    print(f"  crmgit sync (no-op):      {crmgit_median * 1000:7.1f} ms")
    print(f"  git status + git fetch:   {git_median * 1000:7.1f} ms")
    print(f"  ratio: {ratio:.2f} (target at most {TARGET})")
    if not args.workdir:
        shutil.rmtree(root)
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
