//! Open-washing findings: every code is triggered by a release built to show it, and a near miss
//! that differs in the one fact that matters does not trigger it. Then the shipped examples.

use ai_openness::Release;
use ai_openness::classify::Finding;
use ai_openness::classify::washing::{WashingCode, detect};
use ai_openness::licence::{Licence, LicenceExpression};
use ai_openness::model::{
    Availability as A, Claim, ClaimKind, Component, ComponentKind as K, Evaluation,
    EvaluationSplit, Lineage, LineageRelation, Monetisation, Producer, ReleaseRef,
};
use ai_openness::{Severity, document};

fn licence(expression: &str) -> Licence {
    Licence::new(LicenceExpression::parse(expression).expect("valid expression"))
}

fn part(kind: K, availability: A) -> Component {
    Component::new(kind).with_availability(availability)
}

fn licensed(kind: K, availability: A, expression: &str) -> Component {
    part(kind, availability).with_license(licence(expression))
}

fn claim(kind: ClaimKind) -> Claim {
    Claim::new(kind)
}

fn scoped(kind: ClaimKind, scope: K) -> Claim {
    let mut c = Claim::new(kind);
    c.scope = Some(scope);
    c
}

fn release(components: Vec<Component>, claims: Vec<Claim>) -> Release {
    let mut r = Release::new("test");
    r.components = components;
    r.claims = claims;
    r
}

fn findings(r: &Release, code: WashingCode) -> Vec<Finding> {
    detect(r)
        .into_iter()
        .filter(|f| f.code == code.as_str())
        .collect()
}

/// The one finding of `code`, checked for its pattern and source.
fn one(r: &Release, code: WashingCode) -> Finding {
    let mut found = findings(r, code);
    assert_eq!(found.len(), 1, "{code}: {found:#?}");
    let f = found.remove(0);
    assert_eq!(f.pattern.as_deref(), Some(code.pattern()));
    assert!(
        f.clause
            .as_deref()
            .is_some_and(|c| c.ends_with(&format!("docs/open-washing.md#{code}"))),
        "{f:?}"
    );
    f
}

fn none(r: &Release, code: WashingCode) {
    let found = findings(r, code);
    assert!(found.is_empty(), "{code}: {found:#?}");
}

#[test]
fn restrictive_licence_called_open_source() {
    let llama = || {
        vec![licensed(
            K::ModelWeights,
            A::Public,
            "LicenseRef-Llama-3.1-Community",
        )]
    };
    let r = release(llama(), vec![claim(ClaimKind::OpenSource)]);
    let f = one(&r, WashingCode::RestrictiveLicenceCalledOpenSource);
    assert_eq!(f.pointer, "/components/0/license");
    assert_eq!(f.severity, Severity::Warning);
    assert!(
        f.message.contains("700 million monthly active users"),
        "{}",
        f.message
    );
    let clause = f.clause.unwrap_or_default();
    assert!(
        clause.contains("Llama 3.1 Community License Agreement §1.b.iv, §2"),
        "{clause}"
    );
    // Near misses: "open weights" is not "open source"; a licensee who may choose MIT is not
    // bound by the Llama terms; Apache-2.0 restricts nothing.
    none(
        &release(llama(), vec![claim(ClaimKind::OpenWeights)]),
        WashingCode::RestrictiveLicenceCalledOpenSource,
    );
    let dual = vec![licensed(
        K::ModelWeights,
        A::Public,
        "MIT OR LicenseRef-Llama-3.1-Community",
    )];
    none(
        &release(dual, vec![claim(ClaimKind::OpenSource)]),
        WashingCode::RestrictiveLicenceCalledOpenSource,
    );
    let apache = vec![licensed(K::ModelWeights, A::Public, "Apache-2.0")];
    let r = release(apache, vec![claim(ClaimKind::OpenSource)]);
    none(&r, WashingCode::RestrictiveLicenceCalledOpenSource);
    // Apache-2.0 weights alone still make "open source" a claim about weights only.
    assert_eq!(
        detect(&r)
            .iter()
            .map(|f| f.code.as_str())
            .collect::<Vec<_>>(),
        ["open-weights-closed-everything-else"]
    );
}

