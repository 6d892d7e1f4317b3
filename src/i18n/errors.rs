//! The core's typed errors and labels as sentences in the user's language.

use audit_core::Language;
use audit_core::evidence::PhotoError;
use audit_core::signing::{
    DidKeyError, DocumentError, Invalidity, MAX_DOCUMENT_BYTES, MergeError, ProofFailure, Role,
    SignatoriesError, Signatory, StrictJsonError,
};
use audit_core::workflow::{Refusal, SummaryGist};

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

/// "Role: Name (Organisation)" in `language`.
pub fn who(signatory: &Signatory, language: Language) -> String {
    Text::SignatoryLine.fill(
        language,
        &[
            ("role", role(signatory.role, language)),
            ("name", &signatory.name),
            ("organisation", &signatory.organisation),
        ],
    )
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
        ProofFailure::TooLong {
            field,
            length,
            limit,
        } => Text::ProofTooLong.fill(
            language,
            &[
                ("field", field),
                ("length", &length.to_string()),
                ("limit", &limit.to_string()),
            ],
        ),
        ProofFailure::CreatedInFuture(value) => {
            Text::ProofCreatedInFuture.fill(language, &[("value", value)])
        }
        ProofFailure::DuplicateId(value) => {
            Text::ProofDuplicateId.fill(language, &[("value", value)])
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
        DocumentError::TooLarge { bytes } => Text::FileTooLarge.fill(
            language,
            &[
                ("bytes", &bytes.to_string()),
                ("limit", &(MAX_DOCUMENT_BYTES / (1024 * 1024)).to_string()),
            ],
        ),
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

pub fn signatories(e: &SignatoriesError, language: Language) -> String {
    match e {
        SignatoriesError::NotAList => Text::SignatoriesNotAList.get(language).to_owned(),
        SignatoriesError::Entry { index, reason } => Text::SignatoriesEntry.fill(
            language,
            &[("index", &index.to_string()), ("reason", reason)],
        ),
        SignatoriesError::Duplicate { index, did } => Text::SignatoriesDuplicate
            .fill(language, &[("index", &index.to_string()), ("did", did)]),
    }
}

/// One reason a signed document is not valid.
pub fn invalidity(problem: &Invalidity<'_>, language: Language) -> String {
    let who = |s| who(s, language);
    match problem {
        Invalidity::Signatories(e) => signatories(e, language),
        Invalidity::NoProof => Text::InvalidNoProof.get(language).to_owned(),
        Invalidity::Proof(proof, failure) => Text::InvalidProof.fill(
            language,
            &[
                ("number", &(proof.index + 1).to_string()),
                ("reason", &proof_failure(failure, language)),
            ],
        ),
        Invalidity::Unlisted(proof) => Text::InvalidUnlisted.fill(
            language,
            &[
                ("number", &(proof.index + 1).to_string()),
                (
                    "did",
                    &proof
                        .signer
                        .as_ref()
                        .map_or_else(String::new, ToString::to_string),
                ),
            ],
        ),
        Invalidity::Repeated(s) => {
            Text::SignedMoreThanOnce.fill(language, &[("signatory", &who(s))])
        }
        Invalidity::Missing(s) => Text::InvalidMissing.fill(language, &[("signatory", &who(s))]),
    }
}

fn summary_gist(gist: &SummaryGist, language: Language) -> String {
    let percent = gist
        .percent
        .map_or_else(|| "–".to_owned(), |p| format!("{p} %"));
    let alert = if gist.zero_tolerance_alert {
        Text::Yes
    } else {
        Text::No
    };
    Text::SummaryGist.fill(
        language,
        &[
            ("percent", &percent),
            ("critical", &gist.critical.to_string()),
            ("major", &gist.major.to_string()),
            ("minor", &gist.minor.to_string()),
            ("alert", alert.get(language)),
        ],
    )
}

/// What is wrong with a photo, in the user's language.
pub fn photo(e: &PhotoError, language: Language) -> String {
    match e {
        PhotoError::Hash(hash) => Text::PhotoBadHash.fill(language, &[("hash", hash)]),
        PhotoError::MediaType(kind) => Text::PhotoBadType.fill(language, &[("type", kind)]),
        PhotoError::TooLarge { size } => {
            Text::PhotoTooLarge.fill(language, &[("size", &size.to_string())])
        }
        PhotoError::Empty => Text::PhotoEmpty.get(language).to_owned(),
        PhotoError::Mismatch(hash) => {
            Text::PhotoMismatch.fill(language, &[("hash", hash.as_str())])
        }
    }
}

/// Why the workflow refused an action, as a sentence that says what to do.
pub fn refusal(refusal: &Refusal, language: Language) -> String {
    let nothing_changed =
        |reason: String| Text::ImportConflictDifferent.fill(language, &[("reason", &reason)]);
    match refusal {
        Refusal::Finalized => Text::RefusalFinalized.get(language).to_owned(),
        Refusal::NotFinalized => Text::DocumentNotFinalized.get(language).to_owned(),
        Refusal::SignatoriesLocked => Text::SignatoriesFixed.get(language).to_owned(),
        Refusal::AlreadyListed(name) => {
            Text::RefusalAlreadyListed.fill(language, &[("name", name)])
        }
        Refusal::NoSignatories => Text::DocumentNoSignatories.get(language).to_owned(),
        Refusal::NotListed(did) => {
            Text::RefusalNotListed.fill(language, &[("did", &did.to_string())])
        }
        Refusal::AlreadySigned(did) => {
            Text::RefusalAlreadySigned.fill(language, &[("did", &did.to_string())])
        }
        Refusal::ChecklistMissing { id, version } => {
            Text::RefusalChecklistMissing.fill(language, &[("id", id), ("version", version)])
        }
        Refusal::SummaryMismatch(mismatch) => Text::RefusalSummaryMismatch.fill(
            language,
            &[
                ("claimed", &summary_gist(&mismatch.claimed, language)),
                ("recomputed", &summary_gist(&mismatch.recomputed, language)),
            ],
        ),
        Refusal::TooManyPhotos { question, max } => Text::RefusalTooManyPhotos.fill(
            language,
            &[("question", question), ("max", &max.to_string())],
        ),
        Refusal::BadPhoto(e) => {
            Text::RefusalBadPhoto.fill(language, &[("reason", &photo(e, language))])
        }
        Refusal::DuplicatePhoto(question) => {
            Text::RefusalDuplicatePhoto.fill(language, &[("question", question)])
        }
        Refusal::NoSuchSlot { question, slot } => Text::RefusalNoSuchSlot.fill(
            language,
            &[("question", question), ("slot", &(slot + 1).to_string())],
        ),
        Refusal::NotAFinding(question) => {
            Text::RefusalNotAFinding.fill(language, &[("question", question)])
        }
        Refusal::ChangedWhileSigning => Text::RefusalChangedWhileSigning.get(language).to_owned(),
        Refusal::BadSignature(failure) => nothing_changed(proof_failure(failure, language)),
        Refusal::Document(e) | Refusal::Unreadable(e) => document(e, language),
        Refusal::NotAnAudit(reason) => {
            Text::ImportConflictNotAnAudit.fill(language, &[("reason", &reason.to_string())])
        }
        Refusal::IncomingNotFinalized => Text::ImportConflictNotFinalized.get(language).to_owned(),
        Refusal::InvalidSignatures(report) => nothing_changed(
            Refusal::first_invalidity(report)
                .map_or_else(String::new, |p| invalidity(&p, language)),
        ),
        Refusal::LocalDraft => Text::ImportConflictLocalDraft.get(language).to_owned(),
        Refusal::DifferentContent(e) => nothing_changed(merge(e, language)),
    }
}

/// Why a bundle could not be read or made, as a sentence naming the entry and what to do.
pub fn bundle(e: &audit_core::BundleError, language: Language) -> String {
    use audit_core::BundleError as E;
    let fill = |text: Text, values: &[(&str, &str)]| text.fill(language, values);
    match e {
        E::FileTooLarge { bytes } => {
            fill(Text::BundleFileTooLarge, &[("bytes", &bytes.to_string())])
        }
        E::NotAZip { reason } => fill(Text::BundleNotAZip, &[("reason", reason)]),
        E::Damaged { name, reason } => {
            fill(Text::BundleDamaged, &[("name", name), ("reason", reason)])
        }
        E::UnsafeName { name } => fill(Text::BundleUnsafeName, &[("name", name)]),
        E::DuplicateNames => fill(Text::BundleDuplicateNames, &[]),
        E::TooManyEntries { count } => {
            fill(Text::BundleTooManyEntries, &[("count", &count.to_string())])
        }
        E::TooLarge { name, size } => fill(
            Text::BundleTooLarge,
            &[("name", name), ("size", &size.to_string())],
        ),
        E::Bomb { name } => fill(Text::BundleBomb, &[("name", name)]),
        E::Encrypted { name } => fill(Text::BundleEncrypted, &[("name", name)]),
        E::Compression { name } => fill(Text::BundleCompression, &[("name", name)]),
        E::UnknownEntry { name } => fill(Text::BundleUnknownEntry, &[("name", name)]),
        E::NoAudit => fill(Text::BundleNoAudit, &[]),
        E::NotText { name } => fill(Text::BundleNotText, &[("name", name)]),
        E::NotAnAudit { reason } => fill(Text::BundleNotAnAudit, &[("reason", reason)]),
        E::NotAChecklist { reason } => fill(Text::BundleNotAChecklist, &[("reason", reason)]),
        E::OtherChecklist { expected } => {
            fill(Text::BundleOtherChecklist, &[("expected", expected)])
        }
        E::MissingPhoto { hash } => fill(Text::BundleMissingPhoto, &[("hash", hash)]),
        E::PhotoMismatch { name } => fill(Text::BundlePhotoMismatch, &[("name", name)]),
        E::ExtraPhoto { name } => fill(Text::BundleExtraPhoto, &[("name", name)]),
    }
}
