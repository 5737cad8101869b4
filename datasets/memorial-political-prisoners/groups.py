"""The report's five groups of victims, written by build.py to groups.csv, and which categories
belong to each (written to categories.csv's `groups` column).

A category may belong to two groups (Crimean Tatars are Ukrainian citizens and an ethnic and
religious minority), or to none: a count of every political prisoner at once (a whole list, a
database) belongs to no single group. Aliases are the names users type, in en, fr, ru and uk;
Tally matches them, and the ids, without regard to case. The headline is the series a group
stands for when one is asked for; it is empty where no body publishes a count, and the note then
says why.
"""

SEPARATOR = ";"

# id, (label_en, label_fr, label_ru, label_uk), aliases, headline category, note
GROUPS = [
    ("dissidents",
     ("Political dissidents", "Dissidents politiques", "Политические диссиденты", "Політичні дисиденти"),
     ["political dissidents", "dissidents politiques", "диссиденты", "политические диссиденты",
      "инакомыслящие", "дисиденти", "політичні дисиденти", "інакодумці"],
     "political",
     "The headline is Memorial's general list: every recognised political prisoner not on the "
     "religious list, so more than dissidents in a narrow sense. OVD-Info counts anti-war "
     "defendants and those held among them."),
    ("ukrainians",
     ("Ukrainian citizens", "Citoyens ukrainiens", "Граждане Украины", "Громадяни України"),
     ["ukrainian citizens", "ukrainiens", "citoyens ukrainiens", "украинцы", "граждане украины",
      "українці", "громадяни україни"],
     "crimea_political_prisoners_in_custody",
     "The headline counts political prisoners from occupied Crimea in custody (Crimean Tatar "
     "Resource Center), not every Ukrainian citizen held by Russia: the wider counts (Ukrainian "
     "officials, campaigns, Memorial's war-related cases) use other definitions and are separate series."),
    ("minorities",
     ("Ethnic and religious minorities", "Minorités ethniques et religieuses",
      "Этнические и религиозные меньшинства", "Етнічні та релігійні меншини"),
     ["ethnic and religious minorities", "minorités", "minorites", "minorités ethniques et religieuses",
      "меньшинства", "этнические и религиозные меньшинства", "меншини", "етнічні та релігійні меншини"],
     "religious",
     "The headline is Memorial's list of people persecuted for their religion; Crimean Tatars, an "
     "ethnic minority, are counted by Crimean and Ukrainian bodies in separate series."),
    ("lgbt",
     ("LGBT people", "Personnes LGBT", "ЛГБТ-люди", "ЛГБТ-люди"),
     ["LGBT people", "LGBTQ", "personnes LGBT", "ЛГБТ", "ЛГБТ-люди", "ЛГБТ люди"],
     "lgbt_extremism_convictions_cumulative",
     "No body publishes a count of LGBT people held on a date. What is counted is prosecutions and "
     "convictions over periods (since the 'LGBT movement' was declared extremist, and earlier "
     "'propaganda' cases): other measures, never to be read as people held."),
    ("defenders",
     ("Human-rights defenders", "Défenseurs des droits humains", "Правозащитники", "Правозахисники"),
     ["human-rights defenders", "human rights defenders", "défenseurs", "defenseurs",
      "défenseurs des droits humains", "défenseurs des droits de l'homme", "правозащитники",
      "правозахисники"],
     "",
     "No body publishes a count of imprisoned human-rights defenders: individual defenders are "
     "named in lists and reports, never counted as a group."),
]

