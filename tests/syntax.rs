//! Integration tests for the JSON/YAML front end in `ai_openness::syntax`.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use ai_openness::syntax::{
    ConversionErrorKind, LimitKind, Limits, Node, NodeValue, ScalarStyle, SourceFormat, Span,
    SyntaxError, SyntaxErrorKind, parse, parse_json, parse_yaml,
};
use proptest::prelude::*;
use serde_json::{Value, json};

fn yaml(text: &str) -> Node {
    parse_yaml(text, &Limits::default()).unwrap_or_else(|e| panic!("yaml {text:?}: {e}"))
}

fn json_tree(text: &str) -> Node {
    parse_json(text, &Limits::default()).unwrap_or_else(|e| panic!("json {text:?}: {e}"))
}

fn yaml_err(text: &str) -> SyntaxError {
    match parse_yaml(text, &Limits::default()) {
        Ok(n) => panic!("yaml {text:?} parsed: {n:?}"),
        Err(e) => e,
    }
}

fn json_err(text: &str) -> SyntaxError {
    match parse_json(text, &Limits::default()) {
        Ok(n) => panic!("json {text:?} parsed: {n:?}"),
        Err(e) => e,
    }
}

/// `(line, column)` of the node at `pointer`, which must exist.
fn at(tree: &Node, pointer: &str) -> (u32, u32) {
    let span = tree
        .locate(pointer)
        .unwrap_or_else(|| panic!("no node at {pointer:?}"));
    (span.line, span.column)
}

fn pos(e: &SyntaxError) -> (u32, u32) {
    (e.line(), e.column())
}

// ---------------------------------------------------------------------------------------------
// Positions

