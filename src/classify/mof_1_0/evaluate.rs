//! The MOF 1.0 evaluator, exactly as the Model Openness Tool (`lfai/model_openness_tool`
//! at 8b5d30e) grades a release. Rule numbers refer to the sections of
//! `docs/mot-rules.md` (`#rule-N`).

use indexmap::IndexMap;

use super::components::{MofClass, MofComponent};
use super::input::{GlobalLicence, LicenceValue, MofComponentInput, MofInput};
use super::licences;
use super::quirks::{Quirk, QuirkCode};
use super::result::{ComponentStatus, LicenceSource, MofRejection, MofResult, Progress};

/// The licence MOT settles on for one listed component.
#[derive(Debug, Clone)]
struct Resolved {
    /// The licence text, or `None` for "no licence".
    licence: Option<String>,
    source: LicenceSource,
    /// Whether "no licence" came from `'0'` or a falsy non-string value.
    falsy: bool,
}

impl Resolved {
    fn unlicensed(source: LicenceSource, falsy: bool) -> Self {
        Self {
            licence: None,
            source,
            falsy,
        }
    }
}

/// Grade `input` the way MOT does.
///
/// # Errors
///
/// Returns a [`MofRejection`] when MOT would reject the release instead of grading it: a licence
/// value that is not a string and is truthy (`docs/mot-rules.md#rule-10`), on a listed component or
/// on a global licence a component falls back to.
pub fn evaluate(input: &MofInput) -> Result<MofResult, MofRejection> {
    let mut quirks = Vec::new();
    let mut listed: IndexMap<MofComponent, Resolved> = IndexMap::new();
    let mut unknown_components: Vec<String> = Vec::new();
    let mut duplicate_components: Vec<MofComponent> = Vec::new();

    for entry in &input.components {
        // Rule 8: exact, case-sensitive names; an unknown name is counted as the first
        // component of the settings, Datasets.
        let component = match MofComponent::from_name(&entry.name) {
            Some(c) => c,
            None => {
                let fallback = MofComponent::ALL[0];
                if !unknown_components.contains(&entry.name) {
                    unknown_components.push(entry.name.clone());
                    quirks.push(Quirk::new(
                        QuirkCode::UnknownComponentCountedAsDatasets,
                        Some(fallback),
                        format!(
                            "component name `{}` matches no MOF component; MOT counts it as `{}`",
                            entry.name,
                            fallback.name()
                        ),
                    ));
                }
                fallback
            }
        };
        let resolved = resolve_licence(entry, component, input)?;
        // Rules 8 and 13: the last entry wins; the duplicate is keyed on the resolved
        // component and reported once, at its first repeat.
        if listed.contains_key(&component) && !duplicate_components.contains(&component) {
            duplicate_components.push(component);
            quirks.push(Quirk::new(
                QuirkCode::DuplicateComponentLastWins,
                Some(component),
                format!(
                    "`{}` is listed more than once; MOT keeps the last entry",
                    component.name()
                ),
            ));
        }
        // `IndexMap::insert` keeps the first position and takes the new value, as a PHP array
        // assignment does.
        listed.insert(component, resolved);
    }

    global_entry_quirks(input, &mut quirks);

    // Rules 7 and 11: the status of every component.
    let mut status: IndexMap<MofComponent, ComponentStatus> = IndexMap::new();
    for component in MofComponent::ALL {
        status.insert(component, component_status(component, &listed));
    }

    // Rule 5: the research paper stands in for a technical report that is not included.
    let paper_replaces_report = status.get(&MofComponent::TechnicalReport)
        != Some(&ComponentStatus::Included)
        && listed.contains_key(&MofComponent::ResearchPaper);
    if paper_replaces_report {
        quirks.push(Quirk::new(
            QuirkCode::ResearchPaperReplacesTechnicalReport,
            Some(MofComponent::TechnicalReport),
            format!(
                "the technical report is not included (`{}`) and a research paper is listed \
                 (`{}`); MOT counts the research paper in its place",
                status_of(&status, MofComponent::TechnicalReport),
                status_of(&status, MofComponent::ResearchPaper),
            ),
        ));
    }

    let progress = progress(&status, paper_replaces_report);
    // Rule 2: the class is the lowest class whose progress is 100.
    let class = [MofClass::I, MofClass::II, MofClass::III]
        .into_iter()
        .find(|c| progress.get(*c) >= 100.0)
        .map_or(0, MofClass::number);

    let not_type_appropriate = not_type_appropriate(&status, &listed);
    licence_quirks(&listed, &status, &mut quirks);

    let per_component = MofComponent::display_order()
        .into_iter()
        .map(|c| (c, status_of(&status, c)))
        .collect();
    let licenses = listed
        .iter()
        .map(|(c, r)| {
            let text = r.licence.clone().unwrap_or_else(|| "unlicensed".to_owned());
            (*c, text)
        })
        .collect();
    let licence_sources = listed.iter().map(|(c, r)| (*c, r.source)).collect();

    Ok(MofResult {
        class,
        progress,
        per_component,
        licenses,
        licence_sources,
        not_type_appropriate,
        unknown_components,
        duplicate_components,
        quirks,
    })
}

