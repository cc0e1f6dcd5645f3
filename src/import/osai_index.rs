//! European Open Source AI Index entries (`Language-Technology-Assessment/main-database`, one
//! YAML file per system), read into a [`Release`].
//!
//! An entry has `system` (name, link, type, performance class, base and end model names, the
//! end model's licence, release date, notes), `org` (name, link, notes) and, per parameter of
//! the index, a `{class, link, notes}` triple with `class` one of `open`, `partial`, `closed`
//! (empty: not applicable). The parameters are those of
//! [`osai_index::current`]. The release says what the
//! entry says, in components, so that the `osai-index` profile grades it back:
//!
//! | entry | release |
//! |---|---|
//! | `system.name`, `link`, `notes` | `name`, `homepage`, `description` |
//! | `system.type` | `modality` (several types: `multimodal`) |
//! | `system.releasedate` | `release_date` (`2025-12` is read as 2025-12-01) |
//! | `system.basemodelname` | `lineage` (`derived_from`) and the base-model weights' name, when it names another model |
//! | `system.endmodelname` | the end-model weights' name |
//! | `system.endmodellicense` | the licence of the weights (SPDX, `LicenseRef-…` from the licence table, or `NOASSERTION`, with the text in `declared`) |
//! | `org.name`, `link` | `producer` |
//! | each parameter's `link`, `notes` | the components' `evidence` (the first link is the `location` of a published component) and `description` |
//!
//! Each parameter's `class` becomes components of the parameter's kinds:
//!
//! | parameter | open | partial | closed |
//! |---|---|---|---|
//! | `datasources_basemodel`, `datasources_endmodel` | `pretraining_data` / `post_training_data`, public | a public part and a part not released ("Some of the training data sources … are open for inspection or shared") | not released |
//! | `weights_basemodel`, `weights_endmodel` | `base_model_weights` / `model_weights`, public | gated (the readme's "E.g. gated downloads") | not released |
//! | `trainingcode` | `training_code` and `data_preprocessing_code`, public ("dataset processing, model training and tuning") | `inference_code` public, training and data-processing code not released ("Sparse source code"; the index's usual reason is "only offers code for inference pipeline") | training and data-processing code not released |
//! | `code`, `hardware_architecture`, `preprint`, `paper`, `modelcard`, `datasheet` | `code_documentation`, `compute_report`, `technical_report`, `research_paper`, `model_card`, `data_card`, public | a public part and a part not released (what the index finds missing) | not released |
//!
//! **No base/end split.** When the entry names no separate base model (`basemodelname` empty, a
//! placeholder such as `Undisclosed`, or the end model's name) and its base-model data and
//! weights say exactly what its end-model ones say, the base-model parameters "mirror the end
//! model": the release lists the model's data (as `pretraining_data`) and weights once, and the
//! profile mirrors them back.
//!
//! **Licences.** The weights take `system.endmodellicense` (the base weights too, an
//! assumption the diagnostics state). Code and data take the licence `licenses.notes` names for
//! them ("Code: Apache-2.0. Data: ODC-BY."); when the notes name none, their licence is left
//! unknown, whatever the index's grade of the licences: a grade is the index's conclusion, not
//! a licence. Components that are not released carry no licence.
//!
//! **The index's own grades** are kept as what they are, a third party's assessment of the
//! release ([`Release::assessments`]: assessor [`ASSESSOR`], framework `osai-index`, each
//! parameter's class with its notes and links). `classify --framework osai-index` reports them
//! and the score they give, and lists where the grade derived from the components differs.
//!
//! Every other field, and every value that does not fit, gives a diagnostic with the JSON
//! Pointer, line and column of the field in the entry; nothing is left out silently.

mod components;
mod licence_text;
mod licences;

use super::render;
use serde_json::Value;

use crate::classify::osai_index::{self, Grade, Parameter};
use crate::diagnostic::Code;
use crate::error::{Error, Location};
use crate::licence::Licence;
use crate::model::{
    AssessedGrade, Assessment, ComponentKind as K, Date, Evidence, Lineage, LineageRelation,
    Modality, Producer, Release, ReleaseRef, Url,
};
use crate::syntax::{self, Limits, Node, NodeValue};

