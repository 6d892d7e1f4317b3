//! What the app bar says about the network and about the copy of the app kept for offline use,
//! and when the app may switch to a newer version of itself: never under an open audit.

/// What the shell observes: the browser's network events and the service worker's answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatusEvent {
    Online,
    Offline,
    /// The service worker checked that every file of the app is in its cache, or found some missing.
    OfflineCopyChecked {
        complete: bool,
    },
    /// A newer version is installed and will be used from the next start.
    UpdateReady,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AppStatus {
    pub online: bool,
    /// The app would open and run with no network: its worker holds every file.
    pub ready_offline: bool,
    pub update_ready: bool,
}

impl AppStatus {
    /// At start: the browser's word on the network; nothing known yet of the worker.
    pub fn new(online: bool) -> AppStatus {
        AppStatus {
            online,
            ready_offline: false,
            update_ready: false,
        }
    }

    pub fn apply(self, event: StatusEvent) -> AppStatus {
        match event {
            StatusEvent::Online => AppStatus {
                online: true,
                ..self
            },
            StatusEvent::Offline => AppStatus {
                online: false,
                ..self
            },
            StatusEvent::OfflineCopyChecked { complete } => AppStatus {
                ready_offline: complete,
                ..self
            },
            StatusEvent::UpdateReady => AppStatus {
                update_ready: true,
                ..self
            },
        }
    }

    /// Restarting reloads the page into the new version. Under an open audit that would swap the
    /// code beneath the auditor's hands, so it is offered only elsewhere; the audit itself is
    /// saved either way, and the new version otherwise starts the next time the app is opened.
    pub fn offers_restart(&self, audit_open: bool) -> bool {
        self.update_ready && !audit_open
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_with_the_browsers_word_on_the_network_and_nothing_else() {
        assert_eq!(
            AppStatus::new(false),
            AppStatus {
                online: false,
                ready_offline: false,
                update_ready: false
            }
        );
    }

    #[test]
    fn going_offline_keeps_the_offline_copy_and_the_announced_update() {
        let status = AppStatus::new(true)
            .apply(StatusEvent::OfflineCopyChecked { complete: true })
            .apply(StatusEvent::UpdateReady)
            .apply(StatusEvent::Offline);
        assert_eq!(
            status,
            AppStatus {
                online: false,
                ready_offline: true,
                update_ready: true
            }
        );
        assert!(status.apply(StatusEvent::Online).online);
    }

    #[test]
    fn an_incomplete_cache_is_not_ready_offline_even_after_a_complete_one() {
        let checked = |complete| StatusEvent::OfflineCopyChecked { complete };
        let status = AppStatus::new(true).apply(checked(false));
        assert!(!status.ready_offline);
        assert!(status.apply(checked(true)).ready_offline);
        assert!(
            !status
                .apply(checked(true))
                .apply(checked(false))
                .ready_offline
        );
    }

    #[test]
    fn restart_is_offered_only_for_a_ready_update_and_never_under_an_open_audit() {
        let current = AppStatus::new(true);
        assert!(!current.offers_restart(false));
        assert!(!current.offers_restart(true));
        let updated = current.apply(StatusEvent::UpdateReady);
        assert!(updated.offers_restart(false));
        assert!(!updated.offers_restart(true));
    }
}
