//! Labels of the closed vocabularies and their concepts, the component and release kinds and the
//! framework levels in languages other than English, as `skos:prefLabel "…"@{lang}`.
//!
//! Each language has one table, `src/rdf/labels/{lang}.tsv`, compiled in: a header line
//! `term<TAB>label<TAB>source`, then one line per term: its local name in the vocabulary
//! namespace (`Availability-public`, `ModelWeights`, `Level-mof-1.0-class-1`), its label, and
//! where the label comes from (a published glossary, or `project` for the project's own
//! translation). Generation fails when a table misses a term, names a term twice or names one
//! that does not exist, or when two terms of one scheme share a label (see `docs/vocabulary.md`).

use std::collections::{BTreeMap, BTreeSet};

use oxrdf::Literal;

use super::VocabError;
use super::frame::Frames;
use super::frameworks;
use super::graph::{Builder, iri};
use super::terms::{self, skos};

/// One label table: its BCP 47 language tag, the language's name in itself, whether it is
/// written right to left, and the table's text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Table {
    /// The language tag (`fr`).
    pub tag: &'static str,
    /// The language's own name for itself (`français`).
    pub name: &'static str,
    /// Whether the script runs right to left.
    pub rtl: bool,
    /// The TSV text.
    text: &'static str,
}

/// Every label table, in the order pages show them.
pub(crate) const TABLES: &[Table] = &[
    Table {
        tag: "fr",
        name: "français",
        rtl: false,
        text: include_str!("fr.tsv"),
    },
    Table {
        tag: "es",
        name: "español",
        rtl: false,
        text: include_str!("es.tsv"),
    },
    Table {
        tag: "pt",
        name: "português",
        rtl: false,
        text: include_str!("pt.tsv"),
    },
    Table {
        tag: "ar",
        name: "العربية",
        rtl: true,
        text: include_str!("ar.tsv"),
    },
    Table {
        tag: "zh",
        name: "中文",
        rtl: false,
        text: include_str!("zh.tsv"),
    },
    Table {
        tag: "hi",
        name: "हिन्दी",
        rtl: false,
        text: include_str!("hi.tsv"),
    },
    Table {
        tag: "sw",
        name: "Kiswahili",
        rtl: false,
        text: include_str!("sw.tsv"),
    },
];

/// Every label by term (local name): `[(language tag, label)]` in table order.
pub(crate) type Labels = BTreeMap<String, Vec<(&'static str, &'static str)>>;

/// The group of the closed vocabularies (concept schemes) themselves, whose labels are unique
/// among each other.
const SCHEMES: &str = "ConceptScheme";

/// The header line every table starts with.
const HEADER: &str = "term\tlabel\tsource";

/// The terms that need a label in every language, by local name, with the group their labels
/// must be unique in: a closed vocabulary's type name for its concepts, `Framework-{id}` for
/// levels, and [`SCHEMES`] for the closed vocabularies themselves. In generation order.
pub(crate) fn required(frames: &Frames) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for vocabulary in frames.schema.vocabularies() {
        out.push((vocabulary.name.clone(), SCHEMES.to_owned()));
        for value in &vocabulary.values {
            let concept = terms::concept_iri(&vocabulary.name, &value.notation);
            let local = terms::local(&concept).unwrap_or_default().to_owned();
            out.push((local, vocabulary.name.clone()));
        }
    }
    for spec in frameworks::frameworks() {
        for level in spec.levels {
            let level = frameworks::level_iri(spec.id, level.token);
            let local = terms::local(&level).unwrap_or_default().to_owned();
            out.push((local, format!("Framework-{}", spec.id)));
        }
    }
    out
}

/// The rows of `table`: `(term, label, source)`, checked for shape.
fn rows(table: &Table) -> Result<Vec<(&'static str, &'static str, &'static str)>, VocabError> {
    let mut lines = table.text.lines();
    if lines.next() != Some(HEADER) {
        return Err(VocabError::new(format!(
            "labels/{}.tsv must start with the header `term<TAB>label<TAB>source`",
            table.tag
        )));
    }
    let mut out = Vec::new();
    for (n, line) in lines.enumerate() {
        let fields: Vec<&str> = line.split('\t').collect();
        match fields.as_slice() {
            [term, label, source]
                if !term.is_empty()
                    && !label.trim().is_empty()
                    && label.trim() == *label
                    && !source.is_empty() =>
            {
                out.push((*term, *label, *source));
            }
            _ => {
                return Err(VocabError::new(format!(
                    "labels/{}.tsv line {}: expected `term<TAB>label<TAB>source`, all non-empty",
                    table.tag,
                    n + 2
                )));
            }
        }
    }
    Ok(out)
}

