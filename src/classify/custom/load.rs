//! Reading a profile file: syntax, version, shape, then the checks a schema cannot make.
//!
//! Every failure is an [`Error`] with a location: the line and column of the offending value and
//! its JSON Pointer in the profile. Loading never panics, whatever the text.

use std::collections::HashMap;
use std::path::Path;

use indexmap::IndexMap;
use serde_json::Value;

use super::format::{
    ComponentsCondition, Condition, FactsCondition, LicenceTest, NumberRange, ProfileFile,
    ProfileKind,
};
use super::{CustomProfile, PROFILE_VERSION};
use crate::classify::Framework;
use crate::document::{self, Format, Limits};
use crate::error::{Error, Result};
use crate::licence::LicenceExpression;
use crate::model::SpecVersion;
use crate::syntax::Node;

/// The largest profile file read, in bytes (1 MiB): profiles are small, hand-written files.
pub const MAX_PROFILE_BYTES: usize = 1 << 20;

/// The default limits for profile files: the document limits, with at most
/// [`MAX_PROFILE_BYTES`] bytes and 100,000 nodes.
#[must_use]
pub fn default_limits() -> Limits {
    Limits::default()
        .with_max_bytes(MAX_PROFILE_BYTES)
        .with_max_nodes(100_000)
}

/// Loads and checks a profile from text, with [`default_limits`].
///
/// # Errors
/// [`Error::Syntax`] when the text is not well-formed JSON or YAML; [`Error::UnsupportedVersion`]
/// when `profile_version` is not a 0.1 version; [`Error::Invalid`] when the profile does not fit
/// the format (a missing or unknown field, an unknown component kind, facet or licence test) or
/// is inconsistent (a level or condition that refers to an undefined criterion, criteria that
/// refer to each other in a cycle, duplicate ids, a malformed licence id, an empty list). Each
/// error carries the line, column and JSON Pointer of the offending value.
///
/// # Examples
/// ```
/// use ai_openness::classify::custom::load_profile;
/// use ai_openness::document::Format;
///
/// let profile = load_profile(
///     "profile_version: 0.1.0\nid: weights-only\nname: Open weights\nsource: example\n\
///      kind: checklist\nlevels: [{id: open-weights, criteria: [weights]}]\n\
///      not_met: closed-weights\nundetermined: undetermined\ncriteria:\n\
///      - id: weights\n  clause: the weights are OSI-licensed\n  require:\n    \
///      components: {kinds: [model_weights], license: osi_approved}\n",
///     Format::Yaml,
/// )?;
/// assert_eq!(profile.id(), "weights-only");
///
/// let err = load_profile(
///     "profile_version: 0.1.0\nid: x\nname: X\nsource: s\nkind: ladder\n\
///      levels: [{id: one, criteria: [missing]}]\nnot_met: none\n\
///      criteria: [{id: c, clause: c, require: {criterion: c}}]\n",
///     Format::Yaml,
/// )
/// .unwrap_err();
/// assert_eq!(err.location().and_then(|l| l.pointer.as_deref()), Some("/levels/0/criteria/0"));
/// # Ok::<(), ai_openness::Error>(())
/// ```
pub fn load_profile(text: &str, format: Format) -> Result<CustomProfile> {
    load_profile_with_limits(text, format, &default_limits())
}

/// Loads and checks a profile from text under the given limits.
///
/// # Errors
/// As [`load_profile`].
pub fn load_profile_with_limits(
    text: &str,
    format: Format,
    limits: &Limits,
) -> Result<CustomProfile> {
    let tree = document::parse_tree(text, format, limits)?;
    let value = document::tree_to_value(&tree)?;
    check_version(&value, &tree)?;
    let file: ProfileFile =
        serde_path_to_error::deserialize(value).map_err(|e| Error::Invalid {
            location: document::locate(&tree, &pointer_of(e.path())),
            message: e.inner().to_string(),
        })?;
    check(file).map_err(|Invalid { pointer, message }| Error::Invalid {
        location: document::locate(&tree, &pointer),
        message,
    })
}