#[test]
fn restrictive_licence_scoped_claims_cover_their_kind_only() {
    let components = vec![
        licensed(K::ModelWeights, A::Public, "LicenseRef-Llama-3-Community"),
        licensed(K::InferenceCode, A::Public, "MIT"),
    ];
    let on_code = release(
        components.clone(),
        vec![scoped(ClaimKind::OpenSource, K::InferenceCode)],
    );
    none(&on_code, WashingCode::RestrictiveLicenceCalledOpenSource);
    let on_weights = release(
        components,
        vec![scoped(ClaimKind::OpenSource, K::ModelWeights)],
    );
    one(&on_weights, WashingCode::RestrictiveLicenceCalledOpenSource);
}

#[test]
fn rail_licence_called_open_source() {
    let rail = || {
        vec![licensed(
            K::ModelWeights,
            A::Public,
            "LicenseRef-BigScience-OpenRAIL-M",
        )]
    };
    let r = release(rail(), vec![claim(ClaimKind::OpenSource)]);
    let f = one(&r, WashingCode::RailLicenceCalledOpenSource);
    assert_eq!(f.pointer, "/components/0/license");
    // The most specific code only.
    none(&r, WashingCode::RestrictiveLicenceCalledOpenSource);
    none(
        &release(rail(), vec![claim(ClaimKind::OpenWeights)]),
        WashingCode::RailLicenceCalledOpenSource,
    );
}

#[test]
fn non_commercial_licence_called_open() {
    let nc = || vec![licensed(K::ModelWeights, A::Public, "CC-BY-NC-4.0")];
    let r = release(nc(), vec![claim(ClaimKind::OpenScience)]);
    let f = one(&r, WashingCode::NonCommercialLicenceCalledOpen);
    assert!(
        f.message.contains("forbids commercial use"),
        "{}",
        f.message
    );
    none(&r, WashingCode::RestrictiveLicenceCalledOpenSource);
    // "Open weights" is about access, not terms; CC-BY-4.0 allows commercial use.
    none(
        &release(nc(), vec![claim(ClaimKind::OpenWeights)]),
        WashingCode::NonCommercialLicenceCalledOpen,
    );
    let by = vec![licensed(K::ModelWeights, A::Public, "CC-BY-4.0")];
    none(
        &release(by, vec![claim(ClaimKind::OpenScience)]),
        WashingCode::NonCommercialLicenceCalledOpen,
    );
}

#[test]
fn unlicensed_component_called_open_source() {
    let r = release(
        vec![licensed(K::TrainingCode, A::Public, "NONE")],
        vec![claim(ClaimKind::OpenSource)],
    );
    let f = one(&r, WashingCode::UnlicensedComponentCalledOpenSource);
    assert_eq!(f.pointer, "/components/0/license");
    none(&r, WashingCode::NonCommercialLicenceCalledOpen);
    // A component that is not released needs no licence.
    let unreleased = release(
        vec![licensed(K::TrainingCode, A::NotReleased, "NONE")],
        vec![claim(ClaimKind::OpenSource)],
    );
    none(
        &unreleased,
        WashingCode::UnlicensedComponentCalledOpenSource,
    );
}

