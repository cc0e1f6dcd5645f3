//! Hugging Face model cards (`README.md` with YAML front matter), read into a [`Release`].
//!
//! The front matter is the card's metadata (Hugging Face's annotated spec, `modelcard.md`); the
//! Markdown body is scanned for the links it gives to papers, code and licences. The mapping
//! (`docs/importers.md#hugging-face-model-cards` has the full table):
//!
//! | card | release |
//! |---|---|
//! | `license` (Hub id, SPDX id, list) | the licence of the `model_weights` component, through the licence table |
//! | `license: other` + `license_name`, `license_link` | `LicenseRef-<license_name>` (or the table's id), the link as the licence `url` |
//! | `datasets` | one training-data component per dataset (`pretraining_data`; `post_training_data` when the card names a base model) |
//! | `base_model`, `base_model_relation`, `finetuned_from` | `lineage` (`finetune`, `adapter`, `quantized`, `merge`; unstated: `derived_from`) |
//! | `model-index` | `evaluations`, one per result |
//! | `extra_gated_*` | the weights are `gated`, with the gate's terms in `access_terms` |
//! | `library_name` | a `supporting_libraries` component named after the library |
//! | `pipeline_tag` | `modality` (when the task implies one) and the weights' description |
//! | `co2_eq_emissions` | a `compute_report` component |
//! | body links to arxiv.org | evidence (`paper`) on a `technical_report` component |
//! | body links to github.com | release evidence (`repository`) |
//! | body links to a `LICENSE` file | evidence (`licence_text`) on the weights |
//!
//! A model card is not an inventory: a component it does not mention is unknown, and nothing
//! says the list is complete. Other keys (`language`, `tags`, `metrics`, `widget`, …) are
//! reported as `import-field-dropped`.

use std::collections::BTreeSet;

use crate::diagnostic::Code;
use crate::error::{Error, Location};
use crate::licence::{Licence, LicenceExpression, normalise};
use crate::model::{
    AccessTerms, Availability, CategoryResult, Component, ComponentKind, Evaluation,
    EvaluationSplit, Evidence, EvidenceKind, Lineage, LineageRelation, Modality, Release,
    ReleaseRef, Url,
};
use crate::syntax::{self, Limits, Node};

use super::Imported;
use super::fields::{Sink, child, item, key_text, one_or_many, one_or_many_pointer};

/// A card split into its front matter and its body.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct CardParts<'a> {
    /// The YAML between the `---` fences, when the card has front matter.
    pub front_matter: Option<&'a str>,
    /// The number of lines before the front matter's first line (1: the opening fence).
    pub front_matter_line: u32,
    /// The Markdown after the closing fence (the whole text when there is no front matter).
    pub body: &'a str,
}

/// Splits a card into front matter and body. Line ends may be `\n` or `\r\n`.
///
/// # Errors
/// [`Error::Syntax`] when the card opens with a fence that is not `---` (`--`, as old cards
/// wrote it) or an opening `---` is never closed.
pub fn split(text: &str) -> Result<CardParts<'_>, Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first_line = text.lines().next().unwrap_or("");
    let fence = first_line.trim_end();
    if fence != "---" {
        if !fence.is_empty()
            && fence.chars().all(|c| c == '-')
            && text.lines().skip(1).any(|l| l.trim_end() == fence)
        {
            return Err(syntax_error(
                1,
                1,
                format!(
                    "the front matter is fenced with `{fence}`; a model card's metadata must \
                     be fenced with `---` lines"
                ),
            ));
        }
        return Ok(CardParts {
            front_matter: None,
            front_matter_line: 0,
            body: text,
        });
    }
    let start = first_line.len() + usize::from(text[first_line.len()..].starts_with('\n'));
    let mut offset = start;
    for line in text[start..].split_inclusive('\n') {
        if line.trim_end() == "---" {
            let front_matter = &text[start..offset];
            let body = &text[offset + line.len()..];
            return Ok(CardParts {
                front_matter: Some(front_matter),
                front_matter_line: 1,
                body,
            });
        }
        offset += line.len();
    }
    Err(syntax_error(
        1,
        1,
        "the front matter opened on line 1 is never closed by a `---` line".to_owned(),
    ))
}

