//! The permission and restriction facets of a licence, and their values.
//!
//! The facets and the value legend follow the reference table of AI model licences the crate is built
//! on (see [`super::table`]): each facet of each licence is one of six values, tied to a clause.

#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::value::vocabulary;

/// The value of one facet of a licence, as in the legend of the reference table:
///
/// | legend | variant | meaning |
/// |---|---|---|
/// | Y | [`Allowed`](Facet::Allowed) | allowed, or (for an obligation or restriction facet) present |
/// | C | [`Conditional`](Facet::Conditional) | allowed or present under a condition, given in the cell's note |
/// | N | [`Forbidden`](Facet::Forbidden) | not allowed, or (for an obligation or restriction facet) absent |
/// | — | [`NoClause`](Facet::NoClause) | the licence has no clause on the point |
/// | n/a | [`NotApplicable`](Facet::NotApplicable) | the point does not arise under this licence |
/// | ? | [`Unknown`](Facet::Unknown) | not established; never inferred |
///
/// Facets that describe a burden (use restrictions, a user threshold, attribution, flow-down,
/// termination, share-alike) read Y as "present" and N as "absent"; [`Facet::PRESENT`] and
/// [`Facet::ABSENT`] name those readings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Facet {
    /// Y: allowed, or present.
    Allowed,
    /// C: allowed or present under a condition (the cell's note says which).
    Conditional,
    /// N: not allowed, or absent.
    Forbidden,
    /// —: the licence has no clause on the point (called "None" in the reference legend).
    NoClause,
    /// n/a: the point does not arise (e.g. a user threshold on a licence that forbids commercial use).
    NotApplicable,
    /// ?: not established. A facet is never guessed.
    Unknown,
}

impl Facet {
    /// "Present" for a burden facet (use restrictions, threshold, attribution, flow-down,
    /// termination, share-alike): the legend's Y.
    pub const PRESENT: Facet = Facet::Allowed;
    /// "Absent" for a burden facet: the legend's N.
    pub const ABSENT: Facet = Facet::Forbidden;

    /// The legend symbol: `Y`, `C`, `N`, `—`, `n/a` or `?`.
    #[must_use]
    pub const fn symbol(self) -> &'static str {
        match self {
            Facet::Allowed => "Y",
            Facet::Conditional => "C",
            Facet::Forbidden => "N",
            Facet::NoClause => "—",
            Facet::NotApplicable => "n/a",
            Facet::Unknown => "?",
        }
    }

    /// Whether the value is established (anything but [`Facet::Unknown`]).
    #[must_use]
    pub const fn is_known(self) -> bool {
        !matches!(self, Facet::Unknown)
    }
}

vocabulary! {
    /// The ten facets recorded for every licence in the table.
    pub enum FacetKind {
        /// Commercial use of the licensed work.
        CommercialUse = "commercial_use",
        /// Making derivative works (modifications, fine-tunes).
        Derivatives = "derivatives",
        /// Redistributing the work.
        Redistribution = "redistribution",
        /// Use restrictions: an acceptable-use policy, a prohibited-use list or a field-of-use limit
        /// (research only, non-commercial only).
        UseRestrictions = "use_restrictions",
        /// A user or revenue threshold above which the licence does not apply or a separate licence
        /// is needed.
        UserThreshold = "user_threshold",
        /// Using the work's outputs to train other models.
        OutputsTraining = "outputs_training",
        /// Attribution or naming requirements (notice files, "Built with …", name prefixes).
        Attribution = "attribution",
        /// Terms that must flow down to derivatives or recipients.
        FlowDown = "flow_down",
        /// Termination of the licence on breach.
        Termination = "termination",
        /// Share-alike or copyleft: derivatives must carry the same licence.
        ShareAlike = "share_alike",
    }
}

/// One cell of the table: a facet's value, the clause it rests on and a short note.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct FacetCell {
    /// The value.
    pub value: Facet,
    /// The clause in the licence's own numbering (`§1.b.iv`, `¶5`, `Att. A`), or empty when there is
    /// none to cite (unnumbered texts, "no clause", unknown).
    pub clause: &'static str,
    /// A short note: the condition of a [`Facet::Conditional`], a number, a qualification. Empty
    /// when nothing needs saying.
    pub note: &'static str,
}

impl FacetCell {
    pub(crate) const fn new(value: Facet, clause: &'static str, note: &'static str) -> Self {
        Self {
            value,
            clause,
            note,
        }
    }
}

/// The ten facets of one licence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct Facets {
    /// Commercial use.
    pub commercial_use: FacetCell,
    /// Derivative works.
    pub derivatives: FacetCell,
    /// Redistribution.
    pub redistribution: FacetCell,
    /// Use restrictions or acceptable-use policy (present = Y).
    pub use_restrictions: FacetCell,
    /// User or revenue threshold (present = Y; the number is in [`super::LicenceInfo::threshold`]).
    pub user_threshold: FacetCell,
    /// Outputs used to train other models.
    pub outputs_training: FacetCell,
    /// Attribution or naming requirements (present = Y).
    pub attribution: FacetCell,
    /// Flow-down of terms to derivatives (present = Y).
    pub flow_down: FacetCell,
    /// Termination on breach (present = Y).
    pub termination: FacetCell,
    /// Share-alike or copyleft (present = Y).
    pub share_alike: FacetCell,
}

impl Facets {
    /// The cell of one facet.
    #[must_use]
    pub const fn get(&self, kind: FacetKind) -> &FacetCell {
        match kind {
            FacetKind::CommercialUse => &self.commercial_use,
            FacetKind::Derivatives => &self.derivatives,
            FacetKind::Redistribution => &self.redistribution,
            FacetKind::UseRestrictions => &self.use_restrictions,
            FacetKind::UserThreshold => &self.user_threshold,
            FacetKind::OutputsTraining => &self.outputs_training,
            FacetKind::Attribution => &self.attribution,
            FacetKind::FlowDown => &self.flow_down,
            FacetKind::Termination => &self.termination,
            FacetKind::ShareAlike => &self.share_alike,
        }
    }

    /// Every facet [`Facet::Unknown`], with no clause: a licence whose text was not reviewed.
    pub(crate) const UNKNOWN: Facets = {
        let u = FacetCell::new(Facet::Unknown, "", "");
        Facets {
            commercial_use: u,
            derivatives: u,
            redistribution: u,
            use_restrictions: u,
            user_threshold: u,
            outputs_training: u,
            attribution: u,
            flow_down: u,
            termination: u,
            share_alike: u,
        }
    };
}
