//! Model Openness Tool (MOT) model files (MOF 1.0 YAML under MOT's `schema/mof_schema.json`):
//! the inverse of the importer (`crate::import::mot`).
//!
//! | release | MOT |
//! |---|---|
//! | `name`, `version`, `producer.name`, `release_date` | `release.name`, `version`, `producer`, `date` |
//! | `modality` | `release.type` (`text` → `language`) |
//! | `description` "Architecture: …. Treatment: …." (as the importer writes it) | `release.architecture`, `treatment` |
//! | `lineage` (`fine_tuned_from` or `derived_from` a named release) | `release.origin` |
//! | `evidence` (`repository`; `artifact` titled "Hugging Face") | `release.repository`, `huggingface` |
//! | a component of a kind some MOF component covers | an entry `components[]` named after that MOF component |
//! | its `description`, `location` | `description`, `component_path` |
//! | its licence | `license` (the text as declared in the source when there is one, else the expression; `NONE` is `unlicensed`), `license_path` (the licence URL) |
//!
//! A MOT file lists the components the producer released, so a component that is known not to be
//! released (or withheld) is not written. Everything else (claims, evaluations, facts, components
//! of kinds MOF does not name, a second component of the same MOF component, gated availability,
//! evidence, checksums, …) is listed in [`Exported::unmapped`] with its pointer into the release.
//! A MOT file is read as a complete inventory of the MOF components (`docs/format.md`,
//! completeness): a release that does not state so has its `/completeness` listed as unmapped.
//! Every licence is written on its component (no global `release.license` entries), which MOT
//! resolves to the same licences. Every text is single-quoted, so that MOT's YAML reader (Symfony
//! YAML) reads dates and words like `yes` as the strings they are.

use serde_json::{Map, Value};

use super::{Exported, Unmapped};
use crate::classify::mof_1_0::MofComponent;
use crate::error::{Error, Result};
use crate::model::{
    Availability, Component, EvidenceKind, LineageRelation, Modality, Release, ReleaseKind,
};
use crate::pipeline::mot_schema::{ARCHITECTURES, TREATMENTS};

/// The version and date of MOF 1.0, as MOT writes them in `framework`.
const FRAMEWORK: (&str, &str, &str) = ("Model Openness Framework", "1.0", "2024-12-15");

