//! From the engine's [`MofResult`] to an explained [`Classification`]: one criterion per
//! required component per class, the next steps toward the next class, and MOT's quirks as
//! findings.
//!
//! The criteria never contradict the class: a class is met exactly when every criterion of that
//! class and of the classes above it is met, because each criterion is met exactly when MOT
//! counts the component as included (with the research paper standing in for the technical
//! report where MOT lets it, `docs/mot-rules.md#rule-5`).

use indexmap::IndexMap;

use super::components::{ContentType, MofClass, MofComponent};
use super::details::{MofDetails, MofGraded};
use super::mot_yaml::MotReadError;
use super::quirks::{Quirk, QuirkCode};
use super::result::{ComponentStatus, LicenceSource, MofResult};
use crate::classify::{
    Action, Classification, ComponentRef, CriterionResult, Details, Finding, NextStep, Status,
    sort_next_steps,
};
use crate::diagnostic::Severity;
use crate::model::ComponentKind;

/// The profile id.
pub(super) const FRAMEWORK: &str = "mof-1.0";

/// What the classifier knows about one listed MOF component beyond the engine's result.
#[derive(Debug, Clone, Default)]
pub(super) struct Listed {
    /// Every listed entry that makes up the component, in document order.
    pub refs: Vec<ComponentRef>,
    /// The entries that decided its status (native: every part when all are open, else the
    /// parts that are not; MOT: the last entry).
    pub deciding: Vec<ComponentRef>,
    /// The JSON Pointer of the entry whose licence the engine graded.
    pub graded: String,
    /// Whether the graded licence is unknown (a native `NOASSERTION` or absent licence), as
    /// opposed to explicitly none.
    pub licence_unknown: bool,
}

/// The listed components, by MOF component, in order of first listing.
pub(super) type Listing = IndexMap<MofComponent, Listed>;

/// The classification of a graded release.
pub(super) fn graded(
    name: &str,
    result: &MofResult,
    listing: &Listing,
    mut findings: Vec<Finding>,
) -> Classification {
    let level = match result.class {
        1 => "class-1",
        2 => "class-2",
        3 => "class-3",
        _ => "unclassified",
    };
    let mut classification = Classification::new(name, FRAMEWORK, level);
    let entries: IndexMap<MofComponent, Vec<String>> = listing
        .iter()
        .map(|(c, l)| (*c, l.refs.iter().map(|r| r.pointer.clone()).collect()))
        .collect();
    classification.details = Some(Details::Mof(Box::new(MofDetails::Graded(MofGraded::new(
        result, &entries,
    )))));

    let target = next_class(result.class);
    let mut steps = Vec::new();
    for class in MofClass::DESCENDING {
        for component in MofComponent::ALL {
            let spec = component.spec();
            if !spec.required || spec.class != class {
                continue;
            }
            let judged = judge(component, result, listing);
            if let (Some(target), Some(gap)) = (target, &judged.gap)
                && target.includes(class)
            {
                steps.push(next_step(judged.subject, gap, target));
            }
            let mut criterion = CriterionResult::new(
                format!("{}/{}", level_of(class), slug(component)),
                clause(component, class),
                judged.status,
                judged.reason,
            )
            .with_components(judged.refs);
            if let Some(settle) = judged.settle {
                criterion = criterion.with_settle(settle);
            }
            classification.criteria.push(criterion);
        }
    }
    sort_next_steps(&mut steps);
    classification.next_steps = steps;

    findings.extend(result.quirks.iter().map(|q| quirk_finding(q, listing)));
    classification.findings = findings;
    classification
}

/// The classification of a Model Openness Tool file that MOT rejects: level `unclassified`,
/// `class: null`, and the error.
pub(super) fn rejected(name: &str, error: MotReadError) -> Classification {
    let mut classification = Classification::new(name, FRAMEWORK, "unclassified");
    classification.details = Some(Details::Mof(Box::new(MofDetails::Rejected(error))));
    classification
}

/// The class above `class` (III when no class is met), or `None` at Class I.
fn next_class(class: u8) -> Option<MofClass> {
    match class {
        0 => Some(MofClass::III),
        3 => Some(MofClass::II),
        2 => Some(MofClass::I),
        _ => None,
    }
}

/// `class-1`, `class-2` or `class-3`.
fn level_of(class: MofClass) -> &'static str {
    match class {
        MofClass::I => "class-1",
        MofClass::II => "class-2",
        MofClass::III => "class-3",
    }
}

