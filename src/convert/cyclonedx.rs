//! A release written as a CycloneDX 1.6 ML-BOM (JSON): the inverse of
//! [`crate::import::cyclonedx`] (`docs/importers.md#cyclonedx`).
//!
//! | release | CycloneDX |
//! |---|---|
//! | `name` | `metadata.component.name` |
//! | `producer`, `version` | `metadata.component`'s and the models' `publisher`, `version` |
//! | `description` | `metadata.component.description` |
//! | `model_weights` (+ its `model_card` "(CycloneDX model card)", `compute_report` "environmental considerations", the evaluation named after it) | a `machine-learning-model` component with its `modelCard` |
//! | training and post-training data | `data` components referenced from `modelCard.modelParameters.datasets` |
//! | evaluation data | `data` components not referenced by a model |
//! | `supporting_libraries` | `library` components |
//! | a component's licence | `licenses`: `[{license: {id, url}}]` for one id, `[{expression}]` otherwise |
//! | `location`, evidence | `externalReferences` (`distribution`, `license`, `model-card`, …) |
//! | release evidence of kind `repository` | an external reference of type `vcs` on the first model |
//!
//! Other kinds, claims, facts and release-level lineage are listed in [`Exported::unmapped`].

use serde_json::{Map, Value, json};

use super::Exported;
use crate::error::Result;
use crate::import::Unmapped;
use crate::import::cyclonedx::MODEL_CARD_TEXT;
use crate::model::{Component, ComponentKind as K, EvidenceKind, Release};

/// `bom-ref` of a component.
fn bom_ref(index: usize, c: &Component) -> String {
    format!("{}-{index}", c.kind.as_str())
}

fn licences(c: &Component) -> Option<Value> {
    let l = c.license.as_ref()?;
    let expression = l.expression.as_str();
    let single = !expression.contains(' ') && !expression.contains('(');
    Some(if single {
        let mut licence = Map::new();
        licence.insert("id".into(), json!(expression));
        if let Some(url) = &l.url {
            licence.insert("url".into(), json!(url.as_str()));
        }
        json!([{"license": licence}])
    } else {
        json!([{"expression": expression}])
    })
}

fn external_references(c: &Component) -> Vec<Value> {
    let mut refs = Vec::new();
    if let Some(l) = &c.location {
        refs.push(json!({"type": "distribution", "url": l.as_str()}));
    }
    for e in &c.evidence {
        let t = match e.kind {
            Some(EvidenceKind::LicenceText) => "license".to_owned(),
            Some(EvidenceKind::Card) => "model-card".to_owned(),
            _ => e.title.clone().unwrap_or_else(|| "other".to_owned()),
        };
        refs.push(json!({"type": t, "url": e.url.as_str()}));
    }
    refs
}

/// A `key: value` paragraph's value back as JSON: a JSON text as itself, a list written with
/// `; ` as an array (for the list fields), else the text.
fn value_of(key: &str, text: &str) -> Value {
    if let Ok(v) = serde_json::from_str::<Value>(text)
        && (v.is_array() || v.is_object())
    {
        return v;
    }
    match key {
        "approach" => json!({"type": text}),
        "inputs" | "outputs" => json!(
            text.split("; ")
                .map(|f| json!({"format": f}))
                .collect::<Vec<_>>()
        ),
        "users" | "useCases" | "technicalLimitations" | "performanceTradeoffs" => {
            json!(text.split("; ").collect::<Vec<_>>())
        }
        _ => json!(text),
    }
}

