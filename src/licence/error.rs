//! Why a text is not a licence expression the crate accepts.

use std::fmt;
use std::ops::Range;

use super::normalise::{Ambiguity, Normalisation, NormalisationReason};

/// What is wrong with a licence expression.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LicenceErrorKind {
    /// The text is empty or only whitespace.
    Empty,
    /// The text is not SPDX expression syntax (unbalanced parentheses, a term where an operator
    /// must be, a character that cannot appear, …). The reason comes from the `spdx` crate.
    Syntax {
        /// What the parser expected or found.
        reason: String,
    },
    /// A term that names a known licence in a form that is not an SPDX identifier: wrong case
    /// (`apache-2.0`), a Hugging Face id (`llama3.1`), a licence name, or an id that is not on the
    /// SPDX list (`Llama-3`).
    NotAnIdentifier {
        /// The term as written.
        term: String,
    },
    /// A term that names a family of licences, a placeholder, or several different texts, not one
    /// licence (`openrail`, `gpl`, `other`).
    Ambiguous {
        /// The term as written.
        term: String,
    },
    /// A malformed `LicenseRef-`, `DocumentRef-` or `AdditionRef-` reference.
    MalformedReference {
        /// The term as written.
        term: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// `NONE` or `NOASSERTION` inside a compound expression; in SPDX they stand alone.
    SpecialValueInExpression {
        /// The term as written.
        term: String,
    },
    /// `NONE` or `NOASSERTION` written in the wrong case (`none`).
    SpecialValueCase {
        /// The term as written.
        term: String,
        /// The SPDX spelling.
        value: &'static str,
    },
    /// `+` after a GNU id that already says `-only`.
    PlusAfterSuffix {
        /// The id as written, without the `+`.
        term: String,
    },
    /// An exception after `WITH` written in the wrong case.
    ExceptionCase {
        /// The term as written.
        term: String,
    },
}

/// A licence expression that could not be accepted, with the byte span of the problem in the input
/// and, when the crate knows the licence meant, a corrected expression.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct LicenceError(Box<ErrorData>);

#[derive(Debug, Clone, PartialEq, Eq)]
struct ErrorData {
    input: String,
    span: Range<usize>,
    kind: LicenceErrorKind,
    suggestion: Option<String>,
    normalisation: Option<Normalisation>,
}

impl ErrorData {
    fn offending(&self) -> &str {
        self.input.get(self.span.clone()).unwrap_or_default()
    }

    fn column(&self) -> usize {
        self.input
            .get(..self.span.start)
            .map_or(1, |before| before.chars().count() + 1)
    }
}

impl LicenceError {
    pub(crate) fn new(input: &str, span: Range<usize>, kind: LicenceErrorKind) -> Self {
        let end = span.end.min(input.len());
        let start = span.start.min(end);
        Self(Box::new(ErrorData {
            input: input.to_owned(),
            span: start..end,
            kind,
            suggestion: None,
            normalisation: None,
        }))
    }

    pub(crate) fn with_suggestion(mut self, suggestion: Option<String>) -> Self {
        self.0.suggestion = suggestion;
        self
    }

    pub(crate) fn with_normalisation(mut self, normalisation: Option<Normalisation>) -> Self {
        self.0.normalisation = normalisation;
        self
    }

    /// The text that was parsed.
    #[must_use]
    pub fn input(&self) -> &str {
        &self.0.input
    }

    /// The byte range of the problem in [`LicenceError::input`] (always within bounds and on
    /// character boundaries when the input came from the parser).
    #[must_use]
    pub fn span(&self) -> Range<usize> {
        self.0.span.clone()
    }

    /// The 1-based column (in characters) where the problem starts.
    #[must_use]
    pub fn column(&self) -> usize {
        self.0.column()
    }

    /// What is wrong.
    #[must_use]
    pub fn kind(&self) -> &LicenceErrorKind {
        &self.0.kind
    }

    /// A corrected expression, when every offending term names exactly one known licence.
    #[must_use]
    pub fn suggestion(&self) -> Option<&str> {
        self.0.suggestion.as_deref()
    }

    /// What the normaliser made of the offending term (or of the whole input, for a syntax
    /// error), when it recognised it.
    #[must_use]
    pub fn normalisation(&self) -> Option<&Normalisation> {
        self.0.normalisation.as_ref()
    }
}

