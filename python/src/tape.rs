//! Answers as Python objects, in two steps: a worker thread (without the GIL) records what an
//! answer serialises to as a *tape*, a flat list of nodes whose strings are numbers in the
//! worker's [`Interner`]; the thread holding the GIL then builds the dicts and lists from the tape
//! ([`Strings::build`]), making each distinct string once per worker instead of once per
//! occurrence.
//!
//! The answers of a batch repeat most of their strings (keys, framework and criterion ids,
//! clauses, messages): a `classify --detail full` answer has about 2,000 nodes, and the answers
//! for the eight examples together about 1,000 distinct strings. Building from the tape leaves the
//! GIL-holding thread only the containers to make, which is what lets a batch keep up with the
//! CLI (`benches/README.md`, "Python package"). The objects are those `json.loads` gives for the
//! line the CLI writes: the tape follows `serde_json`'s mapping of the serde data model (a unit
//! variant as its name, a newtype variant as a one-key object, a non-finite float as `null`, an
//! integer map key as its decimal text), and the package's tests compare the two on every
//! example and MOT conformance file.

use std::collections::HashMap;
use std::fmt;

use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyList, PyString};
use serde::Serialize;
use serde::ser::{self, Impossible};

/// One node of a tape. A list's items and a map's (key, value) pairs follow their node, each
/// key as a [`Node::Str`].
#[derive(Debug, Clone, Copy, PartialEq)]
enum Node {
    Null,
    Bool(bool),
    Int(i64),
    UInt(u64),
    Float(f64),
    /// A string: its number in the recording worker's interner.
    Str(u32),
    /// A list of this many items.
    List(u32),
    /// A map of this many entries.
    Map(u32),
}

/// The strings one worker has recorded, each numbered once, in the order first seen.
#[derive(Debug, Default)]
pub(crate) struct Interner {
    ids: HashMap<Box<str>, u32, foldhash::fast::RandomState>,
    /// The strings numbered since the last tape that carried them away: the building side
    /// learns each string once, with the first tape that uses it (or a later one, when a tape
    /// failed half way).
    fresh: Vec<Box<str>>,
}

impl Interner {
    fn id(&mut self, text: &str) -> Result<u32, TapeError> {
        if let Some(id) = self.ids.get(text) {
            return Ok(*id);
        }
        let id = u32::try_from(self.ids.len())
            .map_err(|_| TapeError("more than 2^32 distinct strings in one batch".to_owned()))?;
        self.ids.insert(text.into(), id);
        self.fresh.push(text.into());
        Ok(id)
    }
}

/// A recorded answer: its nodes and the strings its interner numbered for it.
#[derive(Debug)]
pub(crate) struct Tape {
    nodes: Vec<Node>,
    fresh: Vec<Box<str>>,
}

impl Tape {
    /// Records what `value` serialises to, numbering its strings in `interner`. A tape must
    /// be built by the [`Strings`] that has learned every earlier tape of the same interner, in
    /// the order they were recorded.
    pub(crate) fn record<T: Serialize + ?Sized>(
        value: &T,
        interner: &mut Interner,
    ) -> Result<Self, TapeError> {
        let mut recorder = Recorder {
            nodes: Vec::new(),
            interner,
        };
        value.serialize(&mut recorder)?;
        let nodes = recorder.nodes;
        Ok(Self {
            nodes,
            fresh: std::mem::take(&mut interner.fresh),
        })
    }
}

/// `value` as a Python object, for a value converted on its own (no strings shared).
pub(crate) fn to_py<'py, T: Serialize + ?Sized>(
    py: Python<'py>,
    value: &T,
) -> PyResult<Bound<'py, PyAny>> {
    let tape = Tape::record(value, &mut Interner::default()).map_err(PyErr::from)?;
    Strings::default().build(py, tape)
}

/// Why an answer could not be recorded: a value outside what JSON (and the CLI's line) can
/// hold, such as a map key that is not a string or a 128-bit integer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TapeError(String);

impl fmt::Display for TapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for TapeError {}

impl ser::Error for TapeError {
    fn custom<M: fmt::Display>(message: M) -> Self {
        Self(message.to_string())
    }
}