use super::Imported;
use super::fields::Sink;

/// Reads an index entry (YAML) into a release.
///
/// # Errors
/// [`Error::Syntax`] when the text is not YAML (a duplicate key included); [`Error::Invalid`]
/// when the document is not a mapping. Everything else, including an entry with no data at all
/// (the index's submission template), is read with diagnostics.
///
/// ```
/// use ai_openness::import::osai_index;
///
/// let entry = "system:\n  name: Tiny\n  type: text\n  endmodellicense: Apache 2.0\n\
///              weights_endmodel:\n  class: partial\n  link: https://example.org/tiny\n";
/// let imported = osai_index::to_release(entry)?;
/// let weights = &imported.release.components[0];
/// assert_eq!(weights.availability.as_str(), "gated");
/// assert_eq!(weights.license.as_ref().unwrap().expression.as_str(), "Apache-2.0");
/// assert!(imported.diagnostics.iter().any(|d| d.code.as_str() == "import-licence-normalised"));
/// # Ok::<(), ai_openness::Error>(())
/// ```
pub fn to_release(text: &str) -> Result<Imported, Error> {
    to_release_with_limits(text, &Limits::default())
}

/// As [`to_release`], under `limits` (`docs/limits.md`): a document over a limit is an
/// [`Error::Syntax`] (parse limits) or [`Error::Invalid`] (count limits) naming the limit.
///
/// # Errors
/// As [`to_release`], and for a document over a limit.
pub fn to_release_with_limits(text: &str, limits: &Limits) -> Result<Imported, Error> {
    let root = super::parse_within(text, limits)?;
    from_tree(&root)
}

/// Whether a parsed document looks like an index entry: a mapping with a `system` mapping and
/// at least one parameter of the current parameter set as a key.
#[must_use]
pub fn is_osai_index_document(root: &Node) -> bool {
    root.get("system").is_some_and(|s| s.as_mapping().is_some())
        && root.as_mapping().is_some_and(|entries| {
            entries.iter().any(|e| {
                key_of(e)
                    .parse::<Parameter>()
                    .is_ok_and(|p| osai_index::current().spec(p).is_some())
            })
        })
}

/// Reads an entry that is already parsed into a positioned tree (as the document pipeline
/// parses it).
///
/// # Errors
/// [`Error::Invalid`] when the document is not a mapping.
pub fn from_tree(root: &Node) -> Result<Imported, Error> {
    if root.as_mapping().is_none() {
        return Err(Error::Invalid {
            location: Location {
                line: Some(root.span.line),
                column: Some(root.span.column),
                pointer: Some(String::new()),
                ..Location::default()
            },
            message: "an OSAI Index entry is a mapping with `system`, `org` and one entry per \
                      parameter"
                .to_owned(),
        });
    }
    let mut importer = Importer::default();
    let release = importer.entry(root);
    Ok(importer.notes.finish(release))
}

/// Who makes the grades an entry records.
pub const ASSESSOR: &str = "European Open Source AI Index";

/// The index's own grades, as the entry gives them: one per parameter with a class, with its
/// notes and links. An entry with no class at all (the submission template) gives an assessment
/// with no grades.
fn assessment(triples: &[Triple<'_>]) -> Assessment {
    let mut assessment = Assessment::new(ASSESSOR, "osai-index");
    assessment.source = Url::new("https://osai-index.eu/").ok();
    for triple in triples {
        let Some(class) = triple.class else { continue };
        let mut grade = AssessedGrade::new(triple.parameter.as_str(), class.as_str());
        grade.note.clone_from(&triple.notes);
        for url in &triple.links {
            grade.evidence.push(Evidence::new(url.clone()));
        }
        assessment.grades.push(grade);
    }
    assessment
}

/// The name given to a release whose entry has no `system.name`.
pub const UNNAMED: &str = "unnamed OSAI Index entry";

/// `base` + `/` + `key`, escaped per RFC 6901.
fn child(base: &str, key: &str) -> String {
    format!("{base}/{}", key.replace('~', "~0").replace('/', "~1"))
}

fn key_of(entry: &syntax::Entry) -> &str {
    entry.key.as_scalar().map_or("", |k| k.text.as_str())
}

/// One parameter's triple, read.
#[derive(Debug, Clone)]
struct Triple<'a> {
    parameter: Parameter,
    node: &'a Node,
    pointer: String,
    class: Option<Grade>,
    links: Vec<Url>,
    notes: Option<String>,
}