/// Writes `release` as a MOT model file.
///
/// # Errors
/// [`Error::Write`] if the release cannot be serialised (it always can).
pub fn export(release: &Release) -> Result<Exported> {
    let mut unmapped = Vec::new();
    let value = serde_json::to_value(release).map_err(|e| Error::Write {
        message: e.to_string(),
    })?;
    let mut out = Map::new();
    let mut framework = Map::new();
    framework.insert("name".into(), FRAMEWORK.0.into());
    framework.insert("version".into(), FRAMEWORK.1.into());
    framework.insert("date".into(), FRAMEWORK.2.into());
    out.insert("framework".into(), Value::Object(framework));

    let mut r = Map::new();
    r.insert("name".into(), release.name.trim().into());
    if let Some(version) = trimmed(release.version.as_deref()) {
        r.insert("version".into(), version.into());
    }
    if let Some(date) = &release.release_date {
        r.insert("date".into(), date.to_string().into());
    }
    if let Some(modality) = release.modality {
        r.insert("type".into(), mot_type(modality).into());
    }
    if let Some(description) = &release.description {
        match architecture_and_treatment(description) {
            Some((architecture, treatment)) => {
                if let Some(a) = architecture {
                    r.insert("architecture".into(), a.into());
                }
                if let Some(t) = treatment {
                    r.insert("treatment".into(), t.into());
                }
            }
            None => unmapped.push(Unmapped::new(
                "/description",
                description.clone(),
                "a MOT file has no description of the release (only `architecture` and \
                 `treatment` from MOT's lists)",
            )),
        }
    }
    for (i, lineage) in release.lineage.iter().enumerate() {
        let pointer = format!("/lineage/{i}");
        let named = lineage.base.name.clone();
        match (lineage.relation, named) {
            (LineageRelation::FineTunedFrom | LineageRelation::DerivedFrom, Some(name))
                if !r.contains_key("origin") && !name.trim().is_empty() =>
            {
                r.insert("origin".into(), name.trim().into());
                note_rest(&value, &pointer, &["relation", "base"], &mut unmapped);
                note_rest(&value, &format!("{pointer}/base"), &["name"], &mut unmapped);
            }
            _ => unmapped.push(Unmapped::new(
                pointer,
                render(&value, &format!("/lineage/{i}")),
                "a MOT file has one `origin`: the name of the model it was fine-tuned or derived \
                 from",
            )),
        }
    }
    r.insert(
        "producer".into(),
        release
            .producer
            .as_ref()
            .map_or_else(String::new, |p| p.name.trim().to_owned())
            .into(),
    );
    if release.producer.is_some() {
        note_rest(&value, "/producer", &["name"], &mut unmapped);
    }
    r.insert("license".into(), Value::Object(Map::new()));
    for (i, evidence) in release.evidence.iter().enumerate() {
        let pointer = format!("/evidence/{i}");
        let key = match evidence.kind {
            Some(EvidenceKind::Repository) => Some("repository"),
            Some(EvidenceKind::Artifact) if evidence.title.as_deref() == Some("Hugging Face") => {
                Some("huggingface")
            }
            _ => None,
        };
        match key {
            Some(key) if !r.contains_key(key) => {
                r.insert(key.into(), evidence.url.as_str().into());
                note_rest(&value, &pointer, &["url", "kind", "title"], &mut unmapped);
            }
            _ => unmapped.push(Unmapped::new(
                pointer.clone(),
                render(&value, &pointer),
                "a MOT file links only one `repository` and one `huggingface` page",
            )),
        }
    }
    let mut components = Vec::new();
    let mut written: Vec<MofComponent> = Vec::new();
    for (i, component) in release.components.iter().enumerate() {
        let pointer = format!("/components/{i}");
        if let Some(entry) =
            self::component(component, &pointer, &value, &mut written, &mut unmapped)
        {
            components.push(Value::Object(entry));
        }
    }
    r.insert("components".into(), Value::Array(components));
    out.insert("release".into(), Value::Object(r));

    let mof_kinds = || {
        MofComponent::ALL
            .into_iter()
            .flat_map(|m| m.item().kinds.iter().copied())
    };
    let complete = release
        .completeness
        .as_ref()
        .is_some_and(|c| mof_kinds().all(|k| c.covers(k)));
    if !complete {
        unmapped.push(Unmapped::new(
            "/completeness",
            release.completeness.as_ref().map_or_else(
                || "(none)".to_owned(),
                |c| format!("covers {} kinds", c.covers.len()),
            ),
            "a MOT file is read as a complete inventory of the MOF components, and this release \
             does not state that its list is complete for all of them: a reader of the MOT file \
             takes a component that is not listed as not released",
        ));
    }
    // The release's other fields have no place in a MOT file (a MOT file describes a model).
    let kind = if release.kind == ReleaseKind::Model {
        "kind"
    } else {
        "spec_version"
    };
    note_rest(
        &value,
        "",
        &[
            kind,
            "spec_version",
            "name",
            "version",
            "release_date",
            "modality",
            "description",
            "lineage",
            "producer",
            "evidence",
            "components",
            "completeness",
        ],
        &mut unmapped,
    );
    unmapped.sort_by(|a, b| a.pointer.cmp(&b.pointer));
    let mut text = String::new();
    yaml(&Value::Object(out), 0, &mut text);
    Ok(Exported { text, unmapped })
}

