//! The example descriptions shipped in `examples/*.yaml` load as `Release`s, survive a YAML and a
//! JSON round trip, cite their sources, and state the facts their sources support.

use std::path::{Path, PathBuf};

use ai_openness::Release;
use ai_openness::document::Format;
use ai_openness::licence::{
    LicenceExpression, Tri, allows_commercial_use, has_use_restrictions, has_user_threshold,
    is_open_data, is_osi_approved,
};
use ai_openness::model::{
    Availability, ClaimKind, Component, ComponentKind, EvaluationSplit, LineageRelation,
    ReleaseKind, SpecVersion, SystemUnderTest,
};

fn examples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples")
}

/// Every `examples/*.yaml`, sorted by file name.
fn example_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(examples_dir())
        .expect("examples/ is readable")
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "yaml"))
        .collect();
    files.sort();
    files
}

fn read(name: &str) -> String {
    let path = examples_dir().join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn load(name: &str) -> Release {
    serde_saphyr::from_str(&read(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The licence expression of a component, if one is recorded.
fn licence(component: &Component) -> Option<&str> {
    component.license.as_ref().map(|l| l.expression.as_str())
}

/// The licence of a component, which must be recorded.
fn expression(component: &Component) -> &LicenceExpression {
    &component
        .license
        .as_ref()
        .unwrap_or_else(|| panic!("the {} component has no licence", component.kind))
        .expression
}

/// The only component of `kind`; fails when there is none or more than one.
fn only(release: &Release, kind: ComponentKind) -> &Component {
    let found: Vec<&Component> = release.components_of(kind).map(|(_, c)| c).collect();
    assert_eq!(
        found.len(),
        1,
        "{}: expected one {kind} component",
        release.name
    );
    found[0]
}

/// Whether the header comment says "Written for the ai-openness examples on YYYY-MM-DD".
fn has_date_of_writing(text: &str) -> bool {
    let marker = "Written for the ai-openness examples on ";
    text.lines()
        .take_while(|l| l.starts_with('#'))
        .filter_map(|l| l.split_once(marker).map(|(_, rest)| rest))
        .any(|rest| {
            let date = rest.get(..10).unwrap_or_default();
            ai_openness::model::Date::new(date).is_ok()
        })
}

#[test]
fn every_example_loads_round_trips_and_cites_its_sources() {
    let files = example_files();
    // The exact set, so that a test looping over the examples cannot pass on none of them; a new
    // example is added here and gets a test of its own below.
    let names: Vec<&str> = files
        .iter()
        .filter_map(|p| p.file_name().and_then(|n| n.to_str()))
        .collect();
    assert_eq!(
        names,
        [
            "bloom.yaml",
            "gemma-2.yaml",
            "illustrative-open-model.yaml",
            "llama-3.1.yaml",
            "ministral-8b-moderated-system.yaml",
            "mistral-7b.yaml",
            "olmo-2.yaml",
            "pythia.yaml",
        ]
    );
    for path in files {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let text = read(name);
        assert!(
            text.starts_with("# ") && has_date_of_writing(&text),
            "{name}: the header comment must cite its sources and the date of writing"
        );
        let release = load(name);
        assert_eq!(release.spec_version, SpecVersion::CURRENT, "{name}");
        assert!(!release.components.is_empty(), "{name}: no components");
        for component in &release.components {
            assert!(
                !component.evidence.is_empty(),
                "{name}: the {} component `{}` has no evidence",
                component.kind,
                component.name.as_deref().unwrap_or("")
            );
        }
        for claim in &release.claims {
            assert!(
                !claim.evidence.is_empty(),
                "{name}: a {} claim has no evidence",
                claim.kind
            );
        }

        let via_loader = ai_openness::document::from_str(&text, Format::Yaml)
            .unwrap_or_else(|e| panic!("{name}: the crate's loader rejects it: {e}"));
        assert_eq!(
            via_loader, release,
            "{name}: the crate's loader reads the same release"
        );

        let yaml = serde_saphyr::to_string(&release).expect("serialises to YAML");
        let back: Release = serde_saphyr::from_str(&yaml).expect("reads its own YAML back");
        assert_eq!(back, release, "{name}: YAML round trip");
        let json = serde_json::to_string(&release).expect("serialises to JSON");
        let back: Release = serde_json::from_str(&json).expect("reads its own JSON back");
        assert_eq!(back, release, "{name}: JSON round trip");
    }
}

#[test]
fn olmo_2_is_open_in_every_part_it_lists() {
    let r = load("olmo-2.yaml");
    assert_eq!(r.kind, ReleaseKind::Model);
    let weights = only(&r, ComponentKind::ModelWeights);
    assert_eq!(licence(weights), Some("Apache-2.0"));
    assert_eq!(weights.availability, Availability::Public);
    assert_eq!(is_osi_approved(expression(weights)), Tri::Yes);
    assert_eq!(
        licence(only(&r, ComponentKind::BaseModelWeights)),
        Some("Apache-2.0")
    );

    let pretraining: Vec<_> = r.components_of(ComponentKind::PretrainingData).collect();
    assert_eq!(pretraining.len(), 2, "OLMo-mix-1124 and Dolmino-mix-1124");
    let post_training: Vec<_> = r.components_of(ComponentKind::PostTrainingData).collect();
    assert_eq!(
        post_training.len(),
        2,
        "the Tülu 3 SFT mixture and the preference mix"
    );
    for (_, data) in pretraining.iter().chain(&post_training) {
        assert_eq!(licence(data), Some("ODC-By-1.0"), "{:?}", data.name);
        assert_eq!(is_open_data(expression(data)), Tri::Yes, "{:?}", data.name);
        assert_eq!(data.availability, Availability::Public, "{:?}", data.name);
    }

    for kind in [
        ComponentKind::TrainingCode,
        ComponentKind::InferenceCode,
        ComponentKind::ModelArchitecture,
        ComponentKind::IntermediateCheckpoints,
        ComponentKind::EvaluationCode,
        ComponentKind::TechnicalReport,
    ] {
        assert!(
            r.components_of(kind)
                .all(|(_, c)| c.availability == Availability::Public),
            "{kind}"
        );
        assert!(r.has(kind), "{kind}");
    }
    // Every code component with a known licence is Apache-2.0; OLMES' licence is not recorded.
    for kind in [
        ComponentKind::TrainingCode,
        ComponentKind::InferenceCode,
        ComponentKind::ModelArchitecture,
    ] {
        assert!(
            r.components_of(kind)
                .all(|(_, c)| licence(c) == Some("Apache-2.0")),
            "{kind}"
        );
    }
    let evaluation_code = only(&r, ComponentKind::EvaluationCode);
    assert_eq!(licence(evaluation_code), None);
    // The arXiv report's licence is unknown.
    assert_eq!(licence(only(&r, ComponentKind::TechnicalReport)), None);

    assert_eq!(r.lineage.len(), 1);
    assert_eq!(r.lineage[0].relation, LineageRelation::FineTunedFrom);
    let monetisation = r.facts.monetisation.as_ref().expect("monetisation stated");
    assert_eq!(monetisation.is_monetised(), Some(false));
    assert!(r.facts.training_compute_flop.is_some_and(|f| f < 1e25));
    assert!(r.claims.iter().any(|c| c.kind == ClaimKind::OpenScience));
}

#[test]
fn pythia_has_open_weights_checkpoints_and_code_but_no_data_licence() {
    let r = load("pythia.yaml");
    let weights = only(&r, ComponentKind::ModelWeights);
    assert_eq!(licence(weights), Some("Apache-2.0"));
    assert_eq!(weights.availability, Availability::Public);
    let checkpoints = only(&r, ComponentKind::IntermediateCheckpoints);
    assert_eq!(licence(checkpoints), Some("Apache-2.0"));
    assert!(
        checkpoints
            .name
            .as_deref()
            .is_some_and(|n| n.contains("154"))
    );

    let data = only(&r, ComponentKind::PretrainingData);
    assert_eq!(data.availability, Availability::Public);
    assert_eq!(licence(data), None, "the Pile has no single licence");
    let preprocessing = only(&r, ComponentKind::DataPreprocessingCode);
    assert_eq!(preprocessing.availability, Availability::Public);
    assert_eq!(licence(preprocessing), None, "no licence file found");

    let training_code = only(&r, ComponentKind::TrainingCode);
    assert_eq!(
        licence(training_code),
        Some("Apache-2.0 AND BSD-3-Clause AND MIT")
    );
    assert_eq!(
        is_osi_approved(expression(training_code)),
        Tri::Yes,
        "every AND term is OSI"
    );
    assert_eq!(
        licence(only(&r, ComponentKind::EvaluationCode)),
        Some("MIT")
    );
    assert!(r.has(ComponentKind::ResearchPaper), "ICML 2023 paper");
    assert!(r.has(ComponentKind::TechnicalReport), "arXiv preprint");
    assert!(r.lineage.is_empty(), "a base model");
    assert_eq!(
        r.facts.monetisation.as_ref().and_then(|m| m.is_monetised()),
        Some(false)
    );
}

#[test]
fn bloom_weights_are_rail_and_roots_is_gated() {
    let r = load("bloom.yaml");
    let weights = only(&r, ComponentKind::ModelWeights);
    assert_eq!(
        licence(weights),
        Some("LicenseRef-BigScience-BLOOM-RAIL-1.0")
    );
    assert_eq!(weights.availability, Availability::Public);
    assert_eq!(
        has_use_restrictions(expression(weights)),
        Tri::Yes,
        "RAIL Attachment A"
    );
    assert_eq!(is_osi_approved(expression(weights)), Tri::No);
    let declared = weights.license.as_ref().and_then(|l| l.declared.as_deref());
    assert_eq!(
        declared,
        Some("RAIL License v1.0"),
        "as the model card writes it"
    );

    let data = only(&r, ComponentKind::PretrainingData);
    assert_eq!(data.availability, Availability::Gated);
    assert!(data.access_terms.as_ref().is_some_and(|t| t.url.is_some()));
    assert_eq!(licence(data), None, "ROOTS subsets keep their own licences");

    assert_eq!(
        licence(only(&r, ComponentKind::TrainingCode)),
        Some("BSD-3-Clause AND Apache-2.0 AND MIT")
    );
    assert!(r.has(ComponentKind::UsagePolicy), "RAIL Attachment A");
    assert!(r.has(ComponentKind::IntermediateCheckpoints));
    assert!(r.has(ComponentKind::DataPreprocessingCode));
    assert_eq!(
        r.components_of(ComponentKind::TrainingConfiguration)
            .count(),
        2
    );
    assert!(r.claims.iter().any(|c| c.kind == ClaimKind::OpenScience));
}

#[test]
fn llama_3_1_has_gated_community_licensed_weights_and_undisclosed_data() {
    let r = load("llama-3.1.yaml");
    let weights = only(&r, ComponentKind::ModelWeights);
    assert_eq!(weights.availability, Availability::Gated);
    assert_eq!(licence(weights), Some("LicenseRef-Llama-3.1-Community"));
    assert!(weights.access_terms.is_some());
    let llama = expression(weights);
    assert_eq!(
        has_user_threshold(llama),
        Tri::Yes,
        "700 million monthly active users"
    );
    assert_eq!(
        has_use_restrictions(llama),
        Tri::Yes,
        "the Acceptable Use Policy"
    );
    assert_eq!(is_osi_approved(llama), Tri::No);
    assert!(
        weights
            .license
            .as_ref()
            .is_some_and(|l| l.url.is_some() && l.declared.is_some())
    );
    assert_eq!(
        only(&r, ComponentKind::BaseModelWeights).availability,
        Availability::Gated
    );

    for kind in [
        ComponentKind::PretrainingData,
        ComponentKind::PostTrainingData,
        ComponentKind::TrainingCode,
    ] {
        assert_eq!(
            only(&r, kind).availability,
            Availability::NotReleased,
            "{kind}"
        );
    }
    assert_eq!(
        only(&r, ComponentKind::InferenceCode).availability,
        Availability::Public
    );
    assert!(
        r.has(ComponentKind::UsagePolicy),
        "the Acceptable Use Policy"
    );

    assert_eq!(r.lineage[0].relation, LineageRelation::FineTunedFrom);
    let open_source = r
        .claims
        .iter()
        .find(|c| c.kind == ClaimKind::OpenSource)
        .expect("Meta's open-source claim");
    assert!(
        open_source
            .text
            .as_deref()
            .is_some_and(|t| t.contains("open source"))
    );
    assert!(open_source.evidence[0].url.as_ref().contains("ai.meta.com"));
    // Published: 3.8e25 FLOPs, above the Art. 51(2) presumption of 1e25.
    assert!(r.facts.training_compute_flop.is_some_and(|f| f > 1e25));
}

#[test]
fn mistral_7b_has_apache_weights_with_a_checksum_and_nothing_on_training() {
    let r = load("mistral-7b.yaml");
    let weights = only(&r, ComponentKind::ModelWeights);
    assert_eq!(licence(weights), Some("Apache-2.0"));
    assert_eq!(weights.availability, Availability::Public);
    let checksum = weights
        .checksum
        .as_ref()
        .expect("md5 from the mistral-inference README");
    assert_eq!(checksum.value, "37dab53973db2d56b2da0a033a15307f");

    assert_eq!(
        only(&r, ComponentKind::PretrainingData).availability,
        Availability::NotReleased
    );
    assert_eq!(
        only(&r, ComponentKind::TrainingCode).availability,
        Availability::NotReleased
    );
    assert_eq!(
        licence(only(&r, ComponentKind::InferenceCode)),
        Some("Apache-2.0")
    );
    // Platform monetisation is not known, so monetisation as a whole is undetermined.
    let monetisation = r.facts.monetisation.as_ref().expect("monetisation stated");
    assert_eq!(monetisation.platform, None);
    assert_eq!(monetisation.is_monetised(), None);
    assert_eq!(r.facts.training_compute_flop, None);
}

#[test]
fn gemma_2_has_gated_weights_and_a_bare_model_ailuminate_grade() {
    let r = load("gemma-2.yaml");
    let weights = only(&r, ComponentKind::ModelWeights);
    assert_eq!(weights.availability, Availability::Gated);
    assert_eq!(licence(weights), Some("LicenseRef-Gemma-Terms-of-Use"));
    assert_eq!(
        has_use_restrictions(expression(weights)),
        Tri::Yes,
        "Prohibited Use Policy"
    );
    assert!(
        r.has(ComponentKind::UsagePolicy),
        "the Prohibited Use Policy"
    );

    assert_eq!(r.evaluations.len(), 2);
    for evaluation in &r.evaluations {
        assert_eq!(evaluation.benchmark, "ailuminate");
        assert!(evaluation.safety);
        assert_eq!(
            evaluation.system_under_test,
            Some(SystemUnderTest::BareModel)
        );
        assert_eq!(
            evaluation.split, None,
            "the results page does not name the split"
        );
        assert!(evaluation.is_graded());
    }
    assert_eq!(r.evaluations[0].grade.as_deref(), Some("very_good"));
}

#[test]
fn the_system_pairs_a_chat_model_with_a_guardrail_and_is_graded_as_a_system() {
    let r = load("ministral-8b-moderated-system.yaml");
    assert_eq!(r.kind, ReleaseKind::System);

    let guardrail = only(&r, ComponentKind::GuardrailModel);
    assert_eq!(guardrail.availability, Availability::ApiOnly);
    assert!(guardrail.kind.is_system_part());
    let weights = only(&r, ComponentKind::ModelWeights);
    assert_eq!(licence(weights), Some("LicenseRef-Mistral-MRL-0.1"));
    assert_eq!(
        allows_commercial_use(expression(weights)),
        Tri::No,
        "research only"
    );
    assert_eq!(weights.availability, Availability::Gated);

    let ailuminate: Vec<_> = r
        .evaluations
        .iter()
        .filter(|e| e.benchmark == "ailuminate")
        .collect();
    assert_eq!(ailuminate.len(), 2);
    for evaluation in &ailuminate {
        assert!(evaluation.safety);
        assert_eq!(
            evaluation.system_under_test,
            Some(SystemUnderTest::AiSystem)
        );
        // Not claimed official: the results page does not say which split produced the grade.
        assert!(!evaluation.split.is_some_and(EvaluationSplit::is_official));
        assert!(evaluation.is_graded());
    }
    let english = ailuminate
        .iter()
        .find(|e| e.locale.as_deref() == Some("en-US"))
        .expect("the en-US grade");
    assert_eq!(english.benchmark_version.as_deref(), Some("1.0"));
    assert_eq!(english.grade.as_deref(), Some("good"));
}

/// The illustrative example (plainly labelled: no real release reaches all three) is the one that
/// reaches a MOF class, OSAID conformance and a DPG result, so the tests that loop over the
/// examples (here, in `tests/rdf.rs` and `tests/python/`) see every level reached at least once.
#[test]
fn the_illustrative_example_reaches_mof_class_i_osaid_and_the_dpg_standard() {
    use ai_openness::classify::{Framework, classify};
    let text = read("illustrative-open-model.yaml");
    assert!(text.starts_with("# An ILLUSTRATIVE release, not a real one"));
    let r = load("illustrative-open-model.yaml");
    assert!(r.name.contains("not a real release"), "{}", r.name);
    for c in &r.components {
        for e in &c.evidence {
            assert!(
                e.url.as_str().starts_with("https://example.org/"),
                "{}",
                e.url.as_str()
            );
        }
    }
    let level = |f: Framework| classify(&r, f).level;
    assert_eq!(level(Framework::Mof10), "class-1");
    assert_eq!(level(Framework::Osaid10), "conforms");
    assert_eq!(level(Framework::Dpg114), "meets-standard");
    assert_eq!(level(Framework::OsaiIndex), "open");
    assert_eq!(level(Framework::EuAiAct2024), "likely");
    // No real example reaches a MOF class, OSAID conformance or the DPG Standard (2026-12): the
    // illustrative one is the only one, which is why it exists.
    for path in example_files() {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if name == "illustrative-open-model.yaml" {
            continue;
        }
        let real = load(name);
        assert_eq!(
            classify(&real, Framework::Mof10).level,
            "unclassified",
            "{name}"
        );
        assert_ne!(
            classify(&real, Framework::Osaid10).level,
            "conforms",
            "{name}"
        );
        assert_ne!(
            classify(&real, Framework::Dpg114).level,
            "meets-standard",
            "{name}"
        );
    }
}
