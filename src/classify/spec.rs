//! What a framework is, as data: each framework module exports one [`FrameworkSpec`] (its id,
//! name, version, source, ordered levels and items with their clauses and the component kinds
//! that map to each item) and a typed level enum implementing [`Level`].
//!
//! Everything else reads the spec: the classifier's criteria and next steps, the open-washing
//! detector, the RDF vocabulary (`rdf::frameworks`), the docs and the reports. Nothing about a
//! framework is typed twice: a level token or an item name appears once in `src/`, in the
//! framework's spec.

use std::borrow::Cow;
use std::fmt;

use serde::{Serialize, Serializer};

use crate::model::ComponentKind;

/// One framework, as data.
#[derive(Debug)]
#[non_exhaustive]
pub struct FrameworkSpec {
    /// The stable profile id, e.g. `mof-1.0`. Ids never change meaning once released.
    pub id: &'static str,
    /// The framework's name and version for people, e.g. `Model Openness Framework 1.0`.
    pub name: &'static str,
    /// The version of the framework text, e.g. `1.0` (the OSAI Index: the date of its parameter
    /// set).
    pub version: &'static str,
    /// What the framework is, in one or two sentences quoting its text.
    pub comment: &'static str,
    /// Where the framework text is published.
    pub source: &'static str,
    /// The levels, in descending [`LevelSpec::rank`]: the most open first, a level that says
    /// the description cannot tell (`undetermined`) between the met and the not-met levels, the
    /// lowest last (the order `rdf` and reports list them in; `tests/framework_specs.rs` checks
    /// it).
    pub levels: &'static [LevelSpec],
    /// The items of the framework text that criteria test (MOF components, OSAID elements, OSAI
    /// Index parameters, DPG indicators, EU AI Act exemptions), each with its clause and the
    /// component kinds that map to it.
    pub items: &'static [ItemSpec],
}

impl FrameworkSpec {
    /// The level with `token`.
    #[must_use]
    pub fn level(&self, token: &str) -> Option<&'static LevelSpec> {
        // `levels` is `'static`, so the found reference is too.
        let levels: &'static [LevelSpec] = self.levels;
        levels.iter().find(|l| l.token == token)
    }

    /// The item with `id`.
    #[must_use]
    pub fn item(&self, id: &str) -> Option<&'static ItemSpec> {
        let items: &'static [ItemSpec] = self.items;
        items.iter().find(|i| i.id == id)
    }

    /// The items a component of `kind` maps to, in the spec's order.
    pub fn items_of(&self, kind: ComponentKind) -> impl Iterator<Item = &'static ItemSpec> {
        let items: &'static [ItemSpec] = self.items;
        items.iter().filter(move |i| i.kinds.contains(&kind))
    }
}

/// A level of a framework.
#[derive(Debug)]
#[non_exhaustive]
pub struct LevelSpec {
    /// The kebab-case token of classification results and claims (`class-1`, `conforms`).
    pub token: &'static str,
    /// A label for people, e.g. `MOF 1.0 Class I (Open Science)`.
    pub label: &'static str,
    /// What it means, quoting the framework.
    pub comment: &'static str,
    /// The order of openness within the framework: higher is more open; `0` for the lowest
    /// (e.g. MOF `unclassified`). Levels that say the description cannot tell (`undetermined`)
    /// rank between "not met" and "met".
    pub rank: u8,
    /// The local name of the RDF class of releases that reach the level, if the level is an
    /// achievement.
    pub class: Option<&'static str>,
    /// The token of the level it implies (MOF classes are cumulative).
    pub implies: Option<&'static str>,
    /// The ids of the items the level requires in addition to those of the level it implies
    /// (MOF: the components each class adds; OSAID: the required parts of its three elements;
    /// empty where a level is not defined by items).
    pub requires: &'static [&'static str],
}

/// An item of a framework's text that a criterion tests.
#[derive(Debug)]
#[non_exhaustive]
pub struct ItemSpec {
    /// A stable kebab-case id within the framework, e.g. `training-code`; a part of an item is
    /// `item/part` (`code/training`). The criterion that tests the item has this id
    /// ([`CriterionId::of_item`]), and its RDF term is `aiopen:Item-{framework}-{id}` with `/`
    /// written `-`.
    pub id: &'static str,
    /// The item's name as the framework writes it, e.g. `Training code`.
    pub name: &'static str,
    /// The clause that defines it, e.g. `MOF 1.0 §Class II`.
    pub clause: &'static str,
    /// The component kinds that map to the item.
    pub kinds: &'static [ComponentKind],
}

