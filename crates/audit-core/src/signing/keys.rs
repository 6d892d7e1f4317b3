//! Ed25519 signature checks for many documents signed by the same few people: each public
//! key is decompressed once, and each check gives exactly the verdict of
//! `ed25519_dalek::VerifyingKey::verify_strict`, with less work.
//!
//! `verify_strict(A, M, R ‖ s)` accepts exactly when
//! 1. `s` is canonical (`s < ℓ`),
//! 2. `R` decompresses to a point that is not of small order,
//! 3. `A` is not of small order, and
//! 4. the encoding of `[s]B − [k]A`, with `k = SHA-512(R ‖ A ‖ M) mod ℓ`, is `R`'s bytes.
//!
//! Here, 1, 3 and 4 are the same computations (dalek's own scalar and point code), and `R` is
//! never decompressed: when 4 holds, `R`'s bytes are the canonical encoding of the point
//! `X = [s]B − [k]A`, so `R` decompresses to `X`, and 2 is `X` not being of small order;
//! when 4 fails, both refuse. That saves a square root per signature; with each key read
//! once, a signature took about 39 µs on the bench machine instead of 53 µs (48 µs in
//! `verify_strict`, 5 µs reading the key). With the `precomputed-tables` feature, the point
//! of 4 is computed from tables of multiples of `B` and of keys used often: the same point
//! (the group's arithmetic is exact), in about a tenth less time.
//!
//! Why not batch verification (`ed25519_dalek::verify_batch`, or one multiscalar sum over a
//! set of documents)? A batch checks one random combination `Σ zᵢ·(Rᵢ − [sᵢ]B + [kᵢ]Aᵢ) = 0`.
//! A nonce point `R` with a small-order part `T` adds `zᵢ·T` to it, which vanishes whenever
//! `zᵢ` is a multiple of `T`'s order: one chance in two for order 2. ed25519-dalek derives the
//! `zᵢ` from the signatures, so a signer can retry until a batch accepts a signature that
//! `verify_strict` refuses (`tests/signing_batch.rs`). Ruling that out takes checking every
//! `R` for torsion, a full scalar multiplication each (about 35 µs, as long as a whole check
//! here), so a batch cannot be both exact and faster.

use std::collections::HashMap;
#[cfg(feature = "precomputed-tables")]
use std::sync::atomic::{AtomicBool, Ordering};
#[cfg(feature = "precomputed-tables")]
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

#[cfg(feature = "precomputed-tables")]
use curve25519_dalek::constants::ED25519_BASEPOINT_TABLE;
#[cfg(feature = "precomputed-tables")]
use curve25519_dalek::edwards::EdwardsBasepointTable;
#[cfg(feature = "precomputed-tables")]
use curve25519_dalek::traits::BasepointTable;
use curve25519_dalek::{EdwardsPoint, Scalar};
use ed25519_dalek::VerifyingKey;
use sha2::{Digest, Sha512};

/// How many keys are remembered. A file signed by thousands of keys still verifies; keys
/// past this number are decompressed at each use.
const MAX_KEYS: usize = 1024;

/// With the `precomputed-tables` feature, a key gets a table of multiples at its 64th use
/// by one verifier: making one takes as long as about 25 checks, and saves about a tenth
/// of each check after (`[k](−A)` is then a sum of 64 table entries, without doublings,
/// as `[s]B` is with dalek's table of the base point).
const TABLE_AFTER_USES: usize = 64;

/// A public key as the checks use it.
struct Key {
    /// `−A`, as `verify_strict` computes `[s]B + [k](−A)`.
    minus_a: EdwardsPoint,
    /// `A` is of small order: every signature by it is refused.
    weak: bool,
    /// How many signatures by it this verifier checked.
    uses: usize,
    #[cfg(feature = "precomputed-tables")]
    table: Option<Arc<KeyTable>>,
}

/// A key's table, made once by whichever verifier claims it first.
#[cfg(feature = "precomputed-tables")]
#[derive(Default)]
struct KeyTable {
    claimed: AtomicBool,
    table: OnceLock<EdwardsBasepointTable>,
}

/// The tables of the keys used most, shared by the verifiers of one run (one per thread).
#[derive(Clone, Default)]
pub(super) struct Tables {
    #[cfg(feature = "precomputed-tables")]
    shared: Arc<Mutex<HashMap<[u8; 32], Arc<KeyTable>>>>,
}

impl Key {
    /// `None` when the bytes are not a point: `VerifyingKey::from_bytes` refuses them.
    fn read(public_key: &[u8; 32]) -> Option<Key> {
        let key = VerifyingKey::from_bytes(public_key).ok()?;
        Some(Key {
            minus_a: -key.to_edwards(),
            weak: key.is_weak(),
            uses: 0,
            #[cfg(feature = "precomputed-tables")]
            table: None,
        })
    }