# group id -> the categories that belong to it, in any order (categories.csv keeps taxonomy order).
MEMBERS = {
    "dissidents": [
        "political", "journalists", "journalists_sentenced_to_prison_in_year",
        "dissidents_antiwar_criminal_defendants_cumulative", "dissidents_antiwar_criminal_defendants_istories",
        "dissidents_antiwar_criminal_cases_cumulative", "dissidents_antiwar_criminal_proceedings",
        "dissidents_antiwar_imprisoned", "dissidents_antiwar_detentions_cumulative",
        "dissidents_protest_case_baymak",
    ],
    "ukrainians": [
        "ukrainian_citizens_memorial", "crimea_residents_on_memorial_lists", "occupied_territories_ukraine",
        "ukrainian_citizens", "ukrainian_citizens_in_custody", "ukrainian_citizens_in_crimea",
        "ukrainian_citizens_in_russia", "crimean_tatars", "crimea_cases",
        "crimea_political_prisoners_in_colonies", "crimean_tatars_in_colonies", "crimea_pretrial_detention",
        "crimea_persecuted_by_status", "crimea_on_probation", "crimea_released", "crimea_prosecuted_not_held",
        "crimean_tatars_on_probation", "crimean_tatars_in_pretrial_detention", "crimean_tatars_released",
        "crimean_tatars_prosecuted_not_held",
        "journalists_ukrainian_citizens", "war_cases_ukrainian_citizens", "war_cases_dual_russian_ukrainian",
        "war_cases_ukrainian_civilians", "war_cases_ukrainian_military",
        "war_cases_ukrainians_life_sentence_since_2022",
        "crimea_political_prisoners_in_custody", "crimean_tatars_in_custody", "crimea_political_prisoners",
        "crimea_political_prisoners_cumulative", "crimea_detained_political_reasons_cumulative",
        "crimea_ukrainian_citizens_prosecuted_cumulative",
        "crimea_terrorism_charge_205_5_arrested", "crimean_tatars_persecuted", "crimean_muslims_cases_in_custody",
        "ukrainian_citizens_noman_chelebidzhikhan_battalion_cases", "ukrainian_citizens_saboteur_spy_cases",
        "ucmc_list_of_kremlin_prisoners", "ukrainian_citizens_in_russian_prisons",
        "ukrainian_citizens_held_claimed", "ukrainian_civilians_held_by_russia",
        "ukrainian_civilians_detained_ccl", "ukrainian_citizens_in_russian_prisons_claimed",
        "war_cases_occupied_territories_prosecuted",
    ],
    "minorities": [
        "religious", "hizb_ut_tahrir", "jehovahs_witnesses", "hizb_ut_tahrir_prosecuted",
        "hizb_ut_tahrir_convicted", "hizb_ut_tahrir_under_investigation_or_trial", "hizb_ut_tahrir_wanted",
        "hizb_ut_tahrir_released_cumulative", "crimean_tatars", "crimean_tatars_in_colonies",
        "crimean_tatars_on_probation", "crimean_tatars_in_pretrial_detention", "crimean_tatars_released",
        "crimean_tatars_prosecuted_not_held",
        "jehovahs_witnesses_imprisoned_eajw", "jehovahs_witnesses_cumulative_jailed",
        "crimean_tatars_in_custody", "crimea_terrorism_charge_205_5_arrested", "crimean_tatars_persecuted",
        "crimean_muslims_cases_in_custody", "jehovahs_witnesses_in_custody", "jehovahs_witnesses_held_hrwf",
        "jehovahs_witnesses_held_washington_post", "jehovahs_witnesses_prosecuted_cumulative",
        "jehovahs_witnesses_prosecuted_cumulative_memorial", "jehovahs_witnesses_cumulative_custody",
        "jehovahs_witnesses_sentenced_to_prison_in_year", "religious_prisoners_hrwf_database",
        "jehovahs_witnesses_jailed_in_period", "said_nursi_readers", "tablighi_jamaat",
    ],
    "lgbt": [
        "lgbt_people", "lgbt_extremism_convictions_cumulative", "lgbt_extremism_criminal_convictions",
        "lgbt_extremism_criminal_charged", "lgbt_extremism_sentenced_to_prison",
        "lgbt_extremism_administrative_cases_hrw", "lgbt_extremism_administrative_cases",
        "lgbt_extremism_criminal_cases", "lgbt_propaganda_administrative_convictions",
        "lgbt_propaganda_cases_half_year", "lgbt_impacted_by_anti_lgbt_laws",
    ],
    "defenders": ["human_rights_defenders"],
}