impl Triple<'_> {
    /// The same class and links: what the mirror rule compares.
    fn says_the_same_as(&self, other: &Triple<'_>) -> bool {
        self.class == other.class && self.links == other.links
    }
}

/// The fields of `system` the importer uses after reading them.
#[derive(Debug, Default)]
struct System {
    base_name: Option<String>,
    end_name: Option<String>,
    licence: Option<(String, Option<Licence>)>,
}

#[derive(Debug, Default)]
struct Importer {
    notes: Sink,
}

impl Importer {
    fn warn(&mut self, code: Code, node: &Node, pointer: &str, message: String) {
        self.notes.warn(code, node, pointer, message);
    }

    fn info(&mut self, code: Code, node: &Node, pointer: &str, message: String) {
        self.notes.info(code, node, pointer, message);
    }

    /// A text field: a non-null scalar's text, blank treated as absent. Other values are
    /// reported.
    fn text(&mut self, node: Option<&Node>, pointer: &str) -> Option<String> {
        let node = node?;
        crate::import::scalar_text(node).unwrap_or_else(|()| {
            self.warn(
                Code::ImportInvalidValue,
                node,
                pointer,
                format!("expected text, found {}; left out", render(node)),
            );
            None
        })
    }

    /// A text field that should be there: an empty one is reported as no data.
    fn expected_text(&mut self, parent: &Node, key: &str, pointer: &str) -> Option<String> {
        let node = parent.get(key);
        let text = self.text(node, pointer);
        if text.is_none()
            && node.is_none_or(|n| matches!(n.to_json(), Ok(Value::Null | Value::String(_))))
        {
            self.info(
                Code::ImportNoData,
                node.unwrap_or(parent),
                pointer,
                format!("`{key}` is empty: nothing to import"),
            );
        }
        text
    }

    fn url(&mut self, text: &str, node: &Node, pointer: &str) -> Option<Url> {
        match Url::new(text) {
            Ok(url) => Some(url),
            Err(e) => {
                self.warn(
                    Code::ImportInvalidValue,
                    node,
                    pointer,
                    format!("{e}; left out (an absolute URL is needed)"),
                );
                None
            }
        }
    }

