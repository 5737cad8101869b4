"""Row rules build.py applies when merging the research tables, each with its reason.

Nothing here changes a count. A rule moves a row to the category of its own counting body, says
how the source words a number (its qualifier), names the period of a count over a period, or
adds to a row's note what the second research pass found about it (research/README.md,
"Points to weigh"). build.py fails if a rule matches no row, so a rule cannot go stale silently.
"""

# The second research table spells one qualifier differently; same meaning.
QUALIFIER_SPELLING = {"approximate": "approx"}

# Second table, (date, research category, count) -> (qualifier, the source's words). The research
# rows say "at least" or "approximately" where the quoted sentence says "more than" or "almost";
# the package has a qualifier for each, and keeps the source's own wording.
QUALIFIER_FROM_WORDING = {
    ("2023-03-31", "crimean_tatars", "110"): ("more_than", "more than 110"),
    ("2024", "dissidents_antiwar_imprisoned", "260"): ("more_than", "более 260 (more than 260)"),
    ("2025-02-17", "political_prisoners_un_special_rapporteur", "2000"): ("more_than", "more than 2000"),
    ("2024-06-29", "ukrainian_citizens_held_claimed", "14000"): ("more_than", "over 14,000"),
    ("2023-02-22", "dissidents_antiwar_detentions_cumulative", "20000"): ("close_to", "почти 20 000 (almost 20,000)"),
    ("2024-08", "dissidents_antiwar_criminal_proceedings", "1000"): ("close_to", "knapp 1000 (just under 1,000)"),
    ("2024-08", "dissidents_antiwar_imprisoned", "300"): ("close_to", "Fast 300 (almost 300)"),
    ("2023-12-25", "jehovahs_witnesses_prosecuted_cumulative", "800"): ("close_to", "almost 800"),
    ("2024-05-15", "ukrainian_civilians_held_by_russia", "1700"): ("close_to", "nearly 1,700"),
}

_EAJW = "jehovahs_witnesses_imprisoned_eajw"
# Second table, (date, research category, count) -> (package category, reason). The research
# category names a kind of figure; the package keeps one counting body per category.
RECATEGORISE = {
    ("2022-08-22", "dissidents_antiwar_criminal_defendants_cumulative", "212"): (
        "dissidents_antiwar_criminal_defendants_istories",
        "counted by iStories, a media outlet, not OVD-Info"),
    ("2018-06-20", "jehovahs_witnesses", "17"): (
        "jehovahs_witnesses_held_washington_post",
        "a Washington Post editorial's count, not Memorial's lists"),
    ("2019-05-24", "jehovahs_witnesses", "32"): (
        _EAJW, "counted by the European Association of Jehovah's Witnesses, not Memorial"),
    ("2019-08-19", "jehovahs_witnesses", "38"): (
        "jehovahs_witnesses_held_hrwf", "counted by Human Rights Without Frontiers, not Memorial"),
    ("2020-12", "jehovahs_witnesses", "45"): (
        _EAJW, "counted by the Jehovah's Witnesses themselves ('the group' in RFE/RL), whose figures "
        "the European Association publishes; not Memorial"),
    ("2021-02-26", "jehovahs_witnesses", "51"): (
        _EAJW, "counted by the European Association of Jehovah's Witnesses, not Memorial"),
    ("2021-08", "jehovahs_witnesses_prosecuted_cumulative", "555"): (
        "jehovahs_witnesses_prosecuted_cumulative_memorial",
        "stated by Memorial, not by the European Association of Jehovah's Witnesses"),
    ("2021-05-18", "crimean_tatars_in_custody", "78"): (
        "crimean_tatars", "counted by the Ukrainian ombudsperson, not the Crimean Tatar Resource Center"),
    ("2023-08-15", "crimea_political_prisoners_in_custody", "138"): (
        "crimea_political_prisoners",
        "counted by the Office of the President of Ukraine in Crimea, not the Crimean Tatar Resource Center"),
    ("2025-08-15", "crimea_cases_cumulative_since_2014", "431"): (
        "crimea_persecuted_by_status",
        "the CTRC's total of the five statuses it gives the same day (statuses.py: 202 in colonies, "
        "57 on probation or restricted, 75 in pre-trial detention, 61 released, 36 prosecuted but "
        "not held): everyone on its list on the date, whatever their status; 'cumulative since 2014' "
        "because people stay on the list after release, as the category's description says"),
    ("2024-02-15", "lgbt_extremism_administrative_cases", "3"): (
        "lgbt_extremism_administrative_cases_hrw", "counted by Human Rights Watch, not Slovo Zashite"),
}

