//! The one wording of the things every explanation names: a component kind, a component, its
//! availability, a licence and what it restricts, an attestation and a safety evaluation.
//!
//! Every built-in profile and custom profiles word these the same way; a reason or next step
//! never spells a kind or a licence on its own.

use std::fmt::Write as _;

use crate::licence::{Facet, FacetKind, LicenceExpression};
use crate::model::{
    Attestation, Availability, Component, ComponentKind, Evaluation, SystemUnderTest,
};

/// A component kind in words: `training code`, `post-training data`, `model weights`.
#[must_use]
pub(crate) fn kind_words(kind: ComponentKind) -> String {
    match kind {
        ComponentKind::PostTrainingData => "post-training data".to_owned(),
        other => other.as_str().replace('_', " "),
    }
}

/// Several kinds in words, the last joined by `joiner`: "training code, inference code or
/// evaluation code".
#[must_use]
pub(crate) fn kinds_words(kinds: &[ComponentKind], joiner: &str) -> String {
    let words: Vec<String> = kinds.iter().map(|k| kind_words(*k)).collect();
    match words.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {joiner} {last}", rest.join(", ")),
    }
}

/// A component in words: "the training code `GPT-NeoX`", or "the training code at
/// `/components/4`" when it has no name.
#[must_use]
pub(crate) fn component_words(index: usize, component: &Component) -> String {
    let kind = kind_words(component.kind);
    match component.name.as_deref() {
        Some(name) if !name.trim().is_empty() => format!("the {kind} `{name}`"),
        _ => format!("the {kind} at `/components/{index}`"),
    }
}

/// A component's availability in words: "public", "gated", "not released", "availability not
/// stated".
#[must_use]
pub(crate) fn availability_words(availability: Availability) -> String {
    match availability {
        Availability::Unknown => "availability not stated".to_owned(),
        other => other.as_str().replace('_', " "),
    }
}

/// A licence expression in words: "licence `Apache-2.0`", "licence `NONE` (no licence)",
/// "licence `NOASSERTION` (not known)".
#[must_use]
pub(crate) fn licence_words(expr: &LicenceExpression) -> String {
    if expr.is_none() {
        "licence `NONE` (no licence)".to_owned()
    } else if expr.is_noassertion() {
        "licence `NOASSERTION` (not known)".to_owned()
    } else {
        format!("licence `{expr}`")
    }
}

/// One kind of restriction a licence can impose, as [`restrictions`] words it: the facet it is
/// read from, the facet values that impose it, and the words.
struct Restriction {
    /// The facet of the crate's licence table (`docs/licences.md`).
    facet: FacetKind,
    /// The values of the facet that impose the restriction.
    when: &'static [Facet],
    /// The restriction in words.
    words: &'static str,
    /// A restriction that is not worded when this one is (the same fact, said once).
    unless: Option<FacetKind>,
}

/// The restrictions a licence can impose, in the order they are worded. A user threshold
/// (Llama's 700 million monthly active users) is a condition on commercial use, so a
/// conditional commercial use is worded only when there is no threshold.
const RESTRICTIONS: &[Restriction] = &[
    Restriction {
        facet: FacetKind::UseRestrictions,
        when: &[Facet::Allowed, Facet::Conditional],
        words: "use restrictions",
        unless: None,
    },
    Restriction {
        facet: FacetKind::UserThreshold,
        when: &[Facet::Allowed, Facet::Conditional],
        words: "a user or revenue threshold",
        unless: None,
    },
    Restriction {
        facet: FacetKind::CommercialUse,
        when: &[Facet::Conditional],
        words: "commercial use only under a condition",
        unless: Some(FacetKind::UserThreshold),
    },
    Restriction {
        facet: FacetKind::CommercialUse,
        when: &[Facet::Forbidden, Facet::NotApplicable],
        words: "no commercial use",
        unless: None,
    },
    Restriction {
        facet: FacetKind::Derivatives,
        when: &[Facet::Forbidden, Facet::Conditional],
        words: "limits on derivatives",
        unless: None,
    },
];

