//! Bundles every `data/**/*.ron` into the binary: one file per entry means the list changes
//! with each new entry, so it is generated rather than kept by hand in `dataset/load.rs`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let mut files = Vec::new();
    collect(Path::new("data"), &mut files);
    files.sort();
    let mut out = String::from("&[\n");
    for f in &files {
        let rel = f.to_string_lossy().replace('\\', "/");
        let abs = std::fs::canonicalize(f).expect("data file path");
        writeln!(
            out,
            "    ({rel:?}, include_str!({:?})),",
            abs.to_string_lossy()
        )
        .unwrap();
    }
    out.push_str("]\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("bundled.rs");
    std::fs::write(dest, out).unwrap();
    println!("cargo::rerun-if-changed=data");
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    println!("cargo::rerun-if-changed={}", dir.display());
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, files);
        } else if p.extension().is_some_and(|x| x == "ron") {
            files.push(p);
        }
    }
}