# Package category -> {date: period} for counts over a period (measure `flow`); the date is the
# end of the period, at the source's precision.
PERIODS = {
    "religious_prisoners_hrwf_database": {"2019-08": "2019-01/2019-08"},
    "jehovahs_witnesses_jailed_in_period": {"2019-08": "2019-01/2019-08"},
    "said_nursi_readers": {"2019-08": "2019-01/2019-08"},
    "tablighi_jamaat": {"2019-08": "2019-01/2019-08"},
    "jehovahs_witnesses_sentenced_to_prison_in_year": {"2023": "2023"},
    "journalists_sentenced_to_prison_in_year": {"2025": "2024/2025"},
    "lgbt_propaganda_administrative_convictions": {"2022": "2022"},
    "lgbt_propaganda_cases_half_year": {"2022-06": "2022-01/2022-06"},
    "lgbt_impacted_by_anti_lgbt_laws": {"2024": "2022/2024"},
    "ovdinfo_new_prosecuted_in_year": {"2024": "2024"},
}

_CTRC_LATE_2024 = (
    "dated only to 2024 by its source; published after the CTRC's end-of-September 2024 release "
    "(362 people) and matching its 26 Dec 2024 release (371) in every status but one (176 here, "
    "177 there, in colonies): October to December 2024, most likely November-December (second "
    "research pass). The year is kept because a date here cannot name a span of months; a more "
    "precise figure in 2024 supersedes it in analysis")
_WAR_CASES = ("Radio Svoboda's publication date; Meduza, citing the same release, dates its data "
              "18 Feb 2026 (second research pass)")
_SVOBODA_WAR = "https://www.svoboda.org/a/memorial-vlasti-rf-vozbudili-bolee-4000-politicheskih-del/33687193.html"
_FRONTLINES = ("https://ukrainefrontlines.com/news/occupied-crimea/since-the-beginning-of-the-annexation-"
               "of-crimea-370-crimeans-have-faced-politically-motivated-criminal-prosecution-according-"
               "to-the-crimean-resource-center")

# First table, (date, category, source url) -> (note to add, new date or None). What the second
# research pass found about rows of the first (research/README.md, "Points to weigh").
FIRST_TABLE_NOTES = {
    ("2024", "crimea_political_prisoners_in_colonies", _FRONTLINES): (_CTRC_LATE_2024, None),
    ("2024", "crimea_pretrial_detention", _FRONTLINES): (_CTRC_LATE_2024, None),
    ("2024", "crimean_tatars_in_colonies", _FRONTLINES): (_CTRC_LATE_2024, None),
    ("2019-05-24", "jehovahs_witnesses_cumulative_jailed", "https://jw-russia.org/en/news/2019/05/878.html"): (
        "the number ever sent to prison since 2017, not the number held: 32 were in custody that day "
        "(jehovahs_witnesses_imprisoned_eajw, same association)", None),
    ("2018-10-30", "religious", "https://belsat.eu/ru/news/zhertvy-terrora-krasnogo-bolshogo-i-novejshego/"): (
        "backed by Memorial's own bulletin of 27 Sep 2018, which gives 141 names on the religious list "
        "(row of 2018-09-27); Belsat's 141 may describe that list rather than 30 October", None),
    ("2019-05-03", "ukrainian_citizens", "https://en.hromadske.ua/posts/what-we-know-about-23-crimean-tatars-detained-in-march"): (
        "conflicts with 'about 70' Ukrainian political prisoners in Russia and Crimea (Ukrinform, "
        "April 2019, row of 2019-04): each keeps its row", None),
    ("2019-03", "total", "https://www.cbc.ca/news/politics/russia-political-prisoners-irwin-cotler-1.5169662"): (
        "the report's own date is 25 March 2019, when Memorial's lists held 182 religious and 54 "
        "general names (rows of 2019-03-25)", None),
    ("2024", "ovdinfo_political_prisoners", "https://euro.dayfr.com/trends/2313439.html"): (
        "dated 2024-11 (was 2024): the same AFP article cites Memorial's list of 778 names, reached "
        "on 12 Nov 2024, as the second research pass found when dating its 7,000 row", "2024-11"),
}
for _category in ("war_cases_suspects_or_accused", "war_cases_russian_citizens", "war_cases_ukrainian_citizens",
                  "war_cases_dual_russian_ukrainian", "war_cases_other_citizenship", "war_cases_ukrainian_civilians",
                  "war_cases_ukrainian_military", "war_cases_deprived_of_liberty",
                  "war_cases_ukrainians_life_sentence_since_2022"):
    FIRST_TABLE_NOTES[("2026-02-24", _category, _SVOBODA_WAR)] = (_WAR_CASES, None)
