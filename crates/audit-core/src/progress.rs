use crate::{AuditRecord, Checklist, Question, Section};

/// How far an audit has come, over a whole checklist or one section.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub answered: usize,
    pub total: usize,
    /// Required questions still without an answer.
    pub required_open: usize,
}

impl Progress {
    pub fn of_checklist(checklist: &Checklist, record: &AuditRecord) -> Progress {
        Progress::count(checklist.questions(), record)
    }

    pub fn of_section(section: &Section, record: &AuditRecord) -> Progress {
        Progress::count(section.questions.iter(), record)
    }

    pub fn is_complete(&self) -> bool {
        self.answered == self.total
    }

    fn count<'a>(questions: impl Iterator<Item = &'a Question>, record: &AuditRecord) -> Progress {
        questions.fold(Progress::default(), |mut p, question| {
            let answered = record
                .answer(&question.id)
                .is_some_and(|a| a.value.is_some());
            p.total += 1;
            p.answered += usize::from(answered);
            p.required_open += usize::from(question.required && !answered);
            p
        })
    }
}
