//! Three-valued truth: [`Tri`] (yes, no, not established) for facts such as a licence's, and
//! [`Status`] (met, not met, unknown) for the criteria of a classification, which reads facts.

use std::fmt;

#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::macros::vocabulary;

/// A truth value that may be unknown (Kleene's strong three-valued logic). A fact the data does not
/// settle is [`Tri::Unknown`], never [`Tri::No`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Tri {
    /// Established to hold.
    Yes,
    /// Established not to hold.
    No,
    /// Not established.
    Unknown,
}

impl Tri {
    /// `Yes` when `b`, else `No`.
    #[must_use]
    pub const fn from_bool(b: bool) -> Self {
        if b { Tri::Yes } else { Tri::No }
    }

    /// Conjunction: `No` if either is `No`, else `Unknown` if either is `Unknown`, else `Yes`.
    #[must_use]
    pub const fn and(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::No, _) | (_, Tri::No) => Tri::No,
            (Tri::Unknown, _) | (_, Tri::Unknown) => Tri::Unknown,
            (Tri::Yes, Tri::Yes) => Tri::Yes,
        }
    }

    /// Disjunction: `Yes` if either is `Yes`, else `Unknown` if either is `Unknown`, else `No`.
    #[must_use]
    pub const fn or(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::Yes, _) | (_, Tri::Yes) => Tri::Yes,
            (Tri::Unknown, _) | (_, Tri::Unknown) => Tri::Unknown,
            (Tri::No, Tri::No) => Tri::No,
        }
    }

    /// Negation; `Unknown` stays `Unknown`.
    #[must_use]
    #[allow(clippy::should_implement_trait)]
    pub const fn not(self) -> Tri {
        match self {
            Tri::Yes => Tri::No,
            Tri::No => Tri::Yes,
            Tri::Unknown => Tri::Unknown,
        }
    }

    /// `Some(bool)` when known.
    #[must_use]
    pub const fn to_bool(self) -> Option<bool> {
        match self {
            Tri::Yes => Some(true),
            Tri::No => Some(false),
            Tri::Unknown => None,
        }
    }

    /// The lower-case name: `yes`, `no` or `unknown`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Tri::Yes => "yes",
            Tri::No => "no",
            Tri::Unknown => "unknown",
        }
    }
}

impl From<bool> for Tri {
    fn from(b: bool) -> Self {
        Tri::from_bool(b)
    }
}

impl From<Tri> for Status {
    fn from(t: Tri) -> Self {
        match t {
            Tri::Yes => Status::Met,
            Tri::No => Status::NotMet,
            Tri::Unknown => Status::Unknown,
        }
    }
}

impl fmt::Display for Tri {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

vocabulary! {
    /// The outcome of one criterion. Tri-state: a fact that the description does not give is
    /// `unknown`, never `not-met`.
    pub enum Status {
        /// The description shows the criterion is met.
        Met = "met",
        /// The description shows the criterion is not met.
        NotMet = "not-met",
        /// The description cannot settle the criterion.
        Unknown = "unknown",
    }
}

impl Status {
    /// `Met` when `b`, else `NotMet`.
    #[must_use]
    pub const fn from_bool(b: bool) -> Self {
        if b { Self::Met } else { Self::NotMet }
    }

    /// The conjunction of several statuses: not met if any is not met, else unknown if any is
    /// unknown, else met (an empty conjunction is met).
    #[must_use]
    pub fn all(statuses: impl IntoIterator<Item = Status>) -> Self {
        let mut out = Self::Met;
        for s in statuses {
            match s {
                Self::NotMet => return Self::NotMet,
                Self::Unknown => out = Self::Unknown,
                Self::Met => {}
            }
        }
        out
    }

    /// The disjunction of several statuses: met if any is met, else unknown if any is unknown,
    /// else not met (an empty disjunction is not met).
    #[must_use]
    pub fn any(statuses: impl IntoIterator<Item = Status>) -> Self {
        let mut out = Self::NotMet;
        for s in statuses {
            match s {
                Self::Met => return Self::Met,
                Self::Unknown => out = Self::Unknown,
                Self::NotMet => {}
            }
        }
        out
    }
}
