//! Parties and a finalized audit for the signing tests. The seeds are the W3C
//! vc-di-eddsa multi-key test pairs (tests/vectors/w3c-eddsa-jcs-2022/multiKeyPairs.json).

// Each test binary includes this module and uses only part of it.
#![allow(dead_code)]

use audit_core::signing::{ProofOptions, Role, SecretKey, Signatory, SignedDocument};
use audit_core::{AuditRecord, ChecklistRef, Compliance, Edit, HeaderField, Timestamp, Uuid};

pub const SEEDS: [&str; 4] = [
    "47eb3eba85ebb34ff469689dbfcb1b93baa648185ddfb734fff41a403185413b",
    "aa19f750f580107930df0f2b0201c0c7f4210b0e2f4a4493f72dac472ae0e551",
    "80265a36a929a88cbf7552de454210d8a30c3fa749f313501ad3f88df4c4df66",
    "7a60522e72cb404a149a4de0f6308922b34d0a66612a01a9e4198c97479cc28e",
];

pub fn key(index: usize) -> SecretKey {
    let seed: [u8; 32] = hex::decode(SEEDS[index]).unwrap().try_into().unwrap();
    SecretKey::from_seed(seed)
}

pub fn at(text: &str) -> Timestamp {
    Timestamp::parse(text).unwrap()
}

pub fn party(index: usize) -> Signatory {
    let (role, name, organisation) = [
        (Role::Auditor, "Amina Diallo", "Audit Partners"),
        (Role::SupplierRepresentative, "Carlos Ruiz", "Acme Textiles"),
        (
            Role::UnionRepresentative,
            "Fatima Zahra",
            "Textile Workers' Union",
        ),
        (Role::Witness, "Jean Martin", "Labour Inspectorate"),
    ][index];
    Signatory {
        role,
        name: name.into(),
        organisation: organisation.into(),
        did: key(index).did_key(),
    }
}

/// A finalized audit listing the auditor, the supplier and the union as signatories.
pub fn finalized_record() -> AuditRecord {
    let reference = ChecklistRef {
        id: "supplier-due-diligence".into(),
        version: "0.1.0".parse().unwrap(),
        sha256: "40867ba68b12c9d585f882cc4cb3a073c3b336b4e09b5c0c71767ea46a032801".into(),
    };
    let mut record = AuditRecord::new(
        Uuid::parse_str("9b2e4c61-0f3a-4d8e-a7b5-2c1d0e9f8a76").unwrap(),
        reference,
        at("2026-11-28T08:00:00Z"),
    );
    let now = at("2026-11-28T09:00:00Z");
    record.apply(
        Edit::Header(HeaderField::Supplier, "Acme Textiles — Werk Süd".into()),
        now.clone(),
    );
    record.apply(
        Edit::Answer {
            question: "E1".into(),
            value: Some(Compliance::No.into()),
        },
        now.clone(),
    );
    record.apply(
        Edit::Note {
            question: "E1".into(),
            note: "Passports in the HR safe 😟".into(),
        },
        now.clone(),
    );
    record.finalize(at("2026-11-28T10:00:00Z"));
    for index in 0..3 {
        record.add_signatory(party(index)).unwrap();
    }
    record
}

pub fn proof_options(index: usize, created: &str) -> ProofOptions {
    ProofOptions {
        id: Uuid::from_u128(0x1111_1111_1111_4111_8111_0000_0000_0000 + index as u128),
        created: at(created),
        signer: key(index).did_key(),
    }
}

/// The time the tests verify at: after every signature they make.
pub fn now() -> Timestamp {
    at("2026-11-30T12:00:00Z")
}

pub fn sign(document: &mut SignedDocument, index: usize) {
    *document = document
        .sign_with(&proof_options(index, "2026-11-28T11:00:00Z"), |data| {
            key(index).sign(data)
        })
        .unwrap();
}

pub fn signed_by(indices: &[usize]) -> SignedDocument {
    let mut document = SignedDocument::from_record(&finalized_record()).unwrap();
    for &index in indices {
        sign(&mut document, index);
    }
    document
}
