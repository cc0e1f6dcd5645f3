//! YAML text to a positioned tree, on top of the `granit-parser` event parser.
//!
//! The builder consumes events and keeps a stack of open collections. Anchored nodes are
//! shared (`Rc`) while the document is read, so an alias costs nothing until the finished tree
//! is copied out; the number of nodes and bytes each alias *would* copy is charged to the
//! [`Budget`] when the alias is met, so an exponential alias document fails before any copy is
//! made.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use granit_parser::{ErrorKind, Event, Parser, ScanError, Tag};

use super::budget::{Budget, depth_error};
use super::error::printable;
use super::position::LineIndex;
use super::{
    Entry, Limits, Node, NodeValue, Scalar, ScalarStyle, Span, SyntaxError, SyntaxErrorKind,
    YAML_TAG_PREFIX,
};

/// Parses a stream that must hold exactly one document.
pub(super) fn parse(text: &str, limits: &Limits) -> Result<Node, SyntaxError> {
    let mut options = granit_parser::Options::default();
    options.emit_comments = false;
    // The scanner reads ahead, so its own nesting bounds (one for flow, one for block
    // collections, each at most the total depth) can trip before our check sees the events.
    options.flow_nesting_limit = limits.max_depth.max(1);
    options.block_nesting_limit = limits.max_depth.max(1);
    let positions = LineIndex::new(text);
    let mut builder = Builder {
        positions: &positions,
        limits: *limits,
        budget: Budget::new(limits),
        stack: Vec::new(),
        anchors: HashMap::new(),
        documents: 0,
        root: None,
    };
    let mut end = Span::new(1, 1, 0);
    for item in Parser::new_from_str_with_options(text, options) {
        let (event, span) = item.map_err(|e| scan_error(&e, &positions, limits))?;
        end = positions.span(&span.end);
        if builder.event(event, &span)? {
            break;
        }
    }
    let Some(root) = builder.root.take() else {
        return Err(SyntaxError::new(
            SyntaxErrorKind::EmptyDocument,
            "empty document",
            end,
        ));
    };
    // Drop the anchor table so that unshared nodes can be moved out instead of copied.
    drop(builder);
    Ok(materialize(root))
}

fn scan_error(e: &ScanError, positions: &LineIndex<'_>, limits: &Limits) -> SyntaxError {
    let span = positions.span(e.marker());
    match e.kind() {
        ErrorKind::RecursionLimitExceeded => depth_error(limits.max_depth, span),
        kind => SyntaxError::new(
            SyntaxErrorKind::Syntax,
            house_style(&kind.to_string()),
            span,
        ),
    }
}

/// The parser's message in this crate's style: first letter lowercase (unless the first word
/// is an acronym such as `YAML`), no trailing period.
fn house_style(message: &str) -> String {
    let message = message.trim_end_matches('.');
    let mut chars = message.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && !second.is_uppercase() => first
            .to_lowercase()
            .chain(message.chars().skip(1))
            .collect(),
        _ => message.to_owned(),
    }
}

/// A node while the document is read: children are shared so aliases are cheap.
#[derive(Debug)]
struct Shared {
    span: Span,
    value: SharedValue,
}

#[derive(Debug)]
enum SharedValue {
    Scalar(Scalar),
    Sequence(Vec<Item>),
    Mapping(Vec<(Item, Item)>),
}

/// A child: its node, and the alias position when it was reached through an alias.
#[derive(Debug)]
struct Item {
    alias_span: Option<Span>,
    node: Rc<Shared>,
}

/// What an alias to an anchor costs when it is expanded.
#[derive(Debug)]
struct Anchor {
    node: Rc<Shared>,
    /// Nodes in the expanded subtree.
    nodes: usize,
    /// Scalar text bytes in the expanded subtree.
    bytes: usize,
    /// Collection nesting inside the subtree (a scalar is 0, `[]` is 1).
    height: usize,
}

#[derive(Debug)]
enum FrameKind {
    Sequence(Vec<Item>),
    Mapping {
        entries: Vec<(Item, Item)>,
        key: Option<Item>,
        seen: HashSet<String>,
    },
}

/// An open collection.
#[derive(Debug)]
struct Frame {
    span: Span,
    anchor: usize,
    nodes_before: usize,
    bytes_before: usize,
    height: usize,
    kind: FrameKind,
}

struct Builder<'a> {
    positions: &'a LineIndex<'a>,
    limits: Limits,
    budget: Budget,
    stack: Vec<Frame>,
    anchors: HashMap<usize, Anchor>,
    documents: usize,
    root: Option<Item>,
}

