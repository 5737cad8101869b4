"""Counts the Crimean Tatar Resource Center (CTRC) states in quoted sentences of the research
tables that the research did not make rows for: its five statuses of political prisoners from
Crimea, each with the Crimean Tatars among them (research/README.md: "Rows whose quote states
more figures than the research row ... are not extended"; issue 15 asks for them).

Each entry names a research row (its table, date, research category and count), whose source and
quoted sentence the new rows share, and the rows to add: (package category, count, excerpt). The
excerpt is copied from that quoted sentence; build.py refuses an entry whose excerpt is not in
the quote, or whose count is not a number written in the excerpt, so every row here can be
checked against its words. Nothing is summed, inferred or carried from one date to another.

Left out on purpose (each said in a row's note):
- 2023-06-06, "19 of them are representatives of the indigenous Crimean Tatar people": 19 of the
  36 on probation, or of the 288? The sentence does not say.
- 2024-09, "criminal cases have been opened against 34": the outlet's words do not say that these
  34 are the CTRC's fifth status (prosecuted, not held), and the release count is not quoted.
- 2025-08-15, "серед них 249 — кримські татари" (Crimean Tatars among the 431 cases since 2014):
  a figure of a cumulative count, not of a status; no category for it yet.
"""

FIRST = "published-figures.csv"
SECOND = "published-figures-groups.csv"

_LATE_2024 = "late2024"   # build.py adds corrections.py's note on the undated 2024 CTRC rows

# (research table, date, research category, research count) -> [(category, count, excerpt, note)]
FROM_QUOTES = {
    (FIRST, "2023-03-31", "crimea_pretrial_detention", "39"): [
        ("crimean_tatars_in_pretrial_detention", "26", "(39, 26 – Crimean Tatars)", ""),
    ],
    (FIRST, "2024", "crimea_pretrial_detention", "54"): [
        ("crimean_tatars_in_pretrial_detention", "33", "54 people, of which 33 are Crimean Tatars", _LATE_2024),
    ],
    (SECOND, "2023-06-06", "crimea_ukrainian_citizens_prosecuted_cumulative", "288"): [
        ("crimea_on_probation", "36", "36 of which have restrictions or a “trial period”",
         "of the at least 288 prosecuted; the sentence goes on '19 of them are representatives of the "
         "indigenous Crimean Tatar people', which may mean 19 of the 36 or of the 288: not made a row"),
    ],
    (SECOND, "2023-12-27", "crimea_pretrial_detention", "34"): [
        ("crimea_on_probation", "34", "мають обмеження чи випробувальний термін (34, 20 - кримські татари)", ""),
        ("crimean_tatars_on_probation", "20", "мають обмеження чи випробувальний термін (34, 20 - кримські татари)", ""),
        ("crimean_tatars_in_pretrial_detention", "25", "у СІЗО (34, 25 - кримські татари)", ""),
        ("crimea_released", "54", "звільнено (54, 34 - кримські татари)", ""),
        ("crimean_tatars_released", "34", "звільнено (54, 34 - кримські татари)", ""),
        ("crimea_prosecuted_not_held", "33", "переслідуються (33, 27 - кримські татари)", ""),
        ("crimean_tatars_prosecuted_not_held", "27", "переслідуються (33, 27 - кримські татари)", ""),
    ],
    (SECOND, "2024-09", "crimea_political_prisoners_in_colonies", "171"): [
        ("crimea_on_probation", "48", "another 48 persons are under restricted liberty or probation",
         "the same sentence ends 'criminal cases have been opened against 34', not made a row: its "
         "words do not say that these are the CTRC's fifth status (prosecuted, not held), and the "
         "number released is not quoted"),
    ],
    (SECOND, "2024-12-26", "crimea_pretrial_detention", "54"): [
        ("crimea_on_probation", "49", "мають обмеження чи випробувальний термін (49, 25 – кримські татари)", ""),
        ("crimean_tatars_on_probation", "25", "мають обмеження чи випробувальний термін (49, 25 – кримські татари)", ""),
        ("crimean_tatars_in_pretrial_detention", "33", "у СІЗО (54, 33 – кримські татари)", ""),
        ("crimea_released", "57", "звільнені (57, 35 – кримські татари)", ""),
        ("crimean_tatars_released", "35", "звільнені (57, 35 – кримські татари)", ""),
        ("crimea_prosecuted_not_held", "34", "переслідуються (34, 28 – кримські татари)", ""),
        ("crimean_tatars_prosecuted_not_held", "28", "переслідуються (34, 28 – кримські татари)", ""),
    ],
    (SECOND, "2025-08-15", "crimea_political_prisoners_in_colonies", "202"): [
        ("crimean_tatars_in_colonies", "117", "202 are convicted and serving sentences in penal colonies (117 are Crimean Tatars)", ""),
        ("crimea_on_probation", "57", "57 are under restrictions or probation (28 Crimean Tatars)", ""),
        ("crimean_tatars_on_probation", "28", "57 are under restrictions or probation (28 Crimean Tatars)", ""),
        ("crimean_tatars_in_pretrial_detention", "40", "75 are held in pretrial detention (40 Crimean Tatars)", ""),
        ("crimea_released", "61", "61 have been released (36 Crimean Tatars)", ""),
        ("crimean_tatars_released", "36", "61 have been released (36 Crimean Tatars)", ""),
        ("crimea_prosecuted_not_held", "36", "36 are currently being persecuted (28 Crimean Tatars)", ""),
        ("crimean_tatars_prosecuted_not_held", "28", "36 are currently being persecuted (28 Crimean Tatars)", ""),
    ],
}

# whole -> its parts, for the check build.py makes on every date where a whole and all its parts
# have figures (any source): parts that do not add up to the whole put a note on the whole's row,
# and both are kept.
_STATUSES = ["crimea_political_prisoners_in_colonies", "crimea_on_probation", "crimea_pretrial_detention",
             "crimea_released", "crimea_prosecuted_not_held"]
SUMS = [
    ("crimea_persecuted_by_status", _STATUSES),
    ("crimea_political_prisoners_in_custody", ["crimea_political_prisoners_in_colonies", "crimea_pretrial_detention"]),
    ("crimean_tatars_in_custody", ["crimean_tatars_in_colonies", "crimean_tatars_in_pretrial_detention"]),
]