impl TapeError {
    /// What the package reports in the answer's place: a bug, since every answer is JSON.
    pub(crate) fn internal(&self) -> String {
        format!("internal: an answer could not be converted: {self}")
    }
}

impl From<TapeError> for PyErr {
    fn from(e: TapeError) -> Self {
        PyRuntimeError::new_err(e.internal())
    }
}

/// The building side of one interner: the Python string of every number it has handed out.
#[derive(Default)]
pub(crate) struct Strings<'py> {
    known: Vec<Bound<'py, PyString>>,
}

impl<'py> Strings<'py> {
    /// The Python objects of a tape: dicts (in the recorded key order), lists, `str`, `int`,
    /// `float`, `bool` and `None`.
    pub(crate) fn build(&mut self, py: Python<'py>, tape: Tape) -> PyResult<Bound<'py, PyAny>> {
        self.known.reserve(tape.fresh.len());
        for text in tape.fresh {
            self.known.push(PyString::new(py, &text));
        }
        let mut nodes = tape.nodes.iter();
        let value = self.node(py, &mut nodes)?;
        if nodes.next().is_some() {
            return Err(malformed());
        }
        Ok(value)
    }

    fn node(
        &self,
        py: Python<'py>,
        nodes: &mut std::slice::Iter<'_, Node>,
    ) -> PyResult<Bound<'py, PyAny>> {
        Ok(match *nodes.next().ok_or_else(malformed)? {
            Node::Null => py.None().into_bound(py),
            Node::Bool(b) => PyBool::new(py, b).to_owned().into_any(),
            Node::Int(i) => i.into_pyobject(py)?.into_any(),
            Node::UInt(u) => u.into_pyobject(py)?.into_any(),
            Node::Float(x) => x.into_pyobject(py)?.into_any(),
            Node::Str(id) => self.string(id)?.clone().into_any(),
            Node::List(n) => {
                let list = PyList::empty(py);
                for _ in 0..n {
                    list.append(self.node(py, nodes)?)?;
                }
                list.into_any()
            }
            Node::Map(n) => {
                let dict = PyDict::new(py);
                for _ in 0..n {
                    let Some(Node::Str(key)) = nodes.next() else {
                        return Err(malformed());
                    };
                    dict.set_item(self.string(*key)?, self.node(py, nodes)?)?;
                }
                dict.into_any()
            }
        })
    }

    fn string(&self, id: u32) -> PyResult<&Bound<'py, PyString>> {
        usize::try_from(id)
            .ok()
            .and_then(|i| self.known.get(i))
            .ok_or_else(malformed)
    }
}

/// A tape that does not describe one value, or names a string not yet learned: a bug in this
/// module (or tapes built out of order), reported rather than a crash.
fn malformed() -> PyErr {
    PyRuntimeError::new_err("internal: a malformed answer tape")
}

/// Records the serde data model as nodes, as `serde_json` would write it.
struct Recorder<'a> {
    nodes: Vec<Node>,
    interner: &'a mut Interner,
}

impl<'b> Recorder<'b> {
    fn push_str(&mut self, text: &str) -> Result<(), TapeError> {
        let id = self.interner.id(text)?;
        self.nodes.push(Node::Str(id));
        Ok(())
    }

    /// `{variant: …}`, the one-key object of a variant with content; then the content.
    fn open_variant(&mut self, variant: &str) -> Result<(), TapeError> {
        self.nodes.push(Node::Map(1));
        self.push_str(variant)
    }

    /// Opens a list or map whose length is counted as its items are recorded.
    fn open<'a>(&'a mut self, node: Node) -> Compound<'a, 'b> {
        self.nodes.push(node);
        let at = self.nodes.len() - 1;
        Compound {
            recorder: self,
            at,
            items: 0,
        }
    }
}

fn count(n: u32) -> Result<u32, TapeError> {
    n.checked_add(1)
        .ok_or_else(|| TapeError("a list or map with more than 2^32 items".to_owned()))
}

/// A list or map being recorded: where its node is, and its items so far.
struct Compound<'a, 'b> {
    recorder: &'a mut Recorder<'b>,
    at: usize,
    items: u32,
}

