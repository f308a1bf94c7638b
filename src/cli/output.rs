//! Where plain output goes and how it may look: colour only on a terminal that allows it,
//! wrapped to the terminal's width or to 80 columns when writing to a pipe or a file.

use std::io::IsTerminal;

use super::{ColorChoice, Global};
use crate::plain::Paint;

/// Width used when stdout is not a terminal (or its size is unknown).
pub const DEFAULT_WIDTH: usize = 80;
/// Narrower than this, wrapping would put a word or two on each line; wrap wider instead.
const MIN_WIDTH: usize = 20;

/// How plain output is rendered for this run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Output {
    pub paint: Paint,
    pub width: usize,
    /// Transliterate to 7-bit ASCII: `--ascii`, or a terminal whose locale is not UTF-8.
    /// Never for a pipe or a file on its own account: documents keep their letters.
    pub ascii: bool,
}

impl Output {
    /// Decide from the flags, the environment and stdout.
    pub fn detect(global: &Global) -> Output {
        let tty = std::io::stdout().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").map(|v| v.to_string_lossy().into_owned());
        let term = std::env::var_os("TERM").map(|v| v.to_string_lossy().into_owned());
        let columns = std::env::var("COLUMNS").ok();
        Output {
            paint: Paint::new(use_color(
                global.color,
                tty,
                no_color.as_deref(),
                term.as_deref(),
            )),
            width: choose_width(global.width, columns.as_deref(), terminal_width),
            ascii: global.ascii
                || (tty
                    && !crate::config::env::locale_is_utf8(
                        &crate::config::env::EnvSnapshot::from_process(),
                    )),
        }
    }

    /// A document as text for this output: transliterated first when the terminal can't
    /// show UTF-8 (so it wraps as it will be shown), then wrapped and painted.
    pub fn text(&self, doc: crate::plain::Doc) -> String {
        let doc = if self.ascii { doc.into_ascii() } else { doc };
        doc.to_text(self.width, self.paint)
    }
}

/// The terminal's width: stdout's when it is one; when stdout is a pipe (`yrke show lege |
/// less`), the width of the terminal the user sits at, found through stderr or /dev/tty.
fn terminal_width() -> Option<usize> {
    let reachable = std::io::stdout().is_terminal()
        || std::io::stderr().is_terminal()
        || std::fs::File::open("/dev/tty").is_ok();
    reachable
        .then(|| ratatui::crossterm::terminal::size().ok())
        .flatten()
        .map(|(w, _)| usize::from(w))
        .filter(|w| *w > 0)
}

/// `--width`, else `$COLUMNS`, else the terminal's width, else 80.
pub fn choose_width(
    flag: Option<usize>,
    columns: Option<&str>,
    terminal: impl FnOnce() -> Option<usize>,
) -> usize {
    let from_env = columns
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|w| *w > 0);
    width(flag.filter(|w| *w > 0).or(from_env).or_else(terminal))
}

/// Colour for plain output. Never into a pipe or a file, whatever the flag says, so scripts
/// and documents never receive escape codes. On a terminal, `--color always|never` wins over
/// NO_COLOR (no-color.org: an explicit flag overrides it); on auto, NO_COLOR with any
/// non-empty value or TERM=dumb turns colour off.
pub fn use_color(
    choice: ColorChoice,
    stdout_tty: bool,
    no_color: Option<&str>,
    term: Option<&str>,
) -> bool {
    if !stdout_tty {
        return false;
    }
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            no_color.is_none_or(str::is_empty) && term.map(str::trim) != Some("dumb")
        }
    }
}

/// The wrapping width: the terminal's, or 80 when there is none.
pub fn width(terminal: Option<usize>) -> usize {
    match terminal {
        Some(w) if w > 0 => w.max(MIN_WIDTH),
        _ => DEFAULT_WIDTH,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_colour_into_a_pipe() {
        for choice in [ColorChoice::Auto, ColorChoice::Always, ColorChoice::Never] {
            assert!(!use_color(choice, false, None, Some("xterm")), "{choice:?}");
        }
    }

    #[test]
    fn no_color_with_a_value_turns_auto_off_but_not_always() {
        assert!(use_color(ColorChoice::Auto, true, None, Some("xterm")));
        assert!(use_color(ColorChoice::Auto, true, Some(""), Some("xterm")));
        assert!(!use_color(
            ColorChoice::Auto,
            true,
            Some("1"),
            Some("xterm")
        ));
        assert!(use_color(
            ColorChoice::Always,
            true,
            Some("1"),
            Some("xterm")
        ));
        assert!(!use_color(ColorChoice::Never, true, None, Some("xterm")));
        assert!(!use_color(ColorChoice::Auto, true, None, Some("dumb")));
    }

    #[test]
    fn width_falls_back_to_80() {
        assert_eq!(width(None), 80);
        assert_eq!(width(Some(0)), 80);
        assert_eq!(width(Some(132)), 132);
        assert_eq!(width(Some(5)), MIN_WIDTH);
    }
}
