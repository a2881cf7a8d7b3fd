#!/usr/bin/env python3
"""Writes N realistic, clean crmgit records into DIR/records (deterministic for a seed).

Usage: generate_records.py DIR [--count N] [--seed S]

Every record passes `crmgit check` with the bundled config: unique companies, phones and
emails, every stage of the pipeline, and a few dated notes (about 1.5 KB a record).
"""
import argparse
import os
import random

FIRST = ["Anna", "Erik", "Karin", "Lars", "Maria", "Johan", "Sofia", "Anders", "Elin", "Per",
         "Lena", "Nils", "Sara", "Oskar", "Ingrid", "Mikael", "Hanna", "Fredrik", "Emma", "Jonas"]
LAST = ["Andersson", "Berg", "Lindqvist", "Ekström", "Holm", "Sandberg", "Nyström", "Åberg",
        "Öberg", "Dahl", "Wallin", "Forsberg", "Lund", "Strand", "Björk", "Engström"]
TITLES = ["Utvecklingschef", "Senior Software Engineer", "IT-chef", "Driftchef", "VD",
          "Teknisk chef", "Rekryteringsansvarig", "Projektledare", "Systemarkitekt"]
PARTS = ["Norr", "Syd", "Fjäll", "Hav", "Sten", "Björk", "Ljus", "Vind", "Berg", "Älv", "Skog",
         "Is", "Sol", "Eld", "Våg", "Ek", "Gran", "Myr", "Dal", "Sjö"]
TRADES = ["Data", "Konsult", "Bygg", "Energi", "System", "Logistik", "Teknik", "Automation",
          "Mjukvara", "Nätverk", "Elektronik", "Design"]
TEAM = ["Emma L", "Jonas P", "Sara K", "Ali H"]
SOURCES = ["LinkedIn", "Företagets webbplats", "Mässa", "Allabolag", "Tidigare kontakt"]
FACTS = ["Jobbar med open source.", "Får nya lokaler i september.", "Tidigare haft LIA från Chas.",
         "Föredrar mejl före samtal.", "Växer snabbt, anställer juniorer.", "Kräver NDA före demo."]
SENTENCES = [
    "Ringde växeln och blev kopplad vidare, men ingen svarade.",
    "Lämnade ett meddelande och skickade en kort presentation av utbildningen via mejl.",
    "Kontaktpersonen var trevlig och berättade att de har tagit emot praktikanter tidigare.",
    "Satt illa till när jag ringde, hon bad mig återkomma efter lunch.",
    "De arbetar mest med molntjänster och har ett team på tolv utvecklare i Göteborg.",
    "Han hade själv pluggat YH en gång i tiden och tyckte att LIA är ett bra sätt att rekrytera.",
]
OUTCOMES = [("Intresserad", "open"), ("Återkoppling bokad", "open"), ("Ring igen senare", "open"),
            ("Fel person, hänvisad vidare", "open"), ("LIA-plats klar", "final"),
            ("Inte intresserad", "final"), ("Inga platser i år", "final")]


def slug(name):
    out, dash = "", False
    for ch in name.lower():
        ch = {"å": "a", "ä": "a", "ö": "o", "é": "e"}.get(ch, ch)
        if ch.isalnum():
            if dash and out:
                out += "-"
            out, dash = out + ch, False
        else:
            dash = True
    return out


def record(rng, index):
    company = f"{rng.choice(PARTS)}{rng.choice(PARTS).lower()} {rng.choice(TRADES)} {index} AB"
    first, last = rng.choice(FIRST), rng.choice(LAST)
    phone = f"070-{index // 10000 % 1000:03d} {index // 100 % 100:02d} {index % 100:02d}"
    email = f"{first.lower()}.{index}@{slug(company)}.example"
    month, day = rng.randint(1, 9), rng.randint(1, 28)
    attempts = rng.choice([0, 1, 2, 2, 3])
    lines = ["---", f"företag: {company}", f"kontaktperson: {first} {last}",
             f"titel: {rng.choice(TITLES)}", f"telefon: {phone}", f"mejl: {email}",
             f"inmatad: 2026-{month:02d}-{day:02d}", f"hittades_av: {rng.choice(TEAM)}",
             f"källa: {rng.choice(SOURCES)}"]
    handler = rng.choice(TEAM)
    if attempts:
        lines.append(f"bearbetas_av: {handler}")
    lines.append(f"kontaktförsök: {attempts}")
    notes = []
    note_day = day
    for n in range(max(attempts, 1)):
        note_day = min(note_day + rng.randint(1, 3), 28)
        text = " ".join(rng.sample(SENTENCES, 4)) + "\n" + " ".join(rng.sample(SENTENCES, 3))
        notes.append((f"2026-{month + 1:02d}-{note_day:02d}", text))
    booked = None
    if attempts:
        outcome, kind = rng.choice(OUTCOMES)
        lines.append(f"utfall: {outcome}")
        if kind == "open":
            booked = f"2027-0{rng.randint(1, 4)}-{rng.randint(10, 28)} 10:00"
    lines.append(f"återkoppling_bokad: {'ja' if booked else 'nej'}")
    if booked:
        lines.append(f"återkoppling: {booked}")
        date, text = notes[-1]
        notes[-1] = (date, text + f" Återkoppling bokad kl 10.00 den {booked[:10]}.")
    lines.append("good_to_know:")
    lines += [f"  - {fact}" for fact in rng.sample(FACTS, 2)]
    lines.append("---")
    author = handler if attempts else lines[7].split(": ")[1]
    for date, text in notes:
        lines += ["", f"## {date} {author}", text]
    return slug(company), "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory")
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    folder = os.path.join(args.directory, "records")
    os.makedirs(folder, exist_ok=True)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "records", "crm.yml"), encoding="utf-8") as source:
        config = source.read()
    with open(os.path.join(folder, "crm.yml"), "w", encoding="utf-8") as target:
        target.write(config)
    for index in range(args.count):
        name, text = record(rng, index)
        with open(os.path.join(folder, name + ".md"), "w", encoding="utf-8") as out:
            out.write(text)


if __name__ == "__main__":
    main()
