use std::io::Cursor;

use zip::ZipArchive;

use super::BundleError;
use super::layout::shown;

/// One entry as the zip's central directory declares it, nothing inflated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Listed {
    pub name: String,
    pub size: u64,
    pub compressed: u64,
    pub stored: bool,
}

/// The entries a zip declares, in its order, for showing what a file holds (even one that
/// [`super::Bundle::from_zip`] refuses). Only the directory is read: no entry is inflated.
pub fn list(bytes: &[u8]) -> Result<Vec<Listed>, BundleError> {
    let archive = ZipArchive::new(Cursor::new(bytes)).map_err(|e| BundleError::NotAZip {
        reason: e.to_string(),
    })?;
    (0..archive.len())
        .map(|index| {
            let entry = archive
                .by_index_data(index)
                .map_err(|e| BundleError::NotAZip {
                    reason: e.to_string(),
                })?;
            Ok(Listed {
                name: shown(&String::from_utf8_lossy(entry.name_raw())),
                size: entry.size(),
                compressed: entry.compressed_size(),
                stored: entry.compression() == zip::CompressionMethod::Stored,
            })
        })
        .collect()
}
