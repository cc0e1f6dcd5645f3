//! A release written as an SPDX 3.0.1 JSON-LD document with the AI and Dataset profiles: the
//! inverse of [`crate::import::spdx3`] (`docs/importers.md#spdx-3`).
//!
//! | release | SPDX 3 |
//! |---|---|
//! | `name` | the `SpdxDocument`'s `name` |
//! | `producer` | an `Organization`, the packages' `suppliedBy` |
//! | `version`, `release_date` | the packages' `software_packageVersion`, `releaseTime` |
//! | `model_weights` (+ its `model_card` "(SPDX AI profile)", `training_configuration` "hyperparameters", `compute_report` "energy consumption", evaluations named after it) | an `ai_AIPackage` with its `ai_*` properties |
//! | training, post-training and evaluation data (+ its `data_card` "(SPDX Dataset profile)") | a `dataset_DatasetPackage`, with `trainedOn` / `testedOn` relationships from every AI package |
//! | `supporting_libraries` and every other kind | a `software_Package` (the kind is listed as unmapped) |
//! | a component's licence | a `simplelicensing_LicenseExpression` (an `expandedlicensing_CustomLicense` for a `LicenseRef-` with its text) and a `hasDeclaredLicense` relationship |
//! | a component's lineage | `descendantOf` relationships |
//!
//! What SPDX 3 cannot express (claims, facts, release-level evidence and lineage, licence URLs,
//! the component evidence) is listed in [`Exported::unmapped`].

use serde_json::{Map, Value, json};

use super::Exported;
use crate::error::Result;
use crate::import::Unmapped;
use crate::import::spdx3::{AI_TEXT, CONTEXT, DATASET_TEXT, unlabel};
use crate::model::{Availability, Component, ComponentKind as K, Release};

const CREATION: &str = "_:creationinfo";

/// The `spdxId` of a component: its `id`, else one made from the release and its position.
fn spdx_id(release: &Release, index: usize, c: &Component) -> String {
    c.id.as_ref().map_or_else(
        || {
            format!(
                "urn:ai-openness:{}:{}:{index}",
                slug(&release.name),
                c.kind.as_str()
            )
        },
        |i| i.as_str().to_owned(),
    )
}

fn slug(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

/// The companion component of `name` written by the importer (`"<name><suffix>"`).
fn companion<'a>(
    release: &'a Release,
    kind: K,
    name: &str,
    suffix: &str,
) -> Option<(usize, &'a Component)> {
    let wanted = format!("{name}{suffix}");
    release
        .components_of(kind)
        .find(|(_, c)| c.name.as_deref() == Some(wanted.as_str()))
}

