//! The module graph keeps its layers and has no cycles (`ARCHITECTURE.md`).
//!
//! The test reads every `src/**/*.rs` file, resolves every path that names a module of the crate
//! (`use` declarations and inline paths starting with `crate::`, `super::`, `self::`, `$crate::` or
//! `ai_openness::`, the last being how the command-line tool in `src/cli/` names the library), and
//! follows `use` re-exports to the module that defines the item. It then checks that
//!
//! 1. a top-level module imports only modules of lower layers, or of its own layer where the
//!    layer allows it ([`LAYERS`]), and
//! 2. at every nesting level, no two sibling modules depend on each other, directly or through
//!    other siblings (an import from `a::x::y` of `a::z` is a dependency of `a::x` on `a::z`).
//!
//! Unit-test modules (inline `mod tests`) are not part of the library's graph: a test may use a
//! higher layer as its fixture (the explanation kernel's tests build an OSAID goal).
//!
//! A module's dependencies on its own ancestors and descendants are not counted: a parent
//! declares and re-exports its children, a child uses its parent's shared items. Comments and
//! string literals are skipped, so a doc link such as ``[`Validator`](crate::validate::Validator)``
//! is not an import; the one kind of string that is a use is a function path in a serde attribute
//! (`deserialize_with = "super::de::non_empty"`).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// The top-level layers, bottom first, and whether the modules of a layer may import each other.
/// A module may import any module of a lower layer.
const LAYERS: &[(&[&str], bool)] = &[
    // Shared value types (ids, URLs, dates, content types, the tri-state `Tri`/`Status`, the
    // `vocabulary!` macro), the syntax tree, errors and diagnostics.
    (&["value", "syntax", "error", "diagnostic"], true),
    (&["licence"], false),
    (&["model"], false),
    (&["document"], false),
    // The classifier, with the framework specs, sits below what reads framework facts: the JSON
    // Schema (the profile file's types), the importers (MOT's component names, OSAI Index
    // grades) and the validator (custom profiles).
    (&["classify"], false),
    (&["schema"], false),
    // Peers: neither imports the other.
    (&["import", "validate"], false),
    (&["pipeline"], false),
    // Converters: the exporters, and the table of formats with the pipeline kind that reads
    // each (so above the pipeline; the exporters themselves use only the model).
    (&["convert"], false),
    (&["results"], false),
    // Peers above the pipeline: RDF, and the reports for people and CI (which read the
    // pipeline's result and the classifier's verdicts); neither imports the other.
    (&["rdf", "report"], false),
    (&["cli"], false),
];

/// Layer violations that other work in progress removes, each with the reason and the fix. The
/// test fails when an entry no longer matches any import, so that it is removed once fixed.
/// Entries are `(importing module, imported module)`, top-level names.
const KNOWN_LAYER_VIOLATIONS: &[(&str, &str, &str)] = &[];

/// Cycles between sibling modules that other work in progress removes (issue #9 item 1: the
/// framework specs). Each entry is the parent module and the exact set of siblings in the cycle.
/// The test fails when an entry no longer matches a cycle, so that it is removed once fixed.
const KNOWN_CYCLES: &[(&str, &[&str], &str)] = &[];

