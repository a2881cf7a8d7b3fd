#!/usr/bin/env python3
"""Stress test for `crmgit sync`: four teammates edit the same CRM at random and sync in random
order, and at the end nothing may be lost.

Usage: Benchmarks/sync_stress.py [--seed S] [--edits N] [--records R] [--kill-rate K]
                                 [--binary PATH] [--workdir DIR] [--keep]

A bare remote gets R generated records; four clones made with `crmgit clone` (Emma L, Jonas P,
Sara K, Ali H, each with their own git identity) then make N random edits each: a field changed
(kontaktförsök raised, utfall, bearbetas_av, a good_to_know fact added), a dated note appended,
or a new company created (now and then one a teammate created too, not yet synced). Syncs run
in between in random order; a sync that stops for a conflict is settled with `crmgit resolve
NAME --take mine|theirs` (chosen at random) and run again (now and then after a second sync
that must stop again and push nothing). A share K of the syncs (0.1) is killed with SIGKILL at
a random step (CRMGIT_SYNC_CRASH_AT) and the next sync must finish the work. At the end every
clone syncs until nothing moves, and the script checks:

- every clone's HEAD tree is the remote's, and its working tree is clean;
- `git fsck --strict` is clean in the remote and every clone;
- no line starts with <<<<<<<, ======= or >>>>>>> in any file of any commit (`git grep` over
  every commit, and `git log -p -m --all`);
- `crmgit check` exits 0 (warnings allowed) and no record holds a conflict form;
- every edit is in the final tree, or was replaced by a later edit made by someone who had seen
  its value, or was named in a conflict a sync reported, or set a field back to the value the
  clone's last commit holds (no change as git sees it). A note's unique text must be there
  once, a fact must be in the list, a new company's file must exist, and kontaktförsök must
  equal the starting value plus every raise (capped at 3): raises on both sides add up.

It prints the counts and exits 1 if an edit was lost or a check failed. The same seed makes the
same run. Build first: swift build -c release (or pass --binary .build/debug/crmgit).
"""
import argparse
import datetime
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generate_records import slug  # noqa: E402  (the same file names crmgit gives)

HERE = os.path.dirname(os.path.abspath(__file__))
TEAM = [("Emma L", "emma"), ("Jonas P", "jonas"), ("Sara K", "sara"), ("Ali H", "ali")]
OUTCOMES = ["Intresserad", "Återkoppling bokad", "Ring igen senare", "Fel person, hänvisad vidare",
            "LIA-plats klar", "Inte intresserad", "Inga platser i år"]
FIRST = ["Anna", "Erik", "Karin", "Lars", "Maria", "Johan", "Sofia", "Anders", "Elin", "Per"]
LAST = ["Andersson", "Berg", "Lindqvist", "Ekström", "Holm", "Sandberg", "Nyström", "Dahl"]
TITLES = ["Utvecklingschef", "IT-chef", "Driftchef", "Teknisk chef", "Projektledare"]
PARTS = ["Norr", "Syd", "Fjäll", "Hav", "Sten", "Ljus", "Vind", "Älv", "Skog", "Sol", "Våg", "Ek"]
TRADES = ["Data", "Konsult", "Bygg", "Energi", "System", "Logistik", "Teknik", "Automation"]
SOURCES = ["LinkedIn", "Företagets webbplats", "Mässa", "Allabolag"]
SAID = ["Svarade inte, lämnade ett meddelande.", "Bad mig ringa igen nästa vecka.",
        "Vill ha en kort presentation av utbildningen via mejl.",
        "Har tagit emot praktikanter förut och var positiv.", "Hänvisade till sin chef."]
CONFLICT_LINE = re.compile(
    r'^crmgit: konflikt i (records/[^,:]+\.md), fältet ([^:]+): "(.*)" \((.+?), lokal\) '
    r'eller "(.*)" \((.+?), fjärr\)$')
