mod common;

use audit_core::parse_checklist;

#[test]
fn the_hash_is_pinned() {
    // If this changes, every saved audit loses the link to its checklist:
    // only change it together with a new checklist format version. Cross-checked
    // with Python: sha256(json.dumps(d, sort_keys=True, separators=(",", ":"))).
    assert_eq!(
        common::minimal().sha256,
        "6368fb646075dc29813164087da458ba32c46013cdaa9ccd552cf0438884c9bd"
    );
}

#[test]
fn key_order_and_whitespace_do_not_change_the_hash() {
    let reordered =
        parse_checklist(include_str!("fixtures/minimal-checklist-reordered.json")).unwrap();
    assert_eq!(reordered.sha256, common::minimal().sha256);
    assert_eq!(reordered.checklist, common::minimal().checklist);
}

#[test]
fn any_change_of_content_changes_the_hash() {
    let changed = common::MINIMAL.replace("own passports", "own passport");
    assert_ne!(
        parse_checklist(&changed).unwrap().sha256,
        common::minimal().sha256
    );
}

#[test]
fn the_reference_names_id_version_and_hash() {
    let loaded = common::minimal();
    let reference = loaded.reference();
    assert_eq!(reference.id, "minimal");
    assert_eq!(reference.version.to_string(), "1.2.3");
    assert_eq!(reference.sha256, loaded.sha256);
    assert_eq!(reference.sha256.len(), 64);
}
