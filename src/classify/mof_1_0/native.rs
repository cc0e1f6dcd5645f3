//! MOF 1.0 on native descriptions: a [`Release`] mapped to the engine's [`MofInput`], graded
//! with MOT's rules, and explained.
//!
//! # The mapping
//!
//! * Each component goes to the MOF component whose spec item lists its kind
//!   ([`MofComponent::of_kind`], from [`SPEC`](super::SPEC)'s items).
//!   Several kinds share one MOF component (pretraining and post-training data are both
//!   `Datasets`; the tokenizer counts among the `Supporting libraries and tools`), and a release
//!   may list several components of one kind (two pretraining corpora, two training-code
//!   repositories).
//! * **Several parts, one MOF component.** MOT keeps the last entry of a repeated component.
//!   This profile instead counts a MOF component as open only if *every* listed part is: the
//!   MOF asks for the component to be released under an open licence, and a corpus with one
//!   closed part is not (compare `lfai/model_openness_tool#168`: "Datasets" is a collection with
//!   heterogeneous licences). The engine is given one entry per MOF component: the first part
//!   that is not open, else the first whose licence is unknown, else the last part. The
//!   finding `mof-parts-combined` reports every such combination.
//! * **Licences.** The engine sees the canonical SPDX expression, compared the way MOT compares
//!   licence ids (exactly, as one id: `Apache-2.0 AND MIT` is not open in MOT, which the quirk
//!   `mot-licence-expression-not-evaluated` reports). `NONE` is an explicit "unlicensed".
//!   `NOASSERTION` or no licence at all is *unknown*: MOT would call the component unlicensed,
//!   so the class is the same, but the criterion is `unknown`, not `not-met`, and the finding
//!   `mof-licence-unknown` says the licence is not stated rather than absent.
//! * **Licences as written.** When the expression was [inferred](Licence::inferred) by a
//!   program from the producer's text (an importer reading ` MIT` as `MIT`), the engine grades
//!   the text as written, `declared`, exactly as MOT grades what the producer typed: MOT would
//!   not count ` MIT` or `apache-2.0`, and counts `ODC-PDDL-1.0` (its own list) although the
//!   SPDX id `PDDL-1.0` is not in it. Where the text and its reading differ in openness, the
//!   finding `mof-licence-inferred` says so and what to write to count the reading.
//! * **Kinds MOF does not grade** (base-model weights, training logs, compute reports,
//!   guardrails, content filters, system prompts, usage policies, safety evaluations, code
//!   documentation) are left out, listed in the info finding `mof-kinds-not-graded`.
//!
//! # Findings
//!
//! | code | severity | when |
//! |---|---|---|
//! | `mof-parts-combined` | info | several release components make up one MOF component |
//! | `mof-licence-unknown` | warning | a listed component's licence is `NOASSERTION` or not given |
//! | `mof-kinds-not-graded` | info | components of kinds MOF 1.0 has no component for |
//! | `mof-licence-expression-open` | info | an expression of several terms that MOT does not count as open although every term it needs is open in MOT's list |
//! | `mof-licence-inferred` | warning | an inferred licence whose text as written and whose reading differ in openness under MOT's rules |
//! | `mot-…` | info or warning | a [`Quirk`](super::Quirk) of MOT that the verdict rests on |

use indexmap::IndexMap;

use super::components::MofComponent;
use super::error::MotReadError;
use super::evaluate::evaluate;
use super::explain::{self, Listed, Listing};
use super::input::{LicenceValue, MofComponentInput, MofInput};
use super::licences;
use crate::classify::{Classification, ComponentRef, Finding, FindingCode, Status};
use crate::diagnostic::Severity;
use crate::licence::{Licence, LicenceExpression, Tri};
use crate::model::macros::vocabulary;
use crate::model::{ComponentKind, Release};

