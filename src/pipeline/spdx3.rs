//! SPDX 3.0.1 JSON-LD documents with the AI and Dataset profiles: imported into a release by [`crate::import::spdx3`], with the importer's
//! diagnostics; a document the importer cannot read is one error diagnostic, located.

use super::{DocumentKind, Input, Outcome, Reader};
use crate::import;
use crate::syntax::Node;
use crate::validate::Validator;

/// Reads SPDX 3.0.1 JSON-LD documents with the AI and Dataset profiles.
pub(crate) struct Spdx3Reader;

impl Reader for Spdx3Reader {
    fn kind(&self) -> DocumentKind {
        DocumentKind::Spdx3
    }

    fn recognises(&self, tree: &Node) -> bool {
        import::spdx3::is_spdx3_document(tree)
    }

    fn read(&self, input: &Input<'_>, _validator: &Validator) -> Outcome {
        match import::spdx3::from_tree(&input.tree) {
            Ok(imported) => Outcome {
                diagnostics: imported.diagnostics.clone(),
                release: Some(imported.release),
                import: imported.diagnostics,
                unmapped: imported.unmapped,
                mot: None,
            },
            Err(e) => Outcome {
                diagnostics: vec![import::fields::error_diagnostic(&e, Some(&input.tree))],
                release: None,
                import: Vec::new(),
                unmapped: Vec::new(),
                mot: None,
            },
        }
    }
}
