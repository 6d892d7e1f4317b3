//! Which question covers which item of the frameworks the checklists follow, measured
//! from the questions' tags and written to `docs/coverage.md`.
//!
//! The test fails when `docs/coverage.md` is stale, or when an item a checklist must
//! cover (or covered when the floor below was set) loses its last question. To rewrite
//! the document after a deliberate change:
//!
//! ```sh
//! UPDATE_COVERAGE=1 cargo test -p audit-core --test coverage
//! ```
//!
//! How an item is read from the tags (no tag field beyond the format's own is needed):
//! - ILO forced-labour indicators: `tags.ilo`;
//! - OECD due-diligence steps: `tags.oecd_step`;
//! - the three Rec. 1(c) contract clauses: `tags.rec` holds `"1(c)"` together with the
//!   ILO indicator the clause guards against (7 documents, 9 fees, 2 deception);
//! - FAR 52.222-50(h)(3), UK MSA s.54(5) and UNGP 31 items: a citation of the source
//!   entry for that item (`S16.h3i`…`S16.h3v`, `S17.5a`…`S17.5f`, `S11.31a`…`S11.31h`).

use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::Path;

use audit_core::{Checklist, Question, Recommendation, parse_checklist};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
const IDS: [&str; 3] = [
    "supplier-due-diligence",
    "prevention-plan",
    "monitoring-visit",
];

