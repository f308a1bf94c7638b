//! Screen captures of the explorer as plain text, drawn with ratatui's `TestBackend`.
//!
//! `cargo run --example capture` rewrites `assets/screen-80x24.txt` and
//! `assets/screen-120x40.txt` (the README shows them), and `assets/keys.md`, the key table
//! generated from the keymap.
//! `cargo run --example capture -- 100x30 anest '<Enter>' '<Tab>'` prints one screen after
//! typing the given text and keys (`<Enter>`, `<Tab>`, `<BackTab>`, `<Down>`, `<Up>`, `<Esc>`,
//! `<PgDn>`, `<PgUp>`, `<Backspace>`, `<Left>`, `<Right>`, `<F1>`, `<Alt-Left>`; anything else
//! is typed); add `--ascii` or `--color` to change the options.

use std::sync::Arc;

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::{Terminal, backend::TestBackend};
use yrke::app::App;
use yrke::search::Index;
use yrke::ui::{self, Options};

fn key(code: KeyCode, mods: KeyModifiers) -> Event {
    Event::Key(KeyEvent::new(code, mods))
}

fn events(token: &str) -> Vec<Event> {
    let none = KeyModifiers::NONE;
    let named = match token {
        "<Enter>" => Some(key(KeyCode::Enter, none)),
        "<Tab>" => Some(key(KeyCode::Tab, none)),
        "<BackTab>" => Some(key(KeyCode::BackTab, KeyModifiers::SHIFT)),
        "<Down>" => Some(key(KeyCode::Down, none)),
        "<Up>" => Some(key(KeyCode::Up, none)),
        "<Esc>" => Some(key(KeyCode::Esc, none)),
        "<PgDn>" => Some(key(KeyCode::PageDown, none)),
        "<PgUp>" => Some(key(KeyCode::PageUp, none)),
        "<Backspace>" => Some(key(KeyCode::Backspace, none)),
        "<Left>" => Some(key(KeyCode::Left, none)),
        "<Right>" => Some(key(KeyCode::Right, none)),
        "<F1>" => Some(key(KeyCode::F(1), none)),
        "<Alt-Left>" => Some(key(KeyCode::Left, KeyModifiers::ALT)),
        _ => None,
    };
    match named {
        Some(e) => vec![e],
        None => token.chars().map(|c| key(KeyCode::Char(c), none)).collect(),
    }
}

fn screen(w: u16, h: u16, tokens: &[&str], opts: Options) -> String {
    let data = Arc::new(yrke::dataset::bundled().expect("the bundled dataset loads"));
    let index = Arc::new(Index::new(&data));
    let mut app = App::new(data, index, yrke::ui::measure());
    app.handle_event(&Event::Resize(w, h));
    for t in tokens {
        for e in events(t) {
            app.handle_event(&e);
        }
    }
    let mut term = Terminal::new(TestBackend::new(w, h)).expect("a test terminal");
    term.draw(|f| ui::draw(f, &app, &opts)).expect("drawing");
    ui::buffer_text(term.backend().buffer())
}

/// What the README captures show: a search for "anest", the first hit opened.
const README_KEYS: &[&str] = &["anest", "<Enter>"];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opts = Options {
        color: args.iter().any(|a| a == "--color"),
        ascii: args.iter().any(|a| a == "--ascii"),
    };
    let rest: Vec<&str> = args
        .iter()
        .map(String::as_str)
        .filter(|a| !a.starts_with("--"))
        .collect();
    if let Some((size, tokens)) = rest.split_first() {
        let (w, h) = size
            .split_once('x')
            .and_then(|(w, h)| Some((w.parse().ok()?, h.parse().ok()?)))
            .expect("first argument: WIDTHxHEIGHT, e.g. 80x24");
        print!("{}", screen(w, h, tokens, opts));
        return;
    }
    for (w, h) in [(80, 24), (120, 40)] {
        let path = format!("{}/assets/screen-{w}x{h}.txt", env!("CARGO_MANIFEST_DIR"));
        std::fs::write(&path, screen(w, h, README_KEYS, opts)).expect("writing the capture");
        println!("skrev {path}");
    }
    let keys = format!("{}/assets/keys.md", env!("CARGO_MANIFEST_DIR"));
    std::fs::write(&keys, ui::help::keys_markdown()).expect("writing the key table");
    println!("skrev {keys}");
}