/// An item of a framework's text, for the `ITEMS` tables of the framework modules' specs.
pub(crate) const fn item(
    id: &'static str,
    name: &'static str,
    clause: &'static str,
    kinds: &'static [ComponentKind],
) -> ItemSpec {
    ItemSpec {
        id,
        name,
        clause,
        kinds,
    }
}

/// A framework's levels as a typed enum: the variants are the levels of [`Level::SPEC`], in the
/// order of [`FrameworkSpec::levels`] (the variant's index is its position there).
pub trait Level: Copy + Eq + fmt::Debug + Send + Sync + 'static {
    /// The framework the levels belong to.
    const SPEC: &'static FrameworkSpec;
    /// Every level, in the order of [`FrameworkSpec::levels`].
    const ALL: &'static [Self];

    /// The level's position in [`FrameworkSpec::levels`].
    fn index(self) -> usize;

    /// The level's spec.
    #[must_use]
    fn spec(self) -> &'static LevelSpec {
        &Self::SPEC.levels[self.index()]
    }

    /// The kebab-case token.
    #[must_use]
    fn token(self) -> &'static str {
        self.spec().token
    }

    /// The label for people.
    #[must_use]
    fn label(self) -> &'static str {
        self.spec().label
    }

    /// The rank: higher is more open.
    #[must_use]
    fn rank(self) -> u8 {
        self.spec().rank
    }

    /// The level with `token`.
    #[must_use]
    fn from_token(token: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|l| l.token() == token)
    }

    /// The common view of the level, as a [`Classification`](super::Classification) holds it.
    #[must_use]
    fn view(self) -> LevelView {
        LevelView {
            token: Cow::Borrowed(self.token()),
            label: Cow::Borrowed(self.label()),
            rank: self.rank(),
        }
    }
}

/// Declares a framework's typed level enum: the variants in the order of the spec's levels, with
/// `level_spec` (a `const fn`), the [`Level`] impl and `Display` (the token). Used by each
/// framework's `spec.rs`, so the five enums cannot drift apart.
macro_rules! levels {
    (
        $(#[$meta:meta])*
        pub enum $name:ident of $spec:path {
            $( $(#[$vmeta:meta])* $variant:ident, )+
        }
    ) => {
        $(#[$meta])*
        #[allow(
            clippy::exhaustive_enums,
            reason = "the levels of a framework version are fixed by its text; a new version is a \
                      new module"
        )]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// The level's spec (a `const fn`, for constants; `Level::spec` is the same).
            #[must_use]
            pub const fn level_spec(self) -> &'static $crate::classify::LevelSpec {
                &$spec.levels[self as usize]
            }
        }

        impl $crate::classify::Level for $name {
            const SPEC: &'static $crate::classify::FrameworkSpec = &$spec;
            const ALL: &'static [Self] = &[$(Self::$variant),+];

            fn index(self) -> usize {
                self as usize
            }
        }

        impl ::std::fmt::Display for $name {
            /// The level's token.
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str($crate::classify::Level::token(*self))
            }
        }
    };
}

pub(crate) use levels;

/// Test support: a framework's typed item enum lists exactly the spec's items, in the spec's
/// order (`items` is the enum's `ALL`, each mapped to its spec). The items themselves (unique
/// kebab-case ids, names, clauses) are checked for every framework by `tests/framework_specs.rs`.
#[cfg(test)]
pub(crate) fn assert_item_enum_follows(
    spec: &FrameworkSpec,
    items: impl ExactSizeIterator<Item = &'static ItemSpec>,
) {
    assert_eq!(items.len(), spec.items.len(), "{}", spec.id);
    for (i, item) in items.enumerate() {
        assert!(
            std::ptr::eq(item, &spec.items[i]),
            "{}: item {i} is `{}`, the spec has `{}`",
            spec.id,
            item.id,
            spec.items[i].id
        );
    }
}

/// The level of a classification, whatever the framework: its token, label and rank. Built-in
/// frameworks make it from their typed level ([`Level::view`]); custom profiles from their file.
/// Serialises as the token.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LevelView {
    token: Cow<'static, str>,
    label: Cow<'static, str>,
    rank: u8,
}

