//! JSON values as Python objects: objects as `dict` (in the JSON's key order), arrays as
//! `list`, numbers as `int` or `float`, built directly from `serde_json::Value` (no JSON text in
//! between).

use ai_openness::Diagnostic;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use serde_json::Value;

/// `value` as a Python object.
pub(crate) fn to_py<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => b.into_pyobject(py)?.to_owned().into_any(),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any()
            } else if let Some(u) = n.as_u64() {
                u.into_pyobject(py)?.into_any()
            } else {
                n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any()
            }
        }
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(to_py(py, item)?)?;
            }
            list.into_any()
        }
        Value::Object(fields) => {
            let dict = PyDict::new(py);
            for (key, item) in fields {
                dict.set_item(PyString::new(py, key), to_py(py, item)?)?;
            }
            dict.into_any()
        }
    })
}

/// A diagnostic as the CLI writes it in JSON.
pub(crate) fn to_json(diagnostic: &Diagnostic) -> Value {
    serde_json::to_value(diagnostic)
        .unwrap_or_else(|e| Value::String(format!("unserialisable diagnostic: {e}")))
}
