//! SPDX 3.0.1 JSON-LD documents with the AI and Dataset profiles, read into a [`Release`].
//!
//! The document is read with the SPDX 3.0.1 context's compact keys (`ai_AIPackage`,
//! `dataset_knownBias`, …); the context is never fetched. Elements sit flat in `@graph` and
//! refer to each other by `spdxId`. The mapping (`docs/importers.md#spdx-3`):
//!
//! | SPDX 3 | release |
//! |---|---|
//! | `ai_AIPackage` | a `model_weights` component (name, `spdxId` as id, `comment`/`description`, `software_downloadLocation`, `verifiedUsing` sha256) |
//! | its `ai_*` text properties | a `model_card` component whose description lists them (`ai_typeOfModel: …`) |
//! | `ai_hyperparameter` | a `training_configuration` component listing them |
//! | `ai_metric` | an evaluation of the package, one result per metric |
//! | `ai_energyConsumption` | a `compute_report` component |
//! | `dataset_DatasetPackage` | a data component: `pretraining_data` when a model is `trainedOn` it, `evaluation_data` when `testedOn` (both when both) |
//! | its `dataset_*` properties | a `data_card` component listing them; `dataset_datasetAvailability` → availability |
//! | `software_Package` | a `supporting_libraries` component |
//! | `hasDeclaredLicense` (else `hasConcludedLicense`) → `simplelicensing_LicenseExpression`, a listed licence IRI, `expandedlicensing_*` | the component's licence |
//! | `descendantOf` / `ancestorOf` | lineage (`derived_from`) |
//! | `suppliedBy` / `originatedBy` → `Organization`/`Person` | `producer` |
//! | `releaseTime`, `software_packageVersion` | `release_date`, `version` (of the first AI package) |

use super::invalid;
use std::collections::{BTreeMap, HashMap};

use crate::diagnostic::Code;
use crate::error::Error;
use crate::licence::{Licence, LicenceExpression};
use crate::model::{
    Availability, CategoryResult, Checksum, ChecksumAlgorithm, Component, ComponentKind, Date,
    Evaluation, Iri, Lineage, LineageRelation, Producer, Release, ReleaseRef,
};
use crate::syntax::Node;

use super::Imported;
use super::fields::{Sink, child, item, key_text, licence_id_of_url};

/// The SPDX 3.0.1 JSON-LD context every document names.
pub const CONTEXT: &str = "https://spdx.org/rdf/3.0.1/spdx-context.jsonld";

/// The `ai_*` text properties kept in the model card component, in SPDX's order.
pub const AI_TEXT: &[&str] = &[
    "ai_typeOfModel",
    "ai_domain",
    "ai_informationAboutTraining",
    "ai_informationAboutApplication",
    "ai_modelDataPreprocessing",
    "ai_modelExplainability",
    "ai_limitation",
    "ai_safetyRiskAssessment",
    "ai_standardCompliance",
    "ai_autonomyType",
    "ai_useSensitivePersonalInformation",
];

/// The `dataset_*` properties kept in the data card component, in SPDX's order.
pub const DATASET_TEXT: &[&str] = &[
    "dataset_datasetType",
    "dataset_dataCollectionProcess",
    "dataset_dataPreprocessing",
    "dataset_datasetNoise",
    "dataset_datasetUpdateMechanism",
    "dataset_knownBias",
    "dataset_intendedUse",
    "dataset_hasSensitivePersonalInformation",
    "dataset_anonymizationMethodUsed",
    "dataset_confidentialityLevel",
    "dataset_datasetSize",
    "dataset_sensor",
];

/// Whether a parsed document looks like SPDX 3: a JSON-LD object whose `@context` names an
/// SPDX 3 context, with a `@graph`.
#[must_use]
pub fn is_spdx3_document(root: &Node) -> bool {
    root.get("@graph").is_some()
        && root.get("@context").is_some_and(|c| {
            super::fields::one_or_many(c).iter().any(|(_, n)| {
                n.as_scalar()
                    .is_some_and(|s| s.text.contains("spdx.org/rdf/3"))
            })
        })
}

/// One element of the graph.
struct Element<'a> {
    node: &'a Node,
    pointer: String,
    kind: String,
}

