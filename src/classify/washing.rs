//! Open-washing findings: where what the producer claims (`claims`), and the licences as the
//! producer declared them, say more than the evidence in the description.
//!
//! [`detect`] runs every check and returns a [`Finding`] per problem, with a stable code
//! ([`WashingCode`]), the pattern's name as the literature gives it (see
//! `docs/open-washing.md`), a severity, the JSON Pointer of the claim or component concerned, a
//! message and the source the finding rests on. The checks use only facts this module can read
//! from the description itself (claims, component kinds and availability, the crate's licence
//! facts, evaluations, monetisation); no framework profile is consulted, so the findings are the
//! same whatever the framework, and [`crate::classify::classify`] can attach them to every
//! classification.
//!
//! **What a claim covers.** An `open_source` or `open_science` claim with no `scope` covers the
//! whole release; `open_weights` without a scope covers the weights, `open_data` the training
//! data. A claim with a `scope` covers the components of that kind.
//!
//! | code | pattern | triggered when |
//! |---|---|---|
//! | `restrictive-licence-called-open-source` | Restrictive licences labelled "open source" | an `open_source` claim covers a component whose licence has use restrictions (an acceptable-use policy) or a user or revenue threshold, and is neither a RAIL licence nor non-commercial (those have their own codes) |
//! | `rail-licence-called-open-source` | Use-restricted "responsible" licences | an `open_source` claim covers a component under a RAIL-family licence (BigScience, CreativeML, BigCode OpenRAIL) |
//! | `non-commercial-licence-called-open` | Non-commercial or research-only terms presented as open | an `open_source`, `open_science` or `open_data` claim covers a component whose licence forbids commercial use |
//! | `unlicensed-component-called-open-source` | Licence mismatch or incompleteness | an `open_source` claim covers an available component whose licence is `NONE` |
//! | `licence-misnamed` | Licence mismatch or incompleteness | a licence's `declared` text names a different licence from its expression (`Llama 3 Community License` declared, `Apache-2.0` given) |
//! | `licence-pseudo-id` | Licence mismatch or incompleteness | an expression uses a known licence under a name that is not its id: a Hugging Face id or a look-alike as `LicenseRef-…` (`LicenseRef-llama3`) |
//! | `open-weights-closed-everything-else` | Open weights, closed everything else | an `open_source` or `open_science` claim, weights that can be obtained, and neither training data nor training code that can |
//! | `gated-download-called-open` | Gated access | an `open_source`, `open_science` or `open_weights` claim covers weights that are gated or given on request |
//! | `partial-code-release` | Partial code release | an `open_source` claim covers the code, inference code or the architecture is published, and the training code is not |
//! | `open-data-claim-without-data-card` | Training-data evasion | an `open_data` claim, or an `open_source` or `open_science` claim scoped to training data, and no data card that can be obtained |
//! | `inherited-opacity` | Inherited opacity in derivatives | a release derived from another (`lineage`) claims `open_source`, `open_science` or `open_data` while the pretraining data it rests on cannot be obtained |
//! | `monetised-open-source` | Monetised "open source" | an `open_source` claim and monetisation stated (`facts.monetisation`: a price, paid services, a platform or personal data) |
//! | `safety-grade-unofficial-split` | Unverifiable evaluation claims | a graded safety evaluation from a split that does not give official grades (practice, demo, public test, validation) |
//! | `safety-grade-without-split` | Unverifiable evaluation claims | a graded safety evaluation that does not say which split it used (a warning when the producer, or no one named, reports it; info for a named third party) |
//! | `self-reported-results-unverifiable` | Unverifiable evaluation claims | graded evaluations by the producer (or by no one named), with neither evaluation code nor evaluation data that can be obtained |
//! | `framework-claim-exceeds-evidence` | Self-reported, unaudited openness claims | a `framework_level` claim for `mof-1.0` (`class-1`, `class-2`, `class-3`) or `osaid-1.0` (`conforms`) while a component that level requires is not released (warning) or not described (info); only availability is compared, the profiles judge the licences |
//!
//! Severities: `warning` for a claim the evidence contradicts, `info` where the description only
//! fails to support it (a missing component, self-reported results).

