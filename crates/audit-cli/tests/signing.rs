//! keygen, sign, verify and canonicalize through the real binary.

mod common;

use std::path::PathBuf;

use std::process::Output;

use common::{run, stdout};

use audit_core::signing::{ProofOptions, SecretKey, SignedDocument};
use audit_core::{Timestamp, Uuid};
use serde_json::{Value, json};

struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("audit-cli-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn write(&self, name: &str, content: &str) -> String {
        let path = self.0.join(name);
        std::fs::write(&path, content).unwrap();
        path.to_string_lossy().into_owned()
    }
}

const VECTORS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../audit-core/tests/vectors");
/// The app's checklists, with older versions in archive/: the definitions summaries come from.
const CHECKLISTS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../static/checklists");

fn sign(key: &str, file: &str) -> Output {
    run(&["sign", "--key", key, "--checklists", CHECKLISTS, file])
}

fn keygen(scratch: &Scratch, name: &str) -> (String, String) {
    let out = run(&["keygen"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("secret"));
    let key: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let did = key["did"].as_str().unwrap().to_owned();
    assert!(did.starts_with("did:key:z6Mk"));
    assert!(
        key["privateKeyMultibase"]
            .as_str()
            .unwrap()
            .starts_with("z3u2")
    );
    (scratch.write(name, &stdout(&out)), did)
}

fn finalized_record(auditor: &str, union: &str) -> String {
    let mut record: Value =
        serde_json::from_str(include_str!("fixtures/audit-record.json")).unwrap();
    record["finalized"] = json!("2026-11-28T10:00:00Z");
    // The archived 0.1.0 definition, so that the summary can be recomputed.
    record["checklist"]["sha256"] =
        json!("40867ba68b12c9d585f882cc4cb3a073c3b336b4e09b5c0c71767ea46a032801");
    record["signatories"] = json!([
        {"role": "auditor", "name": "Amina Diallo", "organisation": "Audit Partners", "did": auditor},
        {"role": "union_representative", "name": "Fatima Zahra", "organisation": "Textile Workers' Union", "did": union},
    ]);
    serde_json::to_string_pretty(&record).unwrap()
}

#[test]
fn two_parties_sign_and_verify() {
    let scratch = Scratch::new("sign");
    let (auditor_key, auditor) = keygen(&scratch, "auditor.key.json");
    let (union_key, union) = keygen(&scratch, "union.key.json");
    let record = scratch.write("record.json", &finalized_record(&auditor, &union));

    let once = sign(&auditor_key, &record);
    assert!(
        once.status.success(),
        "{}",
        String::from_utf8_lossy(&once.stderr)
    );
    let once = scratch.write("once.json", &stdout(&once));
    let partial = run(&["verify", &once]);
    assert_eq!(partial.status.code(), Some(1));
    let text = stdout(&partial);
    assert!(
        text.lines().next().unwrap().ends_with(&format!(
            "INVALID: missing signature: Union representative Fatima Zahra \
             (Textile Workers' Union), {union}"
        )),
        "{text}"
    );

    let twice = sign(&union_key, &once);
    assert!(twice.status.success());
    let twice = scratch.write("twice.json", &stdout(&twice));
    let full = run(&["verify", &twice]);
    assert!(full.status.success(), "{}", stdout(&full));
    assert!(stdout(&full).contains("VALID (2 proof(s))"));
    assert!(stdout(&full).contains("proof 1: Auditor Amina Diallo (Audit Partners)"));

    let tampered = scratch.write(
        "tampered.json",
        &std::fs::read_to_string(&twice)
            .unwrap()
            .replace("Plant 2", "Plant 3"),
    );
    let out = run(&["verify", &twice, &tampered]);
    assert_eq!(out.status.code(), Some(1), "one bad file fails the run");
    let text = stdout(&out);
    assert_eq!(
        text.matches("INVALID: the signature does not match")
            .count(),
        2,
        "{text}"
    );

    let json = run(&["verify", "--json", &twice, &tampered]);
    let reports: Value = serde_json::from_str(&stdout(&json)).unwrap();
    assert_eq!(reports[0]["valid"], true);
    assert_eq!(reports[1]["valid"], false);
    assert_eq!(reports[1]["proofs"][0]["signatory"]["role"], "auditor");
    assert_eq!(reports[0]["proofs"].as_array().unwrap().len(), 2);
}

#[test]
fn a_trust_list_names_known_and_unknown_signers() {
    let scratch = Scratch::new("trust");
    let (auditor_key, auditor) = keygen(&scratch, "a.key.json");
    let (union_key, union) = keygen(&scratch, "u.key.json");
    let record = scratch.write("record.json", &finalized_record(&auditor, &union));
    let once = scratch.write("once.json", &stdout(&sign(&auditor_key, &record)));
    let signed = scratch.write("signed.json", &stdout(&sign(&union_key, &once)));
    let list = json!({"format": "supplier-audit-trust-list/1", "publisher": "Ministry of Labour",
        "entries": [{"did": union, "name": "Fatima Zahra (accredited)", "organisation": "Textile Workers' Union"}]});
    let list = scratch.write("trust.json", &list.to_string());
    let text = stdout(&run(&["verify", "--trust-list", &list, &signed]));
    let proof = |n: usize| {
        text.lines()
            .find(|l| l.starts_with(&format!("  proof {n}:")))
            .unwrap_or_default()
    };
    assert!(
        proof(1).ends_with("valid (NOT on the trust list)"),
        "{text}"
    );
    assert!(
        proof(2).ends_with("valid (trust list: Fatima Zahra (accredited), Textile Workers' Union)"),
        "{text}"
    );
}

#[test]
fn signing_refuses_a_key_that_is_not_listed_and_a_draft() {
    let scratch = Scratch::new("refuse");
    let (auditor_key, auditor) = keygen(&scratch, "a.key.json");
    let (stranger_key, _) = keygen(&scratch, "s.key.json");
    let (_, union) = keygen(&scratch, "u.key.json");
    let record = scratch.write("record.json", &finalized_record(&auditor, &union));
    let out = sign(&stranger_key, &record);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not on the signatory list"));

    let draft = scratch.write("draft.json", include_str!("fixtures/audit-record.json"));
    let out = sign(&auditor_key, &draft);
    assert!(String::from_utf8_lossy(&out.stderr).contains("finalize the audit first"));

    let out = run(&["sign", "--key", &auditor_key, &record]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("the scores cannot be recomputed") && stderr.contains("--checklists DIR"),
        "{stderr}"
    );
}

#[test]
fn verify_with_checklists_refuses_a_summary_the_answers_do_not_bear_out() {
    let scratch = Scratch::new("summary");
    let (auditor_key, auditor) = keygen(&scratch, "a.key.json");
    let (union_key, union) = keygen(&scratch, "u.key.json");
    let record = scratch.write("record.json", &finalized_record(&auditor, &union));
    let once = scratch.write("once.json", &stdout(&sign(&auditor_key, &record)));
    let both = stdout(&sign(&union_key, &once));
    let honest = scratch.write("honest.json", &both);
    let out = run(&["verify", "--checklists", CHECKLISTS, &honest]);
    assert!(out.status.success(), "{}", stdout(&out));

    // Both parties sign a summary that claims a better score than the answers give.
    let mut forged: Value = serde_json::from_str(&both).unwrap();
    forged.as_object_mut().unwrap().remove("proof");
    forged["summary"]["score"]["percent"] = json!(100);
    let forged_path = scratch.write("forged.json", &forged.to_string());
    // audit-cli signs the summary it recomputes, never the one in the file…
    let resigned: Value = serde_json::from_str(&stdout(&sign(&auditor_key, &forged_path))).unwrap();
    assert_eq!(
        resigned["summary"],
        serde_json::from_str::<Value>(&both).unwrap()["summary"]
    );
    // …so the forgers sign it with the bare signing primitive, and the signatures are valid.
    let mut document = SignedDocument::parse(&forged.to_string()).unwrap();
    for (n, key_path) in [&auditor_key, &union_key].into_iter().enumerate() {
        let key_file: Value =
            serde_json::from_str(&std::fs::read_to_string(key_path).unwrap()).unwrap();
        let key =
            SecretKey::from_multibase(key_file["privateKeyMultibase"].as_str().unwrap()).unwrap();
        let options = ProofOptions {
            id: Uuid::from_u128(n as u128 + 1),
            created: Timestamp::parse("2026-11-28T12:00:00Z").unwrap(),
            signer: key.did_key(),
        };
        document = document.sign_with(&options, |d| key.sign(d)).unwrap();
    }
    let forged = scratch.write("forged-signed.json", &document.to_json_pretty());
    let out = run(&["verify", &forged]);
    assert!(
        out.status.success(),
        "the signatures alone are valid: {}",
        stdout(&out)
    );
    let out = run(&["verify", "--checklists", CHECKLISTS, &honest, &forged]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.lines().next().unwrap().ends_with("VALID (2 proof(s))"),
        "{text}"
    );
    assert!(
        text.contains("forged-signed.json: INVALID: the summary in the file (score 100 %"),
        "{text}"
    );
}

#[test]
fn verifies_the_w3c_signed_vector() {
    let path = format!("{VECTORS}/w3c-eddsa-jcs-2022/signedJCS.json");
    let out = run(&["verify", &path]);
    assert!(out.status.success(), "{}", stdout(&out));
    assert!(stdout(&out).contains("VALID (1 proof(s))"));
}

#[test]
fn canonicalize_is_byte_exact_without_a_trailing_newline() {
    let inputs = std::fs::read_dir(format!("{VECTORS}/jcs/input")).unwrap();
    let names: Vec<_> = inputs.map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names.len(), 6);
    for name in names {
        let name = name.to_string_lossy();
        let out = run(&["canonicalize", &format!("{VECTORS}/jcs/input/{name}")]);
        assert!(out.status.success());
        let expected = std::fs::read(format!("{VECTORS}/jcs/output/{name}")).unwrap();
        assert_eq!(out.stdout, expected, "{name}");
    }
    let scratch = Scratch::new("canon");
    let duplicate = scratch.write("dup.json", "{\"a\": 1, \"a\": 2}");
    let out = run(&["canonicalize", &duplicate]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("duplicate member name \"a\" at line 1"));
}
