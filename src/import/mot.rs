//! Model Openness Tool (MOT) model files, read into a [`Release`].
//!
//! MOT (`lfai/model_openness_tool`) describes a model as YAML under `schema/mof_schema.json`:
//! `framework` (the MOF version the file follows) and `release` (name, version, date, type,
//! architecture, treatment, origin, producer, contact, licences, components, and the
//! `repository` and `huggingface` links the data files add). The mapping:
//!
//! | MOT | release |
//! |---|---|
//! | `framework` | read as the format header (a version other than `1.0` is a warning) |
//! | `release.name`, `version`, `producer` | `name`, `version`, `producer.name` |
//! | `release.date` | `release_date` |
//! | `release.type` | `modality` (`language` → `text`, `vision` and `image` → `image`; `3d` and `other` have no modality) |
//! | `release.architecture`, `treatment` | `description` ("Architecture: … Treatment: …") |
//! | `release.origin` (+ `treatment`) | `lineage`: `fine_tuned_from` when the treatment is a fine-tuning, else `derived_from` |
//! | `release.repository`, `huggingface` | release `evidence` (`repository`, `artifact`) |
//! | `release.license.*` | inherited by the components, as MOT resolves them |
//! | `components[].name` | `kind` (the kind whose MOF component it is; `Datasets` → `pretraining_data`) |
//! | `components[].description` | `description` |
//! | `components[].license`, `license_path` | `license` (expression, `declared`, `url`) |
//! | `components[].component_path` | `location` |
//! | (the file as a whole) | `completeness`: the list is complete for the kinds of the 17 MOF components, stated by "the Model Openness Tool form"; every listed component is `availability: public` |
//!
//! **An inventory.** The MOT form goes through all 17 MOF components and the file lists those
//! the producer released, so the release states that its component list is complete
//! ([`Completeness`]): a MOF component that is not listed was not released, and the frameworks
//! decide "not met" where a silent description would leave "unknown". A component name that is
//! not a MOF component is a warning (`import-unknown-component`) and is left out, listed in
//! [`Imported::unmapped`]; it never becomes a dataset.
//!
//! **Licences** are resolved by MOT's rules: the component's own `license` when present and not
//! null (`unlicensed`, `''` and `'0'` mean no licence: `NONE`), else the global licence of the
//! component's content type (`release.license.code|data|document.name`), else
//! `release.license.distribution.name`. A component with nothing to inherit is recorded with *no*
//! licence (unknown), not as unlicensed; MOT counts it as unlicensed, which gives the same MOF
//! class. The text becomes an SPDX expression when it is one (every term on the SPDX list or a
//! `LicenseRef-`), in canonical form (surrounding blanks dropped, deprecated ids replaced:
//! `GPL-2.0` is `GPL-2.0-only`); otherwise [`normalise`] reads the forms model metadata uses
//! (`Apache 2.0`, `llama3.1`); either way a text that changed is kept in `declared` and the
//! licence is marked [`inferred`](Licence::inferred): MOT's licence field holds an SPDX id as
//! MOT lists it, so any other text is this crate's reading, not the producer's statement. Failing
//! both, the expression is `NOASSERTION` with the text in `declared`. `license_path` (or the
//! inherited global `path`) becomes the licence `url` when it is an absolute URL.
//!
//! **The same MOF class as MOT.** Because an inferred licence is graded by `mof-1.0` as
//! written, the native release gets MOT's class and progress: ` MIT` and `apache-2.0` stay
//! "not open" there as in MOT (with the finding `mof-licence-inferred` saying that the reading
//! `MIT` would count), and `ODC-PDDL-1.0`, open in MOT's own list, stays open although its SPDX
//! id `PDDL-1.0` is not in MOT's list. Every other framework grades the reading.
//!
//! **Deliberate differences from MOT**: a component name that differs from MOF's only by case
//! or blanks is read as that component (MOT counts it as `Datasets`), an unknown name is left out
//! (MOT counts it as `Datasets`); and a repeated component stays repeated (MOT keeps the last
//! entry; the native profile counts the MOF component open only if every entry is). MOT reports
//! all three in its own result (`unknown_components`, `duplicate_components`), so a registry
//! sees them; on every MOT fixture without them, the MOT file, its native conversion and its
//! MOT re-export get the same class and progress (`tests/convert_mot.rs`).

