//! Embedding rules: URL configuration, origins, theme values and the postMessage protocol.

mod common_signing;

use audit_core::embed::{
    ChecklistSource, ConfigError, EmbedConfig, Incoming, IncomingError, Origin, OriginError,
    Outgoing, messages_after_save,
};
use audit_core::workflow::{Action, Audit, Effect};
use audit_core::{AuditRecord, Edit, HeaderField, Language};
use common_signing::*;
use serde_json::{Value, json};

fn config(query: &[(&str, &str)]) -> (EmbedConfig, Vec<ConfigError>) {
    EmbedConfig::from_params(query.iter().copied())
}

#[test]
fn a_full_configuration_is_read() {
    let (config, errors) = config(&[
        (
            "checklist",
            "https://labour.ministry.example/lists/fishing.json",
        ),
        ("lang", "ar"),
        ("primary", "#005A9C"),
        ("onPrimary", "#fff"),
        ("background", "#f0f0f0"),
        ("font", "Marianne, \"Noto Sans Arabic\", sans-serif"),
        ("parentOrigin", "https://labour.ministry.example"),
        ("sendDocument", "1"),
        ("utm_source", "newsletter"),
    ]);
    assert_eq!(errors, []);
    assert_eq!(
        config.checklist,
        Some(ChecklistSource::Url {
            url: "https://labour.ministry.example/lists/fishing.json".into(),
            origin: Origin::parse("https://labour.ministry.example").unwrap(),
        })
    );
    assert_eq!(config.language, Some(Language::Ar));
    assert!(config.language.unwrap().is_right_to_left());
    assert_eq!(
        config.parent_origin.as_ref().map(Origin::as_str),
        Some("https://labour.ministry.example")
    );
    assert!(config.send_document);
    assert_eq!(
        config.theme.properties(),
        [
            ("--primary", "#005a9c"),
            ("--primary-contrast", "#fff"),
            ("--background", "#f0f0f0"),
            ("--font", "Marianne, \"Noto Sans Arabic\", sans-serif"),
        ]
    );
}

#[test]
fn no_parameters_mean_a_standalone_app_that_posts_nothing() {
    let (config, errors) = config(&[]);
    assert_eq!(errors, []);
    assert_eq!(config, EmbedConfig::default());
    assert_eq!(config.parent_origin, None);
    assert!(!config.send_document);
}

#[test]
fn bad_values_are_reported_one_by_one_and_the_rest_applies() {
    let (config, errors) = config(&[
        ("lang", "de"),
        ("parentOrigin", "*"),
        ("primary", "red;}body{display:none"),
        ("font", "x;background:url(https://tracker.example/)"),
        ("checklist", "../../etc/passwd"),
        ("sendDocument", "yes"),
        ("background", "#abcdef"),
    ]);
    let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            "lang: \"de\" is not a supported language; use en, fr, es or ar",
            "parentOrigin: \"*\" must start with https:// or http://",
            "primary: \"red;}body{display:none\" is not a colour; write it as #rgb or #rrggbb",
            "font: \"x;background:url(https://tracker.example/)\" is not a font stack; list family \
             names separated by commas, e.g. Marianne, Arial, sans-serif",
            "checklist: \"../../etc/passwd\" is neither a checklist id (letters, digits, '-', '_', '.') \
             nor an https:// or http:// URL",
            "sendDocument: \"yes\" must be 1 or 0",
        ]
    );
    assert_eq!(config.theme.properties(), [("--background", "#abcdef")]);
    assert_eq!(config.language, None);
    assert_eq!(config.parent_origin, None);
}

#[test]
fn a_bundled_checklist_is_named_by_its_id() {
    let (config, _) = config(&[("checklist", "supplier-due-diligence")]);
    assert_eq!(
        config.checklist,
        Some(ChecklistSource::Bundled("supplier-due-diligence".into()))
    );
}

#[test]
fn origins_are_only_scheme_host_and_port() {
    for (text, origin) in [
        ("http://127.0.0.2:8080", "http://127.0.0.2:8080"),
        ("https://Ministry.Example/", "https://ministry.example"),
        ("HTTPS://union.example:443", "https://union.example:443"),
        ("http://[::1]:3000", "http://[::1]:3000"),
    ] {
        assert_eq!(Origin::parse(text).unwrap().as_str(), origin, "{text}");
    }
    for (text, error) in [
        (
            "https://ministry.example/audit",
            OriginError::NotOnlyOrigin("https://ministry.example/audit".into()),
        ),
        ("null", OriginError::Scheme("null".into())),
        (
            "javascript://x.example",
            OriginError::Scheme("javascript://x.example".into()),
        ),
        ("https://", OriginError::Host("https://".into())),
        (
            "https://bad host.example",
            OriginError::Host("https://bad host.example".into()),
        ),
        (
            "https://a.example:99999",
            OriginError::Port("https://a.example:99999".into()),
        ),
        (
            "https://user@a.example",
            OriginError::Host("https://user@a.example".into()),
        ),
    ] {
        assert_eq!(Origin::parse(text), Err(error), "{text}");
    }
    assert_eq!(
        Origin::of_url("https://cdn.ministry.example/lists/a.json?v=2")
            .unwrap()
            .as_str(),
        "https://cdn.ministry.example"
    );
}