/// Whether a text looks like a model card: front matter fenced by `---` lines that sets one of
/// the keys Hugging Face defines for cards (`license`, `tags`, `datasets`, `library_name`,
/// `pipeline_tag`, `base_model`, `model-index`, `language`, `extra_gated_…`, …).
#[must_use]
pub fn is_hf_card(text: &str) -> bool {
    const KEYS: &[&str] = &[
        "license:",
        "license_name:",
        "tags:",
        "datasets:",
        "library_name:",
        "pipeline_tag:",
        "base_model:",
        "model-index:",
        "language:",
        "extra_gated_",
        "inference:",
        "widget:",
        "thumbnail:",
        "metrics:",
    ];
    let Ok(parts) = split(text) else {
        return false;
    };
    parts
        .front_matter
        .is_some_and(|fm| fm.lines().any(|l| KEYS.iter().any(|k| l.starts_with(k))))
}

fn syntax_error(line: u32, column: u32, message: String) -> Error {
    Error::Syntax {
        location: Location {
            line: Some(line),
            column: Some(column),
            ..Location::default()
        },
        message,
    }
}

/// Reads a model card.
///
/// # Errors
/// [`Error::Syntax`] when the front matter is not YAML or is badly fenced (see [`split`]), with
/// the line and column in the card; [`Error::Invalid`] when the front matter is not a mapping.
///
/// ```
/// use ai_openness::import::hf_card;
///
/// let card = "---\nlicense: llama3\ndatasets: [org/data]\nextra_gated_prompt: Accept the terms\n---\n# Tiny\n";
/// let imported = hf_card::from_text(card)?;
/// let release = &imported.release;
/// assert_eq!(release.name, "Tiny");
/// let weights = &release.components[0];
/// assert_eq!(weights.license.as_ref().unwrap().expression.as_str(), "LicenseRef-Llama-3-Community");
/// assert_eq!(weights.availability.as_str(), "gated");
/// # Ok::<(), ai_openness::Error>(())
/// ```
pub fn from_text(text: &str) -> Result<Imported, Error> {
    let normalised;
    let text = if text.contains('\r') {
        normalised = text.replace("\r\n", "\n");
        normalised.as_str()
    } else {
        text
    };
    let parts = split(text)?;
    let root = match parts.front_matter {
        Some(fm) if !fm.trim().is_empty() => {
            let root = syntax::parse_yaml(fm, &Limits::default()).map_err(|e| {
                syntax_error(
                    e.line() + parts.front_matter_line,
                    e.column(),
                    format!("the front matter is not YAML: {}", e.message()),
                )
            })?;
            Some(root)
        }
        _ => None,
    };
    if let Some(root) = &root
        && root.as_mapping().is_none()
    {
        return Err(Error::Invalid {
            location: Location {
                line: Some(root.span.line + parts.front_matter_line),
                column: Some(root.span.column),
                pointer: Some(String::new()),
                ..Location::default()
            },
            message: format!(
                "a model card's front matter must be a mapping of metadata keys, found {}",
                super::render(root)
            ),
        });
    }
    let mut card = Card {
        sink: Sink::with_line_offset(parts.front_matter_line),
    };
    let release = card.read(root.as_ref(), parts.body);
    Ok(card.sink.finish(release))
}

/// Reads the front matter of a model card that is already parsed (lines as in the front matter
/// itself), with the card's body for its links and name.
///
/// # Errors
/// [`Error::Invalid`] when the front matter is not a mapping.
pub fn from_tree(root: &Node, body: &str) -> Result<Imported, Error> {
    if root.as_mapping().is_none() {
        return Err(Error::Invalid {
            location: Location {
                line: Some(root.span.line),
                column: Some(root.span.column),
                pointer: Some(String::new()),
                ..Location::default()
            },
            message: "a model card's front matter must be a mapping of metadata keys".to_owned(),
        });
    }
    let mut card = Card {
        sink: Sink::default(),
    };
    let release = card.read(Some(root), body);
    Ok(card.sink.finish(release))
}

struct Card {
    sink: Sink,
}

/// What the gate keys say.
#[derive(Default)]
struct Gate {
    heading: Option<String>,
    prompt: Option<String>,
    description: Option<String>,
    fields: Vec<String>,
    seen: bool,
}