fn status_of(
    status: &IndexMap<MofComponent, ComponentStatus>,
    component: MofComponent,
) -> ComponentStatus {
    status
        .get(&component)
        .copied()
        .unwrap_or(ComponentStatus::Missing)
}

/// Rule 6: the component's own licence wins when present and not null; otherwise the global
/// licence for its content type, then the distribution licence.
fn resolve_licence(
    entry: &MofComponentInput,
    component: MofComponent,
    input: &MofInput,
) -> Result<Resolved, MofRejection> {
    match &entry.license {
        // Rules 6 and 7: `unlicensed`, `''` and `'0'` mean "no licence", with no fallback.
        LicenceValue::Text(text) => Ok(match text.as_str() {
            "unlicensed" | "" => Resolved::unlicensed(LicenceSource::Component, false),
            "0" => Resolved::unlicensed(LicenceSource::Component, true),
            _ => Resolved {
                licence: Some(text.clone()),
                source: LicenceSource::Component,
                falsy: false,
            },
        }),
        // Rule 10: a falsy non-string is "no licence".
        LicenceValue::Falsy(_) => Ok(Resolved::unlicensed(LicenceSource::Component, true)),
        // Rule 10: a truthy non-string makes MOT reject the model.
        LicenceValue::Truthy(value) => Err(MofRejection {
            component: entry.name.clone(),
            licence_source: LicenceSource::Component,
            value: value.clone(),
            location: entry.location,
        }),
        LicenceValue::Absent | LicenceValue::Null => {
            let content_type = component.spec().content_type;
            let candidates = [
                (
                    LicenceSource::Global(content_type),
                    input.global.for_content_type(content_type),
                ),
                (LicenceSource::Distribution, &input.global.distribution),
            ];
            for (source, global) in candidates {
                let GlobalLicence::Named { name, location } = global else {
                    // Rule 6: absent entries and entries that are not mappings are skipped.
                    continue;
                };
                match name {
                    // Rule 6: empty, `'0'` or null names are skipped.
                    LicenceValue::Absent | LicenceValue::Null | LicenceValue::Falsy(_) => {}
                    LicenceValue::Text(text) if text.is_empty() || text == "0" => {}
                    LicenceValue::Text(text) if text == "unlicensed" => {
                        return Ok(Resolved::unlicensed(source, false));
                    }
                    LicenceValue::Text(text) => {
                        return Ok(Resolved {
                            licence: Some(text.clone()),
                            source,
                            falsy: false,
                        });
                    }
                    LicenceValue::Truthy(value) => {
                        return Err(MofRejection {
                            component: entry.name.clone(),
                            licence_source: source,
                            value: value.clone(),
                            location: *location,
                        });
                    }
                }
            }
            // Rule 6: nothing found, unlicensed.
            Ok(Resolved::unlicensed(LicenceSource::None, false))
        }
    }
}