#[test]
fn yaml_positions_of_nested_nodes() {
    let text = "\
name: demo
components:
  - name: Model card
    license: 'CC-BY-4.0'
  - {name: Datasets, tags: [a, \"b\"]}
notes: |
  literal
";
    let tree = yaml(text);
    assert_eq!(at(&tree, ""), (1, 1));
    assert_eq!(at(&tree, "/name"), (1, 7));
    assert_eq!(at(&tree, "/components"), (3, 3));
    assert_eq!(at(&tree, "/components/0"), (3, 5));
    assert_eq!(at(&tree, "/components/0/name"), (3, 11));
    assert_eq!(at(&tree, "/components/0/license"), (4, 14));
    assert_eq!(at(&tree, "/components/1"), (5, 5));
    assert_eq!(at(&tree, "/components/1/name"), (5, 12));
    assert_eq!(at(&tree, "/components/1/tags"), (5, 28));
    assert_eq!(at(&tree, "/components/1/tags/1"), (5, 32));
    // Block scalars start at their first content line.
    assert_eq!(at(&tree, "/notes"), (7, 3));
    // Byte offsets index the original text.
    let span = tree.locate("/components/0/license").unwrap();
    assert!(text[span.offset..].starts_with("'CC-BY-4.0'"));
    // Key nodes carry their own spans.
    let entries = tree.as_mapping().unwrap();
    assert_eq!(
        (entries[1].key.span.line, entries[1].key.span.column),
        (2, 1)
    );
}

#[test]
fn json_positions_of_nested_nodes() {
    let text = "{\n  \"a\": [1, {\"b\": null}],\n\t\"c\": {\"d\": \"x\"}\n}";
    let tree = json_tree(text);
    assert_eq!(at(&tree, ""), (1, 1));
    assert_eq!(at(&tree, "/a"), (2, 8));
    assert_eq!(at(&tree, "/a/0"), (2, 9));
    assert_eq!(at(&tree, "/a/1"), (2, 12));
    assert_eq!(at(&tree, "/a/1/b"), (2, 18));
    // A tab is one column.
    assert_eq!(at(&tree, "/c"), (3, 7));
    assert_eq!(at(&tree, "/c/d"), (3, 13));
    let span = tree.locate("/c/d").unwrap();
    assert!(text[span.offset..].starts_with("\"x\""));
}

#[test]
fn columns_count_characters_not_bytes() {
    let tree = json_tree("{\"é\": \"ü\", \"😀\": 1}");
    assert_eq!(at(&tree, "/é"), (1, 7));
    assert_eq!(at(&tree, "/😀"), (1, 17));
    assert_eq!(tree.locate("/😀").unwrap().offset, 21);

    let tree = yaml("é: ü\n😀: [1, 2]\n");
    assert_eq!(at(&tree, "/é"), (1, 4));
    assert_eq!(at(&tree, "/😀/1"), (2, 8));
    assert_eq!(tree.locate("/😀/1").unwrap().offset, 17);
}

#[test]
fn line_breaks_crlf_and_cr() {
    for text in ["a: 1\r\nb: [2]\r\n", "a: 1\rb: [2]\r"] {
        assert_eq!(at(&yaml(text), "/b/0"), (2, 5), "{text:?}");
    }
    for text in ["{\"a\": 1,\r\n\"b\": [2]}", "{\"a\": 1,\r\"b\": [2]}"] {
        assert_eq!(at(&json_tree(text), "/b/0"), (2, 7), "{text:?}");
    }
}

#[test]
fn byte_order_mark_is_skipped() {
    let tree = json_tree("\u{feff}{\"a\": 1}");
    assert_eq!(tree.locate("").unwrap(), Span::new(1, 1, 3));
    assert_eq!(at(&tree, "/a"), (1, 7));
    let tree = yaml("\u{feff}a: 1\n");
    assert_eq!(tree.locate("").unwrap(), Span::new(1, 1, 3));
    assert_eq!(at(&tree, "/a"), (1, 4));
}

// ---------------------------------------------------------------------------------------------
// Pointers

#[test]
fn pointer_lookup_with_escapes_and_indices() {
    let text = r#"{"a/b": {"m~n": [10, 20, {"": "empty key"}]}, "0": "zero", "list": []}"#;
    for tree in [json_tree(text), yaml(text)] {
        assert_eq!(at(&tree, "/a~1b/m~0n/1"), (1, 22));
        assert_eq!(at(&tree, "/a~1b/m~0n/2/"), (1, 31));
        assert_eq!(at(&tree, "/0"), (1, 52));
        assert_eq!(
            tree.pointee("/0")
                .and_then(Node::as_scalar)
                .map(|s| s.text.as_str()),
            Some("zero")
        );
        // Not RFC 6901 array indices, or out of range.
        for missing in [
            "/a~1b/m~0n/01",
            "/a~1b/m~0n/3",
            "/a~1b/m~0n/-",
            "/a~1b/m~0n/+1",
        ] {
            assert_eq!(tree.locate(missing), None, "{missing}");
            assert_eq!(
                tree.locate_nearest(missing),
                tree.locate("/a~1b/m~0n").unwrap()
            );
        }
        // Unescaped `/` splits tokens; a bad escape matches nothing.
        assert_eq!(tree.locate("/a/b"), None);
        assert_eq!(tree.locate("/a~2b"), None);
        // A missing property points at the object that lacks it.
        assert_eq!(
            tree.locate_nearest("/a~1b/missing/deeper"),
            tree.locate("/a~1b").unwrap()
        );
        assert_eq!(
            tree.locate_nearest("/list/0"),
            tree.locate("/list").unwrap()
        );
        // Below a scalar nothing exists.
        assert_eq!(tree.locate("/0/x"), None);
        assert_eq!(tree.locate_nearest("/0/x"), tree.locate("/0").unwrap());
        // Not a pointer at all: the root.
        assert_eq!(tree.locate("a"), None);
        assert_eq!(tree.locate_nearest("a"), tree.span);
    }
}

#[test]
fn walk_lists_every_pointer_and_locate_finds_it() {
    let tree = yaml("a: [1, {b~c: x, d/e: [y]}]\n\"\": z\n");
    let pointers: Vec<String> = tree.walk().into_iter().map(|(p, _)| p).collect();
    assert_eq!(
        pointers,
        [
            "",
            "/a",
            "/a/0",
            "/a/1",
            "/a/1/b~0c",
            "/a/1/d~1e",
            "/a/1/d~1e/0",
            "/"
        ]
    );
    for (pointer, node) in tree.walk() {
        assert_eq!(tree.locate(&pointer), Some(node.span), "{pointer}");
    }
}

#[test]
fn get_matches_raw_key_text() {
    let tree = yaml("1: int key\n\"two\": quoted\n~: tilde\n");
    assert!(tree.get("1").is_some());
    assert!(tree.get("two").is_some());
    assert!(tree.get("~").is_some());
    assert!(tree.get("missing").is_none());
    assert!(tree.get("1").unwrap().get("x").is_none());
}

// ---------------------------------------------------------------------------------------------
// Duplicate keys

#[test]
fn duplicate_keys_in_json() {
    let e = json_err("{\"a\": 1, \"b\": 2, \"a\": 3}");
    assert_eq!(e.kind(), SyntaxErrorKind::DuplicateKey);
    assert_eq!(pos(&e), (1, 18));
    assert_eq!(e.message(), "duplicate key `a`");

    let e = json_err("{\"x\": [{\"k\": 1}, {\"k\": 1,\n  \"k\": 2}]}");
    assert_eq!(e.kind(), SyntaxErrorKind::DuplicateKey);
    assert_eq!(pos(&e), (2, 3));
    // Escapes are resolved before comparing.
    let e = json_err(r#"{"a": 1, "\u0061": 2}"#);
    assert_eq!(e.kind(), SyntaxErrorKind::DuplicateKey);
}

#[test]
fn duplicate_keys_in_yaml() {
    let e = yaml_err("a: 1\nb: 2\na: 3\n");
    assert_eq!(e.kind(), SyntaxErrorKind::DuplicateKey);
    assert_eq!(pos(&e), (3, 1));

    let e = yaml_err("top:\n  - name: x\n    license: MIT\n    license: Apache-2.0\n");
    assert_eq!(e.kind(), SyntaxErrorKind::DuplicateKey);
    assert_eq!(pos(&e), (4, 5));
    assert_eq!(e.to_string(), "line 4 column 5: duplicate key `license`");

    // Flow mappings, different quoting of the same text, and alias keys.
    for (text, at) in [
        ("m: {a: 1, a: 2}", (1, 11)),
        ("a: 1\n'a': 2", (2, 1)),
        ("k: &k a\nm:\n  a: 1\n  *k : 2\n", (4, 3)),
    ] {
        let e = yaml_err(text);
        assert_eq!(e.kind(), SyntaxErrorKind::DuplicateKey, "{text:?}");
        assert_eq!(pos(&e), at, "{text:?}");
    }
    // The same key in different mappings is fine.
    yaml("- a: 1\n- a: 2\n");
}

#[test]
fn merge_keys_stay_ordinary_keys() {
    let tree = yaml("base: &b {x: 1}\nderived:\n  <<: *b\n  y: 2\n");
    assert_eq!(
        tree.to_json().unwrap(),
        json!({"base": {"x": 1}, "derived": {"<<": {"x": 1}, "y": 2}})
    );
}

// ---------------------------------------------------------------------------------------------
// Limits

#[test]
fn billion_laughs_fails_fast() {
    let mut text = String::from("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for i in 1..10 {
        let prev = i - 1;
        text.push_str(&format!(
            "a{i}: &a{i} [*a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}]\n"
        ));
    }
    let start = Instant::now();
    let e = yaml_err(&text);
    assert_eq!(e.kind(), SyntaxErrorKind::LimitExceeded(LimitKind::Nodes));
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "{:?}",
        start.elapsed()
    );
    // The alias that breaks the budget is reported.
    assert!(e.line() > 1, "{e}");

    // A small tree of aliases within the budget expands fully.
    let tree = yaml("a: &a [x, y]\nb: [*a, *a]\n");
    assert_eq!(
        tree.to_json().unwrap(),
        json!({"a": ["x", "y"], "b": [["x", "y"], ["x", "y"]]})
    );
    // The expanded alias root sits where the alias is written; its children at the anchor.
    assert_eq!(at(&tree, "/b/1"), (2, 9));
    assert_eq!(at(&tree, "/b/1/0"), (1, 8));
}

#[test]
fn alias_expansion_counts_toward_node_and_byte_limits() {
    // 1 map + 2 keys + seq + 3 scalars + seq + 2 copies of 4 nodes = 16 nodes.
    let text = "a: &a [x, y, z]\nb: [*a, *a]\n";
    let limits = Limits::default().with_max_nodes(16);
    assert!(parse_yaml(text, &limits).is_ok());
    let e = parse_yaml(text, &limits.with_max_nodes(15)).unwrap_err();
    assert_eq!(e.kind(), SyntaxErrorKind::LimitExceeded(LimitKind::Nodes));
    assert_eq!(pos(&e), (2, 9));

    // Long text repeated by aliases is charged against max_bytes.
    let text = format!(
        "s: &s {}\nl: [{}]\n",
        "x".repeat(1000),
        vec!["*s"; 100].join(", ")
    );
    let limits = Limits::default().with_max_bytes(20_000);
    let e = parse_yaml(&text, &limits).unwrap_err();
    assert_eq!(e.kind(), SyntaxErrorKind::LimitExceeded(LimitKind::Bytes));
    assert!(parse_yaml(&text, &Limits::default()).is_ok());
}

#[test]
fn recursive_alias_is_an_error() {
    let e = yaml_err("a: &a [1, *a]\n");
    assert_eq!(e.kind(), SyntaxErrorKind::Syntax);
    assert_eq!(e.message(), "alias `*a` refers to a node that contains it");
    assert_eq!(pos(&e), (1, 11));
}

#[test]
fn deep_nesting_hits_the_depth_limit() {
    let start = Instant::now();
    for format in [SourceFormat::Json, SourceFormat::Yaml] {
        let text = "[".repeat(200_000);
        let e = parse(&text, format, &Limits::default()).unwrap_err();
        assert_eq!(
            e.kind(),
            SyntaxErrorKind::LimitExceeded(LimitKind::Depth),
            "{format:?}"
        );
        assert_eq!(pos(&e), (1, 129), "{format:?}");
        let text = format!("{}{}", "{\"a\": ".repeat(100_000), "1");
        let e = parse(&text, format, &Limits::default()).unwrap_err();
        assert_eq!(
            e.kind(),
            SyntaxErrorKind::LimitExceeded(LimitKind::Depth),
            "{format:?}"
        );
    }
    // Block-style nesting in YAML.
    let text: String = (0..300)
        .map(|i| format!("{}k:\n", "  ".repeat(i)))
        .collect();
    let e = yaml_err(&text);
    assert_eq!(e.kind(), SyntaxErrorKind::LimitExceeded(LimitKind::Depth));
    assert_eq!(e.line(), 129);
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "{:?}",
        start.elapsed()
    );
}

#[test]
fn depth_limit_is_exact() {
    let limits = Limits::default().with_max_depth(3);
    for format in [SourceFormat::Json, SourceFormat::Yaml] {
        assert!(parse("[[[1]]]", format, &limits).is_ok());
        let e = parse("[[[[1]]]]", format, &limits).unwrap_err();
        assert_eq!(e.kind(), SyntaxErrorKind::LimitExceeded(LimitKind::Depth));
        assert_eq!(pos(&e), (1, 4));
        assert!(parse("1", format, &limits.with_max_depth(0)).is_ok());
        assert!(parse("[]", format, &limits.with_max_depth(0)).is_err());
    }
    // An alias copies its nesting: 1 (map) + 1 (seq) + 2 (anchored) = 4.
    let text = "a: &a [[1]]\nb: [*a]\n";
    assert!(parse_yaml(text, &Limits::default().with_max_depth(4)).is_ok());
    let e = parse_yaml(text, &Limits::default().with_max_depth(3)).unwrap_err();
    assert_eq!(e.kind(), SyntaxErrorKind::LimitExceeded(LimitKind::Depth));
    assert_eq!(pos(&e), (2, 5));
}

#[test]
fn size_and_node_limits() {
    let limits = Limits::default().with_max_bytes(10);
    for format in [SourceFormat::Json, SourceFormat::Yaml] {
        assert!(parse("[1, 2, 3]", format, &limits).is_ok());
        let e = parse("[1, 2, 3, 4]", format, &limits).unwrap_err();
        assert_eq!(e.kind(), SyntaxErrorKind::LimitExceeded(LimitKind::Bytes));
        assert_eq!(
            e.message(),
            "input is 12 bytes, more than the limit of 10 bytes (--max-bytes)"
        );

        let limits = Limits::default().with_max_nodes(4);
        assert!(parse("[1, 2, 3]", format, &limits).is_ok());
        let e = parse("[1, 2, 3, 4]", format, &limits).unwrap_err();
        assert_eq!(e.kind(), SyntaxErrorKind::LimitExceeded(LimitKind::Nodes));
        assert_eq!(pos(&e), (1, 11));
    }
    let d = Limits::default();
    assert_eq!(
        (d.max_bytes, d.max_depth, d.max_nodes),
        (16 * 1024 * 1024, 128, 1_000_000)
    );
}

// ---------------------------------------------------------------------------------------------
// Scalars and conversion

#[test]
fn raw_text_and_style_are_kept() {
    let tree = yaml(
        "a: yes\nb: on\nc: 2024-01-01\nd: ~\ne: '0'\nf: 0\ng: NO\nh:\ni: \"x\\ty\"\nj: >\n  folded\n  text\nk: !!str 12\n",
    );
    let expect = [
        ("a", "yes", ScalarStyle::Plain),
        ("b", "on", ScalarStyle::Plain),
        ("c", "2024-01-01", ScalarStyle::Plain),
        ("d", "~", ScalarStyle::Plain),
        ("e", "0", ScalarStyle::SingleQuoted),
        ("f", "0", ScalarStyle::Plain),
        ("g", "NO", ScalarStyle::Plain),
        ("h", "", ScalarStyle::Plain),
        ("i", "x\ty", ScalarStyle::DoubleQuoted),
        ("j", "folded text\n", ScalarStyle::Folded),
        ("k", "12", ScalarStyle::Plain),
    ];
    for (key, text, style) in expect {
        let s = tree.get(key).and_then(Node::as_scalar).unwrap();
        assert_eq!((s.text.as_str(), s.style), (text, style), "{key}");
    }
    let k = tree.get("k").and_then(Node::as_scalar).unwrap();
    assert_eq!(k.tag.as_deref(), Some("tag:yaml.org,2002:str"));
    assert!(k.has_core_tag("str"));
    assert_eq!(tree.get("a").and_then(Node::as_scalar).unwrap().tag, None);
    assert_eq!(
        tree.to_json().unwrap(),
        json!({"a": "yes", "b": "on", "c": "2024-01-01", "d": null, "e": "0", "f": 0, "g": "NO",
               "h": null, "i": "x\ty", "j": "folded text\n", "k": "12"})
    );
    // Literal blocks and tags in other spellings.
    let tree = yaml("l: |\n  a\n  b\nv: !<tag:yaml.org,2002:str> 1\nx: !local 1\nn: ! 1\n");
    let s = |k: &str| tree.get(k).and_then(Node::as_scalar).unwrap().clone();
    assert_eq!(
        (s("l").text.as_str(), s("l").style),
        ("a\nb\n", ScalarStyle::Literal)
    );
    assert_eq!(s("v").tag.as_deref(), Some("tag:yaml.org,2002:str"));
    assert_eq!(s("x").tag.as_deref(), Some("!local"));
    assert_eq!(s("n").tag.as_deref(), Some("!"));
}

#[test]
fn json_scalars_keep_text_and_style() {
    let tree = json_tree(r#"[1.50, -0, 1E+2, true, null, "a\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00"]"#);
    let items = tree.as_sequence().unwrap();
    let texts: Vec<(&str, ScalarStyle)> = items
        .iter()
        .map(|n| {
            let s = n.as_scalar().unwrap();
            (s.text.as_str(), s.style)
        })
        .collect();
    assert_eq!(
        texts,
        [
            ("1.50", ScalarStyle::Plain),
            ("-0", ScalarStyle::Plain),
            ("1E+2", ScalarStyle::Plain),
            ("true", ScalarStyle::Plain),
            ("null", ScalarStyle::Plain),
            (
                "a\"\\/\u{8}\u{c}\n\r\t\u{e9}\u{1f600}",
                ScalarStyle::DoubleQuoted
            ),
        ]
    );
}

#[test]
fn core_schema_conversion_table() {
    let cases: &[(&str, Value)] = &[
        ("null", Value::Null),
        ("Null", Value::Null),
        ("NULL", Value::Null),
        ("~", Value::Null),
        ("", Value::Null),
        ("nULL", json!("nULL")),
        ("true", json!(true)),
        ("True", json!(true)),
        ("TRUE", json!(true)),
        ("false", json!(false)),
        ("False", json!(false)),
        ("FALSE", json!(false)),
        ("tRUE", json!("tRUE")),
        ("yes", json!("yes")),
        ("No", json!("No")),
        ("on", json!("on")),
        ("off", json!("off")),
        ("y", json!("y")),
        ("0", json!(0)),
        ("-17", json!(-17)),
        ("+12", json!(12)),
        ("012", json!(12)),
        ("0o17", json!(15)),
        ("0x1F", json!(31)),
        ("0xff", json!(255)),
        ("0o", json!("0o")),
        ("0x", json!("0x")),
        ("-0x1", json!("-0x1")),
        ("0b101", json!("0b101")),
        ("9223372036854775807", json!(i64::MAX)),
        ("18446744073709551615", json!(u64::MAX)),
        (
            "18446744073709551616",
            json!(18_446_744_073_709_551_616.0_f64),
        ),
        ("1.5", json!(1.5)),
        ("-1.5", json!(-1.5)),
        ("+.5", json!(0.5)),
        (".5", json!(0.5)),
        ("1.", json!(1.0)),
        ("1e3", json!(1000.0)),
        ("1.e3", json!(1000.0)),
        ("2.5E-1", json!(0.25)),
        ("1_000", json!("1_000")),
        ("1.2.3", json!("1.2.3")),
        ("e3", json!("e3")),
        (".", json!(".")),
        ("2024-01-01", json!("2024-01-01")),
        ("12:30", json!("12:30")),
        ("Apache-2.0", json!("Apache-2.0")),
    ];
    for (text, expected) in cases {
        let doc = format!("v: {text}\n");
        let got = yaml(&doc)
            .to_json()
            .unwrap_or_else(|e| panic!("{text:?}: {e}"));
        assert_eq!(got["v"], *expected, "{text:?}");
    }
    // Quoted and block scalars are always strings.
    for doc in ["v: '1'", "v: \"true\"", "v: |\n  null\n", "v: \"\""] {
        assert!(yaml(doc).to_json().unwrap()["v"].is_string(), "{doc:?}");
    }
}

#[test]
fn explicit_tags_in_conversion() {
    let tree = yaml(
        "a: !!str 1\nb: !!int \"12\"\nc: !!float 1\nd: !!bool 'true'\ne: !!null ''\nf: ! 12\ng: !!str\n",
    );
    assert_eq!(
        tree.to_json().unwrap(),
        json!({"a": "1", "b": 12, "c": 1.0, "d": true, "e": null, "f": "12", "g": ""})
    );
    for (doc, kind, pointer) in [
        ("x: [!!int abc]", ConversionErrorKind::TagMismatch, "/x/0"),
        ("x: !!seq abc", ConversionErrorKind::TagMismatch, "/x"),
        (
            "x: {y: !custom 1}",
            ConversionErrorKind::UnsupportedTag,
            "/x/y",
        ),
        (
            "x: !!timestamp 2024-01-01",
            ConversionErrorKind::UnsupportedTag,
            "/x",
        ),
    ] {
        let e = yaml(doc).to_json().unwrap_err();
        assert_eq!((e.kind(), e.pointer()), (kind, pointer), "{doc:?}");
    }
    // Collection tags other than the matching core tag are rejected while parsing.
    assert!(yaml("!!map {a: 1}").to_json().is_ok());
    assert!(yaml("!!seq [1]").to_json().is_ok());
    assert_eq!(
        yaml_err("!!seq {a: 1}").kind(),
        SyntaxErrorKind::UnsupportedTag
    );
    assert_eq!(
        yaml_err("a: !set {b: 1}").kind(),
        SyntaxErrorKind::UnsupportedTag
    );
}

#[test]
fn unrepresentable_numbers_fail_with_pointer_and_span() {
    for (doc, pointer, line, column) in [
        ("a:\n  - .inf\n", "/a/0", 2, 5),
        ("a: [-.Inf]", "/a/0", 1, 5),
        ("x: {y: .NaN}", "/x/y", 1, 8),
        ("big: 1e999", "/big", 1, 6),
    ] {
        let e = yaml(doc).to_json().unwrap_err();
        assert_eq!(e.kind(), ConversionErrorKind::NotRepresentable, "{doc:?}");
        assert_eq!(
            (e.pointer(), e.line(), e.column()),
            (pointer, line, column),
            "{doc:?}"
        );
    }
    let e = json_tree("{\"n\": [1e400]}").to_json().unwrap_err();
    assert_eq!((e.pointer(), e.line(), e.column()), ("/n/0", 1, 8));
    assert_eq!(
        e.to_string(),
        "line 1 column 8: number `1e400` is out of range for JSON (at `/n/0`)"
    );
}

#[test]
fn non_scalar_keys_fail_conversion_with_their_span() {
    let tree = yaml("outer:\n  ? [a, b]\n  : value\n");
    let e = tree.to_json().unwrap_err();
    assert_eq!(e.kind(), ConversionErrorKind::NonScalarKey);
    assert_eq!((e.pointer(), e.line(), e.column()), ("/outer", 2, 5));
    // The tree itself keeps the entry.
    let entries = tree.get("outer").and_then(Node::as_mapping).unwrap();
    assert!(matches!(entries[0].key.value, NodeValue::Sequence(_)));
}

#[test]
fn json_numbers_convert_like_serde_json() {
    for text in [
        "0",
        "1",
        "-1",
        "1.0",
        "1.5e10",
        "-2.5E-3",
        "1E2",
        "9223372036854775807",
        "9223372036854775808",
        "-9223372036854775808",
        "-9223372036854775809",
        "18446744073709551615",
        "18446744073709551616",
        "123456789012345678901234567890",
        "0.1",
        "1e-7",
        "5e-324",
        "1.7976931348623157e308",
    ] {
        let ours = json_tree(text).to_json().unwrap();
        let reference: Value = serde_json::from_str(text).unwrap();
        assert_eq!(ours, reference, "{text}");
        assert_eq!(ours.to_string(), reference.to_string(), "{text}");
    }
    // `-0` is the integer 0 (as in the YAML core schema), where serde_json gives the float -0.0.
    assert_eq!(json_tree("-0").to_json().unwrap(), json!(0));
}

#[test]
fn json_and_yaml_give_the_same_value() {
    let json_text = r#"{
  "release": {
    "name": "demo",
    "version": "1.0",
    "date": "2024-01-01",
    "license": {"code": {"name": "Apache-2.0"}, "data": null},
    "components": [
      {"name": "Model card", "license": "CC-BY-4.0", "size": 3, "ratio": 0.5, "open": true},
      {"name": "Datasets", "license": "unlicensed", "tags": []}
    ]
  }
}"#;
    let yaml_text = "\
release:
  name: demo
  version: '1.0'
  date: \"2024-01-01\"
  license:
    code:
      name: Apache-2.0
    data: ~
  components:
    - name: Model card
      license: CC-BY-4.0
      size: 3
      ratio: 0.5
      open: true
    - name: Datasets
      license: unlicensed
      tags: []
";
    let from_json = json_tree(json_text).to_json().unwrap();
    let from_yaml = yaml(yaml_text).to_json().unwrap();
    assert_eq!(from_json, from_yaml);
    assert_eq!(from_json, serde_json::from_str::<Value>(json_text).unwrap());
    // JSON text is also YAML.
    assert_eq!(yaml(json_text).to_json().unwrap(), from_json);
}

// ---------------------------------------------------------------------------------------------
// Errors

#[test]
fn json_errors_say_what_was_expected() {
    for (text, at, message) in [
        (
            "{\"a\": 1 \"b\": 2}",
            (1, 9),
            "expected `,` or `}`, found `\"`",
        ),
        ("[1, 2", (1, 6), "expected `,` or `]`, found end of input"),
        ("{\"a\" 1}", (1, 6), "expected `:`, found `1`"),
        ("{\"a\": 1,}", (1, 9), "expected a string key, found `}`"),
        ("{a: 1}", (1, 2), "expected a string key or `}`, found `a`"),
        ("[1,]", (1, 4), "expected a value, found `]`"),
        ("[01]", (1, 3), "leading zeros are not allowed in a number"),
        ("[1.]", (1, 4), "expected a digit after `.`, found `]`"),
        (
            "[1e]",
            (1, 4),
            "expected a digit in the exponent, found `]`",
        ),
        ("[-]", (1, 3), "expected a digit, found `]`"),
        ("[tru]", (1, 2), "expected `true`, found `t`"),
        ("\"abc", (1, 5), "unterminated string"),
        (
            "\"a\tb\"",
            (1, 3),
            "control character `\\t` must be escaped in a string",
        ),
        (
            "\"\\x\"",
            (1, 3),
            "expected an escape (`\\\"`, `\\\\`, `\\/`, `\\b`, `\\f`, `\\n`, `\\r`, `\\t` or `\\u`), found `x`",
        ),
        (
            "\"\\u12G4\"",
            (1, 6),
            "expected a hexadecimal digit, found `G`",
        ),
        (
            "\"\\udc00\"",
            (1, 2),
            "lone surrogate `\\udc00` in a string",
        ),
        (
            "\"\\ud800x\"",
            (1, 2),
            "lone surrogate `\\ud800` in a string",
        ),
        ("1 2", (1, 3), "expected end of input, found `2`"),
        ("NaN", (1, 1), "expected a value, found `N`"),
        ("'a'", (1, 1), "expected a value, found `'`"),
        ("// c\n1", (1, 1), "expected a value, found `/`"),
    ] {
        let e = json_err(text);
        assert_eq!(e.kind(), SyntaxErrorKind::Syntax, "{text:?}");
        assert_eq!((pos(&e), e.message()), (at, message), "{text:?}");
        assert_eq!(
            e.to_string(),
            format!("line {} column {}: {message}", at.0, at.1)
        );
    }
}

#[test]
fn yaml_syntax_errors_have_positions() {
    let e = yaml_err("a: [1, 2\nb: 3\n");
    assert_eq!(e.kind(), SyntaxErrorKind::Syntax);
    assert!(e.line() >= 1 && e.column() >= 1, "{e}");
    let e = yaml_err("a: 'unclosed\n");
    assert_eq!(e.kind(), SyntaxErrorKind::Syntax);
    let e = yaml_err("a: *nowhere\n");
    assert_eq!(e.kind(), SyntaxErrorKind::Syntax);
    let std_error: &dyn std::error::Error = &e;
    assert!(std_error.to_string().starts_with("line 1 column "));
}

#[test]
fn empty_and_multiple_documents() {
    for text in ["", "   \n\n", "\u{feff}"] {
        for format in [SourceFormat::Json, SourceFormat::Yaml] {
            let e = parse(text, format, &Limits::default()).unwrap_err();
            assert_eq!(
                e.kind(),
                SyntaxErrorKind::EmptyDocument,
                "{text:?} {format:?}"
            );
            assert_eq!(e.message(), "empty document");
        }
    }
    assert_eq!(
        yaml_err("# only a comment\n").kind(),
        SyntaxErrorKind::EmptyDocument
    );
    // An explicit empty document is a null.
    assert_eq!(yaml("---\n").to_json().unwrap(), Value::Null);
    assert_eq!(yaml("--- a\n...\n").to_json().unwrap(), json!("a"));

    let e = yaml_err("a: 1\n---\nb: 2\n");
    assert_eq!(e.kind(), SyntaxErrorKind::MultipleDocuments);
    assert_eq!(pos(&e), (2, 1));
    assert_eq!(
        yaml_err("--- 1\n--- 2\n").kind(),
        SyntaxErrorKind::MultipleDocuments
    );
}

#[test]
fn source_format_from_path() {
    for (path, format) in [
        ("a.json", Some(SourceFormat::Json)),
        ("dir/a.JSON", Some(SourceFormat::Json)),
        ("a.yaml", Some(SourceFormat::Yaml)),
        ("a.yml", Some(SourceFormat::Yaml)),
        ("a.Yml", Some(SourceFormat::Yaml)),
        ("a.toml", None),
        ("json", None),
        ("a.json.txt", None),
    ] {
        assert_eq!(SourceFormat::from_path(Path::new(path)), format, "{path}");
    }
}

// ---------------------------------------------------------------------------------------------
// MOT fixtures

/// `(file name, error_kind)` from an `expected.jsonl`.
fn expected_kinds(dir: &Path) -> Vec<(String, Option<String>)> {
    let text = std::fs::read_to_string(dir.join("expected.jsonl")).unwrap();
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            let kind = v["error_kind"].as_str().map(str::to_owned);
            (v["file"].as_str().unwrap().to_owned(), kind)
        })
        .collect()
}

