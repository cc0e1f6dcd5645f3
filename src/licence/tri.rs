//! Three-valued truth: yes, no, or not established.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A truth value that may be unknown (Kleene's strong three-valued logic). A fact the data does not
/// settle is [`Tri::Unknown`], never [`Tri::No`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
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

impl From<Tri> for crate::classify::Status {
    fn from(t: Tri) -> Self {
        match t {
            Tri::Yes => crate::classify::Status::Met,
            Tri::No => crate::classify::Status::NotMet,
            Tri::Unknown => crate::classify::Status::Unknown,
        }
    }
}

impl fmt::Display for Tri {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