/// The scalar text of a field.
fn text(node: &Node) -> Option<String> {
    super::scalar_text(node).ok().flatten()
}

/// Texts of a field that may be a list.
fn texts(node: &Node) -> Vec<String> {
    match node.as_sequence() {
        Some(items) => items.iter().filter_map(text).collect(),
        None => text(node).into_iter().collect(),
    }
}

/// Reads an SPDX 3 document already parsed into a positioned tree.
///
/// # Errors
/// [`Error::Invalid`] when the document has no `@graph` list, or no `ai_AIPackage` nor
/// `dataset_DatasetPackage` and no declaration of the AI profile.
#[allow(clippy::too_many_lines, reason = "one pass per element type")]
pub fn from_tree(root: &Node) -> Result<Imported, Error> {
    let mut sink = Sink::default();
    let Some(graph) = root.get("@graph").and_then(Node::as_sequence) else {
        return Err(invalid(
            root.get("@graph").unwrap_or(root),
            "/@graph",
            "an SPDX 3 JSON-LD document holds its elements in a `@graph` list",
        ));
    };
    match root.get("@context").and_then(text) {
        Some(c) if c == CONTEXT => {}
        other => {
            if let Some(node) = root.get("@context") {
                sink.warn(
                    Code::ImportInvalidValue,
                    node,
                    "/@context",
                    format!(
                        "the context is `{}`; this importer reads SPDX 3.0.1 (`{CONTEXT}`) keys \
                         and is not sure of others",
                        other.unwrap_or_else(|| super::render(node))
                    ),
                );
            }
        }
    }
    let elements: Vec<Element<'_>> = graph
        .iter()
        .enumerate()
        .map(|(i, node)| Element {
            node,
            pointer: item("/@graph", i),
            kind: node.get("type").and_then(text).unwrap_or_default(),
        })
        .collect();
    let by_id: HashMap<String, &Element<'_>> = elements
        .iter()
        .filter_map(|e| {
            e.node
                .get("spdxId")
                .or_else(|| e.node.get("@id"))
                .and_then(text)
                .map(|id| (id, e))
        })
        .collect();
    // Relationships: from → [(type, to)].
    let mut relations: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for e in elements.iter().filter(|e| e.kind.ends_with("Relationship")) {
        let (Some(from), Some(rel)) = (
            e.node.get("from").and_then(text),
            e.node.get("relationshipType").and_then(text),
        ) else {
            sink.wrong_type(
                e.node,
                &e.pointer,
                "a Relationship with `from` and `relationshipType`",
            );
            continue;
        };
        for to in e.node.get("to").map(texts).unwrap_or_default() {
            relations
                .entry(from.clone())
                .or_default()
                .push((rel.clone(), to));
        }
    }
    let rel_of = |from: &str, rel: &str| -> Vec<String> {
        relations
            .get(from)
            .map(|v| {
                v.iter()
                    .filter(|(r, _)| r == rel)
                    .map(|(_, to)| to.clone())
                    .collect()
            })
            .unwrap_or_default()
    };
    let ai: Vec<&Element<'_>> = elements
        .iter()
        .filter(|e| e.kind == "ai_AIPackage")
        .collect();
    let datasets: Vec<&Element<'_>> = elements
        .iter()
        .filter(|e| e.kind == "dataset_DatasetPackage")
        .collect();
    let document = elements.iter().find(|e| e.kind == "SpdxDocument");
    // A document that declares the AI profile describes an AI release even when it lists no
    // model or data set (as the exporter writes a release with no such component); without
    // either there is nothing to import.
    let declares_ai = document
        .and_then(|e| e.node.get("profileConformance"))
        .is_some_and(|p| texts(p).iter().any(|p| p == "ai"));
    if ai.is_empty() && datasets.is_empty() && !declares_ai {
        return Err(invalid(
            root,
            "/@graph",
            "the document has no `ai_AIPackage` and no `dataset_DatasetPackage` and does not \
             declare the AI profile (`profileConformance`): nothing to import",
        ));
    }
    let document_name = document.and_then(|e| e.node.get("name")).and_then(text);
    let first = ai
        .first()
        .or_else(|| datasets.first())
        .copied()
        .or_else(|| elements.iter().find(|e| e.kind == "software_Package"));
    let name = document_name
        .or_else(|| first.and_then(|e| e.node.get("name")).and_then(text))
        .unwrap_or_else(|| "SPDX 3 AI BOM".to_owned());
    let mut release = Release::new(name);
    let agent_name = |id: &str| -> Option<String> {
        by_id
            .get(id)
            .and_then(|e| e.node.get("name"))
            .and_then(text)
    };
    // Producer, version and date from the first package.
    if let Some(first) = first {
        let supplier = first.node.get("suppliedBy").and_then(text).or_else(|| {
            first
                .node
                .get("originatedBy")
                .map(texts)
                .and_then(|v| v.into_iter().next())
        });
        release.producer = supplier
            .map(|id| agent_name(&id).unwrap_or(id))
            .map(Producer::new);
        release.version = first.node.get("software_packageVersion").and_then(text);
        release.release_date = first
            .node
            .get("releaseTime")
            .and_then(text)
            .and_then(|t| Date::new(t.get(..10).unwrap_or(&t)).ok());
    }
    let mut trained = Vec::new();
    let mut tested = Vec::new();
    for e in &ai {
        let id = e.node.get("spdxId").and_then(text).unwrap_or_default();
        trained.extend(rel_of(&id, "trainedOn"));
        tested.extend(rel_of(&id, "testedOn"));
    }
    let mut importer = Packages {
        sink: &mut sink,
        by_id: &by_id,
        relations: &relations,
    };
    for e in &ai {
        importer.ai_package(e, &mut release);
    }
    for e in &datasets {
        let id = e.node.get("spdxId").and_then(text).unwrap_or_default();
        let mut kinds = Vec::new();
        if trained.contains(&id) {
            kinds.push(ComponentKind::PretrainingData);
        }
        if tested.contains(&id) {
            kinds.push(ComponentKind::EvaluationData);
        }
        if kinds.is_empty() {
            kinds.push(ComponentKind::PretrainingData);
            importer.sink.info(
                Code::ImportKindAssumed,
                e.node,
                &e.pointer,
                "no model is `trainedOn` or `testedOn` this data set: read as `pretraining_data`",
            );
        }
        importer.dataset_package(e, &kinds, &mut release);
    }
    for e in elements.iter().filter(|e| e.kind == "software_Package") {
        let mut c = importer.package(e, ComponentKind::SupportingLibraries, &[]);
        if c.description.is_none() {
            c.description = Some("a software package of the BOM".to_owned());
        }
        release.components.push(c);
    }
    // The document itself: its `name` is the release's, and what ties the graph together is
    // structure; any other field of it is left out.
    if let Some(d) = document {
        for entry in d.node.as_mapping().unwrap_or_default() {
            let key = key_text(entry);
            if !matches!(
                key,
                "type"
                    | "spdxId"
                    | "@id"
                    | "creationInfo"
                    | "name"
                    | "rootElement"
                    | "element"
                    | "profileConformance"
            ) {
                sink.dropped(
                    &entry.value,
                    &child(&d.pointer, key),
                    "the release keeps only the SPDX document's `name`",
                );
            }
        }
    }
    // Elements of other types.
    let mut others: BTreeMap<&str, (usize, &Element<'_>)> = BTreeMap::new();
    for e in &elements {
        if document.is_some_and(|d| std::ptr::eq(d, e)) {
            continue;
        }
        if matches!(
            e.kind.as_str(),
            "ai_AIPackage"
                | "dataset_DatasetPackage"
                | "software_Package"
                | "Relationship"
                | "LifecycleScopedRelationship"
                | "CreationInfo"
                | "simplelicensing_LicenseExpression"
                | "expandedlicensing_CustomLicense"
                | "expandedlicensing_ListedLicense"
                | "Person"
                | "Organization"
                | "SoftwareAgent"
                | "Agent"
        ) {
            continue;
        }
        others.entry(e.kind.as_str()).or_insert((0, e)).0 += 1;
    }
    for (kind, (count, e)) in others {
        sink.dropped(
            e.node,
            &e.pointer,
            &format!(
                "{count} `{kind}` element(s): the model describes packages (AI, data, software), \
                 not documents, BOMs or files"
            ),
        );
    }
    Ok(sink.finish(release))
}

struct Packages<'s, 'a> {
    sink: &'s mut Sink,
    by_id: &'s HashMap<String, &'s Element<'a>>,
    relations: &'s BTreeMap<String, Vec<(String, String)>>,
}

impl Packages<'_, '_> {
    /// The common package fields; `extra` lists the keys the caller reads itself.
    fn package(&mut self, e: &Element<'_>, kind: ComponentKind, extra: &[&str]) -> Component {
        let mut c = Component::new(kind);
        let id = e.node.get("spdxId").and_then(text).unwrap_or_default();
        for entry in e.node.as_mapping().unwrap_or_default() {
            let key = key_text(entry);
            let value = &entry.value;
            let p = child(&e.pointer, key);
            match key {
                "type"
                | "creationInfo"
                | "software_primaryPurpose"
                | "suppliedBy"
                | "originatedBy"
                | "releaseTime"
                | "software_packageVersion" => {}
                k if extra.contains(&k) => {}
                "spdxId" => c.id = text(value).and_then(|t| Iri::new(&t).ok()),
                "name" => c.name = self.sink.text(value, &p),
                "comment" | "description" | "summary" => {
                    if let Some(t) = self.sink.text(value, &p) {
                        c.description = Some(match c.description.take() {
                            Some(d) => format!("{d}\n\n{t}"),
                            None => t,
                        });
                    }
                }
                "software_downloadLocation" => c.location = self.sink.url(value, &p),
                "verifiedUsing" => {
                    for (i, h) in value.as_sequence().unwrap_or_default().iter().enumerate() {
                        let algorithm = h.get("algorithm").and_then(text);
                        let hash = h.get("hashValue").and_then(text);
                        if let (Some(a), Some(v)) = (algorithm, hash)
                            && c.checksum.is_none()
                        {
                            let algorithm = match a.as_str() {
                                "sha256" => Some(ChecksumAlgorithm::Sha256),
                                "sha512" => Some(ChecksumAlgorithm::Sha512),
                                "sha1" => Some(ChecksumAlgorithm::Sha1),
                                "md5" => Some(ChecksumAlgorithm::Md5),
                                _ => None,
                            };
                            match algorithm.and_then(|al| Checksum::new(al, &v).ok()) {
                                Some(sum) => c.checksum = Some(sum),
                                None => self.sink.dropped(
                                    h,
                                    &item(&p, i),
                                    "a hash algorithm the model does not know",
                                ),
                            }
                        }
                    }
                }
                _ => self
                    .sink
                    .dropped(value, &p, "a package property the model has no place for"),
            }
        }
        c.license = self.licence(&id, e);
        for base in self.related(&id, "descendantOf") {
            c.lineage
                .push(Lineage::new(LineageRelation::DerivedFrom, base));
        }
        c
    }

    fn related(&self, from: &str, rel: &str) -> Vec<ReleaseRef> {
        self.relations
            .get(from)
            .into_iter()
            .flatten()
            .filter(|(r, _)| r == rel)
            .map(|(_, to)| ReleaseRef {
                name: self
                    .by_id
                    .get(to)
                    .and_then(|e| e.node.get("name"))
                    .and_then(text)
                    .or_else(|| Some(to.clone())),
                id: Iri::new(to).ok(),
                ..ReleaseRef::default()
            })
            .collect()
    }

    /// The declared licence (else the concluded one) of `id`.
    fn licence(&mut self, id: &str, e: &Element<'_>) -> Option<Licence> {
        let targets = |rel: &str| -> Vec<String> {
            self.relations
                .get(id)
                .into_iter()
                .flatten()
                .filter(|(r, _)| r == rel)
                .map(|(_, to)| to.clone())
                .collect()
        };
        let declared = targets("hasDeclaredLicense");
        let concluded = targets("hasConcludedLicense");
        let chosen = if declared.is_empty() {
            concluded
        } else {
            declared
        };
        if chosen.is_empty() {
            self.sink.info(
                Code::ImportLicenceUnstated,
                e.node,
                &e.pointer,
                "no `hasDeclaredLicense` or `hasConcludedLicense` relationship: the licence is \
                 recorded as unknown",
            );
            return None;
        }
        let mut licences: Vec<Licence> = chosen.iter().map(|to| self.licence_of(to, e)).collect();
        if licences.len() == 1 {
            return licences.pop();
        }
        let joined = licences
            .iter()
            .map(|l| l.expression.as_str().to_owned())
            .collect::<Vec<_>>()
            .join(" AND ");
        Some(Licence::new(
            LicenceExpression::parse(&joined).unwrap_or_else(|_| LicenceExpression::noassertion()),
        ))
    }

    fn licence_of(&mut self, to: &str, e: &Element<'_>) -> Licence {
        if let Some(target) = self.by_id.get(to) {
            let node = target.node;
            match target.kind.as_str() {
                "simplelicensing_LicenseExpression" => {
                    if let Some(t) = node.get("simplelicensing_licenseExpression").and_then(text) {
                        let p = child(&target.pointer, "simplelicensing_licenseExpression");
                        return self.sink.licence(&t, node, &p);
                    }
                }
                "expandedlicensing_CustomLicense" => {
                    let name = node
                        .get("name")
                        .and_then(text)
                        .unwrap_or_else(|| to.rsplit('/').next().unwrap_or(to).to_owned());
                    let slug: String = name
                        .chars()
                        .map(|c| {
                            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                                c
                            } else {
                                '-'
                            }
                        })
                        .collect();
                    let id = format!("LicenseRef-{}", slug.trim_matches('-'));
                    if let Ok(expression) = LicenceExpression::parse(&id) {
                        let mut licence = Licence::new(expression);
                        licence.declared = node
                            .get("simplelicensing_licenseText")
                            .and_then(text)
                            .map(|t| t.chars().take(500).collect());
                        self.sink.info(
                            Code::ImportLicenceNotSpdx,
                            node,
                            &target.pointer,
                            format!(
                                "a custom licence: recorded as `{id}`, with its text in `declared`"
                            ),
                        );
                        return licence;
                    }
                }
                "expandedlicensing_ListedLicense" => {
                    let id = to.rsplit('/').next().unwrap_or(to);
                    return self.sink.licence(id, node, &target.pointer);
                }
                _ => {}
            }
        }
        // A listed licence's IRI names the licence exactly (`https://spdx.org/licenses/MIT`).
        if let Some(id) = to
            .strip_prefix("https://spdx.org/licenses/")
            .or_else(|| to.strip_prefix("http://spdx.org/licenses/"))
            && let Ok(expression) = LicenceExpression::parse(id)
            && expression.as_str() == id
            && expression.ids().all(|t| {
                matches!(
                    t,
                    crate::licence::LicenceTerm::Spdx {
                        deprecated: false,
                        ..
                    }
                )
            })
        {
            return Licence::new(expression);
        }
        if licence_id_of_url(to).is_some() {
            return self.sink.licence(to, e.node, &e.pointer);
        }
        self.sink.not_spdx(
            to,
            e.node,
            &e.pointer,
            "is a licence element this importer cannot resolve",
        )
    }

    fn ai_package(&mut self, e: &Element<'_>, release: &mut Release) {
        let mut extra: Vec<&str> = AI_TEXT.to_vec();
        extra.extend([
            "ai_hyperparameter",
            "ai_metric",
            "ai_metricDecisionThreshold",
            "ai_energyConsumption",
        ]);
        let weights = self.package(e, ComponentKind::ModelWeights, &extra);
        let name = weights.name.clone().unwrap_or_else(|| "model".to_owned());
        let card = labelled(e.node, AI_TEXT);
        let mut parts: Vec<Component> = Vec::new();
        if let Some(card) = card {
            parts.push(
                Component::new(ComponentKind::ModelCard)
                    .with_name(format!("{name} (SPDX AI profile)"))
                    .with_description(card),
            );
        }
        if let Some(h) = e.node.get("ai_hyperparameter")
            && let Some(text) = dictionary(h)
        {
            parts.push(
                Component::new(ComponentKind::TrainingConfiguration)
                    .with_name(format!("{name} hyperparameters"))
                    .with_description(text),
            );
        }
        if let Some(energy) = e.node.get("ai_energyConsumption")
            && let Ok(json) = energy.to_json()
        {
            parts.push(
                Component::new(ComponentKind::ComputeReport)
                    .with_name(format!("{name} energy consumption"))
                    .with_description(format!("ai_energyConsumption: {json}")),
            );
        }
        for key in ["ai_metric", "ai_metricDecisionThreshold"] {
            let Some(metrics) = e.node.get(key).and_then(Node::as_sequence) else {
                continue;
            };
            let mut evaluation = Evaluation::new(if key == "ai_metric" {
                name.clone()
            } else {
                format!("{name} decision thresholds")
            });
            for m in metrics {
                if let Some(k) = m.get("key").and_then(text) {
                    let mut r = CategoryResult::new(k);
                    let v = m.get("value").and_then(text);
                    match v.as_deref().map(str::parse::<f64>) {
                        Some(Ok(n)) if n.is_finite() => r.score = Some(n),
                        _ => r.grade = v,
                    }
                    evaluation.results.push(r);
                }
            }
            if !evaluation.results.is_empty() {
                release.evaluations.push(evaluation);
            }
        }
        release.components.push(weights);
        release.components.extend(parts);
    }

    fn dataset_package(&mut self, e: &Element<'_>, kinds: &[ComponentKind], release: &mut Release) {
        let mut extra: Vec<&str> = DATASET_TEXT.to_vec();
        extra.push("dataset_datasetAvailability");
        extra.push("builtTime");
        let mut data = self.package(
            e,
            kinds
                .first()
                .copied()
                .unwrap_or(ComponentKind::PretrainingData),
            &extra,
        );
        if let Some(a) = e.node.get("dataset_datasetAvailability") {
            data.availability = match text(a).as_deref() {
                Some("directDownload") => Availability::Public,
                Some("clickthrough" | "registration") => Availability::Gated,
                Some("query") => Availability::ApiOnly,
                _ => {
                    self.sink.dropped(
                        a,
                        &child(&e.pointer, "dataset_datasetAvailability"),
                        "only a scraping script is available: the model has no such availability",
                    );
                    Availability::Unknown
                }
            };
        }
        if let Some(b) = e.node.get("builtTime") {
            self.sink.dropped(
                b,
                &child(&e.pointer, "builtTime"),
                "the model records no build time of a data set",
            );
        }
        let name = data.name.clone().unwrap_or_else(|| "data set".to_owned());
        let card = labelled(e.node, DATASET_TEXT);
        let others: Vec<Component> = kinds
            .iter()
            .skip(1)
            .map(|k| {
                let mut o = data.clone();
                o.kind = *k;
                o
            })
            .collect();
        release.components.push(data);
        release.components.extend(others);
        if let Some(card) = card {
            release.components.push(
                Component::new(ComponentKind::DataCard)
                    .with_name(format!("{name} (SPDX Dataset profile)"))
                    .with_description(card),
            );
        }
    }
}