#[test]
fn licence_misnamed() {
    let declared = |expression: &str, text: &str| {
        let l = licence(expression).with_declared(text);
        release(
            vec![part(K::ModelWeights, A::Public).with_license(l)],
            Vec::new(),
        )
    };
    let r = declared("Apache-2.0", "Llama 3 Community License");
    let f = one(&r, WashingCode::LicenceMisnamed);
    assert_eq!(f.pointer, "/components/0/license");
    assert!(
        f.message
            .contains("is presented as the OSI-approved `Apache-2.0`"),
        "{}",
        f.message
    );
    let hf = declared("MIT", "llama3");
    assert!(
        one(&hf, WashingCode::LicenceMisnamed)
            .message
            .contains("LicenseRef-Llama-3-Community")
    );
    // Near misses: another spelling of the same licence; a declared text that names no known
    // licence.
    none(
        &declared("Apache-2.0", "Apache 2.0"),
        WashingCode::LicenceMisnamed,
    );
    none(
        &declared(
            "LicenseRef-Llama-3.1-Community",
            "Llama 3.1 Community License Agreement",
        ),
        WashingCode::LicenceMisnamed,
    );
    none(
        &declared("Apache-2.0", "see the LICENSE file"),
        WashingCode::LicenceMisnamed,
    );
}

#[test]
fn licence_pseudo_id() {
    let r = release(
        vec![licensed(K::ModelWeights, A::Public, "LicenseRef-llama3")],
        Vec::new(),
    );
    let f = one(&r, WashingCode::LicencePseudoId);
    assert!(
        f.message.contains("`LicenseRef-Llama-3-Community`"),
        "{}",
        f.message
    );
    let right = release(
        vec![licensed(
            K::ModelWeights,
            A::Public,
            "LicenseRef-Llama-3-Community",
        )],
        Vec::new(),
    );
    none(&right, WashingCode::LicencePseudoId);
    let own = release(
        vec![licensed(
            K::ModelWeights,
            A::Public,
            "LicenseRef-our-own-terms",
        )],
        Vec::new(),
    );
    none(&own, WashingCode::LicencePseudoId);
}

#[test]
fn open_weights_closed_everything_else() {
    let with_code = |code: A| {
        release(
            vec![
                licensed(K::ModelWeights, A::Public, "Apache-2.0"),
                part(K::PretrainingData, A::NotReleased),
                part(K::TrainingCode, code),
            ],
            vec![claim(ClaimKind::OpenSource)],
        )
    };
    let f = one(
        &with_code(A::NotReleased),
        WashingCode::OpenWeightsClosedEverythingElse,
    );
    assert_eq!(f.pointer, "/claims/0");
    assert!(
        f.message.contains("training data is not released"),
        "{}",
        f.message
    );
    none(
        &with_code(A::Public),
        WashingCode::OpenWeightsClosedEverythingElse,
    );
    // An "open weights" claim says no more than the evidence.
    let honest = release(
        vec![
            licensed(K::ModelWeights, A::Public, "Apache-2.0"),
            part(K::PretrainingData, A::NotReleased),
        ],
        vec![claim(ClaimKind::OpenWeights)],
    );
    none(&honest, WashingCode::OpenWeightsClosedEverythingElse);
}

#[test]
fn gated_download_called_open() {
    let weights = |a: A| {
        release(
            vec![licensed(K::ModelWeights, a, "Apache-2.0")],
            vec![claim(ClaimKind::OpenWeights)],
        )
    };
    let f = one(&weights(A::Gated), WashingCode::GatedDownloadCalledOpen);
    assert_eq!(f.pointer, "/components/0/availability");
    one(&weights(A::OnRequest), WashingCode::GatedDownloadCalledOpen);
    none(&weights(A::Public), WashingCode::GatedDownloadCalledOpen);
    let unclaimed = release(
        vec![licensed(K::ModelWeights, A::Gated, "Apache-2.0")],
        Vec::new(),
    );
    none(&unclaimed, WashingCode::GatedDownloadCalledOpen);
}

#[test]
fn partial_code_release() {
    let code = |training: Option<A>| {
        let mut components = vec![licensed(K::InferenceCode, A::Public, "MIT")];
        if let Some(a) = training {
            components.push(part(K::TrainingCode, a));
        }
        release(components, vec![claim(ClaimKind::OpenSource)])
    };
    let f = one(&code(Some(A::NotReleased)), WashingCode::PartialCodeRelease);
    assert_eq!(f.severity, Severity::Warning);
    // Training code not described at all: the claim is unsupported, not contradicted.
    let f = one(&code(None), WashingCode::PartialCodeRelease);
    assert_eq!(f.severity, Severity::Info);
    none(&code(Some(A::Public)), WashingCode::PartialCodeRelease);
}

