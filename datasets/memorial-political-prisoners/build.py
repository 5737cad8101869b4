#!/usr/bin/env python3
"""Builds the default data package from the two research tables.

Input:  research/published-figures.csv (first pass) and research/published-figures-groups.csv
        (second pass, on the report's five groups), copied verbatim from the project's research
        notes; see research/README.md for how every row was found and checked.
        taxonomy.py (the categories), groups.py (the five groups and their categories),
        corrections.py (row rules for the merge, each with its reason), statuses.py (the CTRC's
        five statuses stated in quoted sentences the research made no rows for).
Output: counts.csv, sources.csv, categories.csv, groups.csv in this folder (datapackage.json,
        which describes them, is written by hand).

Nothing here estimates, interpolates or sums a count. The script only
  * gives every distinct (url, quoted sentence) a stable source id (first table first, so the
    ids of the first pass do not change),
  * moves the rows whose research category mixed counting bodies into a category of their own
    body (RECATEGORISE here and in corrections.py, each with its reason in the row's note),
  * writes the qualifier the quoted sentence uses where the research row had a looser one, the
    period of every count over a period, and what the second pass found about rows of the first
    (corrections.py; the reason goes into the row's note),
  * adds the figures a research row's quoted sentence states beside its own (statuses.py), each
    checked to be written in that sentence, with the sentence's words in the row's note,
  * notes on a whole's row where the parts published on its date do not add up to it
    (statuses.SUMS; both kept),
  * leaves out the two rows that are percentages of new cases, not counts of people,
  * drops exact duplicate rows (same date, category and source).
Run it again after editing a research table: `python3 datasets/memorial-political-prisoners/build.py`.
The output is deterministic (sorted, no timestamps).
"""
import csv
import os
import re
import sys
from collections import OrderedDict

sys.dont_write_bytecode = True   # no __pycache__ in the package folder
import corrections  # noqa: E402 (after the line above)
import groups  # noqa: E402
import statuses  # noqa: E402
from taxonomy import CATEGORIES, GROUP_CATEGORIES

HERE = os.path.dirname(os.path.abspath(__file__))

# status in the research table -> kind of source (how directly it reports Memorial's or the
# counting body's own statement). The source policy ranks by this.
KIND = {
    "confirmed_original": "original",
    "corrected": "original",          # a Memorial statement that corrects an outlet's misprint
    "confirmed_primary_outlet": "primary_outlet",
    "only_secondary": "reprint",
    "conflicting": "reprint",         # every such row is a translation or citation of Memorial
    "not_found": "unverified",
    "unchecked": "unverified",
    # the second research table's simpler scale
    "original": "original",
    "primary_outlet": "primary_outlet",
    "reprint": "reprint",
}

FIRST = "published-figures.csv"
SECOND = "published-figures-groups.csv"

# (date, research category, source url) -> (new category, reason)
RECATEGORISE = {
    ("2016-10-29", "ukrainian_citizens"): (
        "ukrainian_citizens_memorial",
        "counted on Memorial's lists, unlike the Ukrainian government's and campaigns' counts"),
    ("2022-12", "jehovahs_witnesses"): (
        "jehovahs_witnesses_imprisoned_eajw",
        "counted by the European Association of Jehovah's Witnesses, not Memorial"),
    ("2024-12-16", "jehovahs_witnesses"): (
        "jehovahs_witnesses_imprisoned_eajw",
        "counted by the European Association of Jehovah's Witnesses, not Memorial"),
}

NOT_COUNTS = {"percent"}



def slug(text):
    s = re.sub(r"^https?://", "", text)
    s = re.sub(r"^(www\.|en\.|ru\.|rfe\.|us6\.)", "", s)
    host = s.split("/")[0]
    host = re.sub(r"\.(com|org|net|ru|ua|info|eu|cz|lt|ca|pk|media|site|ee|tv|co|news|online|de|life)$", "", host)
    host = re.sub(r"\.(com|org|net|ru|ua|info|eu|cz|lt|ca|pk|media|site|ee|tv|co|news|online|de|life)$", "", host)
    return re.sub(r"[^a-z0-9]+", "-", host.lower()).strip("-")


