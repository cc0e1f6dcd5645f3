//! Deterministic serialisation: Turtle (sorted, with nested blank nodes and collections written
//! inline), N-Triples (sorted lines) and JSON-LD (sorted, uncompacted).
//!
//! An `oxrdf::Graph` iterates in a different order from one run to the next, so every writer
//! here sorts first; with the deterministic blank-node labels of the generators and the exporter,
//! the same graph always gives the same bytes.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::io::{self, Write};

use oxrdf::vocab::{rdf, xsd};
use oxrdf::{
    BlankNodeRef, Graph, GraphNameRef, LiteralRef, NamedNodeRef, NamedOrBlankNodeRef as Subject,
    TermRef, TripleRef,
};

use super::terms::PREFIXES;

/// An RDF serialisation format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RdfFormat {
    /// Turtle, with prefixes, nested blank nodes and collections.
    Turtle,
    /// N-Triples, one sorted triple per line.
    NTriples,
    /// JSON-LD (expanded: one node object per subject, full IRIs), indented.
    JsonLd,
}

impl RdfFormat {
    /// The usual file extension, without the dot.
    #[must_use]
    pub const fn extension(self) -> &'static str {
        match self {
            Self::Turtle => "ttl",
            Self::NTriples => "nt",
            Self::JsonLd => "jsonld",
        }
    }

    /// The media type.
    #[must_use]
    pub const fn media_type(self) -> &'static str {
        match self {
            Self::Turtle => "text/turtle",
            Self::NTriples => "application/n-triples",
            Self::JsonLd => "application/ld+json",
        }
    }
}

/// Writes `graph` in `format`.
///
/// # Errors
/// When writing to `out` fails.
pub fn serialize(graph: &Graph, format: RdfFormat, out: &mut impl Write) -> io::Result<()> {
    match format {
        RdfFormat::NTriples => write_ntriples(graph.iter(), out),
        _ => serialize_sorted(&sorted(graph), format, out),
    }
}

/// Writes the triples (any order, duplicates allowed) as sorted N-Triples lines; the sorting
/// keys are the lines themselves (see [`sorted`]).
pub(crate) fn write_ntriples<'a>(
    triples: impl Iterator<Item = TripleRef<'a>>,
    out: &mut impl Write,
) -> io::Result<()> {
    let mut lines: Vec<String> = triples.map(|t| format!("{t} .\n")).collect();
    lines.sort_unstable();
    lines.dedup();
    for line in &lines {
        out.write_all(line.as_bytes())?;
    }
    Ok(())
}

/// Writes `triples`, sorted as [`sorted`] sorts them and without duplicates, in `format`.
pub(crate) fn serialize_sorted(
    triples: &[TripleRef<'_>],
    format: RdfFormat,
    out: &mut impl Write,
) -> io::Result<()> {
    match format {
        RdfFormat::Turtle => out.write_all(TurtleWriter::new(triples).write().as_bytes()),
        RdfFormat::NTriples => write_ntriples(triples.iter().copied(), out),
        RdfFormat::JsonLd => {
            let mut serializer = oxjsonld::JsonLdSerializer::new().for_writer(Vec::new());
            for triple in triples {
                serializer.serialize_quad(triple.in_graph(GraphNameRef::DefaultGraph))?;
            }
            let compact = serializer.finish()?;
            // Indented for people; the same JSON value.
            let value: serde_json::Value =
                serde_json::from_slice(&compact).map_err(io::Error::other)?;
            serde_json::to_writer_pretty(&mut *out, &value).map_err(io::Error::other)?;
            out.write_all(b"\n")
        }
    }
}

/// The triples of `graph`, borrowed, sorted by subject, predicate and object (N-Triples forms).
///
/// One key per triple, its N-Triples form `s p o`: the order is that of the `(s, p, o)` tuples,
/// because the only character that follows a term in the key, a space, sorts below every
/// character that can continue a term in N-Triples (control characters are escaped).
pub(crate) fn sorted(graph: &Graph) -> Vec<TripleRef<'_>> {
    sort_refs(graph.iter())
}

/// `triples` sorted as [`sorted`] sorts them, without duplicates.
pub(crate) fn sort_refs<'a>(triples: impl Iterator<Item = TripleRef<'a>>) -> Vec<TripleRef<'a>> {
    let mut keyed: Vec<(String, TripleRef<'a>)> = triples.map(|t| (t.to_string(), t)).collect();
    keyed.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    keyed.dedup_by(|a, b| a.0 == b.0);
    keyed.into_iter().map(|(_, t)| t).collect()
}

