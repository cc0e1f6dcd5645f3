//! Every built-in framework spec is well formed, its typed level enum agrees with it, component
//! kinds map to the items each framework documents, and the spec is the one place in `src/` where
//! the framework's level tokens and item names are written.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use ai_openness::classify::dpg_1_1_4::DpgLevel;
use ai_openness::classify::eu_ai_act_2024::EuAiActLevel;
use ai_openness::classify::mof_1_0::{MofClass, MofComponent, MofLevel};
use ai_openness::classify::osai_index::{OsaiIndexLevel, Parameter};
use ai_openness::classify::osaid_1_0::OsaidLevel;
use ai_openness::classify::{Framework, FrameworkSpec, Level, LevelView};
use ai_openness::model::ComponentKind as K;

fn specs() -> impl Iterator<Item = &'static FrameworkSpec> {
    Framework::ALL.iter().map(|f| f.spec())
}

fn is_kebab(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[test]
fn every_spec_is_well_formed() {
    let mut ids = BTreeSet::new();
    for spec in specs() {
        let f = spec.id;
        assert!(ids.insert(f), "duplicate framework id {f}");
        assert!(is_kebab(&f.replace('.', "-")), "{f}");
        assert!(!spec.name.is_empty() && !spec.comment.is_empty(), "{f}");
        assert!(spec.source.starts_with("https://"), "{f}: {}", spec.source);
        assert!(!spec.levels.is_empty(), "{f} has no levels");

        // Levels: kebab-case tokens, unique; ranks unique, dense (0..n) and descending in the
        // order the spec lists them (most open first).
        let tokens: BTreeSet<_> = spec.levels.iter().map(|l| l.token).collect();
        assert_eq!(
            tokens.len(),
            spec.levels.len(),
            "{f}: duplicate level token"
        );
        let ranks: Vec<u8> = spec.levels.iter().map(|l| l.rank).collect();
        let mut expected: Vec<u8> = (0..spec.levels.len())
            .map(|r| u8::try_from(r).expect("few levels"))
            .collect();
        expected.reverse();
        assert_eq!(ranks, expected, "{f}: ranks not descending and dense");
        for level in spec.levels {
            assert!(is_kebab(level.token), "{f}: {}", level.token);
            assert!(!level.label.is_empty() && !level.comment.is_empty(), "{f}");
            assert_eq!(spec.level(level.token).map(|l| l.rank), Some(level.rank));
            // `implies` names another level of the same framework, ranked lower, whose
            // releases form a class too.
            if let Some(implied) = level.implies {
                let lower = spec.level(implied).unwrap_or_else(|| {
                    panic!("{f}: `{}` implies unknown `{implied}`", level.token)
                });
                assert!(
                    lower.rank < level.rank,
                    "{f}: {} implies {implied}",
                    level.token
                );
                assert!(level.class.is_some() && lower.class.is_some(), "{f}");
            }
            // `requires` names items of the framework, each once.
            let required: BTreeSet<_> = level.requires.iter().collect();
            assert_eq!(required.len(), level.requires.len(), "{f}: {}", level.token);
            for id in level.requires {
                assert!(
                    spec.item(id).is_some(),
                    "{f}: `{}` requires unknown `{id}`",
                    level.token
                );
            }
        }
        // A level class is named once across the framework.
        let classes: Vec<_> = spec.levels.iter().filter_map(|l| l.class).collect();
        assert_eq!(
            classes.iter().collect::<BTreeSet<_>>().len(),
            classes.len(),
            "{f}"
        );

        // Items: kebab-case ids (a part of an item is `item/part`, each segment kebab-case) and
        // distinct names, each with a clause.
        let item_ids: BTreeSet<_> = spec.items.iter().map(|i| i.id).collect();
        assert_eq!(item_ids.len(), spec.items.len(), "{f}: duplicate item id");
        let names: BTreeSet<_> = spec.items.iter().map(|i| i.name).collect();
        assert_eq!(names.len(), spec.items.len(), "{f}: duplicate item name");
        for item in spec.items {
            assert!(item.id.split('/').all(is_kebab), "{f}: {}", item.id);
            assert!(
                !item.name.is_empty() && !item.clause.is_empty(),
                "{f}: {}",
                item.id
            );
            let kinds: BTreeSet<_> = item.kinds.iter().collect();
            assert_eq!(
                kinds.len(),
                item.kinds.len(),
                "{f}: {} repeats a kind",
                item.id
            );
            assert!(spec.items_of(K::ModelWeights).count() <= spec.items.len());
        }
    }
}

/// The typed level enum of `L` lists the spec's levels, in the spec's order.
fn typed_levels_agree<L: Level + std::fmt::Display>() {
    let spec = L::SPEC;
    assert_eq!(L::ALL.len(), spec.levels.len(), "{}", spec.id);
    for (i, level) in L::ALL.iter().enumerate() {
        assert_eq!(level.index(), i, "{}", spec.id);
        assert_eq!(level.token(), spec.levels[i].token);
        assert_eq!(L::from_token(level.token()), Some(*level));
        assert_eq!(level.to_string(), level.token());
        let view: LevelView = (*level).into();
        assert_eq!(view.token(), level.token());
        assert_eq!(view.rank(), level.rank());
        assert_eq!(view.typed::<L>(), Some(*level));
    }
    assert_eq!(L::from_token("no-such-level"), None);
}

#[test]
fn typed_levels_agree_with_their_specs() {
    typed_levels_agree::<MofLevel>();
    typed_levels_agree::<OsaiIndexLevel>();
    typed_levels_agree::<OsaidLevel>();
    typed_levels_agree::<EuAiActLevel>();
    typed_levels_agree::<DpgLevel>();
    assert!(
        Framework::ALL
            .iter()
            .any(|f| f.spec().id == MofLevel::SPEC.id)
    );
    assert!(
        Framework::ALL
            .iter()
            .any(|f| f.spec().id == OsaiIndexLevel::SPEC.id)
    );
}

#[test]
fn mof_classes_are_cumulative_over_17_components() {
    let spec = MofLevel::SPEC;
    assert_eq!(spec.items.len(), 17);
    // The components each class adds (MOF 1.0: Class III 6, Class II 4 more, Class I 4 more),
    // and `implies` chains them: Class I needs all 14.
    let needs = |level: MofLevel| {
        let mut ids = BTreeSet::new();
        let mut at = Some(level.spec());
        while let Some(l) = at {
            ids.extend(l.requires.iter().copied());
            at = l.implies.and_then(|t| spec.level(t));
        }
        ids
    };
    assert_eq!(needs(MofLevel::Class3).len(), 6);
    assert_eq!(needs(MofLevel::Class2).len(), 10);
    assert_eq!(needs(MofLevel::Class1).len(), 14);
    assert!(needs(MofLevel::Unclassified).is_empty());
    // The MOF component enum reads its names from the spec, in the same order.
    for (component, item) in MofComponent::ALL.iter().zip(spec.items) {
        assert_eq!(component.name(), item.name);
        assert_eq!(component.item().id, item.id);
        assert_eq!(MofComponent::from_name(item.name), Some(*component));
    }
    // A class and its level are one another's.
    for class in [MofClass::I, MofClass::II, MofClass::III] {
        assert_eq!(class.level().class(), Some(class));
        assert_eq!(MofClass::from_number(class.number()), Some(class));
    }
    assert_eq!(MofLevel::Unclassified.class(), None);
}

#[test]
fn osai_index_items_are_its_parameters() {
    let spec = OsaiIndexLevel::SPEC;
    assert_eq!(spec.items.len(), 12);
    let set = ai_openness::classify::osai_index::current();
    assert_eq!(spec.version, set.date);
    for (parameter, item) in Parameter::ALL.iter().zip(spec.items) {
        assert_eq!(parameter.item().id, item.id);
        assert_eq!(parameter.as_str().replace('_', "-"), item.id);
        let in_set = set
            .spec(*parameter)
            .expect("the current set has every parameter");
        assert_eq!(in_set.name(), item.name);
    }
}

/// The mapping of component kinds to items that each framework's module documents: MOF 1.0 in
/// `mof_1_0::native` (one MOF component per kind; pretraining and post-training data are both
/// `Datasets`, the tokenizer counts among the `Supporting libraries and tools`), the OSAI Index
/// in the table of `osai_index` (the kinds that answer each parameter). These two are exact:
/// no other kind maps to an item.
fn documented() -> BTreeMap<&'static str, Vec<(K, &'static str)>> {
    let mut map = BTreeMap::new();
    map.insert(
        MofLevel::SPEC.id,
        vec![
            (K::PretrainingData, "datasets"),
            (K::PostTrainingData, "datasets"),
            (K::DataPreprocessingCode, "data-preprocessing-code"),
            (K::ModelArchitecture, "model-architecture"),
            (K::ModelWeights, "model-parameters-final"),
            (K::TrainingConfiguration, "model-metadata"),
            (K::IntermediateCheckpoints, "model-parameters-intermediate"),
            (K::TrainingCode, "training-code"),
            (K::InferenceCode, "inference-code"),
            (K::EvaluationCode, "evaluation-code"),
            (K::EvaluationData, "evaluation-data"),
            (K::EvaluationResults, "evaluation-results"),
            (K::SupportingLibraries, "supporting-libraries-and-tools"),
            (K::Tokenizer, "supporting-libraries-and-tools"),
            (K::ModelCard, "model-card"),
            (K::DataCard, "data-card"),
            (K::TechnicalReport, "technical-report"),
            (K::ResearchPaper, "research-paper"),
            (K::SampleOutputs, "sample-model-outputs"),
        ],
    );
    map.insert(
        OsaiIndexLevel::SPEC.id,
        vec![
            (K::PretrainingData, "datasources-basemodel"),
            (K::PostTrainingData, "datasources-endmodel"),
            (K::BaseModelWeights, "weights-basemodel"),
            (K::ModelWeights, "weights-endmodel"),
            (K::TrainingCode, "trainingcode"),
            (K::DataPreprocessingCode, "trainingcode"),
            (K::CodeDocumentation, "code"),
            (K::ComputeReport, "hardware-architecture"),
            (K::TechnicalReport, "preprint"),
            (K::ResearchPaper, "paper"),
            (K::ModelCard, "modelcard"),
            (K::DataCard, "datasheet"),
        ],
    );
    map
}