/// One component as a MOT entry, or `None` (reported) when it has no place in a MOT file.
fn component(
    component: &Component,
    pointer: &str,
    value: &Value,
    written: &mut Vec<MofComponent>,
    unmapped: &mut Vec<Unmapped>,
) -> Option<Map<String, Value>> {
    let Some(mof) = MofComponent::ALL
        .into_iter()
        .find(|m| m.item().kinds.contains(&component.kind))
    else {
        unmapped.push(Unmapped::new(
            pointer,
            render(value, pointer),
            format!("no MOF 1.0 component covers the kind `{}`", component.kind),
        ));
        return None;
    };
    match component.availability {
        Availability::Public | Availability::Unknown => {}
        Availability::Gated
        | Availability::ThirdPartyPublic
        | Availability::ThirdPartyObtainable => {
            unmapped.push(Unmapped::new(
                format!("{pointer}/availability"),
                component.availability.as_str(),
                "a MOT file lists released components without saying how they are obtained",
            ));
        }
        _ => {
            unmapped.push(Unmapped::new(
                pointer,
                render(value, pointer),
                format!(
                    "the component is not released ({}); a MOT file lists only released \
                     components",
                    component.availability
                ),
            ));
            return None;
        }
    }
    if written.contains(&mof) {
        unmapped.push(Unmapped::new(
            pointer,
            render(value, pointer),
            format!(
                "the MOF component `{}` is already written for an earlier component; MOT grades \
                 only one entry per component",
                mof.name()
            ),
        ));
        return None;
    }
    written.push(mof);
    if component.kind != mof.kind() {
        unmapped.push(Unmapped::new(
            format!("{pointer}/kind"),
            component.kind.as_str(),
            format!(
                "written as the MOF component `{}`, which a MOT file does not split: it reads \
                 back as `{}`",
                mof.name(),
                mof.kind()
            ),
        ));
    }
    let mut entry = Map::new();
    entry.insert("name".into(), mof.name().into());
    if let Some(description) = trimmed(component.description.as_deref()) {
        entry.insert("description".into(), description.into());
    }
    let mut handled = vec!["kind", "description", "availability"];
    if let Some(licence) = &component.license {
        let expression = &licence.expression;
        let text = match &licence.declared {
            // A declared text that is blank says nothing (MOT would read `''` as unlicensed):
            // the expression is written instead.
            Some(declared) if !declared.trim().is_empty() => Some(declared.clone()),
            _ if expression.is_none() => Some("unlicensed".to_owned()),
            _ if expression.is_noassertion() => None,
            _ => Some(expression.to_string()),
        };
        if let Some(text) = text {
            entry.insert("license".into(), text.into());
        }
        if let Some(url) = &licence.url {
            entry.insert("license_path".into(), url.as_str().into());
        }
        handled.push("license");
    }
    if let Some(location) = &component.location {
        entry.insert("component_path".into(), location.as_str().into());
        handled.push("location");
    }
    note_rest(value, pointer, &handled, unmapped);
    Some(entry)
}

/// A text as MOT files carry it: trimmed, and absent when blank (as the importer reads it).
fn trimmed(text: Option<&str>) -> Option<&str> {
    text.map(str::trim).filter(|t| !t.is_empty())
}

/// MOT's `release.type` for a modality.
const fn mot_type(modality: Modality) -> &'static str {
    match modality {
        Modality::Text => "language",
        Modality::Image => "image",
        Modality::Code => "code",
        Modality::Audio => "audio",
        Modality::Video => "video",
        Modality::Multimodal => "multimodal",
    }
}

/// The architecture and treatment in a description the importer wrote ("Architecture: a.
/// Treatment: t."), when both are values of MOT's lists; `None` for any other description.
fn architecture_and_treatment(description: &str) -> Option<(Option<&str>, Option<&str>)> {
    let (architecture, rest) = match description.strip_prefix("Architecture: ") {
        Some(rest) => match rest.split_once(". Treatment: ") {
            Some((a, t)) => (Some(a), Some(format!("Treatment: {t}"))),
            None => (Some(rest.strip_suffix('.')?), None),
        },
        None => (None, Some(description.to_owned())),
    };
    let treatment = match rest {
        Some(rest) => {
            let t = rest.strip_prefix("Treatment: ")?.strip_suffix('.')?;
            let t = TREATMENTS.iter().find(|x| **x == t)?;
            Some(*t)
        }
        None => None,
    };
    // MOT's schema allows an empty architecture; an empty one is not written.
    if architecture.is_some_and(|a| a.is_empty() || !ARCHITECTURES.contains(&a)) {
        return None;
    }
    Some((architecture, treatment))
}

