//! No text in the data may carry terminal control: every string of every file is checked, and
//! the problem names where it is (entry.field) and shows the character escaped.

use serde_json::Value;

use super::Checker;
use crate::dataset::model::DataFile;
use crate::text::is_control;

pub(super) fn check(c: &mut Checker, file: &DataFile) {
    // Walking the serialised value reaches every string field, present and future, by name.
    let Ok(value) = serde_json::to_value(file) else {
        return;
    };
    let Value::Object(lists) = value else { return };
    for (list, items) in &lists {
        match items {
            Value::Array(items) => {
                for item in items {
                    let owner = item
                        .get("id")
                        .and_then(Value::as_str)
                        .unwrap_or(list.as_str())
                        .to_string();
                    walk(c, &owner, "", item);
                }
            }
            other => walk(c, list, "", other),
        }
    }
}

fn walk(c: &mut Checker, owner: &str, path: &str, v: &Value) {
    match v {
        Value::String(s) => {
            if let Some(bad) = s.chars().find(|&ch| is_control(ch)) {
                let field = if path.is_empty() { "tekst" } else { path };
                c.push(
                    owner,
                    field,
                    format!(
                        "inneholder styretegnet \\u{{{:x}}}; tekst kan ikke styre terminalen",
                        bad as u32
                    ),
                );
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(c, owner, &format!("{path}[{i}]"), item);
            }
        }
        Value::Object(fields) => {
            for (k, item) in fields {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                walk(c, owner, &p, item);
            }
        }
        _ => {}
    }
}
