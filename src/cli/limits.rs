//! The per-document limits as command-line flags, one per limit of the library's table
//! (`ai_openness::syntax::LimitKind::ALL`, `docs/limits.md`), shared by `validate`, `classify`
//! and `export` (flattened into their arguments). Exceeding one is a `limit-exceeded`
//! diagnostic naming the flag.

use ai_openness::syntax::{LimitKind, Limits};

/// The limit flags (`--max-bytes`, `--max-components`, …), with the library's defaults.
#[derive(Debug, Clone, clap::Args)]
#[command(next_help_heading = "Limits per document (docs/limits.md)")]
pub(super) struct LimitArgs {
    /// Largest document, in bytes (one file, or standard input); also bounds the scalar text after YAML alias expansion.
    #[arg(long, value_name = "BYTES", default_value_t = Limits::default().get(LimitKind::Bytes))]
    max_bytes: usize,
    /// Deepest nesting of sequences and mappings.
    #[arg(long, value_name = "N", default_value_t = Limits::default().get(LimitKind::Depth))]
    max_depth: usize,
    /// Most nodes (scalars, keys, sequences, mappings; YAML alias copies included) in one document.
    #[arg(long, value_name = "N", default_value_t = Limits::default().get(LimitKind::Nodes))]
    max_nodes: usize,
    /// Longest scalar (string, key or number), in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = Limits::default().get(LimitKind::StringBytes))]
    max_string_bytes: usize,
    /// Most components in one release (a MOT file's `release.components` too).
    #[arg(long, value_name = "N", default_value_t = Limits::default().get(LimitKind::Components))]
    max_components: usize,
    /// Most licence ids and exceptions in one licence expression.
    #[arg(long, value_name = "N", default_value_t = Limits::default().get(LimitKind::LicenceTerms))]
    max_licence_terms: usize,
    /// Most evidence entries in one document, every list counted.
    #[arg(long, value_name = "N", default_value_t = Limits::default().get(LimitKind::Evidence))]
    max_evidence: usize,
    /// Most claims in one release.
    #[arg(long, value_name = "N", default_value_t = Limits::default().get(LimitKind::Claims))]
    max_claims: usize,
    /// Most lineage entries in one document.
    #[arg(long, value_name = "N", default_value_t = Limits::default().get(LimitKind::Lineage))]
    max_lineage: usize,
    /// Most evaluations in one release.
    #[arg(long, value_name = "N", default_value_t = Limits::default().get(LimitKind::Evaluations))]
    max_evaluations: usize,
}

impl LimitArgs {
    /// The limits the flags set.
    pub(super) fn limits(&self) -> Limits {
        Limits::default()
            .with(LimitKind::Bytes, self.max_bytes)
            .with(LimitKind::Depth, self.max_depth)
            .with(LimitKind::Nodes, self.max_nodes)
            .with(LimitKind::StringBytes, self.max_string_bytes)
            .with(LimitKind::Components, self.max_components)
            .with(LimitKind::LicenceTerms, self.max_licence_terms)
            .with(LimitKind::Evidence, self.max_evidence)
            .with(LimitKind::Claims, self.max_claims)
            .with(LimitKind::Lineage, self.max_lineage)
            .with(LimitKind::Evaluations, self.max_evaluations)
    }
}

#[cfg(test)]
mod tests {
    use clap::{Args as _, CommandFactory as _, FromArgMatches as _};

    use super::*;

    #[derive(Debug, clap::Parser)]
    struct Probe {
        #[command(flatten)]
        limits: LimitArgs,
    }

    #[test]
    fn every_limit_of_the_table_has_its_flag_and_default() {
        let command = LimitArgs::augment_args(clap::Command::new("probe"));
        let ids: Vec<String> = command
            .get_arguments()
            .filter_map(|a| a.get_long().map(str::to_owned))
            .collect();
        let names: Vec<&str> = LimitKind::ALL.iter().map(|k| k.name()).collect();
        assert_eq!(ids, names);
        let parsed = Probe::command().get_matches_from(["probe"]);
        let probe = Probe::from_arg_matches(&parsed).unwrap();
        assert_eq!(probe.limits.limits(), Limits::default());
        for (i, kind) in LimitKind::ALL.iter().enumerate() {
            let value = (i + 3).to_string();
            let flag = kind.flag();
            let parsed =
                Probe::command().get_matches_from(["probe", flag.as_str(), value.as_str()]);
            let limits = Probe::from_arg_matches(&parsed).unwrap().limits.limits();
            assert_eq!(limits, Limits::default().with(*kind, i + 3), "{flag}");
        }
    }
}