/// The mappings the other frameworks' modules document, as lower bounds (their specs map more
/// kinds, e.g. every component to DPG indicator 2, open licences): OSAID 1.0's three elements
/// (data information, code, parameters), the DPG indicators 4, 5 and 9, and the information the
/// EU AI Act's Art. 53(2) exemption asks to be public.
fn documented_at_least() -> Vec<(Framework, K, &'static str)> {
    use Framework::{Dpg114 as Dpg, EuAiAct2024 as Eu, Osaid10 as Osaid};
    vec![
        (Osaid, K::PretrainingData, "data-information/listing"),
        (Osaid, K::PostTrainingData, "data-information/listing"),
        (Osaid, K::DataCard, "data-information/description"),
        (Osaid, K::DataPreprocessingCode, "code/data-processing"),
        (Osaid, K::TrainingCode, "code/training"),
        (Osaid, K::ModelArchitecture, "code/model-architecture"),
        (Osaid, K::InferenceCode, "code/inference"),
        (Osaid, K::SupportingLibraries, "code/supporting-libraries"),
        (Osaid, K::Tokenizer, "code/supporting-libraries"),
        (Osaid, K::EvaluationCode, "code/validation-and-testing"),
        (Osaid, K::ModelWeights, "parameters/weights"),
        (
            Osaid,
            K::IntermediateCheckpoints,
            "parameters/checkpoints-and-optimizer-state",
        ),
        (
            Osaid,
            K::TrainingConfiguration,
            "parameters/checkpoints-and-optimizer-state",
        ),
        (Dpg, K::SupportingLibraries, "4-platform-independence"),
        (Dpg, K::CodeDocumentation, "5-documentation"),
        (Dpg, K::ModelCard, "5-documentation"),
        (Dpg, K::DataCard, "5-documentation"),
        (Dpg, K::GuardrailModel, "9-do-no-harm"),
        (Dpg, K::ContentFilter, "9-do-no-harm"),
        (Dpg, K::UsagePolicy, "9-do-no-harm"),
        (Dpg, K::SafetyEvaluation, "9-do-no-harm"),
        (Eu, K::ModelWeights, "art-53-2/weights-public"),
        (
            Eu,
            K::ModelArchitecture,
            "art-53-2/architecture-information",
        ),
        (Eu, K::ModelCard, "art-53-2/usage-information"),
        (Eu, K::UsagePolicy, "art-53-2/usage-information"),
    ]
}

