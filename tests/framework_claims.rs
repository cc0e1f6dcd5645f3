//! `framework-claim-exceeds-evidence`, generic over the frameworks' specs: a claimed level's
//! required items come from its spec (along `implies`), and each is compared with the release's
//! components by the item's component kinds. Every built-in framework whose levels require items
//! is exercised item by item, with the near miss that releases everything.

use ai_openness::Release;
use ai_openness::Severity;
use ai_openness::classify::osaid_1_0::{self, OsaidItem, OsaidLevel};
use ai_openness::classify::washing::{WashingCode, detect};
use ai_openness::classify::{Finding, Framework, FrameworkSpec, ItemSpec, Level, LevelSpec};
use ai_openness::licence::{Licence, LicenceExpression};
use ai_openness::model::Url;
use ai_openness::model::{Availability as A, Claim, ClaimKind, Component, ComponentKind as K};

fn claim(framework: &str, level: &str) -> Claim {
    let mut c = Claim::new(ClaimKind::FrameworkLevel);
    c.framework = Some(framework.to_owned());
    c.level = Some(level.to_owned());
    c
}

fn component(kind: K, availability: A) -> Component {
    Component::new(kind)
        .with_availability(availability)
        .with_license(Licence::new(
            LicenceExpression::parse("Apache-2.0").unwrap(),
        ))
}

fn release(components: Vec<Component>, claims: Vec<Claim>) -> Release {
    let mut r = Release::new("test");
    r.components = components;
    r.claims = claims;
    r
}

fn claim_findings(r: &Release) -> Vec<Finding> {
    detect(r)
        .into_iter()
        .filter(|f| f.code == WashingCode::FrameworkClaimExceedsEvidence.as_str())
        .collect()
}

/// The items a level requires, read from the spec independently of the detector: the implied
/// levels' first (lowest first), then the level's own.
fn required(spec: &'static FrameworkSpec, level: &'static LevelSpec) -> Vec<&'static ItemSpec> {
    let mut chain = vec![level];
    while let Some(next) = chain.last().unwrap().implies {
        chain.push(spec.level(next).expect("implied level exists"));
    }
    let mut items: Vec<&'static ItemSpec> = Vec::new();
    for l in chain.iter().rev() {
        for id in l.requires {
            let item = spec.item(id).expect("required item exists");
            if !items.iter().any(|i| i.id == item.id) {
                items.push(item);
            }
        }
    }
    items
}

/// Every level of every built-in framework that is defined by items.
fn levels_with_items() -> Vec<(&'static FrameworkSpec, &'static LevelSpec)> {
    Framework::ALL
        .iter()
        .flat_map(|f| {
            let spec = f.spec();
            spec.levels.iter().map(move |l| (spec, l))
        })
        .filter(|(spec, l)| !required(spec, l).is_empty())
        .collect()
}

#[test]
fn every_required_item_and_implied_level_resolves_in_its_spec() {
    for f in Framework::ALL {
        let spec = f.spec();
        for level in spec.levels {
            if let Some(implied) = level.implies {
                assert!(spec.level(implied).is_some(), "{}: {}", spec.id, implied);
            }
            for id in level.requires {
                let item = spec.item(id);
                assert!(
                    item.is_some(),
                    "{} {}: no item `{id}`",
                    spec.id,
                    level.token
                );
                assert!(
                    !item.unwrap().kinds.is_empty(),
                    "{} {}: item `{id}` maps no component kind, so no release could show it",
                    spec.id,
                    level.token
                );
            }
        }
    }
    // OSAID 1.0 conformance is defined by items; the frameworks whose levels are read from
    // statements or grades are not.
    assert!(
        levels_with_items()
            .iter()
            .any(|(s, l)| s.id == osaid_1_0::SPEC.id && l.token == OsaidLevel::Conforms.token())
    );
}

#[test]
fn a_claim_is_supported_when_every_required_item_is_released_and_each_missing_item_is_named() {
    for (spec, level) in levels_with_items() {
        let items = required(spec, level);
        let all: Vec<Component> = items
            .iter()
            .map(|i| component(i.kinds[0], A::Public))
            .collect();
        let claims = vec![claim(spec.id, level.token)];
        // Near miss: everything the level requires is released.
        assert_eq!(
            claim_findings(&release(all.clone(), claims.clone())),
            [],
            "{} {}",
            spec.id,
            level.token
        );
        for (n, item) in items.iter().enumerate() {
            // Another item's kinds may stand for this one (a research paper is also a
            // description of the data); remove every component of this item's kinds.
            let others: Vec<Component> = all
                .iter()
                .filter(|c| !item.kinds.contains(&c.kind))
                .cloned()
                .collect();
            let f = claim_findings(&release(others.clone(), claims.clone()));
            assert_eq!(
                f.len(),
                1,
                "{} {} without {}",
                spec.id,
                level.token,
                item.id
            );
            assert_eq!(
                f[0].severity,
                Severity::Info,
                "not described is not contradicted"
            );
            assert_eq!(f[0].pointer, "/claims/0");
            assert!(
                f[0].message
                    .contains(&format!("not described: {}", item.name))
                    || f[0].message.contains(&format!(", {}", item.name)),
                "{}: {}",
                item.id,
                f[0].message
            );
            assert!(
                f[0].clause
                    .as_deref()
                    .is_some_and(|c| c.contains(level.label)),
                "{:?}",
                f[0].clause
            );
            // Withheld: the claim is contradicted, and the component is pointed at.
            let mut withheld = others;
            withheld.push(component(item.kinds[0], A::NotReleased));
            let f = claim_findings(&release(withheld.clone(), claims.clone()));
            assert_eq!(f.len(), 1);
            assert_eq!(f[0].severity, Severity::Warning);
            let pointer = format!("{} (/components/{})", item.name, withheld.len() - 1);
            assert!(
                f[0].message.contains(&format!("not released: {pointer}")),
                "{}",
                f[0].message
            );
            // Availability not stated: not described, and said so.
            let last = withheld.len() - 1;
            withheld[last] = component(item.kinds[0], A::Unknown);
            let f = claim_findings(&release(withheld, claims.clone()));
            assert!(
                f[0].message
                    .contains(&format!("{} (availability not stated)", item.name)),
                "{}",
                f[0].message
            );
            let _ = n;
        }
    }
}

