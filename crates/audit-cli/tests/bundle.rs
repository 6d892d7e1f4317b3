//! `verify` and `inspect` on .zip bundles through the real binary: the document's proofs and
//! every photo's hash are checked; one changed photo byte fails the run and names the photo.

mod common;

use std::path::PathBuf;

use common::{run, stdout};

use audit_core::bundle::photo_entry;
use audit_core::{Bundle, PhotoHash};
use serde_json::{Value, json};

const CHECKLISTS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../static/checklists");
const PHOTOS: [&[u8]; 2] = [
    b"\xFF\xD8\xFF\xE0 photo of the HR safe \xFF\xD9",
    b"\xFF\xD8\xFF\xE0 photo of the dormitory \xFF\xD9",
];

/// Writes `content` to `name` in a folder of this test's own: tests run in parallel threads,
/// and each writes its own key and record under the same names.
fn scratch(name: &str, content: &[u8]) -> String {
    let test = std::thread::current()
        .name()
        .unwrap_or("main")
        .replace(|c: char| !c.is_ascii_alphanumeric(), "-");
    let dir: PathBuf =
        std::env::temp_dir().join(format!("audit-cli-bundle-{}-{test}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path.to_string_lossy().into_owned()
}

/// A finalized record with two photos on E1, signed by its one signatory with the CLI.
fn signed_bundle() -> Bundle {
    let key = run(&["keygen"]);
    let key_file = scratch("auditor.key.json", &key.stdout);
    let key: Value = serde_json::from_slice(&key.stdout).unwrap();
    let mut record: Value =
        serde_json::from_str(include_str!("fixtures/audit-record.json")).unwrap();
    record["finalized"] = json!("2026-11-28T10:00:00Z");
    record["checklist"]["sha256"] =
        json!("40867ba68b12c9d585f882cc4cb3a073c3b336b4e09b5c0c71767ea46a032801");
    record["signatories"] = json!([
        {"role": "auditor", "name": "Amina Diallo", "organisation": "Audit Partners", "did": key["did"]},
    ]);
    record["answers"]["E1"]["photos"] = PHOTOS
        .iter()
        .map(|bytes| {
            json!({"sha256": PhotoHash::of(bytes).as_str(), "media_type": "image/jpeg", "size": bytes.len()})
        })
        .collect();
    let record_file = scratch("record.json", record.to_string().as_bytes());
    let signed = run(&[
        "sign",
        "--key",
        &key_file,
        "--checklists",
        CHECKLISTS,
        &record_file,
    ]);
    assert!(
        signed.status.success(),
        "{}",
        String::from_utf8_lossy(&signed.stderr)
    );
    Bundle {
        audit: stdout(&signed),
        checklist: None,
        photos: PHOTOS
            .iter()
            .map(|bytes| (PhotoHash::of(bytes), bytes.to_vec()))
            .collect(),
    }
}

#[test]
fn a_bundle_verifies_with_its_photos_and_a_changed_photo_byte_fails() {
    let bundle = signed_bundle();
    let zip = bundle.to_zip().unwrap();
    let good = scratch("good.zip", &zip);
    let out = run(&["verify", &good]);
    assert!(out.status.success(), "{}", stdout(&out));
    assert!(
        stdout(&out).contains("VALID (1 proof(s))"),
        "{}",
        stdout(&out)
    );
    assert!(stdout(&out).contains("2 photo(s) match their SHA-256"));

    // Photos are stored, not deflated: their bytes are in the zip as they are.
    let changed = PhotoHash::of(PHOTOS[1]);
    let at = zip
        .windows(PHOTOS[1].len())
        .position(|w| w == PHOTOS[1])
        .unwrap();
    let mut tampered = zip.clone();
    tampered[at + 6] ^= 0x01;
    let bad = scratch("tampered.zip", &tampered);
    let out = run(&["verify", &good, &bad]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    let line = text.lines().find(|l| l.starts_with(&bad)).unwrap();
    assert!(line.contains("INVALID: bundle: "), "{line}");
    assert!(line.contains(&photo_entry(&changed)), "{line}");

    let json = run(&["verify", "--json", &good, &bad]);
    let reports: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(reports[0]["valid"], true);
    assert_eq!(reports[1]["valid"], false);
    assert!(
        reports[1]["error"]
            .as_str()
            .unwrap()
            .contains(&photo_entry(&changed))
    );
}

#[test]
fn inspect_lists_the_entries_the_document_and_each_photo() {
    let bundle = signed_bundle();
    let good = scratch("inspect.zip", &bundle.to_zip().unwrap());
    let out = run(&["inspect", &good]);
    assert!(out.status.success(), "{}", stdout(&out));
    let text = stdout(&out);
    assert!(text.contains("(3 entries)"), "{text}");
    assert!(text.contains("  audit.json "), "{text}");
    assert!(text.contains("audit.json: 1 proof(s)"), "{text}");
    assert!(
        text.contains("audit record 9b2e4c61-0f3a-4d8e-a7b5-2c1d0e9f8a76"),
        "{text}"
    );
    for bytes in PHOTOS {
        let line = format!("photo {}: ", photo_entry(&PhotoHash::of(bytes)));
        assert!(text.contains(&line), "{text}");
    }

    // A changed byte: the zip's CRC no longer matches, and the photo is named.
    let mut zip = bundle.to_zip().unwrap();
    let at = zip
        .windows(PHOTOS[0].len())
        .position(|w| w == PHOTOS[0])
        .unwrap();
    zip[at + 6] ^= 0x01;
    let bad = scratch("inspect-bad.zip", &zip);
    let out = run(&["inspect", &bad]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    let invalid = text.lines().find(|l| l.starts_with("INVALID: ")).unwrap();
    assert!(
        invalid.contains(&photo_entry(&PhotoHash::of(PHOTOS[0]))),
        "{text}"
    );
}
