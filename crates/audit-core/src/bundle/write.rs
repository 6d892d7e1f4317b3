use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use super::layout::{AUDIT_ENTRY, CHECKLIST_ENTRY, photo_entry};
use super::{Bundle, BundleError};

/// The one deflate level JSON entries are written at: the same bytes on every device.
const JSON_LEVEL: i64 = 9;
/// Entries are readable by everyone and executable by no one, whoever unzips them.
const PERMISSIONS: u32 = 0o644;

impl Bundle {
    /// The bundle as .zip bytes, the same for the same contents: entries sorted by name, every
    /// one dated 1980-01-01 00:00 (the zip format's first day; nothing here reads a clock),
    /// JSON deflated at one level, JPEGs stored as they are (already compressed).
    pub fn to_zip(&self) -> Result<Vec<u8>, BundleError> {
        self.check()?;
        let mut entries: Vec<(String, &[u8], CompressionMethod)> = vec![(
            AUDIT_ENTRY.to_owned(),
            self.audit.as_bytes(),
            CompressionMethod::Deflated,
        )];
        if let Some(checklist) = &self.checklist {
            entries.push((
                CHECKLIST_ENTRY.to_owned(),
                checklist.as_bytes(),
                CompressionMethod::Deflated,
            ));
        }
        for (hash, bytes) in &self.photos {
            entries.push((photo_entry(hash), bytes, CompressionMethod::Stored));
        }
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
        for (name, bytes, method) in entries {
            let options = SimpleFileOptions::default()
                .compression_method(method)
                .compression_level((method == CompressionMethod::Deflated).then_some(JSON_LEVEL))
                .last_modified_time(DateTime::default())
                .unix_permissions(PERMISSIONS);
            let failed = |e: &dyn std::fmt::Display| BundleError::Damaged {
                name: name.clone(),
                reason: e.to_string(),
            };
            zip.start_file(name.as_str(), options)
                .map_err(|e| failed(&e))?;
            zip.write_all(bytes).map_err(|e| failed(&e))?;
        }
        let cursor = zip.finish().map_err(|e| BundleError::NotAZip {
            reason: e.to_string(),
        })?;
        Ok(cursor.into_inner())
    }
}
