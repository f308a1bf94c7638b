//! What one SSH client told us about its terminal: the pty request (TERM, size) and the
//! environment it sent (`NO_COLOR`, `LANG`, `LC_ALL`, `LC_CTYPE`). Each session is drawn for
//! its own client, never for the server's environment.
//!
//! Most clients send no `LANG` at all (OpenSSH only with `SendEnv`, PuTTY not by default),
//! so a missing locale means UTF-8: nearly every terminal in a school is UTF-8 today. A
//! client that does send a non-UTF-8 locale (`C`, `POSIX`, `nb_NO.ISO-8859-1`) gets ASCII.

use crate::config::ColorChoice;
use crate::config::env::{self, EnvSnapshot};
use crate::ui;

use super::limits;

#[derive(Debug, Clone, Default)]
pub struct ClientTerm {
    pub cols: u16,
    pub rows: u16,
    /// What the client sent, in the shape the local terminal code decides from; the tty
    /// flags are set because an SSH pty is a terminal. `term` is `None` until a pty request.
    env: EnvSnapshot,
    /// The variables that choose bokmål or nynorsk (`lang::ENV_VARS`), as sent.
    lang_env: Vec<(String, String)>,
}

/// Why a client cannot get the explorer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unfit {
    NoPty,
    Dumb(String),
}

impl ClientTerm {
    pub fn set_pty(&mut self, term: &str, cols: u32, rows: u32) {
        self.env.term = Some(term.to_string());
        self.env.stdin_tty = true;
        self.env.stdout_tty = true;
        self.resize(cols, rows);
    }

    pub fn resize(&mut self, cols: u32, rows: u32) {
        (self.cols, self.rows) = limits::clamp_size(cols, rows);
    }

    /// Record an env request; returns whether we use the variable (others are refused).
    pub fn set_env(&mut self, name: &str, value: &str) -> bool {
        if crate::lang::ENV_VARS.contains(&name) {
            self.lang_env.retain(|(n, _)| n != name);
            // Bounded: a handful of names, each value cut to what a locale name needs.
            let v: String = value.chars().take(64).collect();
            self.lang_env.push((name.to_string(), v));
        }
        let value = Some(value.to_string());
        match name {
            "NO_COLOR" => self.env.no_color = value,
            "LC_ALL" => self.env.lc_all = value,
            "LC_CTYPE" => self.env.lc_ctype = value,
            "LANG" => self.env.lang = value,
            "LANGUAGE" | "LC_MESSAGES" | "YRKE_SPRAK" => {}
            _ => return false,
        }
        true
    }

    /// Bokmål or nynorsk for this pupil: what the client's variables ask for (`YRKE_SPRAK`,
    /// then LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else the server's choice.
    pub fn lang(&self, server: crate::lang::Lang) -> crate::lang::Lang {
        crate::lang::Lang::asked_for(|name| {
            self.lang_env
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.clone())
        })
        .unwrap_or(server)
    }

    /// `None` when the explorer can run here.
    pub fn unfit(&self) -> Option<Unfit> {
        match self.env.term.as_deref().map(str::trim) {
            None => Some(Unfit::NoPty),
            Some(t) if t.is_empty() || t == "dumb" => Some(Unfit::Dumb(t.to_string())),
            Some(_) => None,
        }
    }

    /// How to draw for this client, by the same rules as the local terminal (`--color`
    /// and `--ascii` given to `yrke serve` override what the client sent), except that a
    /// client which sent no locale at all is taken to be UTF-8.
    pub fn options(&self, color: ColorChoice, force_ascii: bool) -> ui::Options {
        let e = &self.env;
        let sent_locale = [&e.lc_all, &e.lc_ctype, &e.lang]
            .into_iter()
            .flatten()
            .any(|v| !v.is_empty());
        ui::Options {
            color: env::use_color(color, e),
            ascii: force_ascii || (sent_locale && !env::locale_is_utf8(e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_env(vars: &[(&str, &str)]) -> ClientTerm {
        let mut c = ClientTerm::default();
        c.set_pty("xterm-256color", 80, 24);
        for (k, v) in vars {
            c.set_env(k, v);
        }
        c
    }

    fn opts(c: &ClientTerm) -> ui::Options {
        c.options(ColorChoice::Auto, false)
    }

    #[test]
    fn no_env_means_colour_and_utf8() {
        let o = opts(&with_env(&[]));
        assert!(o.color && !o.ascii);
    }

    #[test]
    fn no_color_from_the_client_turns_colour_off() {
        assert!(!opts(&with_env(&[("NO_COLOR", "1")])).color);
        assert!(opts(&with_env(&[("NO_COLOR", "")])).color);
    }

    #[test]
    fn non_utf8_locales_get_ascii() {
        assert!(opts(&with_env(&[("LANG", "C")])).ascii);
        assert!(opts(&with_env(&[("LANG", "nb_NO.ISO-8859-1")])).ascii);
        assert!(!opts(&with_env(&[("LANG", "nb_NO.UTF-8")])).ascii);
        assert!(!opts(&with_env(&[("LANG", "en_US.utf8")])).ascii);
        // LC_ALL wins over LANG; an empty LC_ALL does not count.
        assert!(opts(&with_env(&[("LANG", "nb_NO.UTF-8"), ("LC_ALL", "C")])).ascii);
        assert!(!opts(&with_env(&[("LANG", "nb_NO.UTF-8"), ("LC_ALL", "")])).ascii);
        assert!(opts(&with_env(&[("LANG", "nb_NO.UTF-8"), ("LC_CTYPE", "POSIX")])).ascii);
    }

    #[test]
    fn server_flags_override_the_client() {
        let c = with_env(&[("NO_COLOR", "1")]);
        assert!(c.options(ColorChoice::Always, false).color);
        let c = with_env(&[]);
        assert!(!c.options(ColorChoice::Never, false).color);
        assert!(c.options(ColorChoice::Auto, true).ascii);
    }

    #[test]
    fn other_variables_are_refused() {
        let mut c = ClientTerm::default();
        assert!(!c.set_env("LD_PRELOAD", "/tmp/x.so"));
        assert!(!c.set_env("PATH", "/tmp"));
        assert!(c.set_env("LANG", "C"));
    }

    #[test]
    fn dumb_or_missing_terminals_are_unfit() {
        let mut c = ClientTerm::default();
        assert_eq!(c.unfit(), Some(Unfit::NoPty));
        c.set_pty("dumb", 80, 24);
        assert_eq!(c.unfit(), Some(Unfit::Dumb("dumb".into())));
        c.set_pty("xterm", 80, 24);
        assert_eq!(c.unfit(), None);
    }
}
