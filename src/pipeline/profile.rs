//! Custom framework profiles (`docs/profiles.md`): a document with `profile_version`.

use super::{DocumentKind, Input, Outcome, Reader};
use crate::classify::custom;
use crate::syntax::Node;
use crate::validate::Validator;

/// Reads custom framework profiles; checks them as profiles (`invalid-profile`).
pub(crate) struct ProfileReader;

impl Reader for ProfileReader {
    fn kind(&self) -> DocumentKind {
        DocumentKind::Profile
    }

    fn recognises(&self, tree: &Node) -> bool {
        custom::is_profile(tree)
    }

    fn read(&self, input: &Input<'_>, validator: &Validator) -> Outcome {
        let mut diagnostics = Vec::new();
        validator.check_profile(input.text, input.format, &mut diagnostics);
        Outcome {
            diagnostics,
            release: None,
            import: Vec::new(),
            unmapped: Vec::new(),
            mot: None,
        }
    }
}
