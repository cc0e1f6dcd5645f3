//! Licences of the imported components: the end model's licence for the weights, what the
//! `licenses` notes name for code and data, and the `licenses` links as release evidence.

use crate::diagnostic::Code;
use crate::licence::{Licence, LicenceExpression};
use crate::model::{Availability, Component, ComponentKind as K, Evidence, Release};
use crate::syntax::Node;

use super::licence_text::{self, Reading};
use super::{Importer, System, Triple, child};

/// The components of some kinds and the licence the notes name for them.
struct Group<'a> {
    kinds: &'a [K],
    /// `Some(licence)` when the notes name the part (`Some(None)`: "not released").
    named: Option<Option<Licence>>,
    /// The part in words.
    what: &'a str,
}

impl Importer {
    /// Reads a licence text into a licence, reporting how.
    pub(super) fn licence(&mut self, text: &str, node: &Node, pointer: &str) -> Option<Licence> {
        match licence_text::read(text) {
            Reading::Exact(expression) => Some(Licence::new(expression)),
            Reading::Normalised {
                expression,
                guessed,
            } => {
                self.info(
                    Code::ImportLicenceNormalised,
                    node,
                    pointer,
                    format!(
                        "licence `{text}` read as `{expression}`; the text is kept in `declared`"
                    ),
                );
                let licence = Licence::new(expression).with_declared(text);
                Some(if guessed { licence.inferred() } else { licence })
            }
            Reading::NothingReleased => {
                self.info(
                    Code::ImportLicenceUnstated,
                    node,
                    pointer,
                    format!("`{text}`: no licence is recorded"),
                );
                None
            }
            Reading::Unidentified { candidates } => {
                let could = crate::import::could_mean(&candidates);
                self.warn(
                    Code::ImportLicenceNotSpdx,
                    node,
                    pointer,
                    format!(
                        "licence `{text}` names no licence the crate can identify{could}: \
                         recorded as `NOASSERTION` with the text in `declared`"
                    ),
                );
                Some(Licence::new(LicenceExpression::noassertion()).with_declared(text))
            }
        }
    }

    /// The `licenses` triple: licences for the available weights, code and data, and its links
    /// as release evidence.
    pub(super) fn licences(&mut self, triple: &Triple<'_>, system: &System, release: &mut Release) {
        let notes_node = triple.node.get("notes").unwrap_or(triple.node);
        let notes_pointer = child(&triple.pointer, "notes");
        let named = triple
            .notes
            .as_deref()
            .map(licence_text::named_parts)
            .unwrap_or_default();
        let read_named = |importer: &mut Self, text: Option<&String>| {
            text.map(|t| importer.licence(t, notes_node, &notes_pointer))
        };
        let named_weights = read_named(self, named.weights.as_ref());
        let named_code = read_named(self, named.code.as_ref());
        let named_data = read_named(self, named.data.as_ref());

        // Weights: the end model's licence; the notes only when it is not given.
        let end = system.licence.as_ref().map(|(_, l)| l.clone());
        let weights = match (&end, &named_weights) {
            (Some(end), Some(named)) => {
                let differs = match (end, named) {
                    (Some(e), Some(n)) => e.expression.canonical() != n.expression.canonical(),
                    (None, None) => false,
                    _ => true,
                };
                if differs {
                    let show = |l: &Option<Licence>| {
                        l.as_ref()
                            .map_or_else(|| "no licence".to_owned(), |l| format!("`{l}`"))
                    };
                    self.warn(
                        Code::ImportFactAssumed,
                        notes_node,
                        &notes_pointer,
                        format!(
                            "the notes name {} for the weights, `system.endmodellicense` names \
                             {}; the weights take the end model's licence",
                            show(named),
                            show(end)
                        ),
                    );
                }
                end.clone()
            }
            (Some(end), None) => end.clone(),
            (None, Some(named)) => named.clone(),
            (None, None) => None,
        };
        assign_weights(release, weights.as_ref());
        if release
            .components
            .iter()
            .any(|c| c.kind == K::BaseModelWeights && available(c))
            && let Some(l) = &weights
        {
            self.info(
                Code::ImportFactAssumed,
                notes_node,
                &notes_pointer,
                format!(
                    "the entry names no licence for the base model's weights: they take the end \
                     model's, `{l}`"
                ),
            );
        }

        // Code and data: what the notes name, else unknown. The index's grade of the licences is
        // its own assessment (kept in `Release::assessments`), never a licence of a part.
        let groups: [Group<'_>; 2] = [
            Group {
                kinds: &[K::TrainingCode, K::DataPreprocessingCode, K::InferenceCode],
                named: named_code,
                what: "code",
            },
            Group {
                kinds: &[K::PretrainingData, K::PostTrainingData],
                named: named_data,
                what: "data",
            },
        ];
        for Group { kinds, named, what } in groups {
            let targets: Vec<usize> = release
                .components
                .iter()
                .enumerate()
                .filter(|(_, c)| kinds.contains(&c.kind) && available(c))
                .map(|(i, _)| i)
                .collect();
            if targets.is_empty() {
                continue;
            }
            let licence = if let Some(licence) = named {
                licence
            } else {
                self.info(
                    Code::ImportLicenceUnstated,
                    notes_node,
                    &notes_pointer,
                    format!("the entry names no licence for the {what}: left unknown"),
                );
                None
            };
            for i in targets {
                if let Some(c) = release.components.get_mut(i) {
                    c.license.clone_from(&licence);
                }
            }
        }

        for url in &triple.links {
            let mut evidence = Evidence::new(url.clone());
            evidence.note = Some(match &triple.notes {
                Some(notes) => format!("cited by the OSAI Index for `licenses`: {notes}"),
                None => "cited by the OSAI Index for `licenses`".to_owned(),
            });
            release.evidence.push(evidence);
        }
    }
}

/// Whether a component can be obtained (its licence matters).
fn available(c: &Component) -> bool {
    !matches!(
        c.availability,
        Availability::NotReleased | Availability::ApiOnly | Availability::Unshareable
    )
}

/// Gives every available weights component `licence`.
pub(super) fn assign_weights(release: &mut Release, licence: Option<&Licence>) {
    for c in &mut release.components {
        if matches!(c.kind, K::ModelWeights | K::BaseModelWeights) && available(c) {
            c.license = licence.cloned();
        }
    }
}