vocabulary! {
    /// The code of a note the `mof-1.0` profile makes about how it mapped a native description
    /// (the table in the module documentation). MOT's own quirks are [`QuirkCode`](super::QuirkCode)s.
    pub enum MofNoteCode {
        /// Several release components make up one MOF component.
        PartsCombined = "mof-parts-combined",
        /// A listed component's licence is `NOASSERTION` or not given.
        LicenceUnknown = "mof-licence-unknown",
        /// Components of kinds MOF 1.0 has no component for.
        KindsNotGraded = "mof-kinds-not-graded",
        /// An expression of several terms that MOT does not count as open although every term
        /// it needs is open in MOT's list.
        LicenceExpressionOpen = "mof-licence-expression-open",
        /// An inferred licence whose text as written and whose reading differ in openness
        /// under MOT's rules.
        LicenceInferred = "mof-licence-inferred",
    }
}

impl From<MofNoteCode> for FindingCode {
    fn from(code: MofNoteCode) -> Self {
        Self::new(code.as_str())
    }
}

/// What a release's licence on one component tells the MOF engine.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Stated {
    /// `NOASSERTION`, or no licence given: unknown.
    Unknown,
    /// `NONE`: explicitly no licence.
    None,
    /// An SPDX expression, in canonical form.
    Expression(String),
}

impl Stated {
    /// What the engine grades: the text as written when the expression was inferred from it,
    /// else the expression.
    fn of(licence: Option<&Licence>) -> Self {
        match licence {
            None => Self::Unknown,
            Some(l) => match l.as_written() {
                Some(written) => Self::Expression(written.to_owned()),
                None => Self::of_expression(&l.expression),
            },
        }
    }

    fn of_expression(e: &LicenceExpression) -> Self {
        if e.is_noassertion() {
            Self::Unknown
        } else if e.is_none() {
            Self::None
        } else {
            Self::Expression(e.canonical())
        }
    }

    /// Whether MOT counts the licence as open: met, not met, or unknown.
    fn status(&self) -> Status {
        match self {
            Self::Unknown => Status::Unknown,
            Self::None => Status::NotMet,
            Self::Expression(text) => Status::from_bool(licences::is_open(text)),
        }
    }

    /// The licence value the engine grades.
    fn value(&self) -> LicenceValue {
        match self {
            Self::Unknown => LicenceValue::Absent,
            Self::None => LicenceValue::text("unlicensed"),
            Self::Expression(text) => LicenceValue::text(text.clone()),
        }
    }

    /// How the licence is written in messages.
    fn shown(&self) -> &str {
        match self {
            Self::Unknown => "NOASSERTION",
            Self::None => "NONE",
            Self::Expression(text) => text,
        }
    }
}

/// One release component that is part of a MOF component.
#[derive(Debug, Clone)]
struct Part {
    index: usize,
    reference: ComponentRef,
    stated: Stated,
    status: Status,
}

/// A release mapped for the MOF 1.0 engine.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Mapping {
    /// The engine's input: one entry per MOF component the release lists, in order of first
    /// listing.
    pub input: MofInput,
    /// Notes on the mapping (`mof-parts-combined`, `mof-licence-unknown`,
    /// `mof-kinds-not-graded`).
    pub findings: Vec<Finding>,
    listing: Listing,
}