impl Card {
    #[allow(clippy::too_many_lines, reason = "one arm per card key")]
    fn read(&mut self, root: Option<&Node>, body: &str) -> Release {
        let name = root
            .and_then(|r| r.get("model-index"))
            .and_then(|m| m.as_sequence())
            .and_then(|m| m.first())
            .and_then(|m| m.get("name"))
            .and_then(|n| super::scalar_text(n).ok().flatten());
        let name = name.or_else(|| first_heading(body));
        let name = name.unwrap_or_else(|| {
            self.sink.info(
                Code::ImportNoData,
                root.unwrap_or(&EMPTY),
                "",
                "the card names no model (no `model-index` name, no title heading): the \
                 release is called `Hugging Face model card`",
            );
            "Hugging Face model card".to_owned()
        });
        let mut release = Release::new(name);
        let mut weights = Component::new(ComponentKind::ModelWeights);
        let mut components: Vec<Component> = Vec::new();
        let mut gate = Gate::default();
        let mut licence_node: Option<&Node> = None;
        let mut licence_name: Option<&Node> = None;
        let mut licence_link: Option<&Node> = None;
        let mut datasets: Option<&Node> = None;
        let mut relation: Option<LineageRelation> = None;
        let mut bases: Vec<(ReleaseRef, Option<LineageRelation>)> = Vec::new();
        let mut pipeline_tag = None;
        let root_node = root;
        for entry in root.and_then(Node::as_mapping).unwrap_or_default() {
            let key = key_text(entry);
            let value = &entry.value;
            let pointer = child("", key);
            match key {
                "license" => licence_node = Some(value),
                "license_name" => licence_name = Some(value),
                "license_link" => licence_link = Some(value),
                "datasets" => datasets = Some(value),
                "base_model" => {
                    for (i, node) in one_or_many(value) {
                        let p = one_or_many_pointer(&pointer, i);
                        if let Some(id) = self.sink.text(node, &p) {
                            bases.push((hub_ref(&id, ""), None));
                        }
                    }
                }
                "finetuned_from" => {
                    if let Some(id) = self.sink.text(value, &pointer) {
                        bases.push((hub_ref(&id, ""), Some(LineageRelation::FineTunedFrom)));
                    }
                }
                "base_model_relation" => {
                    let text = self.sink.text(value, &pointer);
                    relation = match text.as_deref() {
                        Some("finetune") => Some(LineageRelation::FineTunedFrom),
                        Some("adapter") => Some(LineageRelation::AdapterOf),
                        Some("quantized") => Some(LineageRelation::QuantizedFrom),
                        Some("merge") => Some(LineageRelation::MergedFrom),
                        None => None,
                        Some(other) => {
                            self.sink.warn(
                                Code::ImportInvalidValue,
                                value,
                                &pointer,
                                format!(
                                    "`{other}` is not a Hugging Face base-model relation \
                                     (`finetune`, `adapter`, `quantized`, `merge`); read as \
                                     `derived_from`"
                                ),
                            );
                            Some(LineageRelation::DerivedFrom)
                        }
                    };
                }
                "model-index" => self.model_index(value, &pointer, &mut release),
                "library_name" => {
                    if let Some(library) = self.sink.text(value, &pointer) {
                        components.push(
                            Component::new(ComponentKind::SupportingLibraries)
                                .with_name(library.clone())
                                .with_description(format!(
                                    "the library that loads the model (`library_name: {library}`)"
                                )),
                        );
                    }
                }
                "pipeline_tag" => {
                    if let Some(tag) = self.sink.text(value, &pointer) {
                        release.modality = modality_of(&tag);
                        pipeline_tag = Some(tag);
                    }
                }
                "co2_eq_emissions" => {
                    let description = match value.as_mapping() {
                        Some(_) => value
                            .to_json()
                            .map(|v| format!("CO2 emissions (co2_eq_emissions): {v}"))
                            .ok(),
                        None => self
                            .sink
                            .text(value, &pointer)
                            .map(|g| format!("CO2 emissions: {g} g CO2 eq")),
                    };
                    if let Some(description) = description {
                        components.push(
                            Component::new(ComponentKind::ComputeReport)
                                .with_description(description),
                        );
                    }
                }
                "extra_gated_heading" => {
                    gate.seen = true;
                    gate.heading = self.sink.text(value, &pointer);
                }
                "extra_gated_prompt" => {
                    gate.seen = true;
                    gate.prompt = self.sink.text(value, &pointer);
                }
                "extra_gated_description" => {
                    gate.seen = true;
                    gate.description = self.sink.text(value, &pointer);
                }
                "extra_gated_fields" => {
                    gate.seen = true;
                    match value.as_mapping() {
                        Some(fields) => gate
                            .fields
                            .extend(fields.iter().map(|f| key_text(f).to_owned())),
                        None => self
                            .sink
                            .wrong_type(value, &pointer, "a mapping of form fields"),
                    }
                }
                k if k.starts_with("extra_gated_") => {
                    // The button's text and other settings of the gate's form.
                    gate.seen = true;
                }
                "language" | "tags" | "metrics" | "widget" | "inference" | "thumbnail"
                | "license_details" | "new_version" | "model_name" | "buckets" => {
                    self.sink.dropped(
                        value,
                        &pointer,
                        match key {
                            "language" => "the model has no language field",
                            "tags" => "free tags have no place in the model",
                            "metrics" => {
                                "metric ids without results; results come from `model-index`"
                            }
                            "license_details" => "free licence text; the licence is `license`",
                            "new_version" => "the model does not link newer releases",
                            _ => "a setting of the Hub's page, not a fact about the release",
                        },
                    );
                }
                _ => self
                    .sink
                    .dropped(value, &pointer, "not a model-card key this importer maps"),
            }
        }
        // Licence.
        weights.license = self.licence(root_node, licence_node, licence_name, licence_link);
        // Lineage.
        let merge = bases.len() > 1;
        for (base, own) in bases {
            let relation = own.or(relation).unwrap_or(if merge {
                LineageRelation::MergedFrom
            } else {
                LineageRelation::DerivedFrom
            });
            release.lineage.push(Lineage::new(relation, base));
        }
        // Datasets.
        if let Some(node) = datasets {
            let kind = if release.lineage.is_empty() {
                ComponentKind::PretrainingData
            } else {
                ComponentKind::PostTrainingData
            };
            for (i, d) in one_or_many(node) {
                let p = one_or_many_pointer("/datasets", i);
                let Some(id) = self.sink.text(d, &p) else {
                    continue;
                };
                let mut data = Component::new(kind)
                    .with_name(id.clone())
                    .with_description("a data set the card lists under `datasets`");
                if let Some(url) = hub_url("datasets/", &id) {
                    data = data.with_location(url);
                }
                self.sink.info(
                    Code::ImportKindAssumed,
                    d,
                    &p,
                    format!(
                        "`{id}` read as `{kind}`: a card's `datasets` are the data the model was \
                         trained on, without saying at which stage"
                    ),
                );
                components.push(data);
            }
        }
        // Gate.
        if gate.seen {
            weights.availability = Availability::Gated;
            let mut terms = AccessTerms::default();
            let mut parts = Vec::new();
            if let Some(h) = gate.heading.or(gate.description) {
                parts.push(h);
            }
            if let Some(p) = &gate.prompt {
                parts.push(p.chars().take(500).collect());
            }
            if !gate.fields.is_empty() {
                parts.push(format!("the form asks for: {}", gate.fields.join(", ")));
            }
            terms.description = (!parts.is_empty()).then(|| parts.join("\n\n"));
            terms.url = gate.prompt.as_deref().and_then(first_url);
            weights.access_terms = Some(terms);
        }
        if let Some(tag) = pipeline_tag {
            weights.description = Some(format!("pipeline tag (task): {tag}"));
        }
        // Body links.
        let mut report = Component::new(ComponentKind::TechnicalReport);
        let mut seen = BTreeSet::new();
        for (text, url) in markdown_links(body) {
            if !seen.insert(url.clone()) {
                continue;
            }
            let Ok(parsed) = Url::new(&url) else { continue };
            let host = host_of(&url);
            let evidence = Evidence::new(parsed.clone()).with_title(text.clone());
            if host == "arxiv.org" || host.ends_with(".arxiv.org") {
                if report.location.is_none() {
                    report.location = Some(parsed);
                }
                report
                    .evidence
                    .push(evidence.with_kind(EvidenceKind::Paper));
            } else if is_licence_file(&url) {
                if let Some(l) = weights.license.as_mut()
                    && l.url.is_none()
                {
                    l.url = Some(parsed.clone());
                }
                weights
                    .evidence
                    .push(evidence.with_kind(EvidenceKind::LicenceText));
            } else if host == "github.com" {
                release
                    .evidence
                    .push(evidence.with_kind(EvidenceKind::Repository));
            }
        }
        release.components.push(weights);
        release.components.push(
            Component::new(ComponentKind::ModelCard)
                .with_description("the Hugging Face model card this description was read from"),
        );
        if !report.evidence.is_empty() {
            report.description = Some("papers the model card links (arxiv.org)".to_owned());
            release.components.push(report);
        }
        release.components.extend(components);
        release
    }

