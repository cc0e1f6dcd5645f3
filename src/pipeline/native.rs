//! Native descriptions: every layer of the [`Validator`].

use super::{DocumentKind, Input, Outcome, Reader};
use crate::syntax::Node;
use crate::validate::Validator;

/// Reads native descriptions (`docs/format.md`); recognises every document no other reader
/// claims.
pub(crate) struct NativeReader;

impl Reader for NativeReader {
    fn kind(&self) -> DocumentKind {
        DocumentKind::Description
    }

    fn recognises(&self, _tree: &Node) -> bool {
        true
    }

    fn read(&self, input: &Input<'_>, validator: &Validator) -> Outcome {
        let mut diagnostics = Vec::new();
        let release = validator.check_description(&input.tree, &mut diagnostics);
        Outcome {
            diagnostics,
            release,
            import: Vec::new(),
            unmapped: Vec::new(),
            mot: None,
        }
    }
}