impl Compound<'_, '_> {
    fn item<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), TapeError> {
        self.items = count(self.items)?;
        value.serialize(&mut *self.recorder)
    }

    fn entry<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), TapeError> {
        self.recorder.push_str(key)?;
        self.item(value)
    }

    fn close(self) -> Result<(), TapeError> {
        let items = self.items;
        match self.recorder.nodes.get_mut(self.at) {
            Some(Node::List(n) | Node::Map(n)) => *n = items,
            _ => return Err(TapeError("a list or map that was not opened".to_owned())),
        }
        Ok(())
    }
}

/// Serializer methods that hand a narrower number on to the method of its widest type.
macro_rules! widen {
    ($($method:ident($narrow:ty) => $wide:ident),* $(,)?) => {$(
        fn $method(self, v: $narrow) -> Result<(), TapeError> {
            self.$wide(v.into())
        }
    )*};
}

/// Key serializer methods that write an integer key as its decimal text, as `serde_json` does.
macro_rules! decimal_keys {
    ($($method:ident($integer:ty)),* $(,)?) => {$(
        fn $method(self, v: $integer) -> Result<(), TapeError> {
            self.0.push_str(&v.to_string())
        }
    )*};
}

impl<'a, 'b> ser::Serializer for &'a mut Recorder<'b> {
    type Ok = ();
    type Error = TapeError;
    type SerializeSeq = Compound<'a, 'b>;
    type SerializeTuple = Compound<'a, 'b>;
    type SerializeTupleStruct = Compound<'a, 'b>;
    type SerializeTupleVariant = Compound<'a, 'b>;
    type SerializeMap = Compound<'a, 'b>;
    type SerializeStruct = Compound<'a, 'b>;
    type SerializeStructVariant = Compound<'a, 'b>;

    fn serialize_bool(self, v: bool) -> Result<(), TapeError> {
        self.nodes.push(Node::Bool(v));
        Ok(())
    }
    widen!(
        serialize_i8(i8) => serialize_i64,
        serialize_i16(i16) => serialize_i64,
        serialize_i32(i32) => serialize_i64,
        serialize_u8(u8) => serialize_u64,
        serialize_u16(u16) => serialize_u64,
        serialize_u32(u32) => serialize_u64,
    );
    fn serialize_i64(self, v: i64) -> Result<(), TapeError> {
        self.nodes.push(Node::Int(v));
        Ok(())
    }
    fn serialize_u64(self, v: u64) -> Result<(), TapeError> {
        self.nodes.push(Node::UInt(v));
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Result<(), TapeError> {
        // `serde_json` writes an `f32` as its shortest decimal text, which a reader takes as
        // the nearest `f64` (for 0.1f32, 0.1 rather than 0.10000000149011612).
        match v.to_string().parse::<f64>() {
            Ok(x) if v.is_finite() => self.serialize_f64(x),
            _ => self.serialize_unit(),
        }
    }
    fn serialize_f64(self, v: f64) -> Result<(), TapeError> {
        // JSON has no NaN or infinity: `serde_json` writes them as `null`.
        self.nodes.push(if v.is_finite() {
            Node::Float(v)
        } else {
            Node::Null
        });
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), TapeError> {
        self.push_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<(), TapeError> {
        self.push_str(v)
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), TapeError> {
        // As `serde_json`: a list of numbers.
        let n = u32::try_from(v.len())
            .map_err(|_| TapeError("a byte string over 2^32 bytes".to_owned()))?;
        self.nodes.push(Node::List(n));
        self.nodes
            .extend(v.iter().map(|b| Node::UInt(u64::from(*b))));
        Ok(())
    }
    fn serialize_none(self) -> Result<(), TapeError> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), TapeError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), TapeError> {
        self.nodes.push(Node::Null);
        Ok(())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), TapeError> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), TapeError> {
        self.push_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), TapeError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), TapeError> {
        self.open_variant(variant)?;
        value.serialize(self)
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'a, 'b>, TapeError> {
        Ok(self.open(Node::List(0)))
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a, 'b>, TapeError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Compound<'a, 'b>, TapeError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Compound<'a, 'b>, TapeError> {
        self.open_variant(variant)?;
        self.serialize_seq(Some(len))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'a, 'b>, TapeError> {
        Ok(self.open(Node::Map(0)))
    }
    fn serialize_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Compound<'a, 'b>, TapeError> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Compound<'a, 'b>, TapeError> {
        self.open_variant(variant)?;
        self.serialize_map(Some(len))
    }
}

/// The serde traits of a list (a sequence, tuple, tuple struct or tuple variant's content): each
/// item as one more item.
macro_rules! list_traits {
    ($($trait:ident :: $method:ident),*) => {$(
        impl ser::$trait for Compound<'_, '_> {
            type Ok = ();
            type Error = TapeError;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), TapeError> {
                self.item(value)
            }
            fn end(self) -> Result<(), TapeError> {
                self.close()
            }
        }
    )*};
}

