//! Bundles (.zip) from another device (`audit_core::bundle`): listing and strict reading
//! within the limits. A bundle that reads must write out to a zip that reads back the same,
//! and writing it again must give the very same bytes.
#![no_main]

use audit_core::Bundle;
use audit_core::bundle::list;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(entries) = list(data) {
        let _ = format!("{entries:?}");
    }
    let bundle = match Bundle::from_zip(data) {
        Ok(bundle) => bundle,
        Err(e) => {
            let _ = e.to_string();
            return;
        }
    };
    let zip = bundle.to_zip().expect("a bundle that reads can be written");
    let again = Bundle::from_zip(&zip).expect("a written bundle reads");
    assert_eq!(again, bundle, "writing a bundle out and reading it back changes nothing");
    assert_eq!(again.to_zip().ok(), Some(zip), "the same bundle, the same bytes");
});
