//! MLCommons Croissant 1.0 and 1.1 dataset descriptions (JSON-LD): imported into a release by [`crate::import::croissant`], with the importer's
//! diagnostics; a document the importer cannot read is one error diagnostic, located.

use super::{DocumentKind, Input, Outcome, Reader};
use crate::import;
use crate::syntax::Node;
use crate::validate::Validator;

/// Reads MLCommons Croissant 1.0 and 1.1 dataset descriptions (JSON-LD).
pub(crate) struct CroissantReader;

impl Reader for CroissantReader {
    fn kind(&self) -> DocumentKind {
        DocumentKind::Croissant
    }

    fn recognises(&self, tree: &Node) -> bool {
        import::croissant::is_croissant_document(tree)
    }

    fn read(&self, input: &Input<'_>, _validator: &Validator) -> Outcome {
        match import::croissant::from_tree(&input.tree) {
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
