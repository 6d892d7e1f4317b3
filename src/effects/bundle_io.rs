//! Bundles (.zip) and spreadsheets (CSV) between this device's storage and files.
//!
//! Exports read the photo bytes and the checklist text from IndexedDB and let the core write
//! the file. An import is read and checked whole by the core before anything is stored; its
//! photos (named by their SHA-256) and its checklist (named by its canonical SHA-256) are
//! content-addressed, so storing them can never replace anything different; the audit itself
//! then goes through the same take-in as a signed JSON file, which never overwrites local work.

use std::collections::BTreeMap;

use audit_core::export::{actions_csv, answers_csv};
use audit_core::workflow::{Audit, Incoming, Refusal};
use audit_core::{Bundle, BundleError, Checklist, Day, Language, parse_checklist};

use super::{clock, download};
use crate::i18n::spreadsheet::SpreadsheetWords;
use crate::i18n::{Text, errors};
use crate::storage::{Storage, StorageError};

/// Why a bundle could not be made or taken in.
#[derive(Debug)]
pub enum BundleProblem {
    Bundle(BundleError),
    Refused(Refusal),
    Storage(StorageError),
    Download(String),
}

impl BundleProblem {
    pub fn message(&self, language: Language) -> String {
        match self {
            BundleProblem::Bundle(e) => errors::bundle(e, language),
            BundleProblem::Refused(refusal) => errors::refusal(refusal, language),
            BundleProblem::Storage(e) => e.message(language),
            BundleProblem::Download(reason) => reason.clone(),
        }
    }
}

impl From<BundleError> for BundleProblem {
    fn from(e: BundleError) -> Self {
        BundleProblem::Bundle(e)
    }
}

impl From<StorageError> for BundleProblem {
    fn from(e: StorageError) -> Self {
        BundleProblem::Storage(e)
    }
}

/// Downloads the audit with every photo it names and, when this device has it, its checklist.
pub async fn export_bundle(storage: &Storage, audit: &Audit) -> Result<(), BundleProblem> {
    let record = audit.record();
    let mut photos = BTreeMap::new();
    for (_, photo) in record.photos() {
        let bytes = storage.photos.bytes(&photo.sha256).await?.ok_or_else(|| {
            BundleError::MissingPhoto {
                hash: photo.sha256.to_string(),
            }
        })?;
        photos.insert(photo.sha256.clone(), bytes);
    }
    let checklist = storage.audits.definition(&record.checklist.sha256).await?;
    let bundle = Bundle {
        audit: audit.stored().text,
        checklist,
        photos,
    };
    let zip = bundle.to_zip()?;
    let name = record.export_file_name().replace(".json", ".zip");
    download::download_bytes(&name, &zip, "application/zip")
        .map_err(|e| BundleProblem::Download(super::js_error::js_message(&e)))
}

/// Downloads the answers spreadsheet in `language`.
pub fn export_answers(
    checklist: &Checklist,
    audit: &Audit,
    language: Language,
) -> Result<(), String> {
    let csv = answers_csv(
        checklist,
        audit.record(),
        language,
        &SpreadsheetWords(language),
    );
    offer_csv(audit, "-answers.csv", &csv, language)
}

/// Downloads the corrective actions spreadsheet, overdue as of today on this device.
pub fn export_actions(
    checklist: &Checklist,
    audit: &Audit,
    language: Language,
) -> Result<(), String> {
    let today = Day::of(&clock::now());
    let words = SpreadsheetWords(language);
    let csv = actions_csv(checklist, audit.record(), today, language, &words);
    offer_csv(audit, "-actions.csv", &csv, language)
}

fn offer_csv(audit: &Audit, suffix: &str, csv: &[u8], language: Language) -> Result<(), String> {
    let name = audit.record().export_file_name().replace(".json", suffix);
    download::download_bytes(&name, csv, "text/csv;charset=utf-8").map_err(|e| {
        let reason = super::js_error::js_message(&e);
        Text::ExportFailed.fill(language, &[("reason", &reason)])
    })
}

/// What a bundle brought that this device did not hold.
#[derive(Debug, PartialEq)]
pub enum Unpacked {
    /// The audit's text, to take in as a signed JSON file is (its photos and checklist stored).
    Audit(String),
    /// The very same audit, photos and checklist were here already.
    NothingNew,
}

/// Reads `bytes` as a bundle; when the core accepts it and its audit would be taken in, stores
/// the photos and the checklist this device lacks, and gives back the audit's text.
pub async fn unpack(storage: &Storage, bytes: &[u8]) -> Result<Unpacked, BundleProblem> {
    let bundle = Bundle::from_zip(bytes)?;
    // Every proof is verified before anything is written, as for a JSON file.
    let incoming = Incoming::parse(&bundle.audit, &clock::now()).map_err(BundleProblem::Refused)?;
    let local = storage.audits.get(incoming.id()).await?;
    let mut added = 0;
    for (hash, photo) in &bundle.photos {
        if storage.photos.blob(hash).await?.is_none() {
            storage.photos.put_bytes(photo).await?;
            added += 1;
        }
    }
    if let Some(text) = &bundle.checklist {
        // Already checked against the audit's hash by the core: this only names it.
        let loaded = parse_checklist(text).map_err(|e| BundleError::NotAChecklist {
            reason: e.to_string(),
        })?;
        if storage.audits.definition(&loaded.sha256).await?.is_none() {
            storage.audits.put_definition(&loaded.sha256, text).await?;
            added += 1;
        }
    }
    let same = local.is_some_and(|audit| audit.stored().text == bundle.audit);
    Ok(if same && added == 0 {
        Unpacked::NothingNew
    } else {
        Unpacked::Audit(bundle.audit)
    })
}
