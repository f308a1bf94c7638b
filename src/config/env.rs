//! What the environment allows: a terminal at all, colour, and which characters.
//! Decided once, before anything is written, from flags and plain values so it is testable.

use super::ColorChoice;
use crate::lang::{CliMsg, Lang};

/// The environment values that matter, read once (tests build these by hand).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EnvSnapshot {
    pub term: Option<String>,
    pub no_color: Option<String>,
    pub lc_all: Option<String>,
    pub lc_ctype: Option<String>,
    pub lang: Option<String>,
    pub stdin_tty: bool,
    pub stdout_tty: bool,
}

impl EnvSnapshot {
    pub fn from_process() -> EnvSnapshot {
        use std::io::IsTerminal;
        let var = |name: &str| std::env::var_os(name).map(|v| v.to_string_lossy().into_owned());
        EnvSnapshot {
            term: var("TERM"),
            no_color: var("NO_COLOR"),
            lc_all: var("LC_ALL"),
            lc_ctype: var("LC_CTYPE"),
            lang: var("LANG"),
            stdin_tty: std::io::stdin().is_terminal(),
            stdout_tty: std::io::stdout().is_terminal(),
        }
    }
}

/// Why the explorer cannot start here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoTerminal {
    NotATty,
    Dumb,
}

impl NoTerminal {
    /// A message in `l` pointing at the plain-text commands; printed with no escape codes.
    pub fn message(self, l: Lang) -> String {
        let why = match self {
            NoTerminal::NotATty => CliMsg::NotATty,
            NoTerminal::Dumb => CliMsg::DumbTerminal,
        };
        format!("{}\n{}", l.t(why), l.t(CliMsg::UsePlainCommands))
    }
}

/// Can the full-screen explorer run here?
pub fn check_terminal(env: &EnvSnapshot) -> Result<(), NoTerminal> {
    if !env.stdin_tty || !env.stdout_tty {
        return Err(NoTerminal::NotATty);
    }
    if env.term.as_deref().map(str::trim) == Some("dumb") {
        return Err(NoTerminal::Dumb);
    }
    Ok(())
}

/// Colour on or off. `--color always|never` wins (no-color.org: a command-line flag overrides
/// NO_COLOR); on auto, NO_COLOR set to anything non-empty, a non-tty stdout or a monochrome
/// TERM turns colour off.
pub fn use_color(choice: ColorChoice, env: &EnvSnapshot) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            let no_color = env.no_color.as_deref().is_some_and(|v| !v.is_empty());
            !no_color && env.stdout_tty && !monochrome_term(env.term.as_deref())
        }
    }
}

/// Terminal types known to have no colour (the terminfo `-m`/`-mono` convention, old VTs).
fn monochrome_term(term: Option<&str>) -> bool {
    let Some(t) = term else { return false };
    let t = t.trim().to_ascii_lowercase();
    t.ends_with("-m")
        || t.ends_with("-mono")
        || matches!(t.as_str(), "vt52" | "vt100" | "vt102" | "vt220" | "vt320")
}

/// Whether the locale's character set is UTF-8. POSIX precedence: the first non-empty of
/// LC_ALL, LC_CTYPE, LANG decides; none set means the C locale, which is ASCII.
pub fn locale_is_utf8(env: &EnvSnapshot) -> bool {
    let chosen = [&env.lc_all, &env.lc_ctype, &env.lang]
        .into_iter()
        .flatten()
        .find(|v| !v.is_empty());
    match chosen {
        Some(v) => {
            let v = v.to_ascii_lowercase();
            v.contains("utf-8") || v.contains("utf8")
        }
        None => false,
    }
}

