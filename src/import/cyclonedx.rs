//! CycloneDX 1.6 and 1.7 ML-BOMs (JSON), read into a [`Release`].
//!
//! The mapping (`docs/importers.md#cyclonedx`):
//!
//! | CycloneDX | release |
//! |---|---|
//! | `specVersion` | checked: `1.6` and `1.7` are read, others are an `unsupported-spec-version` error |
//! | `metadata.component.name`, else the first model's | the release's name |
//! | component `machine-learning-model` | a `model_weights` component (name, `group`, `description`, `bom-ref` kept in the description, `hashes` sha-256, `externalReferences` of type `distribution` as location) |
//! | its `modelCard.modelParameters`, `considerations`, `properties` | a `model_card` component whose description lists them (`task: …`, `technicalLimitations: …`) |
//! | `modelCard.modelParameters.datasets[]` (`ref` or inline) | training data (`pretraining_data`) |
//! | `modelCard.quantitativeAnalysis.performanceMetrics` | an evaluation, one result per metric |
//! | `modelCard.considerations.environmentalConsiderations` | a `compute_report` component |
//! | component `data` | a data component (`pretraining_data`, or as referenced), its `data[]` facts in a `data_card` |
//! | component `library`, `framework` | a `supporting_libraries` component |
//! | `licenses` (`license.id`, `license.name`, `license.url`, `expression`) | the component's licence, through the licence table |
//! | `metadata.component`'s `version`, `supplier`, `manufacturer`, `publisher`, `authors`, else the first model's | the release's `version` and `producer` |
//! | `metadata.component.description` | the release's `description` |
//! | `externalReferences` of type `vcs` / `model-card` / `documentation` | release evidence |

use super::invalid;
use std::collections::HashMap;

use crate::diagnostic::Code;
use crate::error::Error;
use crate::licence::{Licence, LicenceExpression};
use crate::model::{
    CategoryResult, Checksum, ChecksumAlgorithm, Component, ComponentKind, Evaluation, Evidence,
    EvidenceKind, Producer, Release,
};
use crate::syntax::Node;

use super::Imported;
use super::fields::{Sink, child, item, key_text};

/// The spec versions this importer reads.
pub const SPEC_VERSIONS: &[&str] = &["1.6", "1.7"];

/// The `modelCard` facts kept in the model card component, as `key: value` paragraphs.
pub const MODEL_CARD_TEXT: &[&str] = &[
    "approach",
    "task",
    "architectureFamily",
    "modelArchitecture",
    "inputs",
    "outputs",
    "users",
    "useCases",
    "technicalLimitations",
    "performanceTradeoffs",
    "ethicalConsiderations",
    "fairnessAssessments",
    "properties",
];

/// Whether a parsed document looks like a CycloneDX BOM (`bomFormat: CycloneDX`).
#[must_use]
pub fn is_cyclonedx_document(root: &Node) -> bool {
    root.get("bomFormat")
        .and_then(Node::as_scalar)
        .is_some_and(|s| s.text == "CycloneDX")
}

fn text(node: &Node) -> Option<String> {
    super::scalar_text(node).ok().flatten()
}

/// A value rendered as text: a scalar's text, a list of scalars joined with `; `, anything else
/// as compact JSON.
fn render_value(node: &Node) -> Option<String> {
    if let Some(t) = text(node) {
        return Some(t);
    }
    if let Some(items) = node.as_sequence()
        && items.iter().all(|i| i.as_scalar().is_some())
    {
        let parts: Vec<String> = items.iter().filter_map(render_value).collect();
        return (!parts.is_empty()).then(|| parts.join("; "));
    }
    node.to_json().ok().map(|v| v.to_string())
}

