//! Bundles (.zip of an audit and its photos): deterministic writing, and every refusal of a
//! hostile or broken file.

mod common;

use std::io::{Cursor, Write};

use audit_core::bundle::{MAX_ENTRIES, photo_entry};
use audit_core::workflow::{Action, Audit};
use audit_core::{Bundle, BundleError, Compliance, Edit, Photo, PhotoHash, Uuid};
use common::*;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

const PHOTO_A: &[u8] = b"\xFF\xD8\xFF\xE0 first photo \xFF\xD9";
const PHOTO_B: &[u8] = b"\xFF\xD8\xFF\xE0 second photo \xFF\xD9";

/// A finalized audit with two photos on C1, as it would be stored.
fn bundle() -> Bundle {
    let loaded = all_types();
    let checklist = &loaded.checklist;
    let (mut audit, _) = Audit::start(
        Uuid::from_u128(7),
        loaded.reference(),
        at("2026-11-28T08:00:00Z"),
    );
    let now = at("2026-11-28T08:01:00Z");
    let edits = [
        Edit::Answer {
            question: "C1".into(),
            value: Some(Compliance::No.into()),
        },
        Edit::AttachPhoto {
            question: "C1".into(),
            photo: Photo::of(PHOTO_A, "image/jpeg").unwrap(),
        },
        Edit::AttachPhoto {
            question: "C1".into(),
            photo: Photo::of(PHOTO_B, "image/jpeg").unwrap(),
        },
    ];
    for edit in edits {
        audit
            .update(Action::Edit(edit, now.clone()), Some(checklist))
            .unwrap();
    }
    audit
        .update(
            Action::Finalize(at("2026-11-28T09:00:00Z")),
            Some(checklist),
        )
        .unwrap();
    Bundle {
        audit: audit.stored().text,
        checklist: Some(ALL_TYPES.to_owned()),
        photos: [PHOTO_A, PHOTO_B]
            .into_iter()
            .map(|bytes| (PhotoHash::of(bytes), bytes.to_vec()))
            .collect(),
    }
}

/// A zip of `entries` as given, for files no app would write.
fn zip_of(entries: &[(&str, &[u8], CompressionMethod)]) -> Vec<u8> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes, method) in entries {
        let options = SimpleFileOptions::default().compression_method(*method);
        zip.start_file(*name, options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// The entries of the good bundle, with `change` applied first.
fn good_entries(change: impl FnOnce(&mut Vec<(String, Vec<u8>)>)) -> Vec<u8> {
    let good = bundle();
    let mut entries = vec![("audit.json".to_owned(), good.audit.into_bytes())];
    for (hash, bytes) in good.photos {
        entries.push((photo_entry(&hash), bytes));
    }
    change(&mut entries);
    let borrowed: Vec<_> = entries
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice(), CompressionMethod::Deflated))
        .collect();
    zip_of(&borrowed)
}

/// Every offset of a zip header with `signature` (local `PK\3\4`, central `PK\1\2`).
fn headers(bytes: &[u8], signature: &[u8]) -> Vec<usize> {
    bytes
        .windows(signature.len())
        .enumerate()
        .filter(|(_, w)| *w == signature)
        .map(|(i, _)| i)
        .collect()
}

/// Sets a little-endian field at `local` in every local header and `central` in every
/// central directory header.
fn patch(bytes: &mut [u8], local: usize, central: usize, value: &[u8]) {
    for at in headers(bytes, b"PK\x03\x04") {
        bytes[at + local..at + local + value.len()].copy_from_slice(value);
    }
    for at in headers(bytes, b"PK\x01\x02") {
        bytes[at + central..at + central + value.len()].copy_from_slice(value);
    }
}

fn refused(bytes: &[u8]) -> BundleError {
    Bundle::from_zip(bytes).expect_err("the bundle must be refused")
}

