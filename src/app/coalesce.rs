//! Long runs of Esc in one batch of input, shortened to what they do.
//!
//! Each Esc may cost a search (clearing the query, or bringing it back), and a hostile client
//! can send a megabyte of them. But Esc only walks through a few states: it closes an
//! overlay, goes back to Søk, then clears the query and brings it back, again and again. So
//! after three presses a run only toggles, and Esc × (3 + 2k) ends where Esc × 3 does
//! (`tests/app_typing.rs` checks this from many states).

use ratatui::crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers};

/// Presses that may each move to a new state before a run only toggles.
const PREFIX: usize = 3;

fn is_esc(ev: &Event) -> bool {
    matches!(ev, Event::Key(k)
        if k.code == KeyCode::Esc && k.modifiers == KeyModifiers::NONE && k.kind != KeyEventKind::Release)
}

/// How many presses of a run of `n` Esc to hand on.
pub fn esc_presses(n: usize) -> usize {
    if n <= PREFIX {
        n
    } else {
        PREFIX + (n - PREFIX) % 2
    }
}

/// The events to hand to the app, in order: all of them, except the middle of long Esc runs.
pub fn events(events: &[Event]) -> Vec<&Event> {
    let mut out = Vec::with_capacity(events.len().min(1024));
    let mut i = 0;
    while i < events.len() {
        let run = events[i..].iter().take_while(|e| is_esc(e)).count();
        if run == 0 {
            out.push(&events[i]);
            i += 1;
        } else {
            out.extend(&events[i..i + esc_presses(run)]);
            i += run;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyEvent;

    fn key(code: KeyCode) -> Event {
        Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
    }

    #[test]
    fn long_runs_keep_their_parity_and_the_rest_is_untouched() {
        assert_eq!(
            (0..9).map(esc_presses).collect::<Vec<_>>(),
            [0, 1, 2, 3, 4, 3, 4, 3, 4]
        );
        let esc = key(KeyCode::Esc);
        let a = key(KeyCode::Char('a'));
        let mut input = vec![a.clone()];
        input.extend(std::iter::repeat_n(esc.clone(), 1_000_001));
        input.push(a.clone());
        input.extend(std::iter::repeat_n(esc.clone(), 2));
        let kept = events(&input);
        assert_eq!(kept.len(), 1 + 3 + 1 + 2);
        assert_eq!(kept[0], &a);
        assert_eq!(kept[4], &a);
    }
}