#[test]
fn component_kinds_map_to_the_items_each_framework_documents() {
    for (framework, kind, item) in documented_at_least() {
        let spec = framework.spec();
        assert!(spec.item(item).is_some(), "{framework}: no item `{item}`");
        assert!(
            spec.items_of(kind).any(|i| i.id == item),
            "{framework}: `{kind}` should map to `{item}`"
        );
    }
    // Every kind counts somewhere: each maps to an item of at least one framework.
    for kind in K::ALL {
        assert!(
            specs().any(|s| s.items_of(*kind).next().is_some()),
            "`{kind}` maps to no framework item"
        );
    }
    for (framework, pairs) in documented() {
        let spec = specs()
            .find(|s| s.id == framework)
            .unwrap_or_else(|| panic!("no spec {framework}"));
        for (kind, item) in &pairs {
            let items: Vec<_> = spec.items_of(*kind).map(|i| i.id).collect();
            assert!(
                items.contains(item),
                "{framework}: `{kind}` should map to `{item}`, maps to {items:?}"
            );
        }
        // And nothing more: a kind the module does not document maps to no item.
        for kind in K::ALL {
            let expected: BTreeSet<_> = pairs
                .iter()
                .filter(|(k, _)| k == kind)
                .map(|(_, i)| *i)
                .collect();
            let actual: BTreeSet<_> = spec.items_of(*kind).map(|i| i.id).collect();
            assert_eq!(actual, expected, "{framework}: `{kind}`");
        }
    }
    // MOF maps each kind to one component at most, and every component has a kind.
    for kind in K::ALL {
        assert!(MofLevel::SPEC.items_of(*kind).count() <= 1, "{kind}");
    }
    for item in MofLevel::SPEC.items {
        assert!(!item.kinds.is_empty(), "{}", item.id);
    }
}