/// Reads a CycloneDX BOM already parsed into a positioned tree.
///
/// # Errors
/// [`Error::Invalid`] when the document is not a CycloneDX BOM, its `specVersion` is not 1.6
/// or 1.7 (pointer `/specVersion`), or it lists no component and names no subject
/// (`metadata.component`).
pub fn from_tree(root: &Node) -> Result<Imported, Error> {
    if !is_cyclonedx_document(root) {
        return Err(invalid(
            root.get("bomFormat").unwrap_or(root),
            "/bomFormat",
            "a CycloneDX BOM has `bomFormat: CycloneDX`",
        ));
    }
    let version = root.get("specVersion");
    let version_text = version.and_then(text).unwrap_or_default();
    if !SPEC_VERSIONS.contains(&version_text.as_str()) {
        return Err(invalid(
            version.unwrap_or(root),
            "/specVersion",
            format!(
                "unsupported specVersion `{version_text}`: this importer reads CycloneDX ML-BOMs \
                 of spec versions 1.6 and 1.7"
            ),
        ));
    }
    let mut sink = Sink::default();
    let mut all: Vec<(&Node, String)> = Vec::new();
    if let Some(components) = root.get("components") {
        collect(components, "/components", &mut all);
    }
    let subject = root
        .get("metadata")
        .and_then(|m| m.get("component"))
        .and_then(|c| c.get("name"))
        .and_then(text);
    // A BOM about a release (`metadata.component`) that lists none of its parts is a release
    // with no components known, as a BOM whose parts are all left out is; with neither there
    // is nothing to import.
    if all.is_empty() && subject.is_none() {
        return Err(invalid(
            root.get("components").unwrap_or(root),
            "/components",
            "the BOM lists no component and names no subject (`metadata.component`): nothing to \
             import",
        ));
    }
    let first_model = all
        .iter()
        .find(|(c, _)| c.get("type").and_then(text).as_deref() == Some("machine-learning-model"));
    let name = subject
        .or_else(|| first_model.and_then(|(c, _)| c.get("name")).and_then(text))
        .or_else(|| all.first().and_then(|(c, _)| c.get("name")).and_then(text))
        .unwrap_or_else(|| "CycloneDX BOM".to_owned());
    let mut release = Release::new(name);
    // Data sets referenced by a model.
    let mut referenced: HashMap<String, ComponentKind> = HashMap::new();
    for (c, _) in &all {
        for d in c
            .get("modelCard")
            .and_then(|m| m.get("modelParameters"))
            .and_then(|p| p.get("datasets"))
            .and_then(Node::as_sequence)
            .unwrap_or_default()
        {
            if let Some(r) = d.get("ref").and_then(text) {
                referenced.insert(r, ComponentKind::PretrainingData);
            }
        }
    }
    for entry in root.as_mapping().unwrap_or_default() {
        let key = key_text(entry);
        match key {
            "bomFormat" | "specVersion" | "components" | "$schema" | "serialNumber" | "version" => {
            }
            "metadata" => {
                for m in entry.value.as_mapping().unwrap_or_default() {
                    let k = key_text(m);
                    if k == "component" {
                        subject_fields(&m.value, &mut sink, &mut release);
                    } else {
                        sink.dropped(
                            &m.value,
                            &child("/metadata", k),
                            "the BOM's own metadata (who made the BOM, when) is not a fact about \
                             the release",
                        );
                    }
                }
            }
            _ => sink.dropped(
                &entry.value,
                &child("", key),
                "a part of the BOM the model has no place for",
            ),
        }
    }
    let mut reader = Reader { sink: &mut sink };
    for (c, pointer) in &all {
        reader.component(c, pointer, &referenced, &mut release);
    }
    Ok(sink.finish(release))
}

/// Who a `supplier`, `manufacturer` (an organisation's `name`), `publisher` (a text) or
/// `authors` (the first author's `name`) names.
fn who(value: &Node) -> Option<String> {
    value
        .get("name")
        .and_then(text)
        .or_else(|| text(value))
        .or_else(|| {
            value
                .as_sequence()
                .and_then(|a| a.first())
                .and_then(|a| a.get("name"))
                .and_then(text)
        })
}

