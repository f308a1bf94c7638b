//! Bytes sent to the terminal for a scripted session at 80×24, through the real crossterm
//! backend and the explorer's own frame path (`term::event_loop::draw_frame`, synchronized
//! output included), writing into a buffer instead of a tty.
//!
//! The figure is bytes, not time, so this is a plain program: `cargo bench --bench bandwidth`.
//! It prints a table and exits 1 if a budget is broken (≤ 8 KB first frame, ≤ 1.5 KB median
//! per typed key).

use std::process::ExitCode;
use std::sync::Arc;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::{TerminalOptions, Viewport};

use yrke::app::App;
use yrke::search::Index;
use yrke::term::event_loop::{FrameBuffer, draw_frame};
use yrke::term::setup;
use yrke::ui::Options;

const FIRST_FRAME_BUDGET: usize = 8 * 1024;
const KEY_MEDIAN_BUDGET: usize = 1536;

struct Session {
    app: App,
    term: Terminal<CrosstermBackend<FrameBuffer>>,
    out: FrameBuffer,
    opts: Options,
}

impl Session {
    fn new(opts: Options) -> Session {
        let data = Arc::new(yrke::dataset::bundled().expect("bundled dataset"));
        let index = Arc::new(Index::new(&data));
        let out = FrameBuffer::default();
        let term = Terminal::with_options(
            CrosstermBackend::new(out.clone()),
            TerminalOptions {
                viewport: Viewport::Fixed(Rect::new(0, 0, 80, 24)),
            },
        )
        .expect("fixed viewport");
        let mut app = App::new(data, index, yrke::ui::measure());
        // As `term::run_explorer` does: the app pages and scrolls for the size it knows.
        app.handle_event(&Event::Resize(80, 24));
        Session {
            app,
            term,
            out,
            opts,
        }
    }

    fn frame(&mut self) -> usize {
        draw_frame(&mut self.term, &self.app, &self.opts).expect("draw into a buffer");
        self.out.take().len()
    }

    /// One key, then a frame only if the app says something changed (as the event loop does).
    fn key(&mut self, code: KeyCode) -> usize {
        let ev = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
        if self.app.handle_event(&ev) {
            self.frame()
        } else {
            0
        }
    }

    fn keys(&mut self, codes: impl IntoIterator<Item = KeyCode>) -> Vec<usize> {
        codes.into_iter().map(|c| self.key(c)).collect()
    }

    fn typed(&mut self, text: &str) -> Vec<usize> {
        self.keys(text.chars().map(KeyCode::Char))
    }
}

struct Report {
    rows: Vec<(String, Vec<usize>)>,
}

impl Report {
    fn add(&mut self, what: &str, bytes: Vec<usize>) {
        self.rows.push((what.to_owned(), bytes));
    }
}

fn median(v: &[usize]) -> usize {
    let mut s = v.to_vec();
    s.sort_unstable();
    match s.len() {
        0 => 0,
        n if n % 2 == 1 => s[n / 2],
        n => (s[n / 2 - 1] + s[n / 2]) / 2,
    }
}

fn run(opts: Options) -> (Report, usize, Vec<usize>) {
    let mut s = Session::new(opts);
    let mut r = Report { rows: Vec::new() };
    r.add(
        "oppsett (alternativ skjerm, tøm, skjul markør)",
        vec![setup::enter_sequence(false).len()],
    );
    let first = s.frame();
    r.add("første bilde", vec![first]);

    let mut typed = s.typed("røntgen");
    r.add("skrive «røntgen», per tast", typed.clone());
    r.add("åpne treffet (Enter)", s.keys([KeyCode::Enter]));
    r.add("rulle detaljer (PgDn ×3)", s.keys([KeyCode::PageDown; 3]));
    r.add("rulle detaljer (↓ ×5)", s.keys([KeyCode::Down; 5]));
    r.add(
        "følge relatert lenke (Tab til Relaterte, Enter)",
        s.keys([KeyCode::Tab, KeyCode::Enter]),
    );
    r.add("tilbake (←)", s.keys([KeyCode::Left]));
    r.add("bytte rute (Tab ×3)", s.keys([KeyCode::Tab; 3]));
    r.add("tømme søket (Esc)", s.keys([KeyCode::Esc]));
    let again = s.typed("anestesi");
    r.add("skrive «anestesi», per tast", again.clone());
    let backspaces = s.keys([KeyCode::Backspace; 8]);
    r.add("slette søket, per tast", backspaces.clone());
    r.add("flytte i listen (↓ ×5)", s.keys([KeyCode::Down; 5]));
    assert!(
        !s.app.should_quit(),
        "the script must not quit the explorer"
    );
    typed.extend(backspaces);
    typed.extend(again);
    (r, first, typed)
}

fn print(title: &str, report: &Report) {
    println!("\n{title}\n");
    println!("| hva | bilder | byte i alt | median | maks |");
    println!("|---|---:|---:|---:|---:|");
    for (what, bytes) in &report.rows {
        let sent: Vec<usize> = bytes.iter().copied().filter(|&b| b > 0).collect();
        println!(
            "| {what} | {} | {} | {} | {} |",
            sent.len(),
            bytes.iter().sum::<usize>(),
            median(bytes),
            bytes.iter().max().copied().unwrap_or(0)
        );
    }
}

fn main() -> ExitCode {
    let mut ok = true;
    for (title, opts) in [
        (
            "80×24, farger, UTF-8",
            Options {
                color: true,
                ascii: false,
            },
        ),
        (
            "80×24, NO_COLOR, ASCII",
            Options {
                color: false,
                ascii: true,
            },
        ),
    ] {
        let (report, first, keys) = run(opts);
        print(title, &report);
        let med = median(&keys);
        let max = keys.iter().max().copied().unwrap_or(0);
        println!(
            "\nførste bilde {first} B (budsjett {FIRST_FRAME_BUDGET}); \
             per skrevet tast median {med} B, maks {max} B (budsjett median {KEY_MEDIAN_BUDGET})"
        );
        ok &= first <= FIRST_FRAME_BUDGET && med <= KEY_MEDIAN_BUDGET;
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        eprintln!("over budsjett");
        ExitCode::FAILURE
    }
}