    /// The weights' licence from `license`, `license_name` and `license_link`.
    fn licence(
        &mut self,
        root: Option<&Node>,
        licence: Option<&Node>,
        name: Option<&Node>,
        link: Option<&Node>,
    ) -> Option<Licence> {
        let link_url = link.and_then(|n| {
            let text = super::scalar_text(n).ok().flatten()?;
            if let Ok(url) = Url::new(&text) {
                Some(url)
            } else {
                self.sink.info(
                    Code::ImportInvalidValue,
                    n,
                    "/license_link",
                    format!(
                        "`{text}` is a file in the model's repository; without the \
                             repository's URL it cannot be linked"
                    ),
                );
                None
            }
        });
        let name_text = name.and_then(|n| self.sink.text(n, "/license_name"));
        let texts: Vec<(String, &Node, String)> = match licence {
            Some(node) => one_or_many(node)
                .into_iter()
                .filter_map(|(i, n)| {
                    let p = one_or_many_pointer("/license", i);
                    self.sink.text(n, &p).map(|t| (t, n, p))
                })
                .collect(),
            None => Vec::new(),
        };
        let mut licences = Vec::new();
        for (text, node, pointer) in &texts {
            if text == "other" || (text == "unknown" && name_text.is_some()) {
                licences.push(self.custom(
                    name_text.as_deref(),
                    name.unwrap_or(node),
                    node,
                    pointer,
                ));
            } else {
                licences.push(self.sink.licence(text, node, pointer));
            }
        }
        if texts.is_empty() && name_text.is_some() {
            let node = name.or(root)?;
            licences.push(self.custom(name_text.as_deref(), node, node, "/license_name"));
        }
        let mut licence = match licences.len() {
            0 => {
                let at = root.unwrap_or(&EMPTY);
                self.sink.info(
                    Code::ImportLicenceUnstated,
                    at,
                    "/license",
                    "the card states no licence (`license`): the weights' licence is recorded \
                     as unknown",
                );
                return link_url
                    .map(|u| Licence::new(LicenceExpression::noassertion()).with_url(u));
            }
            1 => licences.pop()?,
            _ => {
                let joined = licences
                    .iter()
                    .map(|l| l.expression.as_str().to_owned())
                    .collect::<Vec<_>>()
                    .join(" AND ");
                let declared = texts
                    .iter()
                    .map(|t| t.0.clone())
                    .collect::<Vec<_>>()
                    .join(", ");
                if let Some((_, node, _)) = texts.first() {
                    self.sink.info(
                        Code::ImportFactAssumed,
                        node,
                        "/license",
                        format!(
                            "the card lists several licences ({declared}); read as all of them \
                             applying: `{joined}`"
                        ),
                    );
                }
                let expression = LicenceExpression::parse(&joined)
                    .unwrap_or_else(|_| LicenceExpression::noassertion());
                Licence::new(expression).with_declared(declared)
            }
        };
        if let Some(url) = link_url {
            licence.url = Some(url);
        }
        Some(licence)
    }

