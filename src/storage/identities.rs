use audit_core::signing::{DidKey, IdentityCard};
use js_sys::{Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use super::database::{CONTACTS, IDENTITIES};
use super::{Database, StorageError};
use crate::keys::PrivateKey;

/// This device's signing identities (card and private key) and the public cards of other parties.
#[derive(Clone, PartialEq)]
pub struct IdentityStore {
    database: Database,
}

/// An identity whose private key is on this device.
#[derive(Clone, Debug, PartialEq)]
pub struct OwnIdentity {
    pub card: IdentityCard,
    pub key: PrivateKey,
}

impl IdentityStore {
    pub fn new(database: Database) -> IdentityStore {
        IdentityStore { database }
    }

    /// Stores the card with the key object itself: a non-extractable `CryptoKey` is saved by
    /// structured clone, so its bytes never pass through script.
    pub async fn put_own(&self, identity: &OwnIdentity) -> Result<(), StorageError> {
        let entry = identity.key.to_js();
        let card = serde_json::to_string(&identity.card).map_err(StorageError::not_saved)?;
        Reflect::set(&entry, &"card".into(), &card.into())
            .map_err(|e| StorageError::not_saved(format!("{e:?}")))?;
        self.database
            .put(IDENTITIES, identity.card.did.as_str(), &entry)
            .await
    }

    pub async fn own(&self) -> Result<Vec<OwnIdentity>, StorageError> {
        let entries = self.database.get_all(IDENTITIES).await?;
        entries
            .iter()
            .map(|entry| {
                let card = card_of(&Reflect::get(entry, &"card".into()).unwrap_or_default())?;
                let key = PrivateKey::from_js(entry.unchecked_ref::<Object>())
                    .ok_or_else(|| StorageError::unreadable("the private key entry is damaged"))?;
                Ok(OwnIdentity { card, key })
            })
            .collect()
    }

    /// This device's identities and the other parties' cards, for one screen.
    pub async fn all(&self) -> Result<(Vec<OwnIdentity>, Vec<IdentityCard>), StorageError> {
        Ok((self.own().await?, self.contacts().await?))
    }

    pub async fn delete_own(&self, did: &DidKey) -> Result<(), StorageError> {
        self.database.delete(IDENTITIES, did.as_str()).await
    }

    pub async fn put_contact(&self, card: &IdentityCard) -> Result<(), StorageError> {
        let text = serde_json::to_string(card).map_err(StorageError::not_saved)?;
        self.database
            .put(CONTACTS, card.did.as_str(), &JsValue::from_str(&text))
            .await
    }

    pub async fn contacts(&self) -> Result<Vec<IdentityCard>, StorageError> {
        let entries = self.database.get_all(CONTACTS).await?;
        entries.iter().map(card_of).collect()
    }

    pub async fn delete_contact(&self, did: &DidKey) -> Result<(), StorageError> {
        self.database.delete(CONTACTS, did.as_str()).await
    }
}

fn card_of(value: &JsValue) -> Result<IdentityCard, StorageError> {
    let text = value
        .as_string()
        .ok_or_else(|| StorageError::unreadable("the identity card is not text"))?;
    IdentityCard::parse(&text).map_err(StorageError::unreadable)
}
