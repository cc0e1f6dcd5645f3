//! The MOF 1.0 evaluator, exactly as the Model Openness Tool (`lfai/model_openness_tool`
//! at 8b5d30e) grades a release. Rule numbers refer to the "How MOT decides" list in the MOT
//! conformance fixtures' README.

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
/// value that is not a string and is truthy (README rule 10), on a listed component or on a
/// global licence a component falls back to.
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
