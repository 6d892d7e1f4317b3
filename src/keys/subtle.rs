//! Thin async wrappers over `crypto.subtle`.

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, CryptoKeyPair, SubtleCrypto};

fn subtle() -> Result<SubtleCrypto, JsValue> {
    Ok(gloo_utils::window().crypto()?.subtle())
}

fn usages(list: &[&str]) -> JsValue {
    list.iter()
        .map(|u| JsValue::from_str(u))
        .collect::<Array>()
        .into()
}

fn algorithm(name: &str, extra: &[(&str, JsValue)]) -> Result<Object, JsValue> {
    let object = Object::new();
    Reflect::set(&object, &"name".into(), &name.into())?;
    for (key, value) in extra {
        Reflect::set(&object, &(*key).into(), value)?;
    }
    Ok(object)
}

fn bytes(result: JsValue) -> Vec<u8> {
    Uint8Array::new(&result).to_vec()
}

/// A new non-extractable Ed25519 private key and its raw 32-byte public key.
pub async fn generate_ed25519() -> Result<(CryptoKey, Vec<u8>), JsValue> {
    let subtle = subtle()?;
    let pair: CryptoKeyPair = JsFuture::from(subtle.generate_key_with_str(
        "Ed25519",
        false,
        &usages(&["sign", "verify"]),
    )?)
    .await?
    .unchecked_into();
    let public = JsFuture::from(subtle.export_key("raw", &pair.get_public_key())?).await?;
    Ok((pair.get_private_key(), bytes(public)))
}

/// Pure Ed25519 (RFC 8032) signature of `data`.
pub async fn sign_ed25519(key: &CryptoKey, data: &[u8]) -> Result<Vec<u8>, JsValue> {
    let data = Uint8Array::from(data);
    let signature =
        JsFuture::from(subtle()?.sign_with_str_and_buffer_source("Ed25519", key, &data)?).await?;
    Ok(bytes(signature))
}

/// A new non-extractable AES-GCM (256-bit) key.
pub async fn generate_aes_key() -> Result<CryptoKey, JsValue> {
    let params = algorithm("AES-GCM", &[("length", 256.into())])?;
    Ok(JsFuture::from(subtle()?.generate_key_with_object(
        &params,
        false,
        &usages(&["encrypt", "decrypt"]),
    )?)
    .await?
    .unchecked_into())
}

#[derive(Clone, Copy)]
pub enum Aes {
    Encrypt,
    Decrypt,
}

/// AES-GCM encryption or decryption of `data` under `key` with the 12-byte `iv`.
pub async fn aes_gcm(
    direction: Aes,
    key: &CryptoKey,
    iv: &[u8],
    data: &[u8],
) -> Result<Vec<u8>, JsValue> {
    let params = algorithm("AES-GCM", &[("iv", Uint8Array::from(iv).into())])?;
    let (subtle, data) = (subtle()?, Uint8Array::from(data));
    let promise = match direction {
        Aes::Encrypt => subtle.encrypt_with_object_and_buffer_source(&params, key, &data)?,
        Aes::Decrypt => subtle.decrypt_with_object_and_buffer_source(&params, key, &data)?,
    };
    Ok(bytes(JsFuture::from(promise).await?))
}

/// `N` bytes from the browser's cryptographic random generator.
pub fn random_bytes<const N: usize>() -> Result<[u8; N], JsValue> {
    let mut buffer = [0u8; N];
    gloo_utils::window()
        .crypto()?
        .get_random_values_with_u8_array(&mut buffer)?;
    Ok(buffer)
}