#[test]
fn open_data_claim_without_data_card() {
    let data = |card: Option<A>| {
        let mut components = vec![licensed(K::PretrainingData, A::Public, "ODC-By-1.0")];
        if let Some(a) = card {
            components.push(part(K::DataCard, a));
        }
        release(components, vec![claim(ClaimKind::OpenData)])
    };
    let f = one(&data(None), WashingCode::OpenDataClaimWithoutDataCard);
    assert_eq!(f.pointer, "/claims/0");
    one(
        &data(Some(A::NotReleased)),
        WashingCode::OpenDataClaimWithoutDataCard,
    );
    none(
        &data(Some(A::Public)),
        WashingCode::OpenDataClaimWithoutDataCard,
    );
    // An "open source" claim scoped to the data counts too; one scoped to the weights does not.
    let scoped_data = release(
        vec![licensed(K::PostTrainingData, A::Public, "CC-BY-4.0")],
        vec![scoped(ClaimKind::OpenSource, K::PostTrainingData)],
    );
    one(&scoped_data, WashingCode::OpenDataClaimWithoutDataCard);
    let scoped_weights = release(
        vec![licensed(K::ModelWeights, A::Public, "Apache-2.0")],
        vec![scoped(ClaimKind::OpenSource, K::ModelWeights)],
    );
    none(&scoped_weights, WashingCode::OpenDataClaimWithoutDataCard);
}

#[test]
fn inherited_opacity() {
    let derived = |pretraining: A| {
        let mut r = release(
            vec![
                licensed(K::ModelWeights, A::Public, "Apache-2.0"),
                licensed(K::PostTrainingData, A::Public, "CC-BY-4.0"),
                part(K::PretrainingData, pretraining),
            ],
            vec![claim(ClaimKind::OpenSource)],
        );
        let mut base = ReleaseRef::default();
        base.name = Some("Base 7B".to_owned());
        r.lineage
            .push(Lineage::new(LineageRelation::FineTunedFrom, base));
        r
    };
    let f = one(&derived(A::NotReleased), WashingCode::InheritedOpacity);
    assert!(f.message.contains("`Base 7B`"), "{}", f.message);
    none(&derived(A::Public), WashingCode::InheritedOpacity);
    let mut original = derived(A::NotReleased);
    original.lineage.clear();
    none(&original, WashingCode::InheritedOpacity);
}

#[test]
fn monetised_open_source() {
    let monetised = |price: bool, claims: Vec<Claim>| {
        let mut r = release(
            vec![licensed(K::ModelWeights, A::Public, "Apache-2.0")],
            claims,
        );
        let mut m = Monetisation::default();
        m.price = Some(price);
        m.paid_services = Some(false);
        m.platform = Some(false);
        m.personal_data = Some(false);
        r.facts.monetisation = Some(m);
        r
    };
    let f = one(
        &monetised(true, vec![claim(ClaimKind::OpenSource)]),
        WashingCode::MonetisedOpenSource,
    );
    assert_eq!(f.pointer, "/facts/monetisation");
    assert!(f.message.contains("access is sold"), "{}", f.message);
    none(
        &monetised(false, vec![claim(ClaimKind::OpenSource)]),
        WashingCode::MonetisedOpenSource,
    );
    none(
        &monetised(true, vec![claim(ClaimKind::OpenWeights)]),
        WashingCode::MonetisedOpenSource,
    );
}

fn safety(split: Option<EvaluationSplit>, grade: Option<&str>, evaluator: Option<&str>) -> Release {
    let mut r = release(Vec::new(), Vec::new());
    r.producer = Some(Producer::new("Maker"));
    let mut e = Evaluation::new("ailuminate");
    e.safety = true;
    e.split = split;
    e.grade = grade.map(str::to_owned);
    e.evaluator = evaluator.map(str::to_owned);
    r.evaluations.push(e);
    r
}

