//! Large synthetic datasets made from the real entries, for benchmarks: entry `i` is a copy of
//! real entry `i mod n` with a made-up word added to its name ("Radiolog Kemora"), so names
//! stay realistic but no two are the same. Synonyms, codes, summaries and tasks are copied.

use crate::dataset::{Dataset, Occupation, Specialty};

const SYLLABLES: &[&str] = &[
    "ba", "ke", "ri", "mo", "lu", "sa", "ne", "to", "vi", "da", "ha", "jo", "ge", "fy", "pe", "sø",
    "læ", "rå", "ti", "no",
];

/// A made-up word of two to four syllables, different for every `i` below 20⁴.
fn word(i: usize) -> String {
    let n = SYLLABLES.len();
    let mut w = String::new();
    let mut x = i;
    for _ in 0..2 + i % 3 {
        w.push_str(SYLLABLES[x % n]);
        x /= n;
    }
    // Capitalise the first letter, as in a name.
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => w,
    }
}

/// `n` entries (occupations and specialties in the real proportion) built from `data`.
pub fn synthetic(data: &Dataset, n: usize) -> (Vec<Occupation>, Vec<Specialty>) {
    let real = data.occupations.len() + data.specialties.len();
    let mut occupations = Vec::new();
    let mut specialties = Vec::new();
    if real == 0 {
        return (occupations, specialties);
    }
    for i in 0..n {
        let r = i % real;
        let suffix = word(i / real * 7 + r);
        if let Some(o) = data.occupations.get(r) {
            let mut o = o.clone();
            o.id = format!("{}-{i}", o.id);
            o.name = format!("{} {suffix}", o.name);
            occupations.push(o);
        } else if let Some(s) = data.specialties.get(r - data.occupations.len()) {
            let mut s = s.clone();
            s.id = format!("{}-{i}", s.id);
            s.name = format!("{} {suffix}", s.name);
            specialties.push(s);
        }
    }
    (occupations, specialties)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synthetic_names_are_unique_and_sized() {
        let data = crate::dataset::bundled().expect("bundled data loads");
        let (o, s) = synthetic(&data, 1000);
        assert_eq!(o.len() + s.len(), 1000);
        let mut names: Vec<&str> = o
            .iter()
            .map(|o| o.name.as_str())
            .chain(s.iter().map(|s| s.name.as_str()))
            .collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), 1000);
    }
}