/// Plain ASCII borders and symbols: asked for, or the locale cannot promise UTF-8.
pub fn use_ascii(flag: bool, env: &EnvSnapshot) -> bool {
    flag || !locale_is_utf8(env)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tty() -> EnvSnapshot {
        EnvSnapshot {
            term: Some("xterm-256color".into()),
            lang: Some("nb_NO.UTF-8".into()),
            stdin_tty: true,
            stdout_tty: true,
            ..EnvSnapshot::default()
        }
    }

    #[test]
    fn needs_both_ends_to_be_a_tty_and_a_real_term() {
        assert_eq!(check_terminal(&tty()), Ok(()));
        let mut e = tty();
        e.stdin_tty = false;
        assert_eq!(check_terminal(&e), Err(NoTerminal::NotATty));
        let mut e = tty();
        e.stdout_tty = false;
        assert_eq!(check_terminal(&e), Err(NoTerminal::NotATty));
        let mut e = tty();
        e.term = Some("dumb".into());
        assert_eq!(check_terminal(&e), Err(NoTerminal::Dumb));
        // No TERM at all still works: crossterm speaks plain ANSI.
        let mut e = tty();
        e.term = None;
        assert_eq!(check_terminal(&e), Ok(()));
    }

    #[test]
    fn message_points_at_plain_commands_without_escapes() {
        for why in [NoTerminal::NotATty, NoTerminal::Dumb] {
            for l in Lang::ALL {
                let m = why.message(l);
                for cmd in ["yrke show", "yrke search", "yrke list"] {
                    assert!(m.contains(cmd), "{m}");
                }
                assert!(!m.contains('\x1b'));
            }
        }
        let m = NoTerminal::NotATty.message(Lang::Nb);
        assert!(m.starts_with("utforskeren trenger en terminal"), "{m}");
        assert!(m.contains("yrke show <navn>    vis ett yrke"), "{m}");
        let m = NoTerminal::Dumb.message(Lang::Nn);
        assert!(
            m.starts_with("terminalen (TERM=dumb) kan ikkje vise utforskaren."),
            "{m}"
        );
        assert!(m.contains("yrke show <namn>    vis eitt yrke"), "{m}");
    }

    #[test]
    fn no_color_any_non_empty_value_turns_colour_off_on_auto() {
        let mut e = tty();
        assert!(use_color(ColorChoice::Auto, &e));
        for v in ["1", "0", "false", "yes"] {
            e.no_color = Some(v.into());
            assert!(!use_color(ColorChoice::Auto, &e), "NO_COLOR={v}");
        }
        // An empty NO_COLOR is "not set" per no-color.org.
        e.no_color = Some(String::new());
        assert!(use_color(ColorChoice::Auto, &e));
    }

    #[test]
    fn flags_override_environment() {
        let mut e = tty();
        e.no_color = Some("1".into());
        assert!(use_color(ColorChoice::Always, &e));
        assert!(!use_color(ColorChoice::Never, &tty()));
    }

    #[test]
    fn monochrome_terms_get_no_colour_on_auto() {
        for t in ["vt100", "xterm-mono", "linux-m"] {
            let mut e = tty();
            e.term = Some(t.into());
            assert!(!use_color(ColorChoice::Auto, &e), "{t}");
        }
        for t in [
            "xterm",
            "linux",
            "screen-256color",
            "putty",
            "tmux-256color",
        ] {
            let mut e = tty();
            e.term = Some(t.into());
            assert!(use_color(ColorChoice::Auto, &e), "{t}");
        }
    }

    #[test]
    fn locale_precedence_is_lc_all_then_lc_ctype_then_lang() {
        let mut e = tty();
        assert!(locale_is_utf8(&e));
        e.lc_ctype = Some("C".into());
        assert!(!locale_is_utf8(&e), "LC_CTYPE beats LANG");
        e.lc_all = Some("en_US.utf8".into());
        assert!(locale_is_utf8(&e), "LC_ALL beats LC_CTYPE");
        e.lc_all = Some(String::new());
        assert!(!locale_is_utf8(&e), "an empty LC_ALL is skipped");
        e.lc_all = Some("POSIX".into());
        assert!(!locale_is_utf8(&e));
    }

    #[test]
    fn no_locale_at_all_means_ascii() {
        let e = EnvSnapshot {
            stdin_tty: true,
            stdout_tty: true,
            ..EnvSnapshot::default()
        };
        assert!(use_ascii(false, &e));
        assert!(!use_ascii(false, &tty()));
        assert!(use_ascii(true, &tty()), "--ascii wins over a UTF-8 locale");
        let mut latin1 = tty();
        latin1.lang = Some("nb_NO.ISO-8859-1".into());
        assert!(use_ascii(false, &latin1));
    }
}