// ---------------------------------------------------------------------------------------------
// One place in `src/` for each level token and item name: the framework's `spec.rs`.
// ---------------------------------------------------------------------------------------------

/// String literals that legitimately equal a level token or an item name outside the spec that
/// defines it: `(literal, file under src/, why)`. A literal shared by two frameworks' specs needs
/// no entry: each spec may write its own.
const ALLOWED: &[(&str, &str, &str)] = &[
    // The OSAI Index grades each parameter `open`, `partial` or `closed` (its `Grade`
    // vocabulary, the values of the index's own YAML); the release-wide levels reuse the grade
    // names, which is the point of those levels.
    (
        "open",
        "src/classify/osai_index/parameters.rs",
        "Grade::Open",
    ),
    (
        "partial",
        "src/classify/osai_index/parameters.rs",
        "Grade::Partial",
    ),
    (
        "closed",
        "src/classify/osai_index/parameters.rs",
        "Grade::Closed",
    ),
    // The word in a reason ("… is `MIT`, open"), beside "not open".
    (
        "open",
        "src/classify/osai_index/licences.rs",
        "a licence is open",
    ),
    // Other vocabularies that happen to share a word with a level token.
    (
        "partial",
        "src/licence/table.rs",
        "Provenance::Partial: a licence text partly read",
    ),
    ("closed", "src/rdf/shapes.rs", "SHACL's sh:closed"),
    // The report's grid grades each component `open`, `partial`, `closed` (the colours of the
    // OSAI Index table), a vocabulary of its own.
    ("open", "src/report/mod.rs", "report::Grade::Open"),
    ("partial", "src/report/mod.rs", "report::Grade::Partial"),
    ("closed", "src/report/mod.rs", "report::Grade::Closed"),
    // Four frameworks share the level `undetermined` ("the description cannot tell"); the
    // report colours it grey whichever framework gives it.
    (
        "undetermined",
        "src/report/mod.rs",
        "Standing::Undetermined",
    ),
    // `conforms` is also the name of a field of the OSAID details (`OsaidDetails::conforms`),
    // which `--detail levels` keeps.
    ("conforms", "src/results/mod.rs", "KEY_FIELDS"),
    // The OSAI Index's category `documentation` (a category, not a DPG indicator), and the AIRO
    // class `airo:Documentation` that model cards align with.
    (
        "Documentation",
        "src/classify/osai_index/parameters.rs",
        "an OSAI Index category",
    ),
    (
        "Documentation",
        "src/rdf/alignments.rs",
        "airo:Documentation",
    ),
];