use super::invalid;
use super::{render, scalar};
use serde_json::Value;

use crate::classify::mof_1_0::{ContentType, MofComponent, kind_of};
use crate::diagnostic::{Code, Diagnostic};
use crate::error::Error;
use crate::licence::{Licence, LicenceExpression, NormalisationReason, normalise};
use crate::model::{
    Availability, Completeness, Component, Date, Evidence, EvidenceKind, Lineage, LineageRelation,
    Modality, Producer, Release, ReleaseRef, Url,
};
use crate::syntax::{self, Limits, Node};

use super::fields::Sink;
use super::{Imported, Unmapped};

/// Reads a MOT model file (YAML, or JSON) into a release.
///
/// # Errors
/// [`Error::Syntax`] when the text is not YAML (a duplicate key included);
/// [`Error::Invalid`] when it lacks what every MOT file has: a `release` mapping with a `name`
/// and a `components` list. Each error has the line, column and JSON Pointer of the problem.
///
/// ```
/// use ai_openness::import::mot;
///
/// let text = "framework: {name: Model Openness Framework, version: '1.0', date: '2024-12-15'}\n\
///             release:\n  name: Tiny\n  license: {code: {name: MIT}}\n  \
///             components:\n    - name: Training code\n    - name: Model card\n      license: Proprietary\n";
/// let imported = mot::to_release(text)?;
/// let code = &imported.release.components[0];
/// assert_eq!(code.license.as_ref().map(|l| l.expression.as_str()), Some("MIT"));
/// let card = &imported.release.components[1];
/// assert!(card.license.as_ref().is_some_and(|l| l.expression.is_noassertion()));
/// assert_eq!(imported.diagnostics[0].code.as_str(), "import-licence-not-spdx");
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

/// Reads a MOT model file that is already parsed into a positioned tree (as the document
/// pipeline, `crate::pipeline`, parses it once for every use).
///
/// # Errors
/// [`Error::Invalid`] as [`to_release`].
pub fn from_tree(root: &Node) -> Result<Imported, Error> {
    let mut importer = Importer::default();
    let release = importer.document(root)?;
    Ok(importer.notes.finish(release))
}

/// Whether a parsed document looks like a MOT model file: a mapping with top-level
/// `framework` and `release` keys.
#[must_use]
pub fn is_mot_document(root: &Node) -> bool {
    root.get("framework").is_some() && root.get("release").is_some()
}

/// The statement every MOT file makes: its components are the MOF components the producer
/// released. The MOT form goes through all 17 MOF components and the file lists those that were
/// released, so a MOF component that is not listed was not released.
fn inventory() -> Completeness {
    Completeness::new(
        MofComponent::ALL
            .into_iter()
            .flat_map(|c| c.item().kinds.iter().copied()),
        "the Model Openness Tool form",
    )
    .with_note(
        "a Model Openness Tool file is an inventory: the MOT form goes through all 17 MOF \
         components and the file lists those the producer released",
    )
}

/// MOT's rule on component names: exact, case-sensitive matching; an unknown name counts as
/// `Datasets`; with a repeated name the last entry wins.
const MOT_RULE_8: &str = "docs/mot-rules.md#rule-8";

/// `base` + `/` + `key`, escaped per RFC 6901.
fn child(base: &str, key: &str) -> String {
    format!("{base}/{}", key.replace('~', "~0").replace('/', "~1"))
}

/// A global licence (`release.license.<key>`), as MOT reads it.
#[derive(Debug, Default)]
struct Global {
    /// The entry's pointer.
    pointer: String,
    /// The licence name as written, when the entry has a usable one (MOT skips null, `''`,
    /// `'0'` and other falsy names).
    name: Option<String>,
    /// The licence it names (read once, so a normalisation is reported once).
    licence: Option<Licence>,
    /// The `path`, when it is an absolute URL.
    url: Option<Url>,
    /// Whether a component inherited it.
    used: bool,
    /// Where the entry is.
    line: u32,
    column: u32,
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

