//! `audit-cli inspect` prints the document hash the app's printed report shows: the SHA-256
//! of the RFC 8785 canonical stored form (the record while unsigned, the signed document with
//! its proofs once anyone signed), whichever file of the audit it is given.

use std::process::{Command, Output};

use audit_core::canonical::sha256_hex;
use audit_core::signing::{
    ProofOptions, Role, SecretKey, Signatory, SignedDocument, canonical_bytes,
};
use audit_core::workflow::Audit;
use audit_core::{AuditRecord, Timestamp, Uuid, parse_checklist};
use serde_json::Value;

const CHECKLIST: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../static/checklists/supplier-due-diligence.json"
);

fn inspect(name: &str, content: &str) -> String {
    let dir = std::env::temp_dir().join(format!("audit-cli-hash-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    let out: Output = Command::new(env!("CARGO_BIN_EXE_audit-cli"))
        .args(["inspect", path.to_str().unwrap()])
        .output()
        .expect("the binary runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The hash on the `document sha256:` line.
fn printed_hash(output: &str) -> &str {
    output
        .lines()
        .find_map(|line| line.strip_prefix("document sha256: "))
        .unwrap_or_else(|| panic!("no document sha256 line in:\n{output}"))
}

/// SHA-256 of the canonical form of a JSON text, without the core's types in between.
fn canonical_sha256_of(text: &str) -> String {
    let value: Value = serde_json::from_str(text).unwrap();
    sha256_hex(&canonical_bytes(&value).unwrap())
}

fn at(text: &str) -> Timestamp {
    Timestamp::parse(text).unwrap()
}

fn key(byte: u8) -> SecretKey {
    SecretKey::from_seed([byte; 32])
}

fn draft() -> AuditRecord {
    let mut record: AuditRecord =
        serde_json::from_str(include_str!("fixtures/audit-record.json")).unwrap();
    let loaded = parse_checklist(&std::fs::read_to_string(CHECKLIST).unwrap()).unwrap();
    record.checklist = loaded.reference();
    record
}

#[test]
fn an_exported_draft_hashes_as_stored_without_its_summary() {
    let record = draft();
    let loaded = parse_checklist(&std::fs::read_to_string(CHECKLIST).unwrap()).unwrap();
    let stored = Audit::draft(record.clone()).stored().text;
    let exported = record.exported(Some(&loaded.checklist)).to_json_pretty();
    assert!(
        exported.contains("\"summary\""),
        "the export carries a summary"
    );

    let output = inspect("draft-export.json", &exported);
    let hash = printed_hash(&output);
    assert_eq!(
        hash,
        canonical_sha256_of(&stored),
        "the stored form is hashed"
    );
    assert_eq!(hash, Audit::draft(record).document_sha256());
    assert_ne!(
        hash,
        canonical_sha256_of(&exported),
        "not the export's text"
    );
    assert_eq!(printed_hash(&inspect("draft-stored.json", &stored)), hash);
}

#[test]
fn a_signed_document_hashes_with_its_proofs_and_names_each_signatory() {
    let mut record = draft();
    record.finalize(at("2026-11-28T10:00:00Z"));
    let parties = [
        (Role::Auditor, "Amina Diallo", "Audit Partners", key(1)),
        (
            Role::UnionRepresentative,
            "Fatima Zahra",
            "Textile Workers' Union",
            key(2),
        ),
    ];
    for (role, name, organisation, key) in &parties {
        record
            .add_signatory(Signatory {
                role: *role,
                name: (*name).into(),
                organisation: (*organisation).into(),
                did: key.did_key(),
            })
            .unwrap();
    }
    let options = ProofOptions {
        id: Uuid::from_u128(1),
        created: at("2026-11-28T11:00:00Z"),
        signer: key(1).did_key(),
    };
    let signed = SignedDocument::from_record(&record)
        .unwrap()
        .sign_with(&options, |data| key(1).sign(data))
        .unwrap()
        .to_json_pretty();

    let output = inspect("signed.json", &signed);
    assert_eq!(printed_hash(&output), canonical_sha256_of(&signed));
    assert_eq!(
        printed_hash(&output),
        Audit::from_stored(&signed).unwrap().document_sha256()
    );
    let auditor = key(1).did_key().fingerprint();
    let union = key(2).did_key().fingerprint();
    assert!(
        output.contains(&format!(
            "signatory Auditor Amina Diallo (Audit Partners) {auditor}: signed 2026-11-28T11:00:00Z"
        )),
        "{output}"
    );
    assert!(
        output.contains(&format!(
            "signatory Union representative Fatima Zahra (Textile Workers' Union) {union}: not signed"
        )),
        "{output}"
    );

    // A changed answer: the proof no longer verifies, so nobody counts as signed.
    let tampered = signed.replace("Plant 2", "Plant 3");
    let output = inspect("tampered.json", &tampered);
    assert!(
        output.contains(&format!("{auditor}: signature does not verify")),
        "{output}"
    );
    assert_eq!(printed_hash(&output), canonical_sha256_of(&tampered));
}