# The same conflict as a finding, when a sync finds it already written in a record.
CONFLICT_FINDING = re.compile(
    r'^(records/[^:]+\.md):\d+:\d+: fel: konflikt i ([^:]+): "(.*)" \((.+?), lokal\) '
    r'eller "(.*)" \((.+?), fjärr\) \[sync-conflict\]$')
RECORD_CONFLICT = re.compile(r"^crmgit: konflikt i (records/[^,:]+\.md)[,:]")
CRASH_POINTS = ["after-fetch", "after-commit", "after-merge", "after-checkout", "after-push"]
MARKER = re.compile(r"^(<<<<<<<|=======|>>>>>>>)")


class Failure(Exception):
    pass


# ---------------------------------------------------------------------------------------------
# Reading and editing records as text, as a teammate's editor would.

def split_record(text):
    """(front matter lines, closing index, all lines) of a record."""
    lines = text.split("\n")
    if not lines or lines[0] != "---":
        raise Failure("not a record: " + text[:40])
    close = lines.index("---", 1)
    return lines, close


def unquote(value):
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def fields(text):
    """The front matter as {key: text or [items]}."""
    lines, close = split_record(text)
    result, key = {}, None
    for line in lines[1:close]:
        if line.startswith("  - ") and key is not None:
            result.setdefault(key, [])
            if isinstance(result[key], list):
                result[key].append(unquote(line[4:].strip()))
            continue
        if ":" not in line or line.lstrip().startswith("#"):
            continue
        key, value = line.split(":", 1)
        value = value.strip()
        if value.startswith("[") and value.endswith("]"):
            inner = value[1:-1].strip()
            result[key] = [unquote(item.strip()) for item in inner.split(",")] if inner else []
        else:
            result[key] = unquote(value) if value else []
    return result


def set_field(text, key, value):
    lines, close = split_record(text)
    for index in range(1, close):
        if lines[index].startswith(key + ":"):
            lines[index] = f"{key}: {value}"
            return "\n".join(lines)
    lines.insert(close, f"{key}: {value}")
    return "\n".join(lines)


def add_fact(text, fact):
    lines, close = split_record(text)
    for index in range(1, close):
        if lines[index].startswith("good_to_know:"):
            inline = lines[index][len("good_to_know:"):].strip()
            if inline.startswith("["):
                items = fields(text).get("good_to_know", [])
                lines[index:index + 1] = ["good_to_know:"] + [f"  - {item}" for item in items]
                close = lines.index("---", 1)
            end = index + 1
            while end < close and lines[end].startswith("  - "):
                end += 1
            lines.insert(end, f"  - {fact}")
            return "\n".join(lines)
    lines[close:close] = ["good_to_know:", f"  - {fact}"]
    return "\n".join(lines)


def append_note(text, heading, body):
    if not text.endswith("\n"):
        text += "\n"
    return text + f"\n## {heading}\n{body}\n"


# ---------------------------------------------------------------------------------------------
# The ledger: every edit and what must be true of it at the end.

class Edit:
    """One edit by one teammate. kind: field, fact, note, raise or create."""

    def __init__(self, number, action, kind, clone, path, key=None, value=None):
        self.number, self.action, self.kind, self.clone = number, action, kind, clone
        self.path, self.key, self.value = path, key, value
        # For a field: the value it replaced, and the values of that field set by edits the
        # clone had seen. An edit whose value a later edit replaced knowingly is accounted for.
        self.before = None
        self.seen = set()
        # Set back to the value the clone's last commit holds: no change as git sees it, so a
        # teammate's change of the field since wins without a conflict.
        self.undone = False
        self.reported = False
        self.merged = False


