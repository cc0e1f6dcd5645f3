//! Licences: SPDX expressions, what the crate knows about AI model licences, and the predicates the
//! openness frameworks build on.
//!
//! - [`LicenceExpression`] is a validated SPDX licence expression (parsed by the `spdx` crate).
//!   Unknown and deprecated ids are accepted so that the validator can report them; terms that name
//!   a known licence in a non-SPDX form (`apache-2.0`, `Llama-3`) are rejected with a suggestion.
//! - [`Licence`] is what a component carries: the expression, the licence as the producer wrote it,
//!   and a link to its text.
//! - [`table()`] is the crate's licence table ([`LicenceInfo`]): the AI model licences of the
//!   licence table (`docs/licences.md`: Llama, Gemma, the RAIL family, Qwen, DeepSeek, Mistral,
//!   NVIDIA, Stability AI, FAIR, Creative Commons NC, OpenMDW) and the common open licences, each
//!   with ten [`Facet`]s tied to clauses.
//! - [`normalise`] maps the way licences are written in model metadata (Hugging Face ids, free
//!   text, pseudo-SPDX ids) to table and SPDX ids, and says when a name is ambiguous instead of
//!   guessing.
//! - [`LicenceFacts`] and [`Tri`] evaluate predicates over an expression, honouring `AND`/`OR`:
//!   [`is_osi_approved`], [`has_use_restrictions`], … or any predicate via
//!   [`LicenceExpression::evaluate`].
//!
//! ```
//! use ai_openness::licence::{LicenceExpression, Tri, is_osi_approved, has_use_restrictions};
//!
//! let llama = LicenceExpression::parse("LicenseRef-Llama-3.1-Community").unwrap();
//! assert_eq!(is_osi_approved(&llama), Tri::No);
//! assert_eq!(has_use_restrictions(&llama), Tri::Yes);
//!
//! let dual = LicenceExpression::parse("MIT OR LicenseRef-Llama-3.1-Community").unwrap();
//! assert_eq!(is_osi_approved(&dual), Tri::Yes); // the licensee may choose MIT
//! ```

mod declaration;
mod error;
mod expression;
mod facet;
mod facts;
mod normalise;
mod table;

pub use crate::value::Tri;
pub use declaration::Licence;
pub use error::{LicenceError, LicenceErrorKind};
pub use expression::{
    EXPRESSION_PATTERN, ExceptionTerm, LicenceExpression, LicenceRequirement, LicenceTerm,
};
pub use facet::{Facet, FacetCell, FacetKind, Facets};
pub use facts::{
    FactsSource, LicenceFacts, allows_commercial_use, has_use_restrictions, has_user_threshold,
    is_fsf_libre, is_open_data, is_osi_approved, suits_content_type,
};
pub use normalise::{Ambiguity, Normalisation, NormalisationReason, normalise};
pub use table::{Evidence, LicenceInfo, lookup, lookup_hf, table};
