//! Named durations on the page's performance timeline (`performance.measure`), so that the
//! bench reads the app's own figures, such as how long a save takes, from inside the page.

use std::sync::atomic::{AtomicU32, Ordering};

/// Tells marks of spans that overlap apart.
static NEXT: AtomicU32 = AtomicU32::new(0);

/// A span under way; [`Span::end`] records it as a measure named `name`.
pub struct Span {
    name: &'static str,
    start: String,
}

pub fn start(name: &'static str) -> Span {
    let start = format!("{name}#{}", NEXT.fetch_add(1, Ordering::Relaxed));
    if let Some(performance) = gloo_utils::window().performance() {
        let _ = performance.mark(&start);
    }
    Span { name, start }
}

impl Span {
    pub fn end(self) {
        let Some(performance) = gloo_utils::window().performance() else {
            return;
        };
        let end = format!("{}:end", self.start);
        let _ = performance.mark(&end);
        let _ = performance.measure_with_start_mark_and_end_mark(self.name, &self.start, &end);
        performance.clear_marks_with_mark_name(&self.start);
        performance.clear_marks_with_mark_name(&end);
    }
}
