use std::collections::BTreeMap;
use std::io::{Cursor, Read};

use zip::{CompressionMethod, ZipArchive};

use super::layout::{
    EntryName, MAX_BUNDLE_BYTES, MAX_COMPRESSION_RATIO, MAX_ENTRIES, MAX_ENTRY_BYTES, shown,
};
use super::{Bundle, BundleError};

/// What the central directory says about one entry, before a byte of it is inflated.
struct Declared {
    name: String,
    kind: EntryName,
    size: u64,
    compressed: u64,
}

impl Bundle {
    /// Reads a bundle from a stranger. Every entry is judged on what the zip declares before
    /// it is inflated, and inflating stops one byte past the limits, so neither a lying header
    /// nor a zip bomb can use up the device's memory. Refused: anything but exactly the
    /// entries of a bundle, in sizes it can have, with photos matching the audit's hashes.
    pub fn from_zip(bytes: &[u8]) -> Result<Bundle, BundleError> {
        if bytes.len() as u64 > MAX_BUNDLE_BYTES {
            return Err(BundleError::FileTooLarge {
                bytes: bytes.len() as u64,
            });
        }
        if let Some(count) = declared_entries(bytes).filter(|&count| count > MAX_ENTRIES) {
            return Err(BundleError::TooManyEntries { count });
        }
        let mut archive =
            ZipArchive::new(Cursor::new(bytes)).map_err(|e| BundleError::NotAZip {
                reason: e.to_string(),
            })?;
        if archive.has_duplicate_names() {
            return Err(BundleError::DuplicateNames);
        }
        if archive.len() > MAX_ENTRIES {
            return Err(BundleError::TooManyEntries {
                count: archive.len(),
            });
        }
        let mut audit = None;
        let mut checklist = None;
        let mut photos = BTreeMap::new();
        for index in 0..archive.len() {
            let declared = declared(&mut archive, index)?;
            let content = inflate(&mut archive, index, &declared)?;
            match declared.kind {
                EntryName::Audit => audit = Some(text(content, &declared.name)?),
                EntryName::Checklist => checklist = Some(text(content, &declared.name)?),
                EntryName::Photo(hash) => {
                    photos.insert(hash, content);
                }
            }
        }
        let bundle = Bundle {
            audit: audit.ok_or(BundleError::NoAudit)?,
            checklist,
            photos,
        };
        bundle.check()?;
        Ok(bundle)
    }
}

/// The entry count the end of central directory record declares, read before the zip library
/// builds its index of every entry: a directory of millions of tiny entries would otherwise
/// take memory in proportion before the count could be refused. Zip64 (count 0xFFFF) is never
/// needed by a bundle and counts as too many.
fn declared_entries(bytes: &[u8]) -> Option<usize> {
    const END_SIGNATURE: &[u8] = b"PK\x05\x06";
    // The record is 22 bytes plus a comment of at most 65,535.
    let tail = bytes.len().saturating_sub(22 + usize::from(u16::MAX));
    let at = bytes[tail..]
        .windows(END_SIGNATURE.len())
        .rposition(|window| window == END_SIGNATURE)?;
    let count = bytes.get(tail + at + 10..tail + at + 12)?;
    Some(usize::from(u16::from_le_bytes([count[0], count[1]])))
}

fn declared(
    archive: &mut ZipArchive<Cursor<&[u8]>>,
    index: usize,
) -> Result<Declared, BundleError> {
    let entry = archive
        .by_index_raw(index)
        .map_err(|e| BundleError::NotAZip {
            reason: e.to_string(),
        })?;
    let raw = entry.name_raw();
    let name = shown(&String::from_utf8_lossy(raw));
    let kind = match std::str::from_utf8(raw) {
        Ok(text) => EntryName::parse(text)?,
        Err(_) => return Err(BundleError::UnknownEntry { name }),
    };
    if entry.encrypted() {
        return Err(BundleError::Encrypted { name });
    }
    if !matches!(
        entry.compression(),
        CompressionMethod::Stored | CompressionMethod::Deflated
    ) {
        return Err(BundleError::Compression { name });
    }
    let declared = Declared {
        name,
        kind,
        size: entry.size(),
        compressed: entry.compressed_size(),
    };
    if declared.size > MAX_ENTRY_BYTES {
        return Err(BundleError::TooLarge {
            name: declared.name,
            size: declared.size,
        });
    }
    if declared.size > declared.compressed.saturating_mul(MAX_COMPRESSION_RATIO) {
        return Err(BundleError::Bomb {
            name: declared.name,
        });
    }
    Ok(declared)
}

/// Inflates one entry, stopping a byte past what it may hold.
fn inflate(
    archive: &mut ZipArchive<Cursor<&[u8]>>,
    index: usize,
    declared: &Declared,
) -> Result<Vec<u8>, BundleError> {
    let damaged = |reason: String| BundleError::Damaged {
        name: declared.name.clone(),
        reason,
    };
    let entry = archive
        .by_index(index)
        .map_err(|e| damaged(e.to_string()))?;
    let ratio_limit = declared.compressed.saturating_mul(MAX_COMPRESSION_RATIO);
    let limit = MAX_ENTRY_BYTES.min(ratio_limit);
    let mut content = Vec::new();
    entry
        .take(limit + 1)
        .read_to_end(&mut content)
        .map_err(|e| damaged(e.to_string()))?;
    let inflated = content.len() as u64;
    if inflated > MAX_ENTRY_BYTES {
        return Err(BundleError::TooLarge {
            name: declared.name.clone(),
            size: inflated,
        });
    }
    if inflated > ratio_limit {
        return Err(BundleError::Bomb {
            name: declared.name.clone(),
        });
    }
    if inflated != declared.size {
        return Err(damaged(format!(
            "{inflated} bytes where the zip declares {}",
            declared.size
        )));
    }
    Ok(content)
}

fn text(content: Vec<u8>, name: &str) -> Result<String, BundleError> {
    String::from_utf8(content).map_err(|_| BundleError::NotText {
        name: name.to_owned(),
    })
}