    /// `license: other` with `license_name`: the table's id for the name, else
    /// `LicenseRef-<name>`.
    fn custom(
        &mut self,
        name: Option<&str>,
        name_node: &Node,
        licence_node: &Node,
        pointer: &str,
    ) -> Licence {
        let Some(name) = name else {
            return self.sink.not_spdx(
                "other",
                licence_node,
                pointer,
                "names a licence that is not on the Hub's list, and the card gives no \
                 `license_name`",
            );
        };
        if let Some(n) = normalise(name).filter(|n| !n.is_ambiguous())
            && let Some(id) = n.id
            && let Ok(expression) = LicenceExpression::parse(id)
        {
            self.sink.info(
                Code::ImportLicenceNormalised,
                name_node,
                "/license_name",
                format!("licence `{name}` read as `{id}`; the name is kept in `declared`"),
            );
            let licence = Licence::new(expression).with_declared(name);
            return if super::fields::is_guess(&n.reason) {
                licence.inferred()
            } else {
                licence
            };
        }
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
        match LicenceExpression::parse(&id) {
            Ok(expression) => {
                self.sink.info(
                    Code::ImportLicenceNotSpdx,
                    name_node,
                    "/license_name",
                    format!(
                        "`license: other` with `license_name: {name}`: recorded as `{id}`, a \
                         licence this crate does not know (its facts stay unknown)"
                    ),
                );
                Licence::new(expression).with_declared(name)
            }
            Err(_) => self
                .sink
                .not_spdx(name, name_node, "/license_name", "is not a licence id"),
        }
    }

