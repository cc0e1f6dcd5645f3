//! The checks behind [`detect`](super::detect), one function per group of codes.

use crate::classify::{Finding, Framework, FrameworkSpec, ItemSpec, LevelSpec};
use crate::diagnostic::Severity;
use crate::licence::{
    FacetKind, LicenceExpression, LicenceFacts, Tri, allows_commercial_use, has_use_restrictions,
    has_user_threshold, is_osi_approved, normalise,
};
use crate::model::{Availability, Claim, ClaimKind, Component, ComponentKind as K, Release};

use super::WashingCode as C;

const WEIGHTS: &[K] = &[
    K::ModelWeights,
    K::BaseModelWeights,
    K::IntermediateCheckpoints,
];
const DATA: &[K] = &[K::PretrainingData, K::PostTrainingData];
const CODE: &[K] = &[
    K::TrainingCode,
    K::DataPreprocessingCode,
    K::InferenceCode,
    K::ModelArchitecture,
    K::SupportingLibraries,
    K::Tokenizer,
    K::EvaluationCode,
];

/// Whether the component can be had at all (downloaded, with or without a gate, from a third
/// party, or on request).
fn released(c: &Component) -> bool {
    c.availability.is_obtainable() || c.availability == Availability::OnRequest
}

/// Whether the description says the component is not released.
fn withheld(c: &Component) -> bool {
    matches!(
        c.availability,
        Availability::NotReleased | Availability::ApiOnly | Availability::Unshareable
    )
}

/// Whether `claim` is about components of `kind`.
fn covers(claim: &Claim, kind: K) -> bool {
    match claim.scope {
        Some(scope) => scope == kind,
        None => match claim.kind {
            ClaimKind::OpenWeights => WEIGHTS.contains(&kind),
            ClaimKind::OpenData => DATA.contains(&kind),
            _ => true,
        },
    }
}

/// The first claim of one of `kinds` that covers `kind`.
fn claim_over<'a>(
    release: &'a Release,
    kinds: &[ClaimKind],
    kind: K,
) -> Option<(usize, &'a Claim)> {
    release
        .claims
        .iter()
        .enumerate()
        .find(|(_, c)| kinds.contains(&c.kind) && covers(c, kind))
}

/// How a claim reads in a message: `/claims/0 ("open source": "True to our …")`.
fn quote(index: usize, claim: &Claim) -> String {
    let what = match claim.kind {
        ClaimKind::OpenSource => "open source",
        ClaimKind::OpenWeights => "open weights",
        ClaimKind::OpenData => "open data",
        ClaimKind::OpenScience => "open science",
        _ => "a framework level",
    };
    match &claim.text {
        Some(text) => {
            let short: String = text.chars().take(80).collect();
            let ellipsis = if text.chars().count() > 80 { "…" } else { "" };
            format!("/claims/{index} (\"{what}\": \"{short}{ellipsis}\")")
        }
        None => format!("/claims/{index} (\"{what}\")"),
    }
}

fn component(index: usize, c: &Component) -> String {
    match &c.name {
        Some(name) => format!("/components/{index} ({} `{name}`)", c.kind),
        None => format!("/components/{index} ({})", c.kind),
    }
}