/// Reads and checks a profile file: JSON for `.json`, YAML for `.yaml` and `.yml`, else by its
/// first character (see [`document::detect_format`]).
///
/// # Errors
/// [`Error::Io`] when the file cannot be read; otherwise as [`load_profile`], with the file name
/// in the location.
pub fn read_profile(path: &Path) -> Result<CustomProfile> {
    let limits = default_limits();
    let text = document::read_text(path, &limits)?;
    load_profile_with_limits(&text, document::detect_format(Some(path), &text), &limits)
        .map_err(|e| e.in_file(path))
}

/// Checks `profile_version` with Cargo's compatibility rule (as a description's
/// `spec_version`).
fn check_version(value: &Value, tree: &Node) -> Result<()> {
    let found = match value.get("profile_version") {
        Some(Value::String(s)) => s.clone(),
        Some(_) => {
            return Err(Error::Invalid {
                location: document::locate(tree, "/profile_version"),
                message: "`profile_version` must be a string such as `0.1.0`".to_owned(),
            });
        }
        None if value.is_object() => {
            return Err(Error::Invalid {
                location: document::locate(tree, ""),
                message: "missing field `profile_version` (the profile format version, e.g. \
                          `0.1.0`)"
                    .to_owned(),
            });
        }
        None => {
            return Err(Error::Invalid {
                location: document::locate(tree, ""),
                message: "a profile must be a mapping (object) with `profile_version`, `id`, \
                          `name`, `source`, `kind`, `levels`, `not_met` and `criteria`"
                    .to_owned(),
            });
        }
    };
    let version = SpecVersion::new(&found).map_err(|e| Error::Invalid {
        location: document::locate(tree, "/profile_version"),
        message: e.to_string().replace("spec_version", "profile_version"),
    })?;
    if version.is_compatible_with(&PROFILE_VERSION) {
        return Ok(());
    }
    let why = if version > PROFILE_VERSION {
        "this profile is newer: upgrade ai-openness to read it"
    } else {
        "no migration exists from this older version"
    };
    Err(Error::UnsupportedVersion {
        location: document::locate(tree, "/profile_version"),
        found,
        supported: format!(
            "profile format {PROFILE_VERSION} and compatible versions (^{PROFILE_VERSION}); {why}"
        ),
    })
}

/// Converts a `serde_path_to_error` path into a JSON Pointer. An enum variant is a key of the
/// profile (`require: {components: …}`), so it is a segment of the pointer.
fn pointer_of(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path {
        match segment {
            Segment::Seq { index } => {
                out.push('/');
                out.push_str(&index.to_string());
            }
            Segment::Map { key } | Segment::Enum { variant: key } => {
                out.push('/');
                out.push_str(&key.replace('~', "~0").replace('/', "~1"));
            }
            Segment::Unknown => {}
        }
    }
    out
}

/// A check that failed: where and why.
struct Invalid {
    pointer: String,
    message: String,
}

fn invalid(pointer: impl Into<String>, message: impl Into<String>) -> Invalid {
    Invalid {
        pointer: pointer.into(),
        message: message.into(),
    }
}

type Checked<T = ()> = std::result::Result<T, Invalid>;

/// Whether `text` is groups of `[a-z0-9]+` joined by single characters of `separators`.
fn is_token(text: &str, separators: &[char]) -> bool {
    let mut previous_separator = true;
    for c in text.chars() {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            previous_separator = false;
        } else if separators.contains(&c) && !previous_separator {
            previous_separator = true;
        } else {
            return false;
        }
    }
    !previous_separator
}

const LEVEL_SEPARATORS: &[char] = &['.', '_', '-'];
const CRITERION_SEPARATORS: &[char] = &['.', '/', '_', '-'];

fn check_token(pointer: &str, what: &str, text: &str, separators: &[char]) -> Checked {
    if is_token(text, separators) {
        return Ok(());
    }
    let joined = separators
        .iter()
        .map(|c| format!("`{c}`"))
        .collect::<Vec<_>>()
        .join(", ");
    Err(invalid(
        pointer,
        format!(
            "invalid {what} `{text}`: use lower-case letters and digits, in groups joined by \
             one of {joined}"
        ),
    ))
}