    /// Names the source of the last diagnostic (a MOT rule, `docs/mot-rules.md#rule-N`).
    fn cite(&mut self, clause: &str) {
        self.notes.cite(clause);
    }

    fn dropped(&mut self, node: &Node, pointer: &str, why: &str) {
        self.notes.dropped(node, pointer, why);
    }

    /// A text field: a non-null scalar's text, blank treated as absent. A list or mapping is
    /// reported and left out.
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

    /// A URL field; a value that is not an absolute URL is reported and left out.
    fn url(&mut self, node: Option<&Node>, pointer: &str) -> Option<Url> {
        let text = self.text(node, pointer)?;
        match Url::new(&text) {
            Ok(url) => Some(url),
            Err(e) => {
                if let Some(node) = node {
                    self.warn(
                        Code::ImportInvalidValue,
                        node,
                        pointer,
                        format!("{e}; left out (an absolute URL is needed)"),
                    );
                }
                None
            }
        }
    }

    fn document(&mut self, root: &Node) -> Result<Release, Error> {
        let Some(entries) = root.as_mapping() else {
            return Err(invalid(
                root,
                "",
                "a Model Openness Tool file is a mapping with `framework` and `release`",
            ));
        };
        let Some(release) = root.get("release").filter(|r| r.as_mapping().is_some()) else {
            return Err(invalid(
                root.get("release").unwrap_or(root),
                "/release",
                "a Model Openness Tool file needs a `release` mapping",
            ));
        };
        for entry in entries {
            let key = entry.key.as_scalar().map_or("", |k| k.text.as_str());
            match key {
                "release" => {}
                "framework" => self.framework(&entry.value),
                _ => self.dropped(
                    &entry.value,
                    &child("", key),
                    "a Model Openness Tool file has only `framework` and `release`",
                ),
            }
        }
        self.release(release)
    }

    /// `framework`: the format header; only its version is checked.
    fn framework(&mut self, node: &Node) {
        let Some(entries) = node.as_mapping() else {
            self.warn(
                Code::ImportInvalidValue,
                node,
                "/framework",
                format!(
                    "`framework` should be a mapping with `name`, `version` and `date`, found \
                     `{}`",
                    render(node)
                ),
            );
            return;
        };
        for entry in entries {
            let key = entry.key.as_scalar().map_or("", |k| k.text.as_str());
            let pointer = child("/framework", key);
            match key {
                "name" | "date" => {}
                "version" => {
                    let version = self.text(Some(&entry.value), &pointer);
                    if version.as_deref() != Some("1.0") {
                        self.warn(
                            Code::ImportInvalidValue,
                            &entry.value,
                            &pointer,
                            format!(
                                "MOF version `{}`: this importer reads MOF 1.0 files",
                                render(&entry.value)
                            ),
                        );
                    }
                }
                _ => self.dropped(
                    &entry.value,
                    &pointer,
                    "`framework` has only `name`, `version` and `date`",
                ),
            }
        }
    }