    fn model_index(&mut self, node: &Node, pointer: &str, release: &mut Release) {
        let Some(models) = node.as_sequence() else {
            self.sink
                .wrong_type(node, pointer, "a list of models with `results`");
            return;
        };
        for (m, model) in models.iter().enumerate() {
            let mp = item(pointer, m);
            for entry in model.as_mapping().unwrap_or_default() {
                let key = key_text(entry);
                let p = child(&mp, key);
                match key {
                    "name" => {}
                    "results" => match entry.value.as_sequence() {
                        Some(results) => {
                            for (r, result) in results.iter().enumerate() {
                                if let Some(e) = self.result(result, &item(&p, r)) {
                                    release.evaluations.push(e);
                                }
                            }
                        }
                        None => self.sink.wrong_type(&entry.value, &p, "a list of results"),
                    },
                    _ => self
                        .sink
                        .dropped(&entry.value, &p, "not a `model-index` key"),
                }
            }
        }
    }

    fn result(&mut self, node: &Node, pointer: &str) -> Option<Evaluation> {
        let dataset = node.get("dataset");
        let benchmark = dataset
            .and_then(|d| d.get("type").or_else(|| d.get("name")))
            .and_then(|n| super::scalar_text(n).ok().flatten());
        let Some(benchmark) = benchmark else {
            self.sink.dropped(
                node,
                pointer,
                "a `model-index` result without `dataset.type` names no benchmark",
            );
            return None;
        };
        let mut evaluation = Evaluation::new(benchmark);
        for entry in node.as_mapping().unwrap_or_default() {
            let key = key_text(entry);
            let value = &entry.value;
            let p = child(pointer, key);
            match key {
                "dataset" => {
                    for field in value.as_mapping().unwrap_or_default() {
                        let fk = key_text(field);
                        let fp = child(&p, fk);
                        match fk {
                            "type" => {}
                            "name" => {
                                if dataset.and_then(|d| d.get("type")).is_none() {
                                    continue;
                                }
                                if self.sink.text(&field.value, &fp).is_some() {
                                    self.sink.info(
                                        Code::ImportFieldDropped,
                                        &field.value,
                                        &fp,
                                        "the benchmark's display name: the evaluation keeps its \
                                         id (`dataset.type`)",
                                    );
                                }
                            }
                            "split" => {
                                let split = self.sink.text(&field.value, &fp);
                                evaluation.split = match split.as_deref() {
                                    Some("test") => Some(EvaluationSplit::PublicTest),
                                    Some("validation" | "valid" | "dev") => {
                                        Some(EvaluationSplit::Validation)
                                    }
                                    _ => {
                                        self.sink.dropped(
                                            &field.value,
                                            &fp,
                                            "not a split the model names (`test`, `validation`)",
                                        );
                                        None
                                    }
                                };
                            }
                            "revision" | "config" => {
                                if let Some(v) = self.sink.text(&field.value, &fp) {
                                    let version = match evaluation.benchmark_version.take() {
                                        Some(prev) => format!("{prev} {fk}={v}"),
                                        None => format!("{fk}={v}"),
                                    };
                                    evaluation.benchmark_version = Some(version);
                                }
                            }
                            _ => self.sink.dropped(
                                &field.value,
                                &fp,
                                "loading arguments of the benchmark have no place in the model",
                            ),
                        }
                    }
                }
                "metrics" => {
                    for (i, metric) in value.as_sequence().unwrap_or_default().iter().enumerate() {
                        let mp = item(&p, i);
                        let name = metric
                            .get("type")
                            .or_else(|| metric.get("name"))
                            .and_then(|n| super::scalar_text(n).ok().flatten());
                        let Some(name) = name else {
                            self.sink.dropped(metric, &mp, "a metric without `type`");
                            continue;
                        };
                        let mut result = CategoryResult::new(name);
                        if let Some(v) = metric.get("value") {
                            match super::scalar(v) {
                                Some(serde_json::Value::Number(n)) => result.score = n.as_f64(),
                                _ => result.grade = super::scalar_text(v).ok().flatten(),
                            }
                        }
                        for f in metric.as_mapping().unwrap_or_default() {
                            let fk = key_text(f);
                            if !matches!(fk, "type" | "value" | "name") {
                                self.sink.dropped(
                                    &f.value,
                                    &child(&mp, fk),
                                    "metric settings and verification tokens have no place in \
                                     the model",
                                );
                            }
                        }
                        evaluation.results.push(result);
                    }
                }
                "source" => {
                    if let Some(url) = value
                        .get("url")
                        .and_then(|u| self.sink.url(u, &child(&p, "url")))
                    {
                        let mut evidence = Evidence::new(url).with_kind(EvidenceKind::Other);
                        if let Some(name) = value
                            .get("name")
                            .and_then(|n| super::scalar_text(n).ok().flatten())
                        {
                            evidence = evidence.with_title(name);
                        }
                        evaluation.evidence.push(evidence);
                    }
                }
                "task" => self.sink.dropped(
                    value,
                    &p,
                    "the task of a result has no place in the model's evaluation record",
                ),
                _ => self
                    .sink
                    .dropped(value, &p, "not a `model-index` result key"),
            }
        }
        if evaluation.results.len() == 1
            && let Some(only) = evaluation.results.first()
            && only.score.is_some()
        {
            evaluation.score = only.score;
        }
        Some(evaluation)
    }
}