/// The licence's clauses on some facets, from the licence table, one entry per licence: "Llama
/// 3.1 Community License Agreement §1.b.iv, §2".
fn clauses(expression: &LicenceExpression, facets: &[FacetKind]) -> String {
    let mut out: Vec<(&str, Vec<&str>)> = Vec::new();
    for facts in expression.facts() {
        let Some(info) = facts.info() else { continue };
        let cited: Vec<&str> = facets
            .iter()
            .map(|f| info.facets.get(*f).clause)
            .filter(|c| !c.is_empty())
            .collect();
        match out.iter_mut().find(|(name, _)| *name == info.name) {
            Some((_, known)) => {
                for c in cited {
                    if !known.contains(&c) {
                        known.push(c);
                    }
                }
            }
            None => out.push((info.name, cited)),
        }
    }
    out.iter()
        .map(|(name, cited)| {
            let mut cited = cited.clone();
            cited.dedup();
            if cited.is_empty() {
                (*name).to_owned()
            } else {
                format!("{name} {}", cited.join(", "))
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn is_rail(facts: &LicenceFacts<'_>) -> Tri {
    Tri::from_bool(facts.info().is_some_and(|i| i.id.contains("RAIL")))
}

/// `restrictive-licence-called-open-source`, `rail-licence-called-open-source`,
/// `non-commercial-licence-called-open`, `unlicensed-component-called-open-source`: one finding
/// per component, the most specific.
pub(super) fn licences(release: &Release, out: &mut Vec<Finding>) {
    const OPEN_SOURCE: &[ClaimKind] = &[ClaimKind::OpenSource];
    const OPEN_ANY: &[ClaimKind] = &[
        ClaimKind::OpenSource,
        ClaimKind::OpenScience,
        ClaimKind::OpenData,
    ];
    for (i, c) in release.components.iter().enumerate() {
        let Some(licence) = &c.license else { continue };
        let e = &licence.expression;
        let pointer = format!("/components/{i}/license");
        let open_source = claim_over(release, OPEN_SOURCE, c.kind);
        if e.is_none() {
            if let Some((k, claim)) = open_source.filter(|_| released(c)) {
                out.push(C::UnlicensedComponentCalledOpenSource.finding(
                    Severity::Warning,
                    pointer,
                    format!(
                        "{} is released with no licence (`NONE`), so no one may use, modify or \
                         share it, yet {} calls it open source",
                        component(i, c),
                        quote(k, claim)
                    ),
                    "Open Source Definition: \"the license shall allow\" use, modification and \
                     distribution",
                ));
            }
            continue;
        }
        if allows_commercial_use(e) == Tri::No
            && let Some((k, claim)) = claim_over(release, OPEN_ANY, c.kind)
        {
            out.push(C::NonCommercialLicenceCalledOpen.finding(
                Severity::Warning,
                pointer,
                format!(
                    "`{e}` on {} forbids commercial use, yet {} presents it as open",
                    component(i, c),
                    quote(k, claim)
                ),
                &join(
                    clauses(e, &[FacetKind::CommercialUse]),
                    "Open Source Definition 6 (no discrimination against fields of endeavour); \
                     OSAID 1.0: use \"for any purpose\"",
                ),
            ));
            continue;
        }
        let Some((k, claim)) = open_source else {
            continue;
        };
        if e.evaluate_restriction(is_rail) == Tri::Yes {
            out.push(C::RailLicenceCalledOpenSource.finding(
                Severity::Warning,
                pointer,
                format!(
                    "`{e}` on {} is a RAIL licence: its use restrictions flow down to every \
                     user and derivative, yet {} calls it open source",
                    component(i, c),
                    quote(k, claim)
                ),
                &join(
                    clauses(e, &[FacetKind::UseRestrictions]),
                    "Open Source Definition 6 (no discrimination against fields of endeavour)",
                ),
            ));
            continue;
        }
        let restricted = has_use_restrictions(e) == Tri::Yes;
        let threshold = has_user_threshold(e) == Tri::Yes;
        if restricted || threshold {
            let mut what = Vec::new();
            let mut facets = Vec::new();
            if restricted {
                what.push("an acceptable-use policy".to_owned());
                facets.push(FacetKind::UseRestrictions);
            }
            if threshold {
                let limit = e
                    .facts()
                    .find_map(|f| f.info().and_then(|i| i.threshold))
                    .map_or_else(String::new, |t| format!(" ({t})"));
                what.push(format!("a user or revenue threshold{limit}"));
                facets.push(FacetKind::UserThreshold);
            }
            out.push(C::RestrictiveLicenceCalledOpenSource.finding(
                Severity::Warning,
                pointer,
                format!(
                    "`{e}` on {} has {}, yet {} calls it open source",
                    component(i, c),
                    what.join(" and "),
                    quote(k, claim)
                ),
                &join(
                    clauses(e, &facets),
                    "Open Source Definition 5 and 6 (no discrimination against persons, groups \
                     or fields of endeavour)",
                ),
            ));
        }
    }
}

fn join(mut a: String, b: &str) -> String {
    if !a.is_empty() {
        a.push_str("; ");
    }
    a.push_str(b);
    a
}

/// `licence-misnamed` and `licence-pseudo-id`.
pub(super) fn declared(release: &Release, out: &mut Vec<Finding>) {
    for (i, c) in release.components.iter().enumerate() {
        let Some(licence) = &c.license else { continue };
        let e = &licence.expression;
        let pointer = format!("/components/{i}/license");
        if let Some(declared) = &licence.declared
            && let Some(named) = normalise(declared).and_then(|n| n.id)
            && !e.is_noassertion()
            && !e
                .ids()
                .any(|t| t.canonical() == named || t.info().is_some_and(|info| info.id == named))
        {
            let named_osi =
                LicenceExpression::parse(named).map_or(Tri::Unknown, |n| is_osi_approved(&n));
            let presented = if is_osi_approved(e) == Tri::Yes && named_osi == Tri::No {
                format!(
                    "; a licence that is not OSI-approved is presented as the OSI-approved `{e}`"
                )
            } else {
                String::new()
            };
            out.push(C::LicenceMisnamed.finding(
                Severity::Warning,
                pointer.clone(),
                format!(
                    "{} declares its licence as \"{declared}\", which names `{named}`, but gives \
                     the expression `{e}`{presented}",
                    component(i, c)
                ),
                "SPDX licence expressions name the licence text that applies",
            ));
        }
        for term in e.ids() {
            let Some(n) = term.normalise() else { continue };
            let meant = match (n.id, n.candidates()) {
                (Some(id), _) => format!("`{id}`"),
                (None, []) => continue,
                (None, candidates) => candidates
                    .iter()
                    .map(|c| format!("`{c}`"))
                    .collect::<Vec<_>>()
                    .join(" or "),
            };
            out.push(C::LicencePseudoId.finding(
                Severity::Warning,
                pointer.clone(),
                format!(
                    "`{}` on {} is a known licence under a name that is not its id (a Hugging \
                     Face id or a look-alike); the licence is {meant}",
                    term.canonical(),
                    component(i, c)
                ),
                "SPDX licence list; Hugging Face licence ids are not SPDX ids",
            ));
        }
    }
}

/// `open-weights-closed-everything-else`, `gated-download-called-open`, `partial-code-release`,
/// `open-data-claim-without-data-card`, `inherited-opacity`, `monetised-open-source`.
pub(super) fn disclosure(release: &Release, out: &mut Vec<Finding>) {
    let any = |kinds: &[K], pred: fn(&Component) -> bool| {
        release
            .components
            .iter()
            .any(|c| kinds.contains(&c.kind) && pred(c))
    };
    let state = |kinds: &[K]| {
        if any(kinds, withheld) {
            "not released"
        } else {
            "not described"
        }
    };

    // Open weights, closed everything else.
    let broad = release.claims.iter().enumerate().find(|(_, c)| {
        matches!(c.kind, ClaimKind::OpenSource | ClaimKind::OpenScience)
            && c.scope.is_none_or(|s| WEIGHTS.contains(&s))
    });
    if let Some((k, claim)) = broad
        && any(WEIGHTS, released)
        && !any(DATA, released)
        && !any(&[K::TrainingCode], released)
    {
        out.push(C::OpenWeightsClosedEverythingElse.finding(
            Severity::Warning,
            format!("/claims/{k}"),
            format!(
                "{} claims openness, but only the weights can be had: the training data is {} \
                 and the training code is {}",
                quote(k, claim),
                state(DATA),
                state(&[K::TrainingCode])
            ),
            "Liesenfeld & Dingemanse, FAccT 2024: the \"open weights, closed everything else\" \
             pattern",
        ));
    }

    // Gated access.
    for (i, c) in release.components.iter().enumerate() {
        if !WEIGHTS.contains(&c.kind)
            || !matches!(
                c.availability,
                Availability::Gated | Availability::OnRequest
            )
        {
            continue;
        }
        let kinds = [
            ClaimKind::OpenSource,
            ClaimKind::OpenScience,
            ClaimKind::OpenWeights,
        ];
        if let Some((k, claim)) = claim_over(release, &kinds, c.kind) {
            let gate = c
                .access_terms
                .as_ref()
                .and_then(|t| t.description.as_deref())
                .map_or_else(String::new, |d| format!(" ({d})"));
            out.push(C::GatedDownloadCalledOpen.finding(
                Severity::Warning,
                format!("/components/{i}/availability"),
                format!(
                    "{} is {}{gate}, yet {} calls it open",
                    component(i, c),
                    c.availability,
                    quote(k, claim)
                ),
                "OSAI Index readme: gated downloads are \"partially/not fully shared\"; OSAID 1.0: \
                 use \"without having to ask for permission\"",
            ));
        }
    }

    // Partial code release.
    let code_claim = release.claims.iter().enumerate().find(|(_, c)| {
        c.kind == ClaimKind::OpenSource && c.scope.is_none_or(|s| CODE.contains(&s))
    });
    if let Some((k, claim)) = code_claim
        && any(&[K::InferenceCode, K::ModelArchitecture], released)
        && !any(&[K::TrainingCode], released)
    {
        let severity = if any(&[K::TrainingCode], withheld) {
            Severity::Warning
        } else {
            Severity::Info
        };
        out.push(C::PartialCodeRelease.finding(
            severity,
            format!("/claims/{k}"),
            format!(
                "{} calls the code open source, but only inference code or the architecture is \
                 published; the training code is {}",
                quote(k, claim),
                state(&[K::TrainingCode])
            ),
            "OSAID 1.0 Code: \"The complete source code used to train and run the system\"",
        ));
    }

    // Data claimed open without a data card.
    let data_claim = release
        .claims
        .iter()
        .enumerate()
        .find(|(_, c)| match c.kind {
            ClaimKind::OpenData => c.scope.is_none_or(|s| DATA.contains(&s)),
            ClaimKind::OpenSource | ClaimKind::OpenScience => {
                c.scope.is_some_and(|s| DATA.contains(&s))
            }
            _ => false,
        });
    if let Some((k, claim)) = data_claim
        && !any(&[K::DataCard], released)
    {
        out.push(C::OpenDataClaimWithoutDataCard.finding(
            Severity::Warning,
            format!("/claims/{k}"),
            format!(
                "{} says the training data is open, but no data card describes it (a data card \
                 is {})",
                quote(k, claim),
                state(&[K::DataCard])
            ),
            "OSAID 1.0 Data Information: \"Sufficiently detailed information about the data \
             used to train the system\"; MOF 1.0 Data card",
        ));
    }

    // Inherited opacity in derivatives.
    let derived = !release.lineage.is_empty()
        || release
            .components
            .iter()
            .any(|c| WEIGHTS.contains(&c.kind) && !c.lineage.is_empty());
    let open_claim = release.claims.iter().enumerate().find(|(_, c)| {
        matches!(
            c.kind,
            ClaimKind::OpenSource | ClaimKind::OpenScience | ClaimKind::OpenData
        ) && c.scope.is_none()
    });
    if derived
        && let Some((k, claim)) = open_claim
        && !any(&[K::PretrainingData], released)
    {
        let base = release
            .lineage
            .first()
            .and_then(|l| l.base.name.as_deref())
            .map_or_else(String::new, |n| format!(" `{n}`"));
        out.push(C::InheritedOpacity.finding(
            Severity::Warning,
            format!("/claims/{k}"),
            format!(
                "{} claims openness for a release derived from another{base}, whose training \
                 data is {}: the derivative inherits it undocumented",
                quote(k, claim),
                state(&[K::PretrainingData])
            ),
            "Liesenfeld, Lopez & Dingemanse, CUI 2023: fine-tunes \"inherit undocumented data\"",
        ));
    }

    // Monetised "open source".
    if let Some(m) = &release.facts.monetisation
        && m.is_monetised() == Some(true)
        && let Some((k, claim)) = release
            .claims
            .iter()
            .enumerate()
            .find(|(_, c)| c.kind == ClaimKind::OpenSource)
    {
        let mut how = Vec::new();
        if m.price == Some(true) {
            how.push("access is sold");
        }
        if m.paid_services == Some(true) {
            how.push("paid services are a condition of use");
        }
        if m.platform == Some(true) {
            how.push("it is monetised through a platform");
        }
        if m.personal_data == Some(true) {
            how.push("personal data is used beyond security and interoperability");
        }
        out.push(C::MonetisedOpenSource.finding(
            Severity::Warning,
            "/facts/monetisation",
            format!(
                "{} calls the release open source, but {}",
                quote(k, claim),
                how.join(", ")
            ),
            "EU AI Act Recital 103: components \"provided against a price or otherwise \
             monetised\" do not benefit from the open-source exemptions",
        ));
    }
}

/// `safety-grade-unofficial-split`, `safety-grade-without-split`,
/// `self-reported-results-unverifiable`.
pub(super) fn evaluations(release: &Release, out: &mut Vec<Finding>) {
    const AILUMINATE: &str = "MLCommons AILuminate: \"Practice prompts, Demo prompts, offline \
                              evaluators, etc. are not part of the full version\"; only the \
                              official set gives official grades";
    for (k, e) in release.evaluations.iter().enumerate() {
        if !e.safety || !e.is_graded() {
            continue;
        }
        let graded = e.grade.as_deref().map_or_else(
            || "a graded result".to_owned(),
            |g| format!("the grade `{g}`"),
        );
        match e.split {
            None => out.push(C::SafetyGradeWithoutSplit.finding(
                if self_reported(release, e) {
                    Severity::Warning
                } else {
                    Severity::Info
                },
                format!("/evaluations/{k}"),
                format!(
                    "the safety evaluation on `{}` reports {graded} without saying which split \
                     it used, so it cannot be told from an official grade",
                    e.benchmark
                ),
                AILUMINATE,
            )),
            Some(split) if !split.is_official() => {
                out.push(C::SafetyGradeUnofficialSplit.finding(
                    Severity::Warning,
                    format!("/evaluations/{k}/split"),
                    format!(
                        "the safety evaluation on `{}` reports {graded} from the `{split}` split, \
                         which gives no official grades: it must not be read as the benchmark's \
                         grade",
                        e.benchmark
                    ),
                    AILUMINATE,
                ));
            }
            Some(_) => {}
        }
    }
    let self_reported = release
        .evaluations
        .iter()
        .enumerate()
        .find(|(_, e)| e.is_graded() && self_reported(release, e));
    let checkable = release
        .components
        .iter()
        .any(|c| matches!(c.kind, K::EvaluationCode | K::EvaluationData) && released(c));
    if let Some((k, e)) = self_reported
        && !checkable
    {
        out.push(C::SelfReportedResultsUnverifiable.finding(
            Severity::Info,
            format!("/evaluations/{k}"),
            format!(
                "the results on `{}` are reported by the producer (or by no one named), and \
                 neither evaluation code nor evaluation data can be had to check them",
                e.benchmark
            ),
            "MOF 1.0 Class II: Evaluation code and Evaluation data",
        ));
    }
}

/// Whether an evaluation is reported by the producer, or by no one named.
fn self_reported(release: &Release, e: &crate::model::Evaluation) -> bool {
    let producer = release.producer.as_ref().map(|p| p.name.as_str());
    e.evaluator
        .as_deref()
        .is_none_or(|who| producer.is_some_and(|p| p.eq_ignore_ascii_case(who)))
}

/// The items a framework `level` requires, from its spec: the items of the levels it implies
/// (lowest first: MOF's Class III before Class II's additions), then its own
/// [`requires`](crate::classify::LevelSpec::requires). Empty when the level is not defined by
/// items (OSAI Index grades, EU AI Act outcomes, DPG indicators read from statements).
pub(crate) fn required_items(
    spec: &'static FrameworkSpec,
    level: &'static LevelSpec,
) -> Vec<&'static ItemSpec> {
    // The chain of levels, the claimed one first; bounded, so a cycle in a spec cannot loop.
    let mut chain = vec![level];
    while let Some(implied) = chain
        .last()
        .and_then(|l| l.implies)
        .and_then(|token| spec.level(token))
    {
        if chain.len() > spec.levels.len() || chain.iter().any(|l| l.token == implied.token) {
            break;
        }
        chain.push(implied);
    }
    let mut items: Vec<&'static ItemSpec> = Vec::new();
    for l in chain.iter().rev() {
        for item in l.requires.iter().filter_map(|id| spec.item(id)) {
            if !items.iter().any(|i| i.id == item.id) {
                items.push(item);
            }
        }
    }
    items
}

/// Where a level's requirements come from, for the finding's source: the level's label, and
/// the level it builds on.
fn level_source(spec: &'static FrameworkSpec, level: &'static LevelSpec) -> String {
    match level.implies.and_then(|token| spec.level(token)) {
        Some(implied) => format!("{}: all of {} and more", level.label, implied.label),
        None => level.label.to_owned(),
    }
}

/// `framework-claim-exceeds-evidence`: a claim of a framework level (a built-in framework's id
/// and one of its level tokens) whose required items, as the framework's spec lists them, are
/// not all released. Only availability is compared; the framework's profile judges the
/// licences.
pub(super) fn framework_claims(release: &Release, out: &mut Vec<Finding>) {
    let mut gaps_by_level: std::collections::HashMap<_, (Vec<String>, Vec<String>)> =
        std::collections::HashMap::new();
    for (k, claim) in release.claims.iter().enumerate() {
        if claim.kind != ClaimKind::FrameworkLevel {
            continue;
        }
        let (Some(framework), Some(level)) = (claim.framework.as_deref(), claim.level.as_deref())
        else {
            continue;
        };
        let Ok(known) = framework.parse::<Framework>() else {
            continue;
        };
        let spec = known.spec();
        let Some(level_spec) = spec.level(level) else {
            continue;
        };
        let required = required_items(spec, level_spec);
        if required.is_empty() {
            continue;
        }
        let source = level_source(spec, level_spec);
        // The gaps depend on the framework and level only: computed once per pair, so n claims
        // over n components stay linear.
        let (not_released, not_described) = gaps_by_level
            .entry((known, level_spec.token))
            .or_insert_with(|| {
                let mut not_released = Vec::new();
                let mut not_described = Vec::new();
                for item in required {
                    let name = item.name;
                    let of_kind: Vec<(usize, &Component)> = release
                        .components
                        .iter()
                        .enumerate()
                        .filter(|(_, c)| item.kinds.contains(&c.kind))
                        .collect();
                    if of_kind.iter().any(|(_, c)| released(c)) {
                        continue;
                    }
                    match of_kind.iter().find(|(_, c)| withheld(c)) {
                        Some((i, _)) => not_released.push(format!("{name} (/components/{i})")),
                        None if of_kind.is_empty() => not_described.push(name.to_owned()),
                        None => not_described.push(format!("{name} (availability not stated)")),
                    }
                }
                (not_released, not_described)
            })
            .clone();
        if not_released.is_empty() && not_described.is_empty() {
            continue;
        }
        let mut gaps = Vec::new();
        if !not_released.is_empty() {
            gaps.push(format!("not released: {}", not_released.join(", ")));
        }
        if !not_described.is_empty() {
            gaps.push(format!("not described: {}", not_described.join(", ")));
        }
        let severity = if not_released.is_empty() {
            Severity::Info
        } else {
            Severity::Warning
        };
        out.push(C::FrameworkClaimExceedsEvidence.finding(
            severity,
            format!("/claims/{k}"),
            format!(
                "{} claims `{framework}` `{level}`, but components that level requires are \
                 missing ({}); only availability is compared here, the `{framework}` profile \
                 judges the licences",
                quote(k, claim),
                gaps.join("; ")
            ),
            &source,
        ));
    }
}
