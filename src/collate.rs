//! Norwegian alphabetical order (… x y z æ ø å), used for every list the user sees.
//!
//! Unicode code-point order puts Å before Æ and Ø, and a byte sort puts all of them after z in
//! the wrong order, so lists get a key: letters folded to lower case, æ ø å after z, and
//! foreign letters sorted where Norwegian dictionaries put them (ä→æ, ö→ø, ü→y, é→e).

use std::cmp::Ordering;

fn rank(c: char) -> (u32, u32) {
    let c = c.to_lowercase().next().unwrap_or(c);
    match c {
        'a'..='z' => (c as u32 - 'a' as u32 + 1, 0),
        'æ' | 'ä' => (27, u32::from(c == 'ä')),
        'ø' | 'ö' => (28, u32::from(c == 'ö')),
        'å' => (29, 0),
        'é' | 'è' | 'ê' => ('e' as u32 - 'a' as u32 + 1, 1),
        'ü' => ('y' as u32 - 'a' as u32 + 1, 1),
        '0'..='9' => (0, c as u32),
        // Spaces and hyphens sort before letters so "Barne- og …" comes before "Barnelege".
        ' ' | '-' => (0, 0),
        _ => (30, c as u32),
    }
}

/// A sort key for Norwegian order; ties between accented variants are broken after letters.
pub fn key(s: &str) -> (Vec<u32>, Vec<u32>) {
    s.chars().map(rank).unzip()
}

/// Compare two names in Norwegian alphabetical order.
pub fn cmp(a: &str, b: &str) -> Ordering {
    key(a).cmp(&key(b)).then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norwegian_letters_follow_z_in_order() {
        let mut v = vec!["Åsen", "Øyelege", "Ærlig", "Zebra", "Apotek"];
        v.sort_by(|a, b| cmp(a, b));
        assert_eq!(v, ["Apotek", "Zebra", "Ærlig", "Øyelege", "Åsen"]);
    }

    #[test]
    fn case_does_not_split_the_order() {
        assert!(cmp("lege", "Lege").is_ne());
        let mut v = vec!["radiolog", "Lege", "anestesilege"];
        v.sort_by(|a, b| cmp(a, b));
        assert_eq!(v, ["anestesilege", "Lege", "radiolog"]);
    }
}
