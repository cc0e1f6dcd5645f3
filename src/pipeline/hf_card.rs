//! Hugging Face model cards (Markdown with YAML front matter): imported into a release by
//! [`crate::import::hf_card`]. A card is not JSON or YAML as a whole, so the pipeline hands
//! it over as text (see `Pipeline::process_str`): a text that opens with front matter setting a
//! card key, a file named `*.md`, or a pipeline told to read cards.

use super::{DocumentKind, Input, Outcome, Reader};
use crate::import;
use crate::syntax::Node;
use crate::validate::Validator;

/// Reads Hugging Face model cards.
pub(crate) struct HfCardReader;

impl HfCardReader {
    /// Reads a card from its text.
    pub(crate) fn read_text(text: &str) -> Outcome {
        Outcome::imported(import::hf_card::from_text(text), None)
    }
}

impl Reader for HfCardReader {
    fn kind(&self) -> DocumentKind {
        DocumentKind::HfCard
    }

    /// A card is recognised from its text, before parsing (`Pipeline::process_str`), never
    /// from a tree.
    fn recognises(&self, _tree: &Node) -> bool {
        false
    }

    fn read(&self, input: &Input<'_>, _validator: &Validator) -> Outcome {
        Self::read_text(input.text)
    }
}