/// "Class III (Open Model)", as MOF 1.0 names the classes.
fn class_title(class: MofClass) -> &'static str {
    match class {
        MofClass::I => "Class I (Open Science)",
        MofClass::II => "Class II (Open Tooling)",
        MofClass::III => "Class III (Open Model)",
    }
}

/// "MOF Class II", for next steps.
fn class_short(class: MofClass) -> &'static str {
    match class {
        MofClass::I => "MOF Class I",
        MofClass::II => "MOF Class II",
        MofClass::III => "MOF Class III",
    }
}

/// The criterion id segment of a component: `model-parameters-final`.
fn slug(component: MofComponent) -> String {
    let mut out = String::with_capacity(component.name().len());
    for ch in component.name().chars() {
        match ch {
            'A'..='Z' => out.push(ch.to_ascii_lowercase()),
            ' ' => out.push('-'),
            '(' | ')' => {}
            other => out.push(other),
        }
    }
    out
}

/// The licence MOF 1.0 asks for a content type ("A type-appropriate open license is an open
/// license that is appropriate for the type of component").
fn licence_type(content_type: ContentType) -> &'static str {
    match content_type {
        ContentType::Code => "open source licence",
        ContentType::Data => "open data licence",
        ContentType::Document => "open content licence",
    }
}

/// The licence a next step asks for, with an example MOT counts as open and type-appropriate.
fn licence_ask(content_type: ContentType) -> &'static str {
    match content_type {
        ContentType::Code => "an OSI-approved licence",
        ContentType::Data => "an open data licence such as CDLA-Permissive-2.0",
        ContentType::Document => "an open content licence such as CC-BY-4.0",
    }
}

/// The clause a criterion comes from.
fn clause(component: MofComponent, class: MofClass) -> String {
    let title = class_title(class);
    let name = component.name();
    match component {
        MofComponent::Datasets => format!(
            "MOF 1.0, {title}: Datasets (Table 2 accepts any licence, including none; the Model \
             Openness Tool requires an open licence)"
        ),
        MofComponent::TechnicalReport => format!(
            "MOF 1.0, {title}: Technical report, open content licence (a research paper may \
             stand in for it)"
        ),
        _ => format!(
            "MOF 1.0, {title}: {name}, {}",
            licence_type(component.spec().content_type)
        ),
    }
}

/// The component a MOF component is read as, to name it in next steps.
fn phrase(component: MofComponent) -> &'static str {
    match component {
        MofComponent::Datasets => "the training datasets",
        MofComponent::DataPreprocessingCode => "the data preprocessing code",
        MofComponent::ModelArchitecture => "the model architecture",
        MofComponent::ModelParametersFinal => "the final model parameters",
        MofComponent::ModelMetadata => "the model metadata",
        MofComponent::ModelParametersIntermediate => "the intermediate model parameters",
        MofComponent::TrainingCode => "the training code",
        MofComponent::InferenceCode => "the inference code",
        MofComponent::EvaluationCode => "the evaluation code",
        MofComponent::EvaluationData => "the evaluation data",
        MofComponent::EvaluationResults => "the evaluation results",
        MofComponent::SupportingLibrariesAndTools => "the supporting libraries and tools",
        MofComponent::ModelCard => "the model card",
        MofComponent::DataCard => "the data card",
        MofComponent::TechnicalReport => "the technical report",
        MofComponent::ResearchPaper => "the research paper",
        MofComponent::SampleModelOutputs => "the sample model outputs",
    }
}

/// Why a required component does not count.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Gap {
    /// Not listed.
    Missing,
    /// Listed under a licence MOT does not count as open.
    NotOpen(String),
    /// Listed with no licence.
    Unlicensed,
    /// Listed, licence not stated.
    Unknown,
}

/// The outcome of one criterion.
struct Judged {
    /// The component whose fate decides the criterion (the research paper when it stands in for
    /// the technical report).
    subject: MofComponent,
    status: Status,
    gap: Option<Gap>,
    reason: String,
    settle: Option<String>,
    refs: Vec<ComponentRef>,
}

/// Judges the criterion of a required `component`.
fn judge(component: MofComponent, result: &MofResult, listing: &Listing) -> Judged {
    let report_replaced = component == MofComponent::TechnicalReport
        && result.status(component) != ComponentStatus::Included
        && result.licenses.contains_key(&MofComponent::ResearchPaper);
    if !report_replaced {
        return judge_listed(component, result, listing);
    }
    let mut paper = judge_listed(MofComponent::ResearchPaper, result, listing);
    let report = match result.status(component) {
        ComponentStatus::Omitted | ComponentStatus::Missing => "not listed".to_owned(),
        status => format!("not included (`{status}`)"),
    };
    paper.reason = format!(
        "the technical report is {report} and a research paper is listed, which MOT counts in \
         its place: {}",
        paper.reason
    );
    if let Some(report) = listing.get(&component) {
        paper.refs.extend(report.refs.iter().cloned());
    }
    paper
}