#[test]
fn mot_yaml_files_parse_unless_mot_rejects_them_as_yaml() {
    let Some(root) = common::fixture("mot") else {
        return;
    };
    let mut parsed = 0;
    let mut rejected = Vec::new();
    for sub in ["test-data", "synthetic"] {
        let dir = root.join(sub);
        let expected = expected_kinds(&dir);
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| SourceFormat::from_path(p) == Some(SourceFormat::Yaml))
            .collect();
        files.sort();
        assert_eq!(
            files.len(),
            expected.len(),
            "{sub}: one expected line per file"
        );
        for path in files {
            let name = path.file_name().unwrap().to_str().unwrap().to_owned();
            let kind = expected
                .iter()
                .find(|(f, _)| *f == name)
                .unwrap_or_else(|| panic!("{name} missing from expected.jsonl"))
                .1
                .clone();
            let text = std::fs::read_to_string(&path).unwrap();
            let result = parse(&text, SourceFormat::Yaml, &Limits::default());
            if kind.as_deref() == Some("yaml-parse") {
                let e = result.expect_err(&name);
                rejected.push((name, e.kind()));
            } else {
                let tree = result.unwrap_or_else(|e| panic!("{name}: {e}"));
                tree.to_json().unwrap_or_else(|e| panic!("{name}: {e}"));
                parsed += 1;
            }
        }
    }
    assert!(parsed > 400, "{parsed}");
    rejected.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(
        rejected,
        [
            (
                "yaml-duplicate-key.yml".to_owned(),
                SyntaxErrorKind::DuplicateKey
            ),
            ("yaml-not-yaml.yml".to_owned(), SyntaxErrorKind::Syntax),
        ]
    );
}