/// The BOM's subject (`metadata.component`), the release itself: its `version`, `description`
/// and who made it are the release's (before any model's); its `name` was read before; its
/// other fields are listed as left out.
fn subject_fields(subject: &Node, sink: &mut Sink, release: &mut Release) {
    for entry in subject.as_mapping().unwrap_or_default() {
        let key = key_text(entry);
        let value = &entry.value;
        let p = child("/metadata/component", key);
        match key {
            "name" | "type" | "bom-ref" => {}
            "version" => release.version = sink.text(value, &p),
            "description" => release.description = sink.text(value, &p),
            "supplier" | "manufacturer" | "publisher" | "authors" => {
                let who = who(value);
                match &release.producer {
                    None => release.producer = who.map(Producer::new),
                    Some(producer) if who.as_deref() == Some(producer.name.as_str()) => {}
                    Some(_) => sink.dropped(
                        value,
                        &p,
                        "the model has one producer per release (the subject's first)",
                    ),
                }
            }
            _ => sink.dropped(
                value,
                &p,
                "the model keeps the release's name, version, producer and description from the \
                 BOM's subject",
            ),
        }
    }
}

/// Every component, nested ones included, with its pointer.
fn collect<'a>(node: &'a Node, pointer: &str, out: &mut Vec<(&'a Node, String)>) {
    for (i, c) in node.as_sequence().unwrap_or_default().iter().enumerate() {
        let p = item(pointer, i);
        out.push((c, p.clone()));
        if let Some(nested) = c.get("components") {
            collect(nested, &child(&p, "components"), out);
        }
    }
}

struct Reader<'s> {
    sink: &'s mut Sink,
}

