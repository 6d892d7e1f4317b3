use std::rc::Rc;

use audit_core::StatusEvent;
use yew::prelude::*;

use crate::effects::service_worker;
use crate::hooks::use_text;
use crate::i18n::Text;

#[derive(Properties, PartialEq)]
pub struct AppStatusProps {
    /// Restarting into a new version is not offered under an open audit.
    pub audit_open: bool,
}

#[derive(PartialEq)]
struct Reported(audit_core::AppStatus);

impl Reducible for Reported {
    type Action = StatusEvent;

    fn reduce(self: Rc<Self>, event: StatusEvent) -> Rc<Self> {
        Rc::new(Reported(self.0.apply(event)))
    }
}

/// In the app bar: online or offline, and "Ready offline" once the app's files are all kept on
/// this device; under it, a new version announced, with "Restart now" where no audit is open.
/// Both are status regions, in words, so that the state is announced and never shown by colour
/// alone.
#[component]
pub fn AppStatus(props: &AppStatusProps) -> Html {
    let t = use_text();
    let reported =
        use_reducer(|| Reported(audit_core::AppStatus::new(service_worker::is_online())));
    {
        let report = reported.dispatcher();
        use_effect_with((), move |_| {
            let watch = service_worker::watch(Callback::from(move |event| report.dispatch(event)));
            move || drop(watch)
        });
    }
    let status = reported.0;
    let connection = if status.online {
        Text::StatusOnline
    } else {
        Text::StatusOffline
    };
    let restart = Callback::from(|_: MouseEvent| service_worker::restart());
    // The room "Ready offline" will take, kept by an invisible copy (style.css) while the files
    // are being kept: its pill appearing seconds after the first screen must not push the page
    // down under a finger about to tap (it did, by a line, at 360-412 and 1024 px wide).
    let ready_later =
        (!status.ready_offline && service_worker::available()).then(|| t(Text::StatusReadyOffline));
    html! {
        <>
            <p class="app-status" role="status" data-online={status.online.to_string()}
                data-ready-label={ready_later}>
                <span class="connection">{ t(connection) }</span>
                if status.ready_offline {
                    <span class="offline-ready">{ t(Text::StatusReadyOffline) }</span>
                }
            </p>
            if status.update_ready {
                <div class="update-banner" role="status">
                    <p>{ t(Text::UpdateReady) }</p>
                    if status.offers_restart(props.audit_open) {
                        <button type="button" class="restart" onclick={restart}>
                            { t(Text::RestartNow) }
                        </button>
                    } else {
                        <p class="hint">{ t(Text::RestartFromAudits) }</p>
                    }
                </div>
            }
        </>
    }
}