/// Every label of every table, checked: `term → [(tag, label)]` in table order.
pub(crate) fn all(frames: &Frames) -> Result<Labels, VocabError> {
    check(frames, TABLES)
}

/// The labels of `tables`, checked against the terms of `frames`.
fn check(frames: &Frames, tables: &[Table]) -> Result<Labels, VocabError> {
    let required = required(frames);
    let scheme_of: BTreeMap<&str, &str> = required
        .iter()
        .map(|(t, s)| (t.as_str(), s.as_str()))
        .collect();
    let mut out = Labels::new();
    for table in tables {
        let mut seen = BTreeSet::new();
        let mut in_scheme: BTreeSet<(&str, &str)> = BTreeSet::new();
        for (term, label, _) in rows(table)? {
            let Some(scheme) = scheme_of.get(term) else {
                return Err(VocabError::new(format!(
                    "labels/{}.tsv names `{term}`, which is not a closed vocabulary, one of its concepts or kinds, or a level",
                    table.tag
                )));
            };
            if !seen.insert(term) {
                return Err(VocabError::new(format!(
                    "labels/{}.tsv labels `{term}` twice",
                    table.tag
                )));
            }
            if !in_scheme.insert((scheme, label)) {
                return Err(VocabError::new(format!(
                    "labels/{}.tsv gives the label `{label}` to two terms of `{scheme}`",
                    table.tag
                )));
            }
            out.entry(term.to_owned())
                .or_default()
                .push((table.tag, label));
        }
        if let Some((missing, _)) = required.iter().find(|(t, _)| !seen.contains(t.as_str())) {
            return Err(VocabError::new(format!(
                "labels/{}.tsv has no label for `{missing}`",
                table.tag
            )));
        }
    }
    Ok(out)
}

/// Adds every label of every table to `b` as `skos:prefLabel` with its language tag.
pub(crate) fn add(frames: &Frames, b: &mut Builder) -> Result<(), VocabError> {
    for (term, labels) in all(frames)? {
        let node = iri(&terms::term(&term))?;
        for (tag, label) in labels {
            let literal = Literal::new_language_tagged_literal(label, tag)
                .map_err(|e| VocabError::new(format!("language tag `{tag}`: {e}")))?;
            b.add(node.clone(), skos!("prefLabel"), literal)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_covers_every_term_once() {
        let frames = Frames::shared().expect("frames");
        let labels = all(frames).expect("the label tables are consistent");
        let required = required(frames);
        assert_eq!(labels.len(), required.len());
        for (term, _) in &required {
            assert_eq!(labels[term].len(), TABLES.len(), "{term}");
        }
    }

    /// A table made of French's rows, with `edit` applied to its text.
    fn edited(edit: impl FnOnce(&str) -> String) -> Result<(), String> {
        let text: &'static str = Box::leak(edit(TABLES[0].text).into_boxed_str());
        let table = Table { text, ..TABLES[0] };
        let frames = Frames::shared().expect("frames");
        check(frames, &[table])
            .map(|_| ())
            .map_err(|e| e.message().to_owned())
    }

    #[test]
    fn broken_tables_are_refused() {
        assert_eq!(edited(str::to_owned), Ok(()));
        let no_header = edited(|t| t.replacen(HEADER, "term\tlabel", 1)).unwrap_err();
        assert!(no_header.contains("header"), "{no_header}");
        let unknown =
            edited(|t| format!("{t}Availability-sometimes\tparfois\tproject\n")).unwrap_err();
        assert!(unknown.contains("`Availability-sometimes`"), "{unknown}");
        let missing = edited(|t| {
            t.lines()
                .filter(|l| !l.starts_with("ModelWeights\t"))
                .map(|l| format!("{l}\n"))
                .collect()
        })
        .unwrap_err();
        assert!(missing.contains("no label for `ModelWeights`"), "{missing}");
        let twice = edited(|t| format!("{t}ModelWeights\tpoids\tproject\n")).unwrap_err();
        assert!(twice.contains("twice"), "{twice}");
        let clash = edited(|t| {
            t.replace(
                "Availability-gated\taccès conditionnel",
                "Availability-gated\tpublic",
            )
        })
        .unwrap_err();
        assert!(clash.contains("two terms of `Availability`"), "{clash}");
        let no_source = edited(|t| t.replace("\tproject\n", "\t\n")).unwrap_err();
        assert!(no_source.contains("non-empty"), "{no_source}");
    }
}