#[test]
fn a_bundle_reads_back_as_written_and_writes_the_same_bytes_again() {
    let bundle = bundle();
    let zip = bundle.to_zip().unwrap();
    let read = Bundle::from_zip(&zip).unwrap();
    assert_eq!(read, bundle);
    assert_eq!(
        read.to_zip().unwrap(),
        zip,
        "write, read, write: identical bytes"
    );
    assert_eq!(bundle.to_zip().unwrap(), zip);

    let mut archive = zip::ZipArchive::new(Cursor::new(&zip)).unwrap();
    let names: Vec<_> = archive
        .file_names()
        .map(|n| n.unwrap().into_owned())
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "entries are sorted by name");
    assert_eq!(names.len(), 4);
    for index in 0..archive.len() {
        let entry = archive.by_index(index).unwrap();
        assert_eq!(entry.unix_mode(), Some(0o100644));
        assert_eq!(entry.last_modified(), Some(zip::DateTime::default()));
        let name = entry.name().unwrap().into_owned();
        let method = if name.ends_with(".jpg") {
            CompressionMethod::Stored
        } else {
            CompressionMethod::Deflated
        };
        assert_eq!(entry.compression(), method, "{name}");
    }
}

#[test]
fn the_audit_text_is_kept_byte_for_byte() {
    let mut bundle = bundle();
    bundle.checklist = None;
    let read = Bundle::from_zip(&bundle.to_zip().unwrap()).unwrap();
    assert_eq!(read.audit.as_bytes(), bundle.audit.as_bytes());
    assert_eq!(read.checklist, None);
}

#[test]
fn a_bundle_is_only_written_whole_and_coherent() {
    let mut missing = bundle();
    let hash = PhotoHash::of(PHOTO_B);
    missing.photos.remove(&hash);
    assert_eq!(
        missing.to_zip(),
        Err(BundleError::MissingPhoto {
            hash: hash.to_string()
        })
    );
    let mut other = bundle();
    other.checklist = Some(MINIMAL.to_owned());
    assert!(matches!(
        other.to_zip(),
        Err(BundleError::OtherChecklist { .. })
    ));
}

#[test]
fn names_that_escape_the_folder_are_refused() {
    for name in [
        "../evil.json",
        "/abs.json",
        "photos\\x.jpg",
        "C:/audit.json",
    ] {
        let zip = good_entries(|e| e.push((name.to_owned(), b"{}".to_vec())));
        assert_eq!(
            refused(&zip),
            BundleError::UnsafeName {
                name: name.to_owned()
            }
        );
    }
}

#[test]
fn duplicate_names_are_refused() {
    // The writer refuses duplicates: write a twin under another name, then rename it.
    let mut zip = good_entries(|e| e.push(("audit.jsoX".to_owned(), b"{}".to_vec())));
    for at in headers(&zip, b"audit.jsoX") {
        zip[at + 9] = b'n';
    }
    assert_eq!(refused(&zip), BundleError::DuplicateNames);
}

#[test]
fn more_than_a_thousand_entries_are_refused() {
    let names: Vec<String> = (0..=MAX_ENTRIES).map(|i| format!("e{i}")).collect();
    let entries: Vec<_> = names
        .iter()
        .map(|n| (n.as_str(), &b""[..], CompressionMethod::Stored))
        .collect();
    assert_eq!(
        refused(&zip_of(&entries)),
        BundleError::TooManyEntries { count: 1001 }
    );
}

#[test]
fn the_declared_entry_count_is_refused_before_the_directory_is_indexed() {
    let mut zip = good_entries(|_| {});
    let end = headers(&zip, b"PK\x05\x06")[0];
    // Entries on this disk (offset 8) and in total (offset 10): zip64's 0xFFFF.
    zip[end + 8..end + 12].copy_from_slice(&[0xFF, 0xFF, 0xFF, 0xFF]);
    assert_eq!(refused(&zip), BundleError::TooManyEntries { count: 0xFFFF });
}

#[test]
fn an_entry_over_twenty_megabytes_is_refused_before_it_is_read() {
    let big = vec![0_u8; 21 * 1024 * 1024];
    let zip = zip_of(&[("audit.json", &big, CompressionMethod::Stored)]);
    assert_eq!(
        refused(&zip),
        BundleError::TooLarge {
            name: "audit.json".into(),
            size: big.len() as u64
        }
    );
}

