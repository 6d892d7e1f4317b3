//! `Verifier::verify_text` gives, for every signed file the repository holds (the hostile
//! corpus, the 1.0 audits, the fuzzing seeds, the W3C vectors) and for edited copies of
//! them, what `SignedDocument::parse` and then `verify` give: the same report, or the same
//! error.

mod common_signing;

use std::path::Path;

use audit_core::signing::{SignedDocument, TrustList, Verifier};
use common_signing::now;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

fn files() -> Vec<String> {
    let mut texts = Vec::new();
    for dir in [
        "tests/fixtures/hostile",
        "tests/fixtures/signed-1.0",
        "fuzz/seeds/strict_json_verify",
        "crates/audit-core/tests/vectors/w3c-eddsa-jcs-2022",
    ] {
        let mut paths: Vec<_> = std::fs::read_dir(Path::new(ROOT).join(dir))
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|e| e == "json"))
            .collect();
        paths.sort();
        texts.extend(paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()));
    }
    assert!(texts.len() > 40, "{} files", texts.len());
    texts
}

fn same(verifier: &mut Verifier, text: &str, trust_list: Option<&TrustList>) {
    let now = now();
    let ours = verifier
        .verify_text(text, trust_list, &now)
        .map_err(|e| e.to_string());
    let theirs = SignedDocument::parse(text)
        .map(|document| document.verify(trust_list, &now))
        .map_err(|e| e.to_string());
    assert_eq!(ours, theirs, "{text}");
}

#[test]
fn the_same_reports_and_errors_for_every_file() {
    let trust_list = TrustList::parse(
        &std::fs::read_to_string(
            Path::new(ROOT).join("fuzz/seeds/strict_json_verify/trust-list.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let mut verifier = Verifier::new();
    for text in files() {
        same(&mut verifier, &text, None);
        same(&mut verifier, &text, Some(&trust_list));
    }
}

#[test]
fn the_same_reports_and_errors_for_edited_files() {
    // Every 97th character in turn removed, doubled, or replaced by one of JSON's own.
    let mut verifier = Verifier::new();
    for text in files().iter().filter(|t| t.len() < 200_000) {
        let boundaries: Vec<usize> = (0..text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        for (n, &at) in boundaries.iter().enumerate().step_by(97) {
            let next = boundaries.get(n + 1).copied().unwrap_or(text.len());
            let replacement = ["", "\"", "}", ",", "0", "\\", " "][n % 7];
            let mut edited = text.clone();
            edited.replace_range(at..next, replacement);
            same(&mut verifier, &edited, None);
            let mut doubled = text.clone();
            doubled.insert_str(at, &text[at..next]);
            same(&mut verifier, &doubled, None);
        }
    }
}
