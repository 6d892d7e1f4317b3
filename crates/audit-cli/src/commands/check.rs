//! `audit-cli check`: is this file a valid checklist definition? One line per problem.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use audit_core::{ImportError, missing_translations, parse_checklist};

/// Prints a verdict per file; fails when any file has a problem.
pub fn check(files: &[PathBuf], all_languages: bool) -> Result<ExitCode, String> {
    let mut failed = false;
    for file in files {
        match check_one(file, all_languages) {
            Ok(verdict) => println!("{verdict}"),
            Err(problems) => {
                failed = true;
                problems.iter().for_each(|p| println!("{p}"));
            }
        }
    }
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// `Ok` with the one-line verdict for a valid checklist, else one line per problem,
/// each naming the file, the JSON path and the reason. With `all_languages`, a text
/// missing in any of the four languages is a problem too.
fn check_one(file: &Path, all_languages: bool) -> Result<String, Vec<String>> {
    let name = file.display();
    let text = std::fs::read_to_string(file).map_err(|e| vec![format!("{name}: {e}")])?;
    match parse_checklist(&text) {
        Ok(loaded) if all_languages && !missing_translations(&loaded.checklist).is_empty() => {
            Err(missing_translations(&loaded.checklist)
                .iter()
                .map(|e| format!("{name}: {e}"))
                .collect())
        }
        Ok(loaded) => {
            let c = &loaded.checklist;
            // A source nothing cites is allowed but is most likely a leftover: warn.
            // (A question citing an undefined source is already an error above.)
            for (i, source) in c.sources.iter().enumerate() {
                if !c.questions().any(|q| q.tags.sources.contains(&source.key)) {
                    eprintln!(
                        "warning: {name}: sources[{i}]: source \"{}\" is cited by no question",
                        source.key
                    );
                }
            }
            Ok(format!(
                "OK {} {}: {} questions",
                c.id,
                c.version,
                c.questions().count()
            ))
        }
        Err(ImportError::Invalid(errors)) => {
            Err(errors.iter().map(|e| format!("{name}: {e}")).collect())
        }
        Err(ImportError::Syntax {
            line,
            column,
            reason,
        }) => Err(vec![format!(
            "{name}: line {line} column {column}: not valid JSON: {reason}"
        )]),
        Err(other) => Err(vec![format!("{name}: {other}")]),
    }
}