/// `graph` as Turtle.
#[must_use]
pub fn to_turtle(graph: &Graph) -> String {
    TurtleWriter::new(&sorted(graph)).write()
}

/// The prefixed form of `iri` (`schema:name`), when a known prefix covers it and the rest is a
/// plain Turtle local name.
pub(crate) fn prefixed(iri: &str) -> Option<(&'static str, &str)> {
    PREFIXES
        .iter()
        .filter(|(_, ns)| iri.starts_with(ns))
        .max_by_key(|(_, ns)| ns.len())
        .and_then(|(p, ns)| {
            let local = &iri[ns.len()..];
            is_plain_local(local).then_some((*p, local))
        })
}

/// Whether `local` can be written as a Turtle `PN_LOCAL` without escapes (a conservative ASCII
/// subset: letters, digits, `_`, `-`, `.`, not starting with `-` or `.`, not ending with `.`).
fn is_plain_local(local: &str) -> bool {
    let bytes = local.as_bytes();
    match (bytes.first(), bytes.last()) {
        (Some(first), Some(last)) => {
            (first.is_ascii_alphanumeric() || *first == b'_')
                && *last != b'.'
                && bytes
                    .iter()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
        }
        _ => false,
    }
}

/// A Turtle string literal body with its quotes.
pub(crate) fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The predicate-object pairs of one subject.
type Pairs<'a> = Vec<(NamedNodeRef<'a>, TermRef<'a>)>;

struct TurtleWriter<'a> {
    /// The subjects typed `owl:Ontology` (written first).
    ontologies: HashSet<Subject<'a>>,
    /// Every subject with its predicate-object pairs (`rdf:type` first, then sorted), in the
    /// order of their N-Triples forms.
    subjects: Vec<(Subject<'a>, Pairs<'a>)>,
    /// The index of each subject in `subjects`.
    index: HashMap<Subject<'a>, usize>,
    /// How often each blank node occurs as an object.
    incoming: HashMap<BlankNodeRef<'a>, usize>,
    /// Blank nodes already written (inline or as a block).
    done: HashSet<BlankNodeRef<'a>>,
    /// Blank nodes that must be written with their label.
    labelled: HashSet<BlankNodeRef<'a>>,
    used_prefixes: std::collections::BTreeSet<&'static str>,
}