impl Builder<'_> {
    /// Handles one event; `true` at the end of the stream.
    fn event(&mut self, event: Event<'_>, span: &granit_parser::Span) -> Result<bool, SyntaxError> {
        let start = self.positions.span(&span.start);
        match event {
            Event::StreamEnd => return Ok(true),
            Event::DocumentStart(..) => {
                self.documents += 1;
                if self.documents > 1 {
                    return Err(SyntaxError::new(
                        SyntaxErrorKind::MultipleDocuments,
                        "a second document is not allowed (one document per file)",
                        start,
                    ));
                }
            }
            Event::Scalar(text, style, anchor, tag) => {
                // The parser reports an empty node as a plain `~` with an empty span; keep the
                // raw (empty) text instead.
                let empty = span.start.index() == span.end.index();
                let text = if empty && style == granit_parser::ScalarStyle::Plain && text == "~" {
                    String::new()
                } else {
                    text.into_owned()
                };
                self.budget.check_string(text.len(), start)?;
                self.budget.add(1, text.len(), start)?;
                let bytes = text.len();
                let node = Rc::new(Shared {
                    span: start,
                    value: SharedValue::Scalar(Scalar {
                        text,
                        style: scalar_style(style),
                        tag: tag.map(|t| full_tag(&t)),
                    }),
                });
                self.define(anchor, &node, 1, bytes, 0);
                self.complete(
                    Item {
                        alias_span: None,
                        node,
                    },
                    0,
                )?;
            }
            Event::Alias(id) => {
                let Some(anchor) = self.anchors.get(&id) else {
                    let name = span.slice(self.positions.text()).unwrap_or("*");
                    return Err(SyntaxError::new(
                        SyntaxErrorKind::Syntax,
                        format!("alias `{name}` refers to a node that contains it"),
                        start,
                    ));
                };
                let (node, nodes, bytes, height) = (
                    Rc::clone(&anchor.node),
                    anchor.nodes,
                    anchor.bytes,
                    anchor.height,
                );
                if self.stack.len().saturating_add(height) > self.limits.max_depth {
                    return Err(depth_error(self.limits.max_depth, start));
                }
                self.budget.add(nodes, bytes, start)?;
                self.complete(
                    Item {
                        alias_span: Some(start),
                        node,
                    },
                    height,
                )?;
            }
            Event::SequenceStart(_, anchor, tag) => {
                self.open(
                    start,
                    anchor,
                    tag.as_deref(),
                    "seq",
                    FrameKind::Sequence(Vec::new()),
                )?;
            }
            Event::MappingStart(_, anchor, tag) => {
                let kind = FrameKind::Mapping {
                    entries: Vec::new(),
                    key: None,
                    seen: HashSet::new(),
                };
                self.open(start, anchor, tag.as_deref(), "map", kind)?;
            }
            Event::SequenceEnd | Event::MappingEnd => self.close()?,
            // Document ends, comments and anchor metadata carry no data.
            _ => {}
        }
        Ok(false)
    }

    fn open(
        &mut self,
        span: Span,
        anchor: usize,
        tag: Option<&Tag>,
        core: &str,
        kind: FrameKind,
    ) -> Result<(), SyntaxError> {
        if let Some(tag) = tag {
            let full = full_tag(tag);
            let allowed = full == "!"
                || full
                    .strip_prefix(YAML_TAG_PREFIX)
                    .is_some_and(|suffix| suffix == core);
            if !allowed {
                let what = if core == "seq" { "sequence" } else { "mapping" };
                return Err(SyntaxError::new(
                    SyntaxErrorKind::UnsupportedTag,
                    format!("unsupported tag `{full}` on a {what}"),
                    span,
                ));
            }
        }
        self.budget.check_depth(self.stack.len() + 1, span)?;
        self.budget.add(1, 0, span)?;
        self.stack.push(Frame {
            span,
            anchor,
            nodes_before: self.budget.nodes() - 1,
            bytes_before: self.budget.bytes(),
            height: 0,
            kind,
        });
        Ok(())
    }

    fn close(&mut self) -> Result<(), SyntaxError> {
        let Some(frame) = self.stack.pop() else {
            return Ok(());
        };
        let value = match frame.kind {
            FrameKind::Sequence(items) => SharedValue::Sequence(items),
            FrameKind::Mapping { entries, .. } => SharedValue::Mapping(entries),
        };
        let node = Rc::new(Shared {
            span: frame.span,
            value,
        });
        let height = frame.height + 1;
        self.define(
            frame.anchor,
            &node,
            self.budget.nodes() - frame.nodes_before,
            self.budget.bytes() - frame.bytes_before,
            height,
        );
        self.complete(
            Item {
                alias_span: None,
                node,
            },
            height,
        )
    }

    /// Records an anchored node (id 0 means no anchor); a later definition replaces it.
    fn define(&mut self, id: usize, node: &Rc<Shared>, nodes: usize, bytes: usize, height: usize) {
        if id != 0 {
            self.anchors.insert(
                id,
                Anchor {
                    node: Rc::clone(node),
                    nodes,
                    bytes,
                    height,
                },
            );
        }
    }

    /// Attaches a finished node to the open collection (or makes it the root).
    fn complete(&mut self, item: Item, height: usize) -> Result<(), SyntaxError> {
        let Some(frame) = self.stack.last_mut() else {
            self.root = Some(item);
            return Ok(());
        };
        frame.height = frame.height.max(height);
        match &mut frame.kind {
            FrameKind::Sequence(items) => items.push(item),
            FrameKind::Mapping { entries, key, seen } => {
                if let Some(k) = key.take() {
                    entries.push((k, item));
                } else {
                    if let SharedValue::Scalar(s) = &item.node.value
                        && !seen.insert(s.text.clone())
                    {
                        return Err(SyntaxError::new(
                            SyntaxErrorKind::DuplicateKey,
                            format!("duplicate key `{}`", printable(&s.text)),
                            item.alias_span.unwrap_or(item.node.span),
                        ));
                    }
                    *key = Some(item);
                }
            }
        }
        Ok(())
    }
}