/// Runs every check on a well-shaped profile and builds the evaluable profile.
fn check(mut file: ProfileFile) -> Checked<CustomProfile> {
    check_token("/id", "profile id", &file.id, LEVEL_SEPARATORS)?;
    if let Ok(framework) = file.id.parse::<Framework>() {
        return Err(invalid(
            "/id",
            format!(
                "`{}` is the id of the built-in framework \"{}\": a custom profile needs an id \
                 of its own",
                file.id,
                framework.name()
            ),
        ));
    }
    if file.name.trim().is_empty() {
        return Err(invalid("/name", "`name` must not be empty"));
    }
    if file.source.trim().is_empty() {
        return Err(invalid(
            "/source",
            "`source` must not be empty: cite where the framework is published",
        ));
    }
    let index = check_criteria_ids(&file)?;
    check_outcomes(&file)?;
    let effective = check_levels(&file, &index)?;
    for (i, criterion) in file.criteria.iter_mut().enumerate() {
        check_condition(
            &mut criterion.require,
            &format!("/criteria/{i}/require"),
            &index,
        )?;
    }
    let order = evaluation_order(&file, &index)?;
    Ok(CustomProfile {
        file,
        index,
        order,
        effective,
    })
}

/// Criterion ids: well-formed and unique. Returns id → index.
fn check_criteria_ids(file: &ProfileFile) -> Checked<IndexMap<String, usize>> {
    if file.criteria.is_empty() {
        return Err(invalid(
            "/criteria",
            "a profile needs at least one criterion",
        ));
    }
    let mut index = IndexMap::with_capacity(file.criteria.len());
    for (i, criterion) in file.criteria.iter().enumerate() {
        let at = format!("/criteria/{i}/id");
        check_token(&at, "criterion id", &criterion.id, CRITERION_SEPARATORS)?;
        if criterion.clause.trim().is_empty() {
            return Err(invalid(
                format!("/criteria/{i}/clause"),
                format!(
                    "criterion `{}` has an empty `clause`: quote or cite the clause it encodes",
                    criterion.id
                ),
            ));
        }
        if let Some(first) = index.insert(criterion.id.clone(), i) {
            return Err(invalid(
                at,
                format!(
                    "duplicate criterion id `{}` (first defined at `/criteria/{first}`)",
                    criterion.id
                ),
            ));
        }
    }
    Ok(index)
}

/// The outcome tokens: well-formed, distinct, and what the kind asks for.
fn check_outcomes(file: &ProfileFile) -> Checked {
    check_token("/not_met", "level token", &file.not_met, LEVEL_SEPARATORS)?;
    if let Some(undetermined) = &file.undetermined {
        check_token(
            "/undetermined",
            "level token",
            undetermined,
            LEVEL_SEPARATORS,
        )?;
        if *undetermined == file.not_met {
            return Err(invalid(
                "/undetermined",
                format!("`undetermined` and `not_met` are both `{undetermined}`: they must differ"),
            ));
        }
    }
    match file.kind {
        ProfileKind::Checklist => {
            if file.levels.len() != 1 {
                let at = if file.levels.is_empty() {
                    "/levels".to_owned()
                } else {
                    "/levels/1".to_owned()
                };
                return Err(invalid(
                    at,
                    format!(
                        "a checklist has exactly one level, its positive outcome; found {}",
                        file.levels.len()
                    ),
                ));
            }
            if file.undetermined.is_none() {
                return Err(invalid(
                    "",
                    "missing field `undetermined`: a checklist names the outcome when the \
                     description cannot settle it (e.g. `undetermined`)",
                ));
            }
        }
        ProfileKind::Ladder => {
            if file.levels.is_empty() {
                return Err(invalid("/levels", "a ladder needs at least one level"));
            }
        }
    }
    Ok(())
}

