//! The content corrections of checklists 1.1.0 (issue 12), each checked against the
//! wrong wording it replaced, so that none comes back unnoticed.
//!
//! Translations follow the terms of the ILO's own French, Spanish and Arabic texts of
//! the Forced Labour Convention (C029), its 2014 Protocol and the forced-labour indicators.

use std::path::Path;

use audit_core::{Checklist, Language, LocalizedText, parse_checklist};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../static/checklists");
const IDS: [&str; 3] = [
    "supplier-due-diligence",
    "prevention-plan",
    "monitoring-visit",
];

fn checklist(id: &str) -> Checklist {
    let path = Path::new(DIR).join(format!("{id}.json"));
    let text = std::fs::read_to_string(&path).unwrap();
    parse_checklist(&text).unwrap().checklist
}

fn question_text(c: &Checklist, id: &str, language: Language) -> String {
    let q = c
        .question(id)
        .unwrap_or_else(|| panic!("{}: no {id}", c.id));
    text(&q.text, language)
}

fn text(t: &LocalizedText, language: Language) -> String {
    assert!(t.has(language), "no {language:?} text");
    t.get(language).to_owned()
}

/// Arabic without its short-vowel and shadda marks, so that «السُّخرة» matches «السخرة».
fn bare_arabic(s: &str) -> String {
    s.chars()
        .filter(|c| !('\u{064B}'..='\u{0652}').contains(c))
        .collect()
}

/// Every text of a checklist with where it is, for the checks that run over all of them.
fn all_texts(c: &Checklist) -> Vec<(String, &LocalizedText)> {
    let mut texts = vec![
        ("title".to_owned(), &c.title),
        ("description".to_owned(), &c.description),
    ];
    for s in &c.sources {
        texts.push((format!("source {}", s.key), &s.citation));
    }
    for section in &c.sections {
        texts.push((format!("section {}", section.id), &section.title));
        texts.push((
            format!("section {} description", section.id),
            &section.description,
        ));
        for q in &section.questions {
            texts.push((format!("{} text", q.id), &q.text));
            texts.push((format!("{} guidance", q.id), &q.guidance));
            texts.push((format!("{} unit", q.id), &q.unit));
            for o in &q.options {
                texts.push((format!("{} option {}", q.id, o.id), &o.label));
            }
            for col in &q.columns {
                texts.push((format!("{} column {}", q.id, col.id), &col.label));
                texts.push((format!("{} column {} unit", q.id, col.id), &col.unit));
                for o in &col.options {
                    texts.push((
                        format!("{} column {} option {}", q.id, col.id, o.id),
                        &o.label,
                    ));
                }
            }
        }
    }
    texts
}

#[test]
fn a1_names_debt_bondage_and_indenture_in_ilo_terms() {
    let c = checklist("supplier-due-diligence");
    // Arabic: السخرة is corvée, عقود الإذعان are standard-form contracts.
    let ar = bare_arabic(&question_text(&c, "A1", Language::Ar));
    assert!(!ar.contains("سخرة"), "{ar}");
    assert!(!ar.contains("إذعان"), "{ar}");
    assert!(
        ar.contains("عبودية الدين"),
        "debt bondage as the ILO says it: {ar}"
    );
    assert!(ar.contains("العمل الجبري"), "{ar}");
    // Spanish: «por contrato de cumplimiento» is not a recognised term.
    let es = question_text(&c, "A1", Language::Es);
    assert!(!es.contains("contrato de cumplimiento"), "{es}");
    assert!(es.contains("servidumbre por deudas"), "{es}");
    assert!(es.contains("trabajo forzoso"), "{es}");
}

#[test]
fn spanish_keeps_union_monitors_apart_from_management_supervisors() {
    for id in IDS {
        let c = checklist(id);
        for (place, t) in all_texts(&c) {
            if !t.has(Language::Es) {
                continue;
            }
            let (en, es) = (t.get(Language::En), t.get(Language::Es));
            assert_eq!(
                es.to_lowercase().contains("supervis"),
                en.to_lowercase().contains("supervis"),
                "{id} {place}: «supervis…» only where the English means management supervisors: {es}"
            );
        }
    }
    let plan = checklist("prevention-plan");
    let visit = checklist("monitoring-visit");
    for (c, q) in [
        (&visit, "V3"),
        (&visit, "V4"),
        (&plan, "NR1"),
        (&plan, "UA1"),
    ] {
        assert!(
            question_text(c, q, Language::Es).contains("monitor"),
            "{q}: {}",
            question_text(c, q, Language::Es)
        );
    }
    for q in ["H1", "K2"] {
        let supplier = checklist("supplier-due-diligence");
        assert!(question_text(&supplier, q, Language::Es).contains("supervisores"));
    }
    assert!(question_text(&plan, "TR1", Language::Es).contains("supervisores"));
}

