//! Building the index: every searchable text of every entry folded once, up front, so a
//! keystroke only compares prepared strings.
//!
//! Short texts (names, synonyms, old names, code titles) are laid end to end in one buffer,
//! one per line, so a query scans them in one SIMD pass (memchr's memmem) instead of one call
//! per text; that is what keeps 100k entries within a frame.

use std::collections::HashMap;

use super::Field;
use super::fold::{Folded, fold};
use super::text::Bodies;
use super::typo;
use crate::dataset::model::{Stage, StageKind};
use crate::dataset::{EntryRef, Kind, Occupation, Profile, Specialty};

/// One occupation or specialty, in Norwegian alphabetical order within the index.
#[derive(Debug, Clone)]
pub(super) struct Entry {
    pub id: String,
    pub name: String,
    pub kind: Kind,
    /// The folded name with its map back to `name`, for highlights.
    pub name_folded: Folded,
}

/// A short text matched as a whole: a name, synonym, old name or code title.
#[derive(Debug, Clone)]
pub(super) struct Short {
    pub entry: u32,
    pub field: Field,
    /// Byte range of the folded text in [`Built::text`].
    pub start: u32,
    pub end: u32,
    pub original: String,
}

/// A code matched by digit prefix.
#[derive(Debug, Clone)]
pub(super) struct Code {
    pub entry: u32,
    pub code: String,
    /// "2221141 RADIOLOG", shown as what matched.
    pub shown: String,
    /// The entry's own code (its occupation code, or a specialty's NUS code) rather than an
    /// education an occupation requires; own codes rank higher.
    pub own: bool,
}

/// A distinct word of the names, synonyms and old names, for the typo pass: the edit distance
/// is computed once per word, however many entries share it.
#[derive(Debug, Clone)]
pub(super) struct TypoWord {
    pub chars: Box<[char]>,
    pub mask: u64,
    /// (short, char offset of the word in it).
    pub at: Vec<(u32, u32)>,
}

/// Everything the search compares against, built once.
#[derive(Debug, Clone, Default)]
pub(super) struct Built {
    pub entries: Vec<Entry>,
    /// Folded short texts, each followed by '\n'.
    pub text: String,
    pub shorts: Vec<Short>,
    /// Letters present in each short that may match scattered ([`typo::mask`]; 0 for code
    /// titles, which never do), and its entry: kept apart so that scan stays in cache.
    pub scatter: Vec<(u64, u32)>,
    pub codes: Vec<Code>,
    pub words: Vec<TypoWord>,
    pub bodies: Bodies,
}

impl Built {
    pub fn folded(&self, short: usize) -> &str {
        let s = &self.shorts[short];
        &self.text[s.start as usize..s.end as usize]
    }
}

/// A borrowed entry during the build (occupation or specialty).
enum Src<'a> {
    Occupation(&'a Occupation),
    Specialty(&'a Specialty),
}

impl Src<'_> {
    fn name(&self) -> &str {
        match self {
            Src::Occupation(o) => &o.name,
            Src::Specialty(s) => &s.name,
        }
    }
}

#[derive(Default)]
struct Builder {
    b: Built,
    words: HashMap<String, usize>,
}