/// How a question is found to cover an item.
#[derive(Clone, Copy)]
enum Rule {
    Ilo(u8),
    Oecd(u8),
    /// Tagged Rec. 1(c) and with this ILO indicator.
    Rec1c(u8),
    Source(&'static str),
}

impl Rule {
    fn covered_by(self, q: &Question) -> bool {
        match self {
            Rule::Ilo(n) => q.tags.ilo.contains(&n),
            Rule::Oecd(n) => q.tags.oecd_step == Some(n),
            Rule::Rec1c(n) => q.tags.rec.contains(&Recommendation::R1c) && q.tags.ilo.contains(&n),
            Rule::Source(key) => q.tags.sources.iter().any(|s| s == key),
        }
    }
}

struct Framework {
    id: &'static str,
    title: &'static str,
    items: Vec<(String, String, Rule)>,
}

fn frameworks() -> Vec<Framework> {
    let ilo = [
        "Abuse of vulnerability",
        "Deception",
        "Restriction of movement",
        "Isolation",
        "Physical and sexual violence",
        "Intimidation and threats",
        "Retention of identity documents",
        "Withholding of wages",
        "Debt bondage",
        "Abusive working and living conditions",
        "Excessive overtime",
    ];
    let oecd = [
        "Embed responsible business conduct in policies and management systems",
        "Identify and assess adverse impacts",
        "Cease, prevent and mitigate adverse impacts",
        "Track implementation and results",
        "Communicate how impacts are addressed",
        "Provide for or cooperate in remediation",
    ];
    let rec1c = [
        (
            "documents",
            "No confiscation or withholding of identity documents",
            7,
        ),
        ("fees", "No recruitment fees charged to workers", 9),
        ("deception", "No misleading or fraudulent recruitment", 2),
    ];
    let far: [(&str, &str, &'static str); 5] = [
        ("(i)", "Awareness programme", "S16.h3i"),
        ("(ii)", "Reporting without retaliation; hotline", "S16.h3ii"),
        ("(iii)", "Recruitment and wage plan", "S16.h3iii"),
        ("(iv)", "Housing plan", "S16.h3iv"),
        (
            "(v)",
            "Preventing, monitoring and ending trafficking by agents and subcontractors",
            "S16.h3v",
        ),
    ];
    let msa: [(&str, &str, &'static str); 6] = [
        ("(a)", "Structure, business and supply chains", "S17.5a"),
        ("(b)", "Policies on slavery and human trafficking", "S17.5b"),
        ("(c)", "Due diligence processes", "S17.5c"),
        (
            "(d)",
            "Where the risks are, and the steps taken to assess and manage them",
            "S17.5d",
        ),
        (
            "(e)",
            "Effectiveness, measured against performance indicators",
            "S17.5e",
        ),
        ("(f)", "Training for staff", "S17.5f"),
    ];
    let ungp: [(&str, &str, &'static str); 8] = [
        ("(a)", "Legitimate", "S11.31a"),
        ("(b)", "Accessible", "S11.31b"),
        ("(c)", "Predictable", "S11.31c"),
        ("(d)", "Equitable", "S11.31d"),
        ("(e)", "Transparent", "S11.31e"),
        ("(f)", "Rights-compatible", "S11.31f"),
        ("(g)", "A source of continuous learning", "S11.31g"),
        ("(h)", "Based on engagement and dialogue", "S11.31h"),
    ];
    let keyed = |list: &[(&str, &str, &'static str)]| {
        list.iter()
            .map(|(id, name, key)| (id.to_string(), name.to_string(), Rule::Source(key)))
            .collect()
    };
    vec![
        Framework {
            id: "ilo",
            title: "ILO indicators of forced labour",
            items: (1..=11)
                .map(|n| (n.to_string(), ilo[n as usize - 1].to_owned(), Rule::Ilo(n)))
                .collect(),
        },
        Framework {
            id: "oecd",
            title: "OECD due-diligence steps",
            items: (1..=6)
                .map(|n| {
                    (
                        n.to_string(),
                        oecd[n as usize - 1].to_owned(),
                        Rule::Oecd(n),
                    )
                })
                .collect(),
        },
        Framework {
            id: "rec1c",
            title: "Rec. 1(c) contract clauses",
            items: rec1c
                .iter()
                .map(|(id, name, ilo)| (id.to_string(), name.to_string(), Rule::Rec1c(*ilo)))
                .collect(),
        },
        Framework {
            id: "far",
            title: "FAR 52.222-50(h)(3) compliance-plan elements",
            items: keyed(&far),
        },
        Framework {
            id: "msa",
            title: "UK Modern Slavery Act s.54(5) areas",
            items: keyed(&msa),
        },
        Framework {
            id: "ungp31",
            title: "UNGP 31 effectiveness criteria",
            items: keyed(&ungp),
        },
    ]
}

/// What each checklist must cover in full, by framework.
const FULL: [(&str, &[&str]); 3] = [
    (
        "supplier-due-diligence",
        &["ilo", "oecd", "rec1c", "far", "msa", "ungp31"],
    ),
    ("prevention-plan", &["ungp31", "oecd"]),
    ("monitoring-visit", &[]),
];

/// Items covered when 1.1.0 was published, beyond the full frameworks above: each must
/// keep at least one question. Raise the floor when coverage grows.
const FLOOR: [(&str, &[&str]); 3] = [
    ("supplier-due-diligence", &[]),
    (
        "prevention-plan",
        &["ilo:5", "ilo:6", "ilo:7", "ilo:8", "ilo:9"],
    ),
    (
        "monitoring-visit",
        &[
            "ilo:3",
            "ilo:5",
            "ilo:6",
            "ilo:7",
            "ilo:8",
            "ilo:9",
            "ilo:10",
            "ilo:11",
            "oecd:2",
            "oecd:4",
            "oecd:5",
            "oecd:6",
            "ungp31:(b)",
            "ungp31:(c)",
        ],
    ),
];

fn load(id: &str) -> Checklist {
    let path = Path::new(ROOT).join(format!("static/checklists/{id}.json"));
    parse_checklist(&std::fs::read_to_string(path).unwrap())
        .unwrap()
        .checklist
}

fn covering(checklist: &Checklist, rule: Rule) -> Vec<&str> {
    checklist
        .questions()
        .filter(|q| rule.covered_by(q))
        .map(|q| q.id.as_str())
        .collect()
}

/// `framework:item` for every item with at least one question.
fn covered(checklist: &Checklist) -> BTreeSet<String> {
    let mut set = BTreeSet::new();
    for framework in frameworks() {
        for (item, _, rule) in &framework.items {
            if !covering(checklist, *rule).is_empty() {
                set.insert(format!("{}:{item}", framework.id));
            }
        }
    }
    set
}

fn document(checklists: &[Checklist]) -> String {
    let frameworks = frameworks();
    let mut out = String::new();
    out.push_str(
        "# Coverage of the bundled checklists\n\n\
         Generated by `crates/audit-core/tests/coverage.rs` from the questions' tags; do not edit\n\
         by hand. After a change to a checklist, regenerate it with\n\
         `UPDATE_COVERAGE=1 cargo test -p audit-core --test coverage`. The test fails when this file\n\
         is stale, or when an item a checklist covers loses its last question.\n\n\
         How an item is read from the tags:\n\n\
         - **ILO indicators** and **OECD steps**: the `ilo` and `oecd_step` tags.\n\
         - **Rec. 1(c) clauses**: a question tagged `1(c)` together with the ILO indicator the\n  \
         clause guards against (7 identity documents, 9 recruitment fees, 2 deceptive recruitment).\n\
         - **FAR 52.222-50(h)(3)**, **UK MSA s.54(5)** and **UNGP 31**: a citation of the source\n  \
         entry for that item (`S16.h3i`–`S16.h3v`, `S17.5a`–`S17.5f`, `S11.31a`–`S11.31h`). In the\n  \
         supplier checklist, UNGP 31 is applied to the supplier's own grievance mechanism; in the\n  \
         plan, to the plan's grievance channel.\n\n\
         ## Summary\n\n",
    );
    out.push_str("| checklist | version |");
    for f in &frameworks {
        write!(out, " {} |", f.title).unwrap();
    }
    out.push_str("\n|---|---|");
    out.push_str(&"---|".repeat(frameworks.len()));
    out.push('\n');
    for c in checklists {
        write!(out, "| {} | {} |", c.id, c.version).unwrap();
        for f in &frameworks {
            let n = f
                .items
                .iter()
                .filter(|(_, _, rule)| !covering(c, *rule).is_empty())
                .count();
            write!(out, " {n}/{} |", f.items.len()).unwrap();
        }
        out.push('\n');
    }
    for c in checklists {
        write!(out, "\n## {} {}\n", c.id, c.version).unwrap();
        for f in &frameworks {
            write!(
                out,
                "\n### {}\n\n| item | | questions |\n|---|---|---|\n",
                f.title
            )
            .unwrap();
            for (item, name, rule) in &f.items {
                let questions = covering(c, *rule);
                let cell = if questions.is_empty() {
                    "—".to_owned()
                } else {
                    questions.join(", ")
                };
                writeln!(out, "| {item} | {name} | {cell} |").unwrap();
            }
        }
    }
    out
}

#[test]
fn each_checklist_covers_what_it_must() {
    let frameworks = frameworks();
    for (id, full) in FULL {
        let c = load(id);
        for f in frameworks.iter().filter(|f| full.contains(&f.id)) {
            for (item, name, rule) in &f.items {
                assert!(
                    !covering(&c, *rule).is_empty(),
                    "{id}: no question covers {} {item} ({name})",
                    f.title
                );
            }
        }
    }
    for (id, floor) in FLOOR {
        let covered = covered(&load(id));
        for item in floor {
            assert!(
                covered.contains(*item),
                "{id}: {item} has lost its last question"
            );
        }
    }
}

#[test]
fn the_coverage_document_is_up_to_date() {
    let checklists: Vec<Checklist> = IDS.iter().map(|id| load(id)).collect();
    let generated = document(&checklists);
    let path = Path::new(ROOT).join("docs/coverage.md");
    if std::env::var_os("UPDATE_COVERAGE").is_some() {
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/coverage.md is stale: run `UPDATE_COVERAGE=1 cargo test -p audit-core --test coverage` \
         and commit the result"
    );
}