/// An empty node, for diagnostics about a card that has no front matter.
static EMPTY: Node = Node {
    span: syntax::Span::new(1, 1, 0),
    value: syntax::NodeValue::Sequence(Vec::new()),
};

/// The Hub's URL of a model (`prefix` empty) or a data set (`datasets/`), when `id` is a Hub id.
fn hub_url(prefix: &str, id: &str) -> Option<Url> {
    let ok = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'))
        && id.matches('/').count() <= 1;
    ok.then(|| Url::new(&format!("https://huggingface.co/{prefix}{id}")).ok())
        .flatten()
}

fn hub_ref(id: &str, prefix: &str) -> ReleaseRef {
    ReleaseRef {
        name: Some(id.to_owned()),
        url: hub_url(prefix, id),
        ..ReleaseRef::default()
    }
}

/// The modality a Hub pipeline tag implies.
fn modality_of(tag: &str) -> Option<Modality> {
    Some(match tag {
        "text-generation"
        | "text2text-generation"
        | "fill-mask"
        | "text-classification"
        | "token-classification"
        | "question-answering"
        | "summarization"
        | "translation"
        | "sentence-similarity"
        | "feature-extraction"
        | "zero-shot-classification"
        | "table-question-answering" => Modality::Text,
        "text-to-image"
        | "image-classification"
        | "image-segmentation"
        | "object-detection"
        | "image-to-image"
        | "unconditional-image-generation"
        | "depth-estimation"
        | "zero-shot-image-classification"
        | "image-feature-extraction" => Modality::Image,
        "automatic-speech-recognition"
        | "text-to-speech"
        | "text-to-audio"
        | "audio-classification"
        | "audio-to-audio"
        | "voice-activity-detection" => Modality::Audio,
        "text-to-video" | "video-classification" | "image-to-video" => Modality::Video,
        "image-text-to-text"
        | "visual-question-answering"
        | "image-to-text"
        | "document-question-answering"
        | "any-to-any" => Modality::Multimodal,
        _ => return None,
    })
}