impl<'a> TurtleWriter<'a> {
    /// A writer of `triples`, sorted as [`sorted`] sorts them.
    fn new(triples: &[TripleRef<'a>]) -> Self {
        let mut subjects: Vec<(Subject<'a>, Pairs<'a>)> = Vec::new();
        let mut index: HashMap<Subject<'a>, usize> = HashMap::new();
        let mut incoming: HashMap<BlankNodeRef<'a>, usize> = HashMap::new();
        let mut ontologies = HashSet::new();
        let owl_ontology = NamedNodeRef::new_unchecked("http://www.w3.org/2002/07/owl#Ontology");
        for t in triples.iter().copied() {
            if t.predicate == rdf::TYPE && t.object == owl_ontology.into() {
                ontologies.insert(t.subject);
            }
            if let TermRef::BlankNode(b) = t.object {
                *incoming.entry(b).or_default() += 1;
            }
            let i = *index.entry(t.subject).or_insert_with(|| {
                subjects.push((t.subject, Vec::new()));
                subjects.len() - 1
            });
            subjects[i].1.push((t.predicate, t.object));
        }
        for (_, pairs) in &mut subjects {
            // Stable: the rest keeps the sorted order.
            pairs.sort_by_key(|(p, _)| *p != rdf::TYPE);
        }
        Self {
            ontologies,
            subjects,
            index,
            incoming,
            done: HashSet::new(),
            labelled: HashSet::new(),
            used_prefixes: std::collections::BTreeSet::new(),
        }
    }

    fn incoming(&self, b: BlankNodeRef<'a>) -> usize {
        self.incoming.get(&b).copied().unwrap_or(0)
    }

    fn pairs(&self, subject: Subject<'a>) -> Pairs<'a> {
        self.index
            .get(&subject)
            .map(|i| self.subjects[*i].1.clone())
            .unwrap_or_default()
    }

    fn write(mut self) -> String {
        let mut body = String::new();
        let subjects: Vec<Subject<'a>> = self.subjects.iter().map(|(s, _)| *s).collect();
        // Ontology headers first, then the other named subjects (sorted by IRI), then blank
        // nodes nobody points at, then blank nodes pointed at more than once; blank nodes left
        // over sit on cycles.
        for header in [true, false] {
            for subject in &subjects {
                if let Subject::NamedNode(_) = subject
                    && self.ontologies.contains(subject) == header
                {
                    self.block(*subject, &mut body);
                }
            }
        }
        for subject in &subjects {
            if let Subject::BlankNode(b) = subject
                && self.incoming(*b) != 1
            {
                if self.incoming(*b) > 1 {
                    self.labelled.insert(*b);
                }
                self.block(*subject, &mut body);
            }
        }
        for subject in &subjects {
            if let Subject::BlankNode(b) = subject
                && !self.done.contains(b)
            {
                self.labelled.insert(*b);
                self.block(*subject, &mut body);
            }
        }
        let mut out = String::new();
        for (prefix, ns) in PREFIXES {
            if self.used_prefixes.contains(prefix) {
                let _ = writeln!(out, "@prefix {prefix}: <{ns}> .");
            }
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&body);
        out
    }

    /// Writes `subject` and its triples as a top-level block.
    fn block(&mut self, subject: Subject<'a>, out: &mut String) {
        let pairs = self.pairs(subject);
        let head = match subject {
            Subject::NamedNode(n) => self.iri(n.as_str()),
            Subject::BlankNode(b) => {
                self.done.insert(b);
                if self.labelled.contains(&b) {
                    format!("_:{}", b.as_str())
                } else {
                    let body = self.predicate_objects(&pairs, 1);
                    let _ = writeln!(out, "[\n{body}\n] .\n");
                    return;
                }
            }
        };
        let body = self.predicate_objects(&pairs, 1);
        let _ = writeln!(out, "{head}\n{body} .\n");
    }

    fn predicate_objects(
        &mut self,
        pairs: &[(NamedNodeRef<'a>, TermRef<'a>)],
        depth: usize,
    ) -> String {
        let indent = "    ".repeat(depth);
        let mut lines: Vec<String> = Vec::new();
        let mut i = 0;
        while i < pairs.len() {
            let predicate = pairs[i].0;
            let mut objects = Vec::new();
            while i < pairs.len() && pairs[i].0 == predicate {
                objects.push(self.object(pairs[i].1, depth));
                i += 1;
            }
            let p = if predicate == rdf::TYPE {
                "a".to_owned()
            } else {
                self.iri(predicate.as_str())
            };
            lines.push(format!("{indent}{p} {}", objects.join(" , ")));
        }
        lines.join(" ;\n")
    }

    fn object(&mut self, term: TermRef<'a>, depth: usize) -> String {
        match term {
            TermRef::NamedNode(n) if n == rdf::NIL => "()".to_owned(),
            TermRef::NamedNode(n) => self.iri(n.as_str()),
            TermRef::Literal(l) => self.literal(l),
            TermRef::BlankNode(b) => {
                if self.done.contains(&b) || self.labelled.contains(&b) || self.incoming(b) != 1 {
                    return format!("_:{}", b.as_str());
                }
                if let Some((items, cells)) = self.list(b) {
                    self.done.extend(cells);
                    let rendered: Vec<String> =
                        items.iter().map(|t| self.object(*t, depth + 1)).collect();
                    if rendered.iter().any(|r| r.contains('\n')) {
                        let indent = "    ".repeat(depth + 1);
                        let close = "    ".repeat(depth);
                        let inner: Vec<String> =
                            rendered.iter().map(|r| format!("{indent}{r}")).collect();
                        return format!("(\n{}\n{close})", inner.join("\n"));
                    }
                    return format!("( {} )", rendered.join(" "));
                }
                self.done.insert(b);
                let pairs = self.pairs(b.into());
                if pairs.is_empty() {
                    return "[]".to_owned();
                }
                let body = self.predicate_objects(&pairs, depth + 1);
                format!("[\n{body}\n{}]", "    ".repeat(depth))
            }
            #[allow(unreachable_patterns)]
            _ => term.to_string(),
        }
    }

    /// The items and cells of the well-formed collection starting at `head`, if it is one whose
    /// cells are written nowhere else.
    fn list(&self, head: BlankNodeRef<'a>) -> Option<(Vec<TermRef<'a>>, Vec<BlankNodeRef<'a>>)> {
        let mut items = Vec::new();
        let mut cells = Vec::new();
        let mut seen = HashSet::new();
        let mut cell = head;
        loop {
            if !seen.insert(cell) || self.done.contains(&cell) {
                return None;
            }
            if self.incoming(cell) != 1 {
                return None;
            }
            let (_, pairs) = &self.subjects[*self.index.get(&Subject::BlankNode(cell))?];
            let [(p1, first), (p2, rest)] = pairs.as_slice() else {
                return None;
            };
            if *p1 != rdf::FIRST || *p2 != rdf::REST {
                return None;
            }
            items.push(*first);
            cells.push(cell);
            match rest {
                TermRef::NamedNode(n) if *n == rdf::NIL => return Some((items, cells)),
                TermRef::BlankNode(next) => cell = *next,
                _ => return None,
            }
        }
    }

    fn iri(&mut self, iri: &str) -> String {
        if let Some((prefix, local)) = prefixed(iri) {
            self.used_prefixes.insert(prefix);
            format!("{prefix}:{local}")
        } else {
            format!("<{iri}>")
        }
    }

    fn literal(&mut self, literal: LiteralRef<'a>) -> String {
        let value = literal.value();
        if let Some(language) = literal.language() {
            return format!("{}@{language}", quote(value));
        }
        let datatype = literal.datatype();
        if datatype == xsd::STRING {
            return quote(value);
        }
        if datatype == xsd::BOOLEAN && matches!(value, "true" | "false") {
            return value.to_owned();
        }
        if datatype == xsd::INTEGER && is_integer_lexical(value) {
            return value.to_owned();
        }
        let dt = self.iri(datatype.as_str());
        format!("{}^^{dt}", quote(value))
    }
}

fn is_integer_lexical(text: &str) -> bool {
    let digits = text.strip_prefix(['+', '-']).unwrap_or(text);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxrdf::{BlankNode, Literal, NamedNode, TripleRef};

    fn parse(text: &str) -> Graph {
        oxttl::TurtleParser::new()
            .for_slice(text)
            .collect::<Result<Graph, _>>()
            .unwrap()
    }

    #[test]
    fn turtle_round_trips_with_lists_and_nested_nodes() {
        let text = r#"
            @prefix s: <https://schema.org/> .
            <https://e.org/a> s:name "A \"q\"\n" ; s:x ( [ s:name "1" ] [ s:name "2" ] ) ;
               s:y [ s:z 3 ; s:w true ] ; s:v "1.5E0"^^<http://www.w3.org/2001/XMLSchema#double> .
            _:shared s:name "s" . <https://e.org/b> s:k _:shared . <https://e.org/c> s:k _:shared .
            _:c1 s:k _:c2 . _:c2 s:k _:c1 .
            [] s:name "root" ; s:x () .
        "#;
        let graph = parse(text);
        let turtle = to_turtle(&graph);
        let back = parse(&turtle);
        assert_eq!(back.len(), graph.len(), "{turtle}");
        assert!(turtle.contains("schema:x (\n"), "{turtle}");
        assert!(turtle.contains("schema:z 3"), "{turtle}");
        assert_eq!(to_turtle(&graph), turtle, "deterministic");
    }

    #[test]
    fn writes_sorted_ntriples() {
        let mut g = Graph::new();
        let s = NamedNode::new_unchecked("https://e.org/s");
        let p = NamedNode::new_unchecked("https://e.org/p");
        let b = BlankNode::new_unchecked("b1");
        g.insert(TripleRef::new(&s, &p, &Literal::new_simple_literal("z")));
        g.insert(TripleRef::new(&s, &p, &b));
        let mut out = Vec::new();
        serialize(&g, RdfFormat::NTriples, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2);
        assert!(lines[0] < lines[1]);
    }

    #[test]
    fn prefixes_only_plain_local_names() {
        assert_eq!(
            prefixed("https://schema.org/name"),
            Some(("schema", "name"))
        );
        assert_eq!(
            prefixed("http://mlcommons.org/croissant/RAI/dataBiases"),
            Some(("rai", "dataBiases"))
        );
        assert_eq!(
            prefixed("https://spdx.org/rdf/3.0.1/terms/Core/HashAlgorithm/sha256"),
            None
        );
    }
}