/// Levels: ids well-formed and distinct from each other and from the outcome tokens; criteria
/// defined and listed once; `cumulative` only after the first level. Returns each level's
/// effective criteria (its own, then the previous level's when cumulative), by index.
fn check_levels(file: &ProfileFile, index: &IndexMap<String, usize>) -> Checked<Vec<Vec<usize>>> {
    let mut seen: HashMap<&str, String> = HashMap::new();
    seen.insert(&file.not_met, "`not_met`".to_owned());
    if let Some(u) = &file.undetermined {
        seen.insert(u, "`undetermined`".to_owned());
    }
    let mut effective: Vec<Vec<usize>> = Vec::with_capacity(file.levels.len());
    for (l, level) in file.levels.iter().enumerate() {
        let at = format!("/levels/{l}");
        check_token(&format!("{at}/id"), "level id", &level.id, LEVEL_SEPARATORS)?;
        if let Some(other) = seen.insert(&level.id, format!("`/levels/{l}`")) {
            return Err(invalid(
                format!("{at}/id"),
                format!(
                    "duplicate level token `{}` (also used by {other})",
                    level.id
                ),
            ));
        }
        if level.criteria.is_empty() {
            return Err(invalid(
                format!("{at}/criteria"),
                format!("level `{}` lists no criteria", level.id),
            ));
        }
        let mut own: Vec<usize> = Vec::with_capacity(level.criteria.len());
        for (j, id) in level.criteria.iter().enumerate() {
            let Some(&i) = index.get(id) else {
                return Err(invalid(
                    format!("{at}/criteria/{j}"),
                    format!(
                        "level `{}` refers to `{id}`, which is not a criterion of this profile",
                        level.id
                    ),
                ));
            };
            if own.contains(&i) {
                return Err(invalid(
                    format!("{at}/criteria/{j}"),
                    format!("level `{}` lists criterion `{id}` twice", level.id),
                ));
            }
            own.push(i);
        }
        if level.cumulative {
            let Some(previous) = l.checked_sub(1).and_then(|p| effective.get(p)) else {
                return Err(invalid(
                    format!("{at}/cumulative"),
                    format!(
                        "the first level `{}` cannot be cumulative: there is no level before it",
                        level.id
                    ),
                ));
            };
            for i in previous {
                if !own.contains(i) {
                    own.push(*i);
                }
            }
        }
        effective.push(own);
    }
    Ok(effective)
}

/// Checks a condition and canonicalises the licence ids in it.
fn check_condition(
    condition: &mut Condition,
    at: &str,
    index: &IndexMap<String, usize>,
) -> Checked {
    match condition {
        Condition::Components(c) => check_components(c, &format!("{at}/components")),
        Condition::Facts(f) => check_facts(f, &format!("{at}/facts")),
        Condition::AllOf(parts) => check_parts(parts, &format!("{at}/all_of"), index),
        Condition::AnyOf(parts) => check_parts(parts, &format!("{at}/any_of"), index),
        Condition::Not(inner) => check_condition(inner, &format!("{at}/not"), index),
        Condition::Criterion(id) => {
            if index.contains_key(id.as_str()) {
                Ok(())
            } else {
                Err(invalid(
                    format!("{at}/criterion"),
                    format!("`{id}` is not a criterion of this profile"),
                ))
            }
        }
    }
}

fn check_parts(parts: &mut [Condition], at: &str, index: &IndexMap<String, usize>) -> Checked {
    if parts.is_empty() {
        return Err(invalid(at, "a combination needs at least one condition"));
    }
    for (i, part) in parts.iter_mut().enumerate() {
        check_condition(part, &format!("{at}/{i}"), index)?;
    }
    Ok(())
}

fn check_components(c: &mut ComponentsCondition, at: &str) -> Checked {
    if c.kinds.is_empty() {
        return Err(invalid(
            format!("{at}/kinds"),
            "`kinds` needs at least one component kind",
        ));
    }
    for (i, kind) in c.kinds.iter().enumerate() {
        if c.kinds.iter().take(i).any(|k| k == kind) {
            return Err(invalid(
                format!("{at}/kinds/{i}"),
                format!("component kind `{kind}` is listed twice"),
            ));
        }
    }
    if !c.listed {
        for (field, given) in [
            ("unlisted", c.unlisted.is_some()),
            ("license", c.license.is_some()),
            ("availability", c.availability.is_some()),
            ("evidence", c.evidence),
        ] {
            if given {
                return Err(invalid(
                    format!("{at}/{field}"),
                    format!(
                        "`{field}` is about listed components, but `listed: false` asks that \
                         none is listed"
                    ),
                ));
            }
        }
    }
    if let Some(set) = &c.availability {
        if set.is_empty() {
            return Err(invalid(
                format!("{at}/availability"),
                "`availability` needs at least one value",
            ));
        }
        for (i, a) in set.iter().enumerate() {
            if set.iter().take(i).any(|b| b == a) {
                return Err(invalid(
                    format!("{at}/availability/{i}"),
                    format!("availability `{a}` is listed twice"),
                ));
            }
        }
    }
    if let Some(test) = &mut c.license {
        check_licence_test(test, &format!("{at}/license"))?;
    }
    Ok(())
}

