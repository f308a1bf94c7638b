//! Text that reaches a terminal: data is text, never terminal control.
//!
//! The validator rejects control characters in the bundled data; this is the second guard, for
//! everything printed (a school's own file, an error message quoting a bad value).

use std::borrow::Cow;

/// Characters that must not reach a terminal from data: C0 controls (a newline or tab aside),
/// DEL, C1 controls, and the bidirectional overrides and isolates that reorder what is shown.
pub fn is_control(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `s` with every control character shown as a visible escape (`\u{1b}`), borrowed when clean.
pub fn clean(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_control) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_control(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `s` in 7-bit ASCII for a terminal that can't show more (`--ascii`, a non-UTF-8 locale):
/// Norwegian letters the way they are written without them (æ → ae, ø → oe, å → aa), marks
/// dropped from other letters, typographic signs as their plain forms, anything else `?`.
/// For display only: JSON and files keep UTF-8.
pub fn ascii(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 4);
    for c in s.chars() {
        push_ascii(c, &mut out);
    }
    Cow::Owned(out)
}

/// One character of [`ascii`].
pub fn push_ascii(c: char, out: &mut String) {
    let plain = match c {
        c if c.is_ascii() => {
            out.push(c);
            return;
        }
        'æ' => "ae",
        'Æ' => "Ae",
        'ø' => "oe",
        'Ø' => "Oe",
        'å' => "aa",
        'Å' => "Aa",
        'ä' => "ae",
        'ö' => "oe",
        'ü' => "ue",
        'Ä' => "Ae",
        'Ö' => "Oe",
        'Ü' => "Ue",
        'é' | 'è' | 'ê' | 'ë' => "e",
        'É' | 'È' => "E",
        'á' | 'à' | 'â' => "a",
        'ó' | 'ò' | 'ô' => "o",
        'í' | 'ì' => "i",
        'ú' | 'ù' => "u",
        'ç' => "c",
        'ñ' => "n",
        '–' | '—' | '−' | '‐' => "-",
        '«' | '»' | '“' | '”' | '„' => "\"",
        '‘' | '’' | '‚' => "'",
        '…' => "...",
        '·' | '•' => "*",
        '×' => "x",
        '→' | '▸' | '▶' => ">",
        '←' => "<",
        '✓' => "+",
        '\u{a0}' => " ",
        _ => "?",
    };
    out.push_str(plain);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_terminal_controls_and_keeps_text() {
        assert_eq!(clean("Lege"), "Lege");
        assert!(matches!(clean("æøå\nny linje\t"), Cow::Borrowed(_)));
        assert_eq!(clean("a\u{1b}]0;x\u{7}b"), "a\\u{1b}]0;x\\u{7}b");
        assert_eq!(clean("\u{9b}2J"), "\\u{9b}2J");
        assert_eq!(clean("abc\u{202e}def"), "abc\\u{202e}def");
    }

    #[test]
    fn ascii_writes_norwegian_letters_without_them() {
        assert_eq!(ascii("Øre-nese-hals"), "Oere-nese-hals");
        assert_eq!(ascii("år 0–1: «Vg1» · Søk…"), "aar 0-1: \"Vg1\" * Soek...");
        assert!(matches!(ascii("Lege"), Cow::Borrowed(_)));
        assert!(ascii("中").is_ascii());
    }
}