/// Writes `release` as a CycloneDX 1.6 ML-BOM.
///
/// # Errors
/// Never in practice; the signature is that of every exporter.
#[allow(clippy::too_many_lines, reason = "one block per component type")]
pub fn export(release: &Release) -> Result<Exported> {
    let mut unmapped = Vec::new();
    let mut used = vec![false; release.components.len()];
    let mut components: Vec<Value> = Vec::new();
    let training: Vec<String> = release
        .components
        .iter()
        .enumerate()
        .filter(|(_, c)| matches!(c.kind, K::PretrainingData | K::PostTrainingData))
        .map(|(i, c)| bom_ref(i, c))
        .collect();
    let mut first_model = true;
    for (i, c) in release.components_of(K::ModelWeights) {
        used[i] = true;
        let mut m = Map::new();
        m.insert("bom-ref".into(), json!(bom_ref(i, c)));
        m.insert("type".into(), json!("machine-learning-model"));
        let full = c.name.clone().unwrap_or_else(|| release.name.clone());
        match full.split_once('/') {
            Some((group, name)) => {
                m.insert("group".into(), json!(group));
                m.insert("name".into(), json!(name));
            }
            None => {
                m.insert("name".into(), json!(full));
            }
        }
        if first_model && let Some(v) = &release.version {
            m.insert("version".into(), json!(v));
        }
        if let Some(p) = &release.producer {
            m.insert("publisher".into(), json!(p.name));
        }
        if let Some(d) = &c.description {
            m.insert("description".into(), json!(d));
        }
        if let Some(l) = licences(c) {
            m.insert("licenses".into(), l);
        }
        if let Some(sum) = &c.checksum {
            let alg = match sum.algorithm.as_str() {
                "sha256" => "SHA-256",
                "sha384" => "SHA-384",
                "sha512" => "SHA-512",
                "sha1" => "SHA-1",
                "md5" => "MD5",
                _ => "BLAKE3",
            };
            m.insert("hashes".into(), json!([{"alg": alg, "content": sum.value}]));
        }
        let mut refs = external_references(c);
        if first_model {
            for e in release
                .evidence
                .iter()
                .filter(|e| e.kind == Some(EvidenceKind::Repository))
            {
                refs.push(json!({"type": "vcs", "url": e.url.as_str()}));
            }
        }
        if !refs.is_empty() {
            m.insert("externalReferences".into(), json!(refs));
        }
        // The model card.
        let mut card = Map::new();
        let mut parameters = Map::new();
        let mut considerations = Map::new();
        let wanted = format!("{full} (CycloneDX model card)");
        if let Some((j, text)) = release
            .components_of(K::ModelCard)
            .find(|(_, x)| x.name.as_deref() == Some(wanted.as_str()))
            .map(|(j, x)| (j, x.description.clone().unwrap_or_default()))
        {
            used[j] = true;
            for paragraph in text.split("\n\n") {
                let Some((key, value)) = paragraph.split_once(": ") else {
                    continue;
                };
                if !MODEL_CARD_TEXT.contains(&key) {
                    continue;
                }
                let v = value_of(key, value);
                match key {
                    "approach" | "task" | "architectureFamily" | "modelArchitecture" | "inputs"
                    | "outputs" => {
                        parameters.insert(key.into(), v);
                    }
                    "properties" => {
                        card.insert(key.into(), v);
                    }
                    _ => {
                        considerations.insert(key.into(), v);
                    }
                }
            }
        }
        let wanted = format!("{full} environmental considerations");
        if let Some((j, env)) = release
            .components_of(K::ComputeReport)
            .find(|(_, x)| x.name.as_deref() == Some(wanted.as_str()))
        {
            used[j] = true;
            if let Some(v) = env
                .description
                .as_deref()
                .and_then(|d| d.strip_prefix("environmentalConsiderations: "))
                .and_then(|j| serde_json::from_str::<Value>(j).ok())
            {
                considerations.insert("environmentalConsiderations".into(), v);
            }
        }
        if first_model && !training.is_empty() {
            parameters.insert(
                "datasets".into(),
                json!(
                    training
                        .iter()
                        .map(|r| json!({"ref": r}))
                        .collect::<Vec<_>>()
                ),
            );
        }
        if let Some(e) = release.evaluations.iter().find(|e| e.benchmark == full) {
            let metrics: Vec<Value> = e
                .results
                .iter()
                .map(|r| {
                    let (t, slice) = match r
                        .category
                        .strip_suffix(']')
                        .and_then(|c| c.split_once(" ["))
                    {
                        Some((t, s)) => (t.to_owned(), Some(s.to_owned())),
                        None => (r.category.clone(), None),
                    };
                    let mut metric = Map::new();
                    metric.insert("type".into(), json!(t));
                    if let Some(v) = r.score.map(|s| s.to_string()).or_else(|| r.grade.clone()) {
                        metric.insert("value".into(), json!(v));
                    }
                    if let Some(s) = slice {
                        metric.insert("slice".into(), json!(s));
                    }
                    Value::Object(metric)
                })
                .collect();
            card.insert(
                "quantitativeAnalysis".into(),
                json!({"performanceMetrics": metrics}),
            );
        }
        if !parameters.is_empty() {
            card.insert("modelParameters".into(), Value::Object(parameters));
        }
        if !considerations.is_empty() {
            card.insert("considerations".into(), Value::Object(considerations));
        }
        if !card.is_empty() {
            m.insert("modelCard".into(), Value::Object(card));
        }
        components.push(Value::Object(m));
        first_model = false;
    }
    for (i, c) in release.components.iter().enumerate() {
        if used[i] {
            continue;
        }
        let t = match c.kind {
            K::PretrainingData | K::PostTrainingData | K::EvaluationData => "data",
            K::SupportingLibraries => "library",
            other => {
                if !matches!(other, K::DataCard) {
                    unmapped.push(Unmapped::new(
                        format!("/components/{i}"),
                        other.as_str(),
                        "CycloneDX has no component type for this kind",
                    ));
                }
                continue;
            }
        };
        used[i] = true;
        let mut m = Map::new();
        m.insert("bom-ref".into(), json!(bom_ref(i, c)));
        m.insert("type".into(), json!(t));
        m.insert(
            "name".into(),
            json!(c.name.clone().unwrap_or_else(|| c.kind.as_str().to_owned())),
        );
        if let Some(d) = &c.description {
            m.insert("description".into(), json!(d));
        }
        if let Some(l) = licences(c) {
            m.insert("licenses".into(), l);
        }
        if t == "data" {
            let mut entry = Map::new();
            entry.insert("type".into(), json!("dataset"));
            if let Some(l) = &c.location {
                entry.insert("contents".into(), json!({"url": l.as_str()}));
            }
            let wanted = format!("{} (CycloneDX data)", c.name.clone().unwrap_or_default());
            if let Some((j, card)) = release
                .components_of(K::DataCard)
                .find(|(_, x)| x.name.as_deref() == Some(wanted.as_str()))
            {
                used[j] = true;
                for paragraph in card
                    .description
                    .as_deref()
                    .unwrap_or_default()
                    .split("\n\n")
                {
                    if let Some((k, v)) = paragraph.split_once(": ") {
                        let value = match k {
                            "sensitiveData" => json!(v.split("; ").collect::<Vec<_>>()),
                            _ => serde_json::from_str::<Value>(v)
                                .ok()
                                .filter(Value::is_object)
                                .unwrap_or_else(|| json!(v)),
                        };
                        entry.insert(k.into(), value);
                    }
                }
            }
            m.insert("data".into(), json!([entry]));
            let refs: Vec<Value> = c
                .evidence
                .iter()
                .map(|e| json!({"type": "other", "url": e.url.as_str()}))
                .collect();
            if !refs.is_empty() {
                m.insert("externalReferences".into(), json!(refs));
            }
        } else {
            let refs = external_references(c);
            if !refs.is_empty() {
                m.insert("externalReferences".into(), json!(refs));
            }
        }
        if c.kind == K::EvaluationData {
            unmapped.push(Unmapped::new(format!("/components/{i}/kind"), "evaluation_data", "CycloneDX does not say what a data component is for: written as a `data` component no model references"));
        }
        components.push(Value::Object(m));
    }
    for (i, c) in release.components.iter().enumerate() {
        if !used[i] && c.kind == K::DataCard {
            unmapped.push(Unmapped::new(
                format!("/components/{i}"),
                "data_card",
                "a data card that is not a data component's `data` facts",
            ));
        }
    }
    super::unmapped_fields(
        &mut unmapped,
        &[
            ("/lineage", !release.lineage.is_empty()),
            ("/claims", !release.claims.is_empty()),
            ("/release_date", release.release_date.is_some()),
            ("/homepage", release.homepage.is_some()),
        ],
        "a CycloneDX BOM has no place for this release-level field",
    );
    // The BOM's subject is the release: its name, version, producer (which the models repeat:
    // a release without a model keeps them here only) and description.
    let mut subject = Map::new();
    subject.insert("type".into(), json!("machine-learning-model"));
    subject.insert("name".into(), json!(release.name));
    if let Some(v) = &release.version {
        subject.insert("version".into(), json!(v));
    }
    if let Some(p) = &release.producer {
        subject.insert("publisher".into(), json!(p.name));
    }
    if let Some(d) = &release.description {
        subject.insert("description".into(), json!(d));
    }
    let bom = json!({
        "$schema": "http://cyclonedx.org/schema/bom-1.6.schema.json",
        "bomFormat": "CycloneDX",
        "specVersion": "1.6",
        "version": 1,
        "metadata": {"component": subject},
        "components": components,
    });
    let mut text = serde_json::to_string_pretty(&bom).map_err(|e| crate::error::Error::Write {
        message: e.to_string(),
    })?;
    text.push('\n');
    let mut exported = Exported::new(text);
    exported.unmapped = unmapped;
    Ok(exported)
}
