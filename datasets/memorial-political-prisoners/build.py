#!/usr/bin/env python3
"""Builds the default data package from the research table.

Input:  research/published-figures.csv (copied verbatim from the project's research notes;
        see research/README.md for how every row was found and checked).
Output: counts.csv, sources.csv, categories.csv in this folder (datapackage.json, which
        describes them, is written by hand).

Nothing here estimates, interpolates or sums a count. The script only
  * gives every distinct (url, quoted sentence) a stable source id,
  * moves the few rows whose research category mixed counting bodies into a category of
    their own body (RECATEGORISE below, each with its reason),
  * leaves out the two rows that are percentages of new cases, not counts of people,
  * drops exact duplicate rows (same date, category, count and source).
Run it again after editing the research table: `python3 datasets/memorial-political-prisoners/build.py`.
The output is deterministic (sorted, no timestamps).
"""
import csv
import os
import re
import sys
from collections import OrderedDict

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
}

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

# id: (parent, en, fr, ru, uk, counting body, measure, description)
# A parent's children are parts of it that do not overlap (they may leave a remainder);
# a group that cuts across the parts (Ukrainian citizens on either list) has no parent.
# measure: stock = people held on the date; cumulative = everyone ever counted since a start;
# other = a count of cases or people that is neither (see description).
CATEGORIES = [
    ("total", "", "Recognised political prisoners (Memorial lists)",
     "Prisonniers politiques reconnus (listes de Memorial)",
     "Признанные политзаключённые (списки «Мемориала»)",
     "Визнані політв'язні (списки «Меморіалу»)",
     "Memorial", "stock",
     "Everyone on Memorial's lists of political prisoners on the date: one list until October 2016, "
     "then the general list plus the list of those persecuted for their religion. A minimum count."),
    ("political", "total", "General list (non-religious cases)",
     "Liste générale (affaires non religieuses)",
     "Общий список (нерелигиозные дела)", "Загальний список (нерелігійні справи)",
     "Memorial", "stock",
     "Memorial's general list of political prisoners: everyone not on the religious list."),
    ("religious", "total", "Persecuted for their religion",
     "Persécutés pour leur religion", "Преследуемые за религию", "Переслідувані за релігію",
     "Memorial", "stock",
     "Memorial's list of people deprived of liberty for exercising freedom of religion or for "
     "their religious affiliation (separate from October 2016)."),
    ("hizb_ut_tahrir", "religious", "Hizb ut-Tahrir cases (Memorial religious list)",
     "Affaires Hizb ut-Tahrir (liste religieuse de Memorial)",
     "Дела «Хизб ут-Тахрир» (религиозный список «Мемориала»)",
     "Справи «Хізб ут-Тахрір» (релігійний список «Меморіалу»)",
     "Memorial", "stock",
     "People on Memorial's religious list accused of involvement with Hizb ut-Tahrir."),
    ("jehovahs_witnesses", "religious", "Jehovah's Witnesses (Memorial lists)",
     "Témoins de Jéhovah (listes de Memorial)", "Свидетели Иеговы (списки «Мемориала»)",
     "Свідки Єгови (списки «Меморіалу»)", "Memorial", "stock",
     "Jehovah's Witnesses on Memorial's lists, imprisoned for their religious affiliation."),
    ("ukrainian_citizens_memorial", "", "Ukrainian citizens (Memorial lists)",
     "Citoyens ukrainiens (listes de Memorial)", "Граждане Украины (списки «Мемориала»)",
     "Громадяни України (списки «Меморіалу»)", "Memorial", "stock",
     "Ukrainian citizens on Memorial's lists, on either list (so not a part of one list). "
     "Memorial published no such count after 2016."),
    ("lgbt_people", "", "LGBT people", "Personnes LGBT", "ЛГБТ-люди", "ЛГБТ-люди",
     "none", "stock",
     "Named as a group of victims in advocacy material; no published count was found."),
    ("human_rights_defenders", "", "Human-rights defenders",
     "Défenseurs des droits humains", "Правозащитники", "Правозахисники",
     "none", "stock",
     "Named as a group of victims in advocacy material; no published count was found."),
    ("persecuted_not_in_custody", "", "Persecuted, not in custody (Memorial)",
     "Poursuivis, non détenus (Memorial)", "Преследуемые без содержания под стражей («Мемориал»)",
     "Переслідувані без утримання під вартою («Меморіал»)", "Memorial", "stock",
     "People Memorial counts as persecuted on political grounds but not held in custody; "
     "not part of the prisoner lists."),
    ("crimea_residents_on_memorial_lists", "", "Residents of Crimea (Memorial lists)",
     "Habitants de Crimée (listes de Memorial)", "Жители Крыма (списки «Мемориала»)",
     "Мешканці Криму (списки «Меморіалу»)", "Memorial", "stock",
     "Residents of Crimea on Memorial's lists, as stated by a Memorial speaker."),
    ("deprived_of_liberty_database", "", "Deprived of liberty, Memorial database",
     "Privés de liberté, base de données de Memorial", "Лишённые свободы, база данных «Мемориала»",
     "Позбавлені волі, база даних «Меморіалу»", "Memorial (Support for Political Prisoners)",
     "stock",
     "People deprived of liberty on politically motivated grounds recorded in the database of "
     "Support for Political Prisoners. Memorial: wider than the recognised lists."),
    ("hizb_ut_tahrir_prosecuted", "", "Hizb ut-Tahrir: prosecuted",
     "Hizb ut-Tahrir : poursuivis", "«Хизб ут-Тахрир»: преследуемые", "«Хізб ут-Тахрір»: переслідувані",
     "Memorial (Support for Political Prisoners)", "cumulative",
     "People prosecuted for involvement with Hizb ut-Tahrir, in Memorial's count."),
    ("hizb_ut_tahrir_convicted", "hizb_ut_tahrir_prosecuted", "Hizb ut-Tahrir: convicted",
     "Hizb ut-Tahrir : condamnés", "«Хизб ут-Тахрир»: осуждённые", "«Хізб ут-Тахрір»: засуджені",
     "Memorial (Support for Political Prisoners)", "cumulative",
     "Of those prosecuted for Hizb ut-Tahrir, the people convicted."),
    ("hizb_ut_tahrir_under_investigation_or_trial", "hizb_ut_tahrir_prosecuted",
     "Hizb ut-Tahrir: under investigation or on trial",
     "Hizb ut-Tahrir : en instruction ou en procès", "«Хизб ут-Тахрир»: под следствием или судом",
     "«Хізб ут-Тахрір»: під слідством або судом", "Memorial (Support for Political Prisoners)",
     "stock", "Of those prosecuted for Hizb ut-Tahrir, the people under investigation or on trial."),
    ("hizb_ut_tahrir_wanted", "hizb_ut_tahrir_prosecuted", "Hizb ut-Tahrir: wanted",
     "Hizb ut-Tahrir : recherchés", "«Хизб ут-Тахрир»: в розыске", "«Хізб ут-Тахрір»: у розшуку",
     "Memorial (Support for Political Prisoners)", "stock",
     "Of those prosecuted for Hizb ut-Tahrir, the people on a wanted list."),
    ("hizb_ut_tahrir_released_cumulative", "", "Hizb ut-Tahrir: released after serving sentence",
     "Hizb ut-Tahrir : libérés après leur peine", "«Хизб ут-Тахрир»: освобождённые после срока",
     "«Хізб ут-Тахрір»: звільнені після строку", "Memorial (Support for Political Prisoners)",
     "cumulative", "People convicted in Hizb ut-Tahrir cases released after serving their sentences."),
    ("cumulative_since_2009", "", "Ever on Memorial's lists since 2009",
     "Inscrits un jour sur les listes de Memorial depuis 2009",
     "Когда-либо в списках «Мемориала» с 2009 года", "Будь-коли у списках «Меморіалу» з 2009 року",
     "Memorial", "cumulative", "Everyone ever added to Memorial's lists since 2009."),
    ("cumulative_since_1999", "", "Ever imprisoned as political prisoners since 1999",
     "Emprisonnés comme prisonniers politiques depuis 1999",
     "Заключённые как политзаключённые с 1999 года", "Ув'язнені як політв'язні з 1999 року",
     "Memorial / Vyorstka", "cumulative",
     "People put behind bars since 1999 whom rights activists classify as political prisoners."),
    ("recognised_cumulative_since_2022-10", "", "Recognised since October 2022",
     "Reconnus depuis octobre 2022", "Признаны с октября 2022 года", "Визнані з жовтня 2022 року",
     "Memorial (Support for Political Prisoners)", "cumulative",
     "People recognised as political prisoners by the project since its launch in October 2022."),
    ("total_other_counter", "", "Political prisoners (Arkhipelag FSIN)",
     "Prisonniers politiques (Arkhipelag FSIN)", "Политзаключённые («Архипелаг ФСИН»)",
     "Політв'язні («Архіпелаг ФСВП»)", "Arkhipelag FSIN", "stock",
     "Political prisoners by the Arkhipelag FSIN project's own definition; not Memorial's lists."),
    ("ovdinfo_behind_bars", "", "Behind bars (OVD-Info)", "Derrière les barreaux (OVD-Info)",
     "За решёткой (ОВД-Инфо)", "За ґратами (ОВД-Інфо)", "OVD-Info", "stock",
     "People in OVD-Info's database of politically motivated prosecutions held in prisons "
     "and colonies."),
    ("ovdinfo_political_prisoners", "", "Prisoners for political reasons (OVD-Info)",
     "Prisonniers pour raisons politiques (OVD-Info)", "Заключённые по политическим мотивам (ОВД-Инфо)",
     "Ув'язнені з політичних мотивів (ОВД-Інфо)", "OVD-Info", "stock",
     "Prisoners for political reasons recorded by OVD-Info."),
    ("ovdinfo_prosecuted_cumulative_since_2012", "", "Politically prosecuted since 2012 (OVD-Info)",
     "Poursuivis pour raisons politiques depuis 2012 (OVD-Info)",
     "Политически преследуемые с 2012 года (ОВД-Инфо)", "Політично переслідувані з 2012 року (ОВД-Інфо)",
     "OVD-Info", "cumulative",
     "Everyone in OVD-Info's database of politically motivated criminal prosecutions."),
    ("politically_motivated_incarcerated_broad", "", "Incarcerated on politically motivated charges (broad)",
     "Incarcérés pour motifs politiques (au sens large)",
     "Заключённые по политически мотивированным обвинениям (в широком смысле)",
     "Ув'язнені за політично вмотивованими звинуваченнями (у широкому сенсі)",
     "Memorial (as summarised by a commentator)", "stock",
     "A broad estimate including people from occupied Ukraine; not the recognised lists."),
    ("occupied_territories_ukraine", "politically_motivated_incarcerated_broad",
     "People from occupied Ukraine (broad)", "Personnes des territoires occupés d'Ukraine (au sens large)",
     "Люди с оккупированных территорий Украины (в широком смысле)",
     "Люди з окупованих територій України (у широкому сенсі)",
     "Memorial (as summarised by a commentator)", "stock",
     "Of the broad count, people from Russian-occupied territories of Ukraine."),
    ("ukrainian_citizens", "", "Ukrainian citizens held by Russia (Ukrainian government and campaigns)",
     "Citoyens ukrainiens détenus par la Russie (gouvernement ukrainien et campagnes)",
     "Граждане Украины в заключении в России (правительство Украины и кампании)",
     "Громадяни України, утримувані Росією (уряд України та кампанії)",
     "Ukrainian government and campaigns (mixed)", "stock",
     "Ukrainian citizens held by Russia on political charges, by the Ukrainian foreign ministry, "
     "ombudsperson or campaigns; each observation names its body. Definitions differ."),
    ("ukrainian_citizens_in_custody", "ukrainian_citizens", "Ukrainian citizens in custody",
     "Citoyens ukrainiens en détention", "Граждане Украины под стражей", "Громадяни України під вартою",
     "Ukrainian ombudsperson", "stock",
     "Of the Ukrainian citizens persecuted, those held in custody."),
    ("ukrainian_citizens_in_crimea", "", "Ukrainian citizens held in occupied Crimea",
     "Citoyens ukrainiens détenus en Crimée occupée", "Граждане Украины в заключении в оккупированном Крыму",
     "Громадяни України, утримувані в окупованому Криму", "Ukrainian government and NGOs (mixed)",
     "stock", "Ukrainian political prisoners held in occupied Crimea."),
    ("ukrainian_citizens_in_russia", "", "Ukrainian citizens held in Russia",
     "Citoyens ukrainiens détenus en Russie", "Граждане Украины в заключении в России",
     "Громадяни України, утримувані в Росії", "Ukrainian foreign ministry", "stock",
     "Ukrainian political prisoners held in the Russian Federation (without Crimea)."),
    ("crimean_tatars", "", "Crimean Tatars", "Tatars de Crimée", "Крымские татары", "Кримські татари",
     "Ukrainian ombudsperson and NGOs (mixed)", "stock",
     "Crimean Tatars held on politically motivated charges; each observation names its body."),
    ("crimea_cases", "", "Held in 'Crimean cases'", "Détenus dans les « affaires de Crimée »",
     "Заключённые по «крымским делам»", "Ув'язнені у «кримських справах»",
     "human-rights defenders (unnamed)", "stock", "People held in the so-called Crimean cases."),
    ("crimea_political_prisoners_in_colonies", "", "Crimean political prisoners in colonies",
     "Prisonniers politiques de Crimée en colonies", "Крымские политзаключённые в колониях",
     "Кримські політв'язні в колоніях", "Crimean Tatar Resource Center", "stock",
     "Political prisoners from Crimea serving sentences in penal colonies."),
    ("crimean_tatars_in_colonies", "crimea_political_prisoners_in_colonies",
     "Crimean Tatars in colonies", "Tatars de Crimée en colonies", "Крымские татары в колониях",
     "Кримські татари в колоніях", "Crimean Tatar Resource Center", "stock",
     "Of the Crimean political prisoners in colonies, the Crimean Tatars."),
    ("crimea_pretrial_detention", "", "Crimean political prisoners in pre-trial detention",
     "Prisonniers politiques de Crimée en détention provisoire",
     "Крымские политзаключённые в СИЗО", "Кримські політв'язні в СІЗО",
     "Crimean Tatar Resource Center", "stock",
     "Political prisoners from Crimea held in pre-trial detention centres."),
    ("jehovahs_witnesses_imprisoned_eajw", "", "Jehovah's Witnesses in prison (EAJW)",
     "Témoins de Jéhovah en prison (EAJW)", "Свидетели Иеговы в заключении (ЕАСИ)",
     "Свідки Єгови в ув'язненні (ЄАСЄ)", "European Association of Jehovah's Witnesses", "stock",
     "Jehovah's Witnesses behind bars, convicted or awaiting sentence, by the association's count."),
    ("jehovahs_witnesses_cumulative_jailed", "", "Jehovah's Witnesses ever jailed since 2017",
     "Témoins de Jéhovah emprisonnés depuis 2017", "Свидетели Иеговы, заключённые с 2017 года",
     "Свідки Єгови, ув'язнені з 2017 року", "European Association of Jehovah's Witnesses (mixed)",
     "cumulative", "Jehovah's Witnesses ever sent to prison since the 2017 ban."),
    ("journalists", "", "Journalists in prison (CPJ)", "Journalistes en prison (CPJ)",
     "Журналисты в заключении (CPJ)", "Журналісти в ув'язненні (CPJ)",
     "Committee to Protect Journalists", "stock", "Journalists jailed in Russia, by CPJ's prison census."),
    ("journalists_ukrainian_citizens", "", "Ukrainian journalists in Russian prisons (CPJ)",
     "Journalistes ukrainiens dans les prisons russes (CPJ)",
     "Украинские журналисты в российских тюрьмах (CPJ)", "Українські журналісти в російських в'язницях (CPJ)",
     "Committee to Protect Journalists", "stock",
     "Journalists with Ukrainian citizenship jailed in Russia, by CPJ's prison census."),
    ("war_cases_suspects_or_accused", "", "War-related cases: suspects or accused",
     "Affaires liées à la guerre : suspects ou accusés",
     "Дела, связанные с войной: подозреваемые или обвиняемые",
     "Справи, пов'язані з війною: підозрювані або обвинувачені",
     "Memorial (Support for Political Prisoners)", "cumulative",
     "People made suspects or accused in politically motivated war-related criminal cases."),
    ("war_cases_russian_citizens", "war_cases_suspects_or_accused", "War-related cases: Russian citizens",
     "Affaires liées à la guerre : citoyens russes", "Дела, связанные с войной: граждане России",
     "Справи, пов'язані з війною: громадяни Росії", "Memorial (Support for Political Prisoners)",
     "cumulative", "Of the war-related cases, Russian citizens."),
    ("war_cases_ukrainian_citizens", "war_cases_suspects_or_accused",
     "War-related cases: Ukrainian citizens", "Affaires liées à la guerre : citoyens ukrainiens",
     "Дела, связанные с войной: граждане Украины", "Справи, пов'язані з війною: громадяни України",
     "Memorial (Support for Political Prisoners)", "cumulative", "Of the war-related cases, Ukrainian citizens."),
    ("war_cases_dual_russian_ukrainian", "war_cases_suspects_or_accused",
     "War-related cases: dual Russian-Ukrainian citizens",
     "Affaires liées à la guerre : double nationalité russe et ukrainienne",
     "Дела, связанные с войной: двойное гражданство России и Украины",
     "Справи, пов'язані з війною: подвійне громадянство Росії та України",
     "Memorial (Support for Political Prisoners)", "cumulative",
     "Of the war-related cases, people with both Russian and Ukrainian citizenship."),
    ("war_cases_other_citizenship", "war_cases_suspects_or_accused",
     "War-related cases: other citizenship", "Affaires liées à la guerre : autre nationalité",
     "Дела, связанные с войной: другое гражданство", "Справи, пов'язані з війною: інше громадянство",
     "Memorial (Support for Political Prisoners)", "cumulative",
     "Of the war-related cases, citizens of other countries."),
    ("war_cases_ukrainian_civilians", "war_cases_ukrainian_citizens",
     "War-related cases: Ukrainian civilians", "Affaires liées à la guerre : civils ukrainiens",
     "Дела, связанные с войной: украинские гражданские", "Справи, пов'язані з війною: українські цивільні",
     "Memorial (Support for Political Prisoners)", "cumulative",
     "Of the Ukrainian citizens in war-related cases, civilians."),
    ("war_cases_ukrainian_military", "war_cases_ukrainian_citizens",
     "War-related cases: Ukrainian military", "Affaires liées à la guerre : militaires ukrainiens",
     "Дела, связанные с войной: украинские военнослужащие",
     "Справи, пов'язані з війною: українські військовослужбовці",
     "Memorial (Support for Political Prisoners)", "cumulative",
     "Of the Ukrainian citizens in war-related cases, military personnel."),
    ("war_cases_deprived_of_liberty", "", "War-related cases: deprived of liberty",
     "Affaires liées à la guerre : privés de liberté", "Дела, связанные с войной: лишённые свободы",
     "Справи, пов'язані з війною: позбавлені волі", "Memorial (Support for Political Prisoners)",
     "stock", "People currently deprived of liberty in politically motivated war-related cases."),
    ("war_cases_ukrainians_life_sentence_since_2022", "", "Ukrainians sentenced to life since 2022",
     "Ukrainiens condamnés à perpétuité depuis 2022", "Украинцы, приговорённые к пожизненному с 2022 года",
     "Українці, засуджені до довічного з 2022 року", "Memorial (Support for Political Prisoners)",
     "cumulative", "Ukrainians sentenced to life imprisonment in war-related cases since 2022."),
]


