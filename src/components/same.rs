use std::ops::Deref;
use std::rc::Rc;

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