#[test]
fn outgoing_messages_carry_the_protocol_version() {
    let as_value = |m: Outgoing| serde_json::from_str::<Value>(&m.to_json()).unwrap();
    assert_eq!(as_value(Outgoing::Ready), json!({"v": 1, "type": "ready"}));
    assert_eq!(
        as_value(Outgoing::Resize { height: 812 }),
        json!({"v": 1, "type": "resize", "height": 812})
    );
    assert_eq!(
        as_value(Outgoing::Error {
            message: "x".into()
        }),
        json!({"v": 1, "type": "error", "message": "x"})
    );
}

#[test]
fn incoming_messages_are_read_strictly() {
    assert_eq!(
        Incoming::parse(
            &json!({"v": 1, "type": "load-checklist", "url": "https://m.example/a.json"})
        ),
        Ok(Incoming::LoadChecklist(ChecklistSource::Url {
            url: "https://m.example/a.json".into(),
            origin: Origin::parse("https://m.example").unwrap(),
        }))
    );
    assert_eq!(
        Incoming::parse(&json!({"type": "load-checklist", "url": "https://m.example/a.json"})),
        Err(IncomingError::Version)
    );
    assert_eq!(
        Incoming::parse(&json!("hello")),
        Err(IncomingError::Version)
    );
    assert_eq!(
        Incoming::parse(&json!({"v": 1, "type": "delete-everything"})),
        Err(IncomingError::UnknownType("delete-everything".into()))
    );
    assert!(matches!(
        Incoming::parse(&json!({"v": 1, "type": "load-checklist"})),
        Err(IncomingError::Malformed { .. })
    ));
    assert!(matches!(
        Incoming::parse(&json!({"v": 1, "type": "load-checklist", "url": "javascript:alert(1)"})),
        Err(IncomingError::Malformed { .. })
    ));
}

#[test]
fn each_step_of_an_audit_is_announced_once_after_it_is_saved() {
    let checklist = audit_core::parse_checklist(include_str!(
        "../../../static/checklists/archive/supplier-due-diligence-0.1.0.json"
    ))
    .unwrap()
    .checklist;
    let saved = |effects: Vec<Effect>| match effects.into_iter().next() {
        Some(Effect::Save { reached, .. }) => reached,
        other => panic!("expected a save, got {other:?}"),
    };
    let mut audit = Audit::draft(AuditRecord {
        finalized: None,
        ..finalized_record()
    });
    let id = audit.id();
    let edit = Action::Edit(
        Edit::Header(HeaderField::Site, "Werk Nord".into()),
        at("2026-11-28T09:30:00Z"),
    );
    let reached = saved(audit.update(edit, Some(&checklist)).unwrap());
    assert_eq!(
        messages_after_save(&audit, &reached, false),
        [Outgoing::Changed { id }]
    );

    let finalize = Action::Finalize(at("2026-11-28T10:00:00Z"));
    let reached = saved(audit.update(finalize, Some(&checklist)).unwrap());
    assert_eq!(
        messages_after_save(&audit, &reached, false),
        [Outgoing::Changed { id }, Outgoing::Finalized { id }]
    );
    let remove = Action::RemoveSignatory(party(1).did);
    let reached = saved(audit.update(remove, Some(&checklist)).unwrap());
    assert_eq!(
        messages_after_save(&audit, &reached, false),
        [Outgoing::Changed { id }],
        "changing the signatories is a change, not a second finalization"
    );

    let options = proof_options(0, "2026-11-28T11:00:00Z");
    let reached = saved(
        audit
            .sign_with(options, Some(&checklist), |d| key(0).sign(d))
            .unwrap(),
    );
    let document = audit.signed().unwrap().clone();
    assert_eq!(
        messages_after_save(&audit, &reached, false),
        [
            Outgoing::Changed { id },
            Outgoing::Signed {
                id,
                sha256: document.sha256().unwrap(),
                signatures: 1,
                document: None,
            }
        ]
    );
    let with_document = messages_after_save(&audit, &reached, true);
    let Outgoing::Signed {
        document: Some(sent),
        ..
    } = &with_document[1]
    else {
        panic!("the document is sent when the host opted in: {with_document:?}");
    };
    assert_eq!(
        sent,
        &serde_json::from_str::<Value>(&document.to_json_pretty()).unwrap()
    );
    let json: Value = serde_json::from_str(&with_document[1].to_json()).unwrap();
    assert_eq!(json["v"], 1);
    assert_eq!(json["type"], "signed");
    assert_eq!(json["sha256"].as_str().unwrap().len(), 64);

    let options = proof_options(2, "2026-11-28T12:00:00Z");
    let reached = saved(
        audit
            .sign_with(options, Some(&checklist), |d| key(2).sign(d))
            .unwrap(),
    );
    assert!(matches!(
        messages_after_save(&audit, &reached, false)[1],
        Outgoing::Signed { signatures: 2, .. }
    ));
}
