//! What is known about each term of an expression, and the predicates the frameworks build on.

use crate::value::ContentType;

use super::expression::{ExceptionTerm, LicenceExpression, LicenceRequirement, LicenceTerm};
use super::facet::{Facet, FacetKind};
use super::table::LicenceInfo;
use crate::value::Tri;

/// Where the facts of a term come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum FactsSource {
    /// A row of the crate's licence table.
    Table(&'static LicenceInfo),
    /// An id on the SPDX list that the table does not cover: only the SPDX list's flags are known.
    SpdxList,
    /// A `LicenseRef-` the table does not know, a `DocumentRef-` reference, or an unknown id:
    /// nothing is known.
    Unlisted,
    /// The expression is `NONE`: there is no licence, so nothing is granted.
    NoLicence,
    /// The expression is `NOASSERTION`: nothing is known.
    NoAssertion,
}

/// A view of what is known about one term of an expression: its table row if the table has one,
/// else the SPDX list's flags for an SPDX id, else nothing (every answer `Unknown`).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct LicenceFacts<'a> {
    term: Option<LicenceTerm<'a>>,
    exception: Option<ExceptionTerm<'a>>,
    source: FactsSource,
}

impl<'a> LicenceFacts<'a> {
    /// The facts of one requirement of an expression.
    #[must_use]
    pub fn of(requirement: LicenceRequirement<'a>) -> Self {
        let mut facts = Self::of_term(requirement.term);
        facts.exception = requirement.exception;
        facts
    }

    /// The facts of one licence term.
    #[must_use]
    pub fn of_term(term: LicenceTerm<'a>) -> Self {
        let source = match (term.info(), term.spdx_id()) {
            (Some(info), _) => FactsSource::Table(info),
            (None, Some(_)) => FactsSource::SpdxList,
            (None, None) => FactsSource::Unlisted,
        };
        Self {
            term: Some(term),
            exception: None,
            source,
        }
    }