mod checks;

use crate::classify::Finding;
use crate::diagnostic::Severity;
use crate::model::Release;
use crate::model::macros::vocabulary;

vocabulary! {
    /// The stable code of an open-washing finding. Codes are never renamed.
    pub enum WashingCode {
        /// An "open source" claim over a licence with an acceptable-use policy or a user
        /// threshold.
        RestrictiveLicenceCalledOpenSource = "restrictive-licence-called-open-source",
        /// An "open source" claim over a RAIL-family licence.
        RailLicenceCalledOpenSource = "rail-licence-called-open-source",
        /// An openness claim over a licence that forbids commercial use.
        NonCommercialLicenceCalledOpen = "non-commercial-licence-called-open",
        /// An "open source" claim over an available component with no licence (`NONE`).
        UnlicensedComponentCalledOpenSource = "unlicensed-component-called-open-source",
        /// A declared licence name that names another licence than the expression.
        LicenceMisnamed = "licence-misnamed",
        /// A known licence written under a name that is not its id.
        LicencePseudoId = "licence-pseudo-id",
        /// An "open source" or "open science" claim with only the weights obtainable.
        OpenWeightsClosedEverythingElse = "open-weights-closed-everything-else",
        /// Gated weights claimed open.
        GatedDownloadCalledOpen = "gated-download-called-open",
        /// An "open source" claim with inference code but no training code.
        PartialCodeRelease = "partial-code-release",
        /// Data claimed open without a data card.
        OpenDataClaimWithoutDataCard = "open-data-claim-without-data-card",
        /// A derivative claimed open while the data of its base cannot be obtained.
        InheritedOpacity = "inherited-opacity",
        /// An "open source" claim on a monetised release.
        MonetisedOpenSource = "monetised-open-source",
        /// A safety grade from a split that gives no official grades.
        SafetyGradeUnofficialSplit = "safety-grade-unofficial-split",
        /// A safety grade with no split.
        SafetyGradeWithoutSplit = "safety-grade-without-split",
        /// Self-reported results with no evaluation code or data.
        SelfReportedResultsUnverifiable = "self-reported-results-unverifiable",
        /// A framework level claimed while a required component is missing.
        FrameworkClaimExceedsEvidence = "framework-claim-exceeds-evidence",
    }
}

