use crate::evidence::{MAX_PHOTO_BYTES, PhotoHash};

use super::BundleError;

/// The audit's stored text, byte for byte.
pub const AUDIT_ENTRY: &str = "audit.json";
/// The exact text of the checklist the audit was made on, when the sender had it.
pub const CHECKLIST_ENTRY: &str = "checklist.json";
const PHOTO_FOLDER: &str = "photos/";
const PHOTO_SUFFIX: &str = ".jpg";

/// A bundle file is refused past this size before it is read: it is held in memory whole, and
/// even a long audit with hundreds of downscaled photos stays well below it.
pub const MAX_BUNDLE_BYTES: u64 = 512 * 1024 * 1024;
/// A bundle holds at most one audit, its checklist and its photos: past this many entries it
/// is not one.
pub const MAX_ENTRIES: usize = 1_000;
/// No entry may be larger, declared or inflated: the photo limit, which also covers any
/// signed document or checklist the app accepts.
pub const MAX_ENTRY_BYTES: u64 = MAX_PHOTO_BYTES;
/// JSON deflates about tenfold and JPEGs not at all; a hundredfold entry is a zip bomb.
pub const MAX_COMPRESSION_RATIO: u64 = 100;

/// What an entry of a bundle may be.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum EntryName {
    Audit,
    Checklist,
    Photo(PhotoHash),
}

/// The entry name of a photo's bytes.
pub fn photo_entry(hash: &PhotoHash) -> String {
    format!("{PHOTO_FOLDER}{hash}{PHOTO_SUFFIX}")
}

impl EntryName {
    /// Reads an entry's name: unsafe paths first (so that they are named as such), then
    /// anything that is not one of the three kinds of entry.
    pub fn parse(name: &str) -> Result<EntryName, BundleError> {
        if is_unsafe(name) {
            return Err(BundleError::UnsafeName { name: shown(name) });
        }
        match name {
            AUDIT_ENTRY => return Ok(EntryName::Audit),
            CHECKLIST_ENTRY => return Ok(EntryName::Checklist),
            _ => {}
        }
        name.strip_prefix(PHOTO_FOLDER)
            .and_then(|rest| rest.strip_suffix(PHOTO_SUFFIX))
            .and_then(|hash| PhotoHash::parse(hash).ok())
            .map(EntryName::Photo)
            .ok_or_else(|| BundleError::UnknownEntry { name: shown(name) })
    }

    pub fn file_name(&self) -> String {
        match self {
            EntryName::Audit => AUDIT_ENTRY.to_owned(),
            EntryName::Checklist => CHECKLIST_ENTRY.to_owned(),
            EntryName::Photo(hash) => photo_entry(hash),
        }
    }
}

/// Names that would write outside a folder if someone unzipped the file: parent or empty
/// components, absolute paths, drive letters, backslashes (Windows separators).
fn is_unsafe(name: &str) -> bool {
    let drive = name.as_bytes().get(1) == Some(&b':');
    name.is_empty()
        || name.starts_with('/')
        || drive
        || name.contains('\\')
        || name.contains('\0')
        // A folder entry ends with one slash: unknown to a bundle, but not unsafe.
        || name
            .strip_suffix('/')
            .unwrap_or(name)
            .split('/')
            .any(|part| matches!(part, "" | "." | ".."))
}

/// A name as shown in a message: a stranger's name can be long or hold control characters.
pub(super) fn shown(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .take(120)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_three_kinds_of_entry_are_known() {
        let hash = PhotoHash::of(b"x");
        assert_eq!(EntryName::parse("audit.json"), Ok(EntryName::Audit));
        assert_eq!(EntryName::parse("checklist.json"), Ok(EntryName::Checklist));
        assert_eq!(
            EntryName::parse(&photo_entry(&hash)),
            Ok(EntryName::Photo(hash))
        );
        for name in ["photos/abc.jpg", "readme.txt", "photos/", "Audit.json"] {
            assert!(matches!(
                EntryName::parse(name),
                Err(BundleError::UnknownEntry { .. })
            ));
        }
    }

    #[test]
    fn paths_that_escape_a_folder_are_unsafe() {
        for name in [
            "../evil.json",
            "photos/../audit.json",
            "/abs.json",
            "C:audit.json",
            "c:/audit.json",
            "photos\\x.jpg",
            "photos//x.jpg",
            "./audit.json",
            "",
        ] {
            assert!(
                matches!(EntryName::parse(name), Err(BundleError::UnsafeName { .. })),
                "{name}"
            );
        }
    }
}
