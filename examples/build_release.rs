//! Builds an AI release description in code, validates it, and prints it as YAML and as JSON.
//!
//! Run with `cargo run --example build_release`. The release is a shortened version of
//! `examples/pythia.yaml`: a model with open weights, training code, checkpoints and a paper,
//! whose training data has no single licence. The printed YAML is a valid ai-openness document.

use std::error::Error;

use ai_openness::licence::Licence;
use ai_openness::model::{
    Availability, Claim, ClaimKind, Component, ComponentKind, Date, Evidence, EvidenceKind,
    Modality, Producer, ProducerKind, Url,
};
use ai_openness::{Release, Validator};

fn main() -> Result<(), Box<dyn Error>> {
    let release = pythia()?;

    // Validated as it is, without writing it out first.
    let report = Validator::default().validate_release(&release);
    for diagnostic in report.diagnostics() {
        eprintln!("{diagnostic}");
    }
    if !report.is_valid() {
        return Err("the release is not a valid description".into());
    }

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
    let apache: Licence = "Apache-2.0".parse()?;
    let paper = Url::new("https://arxiv.org/abs/2304.01373")?;
    let weights_url = Url::new("https://huggingface.co/EleutherAI/pythia-6.9b")?;
    let cited = || Evidence::new(paper.clone()).with_kind(EvidenceKind::Paper);

    // The data is public, but the Pile has no single licence: the licence stays unknown.
    let data = Component::new(ComponentKind::PretrainingData)
        .with_name("The Pile (pre-tokenised, as used for Pythia)")
        .with_description("22 sources, each under its own terms.")
        .with_availability(Availability::Public)
        .with_location(Url::new(
            "https://huggingface.co/datasets/EleutherAI/pile-standard-pythia-preshuffled",
        )?);

    let code = Component::new(ComponentKind::TrainingCode)
        .with_name("GPT-NeoX")
        // A compound SPDX expression: the repository is Apache-2.0 with BSD-3-Clause and MIT files.
        .with_licence("Apache-2.0 AND BSD-3-Clause AND MIT".parse::<Licence>()?)
        .with_availability(Availability::Public)
        .with_location(Url::new("https://github.com/EleutherAI/gpt-neox")?)
        .with_evidence(
            Evidence::new(Url::new(
                "https://github.com/EleutherAI/gpt-neox/blob/main/LICENSE",
            )?)
            .with_kind(EvidenceKind::LicenceText),
        );

    let weights = Component::new(ComponentKind::ModelWeights)
        .with_name("pythia-6.9b")
        // The expression, plus the licence as the producer wrote it and a link to its text.
        .with_licence(
            apache
                .clone()
                .with_declared("apache-2.0")
                .with_url(Url::new("https://www.apache.org/licenses/LICENSE-2.0")?),
        )
        .with_availability(Availability::Public)
        .with_location(weights_url.clone())
        .with_evidence(Evidence::new(weights_url.clone()).with_kind(EvidenceKind::Artifact));

    let checkpoints = Component::new(ComponentKind::IntermediateCheckpoints)
        .with_name("154 training checkpoints")
        .with_licence(apache)
        .with_availability(Availability::Public)
        .with_location(weights_url)
        .with_evidence(cited());

    let report = Component::new(ComponentKind::TechnicalReport)
        .with_availability(Availability::Public)
        .with_location(paper.clone())
        .with_evidence(cited());

    let claim = Claim::new(ClaimKind::OpenData)
        .with_text("a suite of 16 LLMs all trained on public data seen in the exact same order")
        .with_evidence(cited());

    Ok(Release::new("Pythia 6.9B")
        .with_description(
            "A 6.9B model of the Pythia suite, trained on the Pile with 154 public checkpoints.",
        )
        .with_producer(
            Producer::new("EleutherAI")
                .with_kind(ProducerKind::NonProfit)
                .with_url(Url::new("https://www.eleuther.ai")?),
        )
        .with_release_date(Date::new("2023-04-03")?)
        .with_modality(Modality::Text)
        .with_component(data)
        .with_component(code)
        .with_component(weights)
        .with_component(checkpoints)
        .with_component(report)
        .with_claim(claim))
}