impl Reader<'_> {
    #[allow(clippy::too_many_lines, reason = "one arm per component field")]
    fn component(
        &mut self,
        c: &Node,
        pointer: &str,
        referenced: &HashMap<String, ComponentKind>,
        release: &mut Release,
    ) {
        let kind_text = c.get("type").and_then(text).unwrap_or_default();
        let bom_ref = c.get("bom-ref").and_then(text);
        let kind = match kind_text.as_str() {
            "machine-learning-model" => ComponentKind::ModelWeights,
            "data" => {
                if let Some(k) = bom_ref.as_ref().and_then(|r| referenced.get(r)) {
                    *k
                } else {
                    self.sink.info(
                        Code::ImportKindAssumed,
                        c,
                        pointer,
                        "a `data` component no model references: read as `pretraining_data`",
                    );
                    ComponentKind::PretrainingData
                }
            }
            "library" | "framework" => ComponentKind::SupportingLibraries,
            other => {
                self.sink.warn(
                    Code::ImportUnknownComponent,
                    c,
                    &child(pointer, "type"),
                    format!(
                        "a `{other}` component is not part of an AI release's inventory; left out"
                    ),
                );
                return;
            }
        };
        let mut component = Component::new(kind);
        let mut extra: Vec<Component> = Vec::new();
        let group = c.get("group").and_then(text);
        for entry in c.as_mapping().unwrap_or_default() {
            let key = key_text(entry);
            let value = &entry.value;
            let p = child(pointer, key);
            match key {
                "type" | "components" | "group" => {}
                "bom-ref" => {}
                "name" => {
                    component.name = self.sink.text(value, &p).map(|n| match &group {
                        Some(g) => format!("{g}/{n}"),
                        None => n,
                    });
                }
                "version" => {
                    let model = kind == ComponentKind::ModelWeights;
                    // A model that repeats the release's version (as the subject gives it)
                    // loses nothing.
                    let repeated =
                        model && release.version.is_some() && release.version == text(value);
                    if model && release.version.is_none() {
                        release.version = self.sink.text(value, &p);
                    } else if !repeated {
                        self.sink.dropped(
                            value,
                            &p,
                            "a component has no version of its own in the model",
                        );
                    }
                }
                "description" => component.description = self.sink.text(value, &p),
                "supplier" | "manufacturer" | "publisher" | "authors" => {
                    let who = who(value);
                    match &release.producer {
                        None if kind == ComponentKind::ModelWeights => {
                            release.producer = who.map(Producer::new);
                        }
                        Some(producer) if who.as_deref() == Some(producer.name.as_str()) => {}
                        _ => self.sink.dropped(
                            value,
                            &p,
                            "the model has one producer per release (the subject's or the first \
                             model's)",
                        ),
                    }
                }
                "licenses" => component.license = self.licences(value, &p),
                "hashes" => {
                    for (i, h) in value.as_sequence().unwrap_or_default().iter().enumerate() {
                        let alg = h.get("alg").and_then(text);
                        let content = h.get("content").and_then(text);
                        let algorithm = match alg.as_deref() {
                            Some("SHA-256") => Some(ChecksumAlgorithm::Sha256),
                            Some("SHA-384") => Some(ChecksumAlgorithm::Sha384),
                            Some("SHA-512") => Some(ChecksumAlgorithm::Sha512),
                            Some("SHA-1") => Some(ChecksumAlgorithm::Sha1),
                            Some("MD5") => Some(ChecksumAlgorithm::Md5),
                            Some("BLAKE3") => Some(ChecksumAlgorithm::Blake3),
                            _ => None,
                        };
                        match (algorithm, content) {
                            (Some(a), Some(v)) if component.checksum.is_none() => {
                                component.checksum = Checksum::new(a, &v).ok();
                            }
                            _ => self
                                .sink
                                .dropped(h, &item(&p, i), "a further or unknown hash"),
                        }
                    }
                }
                "externalReferences" => {
                    for (i, r) in value.as_sequence().unwrap_or_default().iter().enumerate() {
                        let rp = item(&p, i);
                        let Some(url) = r
                            .get("url")
                            .and_then(|u| self.sink.url(u, &child(&rp, "url")))
                        else {
                            continue;
                        };
                        let t = r.get("type").and_then(text).unwrap_or_default();
                        match t.as_str() {
                            "distribution" | "distribution-intake"
                                if component.location.is_none() =>
                            {
                                component.location = Some(url);
                            }
                            "license" => {
                                if let Some(l) = component.license.as_mut() {
                                    l.url = Some(url.clone());
                                }
                                component
                                    .evidence
                                    .push(Evidence::new(url).with_kind(EvidenceKind::LicenceText));
                            }
                            "vcs" => release
                                .evidence
                                .push(Evidence::new(url).with_kind(EvidenceKind::Repository)),
                            "model-card" | "documentation" => {
                                component
                                    .evidence
                                    .push(Evidence::new(url).with_kind(EvidenceKind::Card));
                            }
                            _ => component.evidence.push(
                                Evidence::new(url)
                                    .with_kind(EvidenceKind::Other)
                                    .with_title(t),
                            ),
                        }
                    }
                }
                "modelCard" => {
                    if kind == ComponentKind::ModelWeights {
                        self.model_card(value, &p, &component, release, &mut extra);
                    } else {
                        self.sink
                            .dropped(value, &p, "a model card belongs to a model component");
                    }
                }
                "data" => {
                    let mut lines = Vec::new();
                    for (i, d) in value.as_sequence().unwrap_or_default().iter().enumerate() {
                        let dp = item(&p, i);
                        if let Some(url) = d.get("contents").and_then(|x| x.get("url"))
                            && component.location.is_none()
                        {
                            component.location =
                                self.sink.url(url, &child(&child(&dp, "contents"), "url"));
                        }
                        for f in d.as_mapping().unwrap_or_default() {
                            let fk = key_text(f);
                            if matches!(fk, "contents" | "type" | "bom-ref") {
                                continue;
                            }
                            if let Some(v) = render_value(&f.value) {
                                lines.push(format!("{fk}: {v}"));
                            }
                        }
                    }
                    if !lines.is_empty() {
                        extra.push(
                            Component::new(ComponentKind::DataCard)
                                .with_name(format!(
                                    "{} (CycloneDX data)",
                                    component.name.clone().unwrap_or_default()
                                ))
                                .with_description(lines.join("\n\n")),
                        );
                    }
                }
                "tags" | "properties" | "purl" | "copyright" | "cpe" | "pedigree" | "scope"
                | "evidence" | "omniborId" | "swhid" => {
                    self.sink.dropped(
                        value,
                        &p,
                        "a CycloneDX component field the model has no place for",
                    );
                }
                _ => self
                    .sink
                    .dropped(value, &p, "not a component field this importer maps"),
            }
        }
        if component.license.is_none() {
            self.sink.info(
                Code::ImportLicenceUnstated,
                c,
                pointer,
                format!(
                    "`{}` declares no licence (`licenses`): recorded as unknown",
                    component.name.as_deref().unwrap_or("the component")
                ),
            );
        }
        release.components.push(component);
        release.components.extend(extra);
    }

    fn licences(&mut self, node: &Node, pointer: &str) -> Option<Licence> {
        let mut licences = Vec::new();
        for (i, choice) in node.as_sequence().unwrap_or_default().iter().enumerate() {
            let p = item(pointer, i);
            if let Some(expression) = choice.get("expression").and_then(text) {
                licences.push(
                    self.sink
                        .licence(&expression, choice, &child(&p, "expression")),
                );
                continue;
            }
            let Some(l) = choice.get("license") else {
                self.sink
                    .wrong_type(choice, &p, "`{license: …}` or `{expression: …}`");
                continue;
            };
            let lp = child(&p, "license");
            let id = l.get("id").and_then(text);
            let name = l.get("name").and_then(text);
            let url = l
                .get("url")
                .and_then(|u| self.sink.url(u, &child(&lp, "url")));
            let mut licence = match (id, name) {
                (Some(id), _) => self.sink.licence(&id, l, &child(&lp, "id")),
                (None, Some(name)) => self.sink.licence(&name, l, &child(&lp, "name")),
                (None, None) => {
                    self.sink
                        .wrong_type(l, &lp, "a licence with `id` or `name`");
                    continue;
                }
            };
            if let Some(url) = url {
                licence.url = Some(url);
            }
            licences.push(licence);
        }
        match licences.len() {
            0 => None,
            1 => licences.pop(),
            _ => {
                let joined = licences
                    .iter()
                    .map(|l| l.expression.as_str().to_owned())
                    .collect::<Vec<_>>()
                    .join(" AND ");
                self.sink.info(
                    Code::ImportFactAssumed,
                    node,
                    pointer,
                    format!(
                        "several licences are listed; read as all of them applying: `{joined}`"
                    ),
                );
                Some(Licence::new(
                    LicenceExpression::parse(&joined)
                        .unwrap_or_else(|_| LicenceExpression::noassertion()),
                ))
            }
        }
    }

    fn model_card(
        &mut self,
        card: &Node,
        pointer: &str,
        model: &Component,
        release: &mut Release,
        extra: &mut Vec<Component>,
    ) {
        let name = model.name.clone().unwrap_or_else(|| "model".to_owned());
        let mut lines: Vec<String> = Vec::new();
        for entry in card.as_mapping().unwrap_or_default() {
            let key = key_text(entry);
            let value = &entry.value;
            let p = child(pointer, key);
            match key {
                "bom-ref" => {}
                "modelParameters" => {
                    for f in value.as_mapping().unwrap_or_default() {
                        let fk = key_text(f);
                        let fp = child(&p, fk);
                        if fk == "datasets" {
                            for (i, d) in
                                f.value.as_sequence().unwrap_or_default().iter().enumerate()
                            {
                                if d.get("ref").is_some() {
                                    continue;
                                }
                                let mut data = Component::new(ComponentKind::PretrainingData);
                                data.name = d.get("name").and_then(text);
                                if let Some(u) = d.get("contents").and_then(|c| c.get("url")) {
                                    data.location = self
                                        .sink
                                        .url(u, &child(&child(&item(&fp, i), "contents"), "url"));
                                }
                                data.description =
                                    d.get("description").and_then(text).or_else(|| {
                                        d.get("classification")
                                            .and_then(text)
                                            .map(|c| format!("classification: {c}"))
                                    });
                                extra.push(data);
                            }
                        } else if let Some(v) = render_value(&f.value) {
                            let v = if fk == "approach" {
                                f.value.get("type").and_then(text).unwrap_or(v)
                            } else if matches!(fk, "inputs" | "outputs") {
                                f.value
                                    .as_sequence()
                                    .unwrap_or_default()
                                    .iter()
                                    .filter_map(|x| x.get("format").and_then(text))
                                    .collect::<Vec<_>>()
                                    .join("; ")
                            } else {
                                v
                            };
                            lines.push(format!("{fk}: {v}"));
                        }
                    }
                }
                "quantitativeAnalysis" => {
                    let mut evaluation = Evaluation::new(name.clone());
                    for (i, m) in value
                        .get("performanceMetrics")
                        .and_then(Node::as_sequence)
                        .unwrap_or_default()
                        .iter()
                        .enumerate()
                    {
                        let Some(t) = m.get("type").and_then(text) else {
                            self.sink.dropped(
                                m,
                                &item(&child(&p, "performanceMetrics"), i),
                                "a metric without `type`",
                            );
                            continue;
                        };
                        let mut r = CategoryResult::new(match m.get("slice").and_then(text) {
                            Some(s) => format!("{t} [{s}]"),
                            None => t,
                        });
                        let v = m.get("value").and_then(text);
                        match v.as_deref().map(str::parse::<f64>) {
                            Some(Ok(n)) if n.is_finite() => r.score = Some(n),
                            _ => r.grade = v,
                        }
                        evaluation.results.push(r);
                    }
                    if let Some(g) = value.get("graphics") {
                        self.sink.dropped(
                            g,
                            &child(&p, "graphics"),
                            "images of results have no place in the model",
                        );
                    }
                    if !evaluation.results.is_empty() {
                        release.evaluations.push(evaluation);
                    }
                }
                "considerations" => {
                    for f in value.as_mapping().unwrap_or_default() {
                        let fk = key_text(f);
                        if fk == "environmentalConsiderations" {
                            if let Some(v) = render_value(&f.value) {
                                extra.push(
                                    Component::new(ComponentKind::ComputeReport)
                                        .with_name(format!("{name} environmental considerations"))
                                        .with_description(format!(
                                            "environmentalConsiderations: {v}"
                                        )),
                                );
                            }
                        } else if let Some(v) = render_value(&f.value) {
                            lines.push(format!("{fk}: {v}"));
                        }
                    }
                }
                "properties" => {
                    if let Some(v) = render_value(value) {
                        lines.push(format!("properties: {v}"));
                    }
                }
                _ => self.sink.dropped(value, &p, "not a `modelCard` field"),
            }
        }
        // One order whatever the order of the BOM's keys.
        lines.sort_by_key(|l| {
            let key = l.split(": ").next().unwrap_or_default();
            MODEL_CARD_TEXT
                .iter()
                .position(|k| *k == key)
                .unwrap_or(MODEL_CARD_TEXT.len())
        });
        if !lines.is_empty() {
            extra.insert(
                0,
                Component::new(ComponentKind::ModelCard)
                    .with_name(format!("{name} (CycloneDX model card)"))
                    .with_description(lines.join("\n\n")),
            );
        }
    }
}