fn check_licence_test(test: &mut LicenceTest, at: &str) -> Checked {
    match test {
        LicenceTest::Ids(ids) => {
            if ids.is_empty() {
                return Err(invalid(
                    format!("{at}/ids"),
                    "`ids` needs at least one licence id",
                ));
            }
            for (i, id) in ids.iter_mut().enumerate() {
                *id = canonical_id(id).map_err(|m| invalid(format!("{at}/ids/{i}"), m))?;
            }
            for (i, id) in ids.iter().enumerate() {
                if ids.iter().take(i).any(|other| other == id) {
                    return Err(invalid(
                        format!("{at}/ids/{i}"),
                        format!("licence id `{id}` is listed twice"),
                    ));
                }
            }
            Ok(())
        }
        LicenceTest::Facet(facet) => {
            if facet.values.is_empty() {
                return Err(invalid(
                    format!("{at}/facet/in"),
                    "`in` needs at least one facet value",
                ));
            }
            Ok(())
        }
        LicenceTest::AllOf(parts) => check_licence_parts(parts, &format!("{at}/all_of")),
        LicenceTest::AnyOf(parts) => check_licence_parts(parts, &format!("{at}/any_of")),
        LicenceTest::Not(inner) => check_licence_test(inner, &format!("{at}/not")),
        LicenceTest::Named(named) => {
            if named.name.trim().is_empty() {
                return Err(invalid(
                    format!("{at}/named/name"),
                    "a named licence test needs a `name`",
                ));
            }
            check_licence_test(&mut named.test, &format!("{at}/named/test"))
        }
        LicenceTest::OsiApproved
        | LicenceTest::FsfLibre
        | LicenceTest::OpenData
        | LicenceTest::TypeAppropriate
        | LicenceTest::NoUseRestrictions
        | LicenceTest::CommercialUse
        | LicenceTest::NoUserThreshold => Ok(()),
    }
}

fn check_licence_parts(parts: &mut [LicenceTest], at: &str) -> Checked {
    if parts.is_empty() {
        return Err(invalid(at, "a combination needs at least one licence test"));
    }
    for (i, part) in parts.iter_mut().enumerate() {
        check_licence_test(part, &format!("{at}/{i}"))?;
    }
    Ok(())
}

/// The canonical form of one licence id, or why `text` is not one.
fn canonical_id(text: &str) -> std::result::Result<String, String> {
    let expression = LicenceExpression::parse(text).map_err(|e| e.to_string())?;
    if expression.is_none() || expression.is_noassertion() {
        return Err(format!(
            "`{text}` is not a licence id: `NONE` and `NOASSERTION` fail or are unknown under \
             every test"
        ));
    }
    let mut requirements = expression.requirements();
    match (requirements.next(), requirements.next()) {
        (Some(only), None) if only.exception.is_none() => Ok(only.term.canonical().into_owned()),
        _ => Err(format!(
            "`{text}` is not a single licence id: list ids one by one, without `AND`, `OR` or \
             `WITH`"
        )),
    }
}

fn check_facts(f: &FactsCondition, at: &str) -> Checked {
    if *f == FactsCondition::default() {
        return Err(invalid(at, "`facts` needs at least one fact"));
    }
    if let Some(range) = &f.training_compute_flop {
        check_range(range, &format!("{at}/training_compute_flop"))?;
    }
    Ok(())
}

fn check_range(range: &NumberRange, at: &str) -> Checked {
    for (key, bound) in [("below", range.below), ("at_least", range.at_least)] {
        if let Some(b) = bound
            && !b.is_finite()
        {
            return Err(invalid(
                format!("{at}/{key}"),
                format!("`{key}` must be a finite number"),
            ));
        }
    }
    match (range.at_least, range.below) {
        (None, None) => Err(invalid(at, "a range needs `below`, `at_least` or both")),
        (Some(low), Some(high)) if low >= high => Err(invalid(
            at,
            format!("the range is empty: `at_least` ({low}) is not below `below` ({high})"),
        )),
        _ => Ok(()),
    }
}

