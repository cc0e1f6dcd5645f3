//! From a parameter's class to components: what `open`, `partial` and `closed` become, and the
//! mirror rule for entries with no separate base model (see the table in the parent module).

use crate::classify::osai_index::{Grade, Parameter};
use crate::diagnostic::Code;
use crate::model::{Availability, Component, ComponentKind as K, ContentType, Coverage, Evidence};
use crate::syntax::Node;

use super::{Importer, System, Triple, child};

impl Importer {
    /// Whether the entry has no base/end split: no separate base model is named, and the
    /// base-model data and weights say what the end-model ones say.
    pub(super) fn mirrors(&mut self, triples: &[Triple<'_>], system: &System, root: &Node) -> bool {
        if system.base_name.is_some() {
            return false;
        }
        let find = |p: Parameter| triples.iter().find(|t| t.parameter == p);
        let pairs = [
            (
                Parameter::DatasourcesBasemodel,
                Parameter::DatasourcesEndmodel,
            ),
            (Parameter::WeightsBasemodel, Parameter::WeightsEndmodel),
        ];
        let same = pairs.iter().all(|(b, e)| match (find(*b), find(*e)) {
            (Some(b), Some(e)) => b.says_the_same_as(e),
            (None, None) => true,
            _ => false,
        });
        if same {
            for (base, end) in pairs {
                let node = find(base).map_or(root, |t| t.node);
                let notes = match (find(base), find(end)) {
                    (Some(b), Some(e)) if b.notes.is_some() && b.notes != e.notes => format!(
                        "; its notes, which differ from `{end}`'s, are left out: `{}`",
                        b.notes.as_deref().unwrap_or_default()
                    ),
                    _ => String::new(),
                };
                self.info(
                    Code::ImportFactAssumed,
                    node,
                    &child("", base.as_str()),
                    format!(
                        "no separate base model: `{base}` says what `{end}` says, so the release \
                         lists it once and the profile mirrors it (readme: \"In case a \
                         distinction between base (foundation) and end (user) model is not \
                         applicable, this mirrors the end model data entries\"){notes}"
                    ),
                );
            }
        }
        same
    }

    /// The components that say what one parameter's class says.
    pub(super) fn components(
        &mut self,
        triple: &Triple<'_>,
        system: &System,
        mirrored: bool,
    ) -> Vec<Component> {
        let Some(class) = triple.class else {
            return Vec::new();
        };
        let p = triple.parameter;
        let (kind, name): (K, Option<String>) = match p {
            Parameter::DatasourcesBasemodel => {
                (K::PretrainingData, Some("base-model training data".into()))
            }
            Parameter::DatasourcesEndmodel if mirrored => {
                (K::PretrainingData, Some("training data".into()))
            }
            Parameter::DatasourcesEndmodel => {
                (K::PostTrainingData, Some("end-model training data".into()))
            }
            Parameter::WeightsBasemodel => (
                K::BaseModelWeights,
                Some(
                    system
                        .base_name
                        .clone()
                        .unwrap_or_else(|| "base-model weights".into()),
                ),
            ),
            Parameter::WeightsEndmodel => (
                K::ModelWeights,
                Some(
                    system
                        .end_name
                        .clone()
                        .unwrap_or_else(|| "end-model weights".into()),
                ),
            ),
            Parameter::Trainingcode => return self.training_code(triple, class),
            Parameter::Code => (K::CodeDocumentation, Some("code documentation".into())),
            Parameter::HardwareArchitecture => (
                K::ComputeReport,
                Some("hardware and training set-up".into()),
            ),
            Parameter::Preprint => (K::TechnicalReport, Some("preprint".into())),
            Parameter::Paper => (K::ResearchPaper, Some("peer-reviewed paper".into())),
            Parameter::Modelcard => (K::ModelCard, Some("model card".into())),
            Parameter::Datasheet => (K::DataCard, Some("datasheet".into())),
            Parameter::Licenses => return Vec::new(),
        };
        let name = name.unwrap_or_default();
        let weights = matches!(kind, K::ModelWeights | K::BaseModelWeights);
        match class {
            // The index grades a document open for its coverage ("detail all major parts",
            // "comprehensive insight"), which the component then states.
            Grade::Open if kind.content_type() == ContentType::Document => {
                vec![
                    component(triple, kind, &name, Availability::Public)
                        .with_coverage(Coverage::Complete),
                ]
            }
            Grade::Open => vec![component(triple, kind, &name, Availability::Public)],
            Grade::Closed => vec![component(triple, kind, &name, Availability::NotReleased)],
            Grade::Partial if weights => {
                self.assumed(
                    triple,
                    "`partial` read as a gated download (the readme: \"partially/not fully \
                     shared. E.g. gated downloads\")"
                        .to_owned(),
                );
                vec![component(triple, kind, &name, Availability::Gated)]
            }
            Grade::Partial => {
                let (shared, missing) = if kind.content_type() == ContentType::Data {
                    ("shared sources", "sources not shared")
                } else {
                    ("published part", "parts not covered")
                };
                self.assumed(
                    triple,
                    format!(
                        "`partial` read as two `{kind}` components, a public one ({shared}) and \
                         one not released ({missing})"
                    ),
                );
                vec![
                    component(
                        triple,
                        kind,
                        &format!("{name}: {shared}"),
                        Availability::Public,
                    ),
                    component(
                        triple,
                        kind,
                        &format!("{name}: {missing}"),
                        Availability::NotReleased,
                    ),
                ]
            }
        }
    }

    fn training_code(&mut self, triple: &Triple<'_>, class: Grade) -> Vec<Component> {
        let training = |a| component(triple, K::TrainingCode, "training code", a);
        let processing = |a| component(triple, K::DataPreprocessingCode, "data-processing code", a);
        match class {
            Grade::Open => {
                self.assumed(
                    triple,
                    "`open` covers \"dataset processing, model training and tuning\": read as \
                     public training code and data-processing code"
                        .to_owned(),
                );
                vec![
                    training(Availability::Public),
                    processing(Availability::Public),
                ]
            }
            Grade::Partial => {
                self.assumed(
                    triple,
                    "`partial` (\"Sparse source code is available\") read as public inference code \
                     with the training and data-processing code not released"
                        .to_owned(),
                );
                vec![
                    component(
                        triple,
                        K::InferenceCode,
                        "inference code",
                        Availability::Public,
                    ),
                    training(Availability::NotReleased),
                    processing(Availability::NotReleased),
                ]
            }
            Grade::Closed => vec![
                training(Availability::NotReleased),
                processing(Availability::NotReleased),
            ],
        }
    }

    fn assumed(&mut self, triple: &Triple<'_>, message: String) {
        let node = triple.node.get("class").unwrap_or(triple.node);
        self.info(
            Code::ImportFactAssumed,
            node,
            &child(&triple.pointer, "class"),
            message,
        );
    }
}

/// A component for one parameter: the first link is the location of a published component;
/// every link is evidence; the notes are the description.
fn component(triple: &Triple<'_>, kind: K, name: &str, availability: Availability) -> Component {
    let class = triple.class.map_or("", Grade::as_str);
    let mut c = Component::new(kind)
        .with_name(name)
        .with_availability(availability);
    c.description.clone_from(&triple.notes);
    if availability != Availability::NotReleased
        && let Some(first) = triple.links.first()
    {
        c.location = Some(first.clone());
    }
    for url in &triple.links {
        let mut evidence = Evidence::new(url.clone());
        evidence.note = Some(format!(
            "cited by the OSAI Index for `{}` ({class})",
            triple.parameter
        ));
        c.evidence.push(evidence);
    }
    c
}