list_traits!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

/// The serde traits of a struct (or struct variant's content): each field as one more entry.
macro_rules! struct_traits {
    ($($trait:ident),*) => {$(
        impl ser::$trait for Compound<'_, '_> {
            type Ok = ();
            type Error = TapeError;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<(), TapeError> {
                self.entry(key, value)
            }
            fn end(self) -> Result<(), TapeError> {
                self.close()
            }
        }
    )*};
}

struct_traits!(SerializeStruct, SerializeStructVariant);

impl ser::SerializeMap for Compound<'_, '_> {
    type Ok = ();
    type Error = TapeError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), TapeError> {
        key.serialize(KeyRecorder(&mut *self.recorder))
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), TapeError> {
        self.item(value)
    }
    fn end(self) -> Result<(), TapeError> {
        self.close()
    }
}

/// A map key: a string, or what `serde_json` writes as one (a number, a `bool`, a `char`, a
/// unit variant's name, an option's value); anything else is an error, as in `serde_json`.
struct KeyRecorder<'a, 'b>(&'a mut Recorder<'b>);

impl KeyRecorder<'_, '_> {
    /// A float key: its shortest text, as `serde_json` writes it; not NaN or infinite.
    fn float(self, finite: bool, text: serde_json::Result<String>) -> Result<(), TapeError> {
        match text {
            Ok(text) if finite => self.0.push_str(&text),
            _ => Err(TapeError(
                "a map key that is not a finite number".to_owned(),
            )),
        }
    }
}

fn key_must_be_a_string() -> TapeError {
    TapeError("a map key that is not a string".to_owned())
}

impl ser::Serializer for KeyRecorder<'_, '_> {
    type Ok = ();
    type Error = TapeError;
    type SerializeSeq = Impossible<(), TapeError>;
    type SerializeTuple = Impossible<(), TapeError>;
    type SerializeTupleStruct = Impossible<(), TapeError>;
    type SerializeTupleVariant = Impossible<(), TapeError>;
    type SerializeMap = Impossible<(), TapeError>;
    type SerializeStruct = Impossible<(), TapeError>;
    type SerializeStructVariant = Impossible<(), TapeError>;

