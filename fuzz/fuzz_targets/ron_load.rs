//! The RON loader a school's own `--data` files go through: parse (with NFC), then merge and
//! validate. Any text must give a dataset or an error, never a panic; and an error message
//! stays short, however long the junk it quotes.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use yrke::dataset::load::from_files;
use yrke::dataset::{Date, Strictness, parse_file};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match parse_file(Path::new("skolen.ron"), text) {
        Ok(file) => {
            let today = Date::from_days(20_000);
            let _ = from_files(vec![file], Strictness::Own, today);
        }
        Err(e) => assert!(e.to_string().len() < 1024, "{} bytes", e.to_string().len()),
    }
});