/// `key: value` paragraphs for the listed keys a node has (lists joined with `; `).
fn labelled(node: &Node, keys: &[&str]) -> Option<String> {
    let parts: Vec<String> = keys
        .iter()
        .filter_map(|k| {
            let value = node.get(k)?;
            let v = match value.as_sequence() {
                Some(_)
                    if value
                        .as_sequence()
                        .is_some_and(|s| s.iter().all(|n| n.as_scalar().is_some())) =>
                {
                    texts(value).join("; ")
                }
                Some(_) => dictionary(value)?,
                None => text(value)?,
            };
            // `noAssertion` states nothing.
            (v != "noAssertion").then(|| format!("{k}: {v}"))
        })
        .collect();
    (!parts.is_empty()).then(|| parts.join("\n\n"))
}

/// `key=value` lines of a list of `DictionaryEntry`s.
fn dictionary(node: &Node) -> Option<String> {
    let lines: Vec<String> = node
        .as_sequence()?
        .iter()
        .filter_map(|d| {
            let k = d.get("key").and_then(text)?;
            Some(match d.get("value").and_then(text) {
                Some(v) => format!("{k}={v}"),
                None => k,
            })
        })
        .collect();
    (!lines.is_empty()).then(|| lines.join("\n"))
}

/// The value of `key: value` paragraphs written by `labelled` (for the exporter).
#[must_use]
pub fn unlabel<'a>(description: &'a str, key: &str) -> Option<&'a str> {
    description
        .split("\n\n")
        .find_map(|p| p.strip_prefix(key).and_then(|r| r.strip_prefix(": ")))
}
