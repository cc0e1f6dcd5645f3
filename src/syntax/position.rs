//! Turning the YAML parser's markers into [`Span`]s.

use granit_parser::Marker;

use super::Span;

/// Converts markers of one text (the parser's columns are 0-based characters and already skip
/// a leading byte-order mark; its byte offsets are optional in general).
#[derive(Debug)]
pub(super) struct LineIndex<'a> {
    text: &'a str,
}

impl<'a> LineIndex<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        Self { text }
    }

    /// The indexed text.
    pub(super) fn text(&self) -> &'a str {
        self.text
    }

    /// The span of a marker: its 1-based line, 1-based character column (a leading byte-order
    /// mark is not counted) and byte offset.
    pub(super) fn span(&self, marker: &Marker) -> Span {
        let line = u32::try_from(marker.line()).unwrap_or(u32::MAX).max(1);
        let offset = marker
            .byte_offset()
            .unwrap_or_else(|| self.byte_offset(marker.index()));
        let column = u32::try_from(marker.col())
            .unwrap_or(u32::MAX)
            .saturating_add(1);
        Span::new(line, column, offset)
    }

    /// The byte offset of the character with index `chars` (clamped to the end of the text).
    fn byte_offset(&self, chars: usize) -> usize {
        self.text
            .char_indices()
            .nth(chars)
            .map_or(self.text.len(), |(i, _)| i)
    }
}
