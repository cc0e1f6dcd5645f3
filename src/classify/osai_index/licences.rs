//! The `licenses` parameter: "Is the project fully covered by open licenses, including all data
//! sources and training pipeline code? In particular, are the model weights, training code, and
//! data sources (as available) covered by open licenses?" (readme).
//!
//! The three groups are the ones the rubric names, "model weights, training code, and training
//! data": the weights (`model_weights`, `base_model_weights`), the training pipeline code
//! (`training_code`, `data_preprocessing_code`: "all data sources and training pipeline code") and
//! the training data (`pretraining_data`, `post_training_data`). Inference code and architecture
//! code are not training code: the `trainingcode` parameter counts them as "sparse source code",
//! but they belong to none of the licence groups, and the reason names them as outside the
//! groups. Only the parts that are available count ("as available"): a part that is not released
//! has no licence to judge.
//!
//! * open: every available part is under an open licence, and some part is available;
//! * partial: at least two of the three groups have an available part under an open licence
//!   ("at least two (partially or fully) of model weights, training code, and training data");
//! * closed: otherwise ("not licensed clearly or does not use an open license").
//!
//! An open licence is one the SPDX list marks OSI-approved, or one that conforms to the Open
//! Definition (for data, which the OSI does not review); see [`open_licence`].

use crate::classify::ComponentRef;
use crate::licence::{Licence, Tri};
use crate::model::{Availability, Component, ComponentKind as K, Release};

use super::grading::Graded;
use super::parameters::Grade;
use crate::classify::explain::component_words;
use crate::classify::explain::words::restrictions;

/// The three groups of the rubric.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Group {
    /// Model weights.
    Weights,
    /// Training (pipeline) code.
    Code,
    /// Training data.
    Data,
}

impl Group {
    pub(crate) const ALL: [Group; 3] = [Group::Weights, Group::Code, Group::Data];

    /// The component kinds of the group.
    pub(crate) const fn kinds(self) -> &'static [K] {
        match self {
            Group::Weights => &[K::ModelWeights, K::BaseModelWeights],
            Group::Code => &[K::TrainingCode, K::DataPreprocessingCode],
            Group::Data => &[K::PretrainingData, K::PostTrainingData],
        }
    }

    /// The group's name in the rubric.
    pub(crate) const fn name(self) -> &'static str {
        match self {
            Group::Weights => "model weights",
            Group::Code => "training code",
            Group::Data => "training data",
        }
    }

    fn of(kind: K) -> Option<Group> {
        Self::ALL.into_iter().find(|g| g.kinds().contains(&kind))
    }
}

/// Code that the `trainingcode` parameter counts as sparse source code but that is not training
/// pipeline code, so belongs to no licence group.
const OUTSIDE_THE_GROUPS: &[K] = &[K::InferenceCode, K::ModelArchitecture];

/// Whether a component can be obtained at all, in any way (public, gated, on request, from a
/// third party): `Unknown` when its availability is not given.
pub(crate) const fn available(availability: Availability) -> Tri {
    match availability {
        Availability::Public
        | Availability::Gated
        | Availability::OnRequest
        | Availability::ThirdPartyPublic
        | Availability::ThirdPartyObtainable => Tri::Yes,
        Availability::ApiOnly | Availability::Unshareable | Availability::NotReleased => Tri::No,
        Availability::Unknown => Tri::Unknown,
    }
}

/// Whether a licence is an open licence for the index: OSI-approved (the SPDX list's flag), or
/// conformant with the Open Definition (the licence table's `open_data`). `NONE` is not;
/// `NOASSERTION`, no licence, and licences the crate has no facts about are `Unknown`. An `OR`
/// is open when a branch is, an `AND` when every term is.
#[must_use]
pub fn open_licence(licence: Option<&Licence>) -> Tri {
    match licence {
        None => Tri::Unknown,
        Some(l) => l
            .expression
            .evaluate(|f| f.osi_approved().or(f.open_data())),
    }
}

/// One licensed part: a component of one of the groups.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Part<'a> {
    pub index: usize,
    pub component: &'a Component,
    pub group: Group,
    pub available: Tri,
    pub open: Tri,
}