/// Rule 11.
fn component_status(
    component: MofComponent,
    listed: &IndexMap<MofComponent, Resolved>,
) -> ComponentStatus {
    let required = component.spec().required;
    match listed.get(&component) {
        Some(Resolved { licence: None, .. }) => ComponentStatus::Unlicensed,
        Some(Resolved {
            licence: Some(licence),
            ..
        }) => {
            if !licences::is_open(licence) {
                // Rule 7: every other non-open string is invalid.
                ComponentStatus::Invalid
            } else if required {
                ComponentStatus::Included
            } else {
                ComponentStatus::Optional
            }
        }
        None if component == MofComponent::TechnicalReport
            && listed.contains_key(&MofComponent::ResearchPaper) =>
        {
            ComponentStatus::Omitted
        }
        None if required => ComponentStatus::Missing,
        None => ComponentStatus::Absent,
    }
}

/// The required components counted for `class` (rule 1), with the research paper standing in for
/// the technical report when `paper_replaces_report` (rule 5): in its place for classes II and
/// III, and the report dropped for class I (13 components).
fn required_for(class: MofClass, paper_replaces_report: bool) -> Vec<MofComponent> {
    let mut required: Vec<MofComponent> = MofComponent::ALL
        .into_iter()
        .filter(|c| c.spec().required && class.includes(c.spec().class))
        .collect();
    if paper_replaces_report {
        required.retain(|c| *c != MofComponent::TechnicalReport);
        if !required.contains(&MofComponent::ResearchPaper) {
            required.push(MofComponent::ResearchPaper);
        }
    }
    required
}

/// Rule 2: the progress of a class is 0 unless every higher class is complete; otherwise it is
/// included / required * 100, capped at 100.
fn progress(
    status: &IndexMap<MofComponent, ComponentStatus>,
    paper_replaces_report: bool,
) -> Progress {
    let mut progress = Progress::default();
    let mut higher_complete = true;
    for class in MofClass::DESCENDING {
        let required = required_for(class, paper_replaces_report);
        let included = required
            .iter()
            .filter(|c| status.get(*c) == Some(&ComponentStatus::Included))
            .count();
        let value = if higher_complete && !required.is_empty() {
            #[allow(clippy::cast_precision_loss)] // at most 17 components
            let ratio = included as f64 / required.len() as f64;
            (ratio * 100.0).min(100.0)
        } else {
            0.0
        };
        progress.set(class, value);
        higher_complete = higher_complete && value >= 100.0;
    }
    progress
}

/// Rule 12: listed components with an open licence that does not suit their content type, in
/// the order class III, II, I; within a class, required components first, then optional ones,
/// each in settings order.
fn not_type_appropriate(
    status: &IndexMap<MofComponent, ComponentStatus>,
    listed: &IndexMap<MofComponent, Resolved>,
) -> Vec<MofComponent> {
    let mut out = Vec::new();
    for class in MofClass::DESCENDING {
        for required in [true, false] {
            for component in MofComponent::ALL {
                let spec = component.spec();
                if spec.class != class || spec.required != required {
                    continue;
                }
                let open = matches!(
                    status.get(&component),
                    Some(ComponentStatus::Included | ComponentStatus::Optional)
                );
                let licence = listed.get(&component).and_then(|r| r.licence.as_deref());
                if let (true, Some(licence)) = (open, licence)
                    && !licences::is_type_appropriate(licence, spec.content_type)
                {
                    out.push(component);
                }
            }
        }
    }
    out
}

