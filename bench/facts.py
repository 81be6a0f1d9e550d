"""Facts against a hand-annotated gold set: people, roles, organisations, figures, place, date.

`python -m bench.facts` scores `bench/facts_gold.jsonl` (145 articles about meetings, signings,
press conferences and visits from ../shared/data, cited by collection:item:document, each
annotated by hand; bench/README.md says how). Each article goes through the public path a user
takes: written to a .txt file (title, lead, body) and read by `build_briefing(..., group_by=
"file")`, one section per article. `--split dev|heldout` scores one half; rules were written
looking at the dev half only. `--gold FILE` scores other annotations: an entry may name an
article `"file"` instead of a `"ref"`, so unseen articles are scored the same way, and
positional FILES keep only those entries. `--check` fails when a field's F1 on a half falls
below its floor in bench/facts_baseline.json; `--write` re-pins the floors from this run.
`--errors` prints each miss and false hit of the dev half, the list rules are tuned on; the
held-out half's errors are never printed. `--split dev --write` re-pins the dev floors only.
The held-out half's scores are printed only when asked by name (`--split heldout`, the one run
at the end of a round); otherwise (`make test`, `make bench`) it prints pass or fail per field
against its floors, so whoever tunes rules never sees them by the way. A blind batch lives in its
own file with `"split": "fresh"` (bench/facts_fresh.jsonl): `--gold bench/facts_fresh.jsonl
--split fresh` prints its F1 per field (the lead's reading, start tree and final tree); under
`all` it is scored silently like the held-out half, its errors are never printed and it is never
pinned, so no rule is tuned on it. `--batch s12` keeps one annotated batch ("dev-115", "s8", ...,
"s11", "s12"), so two blind batches in one file are read apart.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarize import BriefingOptions, build_briefing
from summarize.briefing.facts import NUMBER, parse_number
from summarize.models import Conference, Person
from summarize.text.normalize import comparison_key

from .corpora import DATA

HERE = Path(__file__).resolve().parent
GOLD = HERE / "facts_gold.jsonl"
BASELINE = HERE / "facts_baseline.json"
SPLITS = ("dev", "heldout", "fresh")  # "fresh": a blind batch, read by the lead only
UNPINNED = ("fresh",)  # halves never pinned into the baseline nor gated
FIELDS = ("people", "roles", "organisations", "figures (number)", "figures", "place", "date")
ROLE_MATCH = 0.6  # syllable F1 between a found role and the annotated one
ORG_MATCH = 0.8  # syllable F1 between a found organisation name and an annotated alias
MEASURE_MATCH = 0.5  # share of the annotated measure's syllables the found measure holds
MEASURE_PRECISION = 0.3  # share of the found measure's syllables the annotation holds
TOLERANCE = 0.02  # the gate's slack below a pinned floor
COURTESIES = (None, "Ông", "Bà", "Ngài", "Đồng chí")  # titles that state no standing


@dataclass
class Tally:
    """True positives, found and annotated counts of one field."""

    hits: int = 0
    found: int = 0
    gold: int = 0

    def add(self, hits: int, found: int, gold: int) -> None:
        self.hits, self.found, self.gold = self.hits + hits, self.found + found, self.gold + gold

    def prf(self) -> tuple[float, float, float]:
        p = self.hits / self.found if self.found else 1.0
        r = self.hits / self.gold if self.gold else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Score:
    tallies: dict[str, Tally] = field(default_factory=lambda: {f: Tally() for f in FIELDS})
    errors: list[str] = field(default_factory=list)  # "field: missed|false: value" per article

    def error(self, entry: dict[str, Any], name: str, kind: str, value: object) -> None:
        self.errors.append(f"{entry.get('ref') or entry.get('file')}  {name} {kind}: {value}")

    def f1(self) -> dict[str, float]:
        return {name: round(t.prf()[2], 3) for name, t in self.tallies.items()}


def syllables(text: str | None) -> list[str]:
    return comparison_key(text or "").split()


def overlap_f1(a: str | None, b: str | None) -> float:
    x, y = syllables(a), syllables(b)
    common = sum(min(x.count(s), y.count(s)) for s in set(x))
    return 2 * common / (len(x) + len(y)) if common else 0.0


def aliases(value: Any) -> list[str | None]:
    return list(value) if isinstance(value, list) else [value]


def batch_of(entry: dict[str, Any]) -> str:
    """The batch a gold line was annotated in: "dev-115" for the first lines (no batch, or s7),
    else its own ("s8", "s9", ...): batches annotated apart are the folds of leave-one-batch-out,
    so a new blind batch becomes a fold of its own, never part of another."""
    batch = entry.get("batch")
    return "dev-115" if batch in (None, "s7") else str(batch)


def dev_batches(entries: Iterable[dict[str, Any]]) -> list[str]:
    """The batches of these lines, "dev-115" first, the rest in the order they were added."""
    found = {batch_of(e) for e in entries}
    return sorted(found, key=lambda b: (b != "dev-115", len(b), b))


def load_gold(paths: Sequence[Path]) -> list[dict[str, Any]]:
    rows = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            rows.extend(json.loads(line) for line in handle if line.strip())
    return rows


def article_text(ref: str) -> str:
    """The article as published: title, lead (VMDS `lead`, VietNews sapo) and body."""
    collection, item, index = ref.split(":")
    with (DATA / f"{collection}.jsonl").open(encoding="utf-8") as handle:
        row = next(r for r in map(json.loads, handle) if r["id"] == item)
    document = row["documents"][int(index)]
    lead = document.get("lead") or (row["summaries"][0] if collection == "vietnews_dev" else "")
    parts = [document["title"], lead, document["text"]]
    return "\n\n".join(p.strip() for p in parts if p and p.strip()) + "\n"


def conferences(entries: Sequence[dict[str, Any]]) -> list[Conference]:
    """One section per entry, in entry order, built by the public API from .txt files."""
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for n, entry in enumerate(entries):
            path = Path(folder) / f"{n:03d}.txt"
            text = Path(entry["file"]).read_text("utf-8") if "file" in entry else None
            path.write_text(text or article_text(entry["ref"]), encoding="utf-8")
            paths.append(path)
        briefing = build_briefing(paths, briefing=BriefingOptions(group_by="file"))
    by_source = {r.article.id: Path(r.article.source).name for r in briefing.articles}
    order = {c.articles[0]: c for c in briefing.conferences}
    found = {by_source[a]: c for a, c in order.items()}
    return [found[p.name] for p in paths]


def score_people(conference: Conference, entry: dict[str, Any], score: Score) -> None:
    gold = list(entry["people"])
    matched = 0
    roles_found = roles_right = 0
    for person in conference.people:
        role = shown_role(person)
        roles_found += role is not None
        hit = next((g for g in gold if _same_name(person.name, g[0])), None)
        if hit is None:
            score.error(entry, "people", "false", f"{person.name} | {role}")
            continue
        gold.remove(hit)
        matched += 1
        if role and any(
            overlap_f1(r, candidate) >= ROLE_MATCH
            for r in aliases(hit[1])
            if r
            for candidate in (role, person.role)
        ):
            roles_right += 1
        elif any(aliases(hit[1])) or role:
            score.error(entry, "roles", "wrong", f"{person.name} | {role} != {hit[1]}")
    for missed in gold:
        score.error(entry, "people", "missed", f"{missed[0]} | {missed[1]}")
    roles_gold = sum(1 for p in entry["people"] if any(aliases(p[1])))
    score.tallies["people"].add(matched, len(conference.people), len(entry["people"]))
    score.tallies["roles"].add(roles_right, roles_found, roles_gold)


def shown_role(person: Person) -> str | None:
    """The standing the briefing shows beside a name: rank and position ("Thiếu tướng, Giám đốc
    Công an tỉnh"), or the rank alone when no position was found ("Chuẩn đô đốc Kilrain", "TS
    Huỳnh Thế Du"); a courtesy ("Ông", "Bà") is no standing."""
    if person.role:
        return " ".join(x for x in (person.title, person.role) if x)
    return person.title if person.title not in COURTESIES else None


def _same_name(found: str, gold: Any) -> bool:
    return any(comparison_key(found) == comparison_key(n) for n in aliases(gold) if n)


def score_organisations(conference: Conference, entry: dict[str, Any], score: Score) -> None:
    gold = [aliases(g) for g in entry["organisations"]]
    hits = 0
    for name in conference.organisations:
        hit = next((g for g in gold if any(overlap_f1(name, a) >= ORG_MATCH for a in g)), None)
        if hit is not None:
            gold.remove(hit)
            hits += 1
        else:
            score.error(entry, "organisations", "false", name)
    for missed in gold:
        score.error(entry, "organisations", "missed", missed[0])
    score.tallies["organisations"].add(
        hits, len(conference.organisations), len(entry["organisations"])
    )


def gold_value(number: str) -> float | None:
    """The annotated figure's value: its last number ("7-7,2%" -> 7.2), never a digit glued to a
    unit's letters ("105,6m2" -> 105.6, not 2)."""
    found = re.findall(rf"(?<![^\W\d_])(?:{NUMBER})", number)
    return parse_number(found[-1]) if found else None


def score_figures(conference: Conference, entry: dict[str, Any], score: Score) -> None:
    gold = [(gold_value(n), m) for n, m in entry["figures"]]
    numbers = measured = 0
    for fact in conference.facts:
        same = [g for g in gold if g[0] is not None and fact.value == g[0]]
        if not same:
            score.error(entry, "figures", "false", f"{fact.label} | {fact.text}")
            continue
        best = next((g for g in same if _measure_ok(fact.label, g[1])), same[0])
        gold.remove(best)
        numbers += 1
        measured += _measure_ok(fact.label, best[1])
        if not _measure_ok(fact.label, best[1]):
            score.error(entry, "figures", "measure", f"{fact.label} != {best[1]} ({fact.value})")
    for missed in gold:
        score.error(entry, "figures", "missed", f"{missed[1]} ({missed[0]})")
    total = len(entry["figures"])
    score.tallies["figures (number)"].add(numbers, len(conference.facts), total)
    score.tallies["figures"].add(measured, len(conference.facts), total)


def _measure_ok(found: str | None, gold: str) -> bool:
    """Most of the annotated measure is in the found one, and the found one is not a whole
    sentence around it."""
    expected, got = syllables(gold), syllables(found)
    if not expected or not got:
        return False
    recall = sum(s in set(got) for s in expected) / len(expected)
    precision = sum(s in set(expected) for s in got) / len(got)
    return recall >= MEASURE_MATCH and precision >= MEASURE_PRECISION


def score_place_and_date(conference: Conference, entry: dict[str, Any], score: Score) -> None:
    places = [comparison_key(p) for p in aliases(entry["place"]) if p]
    found = conference.place
    right = bool(found and places and comparison_key(found).removeprefix("tp ") in _bare(places))
    score.tallies["place"].add(int(right), int(found is not None), int(bool(places)))
    if not right and (found or places):
        score.error(entry, "place", "wrong", f"{found} != {entry['place']}")
    when = _found_date(conference)
    gold = entry["date"]
    score.tallies["date"].add(int(_same_date(when, gold)), int(when is not None), int(bool(gold)))
    if not _same_date(when, gold) and (when or gold):
        score.error(entry, "date", "wrong", f"{when} != {gold}")


def _bare(places: Iterable[str]) -> set[str]:
    return {p.removeprefix("tp ") for p in places}


def _found_date(conference: Conference) -> tuple[int | None, int, int] | None:
    when = getattr(conference, "when", None)
    if when is not None:
        return (when.year, when.month, when.day)
    day = conference.date
    return (day.year, day.month, day.day) if day else None


def _same_date(found: tuple[int | None, int, int] | None, gold: str | None) -> bool:
    if found is None or not gold:
        return False
    year, month, day = (
        gold.lstrip("-").split("-") if not gold.startswith("--") else ("", *gold[2:].split("-"))
    )
    if (found[1], found[2]) != (int(month), int(day)):
        return False
    return not year or found[0] is None or found[0] == int(year)


def score_entries(entries: Sequence[dict[str, Any]]) -> Score:
    score = Score()
    for conference, entry in zip(conferences(entries), entries, strict=True):
        score_people(conference, entry, score)
        score_organisations(conference, entry, score)
        score_figures(conference, entry, score)
        score_place_and_date(conference, entry, score)
    return score


def report(name: str, count: int, score: Score) -> str:
    lines = [
        f"{name} ({count} articles)",
        f"  {'field':<18} {'P':>6} {'R':>6} {'F1':>6}  hits/found/gold",
    ]
    for field_name, tally in score.tallies.items():
        p, r, f = tally.prf()
        lines.append(
            f"  {field_name:<18} {p:6.3f} {r:6.3f} {f:6.3f}  {tally.hits}/{tally.found}/{tally.gold}"
        )
    return "\n".join(lines)


def silent_report(name: str, count: int, score: Score, floors: dict[str, float]) -> str:
    """A half scored without its figures: pass or fail per field against its floor."""
    lines = [f"{name} ({count} articles; scores not shown, pass or fail against its floor)"]
    for field_name, value in score.f1().items():
        floor = floors.get(field_name)
        verdict = "no floor" if floor is None else "fail" if value < floor - TOLERANCE else "pass"
        lines.append(f"  {field_name:<18} {verdict}")
    return "\n".join(lines)


def gate(
    results: dict[str, Score], floors: dict[str, dict[str, float]], silent: Iterable[str] = ()
) -> list[str]:
    """Fields whose F1 fell more than TOLERANCE below the pinned floor; a half in `silent` is
    named without its F1 or floor."""
    failures = []
    for split, score in results.items():
        for name, value in score.f1().items():
            floor = floors.get(split, {}).get(name)
            if floor is None or value >= floor - TOLERANCE:
                continue
            failures.append(
                f"{split} {name}: below its floor"
                if split in silent
                else f"{split} {name}: F1 {value:.3f} < floor {floor:.3f}"
            )
    return failures


def pin(results: dict[str, Score], baseline: Path) -> None:
    """Pin this run's F1 as the floors of the halves it scored; `--split dev --write` keeps the
    held-out floors as they were, so re-pinning the half rules are tuned on needs no look at the
    other; a fresh (blind) batch is never pinned: it is read, not gated."""
    floors = json.loads(baseline.read_text()) if baseline.exists() else {}
    floors.update({split: score.f1() for split, score in results.items() if split not in UNPINNED})
    baseline.write_text(json.dumps(floors, indent=2) + "\n")


def select(entries: list[dict[str, Any]], files: Sequence[str]) -> list[dict[str, Any]]:
    if not files:
        return entries
    wanted = {Path(f).resolve() for f in files}
    return [e for e in entries if "file" in e and Path(e["file"]).resolve() in wanted]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.facts", description=__doc__)
    parser.add_argument("files", nargs="*", help="score only the gold entries of these files")
    parser.add_argument("--gold", type=Path, action="append", help="annotations (JSON lines)")
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    parser.add_argument("--batch", help='score only this batch ("s12"; "dev-115" for the first)')
    parser.add_argument("--check", action="store_true", help="fail below the pinned floors")
    parser.add_argument("--write", action="store_true", help="pin this run's F1 as the floors")
    parser.add_argument(
        "--errors", action="store_true", help="print each miss and false hit of the dev half only"
    )
    args = parser.parse_args(argv)
    entries = select(load_gold(args.gold or [GOLD]), args.files)
    if args.batch:
        entries = [e for e in entries if batch_of(e) == args.batch]
    splits = SPLITS if args.split == "all" else (args.split,)
    silent = tuple(s for s in ("heldout", "fresh") if s != args.split)
    floors = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    results = {}
    for split in splits:
        chosen = [e for e in entries if e.get("split", "dev") == split]
        if chosen:
            results[split] = score_entries(chosen)
            if split in silent:
                print(silent_report(split, len(chosen), results[split], floors.get(split, {})))
            else:
                print(report(split, len(chosen), results[split]))
            if args.errors and split == "dev":
                print("\n".join(f"  {line}" for line in results[split].errors))
    if args.write:
        pin(results, BASELINE)
    if args.check:
        failures = gate(results, floors, silent)
        for line in failures:
            print(f"facts gate: {line}", file=sys.stderr)
        return 1 if failures else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
