//! The layers point one way: a module reaches only modules below it, by `use` lines and inline
//! `crate::x::…` paths alike. See ARCHITECTURE.md for the picture.

use std::path::Path;

/// Lowest first. A module may use modules of lower layers and itself, never its own layer's
/// other modules or anything above.
const LAYERS: &[&[&str]] = &[
    &["text", "collate", "lang"],
    &["error"],
    &["dataset"],
    &["search", "config", "input"],
    &["app", "plain"],
    &["ui"],
    &["term", "serve"],
    &["cli"],
];

fn layer(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

/// Every `crate::name` a file mentions, including `crate::{a, b::c}` groups.
fn crate_refs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices("crate::") {
        let rest = &text[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for part in group[..end].split(',') {
                let name: String = part
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    out.push(name);
                }
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            out.push(name);
        }
    }
    out
}

fn walk(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, files);
        } else if p.extension().is_some_and(|x| x == "rs") {
            files.push(p);
        }
    }
}

#[test]
fn no_module_reaches_a_higher_layer() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&src, &mut files);
    let mut wrong = Vec::new();
    for f in files {
        let rel = f.strip_prefix(&src).unwrap();
        let module = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_string();
        if module == "lib" || module == "main" {
            continue;
        }
        let own =
            layer(&module).unwrap_or_else(|| panic!("{module} is in no layer: add it to LAYERS"));
        let text = std::fs::read_to_string(&f).unwrap();
        for name in crate_refs(&text) {
            if name == module {
                continue;
            }
            match layer(&name) {
                Some(l) if l < own => {}
                Some(_) => wrong.push(format!("{}: {module} → {name}", rel.display())),
                None => wrong.push(format!("{}: unknown crate::{name}", rel.display())),
            }
        }
    }
    assert!(wrong.is_empty(), "layer violations:\n{}", wrong.join("\n"));
}

#[test]
fn the_scanner_sees_grouped_and_inline_paths() {
    let refs = crate_refs("use crate::{app::App, ui};\nlet d = crate::cli::load(x);");
    assert_eq!(refs, ["app", "ui", "cli"]);
}