#[test]
fn mot_duplicate_key_points_at_the_second_key() {
    let Some(path) = common::fixture("mot/synthetic/yaml-duplicate-key.yml") else {
        return;
    };
    let text = std::fs::read_to_string(path).unwrap();
    let e = parse_yaml(&text, &Limits::default()).unwrap_err();
    assert_eq!(e.kind(), SyntaxErrorKind::DuplicateKey);
    // MOT (PyYAML) reports line 9, column 7 for the second `license`.
    assert_eq!(pos(&e), (9, 7));
}

#[test]
fn mot_spellings_keep_style_for_the_reader() {
    let Some(dir) = common::fixture("mot/synthetic") else {
        return;
    };
    let licence = |file: &str| {
        let text = std::fs::read_to_string(dir.join(file)).unwrap();
        let tree = yaml(&text);
        let components = tree
            .get("release")
            .and_then(|r| r.get("components"))
            .unwrap();
        let last = components.as_sequence().unwrap().last().unwrap();
        last.get("license")
            .and_then(Node::as_scalar)
            .cloned()
            .unwrap()
    };
    let date = licence("yaml-date.yml");
    assert_eq!(
        (date.text.as_str(), date.style),
        ("2024-01-01", ScalarStyle::Plain)
    );
    assert_eq!(licence("yaml-yes_bool.yml").style, ScalarStyle::Plain);
    assert_eq!(licence("yaml-empty.yml").text, "");
}