impl WashingCode {
    /// The pattern's name, as `docs/open-washing.md#patterns` names it.
    #[must_use]
    pub const fn pattern(self) -> &'static str {
        match self {
            Self::RestrictiveLicenceCalledOpenSource => {
                "Restrictive licences labelled \"open source\""
            }
            Self::RailLicenceCalledOpenSource => "Use-restricted \"responsible\" licences",
            Self::NonCommercialLicenceCalledOpen => {
                "Non-commercial or research-only terms presented as open"
            }
            Self::UnlicensedComponentCalledOpenSource
            | Self::LicenceMisnamed
            | Self::LicencePseudoId => "Licence mismatch or incompleteness",
            Self::OpenWeightsClosedEverythingElse => "Open weights, closed everything else",
            Self::GatedDownloadCalledOpen => "Gated access",
            Self::PartialCodeRelease => "Partial code release",
            Self::OpenDataClaimWithoutDataCard => "Training-data evasion",
            Self::InheritedOpacity => "Inherited opacity in derivatives",
            Self::MonetisedOpenSource => "Monetised \"open source\"",
            Self::SafetyGradeUnofficialSplit
            | Self::SafetyGradeWithoutSplit
            | Self::SelfReportedResultsUnverifiable => "Unverifiable evaluation claims",
            Self::FrameworkClaimExceedsEvidence => "Self-reported, unaudited openness claims",
        }
    }

    /// The pattern's number in the list of patterns of `docs/open-washing.md#patterns`.
    #[must_use]
    pub const fn pattern_number(self) -> u8 {
        match self {
            Self::OpenWeightsClosedEverythingElse => 1,
            Self::OpenDataClaimWithoutDataCard => 2,
            Self::RestrictiveLicenceCalledOpenSource => 4,
            Self::RailLicenceCalledOpenSource => 5,
            Self::NonCommercialLicenceCalledOpen => 6,
            Self::GatedDownloadCalledOpen => 7,
            Self::PartialCodeRelease => 8,
            Self::InheritedOpacity => 10,
            Self::UnlicensedComponentCalledOpenSource
            | Self::LicenceMisnamed
            | Self::LicencePseudoId => 11,
            Self::MonetisedOpenSource => 12,
            Self::SafetyGradeUnofficialSplit
            | Self::SafetyGradeWithoutSplit
            | Self::SelfReportedResultsUnverifiable => 13,
            Self::FrameworkClaimExceedsEvidence => 15,
        }
    }

    /// A finding with this code, its pattern, and its section of `docs/open-washing.md` (`#CODE`)
    /// as a first source.
    fn finding(
        self,
        severity: Severity,
        pointer: impl Into<String>,
        message: impl Into<String>,
        source: &str,
    ) -> Finding {
        let clause = if source.is_empty() {
            format!("docs/open-washing.md#{}", self.as_str())
        } else {
            format!("{source}; docs/open-washing.md#{}", self.as_str())
        };
        Finding::new(self.as_str(), severity, pointer, message)
            .with_pattern(self.pattern())
            .with_clause(clause)
    }
}

/// Compares the release's claims and declared licences with its evidence and returns every
/// open-washing finding, in the order of [`WashingCode::ALL`] and, within a code, of the
/// release's claims, components and evaluations.
///
/// ```
/// use ai_openness::Release;
/// use ai_openness::classify::washing::detect;
/// use ai_openness::licence::{Licence, LicenceExpression};
/// use ai_openness::model::{Availability, Claim, ClaimKind, Component, ComponentKind};
///
/// let mut release = Release::new("Llama-style");
/// release.components.push(
///     Component::new(ComponentKind::ModelWeights)
///         .with_availability(Availability::Public)
///         .with_license(Licence::new(LicenceExpression::parse("LicenseRef-Llama-3.1-Community").unwrap())),
/// );
/// release.claims.push(Claim::new(ClaimKind::OpenSource));
/// let codes: Vec<String> = detect(&release).into_iter().map(|f| f.code).collect();
/// assert!(codes.contains(&"restrictive-licence-called-open-source".to_owned()));
/// ```
#[must_use]
pub fn detect(release: &Release) -> Vec<Finding> {
    let mut findings = Vec::new();
    checks::licences(release, &mut findings);
    checks::declared(release, &mut findings);
    checks::disclosure(release, &mut findings);
    checks::evaluations(release, &mut findings);
    checks::framework_claims(release, &mut findings);
    let order = |f: &Finding| {
        WashingCode::ALL
            .iter()
            .position(|c| c.as_str() == f.code)
            .unwrap_or(usize::MAX)
    };
    // Stable: within a code, the order the checks found them in.
    findings.sort_by_key(order);
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_in_the_documentation_table() {
        let source = include_str!("washing.rs");
        for code in WashingCode::ALL {
            let row = format!("| `{}` | {} |", code.as_str(), code.pattern());
            assert!(source.contains(&row), "missing table row: {row}");
        }
    }

    #[test]
    fn codes_are_kebab_case_and_unique() {
        let mut seen = std::collections::BTreeSet::new();
        for code in WashingCode::ALL {
            let s = code.as_str();
            assert!(
                s.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{s}"
            );
            assert!(seen.insert(s), "{s}");
            assert_eq!(s.parse::<WashingCode>(), Ok(*code));
        }
    }
}
