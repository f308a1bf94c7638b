//! `assets/` is what `cargo run --example gen-assets` writes: the shell completions and the
//! man pages in bokmål (`assets/man/`) and nynorsk (`assets/man/nn/`). A change to the help
//! that is not regenerated fails here, and so does a page left over from a removed command.

use std::path::Path;

#[allow(dead_code)]
#[path = "../examples/gen-assets.rs"]
mod gen_assets;

#[test]
fn assets_are_what_the_generator_writes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
    let tmp = tempfile::tempdir().unwrap();
    let written = gen_assets::generate(tmp.path(), "").unwrap();
    let mut stale = Vec::new();
    for path in &written {
        let rel = path.strip_prefix(tmp.path()).unwrap();
        let fresh = std::fs::read_to_string(path).unwrap();
        let stored = std::fs::read_to_string(root.join(rel)).unwrap_or_default();
        if fresh != stored {
            stale.push(rel.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "assets/ differs from the generator; run `cargo run --example gen-assets` and commit: {stale:#?}"
    );
    for lang in yrke::lang::Lang::ALL {
        let dir = root.join(gen_assets::man_dir(lang));
        for page in std::fs::read_dir(&dir).unwrap().flatten() {
            let p = page.path();
            if p.extension().is_some_and(|e| e == "1") {
                let rel = p.strip_prefix(&root).unwrap();
                assert!(
                    written.iter().any(|w| w.ends_with(rel)),
                    "{} is not written by the generator any more; remove it",
                    rel.display()
                );
            }
        }
    }
}

#[test]
fn the_nynorsk_man_page_is_in_nynorsk() {
    let page = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/man/nn/yrke-show.1"
    ))
    .unwrap();
    for want in [
        ".SH NAMN",
        ".SH SKILDRING",
        ".SH VAL",
        "Brukarrettleiing for yrke",
        "eitt yrke",
    ] {
        assert!(page.contains(want), "{want:?} missing");
    }
}