    fn release(&mut self, node: &Node) -> Result<Release, Error> {
        let name = self
            .text(node.get("name"), "/release/name")
            .ok_or_else(|| {
                invalid(
                    node.get("name").unwrap_or(node),
                    "/release/name",
                    "a Model Openness Tool file needs a non-empty `release.name`",
                )
            })?;
        let mut release = Release::new(name);
        let mut globals = self.globals(node.get("license"));
        let mut architecture = None;
        let mut treatment = None;
        let mut origin: Option<(String, &Node)> = None;
        let mut components = None;
        for entry in node.as_mapping().unwrap_or_default() {
            let key = entry.key.as_scalar().map_or("", |k| k.text.as_str());
            let value = &entry.value;
            let pointer = child("/release", key);
            match key {
                "name" | "license" => {}
                "components" => components = Some(value),
                "version" => release.version = self.text(Some(value), &pointer),
                "date" => release.release_date = self.date(value, &pointer),
                "type" => release.modality = self.modality(value, &pointer),
                "architecture" => architecture = self.text(Some(value), &pointer),
                "treatment" => treatment = self.text(Some(value), &pointer),
                "origin" => origin = self.text(Some(value), &pointer).map(|o| (o, value)),
                "producer" => {
                    release.producer = self.text(Some(value), &pointer).map(Producer::new);
                }
                "repository" => {
                    if let Some(url) = self.url(Some(value), &pointer) {
                        let mut evidence = Evidence::new(url);
                        evidence.kind = Some(EvidenceKind::Repository);
                        release.evidence.push(evidence);
                    }
                }
                "huggingface" => {
                    if let Some(url) = self.url(Some(value), &pointer) {
                        let mut evidence = Evidence::new(url);
                        evidence.kind = Some(EvidenceKind::Artifact);
                        evidence.title = Some("Hugging Face".to_owned());
                        release.evidence.push(evidence);
                    }
                }
                "contact" => {
                    if self.text(Some(value), &pointer).is_some() {
                        self.dropped(value, &pointer, "the model has no contact field");
                    }
                }
                _ => self.dropped(
                    value,
                    &pointer,
                    "not a field of the Model Openness Tool schema",
                ),
            }
        }
        let mut description = Vec::new();
        if let Some(a) = &architecture {
            description.push(format!("Architecture: {a}."));
        }
        if let Some(t) = &treatment {
            description.push(format!("Treatment: {t}."));
        }
        if !description.is_empty() {
            release.description = Some(description.join(" "));
        }
        if let Some((origin, _)) = origin {
            let relation = if treatment
                .as_deref()
                .is_some_and(|t| t.contains("fine-tuned"))
            {
                LineageRelation::FineTunedFrom
            } else {
                LineageRelation::DerivedFrom
            };
            let base = ReleaseRef {
                name: Some(origin),
                ..ReleaseRef::default()
            };
            release.lineage.push(Lineage::new(relation, base));
        }

        let Some(components) = components.filter(|c| !matches!(scalar(c), Some(Value::Null)))
        else {
            return Err(invalid(
                node,
                "/release/components",
                "a Model Openness Tool file needs `release.components`",
            ));
        };
        let items: Vec<(String, &Node)> = match &components.value {
            syntax::NodeValue::Sequence(items) => items
                .iter()
                .enumerate()
                .map(|(i, n)| (format!("/release/components/{i}"), n))
                .collect(),
            // MOT's PHP reads a mapping of entries like a list of them.
            syntax::NodeValue::Mapping(entries) => entries
                .iter()
                .map(|e| {
                    let key = e.key.as_scalar().map_or("", |k| k.text.as_str());
                    (child("/release/components", key), &e.value)
                })
                .collect(),
            syntax::NodeValue::Scalar(_) => {
                return Err(invalid(
                    components,
                    "/release/components",
                    format!(
                        "`release.components` is not a list: `{}`",
                        render(components)
                    ),
                ));
            }
        };
        for (pointer, item) in items {
            if let Some(component) = self.component(item, &pointer, &mut globals) {
                release.components.push(component);
            }
        }
        release.completeness = Some(inventory());
        for global in &mut globals {
            if let (Some(name), false) = (&global.name, global.used) {
                let message =
                    format!("the global licence `{name}` applies to no listed component; left out");
                self.notes.unmapped.push(Unmapped::new(
                    global.pointer.clone(),
                    name.clone(),
                    message.clone(),
                ));
                self.notes.diagnostics.push(
                    Diagnostic::warning(Code::ImportFieldDropped, global.pointer.clone(), message)
                        .at(global.line, global.column),
                );
            }
        }
        Ok(release)
    }

    fn date(&mut self, node: &Node, pointer: &str) -> Option<Date> {
        let text = self.text(Some(node), pointer)?;
        match Date::new(&text) {
            Ok(date) => Some(date),
            Err(e) => {
                self.warn(
                    Code::ImportInvalidValue,
                    node,
                    pointer,
                    format!("{e}; left out"),
                );
                None
            }
        }
    }