/// Writes `release` as SPDX 3.0.1 JSON-LD.
///
/// # Errors
/// Never in practice; the signature is that of every exporter.
#[allow(clippy::too_many_lines, reason = "one block per element type")]
pub fn export(release: &Release) -> Result<Exported> {
    let mut graph: Vec<Value> = Vec::new();
    let mut unmapped: Vec<Unmapped> = Vec::new();
    let mut used = vec![false; release.components.len()];
    let created = release.release_date.as_ref().map_or_else(
        || "2025-01-01T00:00:00Z".to_owned(),
        |d| format!("{d}T00:00:00Z"),
    );
    let tool = "urn:ai-openness:tool".to_owned();
    graph.push(
        json!({"type": "CreationInfo", "@id": CREATION, "specVersion": "3.0.1",
        "createdBy": [tool], "created": created}),
    );
    graph.push(
        json!({"type": "SoftwareAgent", "spdxId": tool, "creationInfo": CREATION,
        "name": "ai-openness"}),
    );
    let supplier = release.producer.as_ref().map(|p| {
        let id = format!("urn:ai-openness:agent:{}", slug(&p.name));
        graph.push(
            json!({"type": "Organization", "spdxId": id, "creationInfo": CREATION,
            "name": p.name}),
        );
        id
    });
    let document = format!("urn:ai-openness:document:{}", slug(&release.name));
    let mut roots: Vec<String> = Vec::new();
    let mut relationships: Vec<(String, &str, Vec<String>)> = Vec::new();
    let mut ai_ids: Vec<String> = Vec::new();
    let common = |pkg: &mut Map<String, Value>, c: &Component, id: &str, purpose: &str| {
        pkg.insert("spdxId".into(), json!(id));
        pkg.insert("creationInfo".into(), json!(CREATION));
        if let Some(n) = &c.name {
            pkg.insert("name".into(), json!(n));
        }
        if let Some(d) = &c.description {
            pkg.insert("comment".into(), json!(d));
        }
        if let Some(l) = &c.location {
            pkg.insert("software_downloadLocation".into(), json!(l.as_str()));
        }
        if let Some(sum) = &c.checksum {
            pkg.insert(
                "verifiedUsing".into(),
                json!([{"type": "Hash", "algorithm": sum.algorithm.as_str(), "hashValue": sum.value}]),
            );
        }
        pkg.insert("software_primaryPurpose".into(), json!(purpose));
        if let Some(s) = &supplier {
            pkg.insert("suppliedBy".into(), json!(s));
        }
        if let Some(v) = &release.version {
            pkg.insert("software_packageVersion".into(), json!(v));
        }
        if let Some(d) = &release.release_date {
            pkg.insert("releaseTime".into(), json!(format!("{d}T00:00:00Z")));
        }
    };
    // AI packages.
    for (i, c) in release.components_of(K::ModelWeights) {
        used[i] = true;
        let id = spdx_id(release, i, c);
        let mut pkg = Map::new();
        pkg.insert("type".into(), json!("ai_AIPackage"));
        common(&mut pkg, c, &id, "model");
        let name = c.name.clone().unwrap_or_else(|| "model".to_owned());
        if let Some((j, card)) = companion(release, K::ModelCard, &name, " (SPDX AI profile)") {
            used[j] = true;
            let text = card.description.as_deref().unwrap_or_default();
            for key in AI_TEXT {
                if let Some(v) = unlabel(text, key) {
                    let list = matches!(
                        *key,
                        "ai_typeOfModel"
                            | "ai_domain"
                            | "ai_modelDataPreprocessing"
                            | "ai_modelExplainability"
                            | "ai_standardCompliance"
                    );
                    let value = if list {
                        json!(v.split("; ").collect::<Vec<_>>())
                    } else {
                        json!(v)
                    };
                    pkg.insert((*key).to_owned(), value);
                }
            }
        }
        if let Some((j, h)) =
            companion(release, K::TrainingConfiguration, &name, " hyperparameters")
        {
            used[j] = true;
            pkg.insert(
                "ai_hyperparameter".into(),
                dictionary(h.description.as_deref().unwrap_or_default()),
            );
        }
        if let Some((j, e)) = companion(release, K::ComputeReport, &name, " energy consumption") {
            used[j] = true;
            let json = e
                .description
                .as_deref()
                .and_then(|d| d.strip_prefix("ai_energyConsumption: "))
                .and_then(|j| serde_json::from_str::<Value>(j).ok());
            if let Some(json) = json {
                pkg.insert("ai_energyConsumption".into(), json);
            }
        }
        for (key, benchmark) in [
            ("ai_metric", name.clone()),
            (
                "ai_metricDecisionThreshold",
                format!("{name} decision thresholds"),
            ),
        ] {
            if let Some(e) = release
                .evaluations
                .iter()
                .find(|e| e.benchmark == benchmark)
            {
                let entries: Vec<Value> = e
                    .results
                    .iter()
                    .map(|r| {
                        let v = r.score.map(|s| s.to_string()).or_else(|| r.grade.clone());
                        match v {
                            Some(v) => {
                                json!({"type": "DictionaryEntry", "key": r.category, "value": v})
                            }
                            None => json!({"type": "DictionaryEntry", "key": r.category}),
                        }
                    })
                    .collect();
                pkg.insert(key.into(), json!(entries));
            }
        }
        licence(i, c, &id, &mut graph, &mut relationships, &mut unmapped);
        lineage(c, &id, &mut relationships);
        ai_ids.push(id.clone());
        roots.push(id);
        graph.push(Value::Object(pkg));
    }
    // Data sets: one package per name and location, with its roles.
    let mut datasets: Vec<(String, Vec<K>)> = Vec::new();
    for (i, c) in release.components.iter().enumerate() {
        if !matches!(
            c.kind,
            K::PretrainingData | K::PostTrainingData | K::EvaluationData
        ) {
            continue;
        }
        used[i] = true;
        let first = release.components.iter().position(|o| {
            matches!(
                o.kind,
                K::PretrainingData | K::PostTrainingData | K::EvaluationData
            ) && o.name == c.name
                && o.location == c.location
        });
        if first != Some(i) {
            if let Some(entry) = first.and_then(|f| {
                datasets
                    .iter_mut()
                    .find(|(id, _)| *id == spdx_id(release, f, &release.components[f]))
            }) {
                entry.1.push(c.kind);
            }
            continue;
        }
        let id = spdx_id(release, i, c);
        datasets.push((id.clone(), vec![c.kind]));
        let mut pkg = Map::new();
        pkg.insert("type".into(), json!("dataset_DatasetPackage"));
        common(&mut pkg, c, &id, "data");
        let name = c.name.clone().unwrap_or_else(|| "data set".to_owned());
        let mut has_type = false;
        if let Some((j, card)) = companion(release, K::DataCard, &name, " (SPDX Dataset profile)") {
            used[j] = true;
            let text = card.description.as_deref().unwrap_or_default();
            for key in DATASET_TEXT {
                if let Some(v) = unlabel(text, key) {
                    let list = matches!(
                        *key,
                        "dataset_datasetType"
                            | "dataset_dataPreprocessing"
                            | "dataset_knownBias"
                            | "dataset_anonymizationMethodUsed"
                    );
                    let value = if list {
                        json!(v.split("; ").collect::<Vec<_>>())
                    } else if *key == "dataset_sensor" {
                        dictionary(v)
                    } else if *key == "dataset_datasetSize" {
                        v.parse::<u64>().map_or_else(|_| json!(v), |n| json!(n))
                    } else {
                        json!(v)
                    };
                    has_type |= *key == "dataset_datasetType";
                    pkg.insert((*key).to_owned(), value);
                }
            }
        }
        if !has_type {
            pkg.insert("dataset_datasetType".into(), json!(["noAssertion"]));
        }
        let availability = match c.availability {
            Availability::Public => Some("directDownload"),
            Availability::Gated => Some("registration"),
            Availability::ApiOnly => Some("query"),
            Availability::Unknown => None,
            other => {
                unmapped.push(Unmapped::new(
                    format!("/components/{i}/availability"),
                    other.as_str(),
                    "SPDX 3 has no such dataset availability",
                ));
                None
            }
        };
        if let Some(a) = availability {
            pkg.insert("dataset_datasetAvailability".into(), json!(a));
        }
        licence(i, c, &id, &mut graph, &mut relationships, &mut unmapped);
        lineage(c, &id, &mut relationships);
        roots.push(id);
        graph.push(Value::Object(pkg));
    }
    for (id, kinds) in &datasets {
        for ai in &ai_ids {
            if kinds
                .iter()
                .any(|k| matches!(k, K::PretrainingData | K::PostTrainingData))
            {
                relationships.push((ai.clone(), "trainedOn", vec![id.clone()]));
            }
            if kinds.contains(&K::EvaluationData) {
                relationships.push((ai.clone(), "testedOn", vec![id.clone()]));
            }
        }
    }
    // Everything else as software packages.
    for (i, c) in release.components.iter().enumerate() {
        if used[i] {
            continue;
        }
        let id = spdx_id(release, i, c);
        let mut pkg = Map::new();
        pkg.insert("type".into(), json!("software_Package"));
        let purpose = match c.kind.content_type() {
            crate::value::ContentType::Code => "library",
            crate::value::ContentType::Data => "data",
            crate::value::ContentType::Weights => "model",
            crate::value::ContentType::Document => "documentation",
        };
        common(&mut pkg, c, &id, purpose);
        if c.kind != K::SupportingLibraries {
            unmapped.push(Unmapped::new(
                format!("/components/{i}/kind"),
                c.kind.as_str(),
                "SPDX 3 has no class for this kind: written as a `software_Package`",
            ));
        }
        licence(i, c, &id, &mut graph, &mut relationships, &mut unmapped);
        lineage(c, &id, &mut relationships);
        roots.push(id);
        graph.push(Value::Object(pkg));
    }
    for (n, (from, rel, to)) in relationships.into_iter().enumerate() {
        graph.push(
            json!({"type": "Relationship", "spdxId": format!("{document}/relationship/{n}"),
            "creationInfo": CREATION, "from": from, "relationshipType": rel, "to": to}),
        );
    }
    graph.push(
        json!({"type": "SpdxDocument", "spdxId": document, "creationInfo": CREATION,
        "name": release.name, "profileConformance": ["core", "software", "ai", "dataset"],
        "rootElement": roots}),
    );
    // Release-level facts SPDX 3 has no place for.
    for (i, c) in release.components.iter().enumerate() {
        if !c.evidence.is_empty() {
            unmapped.push(Unmapped::new(
                format!("/components/{i}/evidence"),
                format!("{} link(s)", c.evidence.len()),
                "SPDX 3 packages carry no evidence links",
            ));
        }
        if let Some(url) = c.license.as_ref().and_then(|l| l.url.as_ref()) {
            unmapped.push(Unmapped::new(
                format!("/components/{i}/license/url"),
                url.as_str(),
                "the licence's link has no place beside an SPDX expression",
            ));
        }
    }
    // The release's version, date and producer travel on its packages.
    if roots.is_empty() {
        super::unmapped_fields(
            &mut unmapped,
            &[
                ("/producer", release.producer.is_some()),
                ("/version", release.version.is_some()),
                ("/release_date", release.release_date.is_some()),
            ],
            "SPDX 3 writes this on the release's packages, and it has none",
        );
    }
    super::unmapped_fields(
        &mut unmapped,
        &[
            ("/lineage", !release.lineage.is_empty()),
            ("/claims", !release.claims.is_empty()),
            ("/evidence", !release.evidence.is_empty()),
            ("/description", release.description.is_some()),
            ("/homepage", release.homepage.is_some()),
            ("/modality", release.modality.is_some()),
        ],
        "SPDX 3 has no place for this release-level field",
    );
    let ai_names: Vec<String> = release
        .components_of(K::ModelWeights)
        .filter_map(|(_, c)| c.name.clone())
        .flat_map(|n| [n.clone(), format!("{n} decision thresholds")])
        .collect();
    for (i, e) in release.evaluations.iter().enumerate() {
        if !ai_names.contains(&e.benchmark) {
            unmapped.push(Unmapped::new(
                format!("/evaluations/{i}"),
                e.benchmark.clone(),
                "SPDX 3 records metrics only as a model's `ai_metric`",
            ));
        }
    }
    let document = json!({"@context": CONTEXT, "@graph": graph});
    let mut text =
        serde_json::to_string_pretty(&document).map_err(|e| crate::error::Error::Write {
            message: e.to_string(),
        })?;
    text.push('\n');
    let mut exported = Exported::new(text);
    exported.unmapped = unmapped;
    Ok(exported)
}

