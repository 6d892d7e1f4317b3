//! Backup files from another device (`audit_core::backup`): strict reading, then the restore
//! plan against an empty device and against a device that already holds the seed backup's
//! audits. A backup that reads must also survive writing it out and reading it back.
#![no_main]

use std::sync::OnceLock;

use audit_core::Timestamp;
use audit_core::backup::{Backup, Contents, plan};
use audit_core::workflow::Audit;
use libfuzzer_sys::fuzz_target;

const SEEDS: [&str; 2] = [
    include_str!("../seeds/backup_restore/backup.json"),
    include_str!("../seeds/backup_restore/tampered.json"),
];
/// The clock of the device restoring.
const NOW: &str = "2026-11-30T12:00:00Z";

struct Devices {
    empty: Contents,
    /// Holds every audit of the first seed, as stored.
    holding: Contents,
    now: Timestamp,
}

fn devices() -> &'static Devices {
    static DEVICES: OnceLock<Devices> = OnceLock::new();
    DEVICES.get_or_init(|| {
        let seed = Backup::parse(SEEDS[0]).expect("the seed backup reads");
        let audits = seed
            .audits
            .iter()
            .map(|text| Audit::from_stored(text).expect("seed audits read").stored())
            .collect();
        Devices {
            empty: Contents::default(),
            holding: Contents {
                audits,
                definitions: seed.definitions.clone(),
                checklists: seed.checklists.clone(),
                ..Contents::default()
            },
            now: Timestamp::parse(NOW).expect("a valid time"),
        }
    })
}

fuzz_target!(|data: &[u8]| {
    let edited = audit_fuzz::edited_seed(data, &SEEDS);
    let Ok(text) = edited.as_deref().map_or(std::str::from_utf8(data), Ok) else {
        return;
    };
    let backup = match Backup::parse(text) {
        Ok(backup) => backup,
        Err(e) => {
            let _ = e.to_string();
            return;
        }
    };
    let again = Backup::parse(&backup.to_json()).expect("a backup that reads, written out, reads");
    assert_eq!(
        again, backup,
        "writing a backup out and reading it back changes nothing"
    );
    let devices = devices();
    for here in [&devices.empty, &devices.holding] {
        let restore = plan(&backup, here, &devices.now);
        let _ = format!("{restore:?}");
    }
});
