use std::rc::Rc;

use audit_core::signing::{DidKey, ProofOptions};
use audit_core::workflow::{Action, Audit};
use audit_core::{AuditRecord, Checklist, Edit, Language, Progress, Summary, Uuid, Visibility};
use yew::prelude::*;

use crate::catalogue;
use crate::components::{
    AboutChecklist, ConfirmDialog, HeaderForm, Notice, ProgressSummary, QuestionCard, SaveStatus,
    ScoreSummary, SigningPanel, ZeroToleranceAlert,
};
use crate::effects::clock;
use crate::hooks::{AuditState, Lookup, Open, SaveState, use_audit, use_language};
use crate::i18n::{Text, errors};
use crate::route::Route;
use crate::storage::{OwnIdentity, Storage};

#[derive(Properties, PartialEq)]
pub struct AuditPageProps {
    pub storage: Storage,
    pub id: Uuid,
}

/// One audit: every change goes to the core's workflow model, which decides and says what to
/// save; the `use_audit` hook carries that out.
#[component]
pub fn AuditPage(props: &AuditPageProps) -> Html {
    let language = use_language();
    let handle = use_audit(&props.storage, props.id);
    let opening = html! { <p class="loading">{ Text::OpeningAudit.get(language) }</p> };
    match &*handle.state {
        AuditState::Loading => opening,
        AuditState::Ready(open) if open.checklist == Lookup::Looking => opening,
        AuditState::Missing => html! { <Notice message={Text::AuditMissing.get(language)} /> },
        AuditState::Failed(error) => html! { <Notice message={error.message(language)} /> },
        AuditState::Ready(open) => html! {
            <AuditForm
                open={open.clone()}
                storage={props.storage.clone()}
                save_state={handle.save_state.clone()}
                problem={handle.problem.clone()}
                act={handle.act.clone()}
            />
        },
    }
}

#[derive(Properties)]
struct AuditFormProps {
    open: Rc<Open>,
    storage: Storage,
    save_state: SaveState,
    problem: Option<String>,
    act: Callback<Action>,
}

impl PartialEq for AuditFormProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.open, &other.open)
            && self.storage == other.storage
            && self.save_state == other.save_state
            && self.problem == other.problem
            && self.act == other.act
    }
}

#[component]
fn AuditForm(props: &AuditFormProps) -> Html {
    let language = use_language();
    let audit = &props.open.audit;
    let record = audit.record();
    let on_edit = props
        .act
        .reform(|edit| Action::Edit(edit, clock::now()));
    let checklist = props.open.checklist.checklist();
    let export = props.act.reform(|_: MouseEvent| Action::Export);
    let title = checklist.map_or(record.checklist.id.as_str(), |c| c.title.get(language));
    let read_only = record.is_finalized();
    let summary = checklist.map(|c| Summary::of(c, record));
    html! {
        <div class="audit">
            <h1>{ title }</h1>
            if let Some(previous) = record.previous_version {
                { previous_version_hint(previous, language) }
            }
            if let Some(finalized) = &record.finalized {
                <p class="finalized-banner" role="status">{
                    Text::FinalizedOn.fill(language, &[("time", &clock::local(finalized, language))])
                }</p>
            }
            if let Some(summary) = &summary {
                <ZeroToleranceAlert questions={summary.critical_findings.clone()} />
            }
            if let Some(refusal) = &props.open.refusal {
                <Notice message={errors::refusal(refusal, language)} />
            }
            // A finalized audit is read-only: one disabled fieldset switches off every control in it.
            <fieldset class="audit-answers" disabled={read_only}>
                {
                    match checklist.zip(summary.as_ref()) {
                        Some((checklist, summary)) => checklist_view(checklist, summary, record, &on_edit, &props.save_state, language),
                        None => html! {
                            <>
                                <SaveStatus state={props.save_state.clone()} />
                                <Notice message={missing_notice(record, language)} />
                                <HeaderForm header={record.header.clone()} on_edit={on_edit.clone()} />
                            </>
                        },
                    }
                }
            </fieldset>
            if read_only {
                <Signing
                    audit={audit.clone()}
                    storage={props.storage.clone()}
                    busy={props.open.signing}
                    act={props.act.clone()}
                />
            }
            <div class="actions">
                if !read_only {
                    <Finalize act={props.act.clone()} />
                }
                <button type="button" class="export" onclick={export}>{
                    if audit.signed().is_some() { Text::ExportSignedAudit.get(language) } else { Text::ExportAudit.get(language) }
                }</button>
                if read_only {
                    <button type="button" class="new-version"
                        onclick={props.act.reform(|_: MouseEvent| Action::NewVersion { id: clock::new_id(), now: clock::now() })}>
                        { Text::StartNewVersion.get(language) }
                    </button>
                }
            </div>
            if let Some(message) = props.problem.clone() {
                <Notice {message} />
            }
        </div>
    }
}

