//! The interface's two written standards. Every text yrke shows that does not come from the
//! dataset lives in one of the catalogues below, in bokmål and nynorsk side by side, so a
//! string can't exist in one and be missing in the other (the macro wants both).
//!
//! Which standard: `--sprak`, then `YRKE_SPRAK`, then the locale in gettext's order
//! (LANGUAGE, LC_ALL, LC_MESSAGES, LANG): `nn*` is nynorsk, everything else bokmål.

#[macro_use]
mod catalogue;
pub mod cli;
pub mod cli_msg;
pub mod keys;
pub mod plain;
pub mod serve;
pub mod ui;

pub use catalogue::{Msg, fill, placeholders};
pub use cli::CliHelp;
pub use cli_msg::CliMsg;
pub use keys::KeyText;
pub use plain::Doc;
pub use serve::Pupil;
pub use ui::Ui;

/// Bokmål or nynorsk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    #[default]
    Nb,
    Nn,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nb, Lang::Nn];

    /// `nb`, `nn`, or the standard's own name in either spelling.
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_lowercase().as_str() {
            "nb" | "bokmål" | "bokmal" | "bm" => Some(Lang::Nb),
            "nn" | "nynorsk" | "nno" => Some(Lang::Nn),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Nn => "nn",
        }
    }

    /// The other standard (the explorer's switch key).
    pub fn other(self) -> Lang {
        match self {
            Lang::Nb => Lang::Nn,
            Lang::Nn => Lang::Nb,
        }
    }

    /// A catalogue text in this standard.
    pub fn t<M: Msg>(self, m: M) -> &'static str {
        match self {
            Lang::Nb => m.nb(),
            Lang::Nn => m.nn(),
        }
    }

    /// A catalogue template with its `{name}` placeholders filled.
    pub fn f<M: Msg>(self, m: M, args: &[(&str, &dyn std::fmt::Display)]) -> String {
        fill(self.t(m), args)
    }

    /// What a locale value says: `Some(Some(nn))` for `nn`, `nn_NO`, `nn_NO.UTF-8`;
    /// `Some(Some(nb))` for `nb*` and `no*`; `Some(None)` for any other language (it says
    /// nothing about bokmål or nynorsk); `None` for an empty value, so the next variable decides.
    fn of_locale(value: &str) -> Option<Option<Lang>> {
        // LANGUAGE is a colon list in order of preference; its first item decides.
        let first = value.split(':').find(|s| !s.is_empty())?;
        let code = first.split(['_', '.', '@', '-']).next().unwrap_or("");
        Some(match code.to_ascii_lowercase().as_str() {
            "nn" => Some(Lang::Nn),
            "nb" | "no" => Some(Lang::Nb),
            _ => None,
        })
    }

    /// The standard the environment asks for: `YRKE_SPRAK`, then the first locale variable
    /// set in gettext's order (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). `None` when none of them
    /// names bokmål or nynorsk. `get` reads one variable (the process's or an SSH client's).
    pub fn asked_for(get: impl Fn(&str) -> Option<String>) -> Option<Lang> {
        if let Some(l) = get("YRKE_SPRAK").as_deref().and_then(Lang::parse) {
            return Some(l);
        }
        ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| get(v))
            .find_map(|v| Lang::of_locale(&v))
            .flatten()
    }

    /// [`Lang::asked_for`], else bokmål.
    pub fn from_env(get: impl Fn(&str) -> Option<String>) -> Lang {
        Lang::asked_for(get).unwrap_or_default()
    }

    /// The process's own environment.
    pub fn from_process_env() -> Lang {
        Lang::from_env(|name| std::env::var_os(name).map(|v| v.to_string_lossy().into_owned()))
    }
}