/// The crate's root directory.
fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn top_level_modules_import_only_lower_layers() {
    let graph = Graph::library(&root().join("src"));
    let mut problems = Vec::new();
    let mut used_exceptions = BTreeSet::new();
    for edge in &graph.edges {
        let (Some(from), Some(to)) = (edge.from.first(), edge.to.first()) else {
            continue;
        };
        if from == to {
            continue;
        }
        let (Some((from_rank, peers)), Some((to_rank, _))) = (layer_of(from), layer_of(to)) else {
            problems.push(format!(
                "{}: `{from}` or `{to}` is not in LAYERS: place the new module in a layer \
                 (tests/architecture.rs and ARCHITECTURE.md)",
                edge.at
            ));
            continue;
        };
        let allowed = to_rank < from_rank || (to_rank == from_rank && peers);
        if allowed {
            continue;
        }
        if let Some(known) = KNOWN_LAYER_VIOLATIONS
            .iter()
            .position(|(f, t, _)| f == from && t == to)
        {
            used_exceptions.insert(known);
            continue;
        }
        problems.push(format!(
            "{}: `{}` imports `{}` ({}), which is {} layer",
            edge.at,
            edge.from.join("::"),
            edge.to.join("::"),
            edge.text,
            if to_rank == from_rank {
                "a peer in its"
            } else {
                "above it in the"
            }
        ));
    }
    for (i, (from, to, _)) in KNOWN_LAYER_VIOLATIONS.iter().enumerate() {
        if !used_exceptions.contains(&i) {
            problems.push(format!(
                "`{from}` no longer imports `{to}`: remove the entry from KNOWN_LAYER_VIOLATIONS"
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "layer violations (bottom to top: {}):\n{}",
        LAYERS
            .iter()
            .map(|(names, _)| names.join(", "))
            .collect::<Vec<_>>()
            .join(" -> "),
        problems.join("\n")
    );
}

#[test]
fn no_two_modules_depend_on_each_other() {
    let graph = Graph::library(&root().join("src"));
    let mut problems = Vec::new();
    let mut matched = BTreeSet::new();
    for (parent, cycle, report) in graph.cycles() {
        let known = KNOWN_CYCLES.iter().position(|(p, members, _)| {
            *p == parent && {
                let members: BTreeSet<&str> = members.iter().copied().collect();
                members == cycle.iter().map(String::as_str).collect()
            }
        });
        if let Some(i) = known {
            matched.insert(i);
        } else {
            problems.push(report);
        }
    }
    for (i, (parent, members, _)) in KNOWN_CYCLES.iter().enumerate() {
        if !matched.contains(&i) {
            problems.push(format!(
                "the cycle between {members:?} in `{parent}` is gone or changed: update \
                 KNOWN_CYCLES"
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "module cycles:\n{}",
        problems.join("\n\n")
    );
}

/// The checker itself: it finds the cycles and the layer violations of a small crate written for
/// the purpose, so the two tests above cannot pass by finding nothing.
#[test]
fn the_checker_finds_cycles_and_follows_reexports() {
    let dir = std::env::temp_dir().join(format!("ai-openness-architecture-{}", std::process::id()));
    let files: &[(&str, &str)] = &[
        (
            "lib.rs",
            "mod a;\nmod b;\nmod c;\nmod d;\npub use a::Thing;\n",
        ),
        // `d` names a function of `c` in a serde attribute only.
        (
            "d.rs",
            "#[derive(Deserialize)]\nstruct S {\n    #[serde(deserialize_with = \"crate::c::f\")]\n    x: u8,\n}\n",
        ),
        // `a` re-exports `Thing` from its child `x`; `x` uses `b` through `crate::`.
        ("a/mod.rs", "mod x;\npub use x::Thing;\n"),
        (
            "a/x.rs",
            "use crate::b::{self, Other as O};\npub struct Thing;\n",
        ),
        // `b` reaches `a::x` through the root's re-export, inline; a comment and a string do not count.
        (
            "b.rs",
            "// use crate::c::Nope;\npub struct Other;\nfn f() { let _ = \"crate::c::Nope\"; \
             let _: crate::Thing; }\n",
        ),
        // `c` uses its child through `self::`, and the child uses its parent through `super::`.
        ("c.rs", "mod y;\nuse self::y::Z;\npub struct W;\n"),
        (
            "c/y.rs",
            "pub struct Z;\nuse super::W;\n#[cfg(test)]\nmod tests {\n    use super::super::W;\n}\n",
        ),
    ];
    for (path, text) in files {
        let path = dir.join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    let graph = Graph::read(&dir);
    let _ = fs::remove_dir_all(&dir);

    let edges: BTreeSet<(String, String)> = graph
        .edges
        .iter()
        .map(|e| (e.from.join("::"), e.to.join("::")))
        .collect();
    assert!(edges.contains(&("a::x".into(), "b".into())), "{edges:?}");
    assert!(edges.contains(&("b".into(), "a::x".into())), "{edges:?}");
    assert!(edges.contains(&("c::y".into(), "c".into())), "{edges:?}");
    assert!(
        edges.contains(&("c::y::tests".into(), "c".into())),
        "{edges:?}"
    );
    assert!(
        !edges.iter().any(|(_, to)| to.contains("Nope")),
        "{edges:?}"
    );

    let cycles = graph.cycles();
    assert_eq!(cycles.len(), 1, "{cycles:?}");
    let (parent, members, report) = &cycles[0];
    assert_eq!(parent, "crate");
    assert_eq!(members, &vec!["a".to_owned(), "b".to_owned()]);
    assert!(report.contains("a/x.rs:1"), "{report}");
    assert!(report.contains("b.rs:3"), "{report}");
}

/// The rank of a top-level module's layer and whether its peers may import each other.
fn layer_of(module: &str) -> Option<(usize, bool)> {
    LAYERS
        .iter()
        .position(|(names, _)| names.contains(&module))
        .map(|rank| (rank, LAYERS[rank].1))
}

/// A dependency of one module on another, with where it is written.
#[derive(Debug, Clone)]
struct Edge {
    from: Vec<String>,
    to: Vec<String>,
    /// `file:line`.
    at: String,
    /// The path as written.
    text: String,
}

/// The crate's modules, the names each brings into scope, and the dependencies between them.
#[derive(Debug, Default)]
struct Graph {
    modules: BTreeSet<Vec<String>>,
    /// Per module, the names its `use` declarations bring into scope: name -> absolute path.
    names: HashMap<Vec<String>, HashMap<String, Vec<String>>>,
    edges: Vec<Edge>,
}

/// A path as written in a module, before resolution.
#[derive(Debug, Clone)]
struct Written {
    module: Vec<String>,
    segments: Vec<String>,
    line: usize,
    file: String,
}

impl Graph {
    /// Reads every `.rs` file under `src` (the library and the command-line tool together: the
    /// tool's `ai_openness::x` and its own `crate::cli::x` land in one namespace).
    /// The graph of the library: [`Graph::read`] less the edges from unit-test modules.
    fn library(src: &Path) -> Self {
        let mut graph = Self::read(src);
        graph.edges.retain(|e| !e.from.iter().any(|s| s == "tests"));
        graph
    }

    fn read(src: &Path) -> Self {
        let mut files = Vec::new();
        collect(src, &mut files);
        files.sort();
        let mut graph = Graph::default();
        graph.modules.insert(Vec::new());
        let mut parsed = Vec::new();
        for file in &files {
            let rel = file.strip_prefix(src).unwrap();
            let Some(module) = module_of(rel) else {
                continue;
            };
            let text = fs::read_to_string(file).unwrap();
            let tokens = tokenize(&text);
            let rel = rel.display().to_string();
            graph.modules.insert(module.clone());
            for ancestor in 1..module.len() {
                graph.modules.insert(module[..ancestor].to_vec());
            }
            parsed.push((module, rel, tokens));
        }
        // Inline modules (`mod tests { … }`) are modules too.
        let mut uses = Vec::new();
        let mut inline = Vec::new();
        for (module, rel, tokens) in &parsed {
            scan(
                module,
                rel,
                tokens,
                &mut graph.modules,
                &mut uses,
                &mut inline,
            );
        }
        // The names every module's `use` declarations bring into scope.
        for (written, leaf) in &uses {
            let Some(absolute) = graph.absolute(&written.module, &written.segments) else {
                continue;
            };
            if let Some(name) = leaf {
                graph
                    .names
                    .entry(written.module.clone())
                    .or_default()
                    .insert(name.clone(), absolute);
            }
        }
        for written in uses.iter().map(|(w, _)| w).chain(&inline) {
            let Some(absolute) = graph.absolute(&written.module, &written.segments) else {
                continue;
            };
            let to = graph.defining_module(&absolute, 0);
            graph.edges.push(Edge {
                from: written.module.clone(),
                to,
                at: format!("{}:{}", written.file, written.line),
                text: written.segments.join("::"),
            });
        }
        graph
    }

    /// The absolute path (from the crate root) of a path written in `module`, or `None` when it
    /// does not start in the crate.
    fn absolute(&self, module: &[String], segments: &[String]) -> Option<Vec<String>> {
        let first = segments.first()?;
        let (mut base, rest) = match first.as_str() {
            "crate" | "$crate" | "ai_openness" => (Vec::new(), &segments[1..]),
            "self" => (module.to_vec(), &segments[1..]),
            "super" => {
                let mut base = module.to_vec();
                let mut rest = segments;
                while rest.first().is_some_and(|s| s == "super") {
                    base.pop()?;
                    rest = &rest[1..];
                }
                (base, rest)
            }
            _ => {
                let mut child = module.to_vec();
                child.push(first.clone());
                if self.modules.contains(&child) {
                    (module.to_vec(), segments)
                } else {
                    return None;
                }
            }
        };
        base.extend(rest.iter().filter(|s| *s != "self").cloned());
        Some(base)
    }

    /// The module that defines what `path` names: the longest module prefix, then, when the
    /// next segment is a name that module imports, wherever that import leads.
    fn defining_module(&self, path: &[String], depth: usize) -> Vec<String> {
        let mut len = path.len();
        while !self.modules.contains(&path[..len]) {
            len -= 1;
        }
        let module = path[..len].to_vec();
        if depth < 16
            && let Some(item) = path.get(len)
            && let Some(target) = self.names.get(&module).and_then(|n| n.get(item))
            && target.as_slice() != path
        {
            let mut next = target.clone();
            next.extend(path[len + 1..].iter().cloned());
            return self.defining_module(&next, depth + 1);
        }
        module
    }

    /// Every cycle between sibling modules: (parent, the siblings in it, a report that shows one
    /// cycle with the import behind each step).
    fn cycles(&self) -> Vec<(String, Vec<String>, String)> {
        // Per parent: sibling -> sibling -> the first edge behind it.
        let mut levels: BTreeMap<Vec<String>, BTreeMap<String, BTreeMap<String, &Edge>>> =
            BTreeMap::new();
        for edge in &self.edges {
            let common = edge
                .from
                .iter()
                .zip(&edge.to)
                .take_while(|(a, b)| a == b)
                .count();
            let (Some(a), Some(b)) = (edge.from.get(common), edge.to.get(common)) else {
                continue; // an ancestor or a descendant
            };
            levels
                .entry(edge.from[..common].to_vec())
                .or_default()
                .entry(a.clone())
                .or_default()
                .entry(b.clone())
                .or_insert(edge);
        }
        let mut out = Vec::new();
        for (parent, graph) in &levels {
            let parent_name = if parent.is_empty() {
                "crate".to_owned()
            } else {
                parent.join("::")
            };
            for component in strongly_connected(graph) {
                let mut report = format!("in `{parent_name}`: {}", component.join(" <-> "));
                // One cycle through the first member, step by step.
                for (from, to) in cycle_through(graph, &component) {
                    let edge = graph[&from][&to];
                    let _ = write!(report, "\n  {from} -> {to}: {} `{}`", edge.at, edge.text);
                }
                out.push((parent_name.clone(), component, report));
            }
        }
        out
    }
}

/// The strongly connected components with more than one member: nodes that reach each other (by
/// a search from every node; the graphs of one level are small).
fn strongly_connected(graph: &BTreeMap<String, BTreeMap<String, &Edge>>) -> Vec<Vec<String>> {
    let nodes: BTreeSet<&String> = graph
        .iter()
        .flat_map(|(a, bs)| std::iter::once(a).chain(bs.keys()))
        .collect();
    // Reachability by depth-first search from each node (the graphs are small).
    let reach = |start: &String| -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut stack = vec![start.clone()];
        while let Some(n) = stack.pop() {
            for next in graph.get(&n).into_iter().flat_map(BTreeMap::keys) {
                if seen.insert(next.clone()) {
                    stack.push(next.clone());
                }
            }
        }
        seen
    };
    let reachable: BTreeMap<&String, BTreeSet<String>> =
        nodes.iter().map(|n| (*n, reach(n))).collect();
    let mut done = BTreeSet::new();
    let mut out = Vec::new();
    for n in &nodes {
        if done.contains(*n) || !reachable[n].contains(*n) {
            continue;
        }
        let component: Vec<String> = nodes
            .iter()
            .filter(|m| reachable[n].contains(**m) && reachable[*m].contains(*n))
            .map(|m| (*m).clone())
            .collect();
        done.extend(component.iter().cloned());
        if component.len() > 1 {
            out.push(component);
        }
    }
    out
}

/// The steps of a shortest cycle from the component's first member back to it.
fn cycle_through(
    graph: &BTreeMap<String, BTreeMap<String, &Edge>>,
    component: &[String],
) -> Vec<(String, String)> {
    let start = &component[0];
    let mut previous: BTreeMap<String, String> = BTreeMap::new();
    let mut queue = std::collections::VecDeque::from([start.clone()]);
    while let Some(n) = queue.pop_front() {
        for next in graph.get(&n).into_iter().flat_map(BTreeMap::keys) {
            if !component.contains(next) || previous.contains_key(next) {
                continue;
            }
            previous.insert(next.clone(), n.clone());
            if next == start {
                queue.clear();
                break;
            }
            queue.push_back(next.clone());
        }
    }
    let mut steps = Vec::new();
    let mut at = start.clone();
    while let Some(from) = previous.get(&at) {
        steps.push((from.clone(), at.clone()));
        at = from.clone();
        if at == *start || steps.len() > component.len() {
            break;
        }
    }
    steps.reverse();
    steps
}

/// Every `.rs` file under `dir`.
fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module a file defines: `lib.rs` the root, `a/mod.rs` and `a.rs` the module `a`,
/// `a/b.rs` the module `a::b`. `main.rs` (the binary's root, which only declares `cli`) is skipped.
fn module_of(rel: &Path) -> Option<Vec<String>> {
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let last = parts.pop()?;
    match last.as_str() {
        "lib.rs" if parts.is_empty() => Some(Vec::new()),
        "main.rs" if parts.is_empty() => None,
        "mod.rs" => Some(parts),
        _ => {
            parts.push(last.strip_suffix(".rs")?.to_owned());
            Some(parts)
        }
    }
}

/// A token: an identifier (with `$crate` kept whole), `::`, or one punctuation character, with
/// its line. Comments, strings and character literals are dropped.
#[derive(Debug, Clone, PartialEq)]
struct Token {
    text: String,
    line: usize,
}

fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<char> = text.chars().collect();
    let mut tokens: Vec<Token> = Vec::new();
    let mut line = 1;
    let mut i = 0;
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    if chars[i] == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
            }
        } else if c == '"' {
            let start = line;
            let end = skip_string(&chars, i + 1, &mut line);
            // A function named in a serde attribute (`deserialize_with = "super::de::non_empty"`)
            // is a use of its module; any other string is not.
            let key = tokens.len().checked_sub(2).map(|k| tokens[k].text.as_str());
            if tokens.last().is_some_and(|t| t.text == "=")
                && key.is_some_and(|k| SERDE_PATHS.contains(&k))
            {
                let body: String = chars[i + 1..end.saturating_sub(1)].iter().collect();
                for (n, segment) in body.split("::").enumerate() {
                    if n > 0 {
                        tokens.push(Token {
                            text: "::".to_owned(),
                            line: start,
                        });
                    }
                    tokens.push(Token {
                        text: segment.to_owned(),
                        line: start,
                    });
                }
            }
            i = end;
        } else if c == '\'' {
            // A character literal (`'x'`, `'\n'`, `'\u{1F600}'`) or a lifetime (`'a`).
            if next == Some('\\') {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if chars.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1;
            }
        } else if ident(c) || (c == '$' && next.is_some_and(ident)) {
            let start = i;
            i += 1;
            while i < chars.len() && ident(chars[i]) {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            // Raw strings (`r"…"`, `r#"…"#`, `br"…"`), byte and C strings (`b"…"`, `c"…"`).
            let prefix_of_raw = matches!(word.as_str(), "r" | "br" | "cr");
            if prefix_of_raw && matches!(chars.get(i), Some('"' | '#')) {
                let mut hashes = 0;
                while chars.get(i) == Some(&'#') {
                    hashes += 1;
                    i += 1;
                }
                if chars.get(i) == Some(&'"') {
                    i += 1;
                    loop {
                        if i >= chars.len() {
                            break;
                        }
                        if chars[i] == '\n' {
                            line += 1;
                        }
                        if chars[i] == '"'
                            && chars[i + 1..]
                                .iter()
                                .take(hashes)
                                .filter(|c| **c == '#')
                                .count()
                                == hashes
                        {
                            i += 1 + hashes;
                            break;
                        }
                        i += 1;
                    }
                    continue;
                }
                // `r#ident`: a raw identifier.
                let start = i;
                while i < chars.len() && ident(chars[i]) {
                    i += 1;
                }
                tokens.push(Token {
                    text: chars[start..i].iter().collect(),
                    line,
                });
                continue;
            }
            if matches!(word.as_str(), "b" | "c") && chars.get(i) == Some(&'"') {
                i = skip_string(&chars, i + 1, &mut line);
                continue;
            }
            if word == "b" && chars.get(i) == Some(&'\'') {
                i += 1;
                if chars.get(i) == Some(&'\\') {
                    i += 1;
                }
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
                continue;
            }
            tokens.push(Token { text: word, line });
        } else if c == ':' && next == Some(':') {
            tokens.push(Token {
                text: "::".to_owned(),
                line,
            });
            i += 2;
        } else {
            tokens.push(Token {
                text: c.to_string(),
                line,
            });
            i += 1;
        }
    }
    tokens
}

/// The serde attributes whose string value is a path to a function.
const SERDE_PATHS: &[&str] = &[
    "with",
    "deserialize_with",
    "serialize_with",
    "default",
    "skip_serializing_if",
];

/// The index after the closing quote of a string whose body starts at `i`.
fn skip_string(chars: &[char], mut i: usize, line: &mut usize) -> usize {
    while i < chars.len() {
        match chars[i] {
            '\\' => {
                if chars.get(i + 1) == Some(&'\n') {
                    *line += 1;
                }
                i += 2;
            }
            '"' => return i + 1,
            '\n' => {
                *line += 1;
                i += 1;
            }
            _ => i += 1,
        }
    }
    i
}

/// Walks one file's tokens: records its inline modules, its `use` declarations (each imported
/// path with the name it brings into scope, `None` for a glob) and its inline paths.
fn scan(
    file_module: &[String],
    file: &str,
    tokens: &[Token],
    modules: &mut BTreeSet<Vec<String>>,
    uses: &mut Vec<(Written, Option<String>)>,
    inline: &mut Vec<Written>,
) {
    // The inline modules open at this point, with the brace depth at which each closes.
    let mut open: Vec<(String, usize)> = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    let module = |open: &[(String, usize)]| -> Vec<String> {
        let mut m = file_module.to_vec();
        m.extend(open.iter().map(|(name, _)| name.clone()));
        m
    };
    let is = |i: usize, text: &str| tokens.get(i).is_some_and(|t| t.text == text);
    while i < tokens.len() {
        let t = &tokens[i].text;
        if t == "{" {
            depth += 1;
        } else if t == "}" {
            if open.last().is_some_and(|(_, d)| *d == depth) {
                open.pop();
            }
            depth = depth.saturating_sub(1);
        } else if t == "mod" && is(i + 2, "{") {
            let name = tokens[i + 1].text.clone();
            open.push((name, depth + 1));
            modules.insert(module(&open));
            depth += 1;
            i += 3;
            continue;
        } else if t == "use" && !is(i + 1, "<") {
            let end = (i..tokens.len())
                .find(|&j| is(j, ";"))
                .unwrap_or(tokens.len());
            let here = module(&open);
            let mut trees = Vec::new();
            use_tree(&tokens[i + 1..end], &mut Vec::new(), &mut trees);
            for (segments, leaf) in trees {
                uses.push((
                    Written {
                        module: here.clone(),
                        segments,
                        line: tokens[i].line,
                        file: file.to_owned(),
                    },
                    leaf,
                ));
            }
            i = end + 1;
            continue;
        } else if matches!(
            t.as_str(),
            "crate" | "$crate" | "super" | "self" | "ai_openness"
        ) && is(i + 1, "::")
            && !(i > 0 && is(i - 1, "::"))
        {
            let mut segments = vec![t.clone()];
            let mut j = i + 1;
            while is(j, "::")
                && tokens
                    .get(j + 1)
                    .is_some_and(|n| n.text.chars().all(|c| c.is_alphanumeric() || c == '_'))
            {
                segments.push(tokens[j + 1].text.clone());
                j += 2;
            }
            inline.push(Written {
                module: module(&open),
                segments,
                line: tokens[i].line,
                file: file.to_owned(),
            });
            i = j;
            continue;
        }
        i += 1;
    }
}

/// Expands a use tree (`a::{b, c::{self, d as e}, f::*}`) into (path, name in scope) pairs.
fn use_tree(
    tokens: &[Token],
    prefix: &mut Vec<String>,
    out: &mut Vec<(Vec<String>, Option<String>)>,
) {
    let mut i = 0;
    // A leading `::` (a path from the extern prelude) never names the crate.
    if tokens.first().is_some_and(|t| t.text == "::") {
        return;
    }
    let pushed = prefix.len();
    while i < tokens.len() {
        let t = &tokens[i].text;
        match t.as_str() {
            "::" => i += 1,
            "*" => {
                out.push((prefix.clone(), None));
                i += 1;
            }
            "{" => {
                // The comma-separated subtrees up to the matching `}`.
                let mut level = 0;
                let mut start = i + 1;
                for j in i + 1..tokens.len() {
                    match tokens[j].text.as_str() {
                        "{" => level += 1,
                        "}" if level == 0 => {
                            if start < j {
                                use_tree(&tokens[start..j], prefix, out);
                            }
                            i = j + 1;
                            break;
                        }
                        "}" => level -= 1,
                        "," if level == 0 => {
                            use_tree(&tokens[start..j], prefix, out);
                            start = j + 1;
                        }
                        _ => {}
                    }
                }
            }
            _ => {
                prefix.push(t.clone());
                i += 1;
                if tokens.get(i).is_none_or(|t| t.text != "::") {
                    // The last segment: the name it brings into scope (`as` renames it).
                    let mut name = t.clone();
                    if tokens.get(i).is_some_and(|t| t.text == "as") {
                        name = tokens.get(i + 1).map_or(name, |t| t.text.clone());
                        i += 2;
                    }
                    if name == "self" {
                        prefix.pop();
                        name = prefix.last().cloned().unwrap_or_default();
                    }
                    if name != "_" {
                        out.push((prefix.clone(), Some(name)));
                    } else {
                        out.push((prefix.clone(), None));
                    }
                }
            }
        }
    }
    prefix.truncate(pushed);
}
