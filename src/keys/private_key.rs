use audit_core::Language;
use audit_core::signing::{DidKey, SecretKey};
use js_sys::{Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::CryptoKey;

use super::subtle::{self, Aes};
use crate::i18n::Text;

/// A private key that can sign but never be read back by script.
#[derive(Clone, Debug, PartialEq)]
pub enum PrivateKey {
    /// A non-extractable WebCrypto Ed25519 key.
    WebCrypto(CryptoKey),
    /// An Ed25519 seed made in WASM, encrypted under a non-extractable AES-GCM key.
    Wrapped {
        wrapping_key: CryptoKey,
        iv: Vec<u8>,
        ciphertext: Vec<u8>,
    },
}

/// What the browser was asked to do when a key operation failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyAction {
    ReadPublicKey,
    DrawRandomBytes,
    MakeWrappingKey,
    EncryptNewKey,
    Sign,
    UnlockKey,
}

/// Why it failed: the browser's own words, or a result of the wrong size.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyReason {
    Browser(String),
    Not32Bytes,
    SignatureNot64Bytes,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyError {
    pub action: KeyAction,
    pub reason: KeyReason,
}

impl KeyError {
    pub fn message(&self, language: Language) -> String {
        let action = match self.action {
            KeyAction::ReadPublicKey => Text::KeyActionReadPublicKey,
            KeyAction::DrawRandomBytes => Text::KeyActionDrawRandomBytes,
            KeyAction::MakeWrappingKey => Text::KeyActionMakeWrappingKey,
            KeyAction::EncryptNewKey => Text::KeyActionEncryptNewKey,
            KeyAction::Sign => Text::KeyActionSign,
            KeyAction::UnlockKey => Text::KeyActionUnlockKey,
        };
        let reason = match &self.reason {
            KeyReason::Browser(words) => words.clone(),
            KeyReason::Not32Bytes => Text::KeyReasonNot32Bytes.get(language).to_owned(),
            KeyReason::SignatureNot64Bytes => {
                Text::KeyReasonSignatureNot64Bytes.get(language).to_owned()
            }
        };
        Text::KeyBrowserFailed.fill(
            language,
            &[("action", action.get(language)), ("reason", &reason)],
        )
    }
}

fn browser(action: KeyAction) -> impl Fn(JsValue) -> KeyError {
    move |e| KeyError {
        action,
        reason: KeyReason::Browser(crate::effects::js_error::js_message(&e)),
    }
}

fn wrong_size(action: KeyAction, reason: KeyReason) -> KeyError {
    KeyError { action, reason }
}

impl PrivateKey {
    /// A new key: WebCrypto Ed25519 where the browser has it, else the wrapped WASM key.
    pub async fn create() -> Result<(PrivateKey, DidKey), KeyError> {
        match subtle::generate_ed25519().await {
            Ok((key, public)) => {
                let public: [u8; 32] = public
                    .try_into()
                    .map_err(|_| wrong_size(KeyAction::ReadPublicKey, KeyReason::Not32Bytes))?;
                Ok((PrivateKey::WebCrypto(key), DidKey::from_public_key(public)))
            }
            Err(_) => PrivateKey::create_wrapped().await,
        }
    }

    /// The fallback: a seed from `crypto.getRandomValues`, kept only encrypted.
    pub async fn create_wrapped() -> Result<(PrivateKey, DidKey), KeyError> {
        let seed: [u8; 32] = subtle::random_bytes().map_err(browser(KeyAction::DrawRandomBytes))?;
        let did = SecretKey::from_seed(seed).did_key();
        let wrapping_key = subtle::generate_aes_key()
            .await
            .map_err(browser(KeyAction::MakeWrappingKey))?;
        let iv: [u8; 12] = subtle::random_bytes().map_err(browser(KeyAction::DrawRandomBytes))?;
        let ciphertext = subtle::aes_gcm(Aes::Encrypt, &wrapping_key, &iv, &seed)
            .await
            .map_err(browser(KeyAction::EncryptNewKey))?;
        Ok((
            PrivateKey::Wrapped {
                wrapping_key,
                iv: iv.to_vec(),
                ciphertext,
            },
            did,
        ))
    }

    pub async fn sign(&self, data: &[u8]) -> Result<[u8; 64], KeyError> {
        let signature = match self {
            PrivateKey::WebCrypto(key) => subtle::sign_ed25519(key, data)
                .await
                .map_err(browser(KeyAction::Sign))?,
            PrivateKey::Wrapped {
                wrapping_key,
                iv,
                ciphertext,
            } => {
                let seed = subtle::aes_gcm(Aes::Decrypt, wrapping_key, iv, ciphertext)
                    .await
                    .map_err(browser(KeyAction::UnlockKey))?;
                let seed: [u8; 32] = seed
                    .try_into()
                    .map_err(|_| wrong_size(KeyAction::UnlockKey, KeyReason::Not32Bytes))?;
                SecretKey::from_seed(seed).sign(data).to_vec()
            }
        };
        signature
            .try_into()
            .map_err(|_| wrong_size(KeyAction::Sign, KeyReason::SignatureNot64Bytes))
    }

    /// How the key is protected, for the identities screen.
    pub fn protection(&self) -> Text {
        match self {
            PrivateKey::WebCrypto(_) => Text::KeyProtectionWebCrypto,
            PrivateKey::Wrapped { .. } => Text::KeyProtectionWrapped,
        }
    }

    /// The IndexedDB entry: the key objects themselves are stored by structured clone.
    pub fn to_js(&self) -> Object {
        let entry = Object::new();
        let set = |name: &str, value: &JsValue| {
            Reflect::set(&entry, &name.into(), value)
                .expect("setting a property on a plain object");
        };
        match self {
            PrivateKey::WebCrypto(key) => {
                set("kind", &"webcrypto".into());
                set("key", key);
            }
            PrivateKey::Wrapped {
                wrapping_key,
                iv,
                ciphertext,
            } => {
                set("kind", &"wrapped".into());
                set("key", wrapping_key);
                set("iv", &Uint8Array::from(iv.as_slice()));
                set("ciphertext", &Uint8Array::from(ciphertext.as_slice()));
            }
        }
        entry
    }

    pub fn from_js(entry: &Object) -> Option<PrivateKey> {
        let get = |name: &str| Reflect::get(entry, &name.into()).ok();
        let key: CryptoKey = get("key")?.dyn_into().ok()?;
        let bytes = |name: &str| {
            get(name)
                .and_then(|v| v.dyn_into::<Uint8Array>().ok())
                .map(|a| a.to_vec())
        };
        match get("kind")?.as_string()?.as_str() {
            "webcrypto" => Some(PrivateKey::WebCrypto(key)),
            "wrapped" => Some(PrivateKey::Wrapped {
                wrapping_key: key,
                iv: bytes("iv")?,
                ciphertext: bytes("ciphertext")?,
            }),
            _ => None,
        }
    }
}
