//! CycloneDX 1.6 and 1.7 ML-BOMs: imported into a release by [`crate::import::cyclonedx`], with the importer's
//! diagnostics; a document the importer cannot read is one error diagnostic, located.

use super::{DocumentKind, Input, Outcome, Reader};
use crate::import;
use crate::syntax::Node;
use crate::validate::Validator;

/// Reads CycloneDX 1.6 and 1.7 ML-BOMs.
pub(crate) struct CycloneDxReader;

impl Reader for CycloneDxReader {
    fn kind(&self) -> DocumentKind {
        DocumentKind::CycloneDx
    }

    fn recognises(&self, tree: &Node) -> bool {
        import::cyclonedx::is_cyclonedx_document(tree)
    }

    fn read(&self, input: &Input<'_>, _validator: &Validator) -> Outcome {
        match import::cyclonedx::from_tree(&input.tree) {
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