    /// The facts of `NONE`.
    #[must_use]
    pub fn no_licence() -> LicenceFacts<'static> {
        LicenceFacts {
            term: None,
            exception: None,
            source: FactsSource::NoLicence,
        }
    }

    /// The facts of `NOASSERTION`.
    #[must_use]
    pub fn no_assertion() -> LicenceFacts<'static> {
        LicenceFacts {
            term: None,
            exception: None,
            source: FactsSource::NoAssertion,
        }
    }

    /// The licence term (`None` for `NONE` and `NOASSERTION`).
    #[must_use]
    pub fn term(&self) -> Option<LicenceTerm<'a>> {
        self.term
    }

    /// The `WITH` exception, if any. It never changes the answers below.
    #[must_use]
    pub fn exception(&self) -> Option<ExceptionTerm<'a>> {
        self.exception
    }

    /// Where the facts come from.
    #[must_use]
    pub fn source(&self) -> FactsSource {
        self.source
    }

    /// The table row, when there is one.
    #[must_use]
    pub fn info(&self) -> Option<&'static LicenceInfo> {
        match self.source {
            FactsSource::Table(info) => Some(info),
            _ => None,
        }
    }

    fn spdx_id(&self) -> Option<spdx::LicenseId> {
        self.term.and_then(|t| t.spdx_id())
    }

    /// Whether the term is an id on the SPDX list (the version the `spdx` crate bundles).
    #[must_use]
    pub fn on_spdx_list(&self) -> bool {
        self.spdx_id().is_some()
    }

    /// Whether the term, as written, is a deprecated SPDX id.
    #[must_use]
    pub fn deprecated(&self) -> bool {
        matches!(
            self.term,
            Some(LicenceTerm::Spdx {
                deprecated: true,
                ..
            })
        )
    }

    /// OSI approval as the SPDX list records it. `No` for a table licence that is not on the list
    /// and for `NONE`; `Unknown` for unknown terms and `NOASSERTION`.
    #[must_use]
    pub fn osi_approved(&self) -> Tri {
        match self.source {
            FactsSource::Table(info) => info.osi_approved(),
            FactsSource::SpdxList => {
                Tri::from_bool(self.spdx_id().is_some_and(|id| id.is_osi_approved()))
            }
            FactsSource::NoLicence => Tri::No,
            FactsSource::Unlisted | FactsSource::NoAssertion => Tri::Unknown,
        }
    }

    /// FSF free/libre status as the SPDX list records it. `No` for `NONE`; `Unknown` for licences
    /// off the list, unknown terms and `NOASSERTION`.
    #[must_use]
    pub fn fsf_libre(&self) -> Tri {
        match self.source {
            FactsSource::Table(info) => info.fsf_libre(),
            FactsSource::SpdxList => {
                Tri::from_bool(self.spdx_id().is_some_and(|id| id.is_fsf_free_libre()))
            }
            FactsSource::NoLicence => Tri::No,
            FactsSource::Unlisted | FactsSource::NoAssertion => Tri::Unknown,
        }
    }

    /// Open Definition conformance (see [`LicenceInfo::open_data`]). `No` for `NONE`; `Unknown`
    /// when the table has no row.
    #[must_use]
    pub fn open_data(&self) -> Tri {
        match self.source {
            FactsSource::Table(info) => info.open_data,
            FactsSource::NoLicence => Tri::No,
            FactsSource::SpdxList | FactsSource::Unlisted | FactsSource::NoAssertion => {
                Tri::Unknown
            }
        }
    }

    /// The value of a facet. Without a table row every facet is `Unknown`, except share-alike for
    /// SPDX ids the list marks copyleft. For `NONE`, commercial use, derivatives and redistribution
    /// are `Forbidden` (nothing is granted) and the other facets `NotApplicable`.
    #[must_use]
    pub fn facet(&self, kind: FacetKind) -> Facet {
        match self.source {
            FactsSource::Table(info) => info.facet(kind),
            FactsSource::SpdxList => {
                if kind == FacetKind::ShareAlike
                    && self.spdx_id().is_some_and(|id| id.is_copyleft())
                {
                    Facet::PRESENT
                } else {
                    Facet::Unknown
                }
            }
            FactsSource::NoLicence => match kind {
                FacetKind::CommercialUse | FacetKind::Derivatives | FacetKind::Redistribution => {
                    Facet::Forbidden
                }
                _ => Facet::NotApplicable,
            },
            FactsSource::Unlisted | FactsSource::NoAssertion => Facet::Unknown,
        }
    }

    /// Whether the licence suits a content type (MOF's type-appropriateness); `Unknown` without a
    /// table row, `No` for `NONE`.
    #[must_use]
    pub fn suits(&self, content: ContentType) -> Tri {
        match self.source {
            FactsSource::Table(info) => info.suits(content),
            FactsSource::NoLicence => Tri::No,
            FactsSource::SpdxList | FactsSource::Unlisted | FactsSource::NoAssertion => {
                Tri::Unknown
            }
        }
    }

    /// Whether the licence grants commercial use, at least to some licensees: `Yes` for
    /// [`Facet::Allowed`] and [`Facet::Conditional`] (the condition is usually a user threshold, see
    /// [`LicenceFacts::has_user_threshold`]), `No` for [`Facet::Forbidden`] and `NONE`.
    #[must_use]
    pub fn allows_commercial_use(&self) -> Tri {
        match self.facet(FacetKind::CommercialUse) {
            Facet::Allowed | Facet::Conditional => Tri::Yes,
            Facet::Forbidden | Facet::NotApplicable => Tri::No,
            Facet::NoClause | Facet::Unknown => Tri::Unknown,
        }
    }

    /// Whether the licence restricts the purposes of use (an acceptable-use policy, research-only,
    /// non-commercial-only): `Yes` when the facet is present or conditional.
    #[must_use]
    pub fn has_use_restrictions(&self) -> Tri {
        burden(self.facet(FacetKind::UseRestrictions))
    }

    /// Whether the licence has a user or revenue threshold.
    #[must_use]
    pub fn has_user_threshold(&self) -> Tri {
        burden(self.facet(FacetKind::UserThreshold))
    }
}

/// A burden facet as a truth value: present or conditional is `Yes`; absent, no clause and not
/// applicable are `No`.
fn burden(f: Facet) -> Tri {
    match f {
        Facet::Allowed | Facet::Conditional => Tri::Yes,
        Facet::Forbidden | Facet::NoClause | Facet::NotApplicable => Tri::No,
        Facet::Unknown => Tri::Unknown,
    }
}