    fn entry(&mut self, root: &Node) -> Release {
        let set = osai_index::current();
        let mut triples: Vec<Triple<'_>> = Vec::new();
        let mut system_node = None;
        let mut org_node = None;
        for entry in root.as_mapping().unwrap_or_default() {
            let key = key_of(entry);
            let pointer = child("", key);
            match key {
                "system" => system_node = Some(&entry.value),
                "org" => org_node = Some(&entry.value),
                _ => match key.parse::<Parameter>() {
                    Ok(parameter) if set.spec(parameter).is_some() => {
                        triples.push(self.triple(parameter, &entry.value, &pointer));
                    }
                    _ => self.warn(
                        Code::ImportFieldDropped,
                        &entry.value,
                        &pointer,
                        format!(
                            "`{key}` is not a parameter of the index's parameter set of {}; left \
                             out",
                            set.date
                        ),
                    ),
                },
            }
        }
        for spec in set.parameters() {
            if !triples.iter().any(|t| t.parameter == spec.parameter) {
                self.warn(
                    Code::ImportNoData,
                    root,
                    &child("", spec.parameter.as_str()),
                    format!(
                        "no `{}` entry: the parameter is unknown (the index's website counts it \
                         closed)",
                        spec.parameter
                    ),
                );
            }
        }

        let mut system = System::default();
        let mut release = if let Some(node) = system_node {
            self.system(node, &mut system)
        } else {
            self.warn(
                Code::ImportNoData,
                root,
                "/system",
                "no `system`: the release is unnamed".to_owned(),
            );
            Release::new(UNNAMED)
        };
        match org_node {
            Some(node) => release.producer = self.org(node),
            None => self.info(
                Code::ImportNoData,
                root,
                "/org",
                "no `org`: the producer is unknown".to_owned(),
            ),
        }

        let mirrored = self.mirrors(&triples, &system, root);
        if let Some(base) = system.base_name.clone().filter(|_| !mirrored) {
            release.lineage.push(Lineage::new(
                LineageRelation::DerivedFrom,
                ReleaseRef {
                    name: Some(base),
                    ..ReleaseRef::default()
                },
            ));
        }
        for triple in &triples {
            if mirrored
                && matches!(
                    triple.parameter,
                    Parameter::DatasourcesBasemodel | Parameter::WeightsBasemodel
                )
            {
                continue;
            }
            let components = self.components(triple, &system, mirrored);
            release.components.extend(components);
        }
        if let Some(licences) = triples.iter().find(|t| t.parameter == Parameter::Licenses) {
            self.licences(licences, &system, &mut release);
        } else if let Some((_, licence)) = &system.licence {
            // No `licenses` entry: the weights still carry the end model's licence.
            licences::assign_weights(&mut release, licence.as_ref());
        }
        if release.name == UNNAMED {
            // The submission template: classes that grade no system are no assessment.
            self.info(
                Code::ImportNoData,
                system_node.unwrap_or(root),
                "/system",
                "the entry names no system: its classes grade nothing, so the index's assessment \
                 is kept without grades (no score)"
                    .to_owned(),
            );
            release.assessments.push(assessment(&[]));
        } else {
            release.assessments.push(assessment(&triples));
        }
        if system.end_name.is_some() && !release.has(K::ModelWeights) {
            let pointer = "/system/endmodelname";
            let node = system_node
                .and_then(|n| n.get("endmodelname"))
                .unwrap_or(root);
            self.info(
                Code::ImportFieldDropped,
                node,
                pointer,
                "the end model's name names the end-model weights, and there are none to name \
                 (no `weights_endmodel` class); left out"
                    .to_owned(),
            );
        }
        release
    }