/// Every text of every catalogue as (`Area::Key`, bokmål, nynorsk), for the tests that check
/// the catalogues as a whole (missing, identical, spelling).
pub fn all() -> Vec<(String, &'static str, &'static str)> {
    fn add<M: Msg>(out: &mut Vec<(String, &'static str, &'static str)>, area: &str, all: &[M]) {
        out.extend(
            all.iter()
                .map(|m| (format!("{area}::{}", m.key()), m.nb(), m.nn())),
        );
    }
    let mut out = Vec::new();
    add(&mut out, "Ui", Ui::ALL);
    add(&mut out, "KeyText", KeyText::ALL);
    add(&mut out, "Pupil", Pupil::ALL);
    add(&mut out, "Doc", Doc::ALL);
    add(&mut out, "CliHelp", CliHelp::ALL);
    add(&mut out, "CliMsg", CliMsg::ALL);
    out
}

/// The variables a session's language is read from (what an SSH client may send).
pub const ENV_VARS: [&str; 5] = ["YRKE_SPRAK", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"];

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Lang {
        Lang::from_env(|n| {
            pairs
                .iter()
                .find(|(k, _)| *k == n)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn locale_precedence() {
        assert_eq!(env(&[]), Lang::Nb);
        assert_eq!(env(&[("LANG", "nn_NO.UTF-8")]), Lang::Nn);
        assert_eq!(env(&[("LANG", "nb_NO.UTF-8")]), Lang::Nb);
        assert_eq!(env(&[("LANG", "C")]), Lang::Nb);
        assert_eq!(
            env(&[("LANG", "nn_NO.UTF-8"), ("LC_ALL", "nb_NO.UTF-8")]),
            Lang::Nb
        );
        assert_eq!(env(&[("LC_ALL", "nn_NO"), ("LANG", "nb_NO")]), Lang::Nn);
        assert_eq!(
            env(&[("LC_MESSAGES", "nn_NO"), ("LANG", "nb_NO")]),
            Lang::Nn
        );
        assert_eq!(env(&[("LANGUAGE", "nn:nb"), ("LC_ALL", "nb_NO")]), Lang::Nn);
        assert_eq!(env(&[("LANGUAGE", "nb:nn"), ("LANG", "nn_NO")]), Lang::Nb);
        // An empty variable is as good as unset.
        assert_eq!(env(&[("LC_ALL", ""), ("LANG", "nn_NO.UTF-8")]), Lang::Nn);
        assert_eq!(env(&[("YRKE_SPRAK", "nn"), ("LANG", "nb_NO")]), Lang::Nn);
        assert_eq!(env(&[("YRKE_SPRAK", "nynorsk")]), Lang::Nn);
        // A value yrke can't read falls through to the locale.
        assert_eq!(env(&[("YRKE_SPRAK", "sv"), ("LANG", "nn_NO")]), Lang::Nn);
        assert_eq!(env(&[("LANG", "en_US.UTF-8")]), Lang::Nb);
        assert_eq!(env(&[("LANG", "nn")]), Lang::Nn);
        assert_eq!(env(&[("LANG", "nn_NO@euro")]), Lang::Nn);
        // The first variable set decides, even when it names another language.
        assert_eq!(
            env(&[("LC_ALL", "en_US.UTF-8"), ("LANG", "nn_NO")]),
            Lang::Nb
        );
        assert_eq!(env(&[("LANG", "no_NO.UTF-8")]), Lang::Nb);
    }

    #[test]
    fn asked_for_is_none_without_a_norwegian_locale() {
        let get = |pairs: &'static [(&'static str, &'static str)]| {
            move |n: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == n)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(Lang::asked_for(get(&[])), None);
        assert_eq!(Lang::asked_for(get(&[("LANG", "C.UTF-8")])), None);
        assert_eq!(
            Lang::asked_for(get(&[("LANG", "nb_NO.UTF-8")])),
            Some(Lang::Nb)
        );
        assert_eq!(
            Lang::asked_for(get(&[("LANG", "nn_NO.UTF-8")])),
            Some(Lang::Nn)
        );
    }

    #[test]
    fn parse_names() {
        assert_eq!(Lang::parse("NN"), Some(Lang::Nn));
        assert_eq!(Lang::parse("bokmål"), Some(Lang::Nb));
        assert_eq!(Lang::parse("en"), None);
    }
}
