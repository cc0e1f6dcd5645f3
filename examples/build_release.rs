//! Builds an AI release description in code and prints it as YAML and as JSON.
//!
//! Run with `cargo run --example build_release`. The release is a shortened version of
//! `examples/pythia.yaml`: a model with open weights, training code, checkpoints and a paper,
//! whose training data has no single licence. The printed YAML is a valid ai-openness document.

use std::error::Error;

use ai_openness::Release;
use ai_openness::licence::{Licence, LicenceExpression};
use ai_openness::model::{
    Availability, Claim, ClaimKind, Component, ComponentKind, Date, Evidence, EvidenceKind,
    Modality, Producer, ProducerKind, Url,
};

fn main() -> Result<(), Box<dyn Error>> {
    let release = pythia()?;

    let yaml = serde_saphyr::to_string(&release)?;
    let json = serde_json::to_string_pretty(&release)?;

    // What is printed reads back as the same release, in either format.
    let from_yaml: Release = serde_saphyr::from_str(&yaml)?;
    let from_json: Release = serde_json::from_str(&json)?;
    if from_yaml != release || from_json != release {
        return Err("the printed description does not read back as the same release".into());
    }

    println!("# YAML\n{yaml}");
    println!("# JSON\n{json}");
    Ok(())
}

/// A shortened description of Pythia 6.9B (EleutherAI, 2023).
fn pythia() -> Result<Release, Box<dyn Error>> {
    let apache = Licence::new(LicenceExpression::parse("Apache-2.0")?);
    let paper = Url::new("https://arxiv.org/abs/2304.01373")?;
    let weights_url = Url::new("https://huggingface.co/EleutherAI/pythia-6.9b")?;

    let mut release = Release::new("Pythia 6.9B");
    release.description = Some(
        "A 6.9B model of the Pythia suite, trained on the Pile with 154 public checkpoints."
            .to_owned(),
    );
    let mut producer = Producer::new("EleutherAI");
    producer.kind = Some(ProducerKind::NonProfit);
    producer.url = Some(Url::new("https://www.eleuther.ai")?);
    release.producer = Some(producer);
    release.release_date = Some(Date::new("2023-04-03")?);
    release.modality = Some(Modality::Text);

    // The data is public, but the Pile has no single licence: the licence stays unknown.
    let mut data = Component::new(ComponentKind::PretrainingData)
        .with_name("The Pile (pre-tokenised, as used for Pythia)")
        .with_availability(Availability::Public)
        .with_location(Url::new(
            "https://huggingface.co/datasets/EleutherAI/pile-standard-pythia-preshuffled",
        )?);
    data.description = Some("22 sources, each under its own terms.".to_owned());

    let code = Component::new(ComponentKind::TrainingCode)
        .with_name("GPT-NeoX")
        // A compound SPDX expression: the repository is Apache-2.0 with BSD-3-Clause and MIT files.
        .with_license(Licence::new(LicenceExpression::parse(
            "Apache-2.0 AND BSD-3-Clause AND MIT",
        )?))
        .with_availability(Availability::Public)
        .with_location(Url::new("https://github.com/EleutherAI/gpt-neox")?)
        .with_evidence(licence_text(
            "https://github.com/EleutherAI/gpt-neox/blob/main/LICENSE",
        )?);

    let weights = Component::new(ComponentKind::ModelWeights)
        .with_name("pythia-6.9b")
        // The expression, plus the licence as the producer wrote it and a link to its text.
        .with_license(
            apache
                .clone()
                .with_declared("apache-2.0")
                .with_url(Url::new("https://www.apache.org/licenses/LICENSE-2.0")?),
        )
        .with_availability(Availability::Public)
        .with_location(weights_url.clone())
        .with_evidence(evidence(weights_url.clone(), EvidenceKind::Artifact));

    let checkpoints = Component::new(ComponentKind::IntermediateCheckpoints)
        .with_name("154 training checkpoints")
        .with_license(apache)
        .with_availability(Availability::Public)
        .with_location(weights_url)
        .with_evidence(evidence(paper.clone(), EvidenceKind::Paper));

    let report = Component::new(ComponentKind::TechnicalReport)
        .with_availability(Availability::Public)
        .with_location(paper.clone())
        .with_evidence(evidence(paper.clone(), EvidenceKind::Paper));

    let mut claim = Claim::new(ClaimKind::OpenData);
    claim.text =
        Some("a suite of 16 LLMs all trained on public data seen in the exact same order".into());
    claim.evidence.push(evidence(paper, EvidenceKind::Paper));
    release.claims.push(claim);

    Ok(release
        .with_component(data)
        .with_component(code)
        .with_component(weights)
        .with_component(checkpoints)
        .with_component(report))
}

/// Evidence of `kind` at `url`.
fn evidence(url: Url, kind: EvidenceKind) -> Evidence {
    let mut evidence = Evidence::new(url);
    evidence.kind = Some(kind);
    evidence
}

/// A link to a licence text.
fn licence_text(url: &str) -> Result<Evidence, Box<dyn Error>> {
    Ok(evidence(Url::new(url)?, EvidenceKind::LicenceText))
}
