//! The readers of formats whose importer reads the parsed tree as it is: one reader type, and one
//! constant per format (a new format of this kind is one constant here and one line in the
//! reader table). Each recognises its documents, and turns them into a release with the
//! importer's diagnostics; a document the importer cannot read is one located error diagnostic.

use super::{DocumentKind, Input, Outcome, Reader};
use crate::error::Result;
use crate::import::{self, Imported};
use crate::syntax::Node;
use crate::validate::Validator;

/// A reader made of an importer's recogniser and its tree reader.
pub(crate) struct TreeImporter {
    /// The kind of document it reads.
    kind: DocumentKind,
    /// Whether a parsed document is of this kind.
    recognise: fn(&Node) -> bool,
    /// The importer.
    import: fn(&Node) -> Result<Imported>,
}

impl Reader for TreeImporter {
    fn kind(&self) -> DocumentKind {
        self.kind
    }

    fn recognises(&self, tree: &Node) -> bool {
        (self.recognise)(tree)
    }

    fn read(&self, input: &Input<'_>, _validator: &Validator) -> Outcome {
        Outcome::imported((self.import)(&input.tree), Some(&input.tree))
    }
}

/// SPDX 3.0.1 JSON-LD documents with the AI and Dataset profiles ([`crate::import::spdx3`]).
pub(crate) const SPDX3: TreeImporter = TreeImporter {
    kind: DocumentKind::Spdx3,
    recognise: import::spdx3::is_spdx3_document,
    import: import::spdx3::from_tree,
};

/// CycloneDX 1.6 and 1.7 ML-BOMs ([`crate::import::cyclonedx`]).
pub(crate) const CYCLONEDX: TreeImporter = TreeImporter {
    kind: DocumentKind::CycloneDx,
    recognise: import::cyclonedx::is_cyclonedx_document,
    import: import::cyclonedx::from_tree,
};

/// MLCommons Croissant 1.0 and 1.1 dataset descriptions, JSON-LD read with its own `@context`
/// ([`crate::import::croissant`]).
pub(crate) const CROISSANT: TreeImporter = TreeImporter {
    kind: DocumentKind::Croissant,
    recognise: import::croissant::is_croissant_document,
    import: import::croissant::from_tree,
};