    fn modality(&mut self, node: &Node, pointer: &str) -> Option<Modality> {
        let text = self.text(Some(node), pointer)?;
        let modality = match text.as_str() {
            "language" => Modality::Text,
            "vision" | "image" => Modality::Image,
            "audio" => Modality::Audio,
            "video" => Modality::Video,
            "code" => Modality::Code,
            "multimodal" => Modality::Multimodal,
            _ => {
                self.dropped(node, pointer, "the model has no such modality");
                return None;
            }
        };
        Some(modality)
    }

    /// `release.license`: the four global licences, in the order
    /// distribution, code, data, document.
    fn globals(&mut self, node: Option<&Node>) -> [Global; 4] {
        let mut out: [Global; 4] = Default::default();
        let keys = ["distribution", "code", "data", "document"];
        for (global, key) in out.iter_mut().zip(keys) {
            global.pointer = child("/release/license", key);
        }
        let Some(node) = node else { return out };
        let Some(entries) = node.as_mapping() else {
            if !matches!(scalar(node), Some(Value::Null)) {
                self.warn(
                    Code::ImportInvalidValue,
                    node,
                    "/release/license",
                    format!(
                        "`release.license` should map `distribution`, `code`, `data` and \
                         `document` to `{{name, path}}`, found `{}`; left out",
                        render(node)
                    ),
                );
            }
            return out;
        };
        for entry in entries {
            let key = entry.key.as_scalar().map_or("", |k| k.text.as_str());
            let pointer = child("/release/license", key);
            let Some(slot) = keys.iter().position(|k| *k == key) else {
                self.dropped(
                    &entry.value,
                    &pointer,
                    "MOT's global licences are `distribution`, `code`, `data` and `document`",
                );
                continue;
            };
            let value = &entry.value;
            let Some(fields) = value.as_mapping() else {
                if !matches!(scalar(value), Some(Value::Null)) {
                    self.warn(
                        Code::ImportInvalidValue,
                        value,
                        &pointer,
                        format!(
                            "a global licence is a mapping with `name` and `path`, found `{}`; \
                             MOT ignores it, and so does the import",
                            render(value)
                        ),
                    );
                }
                continue;
            };
            let mut global = Global {
                pointer: pointer.clone(),
                line: value.span.line,
                column: value.span.column,
                ..Global::default()
            };
            for field in fields {
                let fkey = field.key.as_scalar().map_or("", |k| k.text.as_str());
                let fpointer = child(&pointer, fkey);
                match fkey {
                    "name" => {
                        let skipped = match scalar(&field.value) {
                            Some(Value::Null) => true,
                            Some(Value::String(s)) => s.is_empty() || s == "0",
                            Some(Value::Bool(false)) => true,
                            Some(Value::Number(n)) => n.as_f64() == Some(0.0),
                            _ => false,
                        };
                        if skipped {
                            continue;
                        }
                        if let LicenceText::Text(text) = self.licence_text(&field.value, &fpointer)
                        {
                            global.licence = Some(self.licence(&text, &field.value, &fpointer));
                            global.name = Some(text);
                        }
                    }
                    "path" => global.url = self.url(Some(&field.value), &fpointer),
                    _ => self.dropped(
                        &field.value,
                        &fpointer,
                        "a global licence has only `name` and `path`",
                    ),
                }
            }
            if let Some(slot) = out.get_mut(slot) {
                *slot = global;
            }
        }
        out
    }