/// Lists every field of the object at `pointer` in `value` other than `handled` as unmapped.
fn note_rest(value: &Value, pointer: &str, handled: &[&str], unmapped: &mut Vec<Unmapped>) {
    let Some(Value::Object(fields)) = value.pointer(pointer) else {
        return;
    };
    for (key, field) in fields {
        if handled.contains(&key.as_str()) {
            continue;
        }
        unmapped.push(Unmapped::new(
            format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1")),
            short(field),
            "a MOT file has no place for it",
        ));
    }
}

/// A short rendering of the value at `pointer`.
fn render(value: &Value, pointer: &str) -> String {
    value.pointer(pointer).map(short).unwrap_or_default()
}

fn short(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Writes `value` (mappings, lists and strings) as block YAML with single-quoted scalars.
fn yaml(value: &Value, indent: usize, out: &mut String) {
    let pad = " ".repeat(indent);
    match value {
        Value::Object(fields) => {
            for (key, field) in fields {
                out.push_str(&pad);
                out.push_str(key);
                out.push(':');
                match field {
                    Value::Object(inner) if inner.is_empty() => out.push_str(" {}\n"),
                    Value::Array(items) if items.is_empty() => out.push_str(" []\n"),
                    Value::Object(_) | Value::Array(_) => {
                        out.push('\n');
                        yaml(field, indent + 2, out);
                    }
                    scalar => {
                        out.push(' ');
                        out.push_str(&quoted(scalar));
                        out.push('\n');
                    }
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                out.push_str(&pad);
                out.push_str("-\n");
                yaml(item, indent + 2, out);
            }
        }
        scalar => {
            out.push_str(&pad);
            out.push_str(&quoted(scalar));
            out.push('\n');
        }
    }
}

/// A scalar as a single-quoted YAML string (newlines kept as a folded pair).
fn quoted(value: &Value) -> String {
    let text = short(value).replace('\'', "''").replace('\n', "\n\n");
    format!("'{text}'")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import;

    #[test]
    fn descriptions_the_importer_writes_are_read_back() {
        assert_eq!(
            architecture_and_treatment(
                "Architecture: transformer decoder. Treatment: pre-trained."
            ),
            Some((Some("transformer decoder"), Some("pre-trained")))
        );
        assert_eq!(
            architecture_and_treatment("Treatment: chat fine-tuned."),
            Some((None, Some("chat fine-tuned")))
        );
        assert_eq!(architecture_and_treatment("A model."), None);
        assert_eq!(architecture_and_treatment("Architecture: quantum."), None);
    }

    #[test]
    fn a_mot_file_survives_import_and_export() {
        let text = "framework: {name: Model Openness Framework, version: '1.0', date: '2024-12-15'}\n\
                    release:\n  name: Tiny\n  version: '2'\n  date: '2024-06-13'\n  type: language\n  \
                    architecture: decoder\n  treatment: pre-trained\n  origin: Base\n  producer: Lab\n  \
                    license: {code: {name: MIT}}\n  components:\n    - name: Training code\n      \
                    description: 'it''s here'\n    - name: Model card\n      license: Apache 2.0\n      \
                    license_path: https://example.org/L\n    - name: Datasets\n      license: unlicensed\n";
        let first = import::mot::to_release(text).unwrap();
        let exported = export(&first.release).unwrap();
        let second = import::mot::to_release(&exported.text).unwrap();
        assert_eq!(second.release, first.release, "{}", exported.text);
        // Every field maps, the completeness statement included.
        assert_eq!(exported.unmapped, []);
        let partial = Release::new("Partial");
        let exported = export(&partial).unwrap();
        assert_eq!(exported.unmapped[0].pointer, "/completeness");
    }
}