/// Quirks about the licences of the listed components (rules 4, 6, 10 and MOF Table 2).
fn licence_quirks(
    listed: &IndexMap<MofComponent, Resolved>,
    status: &IndexMap<MofComponent, ComponentStatus>,
    quirks: &mut Vec<Quirk>,
) {
    for (component, resolved) in listed {
        let component = *component;
        let Some(licence) = resolved.licence.as_deref() else {
            if resolved.falsy {
                quirks.push(Quirk::new(
                    QuirkCode::FalsyLicenceMeansUnlicensed,
                    Some(component),
                    format!(
                        "the licence of `{}` is `0` or another falsy value, which MOT reads as \
                         unlicensed",
                        component.name()
                    ),
                ));
            }
            if component == MofComponent::Datasets {
                quirks.push(Quirk::new(
                    QuirkCode::UnlicensedDatasetsNotIncluded,
                    Some(component),
                    "the datasets are unlicensed: MOF 1.0 Table 2 accepts any licence for \
                     datasets, including none, but MOT does not count them as included",
                ));
            }
            continue;
        };
        let name = component.name();
        if licences::is_open(licence) {
            if licence == "ODC-PDDL-1.0" {
                quirks.push(Quirk::new(
                    QuirkCode::OdcPddlId,
                    Some(component),
                    format!(
                        "`{name}` uses `ODC-PDDL-1.0`, which is not an SPDX id (SPDX: `PDDL-1.0`); \
                         MOT counts it as open through its own list"
                    ),
                ));
            } else if licences::fact(licence).is_some_and(|f| f.deprecated) {
                quirks.push(Quirk::new(
                    QuirkCode::DeprecatedLicenceId,
                    Some(component),
                    format!(
                        "`{name}` uses `{licence}`, a deprecated SPDX id, which MOT still counts \
                         as open"
                    ),
                ));
            }
            continue;
        }
        if licence == "PDDL-1.0" {
            quirks.push(Quirk::new(
                QuirkCode::PddlNotOpen,
                Some(component),
                format!(
                    "`{name}` uses `PDDL-1.0`, which MOT does not count as open although it \
                     counts `ODC-PDDL-1.0`, the same licence"
                ),
            ));
        } else if let Some(id) = licences::near_open_match(licence) {
            quirks.push(Quirk::new(
                QuirkCode::LicenceExactMatch,
                Some(component),
                format!(
                    "`{name}` uses `{licence}`, which MOT compares exactly and does not count as \
                     open; the open id `{id}` was probably meant"
                ),
            ));
        } else if is_expression(licence) {
            quirks.push(Quirk::new(
                QuirkCode::LicenceExpressionNotEvaluated,
                Some(component),
                format!(
                    "`{name}` uses the licence expression `{licence}`, which MOT compares as a \
                     single id and does not count as open"
                ),
            ));
        }
        if component == MofComponent::Datasets
            && status.get(&component) == Some(&ComponentStatus::Invalid)
        {
            quirks.push(Quirk::new(
                QuirkCode::NonOpenDatasetsNotIncluded,
                Some(component),
                format!(
                    "the datasets use `{licence}`: MOF 1.0 Table 2 accepts any licence for \
                     datasets, but MOT does not count them as included"
                ),
            ));
        }
    }
}

/// Rule 6: global entries that are not mappings are skipped silently by MOT.
fn global_entry_quirks(input: &MofInput, quirks: &mut Vec<Quirk>) {
    let entries = [
        ("distribution", &input.global.distribution),
        ("code", &input.global.code),
        ("data", &input.global.data),
        ("document", &input.global.document),
    ];
    for (key, entry) in entries {
        if matches!(entry, GlobalLicence::NotAMapping { .. }) {
            quirks.push(Quirk::new(
                QuirkCode::GlobalLicenceEntryIgnored,
                None,
                format!(
                    "the global licence `{key}` is not a mapping with a `name`; MOT ignores it"
                ),
            ));
        }
    }
}