    /// `[s]B + [k](−A)`: from the tables when this key has one (or this verifier may make
    /// it), else with dalek's double-scalar multiplication. The same point either way.
    #[cfg_attr(not(feature = "precomputed-tables"), allow(unused_variables))]
    fn combination(
        &mut self,
        k: &Scalar,
        s: &Scalar,
        public_key: &[u8; 32],
        tables: &Tables,
        table_after_uses: usize,
    ) -> EdwardsPoint {
        self.uses += 1;
        #[cfg(feature = "precomputed-tables")]
        {
            if self.uses == table_after_uses {
                let mut shared = tables.shared.lock().unwrap_or_else(PoisonError::into_inner);
                self.table = Some(shared.entry(*public_key).or_default().clone());
            }
            if let Some(shared) = &self.table {
                let table = match shared.table.get() {
                    Some(table) => Some(table),
                    // Another verifier is making it: meanwhile, without.
                    None if shared.claimed.swap(true, Ordering::Relaxed) => None,
                    None => Some(
                        shared
                            .table
                            .get_or_init(|| EdwardsBasepointTable::create(&self.minus_a)),
                    ),
                };
                if let Some(table) = table {
                    return ED25519_BASEPOINT_TABLE * s + table * k;
                }
            }
        }
        EdwardsPoint::vartime_double_scalar_mul_basepoint(k, &self.minus_a, s)
    }
}

/// The public key is not an Ed25519 point.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct NotAPoint;

/// The keys seen so far, decompressed.
pub(super) struct Keys {
    known: HashMap<[u8; 32], Option<Key>>,
    tables: Tables,
    /// At which use a key gets its table.
    table_after_uses: usize,
}

impl Default for Keys {
    fn default() -> Keys {
        Keys {
            known: HashMap::new(),
            tables: Tables::default(),
            table_after_uses: TABLE_AFTER_USES,
        }
    }
}

impl Keys {
    /// New, empty keys that share these keys' tables.
    pub(super) fn sharing_tables(&self) -> Keys {
        Keys {
            known: HashMap::new(),
            tables: self.tables.clone(),
            table_after_uses: self.table_after_uses,
        }
    }

    /// Whether `signature` is a valid Ed25519 signature of `message` by `public_key`, as
    /// `verify_strict` decides it (see the module comment).
    pub(super) fn verify(
        &mut self,
        public_key: &[u8; 32],
        message: &[u8],
        signature: &[u8; 64],
    ) -> Result<bool, NotAPoint> {
        let mut unlisted;
        let key = match self.known.get_mut(public_key) {
            Some(key) => key,
            None => {
                unlisted = Key::read(public_key);
                if self.known.len() < MAX_KEYS {
                    self.known.entry(*public_key).or_insert(unlisted.take())
                } else {
                    &mut unlisted
                }
            }
        }
        .as_mut()
        .ok_or(NotAPoint)?;
        let (nonce, s) = signature.split_at(32);
        let Some(s) = s
            .try_into()
            .ok()
            .and_then(|s| Option::<Scalar>::from(Scalar::from_canonical_bytes(s)))
        else {
            return Ok(false);
        };
        if key.weak {
            return Ok(false);
        }
        let mut hash = Sha512::new();
        hash.update(nonce);
        hash.update(public_key);
        hash.update(message);
        let k = Scalar::from_bytes_mod_order_wide(&hash.finalize().into());
        let x = key.combination(&k, &s, public_key, &self.tables, self.table_after_uses);
        Ok(x.compress().as_bytes() == nonce && !x.is_small_order())
    }
}

#[cfg(test)]
mod tests {
    use super::super::forgery::forged;
    use super::*;
    use curve25519_dalek::edwards::CompressedEdwardsY;
    use ed25519_dalek::{Signature, Signer, SigningKey};

    /// ℓ, the order of the base point, little-endian.
    const ELL: [u8; 32] = [
        0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde,
        0x14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10,
    ];