    /// A licence value as MOT reads it. Null and blank mean "inherit" for a component and
    /// "nothing" for a global licence; `unlicensed` and `'0'` mean no licence.
    fn licence_text(&mut self, node: &Node, pointer: &str) -> LicenceText {
        match scalar(node) {
            Some(Value::Null) => LicenceText::Inherit,
            Some(Value::String(s)) if s.is_empty() => LicenceText::Text("unlicensed".to_owned()),
            Some(Value::String(s)) if s == "0" => LicenceText::Text("unlicensed".to_owned()),
            Some(Value::String(s)) => LicenceText::Text(s),
            Some(Value::Bool(false)) => {
                self.warn(
                    Code::ImportInvalidValue,
                    node,
                    pointer,
                    "a licence that is not a string: `false`, which MOT reads as unlicensed"
                        .to_owned(),
                );
                LicenceText::Text("unlicensed".to_owned())
            }
            Some(Value::Number(n)) if n.as_f64() == Some(0.0) => {
                self.warn(
                    Code::ImportInvalidValue,
                    node,
                    pointer,
                    format!("a licence that is not a string: `{n}`, which MOT reads as unlicensed"),
                );
                LicenceText::Text("unlicensed".to_owned())
            }
            _ => {
                self.warn(
                    Code::ImportInvalidValue,
                    node,
                    pointer,
                    format!(
                        "a licence that is not a string: `{}` (MOT rejects such a model); \
                         recorded as unknown",
                        render(node)
                    ),
                );
                LicenceText::Unstated
            }
        }
    }

    fn component(
        &mut self,
        node: &Node,
        pointer: &str,
        globals: &mut [Global; 4],
    ) -> Option<Component> {
        let Some(fields) = node.as_mapping() else {
            self.dropped(node, pointer, "a component entry must be a mapping");
            return None;
        };
        let name_pointer = child(pointer, "name");
        let Some(name) = self.text(node.get("name"), &name_pointer) else {
            self.dropped(node, pointer, "the component has no `name`");
            return None;
        };
        let at = node.get("name").unwrap_or(node);
        let mof = if let Some(mof) = MofComponent::from_name(&name) {
            mof
        } else {
            let loose = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
            let wanted = loose(&name);
            let Some(mof) = MofComponent::ALL
                .into_iter()
                .find(|c| c.name().eq_ignore_ascii_case(&wanted))
            else {
                self.warn(
                    Code::ImportUnknownComponent,
                    at,
                    &name_pointer,
                    format!(
                        "`{name}` is not a MOF 1.0 component; the entry is left out (MOT \
                         counts it as `Datasets`)"
                    ),
                );
                self.cite(MOT_RULE_8);
                return None;
            };
            self.warn(
                Code::ImportKindAssumed,
                at,
                &name_pointer,
                format!(
                    "`{name}` read as the MOF component `{}` (MOT matches names exactly and \
                     counts it as `Datasets`)",
                    mof.name()
                ),
            );
            self.cite(MOT_RULE_8);
            mof
        };
        let kind = kind_of(mof);
        if mof == MofComponent::Datasets {
            self.info(
                Code::ImportKindAssumed,
                at,
                &name_pointer,
                format!(
                    "MOF `Datasets` covers all training data; read as `{kind}` (describe \
                     post-training data as `post_training_data`)"
                ),
            );
        }
        let mut component = Component::new(kind);
        // A MOT file lists the components the producer released.
        component.availability = Availability::Public;
        let mut own_licence: Option<(LicenceText, &Node, String)> = None;
        let mut licence_url = None;
        for field in fields {
            let key = field.key.as_scalar().map_or("", |k| k.text.as_str());
            let fpointer = child(pointer, key);
            let value = &field.value;
            match key {
                "name" => {}
                "description" => component.description = self.text(Some(value), &fpointer),
                "license" => {
                    let text = self.licence_text(value, &fpointer);
                    own_licence = Some((text, value, fpointer));
                }
                "license_path" => licence_url = self.url(Some(value), &fpointer),
                "component_path" => component.location = self.url(Some(value), &fpointer),
                _ => self.dropped(
                    value,
                    &fpointer,
                    "a MOT component has only `name`, `description`, `license`, `license_path` \
                     and `component_path`",
                ),
            }
        }
        let licence = match own_licence {
            Some((LicenceText::Text(text), value, fpointer)) => {
                Some(self.licence(&text, value, &fpointer))
            }
            Some((LicenceText::Unstated, ..)) => None,
            Some((LicenceText::Inherit, ..)) | None => {
                if let Some(global) = inherit(globals, mof.spec().content_type) {
                    global.used = true;
                    licence_url = licence_url.or_else(|| global.url.clone());
                    global.licence.clone()
                } else {
                    self.info(
                        Code::ImportLicenceUnstated,
                        at,
                        pointer,
                        format!(
                            "`{name}` has no licence and none to inherit: recorded as \
                             unknown (MOT counts it as unlicensed)"
                        ),
                    );
                    None
                }
            }
        };
        component.license = match (licence, licence_url) {
            (Some(licence), Some(url)) => Some(licence.with_url(url)),
            (Some(licence), None) => Some(licence),
            // A link to the licence text of a component whose licence is not named.
            (None, Some(url)) => Some(Licence::new(LicenceExpression::noassertion()).with_url(url)),
            (None, None) => None,
        };
        Some(component)
    }