/// `key=value` lines as `DictionaryEntry`s.
fn dictionary(text: &str) -> Value {
    json!(
        text.lines()
            .filter(|l| !l.is_empty())
            .map(|l| match l.split_once('=') {
                Some((k, v)) => json!({"type": "DictionaryEntry", "key": k, "value": v}),
                None => json!({"type": "DictionaryEntry", "key": l}),
            })
            .collect::<Vec<_>>()
    )
}

/// The licence element and its `hasDeclaredLicense` relationship.
#[allow(
    clippy::too_many_arguments,
    reason = "the pieces of the graph being built"
)]
fn licence(
    index: usize,
    c: &Component,
    id: &str,
    graph: &mut Vec<Value>,
    relationships: &mut Vec<(String, &'static str, Vec<String>)>,
    unmapped: &mut Vec<Unmapped>,
) {
    let Some(l) = &c.license else { return };
    let expression = l.expression.as_str();
    let licence_id = format!("{id}/license");
    let custom = expression.starts_with("LicenseRef-") && !expression.contains(' ');
    match (&l.declared, custom) {
        (Some(text), true) => {
            graph.push(
                json!({"type": "expandedlicensing_CustomLicense", "spdxId": licence_id,
                "creationInfo": CREATION, "name": expression.trim_start_matches("LicenseRef-"),
                "simplelicensing_licenseText": text}),
            );
        }
        (declared, _) => {
            graph.push(
                json!({"type": "simplelicensing_LicenseExpression", "spdxId": licence_id,
                "creationInfo": CREATION, "simplelicensing_licenseExpression": expression}),
            );
            if let Some(d) = declared {
                unmapped.push(Unmapped::new(
                    format!("/components/{index}/license/declared"),
                    d.clone(),
                    "the licence as written has no place beside an SPDX expression",
                ));
            }
        }
    }
    relationships.push((id.to_owned(), "hasDeclaredLicense", vec![licence_id]));
}

fn lineage(c: &Component, id: &str, relationships: &mut Vec<(String, &'static str, Vec<String>)>) {
    for l in &c.lineage {
        let to = l
            .base
            .id
            .as_ref()
            .map(|i| i.as_str().to_owned())
            .or_else(|| l.base.url.as_ref().map(|u| u.as_str().to_owned()))
            .or_else(|| l.base.name.clone());
        if let Some(to) = to {
            relationships.push((id.to_owned(), "descendantOf", vec![to]));
        }
    }
}