#[test]
fn safety_grade_unofficial_split() {
    let f = one(
        &safety(Some(EvaluationSplit::Practice), Some("good"), Some("Maker")),
        WashingCode::SafetyGradeUnofficialSplit,
    );
    assert_eq!(f.pointer, "/evaluations/0/split");
    assert!(f.message.contains("`practice` split"), "{}", f.message);
    one(
        &safety(Some(EvaluationSplit::Demo), Some("good"), Some("Maker")),
        WashingCode::SafetyGradeUnofficialSplit,
    );
    none(
        &safety(
            Some(EvaluationSplit::Official),
            Some("good"),
            Some("MLCommons"),
        ),
        WashingCode::SafetyGradeUnofficialSplit,
    );
    // No grade, nothing presented as one.
    none(
        &safety(Some(EvaluationSplit::Practice), None, Some("Maker")),
        WashingCode::SafetyGradeUnofficialSplit,
    );
}

#[test]
fn safety_grade_without_split() {
    let f = one(
        &safety(None, Some("very_good"), Some("Maker")),
        WashingCode::SafetyGradeWithoutSplit,
    );
    assert_eq!(f.pointer, "/evaluations/0");
    assert_eq!(f.severity, Severity::Warning);
    // Reported by a named third party (the benchmark's owner): worth knowing, no more.
    let f = one(
        &safety(None, Some("very_good"), Some("MLCommons")),
        WashingCode::SafetyGradeWithoutSplit,
    );
    assert_eq!(f.severity, Severity::Info);
    none(
        &safety(
            Some(EvaluationSplit::Official),
            Some("very_good"),
            Some("Maker"),
        ),
        WashingCode::SafetyGradeWithoutSplit,
    );
    none(
        &safety(None, None, None),
        WashingCode::SafetyGradeWithoutSplit,
    );
}

#[test]
fn self_reported_results_unverifiable() {
    let mut r = release(Vec::new(), Vec::new());
    r.producer = Some(Producer::new("Maker"));
    let mut e = Evaluation::new("mmlu");
    e.score = Some(71.3);
    e.evaluator = Some("maker".to_owned());
    r.evaluations.push(e);
    let f = one(&r, WashingCode::SelfReportedResultsUnverifiable);
    assert_eq!(f.severity, Severity::Info);
    let mut checkable = r.clone();
    checkable
        .components
        .push(licensed(K::EvaluationCode, A::Public, "Apache-2.0"));
    none(&checkable, WashingCode::SelfReportedResultsUnverifiable);
    let mut third_party = r;
    if let Some(e) = third_party.evaluations.first_mut() {
        e.evaluator = Some("Independent Lab".to_owned());
    }
    none(&third_party, WashingCode::SelfReportedResultsUnverifiable);
}

fn framework_claim(framework: &str, level: &str) -> Claim {
    let mut c = Claim::new(ClaimKind::FrameworkLevel);
    c.framework = Some(framework.to_owned());
    c.level = Some(level.to_owned());
    c
}

/// Every MOF Class III and Class II component, public.
fn class_2_components() -> Vec<Component> {
    [
        K::ModelArchitecture,
        K::ModelWeights,
        K::TechnicalReport,
        K::EvaluationResults,
        K::ModelCard,
        K::DataCard,
        K::TrainingCode,
        K::InferenceCode,
        K::EvaluationCode,
        K::EvaluationData,
    ]
    .into_iter()
    .map(|k| licensed(k, A::Public, "Apache-2.0"))
    .collect()
}