#[test]
fn a_zip_bomb_is_refused_by_its_declared_ratio() {
    let zeros = vec![0_u8; 4 * 1024 * 1024];
    let zip = zip_of(&[("audit.json", &zeros, CompressionMethod::Deflated)]);
    assert_eq!(
        refused(&zip),
        BundleError::Bomb {
            name: "audit.json".into()
        }
    );
}

#[test]
fn a_zip_bomb_that_lies_about_its_size_stops_inflating_at_the_limit() {
    let zeros = vec![0_u8; 4 * 1024 * 1024];
    let mut zip = zip_of(&[("audit.json", &zeros, CompressionMethod::Deflated)]);
    // Uncompressed size: offset 22 in the local header, 24 in the central directory.
    patch(&mut zip, 22, 24, &10_u32.to_le_bytes());
    let error = refused(&zip);
    assert!(
        matches!(&error, BundleError::Bomb { name } | BundleError::Damaged { name, .. } if name == "audit.json"),
        "{error:?}"
    );
}

#[test]
fn encrypted_entries_are_refused() {
    let mut zip = good_entries(|_| {});
    // General purpose flag, bit 0: offset 6 locally, 8 in the central directory.
    patch(&mut zip, 6, 8, &1_u16.to_le_bytes());
    assert!(matches!(refused(&zip), BundleError::Encrypted { .. }));
}

#[test]
fn compressions_other_than_deflate_are_refused() {
    let mut zip = good_entries(|_| {});
    // Compression method 12 (bzip2): offset 8 locally, 10 in the central directory.
    patch(&mut zip, 8, 10, &12_u16.to_le_bytes());
    assert!(matches!(refused(&zip), BundleError::Compression { .. }));
}

#[test]
fn unknown_entries_and_a_missing_audit_are_refused() {
    let zip = good_entries(|e| e.push(("readme.txt".to_owned(), b"hi".to_vec())));
    assert_eq!(
        refused(&zip),
        BundleError::UnknownEntry {
            name: "readme.txt".into()
        }
    );
    let zip = good_entries(|e| e.retain(|(n, _)| n != "audit.json"));
    assert_eq!(refused(&zip), BundleError::NoAudit);
    assert!(matches!(refused(b"not a zip"), BundleError::NotAZip { .. }));
    let zip = zip_of(&[("audit.json", b"{\"format\":1}", CompressionMethod::Stored)]);
    assert!(matches!(refused(&zip), BundleError::NotAnAudit { .. }));
}

#[test]
fn photos_must_be_exactly_those_the_audit_names() {
    let missing = PhotoHash::of(PHOTO_B);
    let zip = good_entries(|e| e.retain(|(n, _)| *n != photo_entry(&missing)));
    assert_eq!(
        refused(&zip),
        BundleError::MissingPhoto {
            hash: missing.to_string()
        }
    );

    let changed = photo_entry(&PhotoHash::of(PHOTO_A));
    let zip = good_entries(|e| {
        for (name, bytes) in e.iter_mut() {
            if *name == changed {
                bytes[5] ^= 1;
            }
        }
    });
    assert_eq!(refused(&zip), BundleError::PhotoMismatch { name: changed });

    let extra = PhotoHash::of(b"another");
    let zip = good_entries(|e| e.push((photo_entry(&extra), b"another".to_vec())));
    assert_eq!(
        refused(&zip),
        BundleError::ExtraPhoto {
            name: photo_entry(&extra)
        }
    );
}

#[test]
fn a_checklist_must_be_the_one_the_audit_pins() {
    let zip = good_entries(|e| e.push(("checklist.json".to_owned(), MINIMAL.as_bytes().to_vec())));
    assert!(matches!(refused(&zip), BundleError::OtherChecklist { .. }));
    let zip = good_entries(|e| e.push(("checklist.json".to_owned(), b"{".to_vec())));
    assert!(matches!(refused(&zip), BundleError::NotAChecklist { .. }));
    let zip = zip_of(&[("audit.json", &[0xFF], CompressionMethod::Stored)]);
    assert_eq!(
        refused(&zip),
        BundleError::NotText {
            name: "audit.json".into()
        }
    );
}