class Ledger:
    def __init__(self):
        self.edits = []
        self.known = {}          # clone (or "remote") -> ids of edits in its working tree
        self.conflict_fields = 0
        self.conflict_syncs = 0
        self.merges = 0

    def add(self, action, clone, kind, path, key=None, value=None, before=None, committed=None):
        edit = Edit(len(self.edits), action, kind, clone, path, key, value)
        if kind == "field":
            edit.before = before
            edit.undone = committed is not None and committed == value
            edit.seen = {self.edits[number].value for number in self.known[clone]
                         if self.edits[number].kind == "field" and self.edits[number].path == path
                         and self.edits[number].key == key}
        self.edits.append(edit)
        self.known[clone].add(edit.number)
        return edit

    def fetched(self, clone):
        """The clone merged the remote into its working tree (pushed or stopped on a conflict)."""
        self.known[clone] |= self.known["remote"]

    def pushed(self, clone, merged):
        new = self.known[clone] - self.known["remote"]
        if merged:
            for number in new:
                self.edits[number].merged = True
        self.known["remote"] |= self.known[clone]
        self.known[clone] = set(self.known["remote"])

    def replaced(self, edit):
        """Whether a later edit replaced `edit`'s value by someone who had seen that value."""
        return any(other is not edit and other.kind == "field" and other.path == edit.path
                   and other.key == edit.key and other.before == edit.value
                   and edit.value in other.seen for other in self.edits)

    def conflict(self, clone, path, key, values):
        """A sync named (path, key) with both values: the edits that set them are reported."""
        self.conflict_fields += 1
        seen = self.known[clone] | self.known["remote"]
        for number in seen:
            edit = self.edits[number]
            if edit.kind == "field" and edit.path == path and (key is None or edit.key == key) \
                    and (key is None or edit.value in values):
                edit.reported = True


# ---------------------------------------------------------------------------------------------
# The team at work.