def read_table(name):
    with open(os.path.join(HERE, "research", name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def add_note(note, more):
    return (note + "; " if note else "") + more


class Rules:
    """Looks up corrections.py's rules and remembers which were used, so none goes stale."""

    def __init__(self):
        self.used = set()

    def take(self, table_name, table, key):
        if key in table:
            self.used.add((table_name, key))
            return table[key]
        return None

    def unused(self):
        tables = {"QUALIFIER_FROM_WORDING": corrections.QUALIFIER_FROM_WORDING,
                  "RECATEGORISE": corrections.RECATEGORISE,
                  "FIRST_TABLE_NOTES": corrections.FIRST_TABLE_NOTES}
        return sorted(f"{name} {key}" for name, t in tables.items() for key in t if (name, key) not in self.used)


def merged_row(r, file_name, rules):
    """(date, category, count, qualifier, note) of one research row as the package keeps it."""
    date, category, note = r["date"], r["category"], r["note"]
    qualifier = corrections.QUALIFIER_SPELLING.get(r["qualifier"], r["qualifier"])
    if file_name == FIRST:
        re_cat = RECATEGORISE.get((date, category))
        if re_cat:
            category, reason = re_cat
            note = add_note(note, f"research category '{r['category']}' moved here: {reason}")
        extra = rules.take("FIRST_TABLE_NOTES", corrections.FIRST_TABLE_NOTES, (date, category, r["source_url"]))
        if extra:
            more, new_date = extra
            note = add_note(note, more)
            date = new_date or date
    else:
        key = (date, category, r["count"])
        re_cat = rules.take("RECATEGORISE", corrections.RECATEGORISE, key)
        if re_cat:
            category, reason = re_cat
            note = add_note(note, f"research category '{r['category']}' moved here: {reason}")
        wording = rules.take("QUALIFIER_FROM_WORDING", corrections.QUALIFIER_FROM_WORDING, key)
        if wording:
            new_qualifier, words = wording
            note = add_note(note, f"qualifier {new_qualifier} (research row: {r['qualifier']}): the source says '{words}'")
            qualifier = new_qualifier
    return date, category, r["count"], qualifier, note


def main():
    taxonomy = CATEGORIES + GROUP_CATEGORIES
    measure_of = {c[0]: c[7] for c in taxonomy}
    sources = OrderedDict()      # (url, quote) -> source row
    per_host = {}
    counts = []
    seen = set()
    skipped_not_counts = 0
    rules = Rules()
    anchors = {}                 # statuses.FROM_QUOTES key -> (research row, source id, file:line)
    for file_name in (FIRST, SECOND):
        for line, r in enumerate(read_table(file_name), start=2):
            if r["qualifier"] in NOT_COUNTS:
                skipped_not_counts += 1
                continue
            key = (r["source_url"], r["quote"])
            if key not in sources:
                host = slug(r["source_url"])
                per_host[host] = per_host.get(host, 0) + 1
                sources[key] = OrderedDict([
                    ("id", f"{host}-{per_host[host]}"),
                    ("publisher", r["source_publisher"]),
                    ("title", r["source_title"]),
                    ("url", r["source_url"]),
                    ("quote", r["quote"]),
                    ("kind", KIND[r["status"]]),
                    ("status", r["status"]),
                    ("research_file", file_name),
                    ("research_line", str(line)),
                ])
            sid = sources[key]["id"]
            anchor = (file_name, r["date"], r["category"], r["count"])
            if anchor in statuses.FROM_QUOTES:
                anchors[anchor] = (r, sid, f"{file_name}:{line}")
            date, category, count, qualifier, note = merged_row(r, file_name, rules)
            ident = (date, category, sid)
            if ident in seen:
                continue  # an exact repeat of a row already kept (same date, category and source)
            seen.add(ident)
            period = corrections.PERIODS.get(category, {}).get(date, "")
            if (measure_of.get(category) == "flow") != bool(period):
                sys.exit(f"{file_name}:{line}: {category} on {date}: a count over a period needs a period "
                         "in corrections.PERIODS, and only such a count may have one")
            counts.append(OrderedDict([
                ("date", date), ("category", category), ("count", count),
                ("qualifier", qualifier), ("period", period), ("source", sid), ("note", note),
            ]))

    for c in quoted_statuses(anchors, measure_of):
        ident = (c["date"], c["category"], c["source"])
        if ident in seen:
            sys.exit(f"statuses.py: {ident} is already a row of the research tables")
        seen.add(ident)
        counts.append(c)
    sum_notes(counts)

    if rules.unused():
        sys.exit("rules in corrections.py that match no research row: " + "; ".join(rules.unused()))
    known = set(measure_of)
    missing = sorted({c["category"] for c in counts} - known)
    if missing:
        sys.exit(f"categories without a taxonomy entry: {missing}")
    group_of = category_groups(known)

    counts.sort(key=lambda c: (c["date"], c["category"], c["source"]))

    def write(name, fieldnames, items):
        path = os.path.join(HERE, name)
        with open(path + ".tmp", "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=fieldnames, lineterminator="\n")
            w.writeheader()
            for it in items:
                w.writerow(it)
        os.replace(path + ".tmp", path)

    write("counts.csv", ["date", "category", "count", "qualifier", "period", "source", "note"], counts)
    write("sources.csv", ["id", "publisher", "title", "url", "quote", "kind", "status", "research_file",
                          "research_line"],
          sorted(sources.values(), key=lambda s: s["id"]))
    cat_fields = ["id", "parent", "label_en", "label_fr", "label_ru", "label_uk", "counting_body",
                  "measure", "description", "groups"]
    write("categories.csv", cat_fields,
          [OrderedDict(zip(cat_fields, list(c) + [group_of.get(c[0], "")])) for c in taxonomy])
    write("groups.csv", ["id", "label_en", "label_fr", "label_ru", "label_uk", "aliases", "headline", "note"],
          group_rows(known, group_of))

    print(f"{len(counts)} counts, {len(sources)} sources, {len(taxonomy)} categories, "
          f"{len(groups.GROUPS)} groups; {skipped_not_counts} percentage rows left out", file=sys.stderr)


def quoted_statuses(anchors, measure_of):
    """The rows of statuses.FROM_QUOTES, each checked against the quoted sentence it comes from."""
    out = []
    for anchor, rows in statuses.FROM_QUOTES.items():
        if anchor not in anchors:
            sys.exit(f"statuses.py: no research row {anchor}")
        r, sid, where = anchors[anchor]
        for category, count, excerpt, more in rows:
            if excerpt not in r["quote"]:
                sys.exit(f"statuses.py: {where}: the excerpt {excerpt!r} is not in the quoted sentence")
            if count not in re.findall(r"[0-9]+", excerpt):
                sys.exit(f"statuses.py: {where}: {count} is not a number written in {excerpt!r}")
            if measure_of.get(category) in (None, "flow"):
                sys.exit(f"statuses.py: {category}: not a category of the taxonomy, or a count over a period")
            note = (f"stated in the same quoted sentence as the research row of {r['category']} "
                    f"({r['count']}): '{excerpt}'")
            if more == statuses._LATE_2024:
                note = add_note(note, corrections._CTRC_LATE_2024)
            elif more:
                note = add_note(note, more)
            out.append(OrderedDict([
                ("date", r["date"]), ("category", category), ("count", count), ("qualifier", "exact"),
                ("period", ""), ("source", sid), ("note", note),
            ]))
    return out


def sum_notes(counts):
    """Where a whole of statuses.SUMS and every one of its parts have figures on one date, a
    whole that differs from the parts' sum gets a note saying so; nothing is changed or dropped."""
    by = {}
    for c in counts:
        by.setdefault((c["category"], c["date"]), []).append(c)
    for whole, parts in statuses.SUMS:
        for (category, date), rows in sorted(by.items()):
            if category != whole:
                continue
            figures = [sorted({int(p["count"]) for p in by.get((part, date), [])}) for part in parts]
            if any(len(f) != 1 for f in figures):
                continue   # a part missing, or given differently by two sources: no one sum to compare
            total = sum(f[0] for f in figures)
            for row in rows:
                if int(row["count"]) != total:
                    words = " + ".join(f"{f[0]} {part}" for f, part in zip(figures, parts))
                    row["note"] = add_note(row["note"], f"the parts published for {date} ({words}) add up to "
                                           f"{total}, not {row['count']}: both kept")
                    print(f"{whole} {date}: parts {total}, whole {row['count']}", file=sys.stderr)


def category_groups(known):
    """category id -> its groups, separated by groups.SEPARATOR, in the order of groups.GROUPS."""
    ids = [g[0] for g in groups.GROUPS]
    if sorted(groups.MEMBERS) != sorted(ids):
        sys.exit("groups.MEMBERS and groups.GROUPS name different groups")
    out = {}
    for gid in ids:
        for category in groups.MEMBERS[gid]:
            if category not in known:
                sys.exit(f"group {gid}: unknown category {category}")
            out.setdefault(category, []).append(gid)
    return {c: groups.SEPARATOR.join(g) for c, g in out.items()}


def group_rows(known, group_of):
    rows = []
    for gid, labels, aliases, headline, note in groups.GROUPS:
        if headline and (headline not in known or gid not in group_of.get(headline, "").split(groups.SEPARATOR)):
            sys.exit(f"group {gid}: headline {headline} is not one of its categories")
        if not headline and not note:
            sys.exit(f"group {gid}: a group without a headline needs a note saying why")
        names, folded = [], {gid}
        for name in list(labels) + aliases:   # every name users type, once each (case aside)
            if groups.SEPARATOR in name:
                sys.exit(f"group {gid}: alias {name!r} holds the separator")
            if name.casefold() not in folded:
                folded.add(name.casefold())
                names.append(name)
        rows.append(OrderedDict([("id", gid), ("label_en", labels[0]), ("label_fr", labels[1]),
                                 ("label_ru", labels[2]), ("label_uk", labels[3]),
                                 ("aliases", groups.SEPARATOR.join(names)), ("headline", headline),
                                 ("note", note)]))
    return rows


if __name__ == "__main__":
    main()