/// The criteria in an order where every criterion comes after those it refers to. Fails on
/// the reference that closes a cycle.
fn evaluation_order(file: &ProfileFile, index: &IndexMap<String, usize>) -> Checked<Vec<usize>> {
    /// Where the depth-first walk stands on a criterion.
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Open,
        Done,
    }
    // Each criterion's references: (referenced index, pointer of the reference).
    let references: Vec<Vec<(usize, String)>> = file
        .criteria
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let mut out = Vec::new();
            collect_references(
                &c.require,
                &format!("/criteria/{i}/require"),
                index,
                &mut out,
            );
            out
        })
        .collect();

    let mut mark = vec![Mark::New; file.criteria.len()];
    let mut order = Vec::with_capacity(file.criteria.len());
    for root in 0..file.criteria.len() {
        if mark.get(root) != Some(&Mark::New) {
            continue;
        }
        // Iterative depth-first search: (criterion, next reference to follow).
        let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
        if let Some(m) = mark.get_mut(root) {
            *m = Mark::Open;
        }
        while let Some(&mut (node, ref mut next)) = stack.last_mut() {
            let Some((target, pointer)) = references.get(node).and_then(|r| r.get(*next)) else {
                if let Some(m) = mark.get_mut(node) {
                    *m = Mark::Done;
                }
                order.push(node);
                stack.pop();
                continue;
            };
            *next += 1;
            match mark.get(*target) {
                Some(Mark::New) => {
                    if let Some(m) = mark.get_mut(*target) {
                        *m = Mark::Open;
                    }
                    stack.push((*target, 0));
                }
                Some(Mark::Open) => {
                    let start = stack.iter().position(|(n, _)| n == target).unwrap_or(0);
                    let path = stack
                        .iter()
                        .skip(start)
                        .map(|(n, _)| *n)
                        .chain(std::iter::once(*target))
                        .filter_map(|n| file.criteria.get(n).map(|c| format!("`{}`", c.id)))
                        .collect::<Vec<_>>()
                        .join(" → ");
                    let id = file.criteria.get(*target).map_or("", |c| c.id.as_str());
                    return Err(invalid(
                        pointer.clone(),
                        format!("criterion `{id}` depends on itself: {path}"),
                    ));
                }
                _ => {}
            }
        }
    }
    Ok(order)
}

fn collect_references(
    condition: &Condition,
    at: &str,
    index: &IndexMap<String, usize>,
    out: &mut Vec<(usize, String)>,
) {
    match condition {
        Condition::Criterion(id) => {
            if let Some(&i) = index.get(id.as_str()) {
                out.push((i, format!("{at}/criterion")));
            }
        }
        Condition::AllOf(parts) => {
            for (i, part) in parts.iter().enumerate() {
                collect_references(part, &format!("{at}/all_of/{i}"), index, out);
            }
        }
        Condition::AnyOf(parts) => {
            for (i, part) in parts.iter().enumerate() {
                collect_references(part, &format!("{at}/any_of/{i}"), index, out);
            }
        }
        Condition::Not(inner) => collect_references(inner, &format!("{at}/not"), index, out),
        Condition::Components(_) | Condition::Facts(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens() {
        assert!(is_token("class-2", LEVEL_SEPARATORS));
        assert!(is_token("acme-2.0", LEVEL_SEPARATORS));
        assert!(is_token("a/b", CRITERION_SEPARATORS));
        assert!(!is_token("a/b", LEVEL_SEPARATORS));
        assert!(!is_token("", LEVEL_SEPARATORS));
        assert!(!is_token("-a", LEVEL_SEPARATORS));
        assert!(!is_token("a-", LEVEL_SEPARATORS));
        assert!(!is_token("a--b", LEVEL_SEPARATORS));
        assert!(!is_token("Class-2", LEVEL_SEPARATORS));
    }

    #[test]
    fn canonical_ids() {
        assert_eq!(canonical_id("GPL-2.0").as_deref(), Ok("GPL-2.0-only"));
        assert_eq!(canonical_id("MIT").as_deref(), Ok("MIT"));
        assert!(canonical_id("MIT OR Apache-2.0").is_err());
        assert!(canonical_id("NONE").is_err());
        assert!(canonical_id("apache-2.0").is_err());
    }
}
