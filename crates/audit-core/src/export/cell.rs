use std::borrow::Cow;

/// The UTF-8 byte-order mark: without it, spreadsheet programs read the file in the
/// computer's legacy code page and Arabic (or any accent) comes out garbled.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// A cell as written: a text that a spreadsheet would take for a formula (it starts with
/// `=`, `+`, `-` or `@`, or a tab or carriage return that some programs skip first) gets a
/// leading apostrophe, so that an answer or a stranger's note is shown, never run (CSV
/// injection). The apostrophe is visible in the cell: the text is otherwise unchanged.
pub fn safe_cell(text: &str) -> Cow<'_, str> {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{text}")),
        _ => Cow::Borrowed(text),
    }
}

/// Writes rows of cells as CSV after the byte-order mark: every cell made safe, quoted when it
/// holds a comma, a quote or a line break.
pub(super) fn write_csv(rows: impl IntoIterator<Item = Vec<String>>) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(BOM.to_vec());
    for row in rows {
        writer
            .write_record(row.iter().map(|cell| safe_cell(cell).into_owned()))
            .expect("writing CSV to memory cannot fail");
    }
    writer
        .into_inner()
        .expect("writing CSV to memory cannot fail")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_get_an_apostrophe_and_nothing_else_changes() {
        assert_eq!(
            safe_cell("=HYPERLINK(\"http://x\")"),
            "'=HYPERLINK(\"http://x\")"
        );
        assert_eq!(safe_cell("+1"), "'+1");
        assert_eq!(safe_cell("-2"), "'-2");
        assert_eq!(safe_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(safe_cell("\t=1"), "'\t=1");
        assert_eq!(safe_cell("a=b"), "a=b");
        assert_eq!(safe_cell(""), "");
        assert_eq!(safe_cell("نعم"), "نعم");
    }
}
