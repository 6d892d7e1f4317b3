//! Keys and signatures in a real headless Chromium: WebCrypto Ed25519, the wrapped fallback,
//! keys kept in IndexedDB and never in localStorage, and the time to sign and verify a large
//! audit.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use audit_core::signing::{IdentityCard, ProofOptions, Role, Signatory, SignedDocument};
use audit_core::{
    AnswerValue, AuditRecord, ChecklistRef, Compliance, Edit, Language, Timestamp, Uuid,
};
use js_sys::{Array, Uint8Array};
use supplier_audit::app::{App, AppProps};
use supplier_audit::keys::{PrivateKey, sign_ed25519};
use supplier_audit::storage::{Opening, OwnIdentity, Storage};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{CryptoKey, Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

fn subtle() -> web_sys::SubtleCrypto {
    gloo_utils::window().crypto().unwrap().subtle()
}

fn now() -> Timestamp {
    Timestamp::parse(&String::from(js_sys::Date::new_0().to_iso_string())).unwrap()
}

/// RFC 8032 TEST 1's seed imported as PKCS#8 (RFC 8410 prefix + seed), non-extractable.
async fn import_test_1_key() -> CryptoKey {
    let der = [
        hex::decode("302e020100300506032b657004220420").unwrap(),
        hex::decode("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60").unwrap(),
    ]
    .concat();
    let usages: JsValue = Array::of1(&"sign".into()).into();
    let promise = subtle()
        .import_key_with_str(
            "pkcs8",
            &Uint8Array::from(der.as_slice()),
            "Ed25519",
            false,
            &usages,
        )
        .unwrap();
    JsFuture::from(promise).await.unwrap().unchecked_into()
}

#[wasm_bindgen_test]
async fn webcrypto_reproduces_rfc8032_test_1() {
    let key = import_test_1_key().await;
    let signature = sign_ed25519(&key, &[]).await.unwrap();
    assert_eq!(
        hex::encode(signature),
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
    );
}

fn finalized_record(signatories: &[Signatory], answers: usize) -> AuditRecord {
    let reference = ChecklistRef {
        id: "bench".into(),
        version: "1.0.0".parse().unwrap(),
        sha256: "ab".repeat(32),
    };
    let mut record = AuditRecord::new(Uuid::from_u128(answers as u128 + 1), reference, now());
    for i in 0..answers {
        let question = format!("Q{i:03}");
        let value = Some(AnswerValue::from(Compliance::ALL[i % 4]));
        record.apply(
            Edit::Answer {
                question: question.clone(),
                value,
            },
            now(),
        );
        record.apply(
            Edit::Note {
                question,
                note: format!("Evidence seen for question {i}: register p. {i}, interviews 3/5."),
            },
            now(),
        );
    }
    record.finalize(now());
    for signatory in signatories {
        record.add_signatory(signatory.clone()).unwrap();
    }
    record
}

/// The core's two signing steps around a key that signs asynchronously, as in the app.
async fn sign(document: &mut SignedDocument, key: &PrivateKey, signatory: &Signatory) {
    let options = ProofOptions {
        id: Uuid::from_u128(js_sys::Math::random().to_bits() as u128),
        created: now(),
        signer: signatory.did.clone(),
    };
    let request = document.prepare(&options).unwrap();
    let signature = key.sign(request.data()).await.unwrap();
    *document = request.complete(&signature).unwrap();
}

fn signatory(name: &str, role: Role, did: audit_core::signing::DidKey) -> Signatory {
    Signatory {
        role,
        name: name.into(),
        organisation: "Test".into(),
        did,
    }
}

#[wasm_bindgen_test]
async fn new_keys_are_webcrypto_and_not_extractable() {
    let (key, did) = PrivateKey::create().await.unwrap();
    let PrivateKey::WebCrypto(crypto_key) = &key else {
        panic!("Chromium has WebCrypto Ed25519")
    };
    assert!(!crypto_key.extractable());
    assert_eq!(crypto_key.type_(), "private");
    let export = JsFuture::from(subtle().export_key("pkcs8", crypto_key).unwrap()).await;
    assert!(export.is_err(), "a non-extractable key cannot be exported");

    let party = signatory("Amina", Role::Auditor, did);
    let mut document =
        SignedDocument::from_record(&finalized_record(std::slice::from_ref(&party), 3)).unwrap();
    sign(&mut document, &key, &party).await;
    assert!(document.verify(None, &now()).is_valid());
}

#[wasm_bindgen_test]
async fn the_wrapped_fallback_signs_and_keeps_only_ciphertext() {
    let (key, did) = PrivateKey::create_wrapped().await.unwrap();
    let PrivateKey::Wrapped {
        wrapping_key,
        ciphertext,
        iv,
    } = &key
    else {
        panic!("wrapped key expected")
    };
    assert!(!wrapping_key.extractable());
    assert_eq!(
        (iv.len(), ciphertext.len()),
        (12, 32 + 16),
        "AES-GCM of a 32-byte seed with its tag"
    );
    let party = signatory("Carlos", Role::SupplierRepresentative, did);
    let mut document =
        SignedDocument::from_record(&finalized_record(std::slice::from_ref(&party), 3)).unwrap();
    sign(&mut document, &key, &party).await;
    assert!(document.verify(None, &now()).is_valid());
}

#[wasm_bindgen_test]
async fn keys_survive_indexed_db_and_still_sign() {
    let identities = Storage::open(|_| ()).await.unwrap().identities;
    for (key, did) in [
        PrivateKey::create().await.unwrap(),
        PrivateKey::create_wrapped().await.unwrap(),
    ] {
        let card = IdentityCard::new(
            "Fatima".into(),
            "Union".into(),
            Role::UnionRepresentative,
            did.clone(),
        );
        identities
            .put_own(&OwnIdentity {
                card: card.clone(),
                key,
            })
            .await
            .unwrap();
        let stored = identities
            .own()
            .await
            .unwrap()
            .into_iter()
            .find(|i| i.card == card)
            .expect("stored");
        let party = card.signatory();
        let mut document =
            SignedDocument::from_record(&finalized_record(std::slice::from_ref(&party), 2))
                .unwrap();
        sign(&mut document, &stored.key, &party).await;
        assert!(document.verify(None, &now()).is_valid());
        identities.delete_own(&did).await.unwrap();
        assert!(
            identities
                .own()
                .await
                .unwrap()
                .iter()
                .all(|i| i.card.did != did)
        );
    }
    assert_local_storage_holds_no_key();
}

/// What the app may keep in localStorage: only the language preference
/// (`effects::language`), whose value is a language code and so can hold no key.
const LOCAL_STORAGE_ALLOWED: &[&str] = &["supplier-audit.language"];

fn local_storage() -> web_sys::Storage {
    gloo_utils::window().local_storage().unwrap().unwrap()
}

fn local_storage_entries() -> Vec<(String, String)> {
    let storage = local_storage();
    (0..storage.length().unwrap())
        .map(|i| {
            let key = storage.key(i).unwrap().unwrap();
            let value = storage.get_item(&key).unwrap().unwrap();
            (key, value)
        })
        .collect()
}

fn assert_local_storage_holds_no_key() {
    for (key, value) in local_storage_entries() {
        assert!(
            LOCAL_STORAGE_ALLOWED.contains(&key.as_str()),
            "localStorage holds {key:?} = {value:?}"
        );
        assert!(
            Language::from_code(&value).is_some(),
            "{key:?} holds {value:?}, not a language code"
        );
    }
}

/// Waits up to ten seconds for `selector` to match under `root`: the app renders after
/// IndexedDB opens and after each key operation.
async fn appears(root: &Element, selector: &str) -> HtmlElement {
    for _ in 0..500 {
        if let Some(found) = root.query_selector(selector).unwrap() {
            return found.unchecked_into();
        }
        yew::platform::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("nothing matches {selector} after 10 s")
}

#[wasm_bindgen_test]
async fn creating_an_identity_in_the_app_puts_no_key_in_local_storage() {
    local_storage().clear().unwrap();
    let window = gloo_utils::window();
    window.location().set_hash("#/identities").unwrap();
    let root = gloo_utils::document().create_element("div").unwrap();
    gloo_utils::document()
        .body()
        .unwrap()
        .append_child(&root)
        .unwrap();
    let opening = Opening::start();
    let app =
        yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { opening }).render();

    for (selector, value) in [
        ("#identity-name", "Nadia Probe"),
        ("#identity-organisation", "Labour Inspectorate"),
    ] {
        appears(&root, selector)
            .await
            .unchecked_into::<HtmlInputElement>()
            .set_value(value);
    }
    appears(&root, "#identity-role")
        .await
        .unchecked_into::<HtmlSelectElement>()
        .set_value("Witness");
    appears(&root, "fieldset.create-identity button.create")
        .await
        .click();
    let did = appears(&root, ".identity-card")
        .await
        .get_attribute("data-did")
        .unwrap();

    let identities = Storage::open(|_| ()).await.unwrap().identities;
    let own = identities.own().await.unwrap();
    let made = own
        .iter()
        .find(|i| i.card.did.to_string() == did)
        .expect("the key went to IndexedDB");
    assert_eq!(made.card.role, Role::Witness);
    let stored: Vec<String> = local_storage_entries()
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    assert_eq!(
        stored, LOCAL_STORAGE_ALLOWED,
        "the app ran and remembered the language, and stored nothing else"
    );
    assert_local_storage_holds_no_key();

    app.destroy();
    identities.delete_own(&made.card.did).await.unwrap();
    window.location().set_hash("").unwrap();
}

#[wasm_bindgen_test]
async fn time_to_sign_and_verify_a_300_answer_audit_with_3_proofs() {
    let mut keys = Vec::new();
    let mut parties = Vec::new();
    for (name, role) in [
        ("A", Role::Auditor),
        ("S", Role::SupplierRepresentative),
        ("U", Role::UnionRepresentative),
    ] {
        let (key, did) = PrivateKey::create().await.unwrap();
        keys.push(key);
        parties.push(signatory(name, role, did));
    }
    let record = finalized_record(&parties, 300);
    let started = js_sys::Date::now();
    let mut document = SignedDocument::from_record(&record).unwrap();
    for (key, party) in keys.iter().zip(&parties) {
        sign(&mut document, key, party).await;
    }
    let signed = js_sys::Date::now();
    let text = document.to_json_pretty();
    let report = SignedDocument::parse(&text).unwrap().verify(None, &now());
    let verified = js_sys::Date::now();
    assert!(report.is_valid());
    console_log!(
        "benchmark: 300 answers, {} bytes: signing 3 proofs {:.1} ms, parse + verify {:.1} ms",
        text.len(),
        signed - started,
        verified - signed
    );
}