#[test]
fn f3_caps_each_repayment_and_the_whole_term_separately() {
    let c = checklist("supplier-due-diligence");
    let fr = question_text(&c, "F3", Language::Fr);
    assert!(!fr.contains("au total"), "{fr}");
    assert!(
        fr.contains("pas plus de 10 %") && fr.contains("six mois au plus"),
        "{fr}"
    );
    let es = question_text(&c, "F3", Language::Es);
    assert!(!es.contains("en total"), "{es}");
    assert!(
        es.contains("no más del 10 %") && es.contains("máximo de seis meses"),
        "{es}"
    );
    let ar = bare_arabic(&question_text(&c, "F3", Language::Ar));
    assert!(!ar.contains("إجمالية"), "{ar}");
    assert!(
        ar.contains("ألا يتجاوز القسط 10%") && ar.contains("ستة أشهر"),
        "{ar}"
    );
}

#[test]
fn the_french_training_title_keeps_gender() {
    let c = checklist("supplier-due-diligence");
    let training = c.sections.iter().find(|s| s.id == "training").unwrap();
    let fr = text(&training.title, Language::Fr);
    assert!(fr.contains("genre") && fr.contains("âge"), "{fr}");
}

#[test]
fn arabic_says_young_workers_not_little_workers() {
    for id in IDS {
        let c = checklist(id);
        for (place, t) in all_texts(&c) {
            if !t.has(Language::Ar) {
                continue;
            }
            let ar = bare_arabic(t.get(Language::Ar));
            // «العمال الصغار», «للعمال الصغار», «عمالًا صغارًا»: workers called little.
            let words: Vec<&str> = ar.split_whitespace().collect();
            for pair in words.windows(2) {
                assert!(
                    !(pair[0].contains("عمال") && pair[1].starts_with("صغار")),
                    "{id} {place}: {ar}"
                );
            }
        }
    }
    let c = checklist("supplier-due-diligence");
    let section = c
        .sections
        .iter()
        .find(|s| s.id == "child-young-workers")
        .unwrap();
    assert!(bare_arabic(&text(&section.title, Language::Ar)).contains("العمال الأحداث"));
}

#[test]
fn h1_asks_whether_workers_say_they_were_not_hit() {
    let c = checklist("supplier-due-diligence");
    let fr = question_text(&c, "H1", Language::Fr);
    assert!(!fr.contains("ne signalent"), "{fr}");
    assert!(!fr.contains("aucune violence"), "{fr}");
    assert!(fr.contains("disent-ils") && fr.contains("frappés"), "{fr}");
    let es = question_text(&c, "H1", Language::Es);
    assert!(es.contains("Dicen") && es.contains("golpeados"), "{es}");
    let ar = bare_arabic(&question_text(&c, "H1", Language::Ar));
    assert!(ar.contains("للضرب"), "{ar}");
}

fn cites(c: &Checklist, question: &str) -> Vec<String> {
    c.question(question).unwrap().tags.sources.clone()
}

fn citation(c: &Checklist, key: &str) -> String {
    text(&c.source(key).unwrap().citation, Language::En)
}

#[test]
fn the_eti_label_names_the_clauses_it_is_cited_for() {
    let supplier = checklist("supplier-due-diligence");
    let label = citation(&supplier, "S33");
    assert!(!label.contains("clause 1"), "{label}");
    assert!(
        label.contains("clause 2") && label.contains("clause 6"),
        "{label}"
    );
    for q in ["G1", "J1"] {
        assert!(cites(&supplier, q).contains(&"S33".to_owned()), "{q}");
    }
    let visit = checklist("monitoring-visit");
    let label = citation(&visit, "S33");
    assert!(
        !label.contains("clause 1") && label.contains("clause 2"),
        "{label}"
    );
}

#[test]
fn questions_cite_only_sources_that_support_them() {
    let supplier = checklist("supplier-due-diligence");
    for q in ["A3", "F5"] {
        assert!(
            cites(&supplier, q).iter().all(|k| !k.starts_with("S16")),
            "{q}: the FAR clause does not make this point"
        );
    }
    let visit = checklist("monitoring-visit");
    assert!(!cites(&visit, "V3").contains(&"S36".to_owned()));
    assert!(visit.source("S36").is_none(), "a comparison-only source");
    let plan = checklist("prevention-plan");
    for q in ["DS1", "DS2"] {
        assert!(
            !cites(&plan, q).contains(&"S24".to_owned()),
            "{q}: Dindigul does not address dissent"
        );
    }
    let design = citation(&plan, "SA1");
    assert!(design.contains("not an external source"), "{design}");
}

