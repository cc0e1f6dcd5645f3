//! Counting nodes, text and nesting against [`Limits`] while a tree is built.

use super::{LimitKind, Limits, Span, SyntaxError, SyntaxErrorKind};

/// Fails when the input itself is larger than [`Limits::max_bytes`], before any parsing.
pub(super) fn check_size(text: &str, limits: &Limits) -> Result<(), SyntaxError> {
    if text.len() > limits.max_bytes {
        return Err(SyntaxError::new(
            SyntaxErrorKind::LimitExceeded(LimitKind::Bytes),
            format!(
                "input is {} bytes, more than the limit of {} bytes ({})",
                text.len(),
                limits.max_bytes,
                LimitKind::Bytes.flag()
            ),
            Span::new(1, 1, 0),
        ));
    }
    Ok(())
}

/// Running totals for one document.
#[derive(Debug)]
pub(super) struct Budget {
    limits: Limits,
    nodes: usize,
    bytes: usize,
}

impl Budget {
    pub(super) fn new(limits: &Limits) -> Self {
        Self {
            limits: *limits,
            nodes: 0,
            bytes: 0,
        }
    }

    /// Nodes counted so far.
    pub(super) fn nodes(&self) -> usize {
        self.nodes
    }

    /// Scalar text bytes counted so far.
    pub(super) fn bytes(&self) -> usize {
        self.bytes
    }

    /// Counts `nodes` new nodes holding `bytes` bytes of scalar text, created at `span`.
    pub(super) fn add(
        &mut self,
        nodes: usize,
        bytes: usize,
        span: Span,
    ) -> Result<(), SyntaxError> {
        let total_nodes = self.nodes.saturating_add(nodes);
        if total_nodes > self.limits.max_nodes {
            return Err(SyntaxError::new(
                SyntaxErrorKind::LimitExceeded(LimitKind::Nodes),
                format!(
                    "document has more than {} nodes, alias expansions included ({})",
                    self.limits.max_nodes,
                    LimitKind::Nodes.flag()
                ),
                span,
            ));
        }
        let total_bytes = self.bytes.saturating_add(bytes);
        if total_bytes > self.limits.max_bytes {
            return Err(SyntaxError::new(
                SyntaxErrorKind::LimitExceeded(LimitKind::Bytes),
                format!(
                    "scalar text exceeds the limit of {} bytes after alias expansion ({})",
                    self.limits.max_bytes,
                    LimitKind::Bytes.flag()
                ),
                span,
            ));
        }
        self.nodes = total_nodes;
        self.bytes = total_bytes;
        Ok(())
    }

    /// Fails when one scalar of `len` bytes, at `span`, is longer than
    /// [`Limits::max_string_bytes`].
    pub(super) fn check_string(&self, len: usize, span: Span) -> Result<(), SyntaxError> {
        if len > self.limits.max_string_bytes {
            return Err(SyntaxError::new(
                SyntaxErrorKind::LimitExceeded(LimitKind::StringBytes),
                format!(
                    "a scalar of {len} bytes, more than the limit of {} bytes ({})",
                    self.limits.max_string_bytes,
                    LimitKind::StringBytes.flag()
                ),
                span,
            ));
        }
        Ok(())
    }

    /// Fails when a collection at nesting `depth` (the root collection is depth 1) is too deep.
    pub(super) fn check_depth(&self, depth: usize, span: Span) -> Result<(), SyntaxError> {
        if depth > self.limits.max_depth {
            return Err(depth_error(self.limits.max_depth, span));
        }
        Ok(())
    }
}

/// The error for nesting deeper than `max_depth`.
pub(super) fn depth_error(max_depth: usize, span: Span) -> SyntaxError {
    SyntaxError::new(
        SyntaxErrorKind::LimitExceeded(LimitKind::Depth),
        format!(
            "nesting is deeper than the limit of {max_depth} ({})",
            LimitKind::Depth.flag()
        ),
        span,
    )
}
