use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};

use audit_core::Timestamp;
use audit_core::signing::{
    Invalidity, ProofReport, Signatory, SignedDocument, TrustList, VerificationReport, Verifier,
    describe_signatory,
};
use audit_core::workflow::check_summary;
use serde_json::{Value, json};

use super::bundle_file::document_text;
use super::checklists::Checklists;
use super::{now, read};

/// What verification found for one file: the report, and a reason the file is invalid
/// beyond its proofs (unreadable, or a summary its answers do not bear out).
struct Outcome {
    report: Option<VerificationReport>,
    refused: Option<String>,
    /// For a bundle: how many photos matched their SHA-256.
    photos: Option<usize>,
}

impl Outcome {
    fn is_valid(&self) -> bool {
        self.refused.is_none() && self.report.as_ref().is_some_and(|r| r.is_valid())
    }

    /// The one line that names the problem, or none for a valid file.
    fn first_problem(&self) -> Option<String> {
        self.refused.clone().or_else(|| {
            self.report
                .as_ref()
                .and_then(|r| r.problems().next().map(|p| p.to_string()))
        })
    }
}

pub fn verify(
    files: &[PathBuf],
    trust_list: Option<&Path>,
    checklists: Option<&Path>,
    as_json: bool,
) -> Result<ExitCode, String> {
    let trust_list = trust_list
        .map(|path| TrustList::parse(&read(path)?).map_err(|e| format!("{}: {e}", path.display())))
        .transpose()?;
    let checklists = checklists.map(Checklists::load).transpose()?;
    let now = now()?;
    // Files are verified in parallel; each report is written as soon as it and every
    // report before it are ready, so the output is in the order of the arguments.
    let mut out = io::BufWriter::new(io::stdout());
    let mut all_valid = true;
    let mut written = 0usize;
    // One verifier per thread: it remembers the keys it has read; all share their tables of
    // the keys they use most.
    let verifiers = Verifier::new();
    in_order(
        files,
        || verifiers.sharing_tables(),
        |verifier, file| {
            let outcome = verify_file(
                verifier,
                file,
                trust_list.as_ref(),
                checklists.as_ref(),
                &now,
            );
            let text = if as_json {
                json_item(&json_report(file, &outcome))
            } else {
                text_report(file, &outcome)
            };
            (outcome.is_valid(), text)
        },
        |(valid, text)| {
            all_valid &= valid;
            if as_json {
                out.write_all(if written == 0 { b"[\n" } else { b",\n" })?;
            }
            written += 1;
            out.write_all(text.as_bytes())?;
            out.flush()
        },
    )
    .and_then(|()| {
        if as_json {
            out.write_all(if written == 0 { b"[]\n" } else { b"\n]\n" })?;
        }
        out.flush()
    })
    .map_err(|e| format!("cannot write the report: {e}"))?;
    Ok(if all_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Runs `work` on every item on all of rayon's threads, each thread with its own state made
/// by `state`, and gives each result to `sink` in the order of `items`, as soon as it and all
/// before it are ready. Items are taken in order, so at most one result per thread waits for
/// an earlier one. The thread that finishes the next result in order hands it (and those
/// after it that wait) to `sink`: no thread is woken only to write.
fn in_order<T: Sync, S, R: Send>(
    items: &[T],
    state: impl Fn() -> S + Sync,
    work: impl Fn(&mut S, &T) -> R + Sync,
    sink: impl FnMut(R) -> io::Result<()> + Send,
) -> io::Result<()> {
    struct Queue<R, F> {
        next: usize,
        waiting: BTreeMap<usize, R>,
        sink: F,
        failed: Option<io::Error>,
    }
    let queue = Mutex::new(Queue {
        next: 0,
        waiting: BTreeMap::new(),
        sink,
        failed: None,
    });
    let taken = AtomicUsize::new(0);
    rayon::broadcast(|_| {
        let mut state = state();
        loop {
            let index = taken.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(index) else { break };
            let result = work(&mut state, item);
            let mut queue = queue.lock().unwrap_or_else(PoisonError::into_inner);
            // Once writing has failed, nothing more is written: stop.
            if queue.failed.is_some() {
                break;
            }
            queue.waiting.insert(index, result);
            let queue = &mut *queue;
            while let Some(result) = queue.waiting.remove(&queue.next) {
                if let Err(e) = (queue.sink)(result) {
                    queue.failed = Some(e);
                    break;
                }
                queue.next += 1;
            }
        }
    });
    let queue = queue.into_inner().unwrap_or_else(PoisonError::into_inner);
    queue.failed.map_or(Ok(()), Err)
}

/// One report as an element of the pretty-printed array: the same text as
/// `serde_json::to_string_pretty` of the whole list gives it, without the separators.
fn json_item(report: &Value) -> String {
    let pretty = serde_json::to_string_pretty(report).expect("a JSON value always serialises");
    let mut item = String::with_capacity(pretty.len() + 64);
    for (index, line) in pretty.split('\n').enumerate() {
        if index > 0 {
            item.push('\n');
        }
        item.push_str("  ");
        item.push_str(line);
    }
    item
}

fn verify_file(
    verifier: &mut Verifier,
    file: &Path,
    trust_list: Option<&TrustList>,
    checklists: Option<&Checklists>,
    now: &Timestamp,
) -> Outcome {
    let refused = |reason| Outcome {
        report: None,
        refused: Some(reason),
        photos: None,
    };
    let (text, photos) = match document_text(file) {
        Ok(read) => read,
        Err(reason) => return refused(reason),
    };
    // Without --checklists, nothing but the report needs the document: it is verified as it
    // is read, without a tree of it (the same report, with less work).
    let Some(checklists) = checklists else {
        return match verifier.verify_text(&text, trust_list, now) {
            Ok(report) => Outcome {
                report: Some(report),
                refused: None,
                photos,
            },
            Err(e) => refused(e.to_string()),
        };
    };
    let document = match SignedDocument::parse(&text) {
        Ok(document) => document,
        Err(e) => return refused(e.to_string()),
    };
    Outcome {
        report: Some(verifier.verify(&document, trust_list, now)),
        refused: summary_problem(&document, checklists),
        photos,
    }
}

/// With `--checklists`: the audit's summary recomputed from its answers must match.
fn summary_problem(document: &SignedDocument, checklists: &Checklists) -> Option<String> {
    let record = match document.record() {
        Ok(record) => record,
        Err(e) => return Some(format!("not an audit record, so no summary to check: {e}")),
    };
    let Some(checklist) = checklists.find(&record.checklist) else {
        return Some(format!(
            "the summary cannot be checked: checklist \"{}\" version {} ({}) is not in the checklists folder",
            record.checklist.id, record.checklist.version, record.checklist.sha256
        ));
    };
    check_summary(document, &record, checklist)
        .err()
        .map(|e| e.to_string())
}

fn who(signatory: Option<&Signatory>) -> String {
    signatory.map_or("not on the signatory list".into(), describe_signatory)
}

fn text_report(file: &Path, outcome: &Outcome) -> String {
    let mut out = String::new();
    let report = outcome.report.as_ref();
    match outcome.first_problem() {
        None => {
            let count = report.map_or(0, |r| r.proofs.len());
            let _ = writeln!(out, "{}: VALID ({count} proof(s))", file.display());
            if let Some(photos) = outcome.photos {
                let _ = writeln!(out, "  {photos} photo(s) match their SHA-256");
            }
        }
        Some(problem) => {
            let _ = writeln!(out, "{}: INVALID: {problem}", file.display());
        }
    }
    let Some(report) = report else {
        return out;
    };
    for proof in &report.proofs {
        let _ = writeln!(
            out,
            "  proof {}: {}, {}, created {}: {}{}",
            proof.index + 1,
            who(proof.signatory.as_ref()),
            proof
                .signer
                .as_ref()
                .map_or("unknown key".into(), ToString::to_string),
            proof.created.as_deref().unwrap_or("-"),
            proof
                .outcome
                .as_ref()
                .map_or_else(|e| format!("INVALID: {e}"), |()| "valid".into()),
            trust_note(report, proof),
        );
    }
    // Failed proofs are named on their own lines above; the other problems follow.
    let others = report
        .problems()
        .filter(|p| !matches!(p, Invalidity::Proof(..)));
    for problem in others {
        let _ = writeln!(out, "  {problem}");
    }
    out
}

fn trust_note(report: &VerificationReport, proof: &ProofReport) -> String {
    match (&proof.trusted, report.trust_list_used) {
        (Some(entry), _) => format!(" (trust list: {}, {})", entry.name, entry.organisation),
        (None, true) => " (NOT on the trust list)".into(),
        (None, false) => String::new(),
    }
}

fn json_report(file: &Path, outcome: &Outcome) -> Value {
    let file = file.display().to_string();
    let Some(report) = &outcome.report else {
        return json!({"file": file, "valid": false, "error": outcome.first_problem()});
    };
    let signatory = |s: &Signatory| json!({"role": s.role, "name": s.name, "organisation": s.organisation, "did": s.did});
    json!({
        "file": file,
        "valid": outcome.is_valid(),
        "error": outcome.first_problem(),
        "problems": report.problems().map(|p| p.to_string()).collect::<Vec<_>>(),
        "proofs": report.proofs.iter().map(|p| json!({
            "index": p.index,
            "id": p.id,
            "created": p.created,
            "signer": p.signer,
            "signatory": p.signatory.as_ref().map(signatory),
            "trusted": p.trusted,
            "valid": p.outcome.is_ok(),
            "reason": p.outcome.as_ref().err().map(ToString::to_string),
        })).collect::<Vec<_>>(),
        "missing": report.missing.iter().map(signatory).collect::<Vec<_>>(),
        "repeated": report.repeated.iter().map(signatory).collect::<Vec<_>>(),
        "unlisted": report.unlisted,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streamed_json_is_the_pretty_list() {
        let reports = vec![
            json!({"file": "a.json", "valid": false, "error": "x\ny", "proofs": [], "missing": [{}]}),
            json!({"file": "b.json", "valid": true, "proofs": [{"index": 0, "signatory": {"name": "N"}}]}),
        ];
        let streamed = format!(
            "[\n{}\n]\n",
            reports
                .iter()
                .map(json_item)
                .collect::<Vec<_>>()
                .join(",\n")
        );
        assert_eq!(
            streamed,
            format!("{}\n", serde_json::to_string_pretty(&reports).unwrap())
        );
        assert_eq!(
            "[]\n",
            format!(
                "{}\n",
                serde_json::to_string_pretty(&Vec::<Value>::new()).unwrap()
            )
        );
    }

    #[test]
    fn results_come_in_input_order() {
        let items: Vec<u64> = (0..500).collect();
        let mut seen = Vec::new();
        in_order(
            &items,
            || (),
            |(), n| {
                // Uneven work, so that later items often finish first.
                std::thread::sleep(std::time::Duration::from_micros((n * 7919) % 300));
                n * 2
            },
            |r| {
                seen.push(r);
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(seen, items.iter().map(|n| n * 2).collect::<Vec<_>>());
    }

    #[test]
    fn nothing_is_written_after_writing_fails() {
        let items: Vec<u64> = (0..500).collect();
        let mut seen = Vec::new();
        let outcome = in_order(
            &items,
            || (),
            |(), n| *n,
            |n| {
                seen.push(n);
                if n == 9 {
                    Err(io::Error::other("closed"))
                } else {
                    Ok(())
                }
            },
        );
        assert_eq!(outcome.unwrap_err().to_string(), "closed");
        assert_eq!(seen, (0..10).collect::<Vec<_>>());
    }
}