/// "This is a new version of {link}.", with the link to the earlier audit inside the sentence.
fn previous_version_hint(previous: Uuid, language: Language) -> Html {
    let sentence = Text::PreviousVersionHint.get(language);
    let (before, after) = sentence.split_once("{link}").unwrap_or((sentence, ""));
    html! {
        <p class="hint">
            { before }
            <a href={Route::Audit(previous).href()}>{ Text::PreviousVersionLink.get(language) }</a>
            { after }
        </p>
    }
}

fn missing_notice(record: &AuditRecord, language: Language) -> String {
    let questions: Vec<&str> = record.answers.keys().map(String::as_str).collect();
    Text::ChecklistMissing.fill(
        language,
        &[
            ("id", &record.checklist.id),
            ("version", &record.checklist.version.to_string()),
            ("count", &questions.len().to_string()),
            ("questions", &questions.join(", ")),
        ],
    )
}

fn checklist_view(
    checklist: &Checklist,
    summary: &Summary,
    record: &AuditRecord,
    on_edit: &Callback<Edit>,
    save_state: &SaveState,
    language: Language,
) -> Html {
    let visibility = Visibility::of(checklist, record);
    let older = catalogue::is_archived(&record.checklist);
    html! {
        <>
            <SaveStatus state={save_state.clone()} />
            if older {
                <p class="older-version">{ Text::OlderVersion.fill(language, &[("version", &checklist.version.to_string())]) }</p>
            }
            <AboutChecklist checklist={checklist.clone()} />
            <HeaderForm header={record.header.clone()} on_edit={on_edit.clone()} />
            <section class="overall" aria-label={Text::Overall.get(language)}>
                <ProgressSummary progress={Progress::of_checklist(checklist, record)} />
                <ScoreSummary score={summary.score} findings={summary.findings} />
            </section>
            for section in &checklist.sections {
                <section class="checklist-section" id={format!("section-{}", section.id)} data-section={section.id.clone()}>
                    <h2>{ section.title.get(language) }</h2>
                    if !section.description.is_empty() {
                        <p class="section-description">{ section.description.get(language) }</p>
                    }
                    <ProgressSummary progress={Progress::of_section(section, record, &visibility)} />
                    if let Some(scores) = summary.section(&section.id) {
                        <ScoreSummary score={scores.score} findings={scores.findings} />
                    }
                    for question in section.questions.iter().filter(|q| visibility.is_shown(&q.id)) {
                        <QuestionCard
                            key={question.id.clone()}
                            question={question.clone()}
                            answer={record.answer(&question.id).cloned().unwrap_or_default()}
                            outcome={audit_core::scoring::outcome(question, record, &visibility)}
                            on_edit={on_edit.clone()}
                        />
                    }
                </section>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct FinalizeProps {
    act: Callback<Action>,
}

/// Finalizing cannot be undone, so it asks once more.
#[component]
fn Finalize(props: &FinalizeProps) -> Html {
    let language = use_language();
    let asking = use_state(|| false);
    if !*asking {
        let asking = asking.clone();
        return html! {
            <button type="button" class="finalize" onclick={move |_| asking.set(true)}>{ Text::FinalizeAudit.get(language) }</button>
        };
    }
    html! {
        <ConfirmDialog
            id="finalize-question"
            question={Text::ConfirmFinalize.get(language)}
            confirm_label={Text::Finalize.get(language)}
            confirm_class="confirm-finalize"
            cancel_label={Text::Cancel.get(language)}
            on_confirm={props.act.reform(|()| Action::Finalize(clock::now()))}
            on_cancel={Callback::from(move |()| asking.set(false))}
        />
    }
}

#[derive(Properties, PartialEq)]
struct SigningProps {
    audit: Rc<Audit>,
    storage: Storage,
    busy: bool,
    act: Callback<Action>,
}

/// Loads this device's identities and the imported cards; signing itself is an action.
#[component]
fn Signing(props: &SigningProps) -> Html {
    let language = use_language();
    let own = use_state(Vec::<OwnIdentity>::new);
    let contacts = use_state(Vec::new);
    let problem = use_state(|| None::<String>);
    {
        let (identities, own, contacts, problem) = (
            props.storage.identities.clone(),
            own.clone(),
            contacts.clone(),
            problem.clone(),
        );
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match identities.all().await {
                    Ok((mine, theirs)) => {
                        own.set(mine);
                        contacts.set(theirs);
                    }
                    Err(error) => problem.set(Some(error.message(language))),
                }
            });
        });
    }
    let on_sign = props.act.reform(|signer: DidKey| {
        Action::PrepareSignature(ProofOptions {
            id: clock::new_id(),
            created: clock::now(),
            signer,
        })
    });
    html! {
        <>
            <SigningPanel
                audit={props.audit.clone()}
                own={own.iter().map(|i| i.card.clone()).collect::<Vec<_>>()}
                contacts={(*contacts).clone()}
                on_add={props.act.reform(Action::AddSignatory)}
                on_remove={props.act.reform(Action::RemoveSignatory)}
                {on_sign}
                busy={props.busy}
            />
            if let Some(message) = (*problem).clone() {
                <Notice {message} />
            }
        </>
    }
}