    /// `expression`, read from `text`, which is kept in `declared`.
    fn normalised(
        &mut self,
        text: &str,
        expression: LicenceExpression,
        node: &Node,
        pointer: &str,
    ) -> Licence {
        self.info(
            Code::ImportLicenceNormalised,
            node,
            pointer,
            format!(
                "licence `{text}` read as `{}`; the text as written is kept in `declared` \
                 (`inferred`: MOF grades it as written, as MOT does)",
                expression.as_str()
            ),
        );
        Licence::new(expression).with_declared(text).inferred()
    }

    /// A licence text as a [`Licence`]: an SPDX expression, a normalised one, or `NOASSERTION`
    /// with the text in `declared`.
    fn licence(&mut self, text: &str, node: &Node, pointer: &str) -> Licence {
        if text == "unlicensed" {
            return Licence::new(LicenceExpression::none());
        }
        // Blanks, operator case, deprecated ids (`GPL-2.0` is `GPL-2.0-only`): keep the
        // canonical form, and the text as written.
        if let Some((expression, changed)) = super::spdx_reading(text) {
            return if changed {
                self.normalised(text, expression, node, pointer)
            } else {
                Licence::new(expression)
            };
        }
        match normalise(text) {
            Some(n) if !n.is_ambiguous() => {
                if let Some(expression) = n.id.and_then(|id| LicenceExpression::parse(id).ok()) {
                    return self.normalised(text, expression, node, pointer);
                }
            }
            Some(n) => {
                let candidates = n.candidates();
                let could = crate::import::could_mean(candidates);
                let why = match n.reason {
                    NormalisationReason::Ambiguous { .. } => "names no single licence",
                    _ => "is not an SPDX expression",
                };
                self.warn(
                    Code::ImportLicenceNotSpdx,
                    node,
                    pointer,
                    format!(
                        "licence `{text}` {why}{could}: recorded as `NOASSERTION` with the text \
                         in `declared`"
                    ),
                );
                return Licence::new(LicenceExpression::noassertion()).with_declared(text);
            }
            None => {}
        }
        self.warn(
            Code::ImportLicenceNotSpdx,
            node,
            pointer,
            format!(
                "licence `{text}` is not an SPDX expression: recorded as `NOASSERTION` with the \
                 text in `declared`"
            ),
        );
        Licence::new(LicenceExpression::noassertion()).with_declared(text)
    }
}

/// A licence value of the source.
#[derive(Debug, Clone, PartialEq, Eq)]
enum LicenceText {
    /// Null: inherit (components) or nothing (globals).
    Inherit,
    /// A value that cannot be read as a licence (reported).
    Unstated,
    /// A string; `unlicensed` for no licence.
    Text(String),
}

/// The global licence a component of `content_type` inherits: the one for its type, else the
/// distribution licence (MOT skips entries without a usable name).
fn inherit(globals: &mut [Global; 4], content_type: ContentType) -> Option<&mut Global> {
    let slot = match content_type {
        ContentType::Code => 1,
        ContentType::Data => 2,
        ContentType::Document => 3,
    };
    let typed = globals.get(slot).is_some_and(|g| g.licence.is_some());
    let pick = if typed {
        slot
    } else if globals.first().is_some_and(|g| g.licence.is_some()) {
        0
    } else {
        return None;
    };
    globals.get_mut(pick)
}