// ---------------------------------------------------------------------------------------------
// Properties

/// Parses with both parsers and exercises every tree operation; must never panic.
fn exercise(text: &str) {
    let limits = Limits::default().with_max_nodes(10_000);
    for format in [SourceFormat::Json, SourceFormat::Yaml] {
        if let Ok(tree) = parse(text, format, &limits) {
            let _ = tree.to_json();
            for (pointer, node) in tree.walk() {
                assert_eq!(tree.locate(&pointer), Some(node.span));
                let _ = tree.locate_nearest(&format!("{pointer}/x"));
            }
        }
    }
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<u64>().prop_map(|n| json!(n)),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| json!(f)),
        "\\PC{0,12}".prop_map(Value::String),
        prop::sample::select(vec![
            "yes", "on", "~", "null", "0x1F", "1e3", "- a", "a: b", "#", "'"
        ])
        .prop_map(|s| Value::String(s.to_owned())),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map("\\PC{0,8}", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn random_text_never_panics(text in "\\PC{0,64}") {
        exercise(&text);
    }

    #[test]
    fn random_structural_text_never_panics(
        text in "[\\[\\]{}:,\"'&*!|>#~ \\n\\t\\-?a0-9.eE+\\\\u]{0,64}"
    ) {
        exercise(&text);
    }

    #[test]
    fn serialized_json_round_trips(value in json_value()) {
        for text in [serde_json::to_string(&value).unwrap(), serde_json::to_string_pretty(&value).unwrap()] {
            let tree = parse_json(&text, &Limits::default()).unwrap();
            prop_assert_eq!(&tree.to_json().unwrap(), &value);
            // JSON is YAML too.
            let tree = parse_yaml(&text, &Limits::default()).unwrap();
            prop_assert_eq!(&tree.to_json().unwrap(), &value);
        }
    }
}
