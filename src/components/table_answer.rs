use audit_core::{Cell, Column, ColumnType, Edit, Row};
use yew::prelude::*;

use crate::components::{ChoiceButtons, FieldInput, FieldKind};
use crate::hooks::use_language;
use crate::i18n::Text;

#[derive(Properties, PartialEq)]
pub struct TableAnswerProps {
    pub question: AttrValue,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    /// At most this many rows (evidence slots), else unlimited.
    #[prop_or_default]
    pub max_rows: Option<u32>,
    /// How one row is named: "Row {n}" for tables, "Photo {n}" for evidence.
    pub row_name: Text,
    pub add_label: Text,
    pub on_edit: Callback<Edit>,
    /// Shown in each row after its fields, by row: an evidence slot's photos.
    #[prop_or_default]
    pub row_extras: Vec<Html>,
}

/// Repeatable rows of typed fields: add a row, edit its cells, remove it after confirming.
/// Each row is a fieldset of labelled fields rather than a grid, so it fits a tablet
/// held upright and reads the same in right-to-left languages.
#[component]
pub fn TableAnswer(props: &TableAnswerProps) -> Html {
    let language = use_language();
    let confirming = use_state(|| None::<usize>);
    let question = props.question.to_string();
    let add = {
        let question = question.clone();
        props.on_edit.reform(move |_: MouseEvent| Edit::AddRow {
            question: question.clone(),
        })
    };
    let can_add = props
        .max_rows
        .is_none_or(|max| props.rows.len() < max as usize);
    html! {
        <div class="table-answer" data-table={question.clone()}>
            if props.rows.is_empty() {
                <p class="empty">{ Text::NoRows.get(language) }</p>
            }
            for (index, row) in props.rows.iter().enumerate() {
                <fieldset class="table-row" data-row={index.to_string()} key={index}>
                    <legend>{ props.row_name.fill(language, &[("n", &(index + 1).to_string())]) }</legend>
                    for column in &props.columns {
                        { cell(props, index, column, row.get(&column.id), language) }
                    }
                    { props.row_extras.get(index).cloned().unwrap_or_default() }
                    {
                        if *confirming == Some(index) {
                            confirm_removal(props, index, &confirming, language)
                        } else {
                            let confirming = confirming.clone();
                            html! {
                                <button type="button" class="remove-row"
                                    onclick={move |_| confirming.set(Some(index))}>
                                    { Text::RemoveRow.fill(language, &[("n", &(index + 1).to_string())]) }
                                </button>
                            }
                        }
                    }
                </fieldset>
            }
            if can_add {
                <button type="button" class="add-row" onclick={add}>{ props.add_label.get(language) }</button>
            }
        </div>
    }
}

fn confirm_removal(
    props: &TableAnswerProps,
    index: usize,
    confirming: &UseStateHandle<Option<usize>>,
    language: audit_core::Language,
) -> Html {
    let n = (index + 1).to_string();
    let remove = {
        let (question, confirming) = (props.question.to_string(), confirming.clone());
        props.on_edit.reform(move |_: MouseEvent| {
            confirming.set(None);
            Edit::RemoveRow {
                question: question.clone(),
                row: index,
            }
        })
    };
    let cancel = {
        let confirming = confirming.clone();
        move |_| confirming.set(None)
    };
    html! {
        <div class="confirm-removal" role="group">
            <p>{ Text::ConfirmRemoveRow.fill(language, &[("n", &n)]) }</p>
            <button type="button" class="confirm-remove" onclick={remove}>{ Text::ConfirmRemove.get(language) }</button>
            <button type="button" class="cancel" onclick={cancel}>{ Text::Cancel.get(language) }</button>
        </div>
    }
}

fn cell(
    props: &TableAnswerProps,
    row: usize,
    column: &Column,
    value: Option<&Cell>,
    language: audit_core::Language,
) -> Html {
    let edit = {
        let (question, column_id) = (props.question.to_string(), column.id.clone());
        move |value: Option<Cell>| Edit::EditCell {
            question: question.clone(),
            row,
            column: column_id.clone(),
            value,
        }
    };
    let label = column.label.get(language).to_owned();
    let id = format!("q-{}-r{row}-{}", props.question, column.id);
    let kind = match column.column_type {
        ColumnType::Text => FieldKind::Text,
        ColumnType::Number => FieldKind::Number,
        ColumnType::Date => FieldKind::Date,
        ColumnType::SingleChoice | ColumnType::MultipleChoice => {
            let multiple = column.column_type == ColumnType::MultipleChoice;
            let chosen = value.map(Cell::chosen).unwrap_or_default();
            let on_change = props
                .on_edit
                .reform(move |ids: Vec<String>| edit(Cell::from_choice(multiple, ids)));
            return html! {
                <div class="field" data-column={column.id.clone()}>
                    <span class="field-label" id={format!("{id}-label")}>{ label.clone() }</span>
                    <ChoiceButtons {label} options={column.options.clone()} {chosen} {multiple} {on_change} />
                </div>
            };
        }
    };
    let on_change = props.on_edit.reform(edit);
    html! {
        <div data-column={column.id.clone()}>
            <FieldInput
                id={id}
                {label}
                {kind}
                value={value.cloned()}
                unit={column.unit.get(language).to_owned()}
                min={column.min}
                max={column.max}
                {on_change}
            />
        </div>
    }
}