pub(super) fn build<'a>(
    occupations: &[Occupation],
    specialties: &[Specialty],
    route: impl Fn(&str) -> Vec<&'a Stage>,
) -> Built {
    let mut srcs: Vec<(_, Src)> = occupations
        .iter()
        .map(Src::Occupation)
        .chain(specialties.iter().map(Src::Specialty))
        .map(|s| (crate::collate::key(s.name()), s))
        .collect();
    // Entry order is the tie-break order: Norwegian alphabetical, computed once here.
    srcs.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.name().cmp(b.1.name())));

    let mut bl = Builder::default();
    for (i, (_, src)) in srcs.iter().enumerate() {
        let e = i as u32;
        let (id, name, kind) = match src {
            Src::Occupation(o) => {
                bl.short(e, Field::Name, &o.name);
                for s in &o.synonyms {
                    bl.short(e, Field::Synonym, s);
                }
                for n in &o.former_names {
                    bl.short(e, Field::OldName, n);
                }
                for c in &o.occupation_codes {
                    bl.short(e, Field::CodeTitle, &c.title);
                    bl.code(e, &c.code, &c.title, true);
                }
                for c in &o.education_codes {
                    bl.code(e, &c.code, &c.title, false);
                }
                bodies(
                    &mut bl.b.bodies,
                    e,
                    EntryRef::Occupation(o).profile(),
                    &route(&o.id),
                );
                (&o.id, &o.name, Kind::Occupation)
            }
            Src::Specialty(s) => {
                bl.short(e, Field::Name, &s.name);
                for n in &s.synonyms {
                    bl.short(e, Field::Synonym, n);
                }
                for n in &s.former_names {
                    bl.short(e, Field::OldName, n);
                }
                if let Some(c) = &s.nus {
                    bl.short(e, Field::CodeTitle, &c.title);
                    bl.code(e, &c.code, &c.title, true);
                }
                bodies(
                    &mut bl.b.bodies,
                    e,
                    EntryRef::Specialty(s).profile(),
                    &route(&s.id),
                );
                (&s.id, &s.name, Kind::Specialty)
            }
        };
        bl.b.entries.push(Entry {
            id: id.clone(),
            name: name.clone(),
            kind,
            name_folded: fold(name),
        });
    }
    bl.b.bodies.finish();
    bl.b
}

impl Builder {
    fn short(&mut self, entry: u32, field: Field, original: &str) {
        let folded = fold(original).text;
        if folded.is_empty() {
            return;
        }
        let si = self.b.shorts.len() as u32;
        if field != Field::CodeTitle {
            self.typo_words(si, &folded);
        }
        let start = self.b.text.len() as u32;
        self.b.text.push_str(&folded);
        let end = self.b.text.len() as u32;
        self.b.text.push('\n');
        let mask = match field {
            Field::CodeTitle => 0,
            _ => typo::mask(folded.chars()),
        };
        self.b.scatter.push((mask, entry));
        self.b.shorts.push(Short {
            entry,
            field,
            start,
            end,
            original: original.to_string(),
        });
    }

    /// Each word of three letters or more, so "Generell kirurgi" is found from a slip in
    /// "kirurgi" alone.
    fn typo_words(&mut self, short: u32, folded: &str) {
        let mut offset = 0u32;
        for w in folded.split(' ') {
            let len = w.chars().count() as u32;
            if len >= 3 {
                let next = self.b.words.len();
                let wi = *self.words.entry(w.to_string()).or_insert(next);
                if wi == next {
                    self.b.words.push(TypoWord {
                        chars: w.chars().collect(),
                        mask: typo::mask(w.chars()),
                        at: Vec::new(),
                    });
                }
                self.b.words[wi].at.push((short, offset));
            }
            offset += len + 1;
        }
    }

    fn code(&mut self, entry: u32, code: &str, title: &str, own: bool) {
        let digits: String = code.chars().filter(char::is_ascii_digit).collect();
        if digits.is_empty() {
            return;
        }
        self.b.codes.push(Code {
            entry,
            shown: format!("{code} {title}"),
            code: digits,
            own,
        });
    }
}

/// The long texts of an entry that search reads word by word: summary, tasks, description,
/// and its route (so `medisinstudiet`, `bachelor` or `fagbrev` find entries).
fn bodies(b: &mut Bodies, e: u32, p: Profile, route: &[&Stage]) {
    b.add(e, Field::Summary, p.summary);
    for t in p.description {
        b.add(e, Field::Text, t);
    }
    // Stage names, and the texts of the stages that make the job (study, apprenticeship,
    // authorisation, specialisation). The school and admission texts are shared by dozens of
    // routes: indexed for each, they would cost startup and find everything.
    for s in route {
        b.add(e, Field::Text, &s.name);
        if !matches!(s.kind, StageKind::Vgs | StageKind::Admission) {
            for t in &s.text {
                b.add(e, Field::Text, t);
            }
        }
    }
    for t in p.tasks.iter().flat_map(|g| &g.tasks) {
        b.add(e, Field::Task, t);
    }
}
