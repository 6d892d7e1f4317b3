//! The checklists compiled into the app, so that they work offline from the first load:
//! the current versions, offered for new audits, and archived ones, kept so that drafts
//! started on them before their definition was stored on the device still open.

use std::sync::LazyLock;

use audit_core::{ChecklistRef, LoadedChecklist, parse_checklist};

/// A checklist with the exact text it was loaded from, which is what gets stored.
pub struct Bundled {
    pub text: &'static str,
    pub loaded: LoadedChecklist,
}

const CURRENT: &[&str] = &[
    include_str!("../static/checklists/supplier-due-diligence.json"),
    include_str!("../static/checklists/prevention-plan.json"),
    include_str!("../static/checklists/monitoring-visit.json"),
];

const ARCHIVED: &[&str] = &[include_str!(
    "../static/checklists/archive/supplier-due-diligence-0.1.0.json"
)];

fn load(texts: &'static [&'static str]) -> Vec<Bundled> {
    texts
        .iter()
        // The core's tests prove every bundled file valid, so this cannot fail in a release.
        .map(|text| Bundled {
            text,
            loaded: parse_checklist(text)
                .expect("bundled checklists are validated by the core tests"),
        })
        .collect()
}

static BUNDLED_CURRENT: LazyLock<Vec<Bundled>> = LazyLock::new(|| load(CURRENT));
static BUNDLED_ARCHIVED: LazyLock<Vec<Bundled>> = LazyLock::new(|| load(ARCHIVED));

/// The checklists a new audit can be started on.
pub fn current() -> &'static [Bundled] {
    &BUNDLED_CURRENT
}

/// The exact checklist an audit was started on (same id, version and content hash),
/// among the current and the archived ones.
pub fn find(reference: &ChecklistRef) -> Option<&'static Bundled> {
    current()
        .iter()
        .chain(BUNDLED_ARCHIVED.iter())
        .find(|b| b.loaded.reference() == *reference)
}
