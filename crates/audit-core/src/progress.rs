use crate::{AuditRecord, Checklist, Question, Section, Visibility};

/// How far an audit has come, over a whole checklist or one section.
/// Questions hidden by `show_if` are not counted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub answered: usize,
    pub total: usize,
    /// Required questions still without an answer.
    pub required_open: usize,
}

impl Progress {
    pub fn of_checklist(checklist: &Checklist, record: &AuditRecord) -> Progress {
        let visibility = Visibility::of(checklist, record);
        Progress::count(checklist.questions(), record, &visibility)
    }

    pub fn of_section(
        section: &Section,
        record: &AuditRecord,
        visibility: &Visibility,
    ) -> Progress {
        Progress::count(section.questions.iter(), record, visibility)
    }

    pub fn is_complete(&self) -> bool {
        self.answered == self.total
    }

    fn count<'a>(
        questions: impl Iterator<Item = &'a Question>,
        record: &AuditRecord,
        visibility: &Visibility,
    ) -> Progress {
        questions.filter(|q| visibility.is_shown(&q.id)).fold(
            Progress::default(),
            |mut p, question| {
                let answered = visibility.answer(record, &question.id).is_some();
                p.total += 1;
                p.answered += usize::from(answered);
                p.required_open += usize::from(question.required && !answered);
                p
            },
        )
    }
}

/// Sections add up to their checklist: each question is in exactly one section, so a screen
/// that already counted every section has the whole without counting again.
impl std::iter::Sum for Progress {
    fn sum<I: Iterator<Item = Progress>>(parts: I) -> Progress {
        parts.fold(Progress::default(), |total, part| Progress {
            answered: total.answered + part.answered,
            total: total.total + part.total,
            required_open: total.required_open + part.required_open,
        })
    }
}