    fn serialize_bool(self, v: bool) -> Result<(), TapeError> {
        self.0.push_str(if v { "true" } else { "false" })
    }
    decimal_keys!(
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
    );
    fn serialize_f32(self, v: f32) -> Result<(), TapeError> {
        self.float(v.is_finite(), serde_json::to_string(&v))
    }
    fn serialize_f64(self, v: f64) -> Result<(), TapeError> {
        self.float(v.is_finite(), serde_json::to_string(&v))
    }
    fn serialize_char(self, v: char) -> Result<(), TapeError> {
        self.0.push_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<(), TapeError> {
        self.0.push_str(v)
    }
    fn serialize_bytes(self, _v: &[u8]) -> Result<(), TapeError> {
        Err(key_must_be_a_string())
    }
    fn serialize_none(self) -> Result<(), TapeError> {
        Err(key_must_be_a_string())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), TapeError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), TapeError> {
        Err(key_must_be_a_string())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), TapeError> {
        Err(key_must_be_a_string())
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), TapeError> {
        self.0.push_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), TapeError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), TapeError> {
        Err(key_must_be_a_string())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, TapeError> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, TapeError> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct, TapeError> {
        Err(key_must_be_a_string())
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, TapeError> {
        Err(key_must_be_a_string())
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, TapeError> {
        Err(key_must_be_a_string())
    }
    fn serialize_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStruct, TapeError> {
        Err(key_must_be_a_string())
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, TapeError> {
        Err(key_must_be_a_string())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde::Serialize;
    use serde_json::{Value, json};

    use super::{Interner, Node, Tape};

    /// The building side of an interner, without Python: every string it has learned.
    #[derive(Default)]
    struct Learned(Vec<Box<str>>);

    impl Learned {
        /// What [`super::Strings::build`] makes of a tape, as a `Value`.
        fn build(&mut self, tape: Tape) -> Value {
            self.0.extend(tape.fresh);
            let mut nodes = tape.nodes.iter();
            let value = self.node(&mut nodes);
            assert!(nodes.next().is_none(), "nodes left over");
            value
        }

        fn node(&self, nodes: &mut std::slice::Iter<'_, Node>) -> Value {
            match *nodes.next().expect("a node") {
                Node::Null => Value::Null,
                Node::Bool(b) => b.into(),
                Node::Int(i) => i.into(),
                Node::UInt(u) => u.into(),
                Node::Float(x) => x.into(),
                Node::Str(id) => Value::String(self.0[id as usize].to_string()),
                Node::List(n) => Value::Array((0..n).map(|_| self.node(nodes)).collect()),
                Node::Map(n) => Value::Object(
                    (0..n)
                        .map(|_| {
                            let Some(Node::Str(key)) = nodes.next() else {
                                panic!("a map key that is not a string")
                            };
                            (self.0[*key as usize].to_string(), self.node(nodes))
                        })
                        .collect(),
                ),
            }
        }
    }

    /// What a reader of `serde_json`'s text for `value` gets (as `json.loads` does).
    fn as_read<T: Serialize + ?Sized>(value: &T) -> Value {
        serde_json::from_str(&serde_json::to_string(value).unwrap()).unwrap()
    }

    fn recorded<T: Serialize + ?Sized>(value: &T) -> Value {
        let tape = Tape::record(value, &mut Interner::default()).unwrap();
        Learned::default().build(tape)
    }

    #[derive(Serialize)]
    enum Shape {
        Unit,
        Newtype(u8),
        Tuple(i32, String),
        Struct { a: Option<f32>, b: Vec<char> },
    }

    #[derive(Serialize)]
    #[serde(untagged)]
    enum Either {
        Number(i64),
        Text(&'static str),
    }

    #[derive(Serialize)]
    struct Inner {
        x: u64,
        y: Either,
    }

    #[derive(Serialize)]
    struct Outer<'a> {
        name: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        skipped: Option<u8>,
        #[serde(flatten)]
        inner: Inner,
        shapes: Vec<Shape>,
        #[serde(with = "serde_bytes_as_seq")]
        bytes: &'a [u8],
        pair: (bool, ()),
        floats: [f64; 5],
        single: f32,
        unit: Unit,
        wrapped: Wrapped,
    }

    #[derive(Serialize)]
    struct Unit;

    #[derive(Serialize)]
    struct Wrapped(&'static str);

    /// `&[u8]` through `serialize_bytes` (serde's default for a slice is a sequence).
    mod serde_bytes_as_seq {
        pub(super) fn serialize<S: serde::Serializer>(v: &[u8], s: S) -> Result<S::Ok, S::Error> {
            s.serialize_bytes(v)
        }
    }

    #[test]
    fn records_what_serde_json_writes() {
        let outer = Outer {
            name: "näme \"quoted\" \u{1F600}",
            skipped: None,
            inner: Inner {
                x: u64::MAX,
                y: Either::Text("t"),
            },
            shapes: vec![
                Shape::Unit,
                Shape::Newtype(7),
                Shape::Tuple(i32::MIN, "s".to_owned()),
                Shape::Struct {
                    a: Some(0.1),
                    b: vec!['é', 'x'],
                },
                Shape::Struct { a: None, b: vec![] },
            ],
            bytes: &[0, 255, 10],
            pair: (true, ()),
            floats: [0.1, -0.0, 1e300, f64::NAN, f64::NEG_INFINITY],
            single: f32::INFINITY,
            unit: Unit,
            wrapped: Wrapped("w"),
        };
        assert_eq!(recorded(&outer), as_read(&outer));
        assert_eq!(recorded(&Either::Number(-3)), json!(-3));
        assert_eq!(recorded(&0.1f32), json!(0.1));
    }

    #[test]
    fn map_keys_are_written_as_serde_json_writes_them() {
        let numbers: BTreeMap<i64, &str> = [(-1, "a"), (20, "b")].into();
        assert_eq!(recorded(&numbers), as_read(&numbers));
        let flags: BTreeMap<bool, u8> = [(false, 0), (true, 1)].into();
        assert_eq!(recorded(&flags), as_read(&flags));
        let chars: BTreeMap<char, u8> = [('k', 0)].into();
        assert_eq!(recorded(&chars), as_read(&chars));
        let optional: BTreeMap<Option<&str>, u8> = [(Some("o"), 0)].into();
        assert_eq!(recorded(&optional), as_read(&optional));
        let floats: Vec<(f64, u8)> = vec![(1e20, 0), (0.5, 1)];
        let floats = Floats(floats);
        assert_eq!(recorded(&floats), as_read(&floats));
    }

    /// A map with float keys (no `Ord` for `f64`).
    struct Floats(Vec<(f64, u8)>);

    impl Serialize for Floats {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_map(self.0.iter().map(|(k, v)| (*k, *v)))
        }
    }

    #[test]
    fn refuses_keys_serde_json_refuses() {
        let lists: BTreeMap<Vec<u8>, u8> = [(vec![1], 0)].into();
        assert!(serde_json::to_string(&lists).is_err());
        let error = Tape::record(&lists, &mut Interner::default()).unwrap_err();
        assert_eq!(error.to_string(), "a map key that is not a string");
        let nan = Floats(vec![(f64::NAN, 0)]);
        assert!(serde_json::to_string(&nan).is_err());
        assert!(Tape::record(&nan, &mut Interner::default()).is_err());
    }

    #[test]
    fn a_string_is_carried_once_per_interner() {
        let mut interner = Interner::default();
        let mut learned = Learned::default();
        let first = json!({"code": "x", "message": "same"});
        let second = json!({"code": "y", "message": "same"});
        let tape = Tape::record(&first, &mut interner).unwrap();
        assert_eq!(tape.fresh.len(), 4);
        assert_eq!(learned.build(tape), first);
        let tape = Tape::record(&second, &mut interner).unwrap();
        assert_eq!(tape.fresh, vec!["y".into()]);
        assert_eq!(learned.build(tape), second);
    }

    #[test]
    fn a_failed_record_hands_its_new_strings_to_the_next_tape() {
        let mut interner = Interner::default();
        let mut learned = Learned::default();
        // "new" is numbered before the key that cannot be written is met.
        let bad: Vec<BTreeMap<Vec<u8>, u8>> = vec![[(vec![1], 0)].into()];
        let both = (json!("new"), bad);
        assert!(Tape::record(&both, &mut interner).is_err());
        let tape = Tape::record(&json!(["new", "newer"]), &mut interner).unwrap();
        assert_eq!(learned.build(tape), json!(["new", "newer"]));
    }

    #[test]
    fn records_every_example_line_as_the_cli_writes_it() {
        use ai_openness::pipeline::Pipeline;
        use ai_openness::results::{Detail, DocumentResult, Target};

        let examples = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples");
        let pipeline = Pipeline::default();
        let targets = Target::defaults(&[], &[]);
        let mut interner = Interner::default();
        let mut learned = Learned::default();
        let mut seen = 0;
        for entry in std::fs::read_dir(examples).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "yaml") {
                continue;
            }
            let processed = pipeline.process_path(&path).unwrap();
            let result = DocumentResult::new(path.display().to_string(), &processed, &targets);
            for detail in Detail::ALL {
                let line = result.json_line(*detail);
                let tape = Tape::record(&line, &mut interner).unwrap();
                assert_eq!(learned.build(tape), as_read(&line), "{}", path.display());
            }
            seen += 1;
        }
        assert!(seen >= 8, "{seen} examples");
    }
}