/// What the terms of an expression restrict, with the clauses of the crate's licence table
/// (`docs/licences.md`): "use restrictions (§1.b.iv: Acceptable Use Policy incorporated by
/// reference); a user or revenue threshold (§2: more than 700 million monthly active users)";
/// each licence named when the expression has several. Empty when nothing restrictive is
/// recorded.
#[must_use]
pub(crate) fn restrictions(expr: &LicenceExpression) -> String {
    let mut out = Vec::new();
    let several = expr.ids().nth(1).is_some();
    if expr.is_none() {
        out.push("`NONE`: no licence, so nothing is granted".to_owned());
    }
    for facts in expr.facts() {
        let Some(info) = facts.info() else { continue };
        let imposes = |r: &Restriction| r.when.contains(&info.facets.get(r.facet).value);
        let items: Vec<String> = RESTRICTIONS
            .iter()
            .filter(|r| imposes(r))
            .filter(|r| {
                r.unless.is_none_or(|other| {
                    !RESTRICTIONS.iter().any(|o| o.facet == other && imposes(o))
                })
            })
            .map(|r| {
                let cell = info.facets.get(r.facet);
                let cite = match (cell.clause.is_empty(), cell.note.is_empty()) {
                    (true, true) => String::new(),
                    (false, true) => format!(" ({})", cell.clause),
                    (true, false) => format!(" ({})", cell.note),
                    (false, false) => format!(" ({}: {})", cell.clause, cell.note),
                };
                format!("{}{cite}", r.words)
            })
            .collect();
        if items.is_empty() {
            continue;
        }
        if several {
            out.push(format!("`{}`: {}", info.id, items.join("; ")));
        } else {
            out.push(items.join("; "));
        }
    }
    out.join("; ")
}

/// An attestation in words: "stated to hold (“what was done”; 2 links)".
#[must_use]
pub(crate) fn attestation_words(a: &Attestation) -> String {
    let mut out = String::from(if a.holds {
        "stated to hold"
    } else {
        "stated not to hold"
    });
    let mut extra = Vec::new();
    if let Some(d) = a.description.as_deref().filter(|d| !d.trim().is_empty()) {
        extra.push(format!("\u{201c}{}\u{201d}", d.trim()));
    }
    match a.evidence.len() {
        0 => extra.push("no evidence linked".to_owned()),
        1 => extra.push("1 link".to_owned()),
        n => extra.push(format!("{n} links")),
    }
    let _ = write!(out, " ({})", extra.join("; "));
    out
}

