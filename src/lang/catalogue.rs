//! The catalogue format: one enum per area, one variant per text, both standards on the same
//! line. Templates name their holes `{like_this}`; [`fill`] puts values in.

/// A text of the catalogue, in both standards.
pub trait Msg: Copy + 'static {
    fn nb(self) -> &'static str;
    fn nn(self) -> &'static str;
    /// The variant's name, for tests and reviewed lists.
    fn key(self) -> &'static str;
}

/// `catalogue! { Name { Key => "bokmål", "nynorsk"; … } }` defines `enum Name` with `ALL`.
macro_rules! catalogue {
    ($(#[$meta:meta])* $name:ident { $($key:ident => $nb:literal, $nn:literal;)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($key,)* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$key,)*];
        }

        impl $crate::lang::Msg for $name {
            fn nb(self) -> &'static str {
                match self { $($name::$key => $nb,)* }
            }
            fn nn(self) -> &'static str {
                match self { $($name::$key => $nn,)* }
            }
            fn key(self) -> &'static str {
                match self { $($name::$key => stringify!($key),)* }
            }
        }
    };
}

/// Replaces each `{name}` in `template` with its value. A hole without a value stays as it
/// is (the catalogue tests check that both standards have the same holes).
pub fn fill(template: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(n, _)| *n == name) {
                    Some((_, v)) => out.push_str(&v.to_string()),
                    None => out.push_str(&rest[open..open + close + 2]),
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The `{name}` holes of a template, sorted.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names: Vec<&str> = template
        .split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').map(|(n, _)| n))
        .collect();
    names.sort_unstable();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_holes() {
        assert_eq!(fill("{a} av {b}", &[("a", &1), ("b", &"to")]), "1 av to");
        assert_eq!(fill("{a} {x}", &[("a", &1)]), "1 {x}");
        assert_eq!(fill("åpen {", &[]), "åpen {");
        assert_eq!(placeholders("{b} og {a}"), vec!["a", "b"]);
    }
}