fn scalar_style(style: granit_parser::ScalarStyle) -> ScalarStyle {
    match style {
        granit_parser::ScalarStyle::SingleQuoted => ScalarStyle::SingleQuoted,
        granit_parser::ScalarStyle::DoubleQuoted => ScalarStyle::DoubleQuoted,
        granit_parser::ScalarStyle::Literal => ScalarStyle::Literal,
        granit_parser::ScalarStyle::Folded => ScalarStyle::Folded,
        _ => ScalarStyle::Plain,
    }
}

/// The resolved tag URI (`!!str` → `tag:yaml.org,2002:str`; `!foo` stays `!foo`).
fn full_tag(tag: &Tag) -> String {
    format!("{}{}", tag.handle(), tag.suffix())
}

/// Copies the shared tree into plain nodes, moving unshared parts instead of cloning them.
fn materialize(item: Item) -> Node {
    let span = item.alias_span.unwrap_or(item.node.span);
    let value = match Rc::try_unwrap(item.node) {
        Ok(shared) => match shared.value {
            SharedValue::Scalar(s) => NodeValue::Scalar(s),
            SharedValue::Sequence(items) => {
                NodeValue::Sequence(items.into_iter().map(materialize).collect())
            }
            SharedValue::Mapping(entries) => NodeValue::Mapping(
                entries
                    .into_iter()
                    .map(|(k, v)| Entry {
                        key: materialize(k),
                        value: materialize(v),
                    })
                    .collect(),
            ),
        },
        Err(shared) => copy(&shared).value,
    };
    Node { span, value }
}

fn copy_item(item: &Item) -> Node {
    let mut node = copy(&item.node);
    if let Some(span) = item.alias_span {
        node.span = span;
    }
    node
}

fn copy(shared: &Shared) -> Node {
    let value = match &shared.value {
        SharedValue::Scalar(s) => NodeValue::Scalar(s.clone()),
        SharedValue::Sequence(items) => NodeValue::Sequence(items.iter().map(copy_item).collect()),
        SharedValue::Mapping(entries) => NodeValue::Mapping(
            entries
                .iter()
                .map(|(k, v)| Entry {
                    key: copy_item(k),
                    value: copy_item(v),
                })
                .collect(),
        ),
    };
    Node {
        span: shared.span,
        value,
    }
}

#[cfg(test)]
mod tests {
    use super::house_style;

    #[test]
    fn parser_messages_follow_house_style() {
        assert_eq!(house_style("Unclosed bracket."), "unclosed bracket");
        assert_eq!(
            house_style("YAML directives are disallowed"),
            "YAML directives are disallowed"
        );
        assert_eq!(house_style("misplaced bracket"), "misplaced bracket");
        assert_eq!(house_style(""), "");
    }
}
