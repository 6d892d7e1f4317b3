//! The hostile-input corpus (tests/fixtures/hostile/, listed in its corpus.json and README.md)
//! through the real binary: each file gets its verdict and a first line that names the problem,
//! in under 2 s, without a panic. The large and time-dependent files are generated at test time
//! by scripts/hostile-corpus.mjs into a temporary folder.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use serde_json::Value;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
const LIMIT: Duration = Duration::from_secs(2);

fn root() -> PathBuf {
    Path::new(ROOT).canonicalize().unwrap()
}

fn corpus() -> Vec<Value> {
    let text = std::fs::read_to_string(root().join("tests/fixtures/hostile/corpus.json")).unwrap();
    serde_json::from_str::<Value>(&text)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

/// The folder of generated files, made once per test run.
fn generated() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("hostile-corpus-{}", std::process::id()));
        let out = Command::new("node")
            .arg(root().join("scripts/hostile-corpus.mjs"))
            .arg(&dir)
            .output()
            .expect("node runs scripts/hostile-corpus.mjs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        dir
    })
}

fn path_of(entry: &Value) -> String {
    let file = entry["file"].as_str().unwrap();
    let dir = if entry["generated"] == true {
        generated().to_path_buf()
    } else {
        root().join("tests/fixtures/hostile")
    };
    dir.join(file).to_string_lossy().into_owned()
}

/// Runs audit-cli and returns its output and how long it took.
fn run(args: &[&str]) -> (Output, Duration) {
    let start = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_audit-cli"))
        .args(args)
        .output()
        .expect("the binary runs");
    (out, start.elapsed())
}

/// The first line of stdout, or of stderr when stdout is empty.
fn first_line(out: &Output) -> String {
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let text = if stdout.trim().is_empty() {
        stderr
    } else {
        stdout
    };
    text.lines().next().unwrap_or_default().to_owned()
}

/// True when `line` contains one of the `|`-separated keywords, ignoring case.
fn names(line: &str, keywords: &str) -> bool {
    let line = line.to_lowercase();
    keywords
        .split('|')
        .any(|k| line.contains(&k.to_lowercase()))
}

/// Checks one `verify` run against the expected verdict; returns what is wrong, if anything.
fn check_verdict(
    label: &str,
    path: &str,
    (out, took): &(Output, Duration),
    valid: bool,
    keyword: &str,
) -> Vec<String> {
    let mut wrong = Vec::new();
    let line = first_line(out);
    let stderr = String::from_utf8_lossy(&out.stderr);
    if stderr.contains("panicked") {
        wrong.push(format!("{label}: panicked: {stderr}"));
    }
    if *took >= LIMIT {
        wrong.push(format!("{label}: took {took:?}"));
    }
    let code = out.status.code();
    if valid {
        if code != Some(0) || !line.starts_with(&format!("{path}: VALID (")) {
            wrong.push(format!("{label}: expected VALID, got {code:?} {line:?}"));
        }
    } else if code != Some(1)
        || !line
            .strip_prefix(&format!("{path}: INVALID: "))
            .is_some_and(|reason| names(reason, keyword))
    {
        let shown: String = line.chars().take(300).collect();
        wrong.push(format!(
            "{label}: expected exit 1 and \"INVALID: …{keyword}…\", got {code:?} {shown:?}"
        ));
    }
    wrong
}

#[test]
fn every_corpus_file_gets_its_verdict_quickly_and_without_a_panic() {
    let mut wrong = Vec::new();
    for entry in corpus().iter().filter(|e| e["kind"] == "signed") {
        let path = path_of(entry);
        let label = entry["file"].as_str().unwrap();
        let outcome = run(&["verify", &path]);
        wrong.extend(check_verdict(
            label,
            &path,
            &outcome,
            entry["valid"] == true,
            entry["keyword"].as_str().unwrap(),
        ));
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

#[test]
fn with_the_checklists_a_false_summary_is_invalid() {
    let checklists = root().join("static/checklists");
    let checklists = checklists.to_string_lossy();
    let mut wrong = Vec::new();
    let mut seen = 0;
    for entry in corpus().iter().filter(|e| e["checklists"].is_string()) {
        seen += 1;
        let path = path_of(entry);
        let expected = entry["checklists"].as_str().unwrap();
        let outcome = run(&["verify", "--checklists", &checklists, &path]);
        let label = format!("{} --checklists", entry["file"].as_str().unwrap());
        wrong.extend(check_verdict(
            &label,
            &path,
            &outcome,
            expected == "valid",
            expected,
        ));
    }
    assert_eq!(seen, 2, "the co-signed control and the false summary");
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

#[test]
fn an_oversized_checklist_is_refused_in_one_line() {
    for entry in corpus().iter().filter(|e| e["kind"] == "checklist") {
        let path = path_of(entry);
        let (out, took) = run(&["check", &path]);
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let all = format!("{stdout}{stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(took < LIMIT, "{took:?}");
        assert_eq!(out.status.code(), Some(1), "{all}");
        assert_eq!(all.lines().count(), 1, "one line: {all}");
        let reason = all.strip_prefix(&format!("{path}: ")).unwrap_or(&all);
        assert!(
            names(reason, entry["keyword"].as_str().unwrap()),
            "names the limit: {all}"
        );
    }
}

#[test]
fn the_readme_lists_every_corpus_file() {
    let readme = std::fs::read_to_string(root().join("tests/fixtures/hostile/README.md")).unwrap();
    for entry in corpus() {
        let file = entry["file"].as_str().unwrap();
        assert!(readme.contains(&format!("`{file}`")), "{file}");
    }
}