    fn triple<'a>(&mut self, parameter: Parameter, node: &'a Node, pointer: &str) -> Triple<'a> {
        let mut triple = Triple {
            parameter,
            node,
            pointer: pointer.to_owned(),
            class: None,
            links: Vec::new(),
            notes: None,
        };
        let Some(entries) = node.as_mapping() else {
            self.warn(
                Code::ImportInvalidValue,
                node,
                pointer,
                format!(
                    "`{parameter}` should be a mapping with `class`, `link` and `notes`, found \
                     `{}`; the parameter is unknown",
                    render(node)
                ),
            );
            return triple;
        };
        let mut saw_class = false;
        for entry in entries {
            let key = key_of(entry);
            let at = child(pointer, key);
            let value = &entry.value;
            match key {
                "class" => {
                    saw_class = true;
                    triple.class = self.class(value, &at, parameter);
                }
                "link" => triple.links = self.links(value, &at),
                "notes" => triple.notes = self.text(Some(value), &at),
                _ => self.warn(
                    Code::ImportFieldDropped,
                    value,
                    &at,
                    format!("`{key}` is not part of a parameter entry (`class`, `link`, `notes`); left out"),
                ),
            }
        }
        if !saw_class {
            self.warn(
                Code::ImportNoData,
                node,
                &child(pointer, "class"),
                format!("`{parameter}` has no `class`: the parameter is unknown"),
            );
        }
        triple
    }

    fn class(&mut self, node: &Node, pointer: &str, parameter: Parameter) -> Option<Grade> {
        let Some(text) = self.text(Some(node), pointer) else {
            self.warn(
                Code::ImportNoData,
                node,
                pointer,
                format!(
                    "`{parameter}.class` is empty (the index's \"NA\"; its website counts it \
                     closed): no component, the parameter is unknown"
                ),
            );
            return None;
        };
        if let Ok(grade) = text.parse::<Grade>() {
            Some(grade)
        } else {
            self.warn(
                Code::ImportInvalidValue,
                node,
                pointer,
                format!(
                    "`{text}` is not a class of the index (`open`, `partial`, `closed`); the \
                     parameter is unknown"
                ),
            );
            None
        }
    }

    fn links(&mut self, node: &Node, pointer: &str) -> Vec<Url> {
        match &node.value {
            NodeValue::Sequence(items) => items
                .iter()
                .enumerate()
                .filter_map(|(i, item)| {
                    let at = child(pointer, &i.to_string());
                    let text = self.text(Some(item), &at)?;
                    self.url(&text, item, &at)
                })
                .collect(),
            NodeValue::Scalar(_) => self
                .text(Some(node), pointer)
                .and_then(|text| self.url(&text, node, pointer))
                .into_iter()
                .collect(),
            NodeValue::Mapping(_) => {
                self.warn(
                    Code::ImportInvalidValue,
                    node,
                    pointer,
                    format!(
                        "a link is a URL or a list of URLs, found `{}`; left out",
                        render(node)
                    ),
                );
                Vec::new()
            }
        }
    }

    fn system(&mut self, node: &Node, system: &mut System) -> Release {
        if node.as_mapping().is_none() {
            self.warn(
                Code::ImportInvalidValue,
                node,
                "/system",
                format!("`system` should be a mapping, found `{}`", render(node)),
            );
        }
        let name = self.expected_text(node, "name", "/system/name");
        let mut release = Release::new(name.unwrap_or_else(|| UNNAMED.to_owned()));
        for entry in node.as_mapping().unwrap_or_default() {
            let key = key_of(entry);
            let value = &entry.value;
            let pointer = child("/system", key);
            match key {
                "name" => {}
                "link" => {
                    if let Some(text) = self.expected_text(node, key, &pointer) {
                        release.homepage = self.url(&text, value, &pointer);
                    }
                }
                "type" => release.modality = self.modality(node, value, &pointer),
                "notes" => release.description = self.expected_text(node, key, &pointer),
                "releasedate" => release.release_date = self.date(node, value, &pointer),
                "basemodelname" => {
                    system.base_name = self.expected_text(node, key, &pointer).and_then(|n| {
                        if is_placeholder(&n) {
                            self.info(
                                Code::ImportNoData,
                                value,
                                &pointer,
                                format!("`{n}` names no model: no base model is recorded"),
                            );
                            None
                        } else {
                            Some(n)
                        }
                    });
                }
                "endmodelname" => {
                    system.end_name = self
                        .expected_text(node, key, &pointer)
                        .filter(|n| !is_placeholder(n));
                }
                "endmodellicense" => {
                    if let Some(text) = self.expected_text(node, key, &pointer) {
                        let licence = self.licence(&text, value, &pointer);
                        system.licence = Some((text, licence));
                    }
                }
                "performanceclass" => {
                    if let Some(class) = self.expected_text(node, key, &pointer) {
                        self.info(
                            Code::ImportFieldDropped,
                            value,
                            &pointer,
                            format!(
                                "the index's performance class `{class}` has no place in the \
                                 model; left out"
                            ),
                        );
                    }
                }
                _ => self.warn(
                    Code::ImportFieldDropped,
                    value,
                    &pointer,
                    format!("`system.{key}` is not a field of an index entry; left out"),
                ),
            }
        }
        // A base model named like the end model is the end model.
        if let (Some(base), Some(end)) = (&system.base_name, &system.end_name)
            && base.eq_ignore_ascii_case(end)
        {
            system.base_name = None;
        }
        release
    }

    fn modality(&mut self, parent: &Node, node: &Node, pointer: &str) -> Option<Modality> {
        let text = self.expected_text(parent, "type", pointer)?;
        let mut modalities = Vec::new();
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            match part.to_ascii_lowercase().parse::<Modality>() {
                Ok(m) if m != Modality::Multimodal => {
                    if !modalities.contains(&m) {
                        modalities.push(m);
                    }
                }
                _ => self.warn(
                    Code::ImportInvalidValue,
                    node,
                    pointer,
                    format!(
                        "`{part}` is not a type of the index (`text`, `image`, `code`, `video`, \
                         `audio`); left out"
                    ),
                ),
            }
        }
        match modalities.as_slice() {
            [] => None,
            [one] => Some(*one),
            several => {
                let names: Vec<&str> = several.iter().map(|m| m.as_str()).collect();
                self.info(
                    Code::ImportFactAssumed,
                    node,
                    pointer,
                    format!(
                        "several types ({}) are read as `multimodal`; the index's website matches \
                         `{text}` exactly and so applies none of its parameters",
                        names.join(", ")
                    ),
                );
                Some(Modality::Multimodal)
            }
        }
    }

    fn date(&mut self, parent: &Node, node: &Node, pointer: &str) -> Option<Date> {
        let text = self.expected_text(parent, "releasedate", pointer)?;
        if let Ok(date) = Date::new(&text) {
            return Some(date);
        }
        if let Some((year, month)) = year_month(&text)
            && let Some(date) = Date::from_parts(year, month, 1)
        {
            self.info(
                Code::ImportFactAssumed,
                node,
                pointer,
                format!("`{text}` gives a month, read as its first day, {date}"),
            );
            return Some(date);
        }
        self.warn(
            Code::ImportInvalidValue,
            node,
            pointer,
            format!("`{text}` is not a date (`YYYY-MM`, `YYYY MMM` or `YYYY-MM-DD`); left out"),
        );
        None
    }

    fn org(&mut self, node: &Node) -> Option<Producer> {
        if node.as_mapping().is_none() {
            self.warn(
                Code::ImportInvalidValue,
                node,
                "/org",
                format!("`org` should be a mapping, found `{}`", render(node)),
            );
            return None;
        }
        let name = self.expected_text(node, "name", "/org/name");
        let mut url = None;
        for entry in node.as_mapping().unwrap_or_default() {
            let key = key_of(entry);
            let value = &entry.value;
            let pointer = child("/org", key);
            match key {
                "name" => {}
                "link" => {
                    if let Some(text) = self.expected_text(node, key, &pointer) {
                        url = self.url(&text, value, &pointer);
                    }
                }
                "notes" => {
                    if let Some(notes) = self.expected_text(node, key, &pointer) {
                        self.info(
                            Code::ImportFieldDropped,
                            value,
                            &pointer,
                            format!("the producer has no notes field; left out: `{notes}`"),
                        );
                    }
                }
                _ => self.warn(
                    Code::ImportFieldDropped,
                    value,
                    &pointer,
                    format!("`org.{key}` is not a field of an index entry; left out"),
                ),
            }
        }
        if let Some(name) = name {
            let mut producer = Producer::new(name);
            producer.url = url;
            Some(producer)
        } else {
            if let Some(url) = url {
                self.warn(
                    Code::ImportFieldDropped,
                    node,
                    "/org/link",
                    format!("`{url}` is the link of a producer with no name; left out"),
                );
            }
            None
        }
    }
}