/// The text of the first `# ` heading outside code blocks.
fn first_heading(body: &str) -> Option<String> {
    let mut fenced = false;
    for line in body.lines() {
        let t = line.trim_start();
        if t.starts_with("```") || t.starts_with("~~~") {
            fenced = !fenced;
            continue;
        }
        if fenced {
            continue;
        }
        if let Some(h) = t.strip_prefix("# ") {
            let cleaned: String = strip_markdown(h);
            let generic = matches!(
                cleaned.to_ascii_lowercase().as_str(),
                "table of contents" | "model details" | "model card" | "overview" | "usage"
            );
            if !cleaned.is_empty() && !generic {
                return Some(cleaned);
            }
        }
    }
    None
}

/// Text with Markdown emphasis, links and HTML tags taken out.
fn strip_markdown(text: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            '*' | '_' | '`' | '[' | ']' => {}
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = match out.find("](") {
        Some(i) => out[..i].to_owned(),
        None => out,
    };
    // Drop a trailing "(url)" left by a link.
    let out = match (out.find('('), out.ends_with(')')) {
        (Some(i), true) if out[i..].contains("://") => out[..i].to_owned(),
        _ => out,
    };
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every Markdown link `[text](url)` with an absolute http(s) URL, outside code blocks, in
/// order.
#[must_use]
pub fn markdown_links(body: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut fenced = false;
    for line in body.lines() {
        let t = line.trim_start();
        if t.starts_with("```") || t.starts_with("~~~") {
            fenced = !fenced;
            continue;
        }
        if fenced {
            continue;
        }
        let mut rest = line;
        while let Some(open) = rest.find("](") {
            let before = &rest[..open];
            let text = before.rfind('[').map_or("", |i| &before[i + 1..]);
            let after = &rest[open + 2..];
            let Some(close) = after.find(')') else { break };
            let target = after[..close].split_whitespace().next().unwrap_or("");
            let target = target.trim_matches(['<', '>']);
            if target.starts_with("http://") || target.starts_with("https://") {
                out.push((strip_markdown(text), target.to_owned()));
            }
            rest = &after[close..];
        }
    }
    out
}

fn host_of(url: &str) -> String {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url);
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    host.strip_prefix("www.")
        .unwrap_or(host)
        .to_ascii_lowercase()
}

fn is_licence_file(url: &str) -> bool {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let last = path.trim_end_matches('/').rsplit('/').next().unwrap_or("");
    let upper = last.to_ascii_uppercase();
    upper == "LICENSE"
        || upper == "LICENCE"
        || upper.starts_with("LICENSE.")
        || upper.starts_with("LICENCE.")
        || upper.starts_with("LICENSE-")
        || upper.starts_with("LICENSE_")
}

/// The first http(s) URL in a text.
fn first_url(text: &str) -> Option<Url> {
    let start = text.find("https://").or_else(|| text.find("http://"))?;
    let end = text[start..]
        .find(|c: char| c.is_whitespace() || matches!(c, ')' | ']' | '"' | '\'' | '>' | '<'))
        .map_or(text.len(), |e| start + e);
    Url::new(text[start..end].trim_end_matches(['.', ','])).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_and_body() {
        let parts = split("---\nlicense: mit\n---\n# Body\n").unwrap();
        assert_eq!(parts.front_matter, Some("license: mit\n"));
        assert_eq!(parts.body, "# Body\n");
        assert!(split("--\nlanguage: en\n--\n").is_err());
        assert!(split("---\nlicense: mit\n").is_err());
        assert!(split("# No metadata\n").unwrap().front_matter.is_none());
    }

    #[test]
    fn finds_links_outside_code() {
        let links = markdown_links(
            "See [the paper](https://arxiv.org/abs/1) and [code](https://github.com/a/b).\n```\n[x](https://arxiv.org/abs/2)\n```\n",
        );
        assert_eq!(links.len(), 2);
        assert_eq!(links[0].1, "https://arxiv.org/abs/1");
        assert!(is_licence_file("https://github.com/a/b/blob/main/LICENSE"));
        assert!(!is_licence_file("https://github.com/a/b"));
    }
}
