use audit_core::workflow::Refusal;
use audit_core::{Edit, Language};
use web_sys::{File, HtmlInputElement};
use yew::prelude::*;

use crate::effects::photo_encode::{self, PhotoCaptureError};
use crate::hooks::use_language;
use crate::i18n::{Text, errors};
use crate::storage::PhotoStore;

#[derive(Properties, PartialEq)]
pub struct PhotoPickerProps {
    pub question: AttrValue,
    /// The evidence slot the photos go to; `None` for the question itself.
    #[prop_or_default]
    pub slot: Option<usize>,
    pub store: PhotoStore,
    /// Photos the question holds now, in every slot, and how many it may hold.
    pub count: usize,
    pub limit: u32,
    pub on_edit: Callback<Edit>,
}

/// Two ways to add photos (the camera, or files) and what happens to them on this device.
#[component]
pub fn PhotoPicker(props: &PhotoPickerProps) -> Html {
    let language = use_language();
    let preparing = use_state_eq(|| 0usize);
    let problems = use_state(Vec::<(String, PhotoCaptureError)>::new);
    let camera = use_node_ref();
    let files = use_node_ref();
    let suffix = props.slot.map_or(String::new(), |s| format!("-slot-{s}"));
    let id = |kind: &str| format!("q-{}{suffix}-{kind}", props.question);
    let left = (props.limit as usize).saturating_sub(props.count);
    let onchange = {
        let (question, slot, store, on_edit) = (
            props.question.to_string(),
            props.slot,
            props.store.clone(),
            props.on_edit.clone(),
        );
        let (preparing, problems) = (preparing.clone(), problems.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let picked: Vec<File> = input
                .files()
                .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
                .unwrap_or_default();
            // Clearing lets the same photo be chosen again after a problem.
            input.set_value("");
            if picked.is_empty() {
                return;
            }
            let (question, store, on_edit) = (question.clone(), store.clone(), on_edit.clone());
            let (preparing, problems) = (preparing.clone(), problems.clone());
            preparing.set(picked.len());
            problems.set(Vec::new());
            wasm_bindgen_futures::spawn_local(async move {
                let mut failed = Vec::new();
                // One at a time: a tablet decoding several 12-megapixel photos at once runs
                // out of memory. The workflow checks each against the limit in turn.
                for (done, file) in picked.iter().enumerate() {
                    match photo_encode::capture(file, slot, &store).await {
                        Ok(photo) => on_edit.emit(Edit::AttachPhoto {
                            question: question.clone(),
                            photo,
                        }),
                        Err(error) => failed.push((file.name(), error)),
                    }
                    preparing.set(picked.len() - done - 1);
                }
                problems.set(failed);
            });
        })
    };
    let open = |input: &NodeRef| {
        let input = input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = input.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };
    html! {
        <div class="photo-picker" data-slot={props.slot.map(|s| s.to_string())}>
            if left == 0 {
                <p class="photo-limit" role="status">{ limit_reached(props, language) }</p>
            } else {
                <div class="photo-buttons">
                    <button type="button" class="photo-take" onclick={open(&camera)}>{ Text::PhotoTake.get(language) }</button>
                    <button type="button" class="photo-choose" onclick={open(&files)}>{ Text::PhotoChoose.get(language) }</button>
                </div>
                // Hidden: the buttons above open them, so each is a labelled 44 px target.
                <input ref={camera} id={id("camera")} data-photo-input="camera" type="file" accept="image/*"
                    capture="environment" hidden=true tabindex="-1" onchange={onchange.clone()} />
                <input ref={files} id={id("files")} data-photo-input="files" type="file" accept="image/*"
                    multiple=true hidden=true tabindex="-1" {onchange} />
                <p class="photo-left">{
                    Text::PhotosLeft.fill(language, &[("left", &left.to_string()), ("max", &props.limit.to_string())])
                }</p>
            }
            <p class="photo-privacy">{ Text::PhotoPrivacy.get(language) }</p>
            if *preparing > 0 {
                <p class="photo-preparing" role="status">{ Text::PhotoPreparing.get(language) }</p>
            }
            for (file, problem) in problems.iter() {
                <p class="notice photo-problem" role="alert">{ problem.message(file, language) }</p>
            }
        </div>
    }
}

/// The workflow's own sentence for a full question, said before the auditor tries.
fn limit_reached(props: &PhotoPickerProps, language: Language) -> String {
    let refusal = Refusal::TooManyPhotos {
        question: props.question.to_string(),
        max: props.limit,
    };
    errors::refusal(&refusal, language)
}