impl LevelView {
    /// A level of a framework that is not built in (a custom profile).
    #[must_use]
    pub fn custom(token: impl Into<String>, label: impl Into<String>, rank: u8) -> Self {
        Self {
            token: Cow::Owned(token.into()),
            label: Cow::Owned(label.into()),
            rank,
        }
    }

    /// The kebab-case token, e.g. `class-2`.
    #[must_use]
    pub fn token(&self) -> &str {
        &self.token
    }

    /// The token (as `String::as_str`, so `level.as_str()` reads as before).
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.token
    }

    /// The label for people.
    #[must_use]
    pub fn label(&self) -> &str {
        &self.label
    }

    /// The rank within its framework: higher is more open.
    #[must_use]
    pub const fn rank(&self) -> u8 {
        self.rank
    }

    /// The typed level, when this view is a level of `L`'s framework.
    #[must_use]
    pub fn typed<L: Level>(&self) -> Option<L> {
        L::from_token(&self.token)
    }
}

impl From<&'static LevelSpec> for LevelView {
    fn from(level: &'static LevelSpec) -> Self {
        Self {
            token: Cow::Borrowed(level.token),
            label: Cow::Borrowed(level.label),
            rank: level.rank,
        }
    }
}

impl<L: Level> From<L> for LevelView {
    fn from(level: L) -> Self {
        level.view()
    }
}

impl fmt::Display for LevelView {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.token)
    }
}

impl PartialEq<str> for LevelView {
    fn eq(&self, other: &str) -> bool {
        self.token == other
    }
}

impl PartialEq<&str> for LevelView {
    fn eq(&self, other: &&str) -> bool {
        self.token == *other
    }
}

impl Serialize for LevelView {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.token)
    }
}

/// The id of the profile a classification was made under: a built-in framework's spec id or a
/// custom profile's id. Serialises as the id.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ProfileId(Cow<'static, str>);

impl ProfileId {
    /// The id of a built-in framework.
    #[must_use]
    pub const fn builtin(spec: &'static FrameworkSpec) -> Self {
        Self(Cow::Borrowed(spec.id))
    }

    /// The id of a custom profile.
    #[must_use]
    pub fn custom(id: impl Into<String>) -> Self {
        Self(Cow::Owned(id.into()))
    }

    /// The id.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ProfileId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for ProfileId {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for ProfileId {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl Serialize for ProfileId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

/// The id of a criterion within its framework, e.g. `class-2/training-code`. Built-in profiles
/// make it from their spec ([`CriterionId::of_item`], [`CriterionId::at_level`]); custom profiles
/// from their file. Serialises as the id.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CriterionId(Cow<'static, str>);

impl CriterionId {
    /// The criterion that tests `item` (its id is the item's).
    #[must_use]
    pub const fn of_item(item: &'static ItemSpec) -> Self {
        Self(Cow::Borrowed(item.id))
    }

    /// The criterion that tests `item` for `level`: `{level}/{item}`.
    #[must_use]
    pub fn at_level(level: &LevelSpec, item: &ItemSpec) -> Self {
        Self(Cow::Owned(format!("{}/{}", level.token, item.id)))
    }

    /// A criterion id of a profile that is not built in, or a criterion that tests no single
    /// item.
    #[must_use]
    pub fn custom(id: impl Into<Cow<'static, str>>) -> Self {
        Self(id.into())
    }

    /// The id.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<String> for CriterionId {
    fn from(id: String) -> Self {
        Self(Cow::Owned(id))
    }
}

impl From<&'static str> for CriterionId {
    fn from(id: &'static str) -> Self {
        Self(Cow::Borrowed(id))
    }
}

impl fmt::Display for CriterionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for CriterionId {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for CriterionId {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl Serialize for CriterionId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

/// `==` between a typed id or level and the strings it serialises as, both ways round.
macro_rules! str_eq {
    ($($ty:ty),+) => {$(
        impl PartialEq<String> for $ty {
            fn eq(&self, other: &String) -> bool {
                self.as_str() == other.as_str()
            }
        }

        impl PartialEq<$ty> for str {
            fn eq(&self, other: &$ty) -> bool {
                self == other.as_str()
            }
        }

        impl PartialEq<$ty> for &str {
            fn eq(&self, other: &$ty) -> bool {
                *self == other.as_str()
            }
        }

        impl PartialEq<$ty> for String {
            fn eq(&self, other: &$ty) -> bool {
                self.as_str() == other.as_str()
            }
        }

        impl AsRef<str> for $ty {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }
    )+};
}

str_eq!(LevelView, ProfileId, CriterionId);
