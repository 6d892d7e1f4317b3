//! Published test vectors (see tests/vectors/README.md for where each file comes from).

use audit_core::canonical::canonical_json;
use audit_core::signing::{
    DidKey, SecretKey, SignedDocument, encode_proof_value, hash_data, parse_strict,
};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

fn vector(path: &str) -> String {
    let full = format!("{}/tests/vectors/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

/// Names of the cyberphone JCS test files (the same names in input/ and output/).
fn jcs_vector_names() -> Vec<String> {
    let dir = format!("{}/tests/vectors/jcs/input", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names.len(),
        6,
        "arrays, french, structures, unicode, values, weird"
    );
    names
}

/// Checks the canonical form of `value` and its SHA-256 against two vector files.
fn assert_canonical(value: &Map<String, Value>, canonical_file: &str, hash_file: &str) {
    let canonical = canonical_json(value).unwrap();
    assert_eq!(canonical, vector(canonical_file));
    assert_eq!(
        hex::encode(Sha256::digest(canonical.as_bytes())),
        vector(hash_file)
    );
}

fn object(text: &str) -> Map<String, Value> {
    match parse_strict(text).unwrap() {
        Value::Object(map) => map,
        other => panic!("not an object: {other}"),
    }
}

fn seed_of_multibase_private_key(text: &str) -> SecretKey {
    SecretKey::from_multibase(text).expect("a z3u2… Ed25519 private key")
}

#[test]
fn rfc8032_tests_1_to_3() {
    let cases: Vec<Value> = serde_json::from_str(&vector("rfc8032-ed25519.json")).unwrap();
    assert_eq!(cases.len(), 3);
    for case in cases {
        let seed: [u8; 32] = hex::decode(case["secret_key"].as_str().unwrap())
            .unwrap()
            .try_into()
            .unwrap();
        let key = SecretKey::from_seed(seed);
        assert_eq!(hex::encode(key.did_key().public_key()), case["public_key"]);
        let signature = key.sign(&hex::decode(case["message"].as_str().unwrap()).unwrap());
        assert_eq!(
            hex::encode(signature),
            case["signature"],
            "{}",
            case["name"]
        );
    }
}

#[test]
fn did_key_vectors() {
    let cases: Vec<Value> = serde_json::from_str(&vector("did-key-ed25519.json")).unwrap();
    for case in cases {
        let seed: [u8; 32] = hex::decode(case["seed"].as_str().unwrap())
            .unwrap()
            .try_into()
            .unwrap();
        let did = SecretKey::from_seed(seed).did_key();
        assert_eq!(did.as_str(), case["did"], "{}", case["name"]);
        let parsed = DidKey::parse(case["did"].as_str().unwrap()).unwrap();
        assert_eq!(hex::encode(parsed.public_key()), case["public_key"]);
    }
    let w3c: Value = serde_json::from_str(&vector("w3c-eddsa-jcs-2022/keyPair.json")).unwrap();
    let did = format!("did:key:{}", w3c["publicKeyMultibase"].as_str().unwrap());
    assert_eq!(
        hex::encode(DidKey::parse(&did).unwrap().public_key()),
        "b00d8d938e7f773d51565aad36a623f5344f7f5d1960f9cf3e8e12620ea2810f"
    );
    let secret = seed_of_multibase_private_key(w3c["privateKeyMultibase"].as_str().unwrap());
    assert_eq!(secret.did_key().as_str(), did);
    assert_eq!(secret.to_multibase(), w3c["privateKeyMultibase"]);
}

#[test]
fn did_key_refuses_other_keys() {
    let x25519 = format!(
        "did:key:z{}",
        bs58::encode([[0xec, 0x01].as_slice(), &[7; 32]].concat()).into_string()
    );
    let short = format!(
        "did:key:z{}",
        bs58::encode([[0xed, 0x01].as_slice(), &[7; 31]].concat()).into_string()
    );
    for bad in [
        "did:web:example",
        "did:key:6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp",
        "did:key:z0OIl",
        &x25519,
        &short,
    ] {
        assert!(DidKey::parse(bad).is_err(), "{bad}");
    }
    let did = "did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp";
    assert!(
        DidKey::from_verification_method(&format!(
            "{did}#z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp"
        ))
        .is_ok()
    );
    assert!(DidKey::from_verification_method(&format!("{did}#key-1")).is_err());
}

#[test]
fn jcs_cyberphone_files_are_byte_exact() {
    for name in jcs_vector_names() {
        let input = parse_strict(&vector(&format!("jcs/input/{name}"))).unwrap();
        let expected = vector(&format!("jcs/output/{name}"));
        assert_eq!(canonical_json(&input).unwrap(), expected, "{name}");
    }
}

#[test]
fn w3c_eddsa_jcs_2022_intermediates() {
    let dir = "w3c-eddsa-jcs-2022";
    let unsigned = object(&vector(&format!("{dir}/unsigned.json")));
    assert_canonical(
        &unsigned,
        &format!("{dir}/canonDocJCS.txt"),
        &format!("{dir}/docHashJCS.txt"),
    );
    let config = object(&vector(&format!("{dir}/proofConfigJCS.json")));
    assert_canonical(
        &config,
        &format!("{dir}/proofCanonJCS.txt"),
        &format!("{dir}/proofHashJCS.txt"),
    );

    let data = hash_data(&config, &unsigned).unwrap();
    assert_eq!(
        hex::encode(data),
        vector(&format!("{dir}/combinedHashJCS.txt"))
    );

    let keys: Value = serde_json::from_str(&vector(&format!("{dir}/keyPair.json"))).unwrap();
    let secret = seed_of_multibase_private_key(keys["privateKeyMultibase"].as_str().unwrap());
    let signature = secret.sign(&data);
    assert_eq!(
        hex::encode(signature),
        vector(&format!("{dir}/sigHexJCS.txt"))
    );
    assert_eq!(
        encode_proof_value(&signature),
        vector(&format!("{dir}/sigBTC58JCS.txt"))
    );
}

fn now() -> audit_core::Timestamp {
    audit_core::Timestamp::parse("2026-11-30T12:00:00Z").unwrap()
}

#[test]
fn w3c_signed_document_verifies_and_any_character_change_fails() {
    let text = vector("w3c-eddsa-jcs-2022/signedJCS.json");
    let report = SignedDocument::parse(&text).unwrap().verify(None, &now());
    assert!(report.is_valid(), "{report:?}");
    assert_eq!(report.proofs.len(), 1);

    let tampered = text.replace("The School of Examples", "The School of Exampels");
    let report = SignedDocument::parse(&tampered)
        .unwrap()
        .verify(None, &now());
    assert!(!report.is_valid());
    assert_eq!(
        report.proofs[0].outcome.as_ref().unwrap_err().to_string(),
        "the signature does not match: the document or this proof was changed after signing"
    );

    let tampered_proof = text.replace("2023-02-24T23:36:38Z", "2023-02-24T23:36:39Z");
    assert!(
        !SignedDocument::parse(&tampered_proof)
            .unwrap()
            .verify(None, &now())
            .is_valid()
    );
}

#[test]
fn multi_key_pairs_derive_their_public_keys() {
    let pairs: Value =
        serde_json::from_str(&vector("w3c-eddsa-jcs-2022/multiKeyPairs.json")).unwrap();
    let pairs = pairs.as_object().unwrap();
    assert_eq!(pairs.len(), 4);
    for (name, pair) in pairs {
        let secret = seed_of_multibase_private_key(pair["privateKeyMultibase"].as_str().unwrap());
        assert_eq!(
            secret.did_key().as_str(),
            format!("did:key:{}", pair["publicKeyMultibase"].as_str().unwrap()),
            "{name}"
        );
    }
}
