use std::ops::Deref;
use std::rc::Rc;

use audit_core::workflow::Audit;

/// Shares a value and compares by pointer: the same loaded checklist, question or revision of
/// an audit is never compared field by field (props are compared on every render of a long
/// audit, and `Rc`'s own `==` compares the values).
pub struct Same<T>(pub Rc<T>);

impl<T> Clone for Same<T> {
    fn clone(&self) -> Self {
        Same(self.0.clone())
    }
}

impl<T> PartialEq for Same<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Same<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

/// An audit compared by its answers' values alone ([`AuditRecord::same_values`]): a memo keyed
/// on it keeps what it worked out while only notes, photos, the header or actions change.
///
/// [`AuditRecord::same_values`]: audit_core::AuditRecord::same_values
pub struct SameValues(pub Rc<Audit>);

impl PartialEq for SameValues {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0) || self.0.record().same_values(other.0.record())
    }
}