def slug(text):
    s = re.sub(r"^https?://", "", text)
    s = re.sub(r"^(www\.|en\.|ru\.|rfe\.|us6\.)", "", s)
    host = s.split("/")[0]
    host = re.sub(r"\.(com|org|net|ru|ua|info|eu|cz|lt|ca|pk|media|site|ee|tv|co|news|online|de|life)$", "", host)
    host = re.sub(r"\.(com|org|net|ru|ua|info|eu|cz|lt|ca|pk|media|site|ee|tv|co|news|online|de|life)$", "", host)
    return re.sub(r"[^a-z0-9]+", "-", host.lower()).strip("-")


def main():
    src_path = os.path.join(HERE, "research", "published-figures.csv")
    with open(src_path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))

    sources = OrderedDict()      # (url, quote) -> source row
    per_host = {}
    counts = []
    seen = set()
    skipped_not_counts = 0
    for line, r in enumerate(rows, start=2):
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
                ("research_line", str(line)),
            ])
        sid = sources[key]["id"]
        category = r["category"]
        note = r["note"]
        re_cat = RECATEGORISE.get((r["date"], category))
        if re_cat:
            category, reason = re_cat
            note = (note + "; " if note else "") + f"research category '{r['category']}' moved here: {reason}"
        ident = (r["date"], category, sid)
        if ident in seen:
            continue  # an exact repeat of a row already kept (same date, category and source)
        seen.add(ident)
        counts.append(OrderedDict([
            ("date", r["date"]), ("category", category), ("count", r["count"]),
            ("qualifier", r["qualifier"]), ("source", sid), ("note", note),
        ]))

    known = {c[0] for c in CATEGORIES}
    missing = sorted({c["category"] for c in counts} - known)
    if missing:
        sys.exit(f"categories without a taxonomy entry: {missing}")

    counts.sort(key=lambda c: (c["date"], c["category"], c["source"]))

    def write(name, fieldnames, items):
        path = os.path.join(HERE, name)
        with open(path + ".tmp", "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=fieldnames, lineterminator="\n")
            w.writeheader()
            for it in items:
                w.writerow(it)
        os.replace(path + ".tmp", path)

    write("counts.csv", ["date", "category", "count", "qualifier", "source", "note"], counts)
    write("sources.csv", ["id", "publisher", "title", "url", "quote", "kind", "status", "research_line"],
          sorted(sources.values(), key=lambda s: s["id"]))
    cat_fields = ["id", "parent", "label_en", "label_fr", "label_ru", "label_uk", "counting_body",
                  "measure", "description"]
    write("categories.csv", cat_fields,
          [OrderedDict(zip(cat_fields, [c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]]))
           for c in CATEGORIES])

    print(f"{len(counts)} counts, {len(sources)} sources, {len(CATEGORIES)} categories; "
          f"{skipped_not_counts} percentage rows left out", file=sys.stderr)


if __name__ == "__main__":
    main()