class Team:
    def __init__(self, root, binary, seed, records, kill_rate):
        self.root, self.binary = root, binary
        self.kill_rate = kill_rate
        self.kills = 0
        self.rng = random.Random(seed)
        self.seed = seed
        self.clock = datetime.datetime(2026, 11, 2, 8, 0)
        self.home = os.path.join(root, "home")
        self.remote = os.path.join(root, "remote.git")
        self.ledger = Ledger()
        self.clones = [name for name, _ in TEAM]
        self.folder = {name: os.path.join(root, login) for name, login in TEAM}
        self.counter = {name: 0 for name in self.clones}
        self.created = {}         # path -> (company, clone) of companies made during the run
        self.initial_attempts = {}
        self.syncs = 0
        self.failures = []
        os.makedirs(self.home)
        self.git(["config", "--global", "init.defaultBranch", "main"], root)
        self.git(["config", "--global", "user.name", "Emma L"], root)
        self.git(["config", "--global", "user.email", "emma@team.example"], root)
        self.git(["init", "-q", "--bare", self.remote], root)
        self.seed_remote(records)
        for name, login in TEAM:
            self.crmgit(["clone", self.remote, self.folder[name]], root, check=True)
            self.git(["config", "user.name", name], self.folder[name])
            self.git(["config", "user.email", f"{login}@team.example"], self.folder[name])
            self.ledger.known[name] = set()
        self.ledger.known["remote"] = set()

    # Running things.

    def environment(self):
        return {"HOME": self.home, "PATH": "/usr/local/bin:/usr/bin:/bin", "GIT_CONFIG_NOSYSTEM": "1",
                "LANG": "sv_SE.UTF-8", "TZ": "Europe/Stockholm",
                "CRMGIT_NOW": self.clock.strftime("%Y-%m-%d %H:%M")}

    def run(self, command, cwd, check=False, extra=None):
        result = subprocess.run(command, cwd=cwd, env={**self.environment(), **(extra or {})},
                                capture_output=True, text=True)
        if check and result.returncode != 0:
            raise Failure(f"{' '.join(command)} in {cwd} exited {result.returncode}:\n"
                          f"{result.stdout}{result.stderr}")
        return result

    def git(self, arguments, cwd, check=True):
        return self.run(["git"] + arguments, cwd, check)

    def crmgit(self, arguments, cwd, check=False):
        return self.run([self.binary] + arguments, cwd, check)

    def tick(self):
        self.clock += datetime.timedelta(minutes=self.rng.randint(10, 50))

    def seed_remote(self, records):
        seed = os.path.join(self.root, "seed")
        self.crmgit(["init", seed], self.root, check=True)
        subprocess.run([sys.executable, os.path.join(HERE, "generate_records.py"), seed,
                        "--count", str(records), "--seed", str(self.seed)], check=True)
        for name in sorted(os.listdir(os.path.join(seed, "records"))):
            if name.endswith(".md"):
                text = self.read(os.path.join(seed, "records", name))
                self.initial_attempts["records/" + name] = int(fields(text)["kontaktförsök"])
        self.crmgit(["remote", "set", self.remote], seed, check=True)
        self.crmgit(["sync"], seed, check=True)

    @staticmethod
    def read(path):
        with open(path, encoding="utf-8") as file:
            return file.read()

    @staticmethod
    def write(path, text):
        with open(path, "w", encoding="utf-8") as file:
            file.write(text)

    def records(self, clone):
        folder = os.path.join(self.folder[clone], "records")
        return sorted("records/" + name for name in os.listdir(folder) if name.endswith(".md"))

    # Edits.

    def edit(self, clone):
        self.counter[clone] += 1
        roll = self.rng.random()
        if roll < 0.2:
            self.create(clone)
        elif roll < 0.45:
            self.note(clone)
        else:
            self.change_field(clone)

    def pick_record(self, clone):
        paths = self.records(clone)
        # Half the edits go to a few popular companies, so that teammates collide often.
        return self.rng.choice(paths[:6] if self.rng.random() < 0.5 else paths)

    def action(self, clone):
        return (clone, self.counter[clone])

    def token(self, clone):
        login = dict(TEAM)[clone]
        return f"[{login}-{self.counter[clone]}-{self.seed}]"

    def note(self, clone, path=None):
        path = path or self.pick_record(clone)
        full = os.path.join(self.folder[clone], path)
        token = self.token(clone)
        heading = f"{self.clock:%Y-%m-%d} {clone}"
        self.write(full, append_note(self.read(full), heading, f"{self.rng.choice(SAID)} {token}"))
        self.ledger.add(self.action(clone), clone, "note", path, value=token)

    def change_field(self, clone):
        path = self.pick_record(clone)
        full = os.path.join(self.folder[clone], path)
        text = self.read(full)
        current = fields(text)
        attempts = int(current.get("kontaktförsök", "0"))
        choices = ["fact", "handler"]
        if attempts < 3:
            choices.append("attempts")
        if attempts >= 1:
            choices.append("outcome")
        choice = self.rng.choice(choices)
        action = self.action(clone)
        if choice == "attempts":
            text = set_field(text, "kontaktförsök", str(attempts + 1))
            # Checked by the sum at the end: raises on both sides add up.
            self.ledger.add(action, clone, "raise", path)
            if "bearbetas_av" not in current:
                text = set_field(text, "bearbetas_av", clone)
                self.ledger.add(action, clone, "field", path, "bearbetas_av", clone)
        elif choice in ("outcome", "handler"):
            key = "utfall" if choice == "outcome" else "bearbetas_av"
            value = self.rng.choice([v for v in (OUTCOMES if key == "utfall" else self.clones)
                                     if v != current.get(key)])
            text = set_field(text, key, value)
            head = self.git(["show", f"HEAD:{path}"], self.folder[clone], check=False).stdout
            committed = fields(head).get(key) if head else None
            self.ledger.add(action, clone, "field", path, key, value, current.get(key), committed)
        else:
            fact = f"Fakta {self.token(clone)}: {self.rng.choice(SAID)}"
            text = add_fact(text, fact)
            self.ledger.add(action, clone, "fact", path, value=fact)
        self.write(full, text)

    def create(self, clone):
        mine = set(self.records(clone))
        unseen = [path for path, (_, by) in sorted(self.created.items())
                  if by != clone and path not in mine]
        index = self.clones.index(clone) + 1
        number = self.counter[clone]
        if unseen and self.rng.random() < 0.3:
            # A teammate created this company too and has not synced it yet.
            company = self.created[self.rng.choice(unseen)][0]
        else:
            company = (f"{self.rng.choice(PARTS)}{self.rng.choice(PARTS).lower()} "
                       f"{self.rng.choice(TRADES)} {dict(TEAM)[clone].title()} {number} AB")
        path = f"records/{slug(company)}.md"
        self.created.setdefault(path, (company, clone))
        first, last = self.rng.choice(FIRST), self.rng.choice(LAST)
        values = [("företag", company), ("kontaktperson", f"{first} {last}"),
                  ("titel", self.rng.choice(TITLES)),
                  ("telefon", f"073-{index}{number // 100:02d} {number % 100:02d} {index}0"),
                  ("mejl", f"{first.lower()}.{index}.{number}@{slug(company)}.example"),
                  ("inmatad", f"{self.clock:%Y-%m-%d}"), ("hittades_av", clone),
                  ("källa", self.rng.choice(SOURCES)), ("kontaktförsök", "0"),
                  ("återkoppling_bokad", "nej")]
        lines = ["---"] + [f"{key}: {value}" for key, value in values] + ["---"]
        self.write(os.path.join(self.folder[clone], path), "\n".join(lines) + "\n")
        action = self.action(clone)
        self.ledger.add(action, clone, "create", path, value=company)
        for key, value in values:
            if key != "kontaktförsök":
                self.ledger.add(action, clone, "field", path, key, value)
        self.note(clone, path)

    # Syncs.

    def sync(self, clone, may_kill=True):
        """Syncs until it is done, settling each conflict with resolve. Now and then the first
        attempt is killed (SIGKILL) at one of the sync's steps, and the next one must finish."""
        folder = self.folder[clone]
        before = self.git(["rev-parse", "main"], self.remote).stdout.strip()
        if may_kill and self.rng.random() < self.kill_rate:
            point = self.rng.choice(CRASH_POINTS)
            killed = self.run([self.binary, "sync"], folder, extra={"CRMGIT_SYNC_CRASH_AT": point})
            self.syncs += 1
            if killed.returncode == -signal.SIGKILL:
                self.kills += 1
            elif killed.returncode == 1 and "konflikt" in killed.stderr:
                # A conflict stops the sync before the point was reached: settle it below.
                pass
            elif killed.returncode != 0:
                raise Failure(f"sync with {point} in {folder} exited {killed.returncode}:\n"
                              f"{killed.stdout}{killed.stderr}")
        for _ in range(10):
            self.syncs += 1
            result = self.crmgit(["sync"], folder)
            if result.returncode == 0:
                after = self.git(["rev-parse", "main"], self.remote).stdout.strip()
                merges = int(self.git(["rev-list", "--merges", "--count", f"{before}..{after}"],
                                      self.remote).stdout)
                self.ledger.merges += merges
                self.ledger.fetched(clone)
                self.ledger.pushed(clone, merged=merges > 0)
                return result
            if result.returncode != 1 or "konflikt" not in result.stderr:
                raise Failure(f"sync in {folder} exited {result.returncode}:\n"
                              f"{result.stdout}{result.stderr}")
            self.ledger.fetched(clone)
            self.ledger.conflict_syncs += 1
            names = set()
            for line in result.stderr.splitlines():
                match = CONFLICT_LINE.match(line) or CONFLICT_FINDING.match(line)
                if match:
                    path, key, local, _, remote, _ = match.groups()
                    self.ledger.conflict(clone, path, key, {local, remote})
                    names.add(path)
                elif RECORD_CONFLICT.match(line):
                    path = RECORD_CONFLICT.match(line).group(1)
                    self.ledger.conflict(clone, path, None, set())
                    names.add(path)
            if not names:
                raise Failure(f"a conflict without a record named in {folder}:\n{result.stderr}")
            if self.rng.random() < 0.25:
                # Syncing again before choosing must stop again and push nothing.
                tip = self.git(["rev-parse", "main"], self.remote).stdout.strip()
                again = self.crmgit(["sync"], folder)
                self.syncs += 1
                after = self.git(["rev-parse", "main"], self.remote).stdout.strip()
                if again.returncode != 1 or tip != after or "inte löst" not in again.stderr:
                    raise Failure(f"a second sync before resolving in {folder} exited "
                                  f"{again.returncode} (remote {tip[:7]} → {after[:7]}):\n"
                                  f"{again.stdout}{again.stderr}")
            for path in sorted(names):
                side = self.rng.choice(["mine", "theirs"])
                name = path[len("records/"):-len(".md")]
                self.crmgit(["resolve", name, "--take", side], folder, check=True)
        raise Failure(f"sync in {folder} kept stopping for conflicts")

    def sync_until_quiet(self):
        for _ in range(6):
            quiet = True
            for clone in self.clones:
                result = self.sync(clone, may_kill=False)
                if result.stdout.strip() != "redan i takt med origin/main":
                    quiet = False
            if quiet:
                return
        raise Failure("the clones did not settle after six rounds of syncs")

    def work(self, edits):
        remaining = {clone: edits for clone in self.clones}
        while any(remaining.values()):
            clone = self.rng.choice(self.clones)
            self.tick()
            if remaining[clone] and self.rng.random() < 0.7:
                self.edit(clone)
                remaining[clone] -= 1
            else:
                self.sync(clone)
        self.sync_until_quiet()

    # Checks at the end.

    def fail(self, message):
        self.failures.append(message)

    def verify(self):
        tree = self.git(["rev-parse", "main^{tree}"], self.remote).stdout.strip()
        places = [self.remote] + [self.folder[clone] for clone in self.clones]
        for clone in self.clones:
            folder = self.folder[clone]
            head = self.git(["rev-parse", "HEAD^{tree}"], folder).stdout.strip()
            if head != tree:
                self.fail(f"{clone}: HEAD tree {head} is not the remote's {tree}")
            status = self.git(["status", "--porcelain"], folder).stdout
            if status:
                self.fail(f"{clone}: working tree not clean:\n{status}")
            check = self.crmgit(["check"], folder)
            if check.returncode != 0:
                self.fail(f"{clone}: crmgit check exited {check.returncode}:\n{check.stdout}")
        for place in places:
            fsck = self.git(["fsck", "--strict", "--no-dangling", "--no-progress"], place, check=False)
            if fsck.returncode != 0 or fsck.stdout.strip() or fsck.stderr.strip():
                self.fail(f"git fsck --strict in {place}:\n{fsck.stdout}{fsck.stderr}")
            self.check_markers(place)
        self.check_ledger()

    def check_markers(self, place):
        commits = self.git(["rev-list", "--all"], place).stdout.split()
        found = self.git(["grep", "-n", "-E", "^(<<<<<<<|=======|>>>>>>>)"] + commits, place,
                         check=False)
        if found.returncode == 0:
            self.fail(f"conflict markers in {place}:\n{found.stdout[:2000]}")
        log = self.git(["log", "-p", "-m", "--all", "--format=commit %H"], place).stdout
        for line in log.splitlines():
            if line[:1] in "+- " and MARKER.match(line[1:]) and not line.startswith(("+++", "---")):
                self.fail(f"conflict marker in git log -p of {place}: {line}")
                break

    def final_records(self):
        listing = self.git(["ls-tree", "--name-only", "main", "records/"], self.remote).stdout.split()
        texts = {}
        for path in listing:
            if path.endswith(".md"):
                texts[path] = self.git(["show", f"main:{path}"], self.remote).stdout
        return texts

    def check_ledger(self):
        texts = self.final_records()
        parsed = {path: fields(text) for path, text in texts.items()}
        for path, record in parsed.items():
            for key, value in record.items():
                if isinstance(value, list) and key != "good_to_know":
                    self.fail(f"{path}: {key} is a list (a conflict form left?)")
            if "konflikt" in record:
                self.fail(f"{path}: a konflikt line is left")
        raises = {}
        self.lost = []
        for edit in self.ledger.edits:
            record = parsed.get(edit.path)
            if edit.kind == "raise":
                raises[edit.path] = raises.get(edit.path, 0) + 1
                continue
            if record is None:
                self.lost.append(edit)
                continue
            if edit.kind == "create":
                ok = record.get("företag") is not None
            elif edit.kind == "note":
                ok = texts[edit.path].count(edit.value) == 1
            elif edit.kind == "fact":
                ok = edit.value in (record.get("good_to_know") or [])
            else:
                ok = (record.get(edit.key) == edit.value or edit.reported or edit.undone
                      or self.ledger.replaced(edit))
            if not ok:
                self.lost.append(edit)
        for path, count in sorted(raises.items()):
            start = self.initial_attempts.get(path, 0)
            final = (parsed.get(path) or {}).get("kontaktförsök")
            if final != str(min(3, start + count)):
                self.fail(f"{path}: kontaktförsök {final}, expected {min(3, start + count)} "
                          f"({start} and {count} raises)")
                self.lost += [e for e in self.ledger.edits if e.kind == "raise" and e.path == path]
        for edit in self.lost:
            value = parsed.get(edit.path, {}).get(edit.key) if edit.key else None
            self.fail(f"lost: edit {edit.number} by {edit.clone}: {edit.kind} {edit.path} "
                      f"{edit.key or ''} {edit.value!r} (final: {value!r})")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--edits", type=int, default=50, help="edits per clone (50)")
    parser.add_argument("--records", type=int, default=30, help="records in the remote at first")
    parser.add_argument("--kill-rate", type=float, default=0.1,
                        help="share of syncs killed with SIGKILL at a random step (0.1)")
    parser.add_argument("--binary", default=os.path.join(HERE, "..", ".build", "release", "crmgit"))
    parser.add_argument("--workdir", help="where to build the repositories (a new temporary "
                                          "folder by default, removed unless something failed)")
    parser.add_argument("--keep", action="store_true", help="keep the repositories")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    if not os.access(binary, os.X_OK):
        sys.exit(f"sync_stress: no crmgit at {binary}; run swift build -c release or pass --binary")
    root = args.workdir or tempfile.mkdtemp(prefix="crmgit-stress-")
    os.makedirs(root, exist_ok=True)
    started = datetime.datetime.now()
    team = None
    try:
        team = Team(root, binary, args.seed, args.records, args.kill_rate)
        team.work(args.edits)
        team.verify()
    except Failure as failure:
        print(f"sync_stress: stopped: {failure}", file=sys.stderr)
        print(f"sync_stress: the repositories are kept in {root}", file=sys.stderr)
        return 1
    seconds = (datetime.datetime.now() - started).total_seconds()
    made = sum(team.counter.values())
    merged = len({e.action for e in team.ledger.edits if e.merged})
    reported = len({e.action for e in team.ledger.edits if e.reported})
    print(f"seed {args.seed}: 4 clones, {args.records} records at first, "
          f"{team.syncs} syncs ({team.kills} killed with SIGKILL and finished by the next) "
          f"in {seconds:.1f} s")
    undone = sum(1 for e in team.ledger.edits if e.undone)
    print(f"edits made:           {made} ({len(team.ledger.edits)} expected effects checked; "
          f"{undone} set a field back to its committed value)")
    print(f"merged automatically: {merged} edits, through {team.ledger.merges} merges "
          f"with teammates' work")
    print(f"conflicts reported:   {team.ledger.conflict_fields} fields in "
          f"{team.ledger.conflict_syncs} syncs, naming {reported} edits")
    print(f"lost:                 {len(team.lost)}")
    for message in team.failures:
        print("FAIL: " + message, file=sys.stderr)
    if team.failures:
        print(f"sync_stress: the repositories are kept in {root}", file=sys.stderr)
        return 1
    if not args.keep and not args.workdir:
        shutil.rmtree(root)
    return 0


if __name__ == "__main__":
    sys.exit(main())
