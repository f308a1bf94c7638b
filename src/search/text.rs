//! Summaries, descriptions and tasks: long texts matched word by word through a vocabulary.
//!
//! Scattered fuzzy matching is useless on a paragraph (almost any short query is a subsequence
//! of one), so a query word must be a whole word of the text, the start of one, or (from five
//! letters) a part of a compound: `narkose` finds "narkosen", `behandling` finds
//! "smertebehandling". The vocabulary holds each distinct folded word once with the texts it
//! occurs in, so a query reads a few thousand words, not every paragraph.

use std::collections::HashMap;

use super::Field;
use super::fold::fold_str;

/// How well one query word matched a word of a text.
pub const EXACT: u16 = 3;
pub const PREFIX: u16 = 2;
pub const PART: u16 = 1;

/// Shortest query word matched inside a compound rather than at a word start.
const MIN_PART: usize = 5;

#[derive(Debug, Clone)]
pub(super) struct Body {
    pub entry: u32,
    pub field: Field,
    pub original: String,
}

#[derive(Debug, Clone)]
struct Word {
    word: String,
    /// Text ids, ascending, no repeats.
    texts: Vec<u32>,
}

#[derive(Debug, Clone, Default)]
pub struct Bodies {
    pub(super) texts: Vec<Body>,
    words: Vec<Word>,
    building: HashMap<String, Vec<u32>>,
}

/// One text that held every query word.
#[derive(Debug, Clone, Copy)]
pub(super) struct BodyMatch {
    pub text: u32,
    /// Sum of the words' [`EXACT`]/[`PREFIX`]/[`PART`] points.
    pub points: u16,
    /// Every word matched at a word start (no [`PART`]).
    pub at_starts: bool,
}

impl Bodies {
    pub(super) fn add(&mut self, entry: u32, field: Field, original: &str) {
        let folded = fold_str(original);
        if folded.is_empty() {
            return;
        }
        let t = self.texts.len() as u32;
        self.texts.push(Body {
            entry,
            field,
            original: original.to_string(),
        });
        for w in folded.split(' ') {
            // Most words are already known: look up before allocating a key.
            match self.building.get_mut(w) {
                Some(list) => {
                    if list.last() != Some(&t) {
                        list.push(t);
                    }
                }
                None => {
                    self.building.insert(w.to_string(), vec![t]);
                }
            }
        }
    }

    pub(super) fn finish(&mut self) {
        let mut words: Vec<Word> = self
            .building
            .drain()
            .map(|(word, texts)| Word { word, texts })
            .collect();
        words.sort_by(|a, b| a.word.cmp(&b.word));
        self.words = words;
    }

    /// Texts holding every query word (words of one letter are ignored: "lege i …").
    pub(super) fn matches(&self, query_words: &[&str]) -> Vec<BodyMatch> {
        let words: Vec<&str> = query_words
            .iter()
            .copied()
            .filter(|w| w.chars().count() >= 2)
            .collect();
        if words.is_empty() || self.texts.is_empty() {
            return Vec::new();
        }
        let n = self.texts.len();
        // How many query words each text has matched so far, the points of the current word,
        // and their running sum; dense arrays are cheaper than maps at 100k texts.
        let mut count = vec![0u8; n];
        let mut cur = vec![0u16; n];
        let mut sum = vec![0u16; n];
        let mut parts = vec![false; n];
        let mut touched: Vec<u32> = Vec::new();
        for (wi, q) in words.iter().enumerate() {
            let wi = wi as u8;
            for v in &self.words {
                let Some(points) = word_points(&v.word, q) else {
                    continue;
                };
                for &t in &v.texts {
                    let ti = t as usize;
                    if count[ti] == wi {
                        count[ti] = wi + 1;
                        cur[ti] = points;
                        sum[ti] += points;
                        if wi == 0 {
                            touched.push(t);
                        }
                    } else if count[ti] == wi + 1 && points > cur[ti] {
                        sum[ti] += points - cur[ti];
                        cur[ti] = points;
                    }
                }
            }
            for &t in &touched {
                let ti = t as usize;
                if count[ti] == wi + 1 && cur[ti] == PART {
                    parts[ti] = true;
                }
            }
        }
        let all = words.len() as u8;
        touched
            .into_iter()
            .filter(|&t| count[t as usize] == all)
            .map(|t| BodyMatch {
                text: t,
                points: sum[t as usize],
                at_starts: !parts[t as usize],
            })
            .collect()
    }
}

fn word_points(word: &str, q: &str) -> Option<u16> {
    if word == q {
        Some(EXACT)
    } else if word.starts_with(q) {
        Some(PREFIX)
    } else if q.len() >= MIN_PART && word.contains(q) {
        Some(PART)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bodies(texts: &[&str]) -> Bodies {
        let mut b = Bodies::default();
        for (i, t) in texts.iter().enumerate() {
            b.add(i as u32, Field::Task, t);
        }
        b.finish();
        b
    }

    #[test]
    fn words_match_whole_at_start_or_inside_compounds() {
        let b = bodies(&["planlegge narkosen", "smertebehandling", "CT og MR"]);
        let m = b.matches(&["narkose"]);
        assert_eq!(m.len(), 1);
        assert_eq!((m[0].text, m[0].points, m[0].at_starts), (0, PREFIX, true));
        let m = b.matches(&["behandling"]);
        assert_eq!((m[0].text, m[0].points, m[0].at_starts), (1, PART, false));
        let m = b.matches(&["ct"]);
        assert_eq!((m[0].text, m[0].points), (2, EXACT));
        // Short query words match at word starts only.
        assert!(b.matches(&["ehan"]).is_empty());
    }

    #[test]
    fn every_word_must_be_in_the_same_text() {
        let b = bodies(&["planlegge narkosen", "CT og MR"]);
        assert_eq!(b.matches(&["mr", "ct"]).len(), 1);
        assert!(b.matches(&["mr", "narkose"]).is_empty());
    }
}