/// Judges whether MOT counts a listed `component` as included.
fn judge_listed(component: MofComponent, result: &MofResult, listing: &Listing) -> Judged {
    let name = component.name();
    let listed = listing.get(&component);
    let refs = listed.map(|l| l.deciding.clone()).unwrap_or_default();
    let licence = result.licenses.get(&component).map_or("", String::as_str);
    let how = match result.licence_sources.get(&component) {
        Some(LicenceSource::Global(ct)) => format!("inherits the global {ct} licence `{licence}`"),
        Some(LicenceSource::Distribution) => {
            format!("inherits the distribution licence `{licence}`")
        }
        _ => format!("is listed under `{licence}`"),
    };
    let (status, gap, reason, settle) = match result.status(component) {
        ComponentStatus::Included | ComponentStatus::Optional => {
            let mut reason = format!("`{name}` {how}, an open licence in MOT's list");
            if result.not_type_appropriate.contains(&component) {
                let ct = match component.spec().content_type {
                    ContentType::Code => "code",
                    ContentType::Data => "data",
                    ContentType::Document => "documentation",
                };
                reason.push_str(&format!(
                    "; the licence is not type-appropriate for {ct} (MOF 1.1 made that a \
                     SHOULD: MOT warns and counts the component)"
                ));
            }
            (Status::Met, None, reason, None)
        }
        ComponentStatus::Invalid => (
            Status::NotMet,
            Some(Gap::NotOpen(licence.to_owned())),
            format!("`{name}` {how}, which is not an open licence in MOT's list"),
            None,
        ),
        ComponentStatus::Unlicensed if listed.is_some_and(|l| l.licence_unknown) => {
            let at = refs
                .iter()
                .map(|r| format!("`{}`", r.pointer))
                .collect::<Vec<_>>()
                .join(", ");
            (
                Status::Unknown,
                Some(Gap::Unknown),
                format!(
                    "`{name}` is listed but its licence is not stated (`NOASSERTION` or \
                     absent); MOT counts it as unlicensed"
                ),
                Some(format!("the licence of the component at {at}")),
            )
        }
        ComponentStatus::Unlicensed => (
            Status::NotMet,
            Some(Gap::Unlicensed),
            format!("`{name}` is listed without a licence"),
            None,
        ),
        ComponentStatus::Missing | ComponentStatus::Omitted | ComponentStatus::Absent => (
            Status::NotMet,
            Some(Gap::Missing),
            format!("`{name}` is not listed"),
            None,
        ),
    };
    Judged {
        subject: component,
        status,
        gap,
        reason,
        settle,
        refs,
    }
}

/// The next step that closes `gap` on `component`, toward `target`.
fn next_step(component: MofComponent, gap: &Gap, target: MofClass) -> NextStep {
    let what = phrase(component);
    let ask = licence_ask(component.spec().content_type);
    let goal = class_short(target);
    let kind = kind_of(component);
    let (action, message) = match gap {
        Gap::Missing => (
            Action::publish(kind),
            format!("publish {what} under {ask} to reach {goal}"),
        ),
        Gap::NotOpen(licence) => (
            Action::Relicense,
            format!(
                "relicense {what} under {ask} to reach {goal} (`{licence}` is not an open licence \
                 in MOT's list)"
            ),
        ),
        Gap::Unlicensed => (
            Action::Relicense,
            format!("put {what} under {ask} to reach {goal} (it has no licence)"),
        ),
        Gap::Unknown => (
            Action::Disclose,
            format!("state the licence of {what}: {goal} needs {ask}"),
        ),
    };
    NextStep::new(action, Some(kind), level_of(target), message)
}