/// Maps `release` to the MOF 1.0 engine's input (see the module documentation for the rules).
#[must_use]
pub fn to_input(release: &Release) -> Mapping {
    let mut groups: IndexMap<MofComponent, Vec<Part>> = IndexMap::new();
    let mut notes = Vec::new();
    let mut ignored: IndexMap<ComponentKind, Vec<usize>> = IndexMap::new();
    for (index, component) in release.components.iter().enumerate() {
        match MofComponent::of_kind(component.kind) {
            Some(mof) => {
                let stated = Stated::of(component.license.as_ref());
                let status = stated.status();
                if let Some(licence) = &component.license {
                    let reading = licence
                        .as_written()
                        .map(|_| Stated::of_expression(&licence.expression))
                        .filter(|r| r.status() != status);
                    if let Some(reading) = reading {
                        notes.push(inferred_finding(mof, index, &stated, &reading));
                    } else if status == Status::NotMet
                        && open_term_by_term(&licence.expression) == Tri::Yes
                    {
                        notes.push(expression_finding(mof, index, &licence.expression));
                    }
                }
                groups.entry(mof).or_default().push(Part {
                    index,
                    reference: ComponentRef::new(index, component),
                    stated,
                    status,
                });
            }
            None => ignored.entry(component.kind).or_default().push(index),
        }
    }

    let mut input = MofInput {
        name: release.name.clone(),
        ..MofInput::default()
    };
    let mut findings = notes;
    let mut listing = Listing::new();
    for (mof, parts) in &groups {
        let combined = Status::all(parts.iter().map(|p| p.status));
        let graded = match combined {
            Status::Met => parts.last(),
            decided => parts.iter().find(|p| p.status == decided),
        };
        let Some(graded) = graded else { continue };
        let deciding: Vec<ComponentRef> = parts
            .iter()
            .filter(|p| combined == Status::Met || p.status == combined)
            .map(|p| p.reference.clone())
            .collect();
        input.components.push(MofComponentInput {
            pointer: Some(pointer(graded.index)),
            ..MofComponentInput::new(mof.name(), graded.stated.value())
        });
        if parts.len() > 1 {
            findings.push(combined_finding(*mof, parts, combined, graded));
        }
        findings.extend(
            parts
                .iter()
                .filter(|p| p.stated == Stated::Unknown)
                .map(|p| unknown_finding(*mof, p, release)),
        );
        listing.insert(
            *mof,
            Listed {
                refs: parts.iter().map(|p| p.reference.clone()).collect(),
                deciding,
                graded: pointer(graded.index),
                licence_unknown: graded.stated == Stated::Unknown,
            },
        );
    }
    if !ignored.is_empty() {
        findings.push(ignored_finding(&ignored));
    }
    Mapping {
        input,
        findings,
        listing,
    }
}

/// Classifies a native description under `mof-1.0`.
#[must_use]
pub fn classify(release: &Release) -> Classification {
    let mapping = to_input(release);
    match evaluate(&mapping.input) {
        Ok(result) => explain::graded(&release.name, &result, &mapping.listing, mapping.findings),
        // A native description never carries the non-string licence values that make MOT
        // reject a file; kept total all the same.
        Err(rejection) => {
            explain::rejected(&release.name, MotReadError::from_rejection(&rejection))
        }
    }
}

fn pointer(index: usize) -> String {
    format!("/components/{index}")
}