#[test]
fn implied_levels_are_required_too() {
    for (spec, level) in levels_with_items() {
        let Some(implied) = level.implies.and_then(|t| spec.level(t)) else {
            continue;
        };
        // The implied level's items alone do not support the level above it ...
        let lower: Vec<Component> = required(spec, implied)
            .iter()
            .map(|i| component(i.kinds[0], A::Public))
            .collect();
        let f = claim_findings(&release(lower.clone(), vec![claim(spec.id, level.token)]));
        assert_eq!(f.len(), 1, "{} {}", spec.id, level.token);
        assert!(
            f[0].clause
                .as_deref()
                .is_some_and(|c| c.contains(&format!("all of {} and more", implied.label))),
            "{:?}",
            f[0].clause
        );
        // ... and its own items alone do not support it either.
        let own: Vec<Component> = level
            .requires
            .iter()
            .filter_map(|id| spec.item(id))
            .map(|i| component(i.kinds[0], A::Public))
            .collect();
        let f = claim_findings(&release(own, vec![claim(spec.id, level.token)]));
        assert_eq!(f.len(), 1, "{} {}", spec.id, level.token);
        for item in required(spec, implied) {
            assert!(f[0].message.contains(item.name), "{}", f[0].message);
        }
    }
}

#[test]
fn mof_claims_go_through_the_spec() {
    let spec = Framework::Mof10.spec();
    let class_1 = spec.level("class-1").expect("MOF Class I");
    let items = required(spec, class_1);
    // Class I needs every item of Classes III and II too.
    for lower in ["class-3", "class-2"] {
        for item in required(spec, spec.level(lower).unwrap()) {
            assert!(items.iter().any(|i| i.id == item.id), "{}", item.id);
        }
    }
    // The Class II items, released, do not support a Class I claim; they do support Class II.
    let class_2: Vec<Component> = required(spec, spec.level("class-2").unwrap())
        .iter()
        .map(|i| component(i.kinds[0], A::Public))
        .collect();
    assert_eq!(
        claim_findings(&release(class_2.clone(), vec![claim("mof-1.0", "class-2")])),
        []
    );
    let f = claim_findings(&release(class_2, vec![claim("mof-1.0", "class-1")]));
    assert_eq!(f.len(), 1);
    for id in class_1.requires {
        assert!(
            f[0].message.contains(spec.item(id).unwrap().name),
            "{}",
            f[0].message
        );
    }
}

#[test]
fn osaid_claims_go_through_the_spec_and_agree_with_the_profile() {
    // Every element of the preferred form, public under an OSI-approved licence: the profile
    // says `conforms`, and the claim check has nothing to say.
    let mut components: Vec<Component> = required(&osaid_1_0::SPEC, OsaidLevel::Conforms.spec())
        .iter()
        .map(|i| component(i.kinds[0], A::Public))
        .collect();
    let mut data = component(K::PretrainingData, A::Public);
    data.location = Some(Url::new("https://example.org/data").unwrap());
    components.push(data);
    let claims = vec![claim("osaid-1.0", "conforms")];
    let full = release(components.clone(), claims.clone());
    assert_eq!(
        osaid_1_0::classify(&full).level.typed::<OsaidLevel>(),
        Some(OsaidLevel::Conforms)
    );
    assert_eq!(claim_findings(&full), []);

    // The data information may be a technical report instead of a data card: the claim check
    // counts it (the item's kinds), while the profile cannot tell whether it describes all
    // training data.
    let mut report = components.clone();
    report.retain(|c| c.kind != K::DataCard);
    report.push(component(K::TechnicalReport, A::Public));
    let r = release(report, claims.clone());
    assert_eq!(claim_findings(&r), []);
    assert_eq!(
        osaid_1_0::classify(&r).level.typed::<OsaidLevel>(),
        Some(OsaidLevel::Undetermined)
    );

    // No data-processing code: named by the spec's item name.
    let mut without = components;
    without.retain(|c| c.kind != K::DataPreprocessingCode);
    let f = claim_findings(&release(without, claims));
    assert_eq!(f.len(), 1);
    assert!(
        f[0].message
            .contains(OsaidItem::DataProcessingCode.spec().name),
        "{}",
        f[0].message
    );
}

#[test]
fn claims_the_specs_cannot_check_are_left_alone() {
    for (framework, level) in [
        // Not a built-in framework, or not one of its levels.
        ("mof-2.0", "class-1"),
        ("MOF-1.0", "class-1"),
        ("mof-1.0", "class-4"),
        ("osaid-1.0", "Conforms"),
        // Levels not defined by items.
        ("osai-index", "open"),
        ("eu-ai-act-2024", "likely"),
        ("dpg-1.1.4", "meets-standard"),
        ("osaid-1.0", "does-not-conform"),
    ] {
        assert_eq!(
            claim_findings(&release(Vec::new(), vec![claim(framework, level)])),
            [],
            "{framework} {level}"
        );
    }
}