/// The component kind a MOF component is read as: the one kind whose
/// [`ComponentKind::mof_component`] it is, or for the two MOF components several kinds map to,
/// the main one (`Datasets`: pretraining data; `Supporting libraries and tools`: supporting
/// libraries).
#[must_use]
pub fn kind_of(component: MofComponent) -> ComponentKind {
    use ComponentKind as K;
    match component {
        MofComponent::Datasets => K::PretrainingData,
        MofComponent::DataPreprocessingCode => K::DataPreprocessingCode,
        MofComponent::ModelArchitecture => K::ModelArchitecture,
        MofComponent::ModelParametersFinal => K::ModelWeights,
        MofComponent::ModelMetadata => K::TrainingConfiguration,
        MofComponent::ModelParametersIntermediate => K::IntermediateCheckpoints,
        MofComponent::TrainingCode => K::TrainingCode,
        MofComponent::InferenceCode => K::InferenceCode,
        MofComponent::EvaluationCode => K::EvaluationCode,
        MofComponent::EvaluationData => K::EvaluationData,
        MofComponent::EvaluationResults => K::EvaluationResults,
        MofComponent::SupportingLibrariesAndTools => K::SupportingLibraries,
        MofComponent::ModelCard => K::ModelCard,
        MofComponent::DataCard => K::DataCard,
        MofComponent::TechnicalReport => K::TechnicalReport,
        MofComponent::ResearchPaper => K::ResearchPaper,
        MofComponent::SampleModelOutputs => K::SampleOutputs,
    }
}

/// How serious a quirk is: a warning where MOT's verdict departs from what the MOF text asks
/// (the class may be lower or higher than the framework intends), info where MOT only applies
/// a documented allowance or a lenient spelling that gives the same verdict.
fn quirk_severity(code: QuirkCode) -> Severity {
    match code {
        QuirkCode::ResearchPaperReplacesTechnicalReport
        | QuirkCode::OdcPddlId
        | QuirkCode::DeprecatedLicenceId => Severity::Info,
        _ => Severity::Warning,
    }
}

/// The source a quirk rests on.
fn quirk_clause(code: QuirkCode) -> &'static str {
    match code {
        QuirkCode::ResearchPaperReplacesTechnicalReport => {
            "Model Openness Tool 8b5d30e, ModelEvaluator: the research paper replaces a technical \
             report that is not included"
        }
        QuirkCode::UnknownComponentCountedAsDatasets | QuirkCode::DuplicateComponentLastWins => {
            "Model Openness Tool 8b5d30e, ModelEvaluator: component names matched exactly, the \
             last entry kept"
        }
        QuirkCode::LicenceExactMatch
        | QuirkCode::LicenceExpressionNotEvaluated
        | QuirkCode::OdcPddlId
        | QuirkCode::PddlNotOpen
        | QuirkCode::DeprecatedLicenceId => {
            "Model Openness Tool 8b5d30e, LicenseHandler: licence ids compared exactly against \
             licenses.json, mof-licenses.json and OPEN_DATA_LICENSES"
        }
        QuirkCode::FalsyLicenceMeansUnlicensed | QuirkCode::GlobalLicenceEntryIgnored => {
            "Model Openness Tool 8b5d30e, ModelEvaluator: licence resolution"
        }
        QuirkCode::UnlicensedDatasetsNotIncluded | QuirkCode::NonOpenDatasetsNotIncluded => {
            "MOF 1.0, Table 2 (Acceptable licenses): Datasets, any licence including unlicensed"
        }
    }
}

/// A MOT quirk as a finding, pointing at the entry the engine graded.
fn quirk_finding(quirk: &Quirk, listing: &Listing) -> Finding {
    // The research paper quirk concerns a technical report that may not be listed: point at
    // the paper that stands in for it.
    let component = match quirk.code {
        QuirkCode::ResearchPaperReplacesTechnicalReport
            if !quirk.component.is_some_and(|c| listing.contains_key(&c)) =>
        {
            Some(MofComponent::ResearchPaper)
        }
        _ => quirk.component,
    };
    let pointer = component
        .and_then(|c| listing.get(&c))
        .map_or_else(String::new, |l| l.graded.clone());
    Finding::new(
        quirk.code.as_str(),
        quirk_severity(quirk.code),
        pointer,
        quirk.message.clone(),
    )
    .with_clause(quirk_clause(quirk.code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_kebab_case() {
        assert_eq!(
            slug(MofComponent::ModelParametersFinal),
            "model-parameters-final"
        );
        assert_eq!(
            slug(MofComponent::SupportingLibrariesAndTools),
            "supporting-libraries-and-tools"
        );
        assert_eq!(slug(MofComponent::Datasets), "datasets");
    }

    #[test]
    fn kind_of_inverts_mof_component() {
        for component in MofComponent::ALL {
            assert_eq!(
                kind_of(component).mof_component(),
                Some(component.name()),
                "{component}"
            );
        }
    }
}
