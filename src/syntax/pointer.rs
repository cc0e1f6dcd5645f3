//! RFC 6901 JSON Pointers over the positioned tree.

use super::{Node, NodeValue, Span};

impl Node {
    /// The span of the node addressed by an RFC 6901 JSON Pointer, or `None` when no node has
    /// that pointer.
    ///
    /// `""` is the root; `/a/0` is index 0 of the value under key `a`; `~1` stands for `/` and
    /// `~0` for `~` inside a token. Mapping tokens match the raw text of scalar keys; sequence
    /// tokens must be array indices (`0` or digits without a leading zero).
    #[must_use]
    pub fn locate(&self, pointer: &str) -> Option<Span> {
        let (node, exact) = self.descend(pointer);
        exact.then_some(node.span)
    }

    /// Like [`Node::locate`], but when the exact node does not exist, the span of its deepest
    /// existing ancestor: a missing property points at the mapping that lacks it. A malformed
    /// pointer (not starting with `/`) points at the root.
    #[must_use]
    pub fn locate_nearest(&self, pointer: &str) -> Span {
        self.descend(pointer).0.span
    }

    /// The node addressed by a JSON Pointer, if it exists.
    #[must_use]
    pub fn pointee(&self, pointer: &str) -> Option<&Node> {
        let (node, exact) = self.descend(pointer);
        exact.then_some(node)
    }

    /// Every addressable node with its JSON Pointer, in document order, starting with the root
    /// (`""`). Entries whose key is not a scalar have no pointer and are skipped with their
    /// subtrees.
    #[must_use]
    pub fn walk(&self) -> Vec<(String, &Node)> {
        let mut out = Vec::new();
        let mut pointer = String::new();
        walk_into(self, &mut pointer, &mut out);
        out
    }

    /// Follows `pointer` as far as it goes: the last node reached and whether it is the target.
    fn descend(&self, pointer: &str) -> (&Node, bool) {
        let mut node = self;
        if pointer.is_empty() {
            return (node, true);
        }
        let Some(rest) = pointer.strip_prefix('/') else {
            return (node, false);
        };
        for raw in rest.split('/') {
            let Some(token) = unescape(raw) else {
                return (node, false);
            };
            let next = match &node.value {
                NodeValue::Mapping(_) => node.get(&token),
                NodeValue::Sequence(items) => array_index(&token).and_then(|i| items.get(i)),
                NodeValue::Scalar(_) => None,
            };
            match next {
                Some(child) => node = child,
                None => return (node, false),
            }
        }
        (node, true)
    }
}

/// Decodes `~1` to `/` and `~0` to `~`; `None` for any other `~` sequence.
fn unescape(token: &str) -> Option<String> {
    if !token.contains('~') {
        return Some(token.to_owned());
    }
    let mut out = String::with_capacity(token.len());
    let mut chars = token.chars();
    while let Some(c) = chars.next() {
        if c == '~' {
            match chars.next() {
                Some('0') => out.push('~'),
                Some('1') => out.push('/'),
                _ => return None,
            }
        } else {
            out.push(c);
        }
    }
    Some(out)
}

/// RFC 6901 `array-index`: `0` or a non-zero digit followed by digits.
fn array_index(token: &str) -> Option<usize> {
    let valid = !token.is_empty()
        && token.bytes().all(|b| b.is_ascii_digit())
        && (token == "0" || !token.starts_with('0'));
    if valid { token.parse().ok() } else { None }
}

/// Appends `token` to `pointer` as a new reference token, escaping `~` and `/`.
pub(super) fn push_token(pointer: &mut String, token: &str) {
    pointer.push('/');
    for c in token.chars() {
        match c {
            '~' => pointer.push_str("~0"),
            '/' => pointer.push_str("~1"),
            _ => pointer.push(c),
        }
    }
}

fn walk_into<'a>(node: &'a Node, pointer: &mut String, out: &mut Vec<(String, &'a Node)>) {
    out.push((pointer.clone(), node));
    let len = pointer.len();
    match &node.value {
        NodeValue::Scalar(_) => {}
        NodeValue::Sequence(items) => {
            for (i, item) in items.iter().enumerate() {
                push_token(pointer, &i.to_string());
                walk_into(item, pointer, out);
                pointer.truncate(len);
            }
        }
        NodeValue::Mapping(entries) => {
            for entry in entries {
                if let Some(key) = entry.key.as_scalar() {
                    push_token(pointer, &key.text);
                    walk_into(&entry.value, pointer, out);
                    pointer.truncate(len);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{array_index, push_token, unescape};

    #[test]
    fn tokens_round_trip() {
        let mut p = String::new();
        push_token(&mut p, "a/b~c");
        assert_eq!(p, "/a~1b~0c");
        assert_eq!(unescape("a~1b~0c").as_deref(), Some("a/b~c"));
        assert_eq!(unescape("~01").as_deref(), Some("~1"));
        assert_eq!(unescape("a~2"), None);
        assert_eq!(unescape("a~"), None);
    }

    #[test]
    fn array_indices_follow_rfc_6901() {
        assert_eq!(array_index("0"), Some(0));
        assert_eq!(array_index("12"), Some(12));
        assert_eq!(array_index("01"), None);
        assert_eq!(array_index("-"), None);
        assert_eq!(array_index("+1"), None);
        assert_eq!(array_index(""), None);
    }
}