#[test]
fn weak_tags_are_gone() {
    use audit_core::Recommendation;
    let supplier = checklist("supplier-due-diligence");
    for q in ["A6", "D3", "N4"] {
        assert!(
            !supplier
                .question(q)
                .unwrap()
                .tags
                .rec
                .contains(&Recommendation::R1c),
            "{q} is not about a Rec. 1(c) contract clause"
        );
    }
    assert!(!supplier.question("D14").unwrap().tags.ilo.contains(&7));
    let visit = checklist("monitoring-visit");
    for q in ["V2", "V13", "V16"] {
        assert!(visit.question(q).unwrap().tags.ilo.is_empty(), "{q}");
    }
}

/// The group columns every disaggregated table shares, with the same options.
const GROUPS: [(&str, &[&str]); 3] = [
    ("sex", &["women", "men", "other-or-not-stated"]),
    ("age", &["under-18", "18-24", "25-plus"]),
    (
        "migrant",
        &[
            "international-migrant",
            "internal-migrant",
            "not-migrant",
            "not-known",
        ],
    ),
];

/// A disaggregated table: its question id, the group columns it has and its figures.
type Table = (
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
);

/// Per checklist, each disaggregated table.
const DISAGGREGATED: [(&str, &[Table]); 3] = [
    (
        "supplier-due-diligence",
        &[
            ("B9", &["sex", "age", "migrant"], &["workers"]),
            (
                "D15",
                &["sex", "age", "migrant"],
                &["interviewed", "paid-fees"],
            ),
            (
                "F9",
                &["sex", "age", "migrant"],
                &["sampled", "shortfall", "owed"],
            ),
            (
                "I5",
                &["sex", "migrant"],
                &["workers", "hazardous-or-night"],
            ),
            ("J12", &["sex", "age", "migrant"], &["raised", "resolved"]),
        ],
    ),
    (
        "monitoring-visit",
        &[
            (
                "V24",
                &["sex", "age", "migrant"],
                &["workforce", "interviewed"],
            ),
            (
                "V25",
                &["sex", "age", "migrant"],
                &[
                    "paid-fees",
                    "wage-shortfall",
                    "grievances-raised",
                    "grievances-resolved",
                ],
            ),
        ],
    ),
    (
        "prevention-plan",
        &[("KP3", &["sex", "age", "migrant"], &["baseline", "target"])],
    ),
];

#[test]
fn figures_are_broken_down_by_sex_age_band_and_migrant_status() {
    use audit_core::{AnswerType, ColumnType};
    for (id, tables) in DISAGGREGATED {
        let c = checklist(id);
        for &(question, groups, figures) in tables {
            let q = c
                .question(question)
                .unwrap_or_else(|| panic!("{id}: no {question}"));
            assert_eq!(q.answer_type, AnswerType::Table, "{id} {question}");
            for group in groups {
                let column = q.columns.iter().find(|col| col.id == *group).unwrap();
                let (_, options) = GROUPS.iter().find(|(g, _)| g == group).unwrap();
                let ids: Vec<&str> = column.options.iter().map(|o| o.id.as_str()).collect();
                assert_eq!(column.column_type, ColumnType::SingleChoice);
                assert_eq!(ids, *options, "{id} {question} {group}");
            }
            for figure in figures {
                let column = q.columns.iter().find(|col| col.id == *figure).unwrap();
                assert_eq!(column.column_type, ColumnType::Number, "{id} {question}");
                assert_eq!(column.min, Some(0.0), "{id} {question} {figure}");
            }
            // The figures are recorded, not scored.
            assert!(!q.is_scored(), "{id} {question}");
            assert!(q.tags.rec.contains(&audit_core::Recommendation::R4));
        }
    }
}

#[test]
fn the_figures_leave_the_score_unchanged() {
    use audit_core::{AnswerValue, AuditRecord, Cell, Edit, Row, Summary, Timestamp, Uuid};
    let text = std::fs::read_to_string(Path::new(DIR).join("supplier-due-diligence.json")).unwrap();
    let loaded = parse_checklist(&text).unwrap();
    let now = Timestamp::parse("2026-12-01T09:00:00Z").unwrap();
    let mut record = AuditRecord::new(Uuid::nil(), loaded.reference(), now.clone());
    let mut row = Row::new();
    row.insert("sex".into(), Cell::Text("women".into()));
    row.insert("migrant".into(), Cell::Text("not-known".into()));
    row.insert("workers".into(), Cell::Number(2.0));
    row.insert("hazardous-or-night".into(), Cell::Number(1.0));
    record.apply(
        Edit::Answer {
            question: "I5".into(),
            value: Some(AnswerValue::Rows(vec![row])),
        },
        now,
    );
    let summary = Summary::of(&loaded.checklist, &record);
    assert_eq!(summary.score.applicable, 0);
    assert_eq!(summary.findings.total(), 0);
    assert!(!summary.zero_tolerance_alert);
}