    fn point(hex: &str) -> EdwardsPoint {
        let bytes: Vec<u8> = (0..32)
            .map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap())
            .collect();
        CompressedEdwardsY(bytes.try_into().unwrap())
            .decompress()
            .unwrap()
    }

    /// Points of order 1, 2, 4 and 8 (encodings from the list of small-order points that
    /// libsodium refuses).
    fn small_order_points() -> [EdwardsPoint; 4] {
        let points = [
            point("0100000000000000000000000000000000000000000000000000000000000000"),
            point("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
            point("0000000000000000000000000000000000000000000000000000000000000000"),
            point("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"),
        ];
        for (p, order) in points.iter().zip([1u8, 2, 4, 8]) {
            assert!(p.is_small_order());
            assert!((p * Scalar::from(order)).compress() == EdwardsPoint::default().compress());
            if order > 1 {
                let half = Scalar::from(order / 2);
                assert!((p * half).compress() != EdwardsPoint::default().compress());
            }
        }
        points
    }

    /// The verdict of `verify_strict`, with `None` for a key that is not a point.
    fn strict(public_key: &[u8; 32], message: &[u8], signature: &[u8; 64]) -> Option<bool> {
        let key = VerifyingKey::from_bytes(public_key).ok()?;
        let signature = Signature::from_bytes(signature);
        Some(key.verify_strict(message, &signature).is_ok())
    }

    /// `s + ℓ` written in place of `s`: the same signature with a non-canonical scalar.
    fn plus_ell(signature: &[u8; 64]) -> [u8; 64] {
        let mut out = *signature;
        let mut carry = 0u16;
        for i in 0..32 {
            let sum = u16::from(signature[32 + i]) + u16::from(ELL[i]) + carry;
            out[32 + i] = sum as u8;
            carry = sum >> 8;
        }
        out
    }

    #[test]
    fn the_same_verdicts_as_verify_strict() {
        let small = small_order_points();
        let identity = small[0];
        let mut cases: Vec<([u8; 32], Vec<u8>, [u8; 64])> = Vec::new();
        for n in 0u8..4 {
            let signing = SigningKey::from_bytes(&[n + 1; 32]);
            let a = signing.verifying_key().to_bytes();
            let m = vec![n; 64];
            let good = signing.sign(&m).to_bytes();
            cases.push((a, m.clone(), good));
            // One bit changed in R, in s, in the key, in the message.
            for at in [0, 17, 31, 32, 50, 63] {
                let mut bad = good;
                bad[at] ^= 1 << (at % 8);
                cases.push((a, m.clone(), bad));
            }
            let mut other_key = a;
            other_key[3] ^= 4;
            cases.push((other_key, m.clone(), good));
            cases.push((a, vec![n + 1; 64], good));
            cases.push((a, m.clone(), plus_ell(&good)));
            // Made by hand: plain, then with torsion in the nonce, in the key, in both.
            let secret = u64::from(n) * 1_000_003 + 7;
            for r in 1..=4 {
                for t in &small {
                    let (key, sig) = forged(secret, &identity, r, t, &m);
                    cases.push((key, m.clone(), sig));
                    cases.push((key, m.clone(), plus_ell(&sig)));
                    let (key, sig) = forged(secret, t, r, &identity, &m);
                    cases.push((key, m.clone(), sig));
                    let (key, sig) = forged(secret, t, r, t, &m);
                    cases.push((key, m.clone(), sig));
                }
            }
            // Small-order points as key and as nonce; s = 0 with both small.
            for t in &small {
                let t = t.compress().to_bytes();
                let mut small_r = good;
                small_r[..32].copy_from_slice(&t);
                cases.push((a, m.clone(), small_r));
                cases.push((t, m.clone(), good));
                let mut zero_s = small_r;
                zero_s[32..].fill(0);
                cases.push((t, m.clone(), zero_s));
            }
            // Bytes that are no point, as key and as R; the identity's R written with y = 1 + p.
            let not_a_point = (0u8..)
                .map(|i| [i; 32])
                .find(|b| CompressedEdwardsY(*b).decompress().is_none())
                .unwrap();
            cases.push((not_a_point, m.clone(), good));
            let mut bad_r = good;
            bad_r[..32].copy_from_slice(&not_a_point);
            cases.push((a, m.clone(), bad_r));
            let mut one_plus_p = [0xff; 32];
            one_plus_p[0] = 0xee;
            one_plus_p[31] = 0x7f;
            let mut non_canonical_r = good;
            non_canonical_r[..32].copy_from_slice(&one_plus_p);
            cases.push((a, m.clone(), non_canonical_r));
        }
        // Tables (with the feature) made at once, at the second use, never; and made by
        // one and used by another that shares them.
        let [once, second, never] = [1, 2, usize::MAX].map(|table_after_uses| Keys {
            table_after_uses,
            ..Keys::default()
        });
        let sharing = once.sharing_tables();
        let mut with_tables = [once, sharing, second, never];
        let (mut accepted, mut refused, mut not_keys) = (0, 0, 0);
        for (a, m, sig) in &cases {
            let expected = strict(a, m, sig);
            // Twice: the first use reads the key, the second finds it remembered.
            for keys in &mut with_tables {
                for _ in 0..2 {
                    assert_eq!(keys.verify(a, m, sig).ok(), expected, "{a:?} {sig:?}");
                }
            }
            match expected {
                Some(true) => accepted += 1,
                Some(false) => refused += 1,
                None => not_keys += 1,
            }
        }
        // At least the genuine signatures and the hand-made ones without torsion (4 keys,
        // 4 nonces, 3 ways each); with torsion in the key, some verify, as verify_strict says.
        assert!(accepted >= 4 + 48, "{accepted} accepted");
        assert!(
            refused >= 200 && not_keys >= 4,
            "{refused} refused, {not_keys} not keys"
        );
    }
}