/// The licensed parts of a release, in component order.
pub(crate) fn parts(release: &Release) -> Vec<Part<'_>> {
    release
        .components
        .iter()
        .enumerate()
        .filter_map(|(index, component)| {
            let group = Group::of(component.kind)?;
            Some(Part {
                index,
                component,
                group,
                available: available(component.availability),
                open: open_licence(component.license.as_ref()),
            })
        })
        .collect()
}

/// Grades the `licenses` parameter.
pub(crate) fn grade(release: &Release) -> Graded {
    let parts = parts(release);
    // A group with no component at all is one part whose availability and licence are unknown.
    let unlisted: Vec<Group> = Group::ALL
        .into_iter()
        .filter(|g| !parts.iter().any(|p| p.group == *g))
        .collect();
    let facts = || {
        parts
            .iter()
            .map(|p| (p.group, p.available, p.open))
            .chain(unlisted.iter().map(|g| (*g, Tri::Unknown, Tri::Unknown)))
    };
    let covered = facts().fold(Tri::Yes, |acc, (_, avail, open)| {
        acc.and(avail.not().or(open))
    });
    let any_available = facts().fold(Tri::No, |acc, (_, avail, _)| acc.or(avail));
    let fully = covered.and(any_available);
    let group_open = |g: Group| {
        facts()
            .filter(|(group, _, _)| *group == g)
            .fold(Tri::No, |acc, (_, avail, open)| acc.or(avail.and(open)))
    };
    let groups: Vec<(Group, Tri)> = Group::ALL.into_iter().map(|g| (g, group_open(g))).collect();
    let sure = groups.iter().filter(|(_, t)| *t == Tri::Yes).count();
    let maybe = groups.iter().filter(|(_, t)| *t != Tri::No).count();
    let lo = if fully == Tri::Yes {
        Grade::Open
    } else if sure >= 2 {
        Grade::Partial
    } else {
        Grade::Closed
    };
    let hi = if fully != Tri::No {
        Grade::Open
    } else if maybe >= 2 {
        Grade::Partial
    } else {
        Grade::Closed
    };

    let mut reason = Vec::new();
    for (g, t) in &groups {
        let verdict = match t {
            Tri::Yes => "an available part under an open licence",
            Tri::No => "no available part under an open licence",
            Tri::Unknown => "no part known to be available under an open licence",
        };
        reason.push(format!("{}: {verdict}", g.name()));
    }
    for p in &parts {
        if p.available == Tri::No {
            continue;
        }
        let licence = p
            .component
            .license
            .as_ref()
            .map_or_else(|| "no licence given".to_owned(), |l| format!("`{l}`"));
        let open = match p.open {
            Tri::Yes => "open".to_owned(),
            // What the licence restricts, in the kernel's words, when the licence table says.
            Tri::No => match p
                .component
                .license
                .as_ref()
                .map(|l| restrictions(&l.expression))
            {
                Some(why) if !why.is_empty() => format!("not open ({why})"),
                _ => "not open".to_owned(),
            },
            Tri::Unknown => "not known to be open".to_owned(),
        };
        reason.push(format!(
            "{} is {licence}, {open}",
            component_words(p.index, p.component)
        ));
    }
    // Code around the model is not in any group: say so, so it is never read as training code.
    let outside: Vec<String> = release
        .components
        .iter()
        .enumerate()
        .filter(|(_, c)| OUTSIDE_THE_GROUPS.contains(&c.kind))
        .filter(|(_, c)| available(c.availability) != Tri::No)
        .map(|(i, c)| component_words(i, c))
        .collect();
    if !outside.is_empty() {
        reason.push(format!(
            "{} {} not among the rubric's groups (\u{201c}model weights, training code, and \
             training data\u{201d}) and {} not count",
            outside.join(", "),
            if outside.len() == 1 { "is" } else { "are" },
            if outside.len() == 1 { "does" } else { "do" },
        ));
    }
    let mut settle = Vec::new();
    for g in &unlisted {
        settle.push(format!(
            "describe the {} with its availability and licence",
            g.name()
        ));
    }
    for p in &parts {
        if p.available == Tri::Unknown {
            settle.push(format!(
                "state the availability of {}",
                component_words(p.index, p.component)
            ));
        }
        if p.available != Tri::No && p.open == Tri::Unknown {
            settle.push(format!(
                "state the licence of {} as an SPDX expression the crate knows",
                component_words(p.index, p.component)
            ));
        }
    }
    Graded {
        lo,
        hi,
        components: parts
            .iter()
            .map(|p| ComponentRef::new(p.index, p.component))
            .collect(),
        reason: reason.join("; "),
        settle: (lo != hi).then(|| settle.join("; ")),
        mirrored: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::licence::LicenceExpression;

    fn part(kind: K, availability: Availability, licence: Option<&str>) -> Component {
        let mut c = Component::new(kind).with_availability(availability);
        if let Some(l) = licence {
            c = c.with_license(Licence::new(LicenceExpression::parse(l).unwrap()));
        }
        c
    }

    fn release(parts: Vec<Component>) -> Release {
        let mut r = Release::new("t");
        r.components = parts;
        r
    }

    #[test]
    fn open_weights_alone_are_open_as_available() {
        let r = release(vec![
            part(K::ModelWeights, Availability::Public, Some("Apache-2.0")),
            part(K::TrainingCode, Availability::NotReleased, None),
            part(K::PretrainingData, Availability::NotReleased, None),
        ]);
        let g = grade(&r);
        assert_eq!((g.lo, g.hi), (Grade::Open, Grade::Open));
    }

    #[test]
    fn two_open_groups_make_partial() {
        let r = release(vec![
            part(
                K::ModelWeights,
                Availability::Public,
                Some("LicenseRef-Llama-3-Community"),
            ),
            part(K::TrainingCode, Availability::Public, Some("Apache-2.0")),
            part(K::PretrainingData, Availability::Public, Some("ODC-By-1.0")),
        ]);
        let g = grade(&r);
        assert_eq!((g.lo, g.hi), (Grade::Partial, Grade::Partial));
    }

    #[test]
    fn one_open_group_is_closed() {
        let r = release(vec![
            part(
                K::ModelWeights,
                Availability::Gated,
                Some("LicenseRef-Llama-3-Community"),
            ),
            part(K::InferenceCode, Availability::Public, Some("MIT")),
            part(K::PretrainingData, Availability::NotReleased, None),
        ]);
        let g = grade(&r);
        assert_eq!((g.lo, g.hi), (Grade::Closed, Grade::Closed));
    }

    #[test]
    fn unknown_licences_leave_it_open_to_question() {
        let r = release(vec![
            part(K::ModelWeights, Availability::Public, Some("Apache-2.0")),
            part(K::TrainingCode, Availability::Public, None),
        ]);
        let g = grade(&r);
        assert_eq!((g.lo, g.hi), (Grade::Closed, Grade::Open));
        let settle = g.settle.unwrap();
        assert!(settle.contains("training data"), "{settle}");
        assert!(settle.contains("/components/1"), "{settle}");
    }

    #[test]
    fn nothing_available_is_closed() {
        let r = release(vec![
            part(K::ModelWeights, Availability::NotReleased, None),
            part(K::TrainingCode, Availability::NotReleased, None),
            part(K::PretrainingData, Availability::NotReleased, None),
        ]);
        let g = grade(&r);
        assert_eq!((g.lo, g.hi), (Grade::Closed, Grade::Closed));
    }

    #[test]
    fn open_data_licences_count() {
        assert_eq!(
            open_licence(Some(&Licence::new(
                LicenceExpression::parse("ODC-By-1.0").unwrap()
            ))),
            Tri::Yes
        );
        assert_eq!(
            open_licence(Some(&Licence::new(LicenceExpression::none()))),
            Tri::No
        );
        assert_eq!(
            open_licence(Some(&Licence::new(LicenceExpression::noassertion()))),
            Tri::Unknown
        );
    }
}
