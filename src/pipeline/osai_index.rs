//! European Open Source AI Index entries: imported into a release with the index's own grades
//! kept as its assessment ([`crate::import::osai_index`]).

use super::{DocumentKind, Input, Outcome, Reader};
use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::import;
use crate::syntax::Node;
use crate::validate::Validator;

/// Reads index entries: a `system` mapping and at least one parameter of the index.
pub(crate) struct OsaiIndexReader;

impl Reader for OsaiIndexReader {
    fn kind(&self) -> DocumentKind {
        DocumentKind::OsaiIndex
    }

    fn recognises(&self, tree: &Node) -> bool {
        import::osai_index::is_osai_index_document(tree)
    }

    fn read(&self, input: &Input<'_>, _validator: &Validator) -> Outcome {
        match import::osai_index::from_tree(&input.tree) {
            Ok(imported) => Outcome {
                diagnostics: imported.diagnostics.clone(),
                release: Some(imported.release),
                import: imported.diagnostics,
                unmapped: imported.unmapped,
                mot: None,
            },
            Err(e) => {
                let location = e.location().cloned().unwrap_or_default();
                let pointer = location.pointer.unwrap_or_default();
                let span = input.tree.locate_nearest(&pointer);
                let d = Diagnostic::new(
                    Code::InvalidDocument,
                    Severity::Error,
                    pointer,
                    format!("not an OSAI Index entry: {e}"),
                )
                .at(
                    location.line.unwrap_or(span.line),
                    location.column.unwrap_or(span.column),
                );
                Outcome {
                    diagnostics: vec![d],
                    ..Outcome::empty()
                }
            }
        }
    }
}