/// Whether `licence` looks like an SPDX expression (`A OR B`, `A AND B`, `A WITH E`, brackets).
fn is_expression(licence: &str) -> bool {
    licence.contains(['(', ')'])
        || licence
            .split_whitespace()
            .any(|w| ["and", "or", "with"].contains(&w.to_ascii_lowercase().as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::mof_1_0::components::ContentType;
    use crate::classify::mof_1_0::input::{GlobalLicences, SourceLocation};
    use ComponentStatus as S;
    use MofComponent as C;

    fn text(s: &str) -> LicenceValue {
        LicenceValue::text(s)
    }

    fn release(components: &[(&str, LicenceValue)]) -> MofInput {
        MofInput {
            name: "test".to_owned(),
            components: components
                .iter()
                .map(|(name, licence)| MofComponentInput::new(*name, licence.clone()))
                .collect(),
            global: GlobalLicences::default(),
        }
    }

    fn grade(input: &MofInput) -> MofResult {
        match evaluate(input) {
            Ok(result) => result,
            Err(rejection) => panic!("unexpected rejection: {rejection}"),
        }
    }

    fn codes(result: &MofResult) -> Vec<&'static str> {
        result.quirks.iter().map(|q| q.code.as_str()).collect()
    }

    const CLASS_3: [(&str, &str); 6] = [
        ("Model architecture", "Apache-2.0"),
        ("Model parameters (Final)", "CDLA-Permissive-2.0"),
        ("Evaluation results", "CC-BY-4.0"),
        ("Model card", "CC-BY-4.0"),
        ("Data card", "CC-BY-4.0"),
        ("Technical report", "CC-BY-4.0"),
    ];
    const CLASS_2_EXTRA: [(&str, &str); 4] = [
        ("Training code", "MIT"),
        ("Inference code", "MIT"),
        ("Evaluation code", "MIT"),
        ("Evaluation data", "CDLA-Permissive-2.0"),
    ];
    const CLASS_1_EXTRA: [(&str, &str); 4] = [
        ("Datasets", "CDLA-Permissive-2.0"),
        ("Data preprocessing code", "MIT"),
        ("Model parameters (Intermediate)", "CDLA-Permissive-2.0"),
        ("Research paper", "CC-BY-4.0"),
    ];

    fn listed(sets: &[&[(&str, &str)]]) -> Vec<(&'static str, LicenceValue)> {
        let mut out = Vec::new();
        for set in sets {
            for (name, licence) in *set {
                let name: &'static str = MofComponent::from_name(name).map_or("?", C::name);
                out.push((name, text(licence)));
            }
        }
        out
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn rules_1_and_2_class_iii_only() {
        let result = grade(&release(&listed(&[&CLASS_3])));
        assert_eq!(result.class, 3);
        assert!(close(result.progress.class_3, 100.0));
        assert!(close(result.progress.class_2, 60.0)); // 6 of 10
        assert!(close(result.progress.class_1, 0.0)); // Class II is not complete
    }

    #[test]
    fn rules_1_and_2_cumulative_classes() {
        let result = grade(&release(&listed(&[&CLASS_3, &CLASS_2_EXTRA])));
        assert_eq!(result.class, 2);
        assert!(close(result.progress.class_1, 10.0 / 14.0 * 100.0));
        let result = grade(&release(&listed(&[
            &CLASS_3,
            &CLASS_2_EXTRA,
            &CLASS_1_EXTRA,
        ])));
        assert_eq!(result.class, 1);
        assert_eq!(
            result.progress,
            Progress {
                class_1: 100.0,
                class_2: 100.0,
                class_3: 100.0
            }
        );
        // Optional components never count toward progress.
        let mut components = listed(&[&CLASS_3]);
        components.truncate(5);
        components.push(("Sample model outputs", text("CC-BY-4.0")));
        let result = grade(&release(&components));
        assert_eq!(result.class, 0);
        assert!(close(result.progress.class_3, 5.0 / 6.0 * 100.0));
        assert!(close(result.progress.class_2, 0.0));
        assert_eq!(result.status(C::SampleModelOutputs), S::Optional);
    }

    #[test]
    fn rule_3_type_appropriateness_only_warns() {
        let mut components = listed(&[&CLASS_3]);
        components[1].1 = text("Apache-2.0"); // code + document, not data
        let result = grade(&release(&components));
        assert_eq!(result.class, 3);
        assert_eq!(result.status(C::ModelParametersFinal), S::Included);
        assert_eq!(result.not_type_appropriate, vec![C::ModelParametersFinal]);
    }

    #[test]
    fn rule_4_exact_matching() {
        let result = grade(&release(&[
            ("Model architecture", text("Apache 2.0")),
            ("Training code", text("apache-2.0")),
            ("Inference code", text("Apache-2.0 OR MIT")),
            ("Evaluation code", text("GPL-2.0")),
            ("Datasets", text("PDDL-1.0")),
            ("Evaluation data", text("ODC-PDDL-1.0")),
            (
                "Data preprocessing code",
                text("CNRI-Python-GPL-Compatible"),
            ),
        ]));
        assert_eq!(result.status(C::ModelArchitecture), S::Invalid);
        assert_eq!(result.status(C::TrainingCode), S::Invalid);
        assert_eq!(result.status(C::InferenceCode), S::Invalid);
        assert_eq!(result.status(C::EvaluationCode), S::Included);
        assert_eq!(result.status(C::Datasets), S::Invalid);
        assert_eq!(result.status(C::EvaluationData), S::Included);
        assert_eq!(result.status(C::DataPreprocessingCode), S::Invalid);
        assert_eq!(
            codes(&result),
            [
                "mot-licence-exact-match",
                "mot-licence-exact-match",
                "mot-licence-expression-not-evaluated",
                "mot-deprecated-licence-id",
                "mot-pddl-not-open",
                "mot-non-open-datasets-not-included",
                "mot-odc-pddl-id",
            ]
        );
    }

    #[test]
    fn rule_5_research_paper_replaces_missing_report() {
        // Report not listed, paper listed: the report is omitted, the paper counts for III and
        // II, and Class I needs 13 components.
        let mut components = listed(&[&CLASS_3, &CLASS_2_EXTRA]);
        components.retain(|(name, _)| *name != "Technical report");
        components.push(("Research paper", text("CC-BY-4.0")));
        let result = grade(&release(&components));
        assert_eq!(result.status(C::TechnicalReport), S::Omitted);
        assert_eq!(result.class, 2);
        assert!(close(result.progress.class_1, 10.0 / 13.0 * 100.0));
        assert_eq!(result.progress.class_1, 76.923_076_923_076_93);
        assert!(codes(&result).contains(&"mot-research-paper-replaces-technical-report"));
        assert!(!result.licenses.contains_key(&C::TechnicalReport));

        // The paper counts "with any status": an unlicensed paper leaves Class III incomplete.
        let mut components = listed(&[&CLASS_3]);
        components.retain(|(name, _)| *name != "Technical report");
        components.push(("Research paper", text("unlicensed")));
        let result = grade(&release(&components));
        assert_eq!(result.status(C::TechnicalReport), S::Omitted);
        assert_eq!(result.status(C::ResearchPaper), S::Unlicensed);
        assert_eq!(result.class, 0);
        assert!(close(result.progress.class_3, 5.0 / 6.0 * 100.0));

        // A listed report that is not included keeps its status; the paper still replaces it.
        let mut components = listed(&[&CLASS_3]);
        components[5].1 = text("Proprietary");
        components.push(("Research paper", text("CC-BY-4.0")));
        let result = grade(&release(&components));
        assert_eq!(result.status(C::TechnicalReport), S::Invalid);
        assert_eq!(result.class, 3);

        // An included report is not replaced: Class I then needs both (14).
        let mut components = listed(&[&CLASS_3, &CLASS_2_EXTRA]);
        components.push(("Research paper", text("CC-BY-4.0")));
        let result = grade(&release(&components));
        assert_eq!(result.status(C::TechnicalReport), S::Included);
        assert!(close(result.progress.class_1, 11.0 / 14.0 * 100.0));
        assert!(!codes(&result).contains(&"mot-research-paper-replaces-technical-report"));

        // Without a paper, a missing report is just missing.
        let result = grade(&release(&[("Model card", text("CC-BY-4.0"))]));
        assert_eq!(result.status(C::TechnicalReport), S::Missing);
    }

    #[test]
    fn rule_6_licence_resolution_order() {
        let mut input = release(&[
            ("Model architecture", LicenceValue::Absent), // global code
            ("Model parameters (Final)", LicenceValue::Null), // data is empty → distribution
            ("Model card", LicenceValue::Absent),         // document not a mapping → distribution
            ("Training code", text("MIT")),               // own licence wins
            ("Inference code", text("unlicensed")),       // no fallback
            ("Evaluation code", text("")),                // no fallback
            ("Data preprocessing code", text("0")),       // no fallback
        ]);
        input.global = GlobalLicences {
            distribution: GlobalLicence::named("CC-BY-4.0"),
            code: GlobalLicence::named("Apache-2.0"),
            data: GlobalLicence::named(""),
            document: GlobalLicence::NotAMapping { location: None },
        };
        let result = grade(&input);
        let source = |c: MofComponent| result.licence_sources.get(&c).copied();
        let licence = |c: MofComponent| result.licenses.get(&c).map(String::as_str);
        assert_eq!(licence(C::ModelArchitecture), Some("Apache-2.0"));
        assert_eq!(
            source(C::ModelArchitecture),
            Some(LicenceSource::Global(ContentType::Code))
        );
        assert_eq!(licence(C::ModelParametersFinal), Some("CC-BY-4.0"));
        assert_eq!(
            source(C::ModelParametersFinal),
            Some(LicenceSource::Distribution)
        );
        assert_eq!(source(C::ModelCard), Some(LicenceSource::Distribution));
        assert_eq!(licence(C::TrainingCode), Some("MIT"));
        assert_eq!(source(C::TrainingCode), Some(LicenceSource::Component));
        for c in [
            C::InferenceCode,
            C::EvaluationCode,
            C::DataPreprocessingCode,
        ] {
            assert_eq!(licence(c), Some("unlicensed"));
            assert_eq!(result.status(c), S::Unlicensed);
            assert_eq!(source(c), Some(LicenceSource::Component));
        }
        assert!(codes(&result).contains(&"mot-global-licence-entry-ignored"));
        assert!(codes(&result).contains(&"mot-falsy-licence-means-unlicensed"));

        // Nothing to fall back to: unlicensed, from no source.
        let result = grade(&release(&[("Model card", LicenceValue::Absent)]));
        assert_eq!(result.status(C::ModelCard), S::Unlicensed);
        assert_eq!(
            result.licence_sources.get(&C::ModelCard),
            Some(&LicenceSource::None)
        );

        // A `'0'` global name is skipped like an empty one.
        let mut input = release(&[("Model card", LicenceValue::Absent)]);
        input.global.document = GlobalLicence::named("0");
        input.global.distribution = GlobalLicence::named("MIT");
        assert_eq!(
            grade(&input)
                .licenses
                .get(&C::ModelCard)
                .map(String::as_str),
            Some("MIT")
        );
    }

    #[test]
    fn rule_7_only_no_licence_is_unlicensed() {
        let result = grade(&release(&[
            ("Model architecture", text("Pending")),
            ("Model card", text("Unlicensed")),
            ("Data card", text("unlicensed")),
            ("Model parameters (Final)", text("Proprietary")),
        ]));
        assert_eq!(result.status(C::ModelArchitecture), S::Invalid);
        assert_eq!(result.status(C::ModelCard), S::Invalid);
        assert_eq!(result.status(C::DataCard), S::Unlicensed);
        assert_eq!(result.status(C::ModelParametersFinal), S::Invalid);
    }

    #[test]
    fn rule_8_unknown_names_and_duplicates() {
        let result = grade(&release(&[
            ("Model Card", text("CC-BY-4.0")),
            ("Model card", text("Proprietary")),
            ("Model card", text("CC-BY-4.0")),
        ]));
        assert_eq!(result.unknown_components, ["Model Card"]);
        // The unknown entry is counted as Datasets, with its own licence.
        assert_eq!(result.status(C::Datasets), S::Included);
        assert_eq!(
            result.licenses.get(&C::Datasets).map(String::as_str),
            Some("CC-BY-4.0")
        );
        assert_eq!(result.status(C::ModelCard), S::Included); // the last entry wins
        assert_eq!(result.duplicate_components, [C::ModelCard]);
        assert_eq!(
            codes(&result),
            [
                "mot-unknown-component-counted-as-datasets",
                "mot-duplicate-component-last-wins",
            ]
        );
    }

    #[test]
    fn rule_10_non_string_licences() {
        let result = grade(&release(&[(
            "Model architecture",
            LicenceValue::Falsy("0".to_owned()),
        )]));
        assert_eq!(result.status(C::ModelArchitecture), S::Unlicensed);

        let mut input = release(&[("Model architecture", LicenceValue::Truthy("2".to_owned()))]);
        input.components[0].location = Some(SourceLocation {
            line: 8,
            column: 16,
        });
        let rejection = evaluate(&input).err();
        assert_eq!(
            rejection
                .as_ref()
                .map(|r| (r.kind(), r.licence_source, r.location)),
            Some((
                "licence-not-string",
                LicenceSource::Component,
                Some(SourceLocation {
                    line: 8,
                    column: 16
                })
            ))
        );

        // A truthy non-string global name rejects only when a component falls back to it.
        let mut input = release(&[("Model card", text("CC-BY-4.0"))]);
        input.global.document = GlobalLicence::Named {
            name: LicenceValue::Truthy("true".to_owned()),
            location: None,
        };
        assert!(evaluate(&input).is_ok());
        input.components[0].license = LicenceValue::Absent;
        assert_eq!(
            evaluate(&input).err().map(|r| r.licence_source),
            Some(LicenceSource::Global(ContentType::Document))
        );
    }

    #[test]
    fn rule_11_statuses_of_unlisted_components() {
        let result = grade(&release(&[("Model metadata", text("CDLA-Permissive-2.0"))]));
        assert_eq!(result.status(C::ModelMetadata), S::Optional);
        assert_eq!(result.status(C::SupportingLibrariesAndTools), S::Absent);
        assert_eq!(result.status(C::SampleModelOutputs), S::Absent);
        assert_eq!(result.status(C::Datasets), S::Missing);
        assert_eq!(result.status(C::TechnicalReport), S::Missing);
        assert_eq!(result.per_component.len(), 17);
        let order: Vec<MofComponent> = result.per_component.keys().copied().collect();
        assert_eq!(order, MofComponent::display_order());
    }

    #[test]
    fn rule_12_not_type_appropriate_order() {
        let result = grade(&release(&[
            ("Model metadata", text("MIT")),
            ("Research paper", text("MIT")),
            ("Supporting libraries and tools", text("CC-BY-4.0")),
            ("Training code", text("CC-BY-4.0")),
            ("Sample model outputs", text("MIT")),
            ("Model card", text("MIT")),
            ("Data card", text("BSD-3-Clause")), // open but not in mof-licenses.json
            ("Evaluation results", text("Proprietary")), // not open: no warning
            ("Datasets", text("CC0-1.0")),       // data row overwritten: document only
        ]));
        assert_eq!(
            result.not_type_appropriate,
            [
                C::ModelCard,
                C::DataCard,
                C::SampleModelOutputs,
                C::TrainingCode,
                C::SupportingLibrariesAndTools,
                C::Datasets,
                C::ResearchPaper,
                C::ModelMetadata,
            ]
        );
    }

    #[test]
    fn rule_13_resolved_keys_and_orders() {
        let result = grade(&release(&[
            ("Model card", text("")),
            ("Foo", text("MIT")),
            ("Datasets", LicenceValue::Null),
            ("Foo", text("MIT")),
            ("Model card", text("CC-BY-4.0")),
        ]));
        assert_eq!(result.unknown_components, ["Foo"]);
        assert_eq!(result.duplicate_components, [C::Datasets, C::ModelCard]);
        let licences: Vec<(MofComponent, &str)> = result
            .licenses
            .iter()
            .map(|(c, l)| (*c, l.as_str()))
            .collect();
        assert_eq!(
            licences,
            [(C::ModelCard, "CC-BY-4.0"), (C::Datasets, "MIT")]
        );
    }

    #[test]
    fn unlicensed_datasets_are_reported() {
        let result = grade(&release(&[("Datasets", text("unlicensed"))]));
        assert_eq!(result.status(C::Datasets), S::Unlicensed);
        assert_eq!(codes(&result), ["mot-unlicensed-datasets-not-included"]);
        let quirk = result.quirks.first();
        assert_eq!(quirk.and_then(|q| q.component), Some(C::Datasets));
    }

    #[test]
    fn empty_release_meets_no_class() {
        let result = grade(&MofInput::default());
        assert_eq!(result.class, 0);
        assert_eq!(result.progress, Progress::default());
        assert!(result.licenses.is_empty());
        assert!(result.quirks.is_empty());
    }
}