fn describe_recognised(
    f: &mut fmt::Formatter<'_>,
    term: &str,
    n: Option<&Normalisation>,
) -> fmt::Result {
    match n.map(|n| n.reason) {
        Some(NormalisationReason::CaseMismatch) => write!(
            f,
            "`{term}` is not an SPDX identifier (identifiers are case-sensitive)"
        ),
        Some(NormalisationReason::HuggingFaceId) => write!(
            f,
            "`{term}` is a Hugging Face licence id, not an SPDX identifier"
        ),
        Some(NormalisationReason::ScanCodeKey) => write!(
            f,
            "`{term}` is a ScanCode licence key, not an SPDX identifier"
        ),
        Some(NormalisationReason::PseudoSpdxId) => {
            write!(f, "`{term}` is not on the SPDX licence list")
        }
        _ => write!(f, "`{term}` is a licence name, not an SPDX identifier"),
    }
}

fn describe_ambiguity(
    f: &mut fmt::Formatter<'_>,
    term: &str,
    n: Option<&Normalisation>,
) -> fmt::Result {
    let kind = n.and_then(|n| match n.reason {
        NormalisationReason::Ambiguous { kind, .. } => Some(kind),
        _ => None,
    });
    match kind {
        Some(Ambiguity::Placeholder) => write!(f, "`{term}` is a placeholder, not a licence"),
        Some(Ambiguity::VersionUnstated) => {
            write!(f, "`{term}` does not say which version of the licence")
        }
        Some(Ambiguity::OnlyOrLater) => write!(
            f,
            "`{term}` does not say whether later versions of the licence are allowed"
        ),
        Some(Ambiguity::SeveralTexts) => write!(
            f,
            "`{term}` has been used for several different licence texts"
        ),
        Some(Ambiguity::Family) | None => {
            write!(f, "`{term}` names a family of licences, not one licence")
        }
    }
}

impl fmt::Display for LicenceErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LicenceErrorKind::Empty => f.write_str("the expression is empty"),
            LicenceErrorKind::Syntax { reason } => f.write_str(reason),
            LicenceErrorKind::NotAnIdentifier { term } => describe_recognised(f, term, None),
            LicenceErrorKind::Ambiguous { term } => describe_ambiguity(f, term, None),
            LicenceErrorKind::MalformedReference { term, reason } => {
                write!(f, "malformed reference `{term}`: {reason}")
            }
            LicenceErrorKind::SpecialValueInExpression { term } => write!(
                f,
                "`{term}` cannot be combined with other terms; in SPDX it stands alone"
            ),
            LicenceErrorKind::SpecialValueCase { term, value } => write!(
                f,
                "`{term}` is not the SPDX value `{value}` (it is case-sensitive)"
            ),
            LicenceErrorKind::PlusAfterSuffix { term } => write!(
                f,
                "`+` cannot follow `{term}`, which already says which versions apply"
            ),
            LicenceErrorKind::ExceptionCase { term } => write!(
                f,
                "`{term}` is not an SPDX exception identifier (identifiers are case-sensitive)"
            ),
        }
    }
}

impl fmt::Display for ErrorData {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if matches!(self.kind, LicenceErrorKind::Empty) {
            return f.write_str("empty licence expression");
        }
        write!(f, "invalid licence expression `{}`: ", self.input)?;
        let n = self.normalisation.as_ref();
        match &self.kind {
            LicenceErrorKind::NotAnIdentifier { term } => describe_recognised(f, term, n)?,
            LicenceErrorKind::Ambiguous { term } => describe_ambiguity(f, term, n)?,
            LicenceErrorKind::Syntax { reason } => {
                f.write_str(reason)?;
                let at = self.offending();
                if !at.trim().is_empty() {
                    write!(f, " at `{at}`")?;
                }
            }
            other => write!(f, "{other}")?,
        }
        write!(f, " (column {})", self.column())?;
        if let Some(s) = &self.suggestion {
            write!(f, "; did you mean `{s}`")?;
        } else if let Some(n) = n
            && let NormalisationReason::Ambiguous { kind, candidates } = n.reason
        {
            if matches!(self.kind, LicenceErrorKind::Syntax { .. }) {
                f.write_str("; ")?;
                describe_ambiguity(f, &n.input, Some(n))?;
            }
            if candidates.is_empty() {
                if kind == Ambiguity::Placeholder {
                    f.write_str(
                            "; write a `LicenseRef-…` for the actual licence, or `NOASSERTION` if it is unknown",
                        )?;
                } else {
                    f.write_str("; name one licence")?;
                }
            } else {
                f.write_str("; name one of ")?;
                for (i, c) in candidates.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "`{c}`")?;
                }
            }
        }
        Ok(())
    }
}