fn pointers(parts: &[Part]) -> String {
    parts
        .iter()
        .map(|p| format!("`{}`", pointer(p.index)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `mof-parts-combined`: several release components make up one MOF component.
fn combined_finding(mof: MofComponent, parts: &[Part], combined: Status, graded: &Part) -> Finding {
    let outcome = match combined {
        Status::Met => "every part is under a licence MOT counts as open".to_owned(),
        Status::NotMet => format!(
            "`{}` (`{}`) is not open, so the component is not",
            pointer(graded.index),
            graded.stated.shown()
        ),
        Status::Unknown => format!(
            "no part is known to be closed, but the licence of `{}` is not stated",
            pointer(graded.index)
        ),
    };
    Finding::new(
        MofNoteCode::PartsCombined,
        Severity::Info,
        pointer(graded.index),
        format!(
            "`{}` is made of {} listed components ({}); it counts as open only if every part \
             is (MOT would keep only the last entry): {outcome}",
            mof.name(),
            parts.len(),
            pointers(parts)
        ),
    )
    .with_clause(
        "MOF 1.0: each component is released under an open licence; lfai/model_openness_tool#168 \
         (a dataset collection carries heterogeneous licences)",
    )
}

/// `mof-licence-unknown`: a listed component whose licence is not stated.
fn unknown_finding(mof: MofComponent, part: &Part, release: &Release) -> Finding {
    let kind = release
        .components
        .get(part.index)
        .map_or("component", |c| c.kind.as_str());
    let how = match release
        .components
        .get(part.index)
        .and_then(|c| c.license.as_ref())
    {
        Some(_) => "is `NOASSERTION`",
        None => "is not given",
    };
    Finding::new(
        MofNoteCode::LicenceUnknown,
        Severity::Warning,
        pointer(part.index),
        format!(
            "the licence of this `{kind}` ({}) {how}: it is unknown, not absent; MOT counts the \
             component as unlicensed, so the class may be higher once the licence is stated",
            mof.name()
        ),
    )
    .with_clause("MOF 1.0: a component counts when it is released under an open licence")
}

/// `mof-kinds-not-graded`: components with no MOF 1.0 component.
fn ignored_finding(ignored: &IndexMap<ComponentKind, Vec<usize>>) -> Finding {
    let listed = ignored
        .iter()
        .map(|(kind, indexes)| {
            let at = indexes
                .iter()
                .map(|i| format!("`{}`", pointer(*i)))
                .collect::<Vec<_>>()
                .join(", ");
            format!("`{kind}` ({at})")
        })
        .collect::<Vec<_>>()
        .join(", ");
    Finding::new(
        MofNoteCode::KindsNotGraded,
        Severity::Info,
        "",
        format!("MOF 1.0 has no component for {listed}; they do not count toward any MOF class"),
    )
    .with_clause("MOF 1.0: the 17 components (mof.settings.yml)")
}

/// Whether an expression of several terms is open when evaluated term by term with MOT's licence
/// facts: every `AND` term open, or some `OR` branch open. `No` for a single term (MOT already
/// judged it).
fn open_term_by_term(expression: &LicenceExpression) -> Tri {
    if expression.ids().nth(1).is_none() {
        return Tri::No;
    }
    expression.evaluate(|facts| {
        facts.term().map_or(Tri::Unknown, |term| {
            Tri::from_bool(licences::is_open(&term.canonical()))
        })
    })
}

/// `mof-licence-inferred`: a licence graded as written (`written`), whose inferred reading
/// (`reading`) MOT would grade otherwise.
fn inferred_finding(
    mof: MofComponent,
    index: usize,
    written: &Stated,
    reading: &Stated,
) -> Finding {
    let open = |s: &Stated| match s.status() {
        Status::Met => "counted as open",
        Status::NotMet => "not counted as open",
        _ => "of unknown openness",
    };
    let fix = if reading.status() == Status::Met {
        format!(
            ": to count it, state the SPDX id `{}` (as `expression`, without `inferred`)",
            reading.shown()
        )
    } else {
        String::new()
    };
    Finding::new(
        MofNoteCode::LicenceInferred,
        Severity::Warning,
        pointer(index),
        format!(
            "`{}` ({}) is graded as written, as MOT grades it: {} in MOT's list; the reading \
             `{}`, a program's and not the producer's, would be {}{fix}",
            written.shown(),
            mof.name(),
            open(written),
            reading.shown(),
            open(reading),
        ),
    )
    .with_clause(
        "Model Openness Tool 8b5d30e, LicenseHandler: licence ids compared exactly as written",
    )
}

/// `mof-licence-expression-open`: an expression MOT does not count as open although every term
/// it needs is open in MOT's own list.
fn expression_finding(mof: MofComponent, index: usize, expression: &LicenceExpression) -> Finding {
    Finding::new(
        MofNoteCode::LicenceExpressionOpen,
        Severity::Info,
        pointer(index),
        format!(
            "`{}` is open term by term in MOT's list (every `AND` term, or one `OR` branch), \
             but MOT compares the whole expression as one licence id and does not count this \
             part of `{}` as open; the class keeps MOT's verdict",
            expression.canonical(),
            mof.name()
        ),
    )
    .with_clause(
        "Model Openness Tool 8b5d30e, LicenseHandler: licence ids compared exactly; SPDX \
         specification, Annex D (licence expressions)",
    )
}