/// Whether the licensee can take the work under OSI-approved terms (some branch of every `OR`,
/// every branch of every `AND`). `Unknown` for unknown ids and `NOASSERTION`; `No` for `NONE`.
#[must_use]
pub fn is_osi_approved(expr: &LicenceExpression) -> Tri {
    expr.evaluate(|f| f.osi_approved())
}

/// Whether the licensee can take the work under FSF free/libre terms.
#[must_use]
pub fn is_fsf_libre(expr: &LicenceExpression) -> Tri {
    expr.evaluate(|f| f.fsf_libre())
}

/// Whether the licensee can take the work under Open Definition conformant terms.
#[must_use]
pub fn is_open_data(expr: &LicenceExpression) -> Tri {
    expr.evaluate(|f| f.open_data())
}

/// Whether the licensee can take the work under terms that grant commercial use (possibly under a
/// condition, see [`LicenceFacts::allows_commercial_use`]).
#[must_use]
pub fn allows_commercial_use(expr: &LicenceExpression) -> Tri {
    expr.evaluate(|f| f.allows_commercial_use())
}

/// Whether use restrictions bind the licensee whichever `OR` branch they choose.
#[must_use]
pub fn has_use_restrictions(expr: &LicenceExpression) -> Tri {
    expr.evaluate_restriction(|f| f.has_use_restrictions())
}

/// Whether a user or revenue threshold binds the licensee whichever `OR` branch they choose.
#[must_use]
pub fn has_user_threshold(expr: &LicenceExpression) -> Tri {
    expr.evaluate_restriction(|f| f.has_user_threshold())
}

/// Whether the licensee can take the work under terms suited to the content type.
#[must_use]
pub fn suits_content_type(expr: &LicenceExpression, content: ContentType) -> Tri {
    expr.evaluate(|f| f.suits(content))
}

/// Evaluation of licence facts over an expression (here rather than in `expression.rs`, so that the
/// facts depend on the expression and not both ways).
impl LicenceExpression {
    /// The facts of every term, left to right; for `NONE` and `NOASSERTION`, one entry that says
    /// so.
    pub fn facts(&self) -> impl Iterator<Item = LicenceFacts<'_>> {
        let special = if self.is_none() {
            Some(LicenceFacts::no_licence())
        } else if self.is_noassertion() {
            Some(LicenceFacts::no_assertion())
        } else {
            None
        };
        special
            .into_iter()
            .chain(self.requirements().map(LicenceFacts::of))
    }

    /// Evaluates a property the licensee wants (the licence is open, allows commercial use, …) over
    /// the expression. For `A OR B` the licensee may choose, so it holds if it holds for some
    /// branch; for `A AND B` both must be complied with, so it must hold for both. Three-valued:
    /// `Unknown` where the facts of a term are unknown (Kleene logic). `WITH` exceptions do not
    /// change the outcome. `NONE` and `NOASSERTION` are evaluated through
    /// [`LicenceFacts::no_licence`] and [`LicenceFacts::no_assertion`].
    pub fn evaluate(&self, pred: impl Fn(&LicenceFacts<'_>) -> Tri) -> Tri {
        if self.is_none() {
            return pred(&LicenceFacts::no_licence());
        }
        if self.is_noassertion() {
            return pred(&LicenceFacts::no_assertion());
        }
        self.fold(
            |r| pred(&LicenceFacts::of(r)),
            |and, a: Tri, b| if and { a.and(b) } else { a.or(b) },
        )
        .unwrap_or(Tri::Unknown)
    }

    /// Evaluates a burden (use restrictions, a user threshold, …): whether the licensee is bound by
    /// it whichever branch of an `OR` they choose. For `A OR B` it holds only if it holds for both;
    /// for `A AND B` if it holds for either. This is `not evaluate(not pred)`.
    pub fn evaluate_restriction(&self, pred: impl Fn(&LicenceFacts<'_>) -> Tri) -> Tri {
        self.evaluate(|f| pred(f).not()).not()
    }
}