/// Whether a model name is a placeholder: empty, "Undisclosed", "unknown", or a guess ending in
/// a question mark.
fn is_placeholder(name: &str) -> bool {
    let n = name.trim().to_ascii_lowercase();
    matches!(
        n.as_str(),
        "" | "undisclosed" | "unknown" | "unclear" | "n/a" | "na" | "none" | "-"
    ) || n.ends_with('?')
}

/// `YYYY-MM` or `YYYY MMM` (`2024 NOV`).
fn year_month(text: &str) -> Option<(u16, u8)> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let (year, month) = text.split_once('-').or_else(|| text.split_once(' '))?;
    let year: u16 = year.trim().parse().ok().filter(|y| *y >= 1000)?;
    let month = month.trim();
    let number = match month.parse::<u8>() {
        Ok(m) if month.len() == 2 => m,
        Ok(_) => return None,
        Err(_) => {
            let lower = month.to_ascii_lowercase();
            let index = MONTHS.iter().position(|m| lower.starts_with(m))?;
            u8::try_from(index + 1).ok()?
        }
    };
    (1..=12).contains(&number).then_some((year, number))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_read() {
        assert_eq!(year_month("2025-12"), Some((2025, 12)));
        assert_eq!(year_month("2024 NOV"), Some((2024, 11)));
        assert_eq!(year_month("2024-13"), None);
        assert_eq!(year_month("2024"), None);
        assert_eq!(year_month("24-01"), None);
    }

    #[test]
    fn placeholders_name_no_model() {
        assert!(is_placeholder("Undisclosed"));
        assert!(is_placeholder("Command A?"));
        assert!(!is_placeholder("Qwen1.5-110B"));
    }
}