/// A safety or capability evaluation in words, with its split. A grade is called official only
/// when the split is one whose grades are official ([`crate::model::EvaluationSplit::is_official`]);
/// a demo or practice grade is said not to be official, and so is one whose split is not stated.
#[must_use]
pub(crate) fn evaluation_words(e: &Evaluation) -> String {
    let mut out = if e.benchmark.eq_ignore_ascii_case("ailuminate") {
        "AILuminate".to_owned()
    } else {
        e.benchmark.clone()
    };
    if let Some(v) = e.benchmark_version.as_deref() {
        let _ = write!(out, " {v}");
    }
    let mut context = Vec::new();
    match e.system_under_test {
        Some(SystemUnderTest::BareModel) => context.push("bare model".to_owned()),
        Some(SystemUnderTest::AiSystem) => context.push("AI system".to_owned()),
        _ => {}
    }
    if let Some(locale) = e.locale.as_deref() {
        context.push(locale.to_owned());
    }
    if let Some(by) = e.evaluator.as_deref() {
        context.push(format!("by {by}"));
    }
    if !context.is_empty() {
        let _ = write!(out, " ({})", context.join(", "));
    }
    let result = match (e.grade.as_deref(), e.score) {
        (Some(g), _) => format!("grade `{g}`"),
        (None, Some(s)) => format!("score {s}"),
        (None, None) if e.is_graded() => "per-category results".to_owned(),
        (None, None) => "no result reported".to_owned(),
    };
    let split = match e.split {
        Some(s) if s.is_official() => format!(
            "{result} from the {} split: an official result",
            s.as_str().replace('_', " ")
        ),
        Some(s) => format!(
            "{result} from the {} split: not an official result",
            s.as_str().replace('_', " ")
        ),
        None if e.is_graded() => {
            format!("{result}, split not stated: not shown as an official result")
        }
        None => result,
    };
    let _ = write!(out, ": {split}");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EvaluationSplit;

    fn expr(s: &str) -> LicenceExpression {
        LicenceExpression::parse(s).unwrap()
    }

    #[test]
    fn kinds_are_worded_once() {
        assert_eq!(kind_words(ComponentKind::TrainingCode), "training code");
        assert_eq!(
            kind_words(ComponentKind::PostTrainingData),
            "post-training data"
        );
        assert_eq!(
            kinds_words(
                &[
                    ComponentKind::TrainingCode,
                    ComponentKind::InferenceCode,
                    ComponentKind::EvaluationCode
                ],
                "or"
            ),
            "training code, inference code or evaluation code"
        );
        assert_eq!(kinds_words(&[], "and"), "");
        let mut c = Component::new(ComponentKind::ModelWeights);
        assert_eq!(
            component_words(3, &c),
            "the model weights at `/components/3`"
        );
        c.name = Some("Pythia-6.9B".into());
        assert_eq!(component_words(3, &c), "the model weights `Pythia-6.9B`");
        c.name = Some("  ".into());
        assert_eq!(
            component_words(0, &c),
            "the model weights at `/components/0`"
        );
    }

    #[test]
    fn licences_are_worded_once() {
        assert_eq!(licence_words(&expr("Apache-2.0")), "licence `Apache-2.0`");
        assert_eq!(licence_words(&expr("NONE")), "licence `NONE` (no licence)");
        assert_eq!(
            licence_words(&expr("NOASSERTION")),
            "licence `NOASSERTION` (not known)"
        );
        assert_eq!(
            availability_words(Availability::NotReleased),
            "not released"
        );
        assert_eq!(
            availability_words(Availability::Unknown),
            "availability not stated"
        );
    }

    #[test]
    fn the_restriction_table_cites_the_clauses() {
        let llama = restrictions(&expr("LicenseRef-Llama-3.1-Community"));
        assert!(llama.starts_with("use restrictions (§1.b.iv"), "{llama}");
        assert!(llama.contains("a user or revenue threshold (§2"), "{llama}");
        assert!(llama.contains("700 million"), "{llama}");
        // The threshold is the condition on commercial use: said once.
        assert!(
            !llama.contains("commercial use only under a condition"),
            "{llama}"
        );
        let nc = restrictions(&expr("CC-BY-NC-4.0"));
        assert!(nc.contains("no commercial use (§2(a)(1)"), "{nc}");
        assert!(!nc.contains("derivatives"), "{nc}");
        let nd = restrictions(&expr("CC-BY-NC-ND-4.0"));
        assert!(nd.contains("no commercial use"), "{nd}");
        assert!(nd.contains("limits on derivatives"), "{nd}");
        assert_eq!(restrictions(&expr("Apache-2.0")), "");
        assert_eq!(restrictions(&expr("MIT AND CC-BY-4.0")), "");
        assert_eq!(
            restrictions(&expr("NONE")),
            "`NONE`: no licence, so nothing is granted"
        );
        assert_eq!(restrictions(&expr("LicenseRef-Unheard-Of")), "");
        // Several licences: each restrictive one is named.
        let both = restrictions(&expr("MIT AND CC-BY-NC-4.0"));
        assert!(both.starts_with("`CC-BY-NC-4.0`: "), "{both}");
        assert!(both.contains("no commercial use"), "{both}");
        assert!(!both.contains("`MIT`"), "{both}");
    }

    #[test]
    fn practice_grades_are_never_official() {
        let mut e = Evaluation::new("ailuminate");
        e.benchmark_version = Some("1.0".into());
        e.grade = Some("very_good".into());
        e.split = Some(EvaluationSplit::Practice);
        let text = evaluation_words(&e);
        assert!(text.starts_with("AILuminate 1.0"), "{text}");
        assert!(
            text.contains("practice split: not an official result"),
            "{text}"
        );
        e.split = Some(EvaluationSplit::Demo);
        assert!(evaluation_words(&e).contains("not an official result"));
        e.split = None;
        assert!(evaluation_words(&e).contains("not shown as an official result"));
        e.split = Some(EvaluationSplit::Official);
        assert!(evaluation_words(&e).ends_with("official split: an official result"));
    }
}
