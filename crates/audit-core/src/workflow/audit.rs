use crate::evidence::{MAX_PHOTOS_PER_QUESTION, Photo};
use crate::import::ImportError;
use crate::signing::{DidKey, DocumentError, ProofOptions, SignedDocument};
use crate::{
    AnswerType, AuditRecord, Checklist, ChecklistRef, Edit, SignatoryError, Timestamp, Uuid,
};

use super::take_in::take_in;
use super::{Action, Effect, Reached, Refusal, Stored, check_summary};

/// One audit: its record and, from the first signature on, its signed document.
#[derive(Clone, Debug, PartialEq)]
pub struct Audit {
    record: AuditRecord,
    signed: Option<SignedDocument>,
}

/// Why a stored audit cannot be read back.
#[derive(Debug, thiserror::Error)]
pub enum StoredError {
    #[error("{0}")]
    Document(#[from] DocumentError),
    #[error("{0}")]
    Record(#[from] ImportError),
}

impl Audit {
    /// A new draft against `checklist`, and the effect that saves it.
    pub fn start(id: Uuid, checklist: ChecklistRef, now: Timestamp) -> (Audit, Vec<Effect>) {
        let audit = Audit::draft(AuditRecord::new(id, checklist, now));
        let effects = vec![audit.save(Vec::new())];
        (audit, effects)
    }

    /// An audit that is only its record (a draft, or finalized and not yet signed).
    pub fn draft(record: AuditRecord) -> Audit {
        Audit {
            record,
            signed: None,
        }
    }

    /// Reads back what [`Audit::stored`] wrote.
    pub fn from_stored(text: &str) -> Result<Audit, StoredError> {
        let document = SignedDocument::parse(text)?;
        let record = document.record()?;
        let signed = (!document.proofs().is_empty()).then_some(document);
        Ok(Audit { record, signed })
    }

    pub(super) fn from_parts(record: AuditRecord, signed: Option<SignedDocument>) -> Audit {
        Audit { record, signed }
    }

    pub fn record(&self) -> &AuditRecord {
        &self.record
    }

    pub fn id(&self) -> Uuid {
        self.record.id
    }

    /// The signed document, once anyone has signed.
    pub fn signed(&self) -> Option<&SignedDocument> {
        self.signed.as_ref()
    }

    /// The stored form: the record while nobody has signed, then the signed document.
    pub fn stored(&self) -> Stored {
        let text = match &self.signed {
            Some(document) => document.to_json_pretty(),
            None => self.record.to_json(),
        };
        Stored {
            id: self.record.id,
            text,
        }
    }

    /// Applies `action` with the audit's own checklist (`None` when this device does not have
    /// it: editing still works, signing and taking in signed scores do not). On refusal
    /// nothing has changed.
    pub fn update(
        &mut self,
        action: Action,
        checklist: Option<&Checklist>,
    ) -> Result<Vec<Effect>, Refusal> {
        match action {
            Action::Edit(edit, now) => self.edit(edit, now, checklist),
            Action::Finalize(now) => {
                if self.record.is_finalized() {
                    return Ok(Vec::new());
                }
                self.record.finalize(now);
                Ok(vec![self.save(vec![Reached::Finalized])])
            }
            Action::AddSignatory(signatory) => {
                self.check_signatories_open()?;
                self.record
                    .add_signatory(signatory)
                    .map_err(|SignatoryError::AlreadyListed(name)| Refusal::AlreadyListed(name))?;
                Ok(vec![self.save(Vec::new())])
            }
            Action::RemoveSignatory(did) => {
                self.check_signatories_open()?;
                self.record.remove_signatory(&did);
                Ok(vec![self.save(Vec::new())])
            }
            Action::PrepareSignature(options) => {
                let base = self.signing_base(&options.signer, &options.created, checklist)?;
                let request = base.prepare(&options).map_err(Refusal::Document)?;
                Ok(vec![Effect::Sign(Box::new(request))])
            }
            Action::AddSignature(request, signature) => {
                let base = self.signing_base(request.signer(), request.created(), checklist)?;
                if base != *request.base() {
                    return Err(Refusal::ChangedWhileSigning);
                }
                let document = request
                    .complete(&signature)
                    .map_err(Refusal::BadSignature)?;
                self.signed = Some(document);
                Ok(vec![self.save(vec![Reached::Signed])])
            }
            Action::TakeIn(incoming) => {
                let (audit, added) = take_in(Some(self), *incoming, checklist)?;
                if added == 0 {
                    return Ok(Vec::new());
                }
                *self = audit;
                Ok(vec![self.save(vec![Reached::Signed])])
            }
            Action::NewVersion { id, now } => {
                if !self.record.is_finalized() {
                    return Err(Refusal::NotFinalized);
                }
                let next = Audit::draft(self.record.new_version(id, now));
                Ok(vec![next.save(Vec::new()), Effect::Open(id)])
            }
            Action::FollowUp { id, now } => {
                if !self.record.is_finalized() {
                    return Err(Refusal::NotFinalized);
                }
                let next = Audit::draft(self.record.follow_up(id, now, self.document_sha256()));
                Ok(vec![next.save(Vec::new()), Effect::Open(id)])
            }
            Action::Export => Ok(vec![self.export(checklist)]),
        }
    }

    /// Signs at once with a key held in memory (the CLI, tests): the same two steps as the
    /// app takes around its WebCrypto key.
    pub fn sign_with(
        &mut self,
        options: ProofOptions,
        checklist: Option<&Checklist>,
        sign: impl FnOnce(&[u8; 64]) -> [u8; 64],
    ) -> Result<Vec<Effect>, Refusal> {
        let effects = self.update(Action::PrepareSignature(options), checklist)?;
        let Some(Effect::Sign(request)) = effects.into_iter().next() else {
            return Err(Refusal::ChangedWhileSigning);
        };
        let signature = sign(request.data());
        self.update(Action::AddSignature(request, signature), checklist)
    }

    fn edit(
        &mut self,
        edit: Edit,
        now: Timestamp,
        checklist: Option<&Checklist>,
    ) -> Result<Vec<Effect>, Refusal> {
        if self.record.is_finalized() {
            return Err(Refusal::Finalized);
        }
        match &edit {
            Edit::AddRow { question } => self.check_slot_limit(question, checklist)?,
            Edit::AttachPhoto { question, photo } => {
                self.check_photo(question, photo, checklist)?;
            }
            Edit::AddActions(actions) => {
                for action in actions {
                    self.check_finding(&action.question, checklist)?;
                }
            }
            _ => {}
        }
        self.record.apply(edit, now);
        Ok(vec![self.save(Vec::new())])
    }

    /// SHA-256 (hex) of the RFC 8785 canonical stored form: the signed document with its
    /// proofs, or the record while nobody has signed. Reports print it; follow-ups pin it.
    pub fn document_sha256(&self) -> String {
        let hash = match &self.signed {
            Some(document) => document.sha256(),
            None => crate::canonical::canonical_sha256(&self.record),
        };
        hash.expect("an audit always serialises to JSON")
    }

    /// The photo limit of `question`: the checklist's `max_photos` for an evidence
    /// question, [`MAX_PHOTOS_PER_QUESTION`] for any other.
    pub fn photo_limit(question: &crate::Question) -> u32 {
        match (question.answer_type, question.max_photos) {
            (AnswerType::Evidence, Some(max)) => max,
            _ => MAX_PHOTOS_PER_QUESTION,
        }
    }

    /// A photo is well formed, new on its question, within the limit, and in a slot that exists.
    fn check_photo(
        &self,
        question: &str,
        photo: &Photo,
        checklist: Option<&Checklist>,
    ) -> Result<(), Refusal> {
        photo.check().map_err(Refusal::BadPhoto)?;
        let answer = self.record.answer(question);
        let photos = answer.map_or(&[][..], |a| &a.photos);
        if photos.iter().any(|p| p.sha256 == photo.sha256) {
            return Err(Refusal::DuplicatePhoto(question.to_owned()));
        }
        let max = checklist
            .and_then(|c| c.questions().find(|q| q.id == question))
            .map_or(MAX_PHOTOS_PER_QUESTION, Audit::photo_limit);
        if photos.len() >= max as usize {
            return Err(Refusal::TooManyPhotos {
                question: question.to_owned(),
                max,
            });
        }
        if let Some(slot) = photo.slot {
            let slots = answer
                .and_then(|a| a.value.as_ref())
                .map_or(0, |v| v.rows().len());
            if slot >= slots {
                return Err(Refusal::NoSuchSlot {
                    question: question.to_owned(),
                    slot,
                });
            }
        }
        Ok(())
    }

    /// Corrective actions belong to findings (checked when the checklist is at hand).
    fn check_finding(&self, question: &str, checklist: Option<&Checklist>) -> Result<(), Refusal> {
        let Some(checklist) = checklist else {
            return Ok(());
        };
        if crate::findings(checklist, &self.record)
            .iter()
            .any(|f| f.question == question)
        {
            return Ok(());
        }
        Err(Refusal::NotAFinding(question.to_owned()))
    }

    /// An evidence question's `max_photos` caps its slots.
    fn check_slot_limit(
        &self,
        question: &str,
        checklist: Option<&Checklist>,
    ) -> Result<(), Refusal> {
        let Some(question) = checklist.and_then(|c| c.questions().find(|q| q.id == question))
        else {
            return Ok(());
        };
        let (AnswerType::Evidence, Some(max)) = (question.answer_type, question.max_photos) else {
            return Ok(());
        };
        let used = self
            .record
            .answer(&question.id)
            .and_then(|a| a.value.as_ref())
            .map_or(0, |v| v.rows().len());
        if used >= max as usize {
            return Err(Refusal::TooManyPhotos {
                question: question.id.clone(),
                max,
            });
        }
        Ok(())
    }

    /// Whether signatories may be listed or removed now.
    pub fn can_change_signatories(&self) -> bool {
        self.check_signatories_open().is_ok()
    }

    /// Signatories may change after finalizing, and only until the first signature: the list
    /// is part of what is signed.
    fn check_signatories_open(&self) -> Result<(), Refusal> {
        if !self.record.is_finalized() {
            return Err(Refusal::NotFinalized);
        }
        if self.signed.is_some() {
            return Err(Refusal::SignatoriesLocked);
        }
        Ok(())
    }

    /// The document a new proof by `signer` at `created` must sign, after every rule is
    /// checked: finalized, signatories listed, the signer among them and not signed yet, and
    /// the summary recomputed from the answers.
    fn signing_base(
        &self,
        signer: &DidKey,
        created: &Timestamp,
        checklist: Option<&Checklist>,
    ) -> Result<SignedDocument, Refusal> {
        if !self.record.is_finalized() {
            return Err(Refusal::NotFinalized);
        }
        if self.record.signatories.is_empty() {
            return Err(Refusal::NoSignatories);
        }
        if !self.record.signatories.iter().any(|s| &s.did == signer) {
            return Err(Refusal::NotListed(signer.clone()));
        }
        let checklist = checklist.ok_or_else(|| self.checklist_missing())?;
        let document = match &self.signed {
            Some(document) => document.clone(),
            None => SignedDocument::from_record(&self.record.exported(Some(checklist)))
                .map_err(Refusal::Document)?,
        };
        check_summary(&document, &self.record, checklist).map_err(Refusal::SummaryMismatch)?;
        if self.signed.is_some() {
            let report = document.verify(None, created);
            if !report.missing.iter().any(|s| &s.did == signer) {
                return Err(Refusal::AlreadySigned(signer.clone()));
            }
        }
        Ok(document)
    }

    pub(super) fn checklist_missing(&self) -> Refusal {
        Refusal::ChecklistMissing {
            id: self.record.checklist.id.clone(),
            version: self.record.checklist.version.to_string(),
        }
    }

    fn export(&self, checklist: Option<&Checklist>) -> Effect {
        match &self.signed {
            Some(document) => Effect::Download {
                name: self
                    .record
                    .export_file_name()
                    .replace(".json", "-signed.json"),
                body: document.to_json_pretty(),
            },
            None => Effect::Download {
                name: self.record.export_file_name(),
                body: self.record.exported(checklist).to_json_pretty(),
            },
        }
    }

    fn save(&self, reached: Vec<Reached>) -> Effect {
        Effect::Save {
            stored: self.stored(),
            reached,
        }
    }
}