/// The `src/classify/<module>/spec.rs` of a framework: its id with `-` and `.` as `_`.
fn spec_file(spec: &FrameworkSpec) -> String {
    format!("src/classify/{}/spec.rs", spec.id.replace(['-', '.'], "_"))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The string literals of Rust source `text` (ordinary, byte and raw strings, escapes resolved
/// the way that matters here: `\"` and `\\`, and line continuations), with their line numbers;
/// comments, doc comments and character literals are skipped.
fn string_literals(text: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    let at = |i: usize| chars.get(i).copied();
    while let Some(c) = at(i) {
        match c {
            '\n' => {
                line += 1;
                i += 1;
            }
            '/' if at(i + 1) == Some('/') => {
                while at(i).is_some_and(|c| c != '\n') {
                    i += 1;
                }
            }
            '/' if at(i + 1) == Some('*') => {
                let mut depth = 0;
                while let Some(c) = at(i) {
                    if c == '/' && at(i + 1) == Some('*') {
                        depth += 1;
                        i += 2;
                    } else if c == '*' && at(i + 1) == Some('/') {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        if c == '\n' {
                            line += 1;
                        }
                        i += 1;
                    }
                }
            }
            'r' if at(i + 1) == Some('"')
                || (at(i + 1) == Some('#') && {
                    let mut j = i + 1;
                    while at(j) == Some('#') {
                        j += 1;
                    }
                    at(j) == Some('"')
                }) && !at(i.wrapping_sub(1))
                    .is_some_and(|p| p.is_alphanumeric() || p == '_') =>
            {
                let mut hashes = 0;
                i += 1;
                while at(i) == Some('#') {
                    hashes += 1;
                    i += 1;
                }
                i += 1; // the opening quote
                let start_line = line;
                let mut value = String::new();
                loop {
                    match at(i) {
                        None => break,
                        Some('"') if (1..=hashes).all(|k| at(i + k) == Some('#')) => {
                            i += 1 + hashes;
                            break;
                        }
                        Some(c) => {
                            if c == '\n' {
                                line += 1;
                            }
                            value.push(c);
                            i += 1;
                        }
                    }
                }
                out.push((start_line, value));
            }
            '"' => {
                i += 1;
                let start_line = line;
                let mut value = String::new();
                while let Some(c) = at(i) {
                    match c {
                        '"' => {
                            i += 1;
                            break;
                        }
                        '\\' => {
                            match at(i + 1) {
                                Some('\n') => {
                                    // A line continuation: skip the newline and the indentation.
                                    line += 1;
                                    i += 2;
                                    while at(i).is_some_and(char::is_whitespace) {
                                        if at(i) == Some('\n') {
                                            line += 1;
                                        }
                                        i += 1;
                                    }
                                    continue;
                                }
                                Some('n') => value.push('\n'),
                                Some('t') => value.push('\t'),
                                Some(other) => value.push(other),
                                None => {}
                            }
                            i += 2;
                        }
                        c => {
                            if c == '\n' {
                                line += 1;
                            }
                            value.push(c);
                            i += 1;
                        }
                    }
                }
                out.push((start_line, value));
            }
            '\'' => {
                // A character literal ('"', '\'', '\\') or a lifetime ('a): skip either.
                if at(i + 1) == Some('\\') {
                    i += 2;
                    while at(i).is_some_and(|c| c != '\'') {
                        i += 1;
                    }
                    i += 1;
                } else if at(i + 2) == Some('\'') {
                    i += 3;
                } else {
                    i += 1;
                }
            }
            _ => i += 1,
        }
    }
    out
}

#[test]
fn the_literal_scanner_sees_strings_and_skips_comments() {
    let text = "// \"class-1\" in a comment\n/// doc \"x\"\nlet a = \"one\"; let c = '\"';\n\
                let b = r#\"two \"quoted\"\"#; /* \"three\" */ let d = \"a \\\n    b\";\n";
    let found: Vec<String> = string_literals(text).into_iter().map(|(_, s)| s).collect();
    assert_eq!(found, ["one", "two \"quoted\"", "a b"]);
}

#[test]
fn each_level_token_and_item_name_is_written_only_in_its_spec() {
    // Every literal a spec owns, with the spec files allowed to write it.
    let mut owners: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for spec in specs() {
        let file = spec_file(spec);
        for level in spec.levels {
            owners.entry(level.token).or_default().insert(file.clone());
        }
        for item in spec.items {
            owners.entry(item.name).or_default().insert(file.clone());
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    assert!(files.len() > 50, "found only {} files", files.len());
    let mut offenders = Vec::new();
    let mut seen_in_spec = BTreeSet::new();
    for path in &files {
        let relative = path
            .strip_prefix(root)
            .expect("under the crate")
            .to_string_lossy()
            .replace('\\', "/");
        let text = std::fs::read_to_string(path).expect("readable");
        // A module's unit tests are test data (they write component names as a MOT file
        // does, levels as a claim does): the scan covers the code above them.
        let code = text
            .find("\n#[cfg(test)]\nmod ")
            .map_or(text.as_str(), |end| &text[..end]);
        for (line, literal) in string_literals(code) {
            let Some(allowed) = owners.get(literal.as_str()) else {
                continue;
            };
            if allowed.contains(&relative) {
                seen_in_spec.insert(literal);
                continue;
            }
            if ALLOWED
                .iter()
                .any(|(l, f, _)| *l == literal && *f == relative)
            {
                continue;
            }
            offenders.push(format!("{relative}:{line}: \"{literal}\""));
        }
    }
    assert!(
        offenders.is_empty(),
        "level tokens or item names written outside their framework's spec.rs:\n{}",
        offenders.join("\n")
    );
    // The scanner does find them where they belong (so an empty result means something).
    for token in MofLevel::ALL.iter().map(|l| l.token()) {
        assert!(seen_in_spec.contains(token), "{token}");
    }
    for item in MofLevel::SPEC
        .items
        .iter()
        .chain(OsaiIndexLevel::SPEC.items)
    {
        assert!(seen_in_spec.contains(item.name), "{}", item.name);
    }
}
