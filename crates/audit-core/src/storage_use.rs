//! How much of the browser's storage the app uses, as the home screen tells it: megabytes with
//! one decimal, and whether it is time to export and remove old audits.

/// Above this share of the quota the user is warned: a full quota refuses the next save.
const ALMOST_FULL_PERCENT: f64 = 80.0;

/// What `navigator.storage.estimate()` reported, in bytes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StorageUse {
    pub usage: f64,
    pub quota: f64,
}

impl StorageUse {
    /// Bytes used, as megabytes (10^6 bytes) with one decimal: "12.3".
    pub fn used_mb(&self) -> String {
        megabytes(self.usage)
    }

    /// Bytes available in all, as megabytes with one decimal.
    pub fn quota_mb(&self) -> String {
        megabytes(self.quota)
    }

    /// Whether usage is above 80 % of the quota. A quota of zero (or one the browser did not
    /// report) counts as full when anything is used: nothing more can be saved.
    pub fn almost_full(&self) -> bool {
        if self.quota <= 0.0 || !self.quota.is_finite() {
            return self.usage > 0.0;
        }
        self.usage * 100.0 > self.quota * ALMOST_FULL_PERCENT
    }
}

fn megabytes(bytes: f64) -> String {
    let bytes = if bytes.is_finite() {
        bytes.max(0.0)
    } else {
        0.0
    };
    format!("{:.1}", bytes / 1_000_000.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn megabytes_have_one_decimal() {
        let used = StorageUse {
            usage: 12_345_678.0,
            quota: 2_000_000_000.0,
        };
        assert_eq!(used.used_mb(), "12.3");
        assert_eq!(used.quota_mb(), "2000.0");
        assert_eq!(
            StorageUse {
                usage: 0.0,
                quota: 49_999.0
            }
            .quota_mb(),
            "0.0"
        );
        assert_eq!(
            StorageUse {
                usage: 50_000.0,
                quota: 0.0
            }
            .used_mb(),
            "0.1"
        );
    }

    #[test]
    fn warns_only_above_eighty_percent() {
        let at = |usage| StorageUse {
            usage,
            quota: 1000.0,
        };
        assert!(!at(0.0).almost_full());
        assert!(!at(800.0).almost_full());
        assert!(at(801.0).almost_full());
        assert!(at(5000.0).almost_full(), "a quota below usage is full");
    }

    #[test]
    fn a_missing_or_zero_quota_is_full_once_anything_is_used() {
        assert!(
            !StorageUse {
                usage: 0.0,
                quota: 0.0
            }
            .almost_full()
        );
        assert!(
            StorageUse {
                usage: 1.0,
                quota: 0.0
            }
            .almost_full()
        );
        assert!(
            StorageUse {
                usage: 1.0,
                quota: f64::NAN
            }
            .almost_full()
        );
    }

    #[test]
    fn nonsense_numbers_never_show_as_negative_or_nan() {
        let odd = StorageUse {
            usage: -5.0,
            quota: f64::INFINITY,
        };
        assert_eq!(odd.used_mb(), "0.0");
        assert_eq!(odd.quota_mb(), "0.0");
    }
}
