//! The checklists compiled into the app, so that they work offline from the first load.

use std::sync::LazyLock;

use audit_core::{ChecklistRef, LoadedChecklist, parse_checklist};

const SOURCES: &[&str] = &[include_str!(
    "../static/checklists/supplier-due-diligence.json"
)];

static BUNDLED: LazyLock<Vec<LoadedChecklist>> = LazyLock::new(|| {
    SOURCES
        .iter()
        // The core's tests prove every bundled file valid, so this cannot fail in a release.
        .map(|text| {
            parse_checklist(text).expect("bundled checklists are validated by the core tests")
        })
        .collect()
});

pub fn checklists() -> &'static [LoadedChecklist] {
    &BUNDLED
}

/// The exact checklist an audit was started on: same id, version and content hash.
pub fn find(reference: &ChecklistRef) -> Option<&'static LoadedChecklist> {
    checklists().iter().find(|c| c.reference() == *reference)
}