#[test]
fn framework_claim_exceeds_evidence() {
    // Class I claimed without datasets or intermediate checkpoints.
    let mut components = class_2_components();
    components.push(part(K::PretrainingData, A::NotReleased));
    let r = release(components, vec![framework_claim("mof-1.0", "class-1")]);
    let f = one(&r, WashingCode::FrameworkClaimExceedsEvidence);
    assert_eq!(f.pointer, "/claims/0");
    assert_eq!(f.severity, Severity::Warning);
    assert!(
        f.message
            .contains("not released: Datasets (/components/10)"),
        "{}",
        f.message
    );
    assert!(
        f.message.contains("Model parameters (Intermediate)"),
        "{}",
        f.message
    );
    // Only missing: the claim is unsupported, not contradicted.
    let missing = release(
        class_2_components(),
        vec![framework_claim("mof-1.0", "class-1")],
    );
    assert_eq!(
        one(&missing, WashingCode::FrameworkClaimExceedsEvidence).severity,
        Severity::Info
    );
    // Near miss: Class II, which these components support.
    none(
        &release(
            class_2_components(),
            vec![framework_claim("mof-1.0", "class-2")],
        ),
        WashingCode::FrameworkClaimExceedsEvidence,
    );
    // OSAID: no data-processing code.
    let osaid = release(
        class_2_components(),
        vec![framework_claim("osaid-1.0", "conforms")],
    );
    let f = one(&osaid, WashingCode::FrameworkClaimExceedsEvidence);
    assert!(f.message.contains("Code: data processing"), "{}", f.message);
    // Levels and frameworks it cannot compute are left alone.
    none(
        &release(Vec::new(), vec![framework_claim("osai-index", "open")]),
        WashingCode::FrameworkClaimExceedsEvidence,
    );
}

#[test]
fn findings_come_in_code_order_with_pattern_and_source() {
    let r = release(
        vec![
            licensed(K::ModelWeights, A::Gated, "LicenseRef-Llama-3.1-Community"),
            part(K::PretrainingData, A::NotReleased),
            part(K::TrainingCode, A::NotReleased),
            licensed(
                K::InferenceCode,
                A::Public,
                "LicenseRef-Llama-3.1-Community",
            ),
        ],
        vec![claim(ClaimKind::OpenSource)],
    );
    let found = detect(&r);
    let positions: Vec<usize> = found
        .iter()
        .map(|f| {
            WashingCode::ALL
                .iter()
                .position(|c| c.as_str() == f.code)
                .expect("a washing code")
        })
        .collect();
    assert!(positions.windows(2).all(|w| w[0] <= w[1]), "{found:#?}");
    assert!(
        found
            .iter()
            .all(|f| f.pattern.is_some() && f.clause.is_some())
    );
    assert_eq!(detect(&r), found);
}

fn example(name: &str) -> Release {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name);
    let text = std::fs::read_to_string(&path).expect("example");
    document::from_str(&text, document::Format::Yaml).expect("example loads")
}

fn codes(r: &Release) -> Vec<String> {
    let mut codes: Vec<String> = detect(r).into_iter().map(|f| f.code).collect();
    codes.dedup();
    codes
}

#[test]
fn the_shipped_examples() {
    // Llama 3.1: "True to our commitment to open source" over the Llama 3.1 Community License
    // (AUP, 700 million MAU), gated weights, inference code only, no data, derived from its
    // base.
    assert_eq!(
        codes(&example("llama-3.1.yaml")),
        [
            "restrictive-licence-called-open-source",
            "open-weights-closed-everything-else",
            "gated-download-called-open",
            "partial-code-release",
            "inherited-opacity",
        ]
    );
    // Gemma 2: "open models" behind a click-through; AILuminate grades without a split, by
    // MLCommons (info).
    assert_eq!(
        codes(&example("gemma-2.yaml")),
        ["gated-download-called-open", "safety-grade-without-split"]
    );
    // OLMo 2, Pythia, Mistral 7B and BLOOM claim no more than they show.
    for name in [
        "olmo-2.yaml",
        "pythia.yaml",
        "mistral-7b.yaml",
        "bloom.yaml",
    ] {
        assert!(
            detect(&example(name)).is_empty(),
            "{name}: {:#?}",
            detect(&example(name))
        );
    }
}
