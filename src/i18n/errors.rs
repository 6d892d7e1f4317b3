//! The core's typed errors and labels as sentences in the user's language.

use audit_core::Language;
use audit_core::signing::{
    DidKeyError, DocumentError, ImportConflict, MergeError, ProofFailure, Role, StrictJsonError,
};

use super::Text;

pub fn role(role: Role, language: Language) -> &'static str {
    match role {
        Role::Auditor => Text::Auditor,
        Role::SupplierRepresentative => Text::RoleSupplierRepresentative,
        Role::UnionRepresentative => Text::RoleUnionRepresentative,
        Role::Witness => Text::RoleWitness,
    }
    .get(language)
}

pub fn strict_json(e: &StrictJsonError, language: Language) -> String {
    let (line, column) = (e.line.to_string(), e.column.to_string());
    Text::StrictJsonInvalid.fill(
        language,
        &[("reason", &e.reason), ("line", &line), ("column", &column)],
    )
}

pub fn did_key(e: &DidKeyError, language: Language) -> String {
    match e {
        DidKeyError::NotDidKey(value) => Text::DidKeyNotDidKey.fill(language, &[("value", value)]),
        DidKeyError::NotBase58(value) => Text::DidKeyNotBase58.fill(language, &[("value", value)]),
        DidKeyError::NotEd25519(value) => {
            Text::DidKeyNotEd25519.fill(language, &[("value", value)])
        }
        DidKeyError::FragmentMismatch(value) => {
            Text::DidKeyFragmentMismatch.fill(language, &[("value", value)])
        }
    }
}

pub fn proof_failure(failure: &ProofFailure, language: Language) -> String {
    match failure {
        ProofFailure::NotAnObject => Text::ProofNotAnObject.get(language).to_owned(),
        ProofFailure::Missing(field) => Text::ProofMissingField.fill(language, &[("field", field)]),
        ProofFailure::Unexpected { field, expected } => {
            Text::ProofUnexpectedValue.fill(language, &[("field", field), ("expected", expected)])
        }
        ProofFailure::BadCreated(value) => {
            Text::ProofBadCreated.fill(language, &[("value", value)])
        }
        ProofFailure::BadProofValue => Text::ProofBadProofValue.get(language).to_owned(),
        ProofFailure::BadSigner(e) => did_key(e, language),
        ProofFailure::ContextMismatch => Text::ProofContextMismatch.get(language).to_owned(),
        ProofFailure::NotCanonicalizable(reason) => {
            Text::ContentNotCanonicalizable.fill(language, &[("reason", reason)])
        }
        ProofFailure::SignatureMismatch => Text::ProofSignatureMismatch.get(language).to_owned(),
    }
}

pub fn document(e: &DocumentError, language: Language) -> String {
    match e {
        DocumentError::Json(e) => strict_json(e, language),
        DocumentError::NotAnObject => Text::DocumentNotAnObject.get(language).to_owned(),
        DocumentError::NotFinalized => Text::DocumentNotFinalized.get(language).to_owned(),
        DocumentError::NoSignatories => Text::DocumentNoSignatories.get(language).to_owned(),
        DocumentError::Canonical(e) => {
            Text::ContentNotCanonicalizable.fill(language, &[("reason", &e.to_string())])
        }
    }
}

pub fn merge(e: &MergeError, language: Language) -> String {
    match e {
        MergeError::DifferentContent { ours, theirs } => {
            Text::MergeDifferentContent.fill(language, &[("ours", ours), ("theirs", theirs)])
        }
    }
}

pub fn import_conflict(e: &ImportConflict, language: Language) -> String {
    match e {
        ImportConflict::NotAnAudit(reason) => {
            Text::ImportConflictNotAnAudit.fill(language, &[("reason", &reason.to_string())])
        }
        ImportConflict::NotFinalized => Text::ImportConflictNotFinalized.get(language).to_owned(),
        ImportConflict::LocalDraft => Text::ImportConflictLocalDraft.get(language).to_owned(),
        ImportConflict::Different(e) => {
            Text::ImportConflictDifferent.fill(language, &[("reason", &merge(e, language))])
        }
    }
}
