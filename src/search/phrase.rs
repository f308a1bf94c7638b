//! A pupil's phrase: "lege som jobber med barn" means "lege barn". Filler words are dropped so
//! the words that carry meaning can match — but never the word still being typed (the last,
//! when no space follows it), since "med" may be the start of "medisin".

/// Words that carry no meaning in a search for a job, in bokmål and nynorsk.
const FILLER: &[&str] = &[
    "som", "jobber", "jobbar", "jobbe", "arbeider", "arbeidar", "med", "en", "ei", "et", "ein",
    "eit", "å", "og", "i", "på", "for", "til", "av", "de", "dei", "den", "det", "er", "har", "vil",
    "kan", "jeg", "eg", "hva", "kva", "hvordan", "korleis", "innen", "innan", "yrke", "noe",
    "noko", "der", "du", "man", "gjør", "gjer", "gjøre", "gjere", "blir", "bli",
];

/// The query without its filler words, when it has any to drop and something is left.
pub fn without_filler(query: &str) -> Option<String> {
    let words: Vec<&str> = query.split_whitespace().collect();
    if words.len() < 2 {
        return None;
    }
    // The last word is still being typed unless the query ends in a space.
    let typing = !query.ends_with(char::is_whitespace);
    let kept: Vec<&str> = words
        .iter()
        .enumerate()
        .filter(|(i, w)| (typing && *i == words.len() - 1) || !is_filler(w))
        .map(|(_, w)| *w)
        .collect();
    (kept.len() < words.len() && !kept.is_empty()).then(|| kept.join(" "))
}

fn is_filler(word: &str) -> bool {
    let w = word.to_lowercase();
    FILLER.contains(&w.as_str())
}

#[cfg(test)]
mod tests {
    use super::without_filler;

    #[test]
    fn drops_filler_but_not_the_word_being_typed() {
        assert_eq!(
            without_filler("lege som jobber med barn").as_deref(),
            Some("lege barn")
        );
        assert_eq!(
            without_filler("lege med"),
            None,
            "«med» may become «medisin»"
        );
        assert_eq!(without_filler("lege med ").as_deref(), Some("lege"));
        assert_eq!(
            without_filler("kva gjer ein jordmor").as_deref(),
            Some("jordmor")
        );
        assert_eq!(without_filler("sykepleier"), None);
        assert_eq!(without_filler("lege barn"), None);
        assert_eq!(without_filler("som med"), Some("med".into()));
    }
}
