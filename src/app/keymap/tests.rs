//! The keymap table is consistent: no key bound twice where rows overlap, help for every row.

use super::*;
use crate::lang::Msg;

#[test]
fn rows_that_can_apply_together_never_share_a_key() {
    for (i, a) in BINDINGS.iter().enumerate() {
        for b in &BINDINGS[i + 1..] {
            let overlap = a.when.iter().any(|m| b.when.contains(m));
            let shared = a.keys.iter().find(|k| b.keys.contains(k));
            assert!(
                !overlap || shared.is_none(),
                "{:?} is bound twice: {} / {}",
                shared,
                a.help.key(),
                b.help.key()
            );
        }
    }
}

#[test]
fn every_action_row_has_help_text() {
    assert!(
        BINDINGS
            .iter()
            .all(|b| !b.help.nb().is_empty() && !b.help.nn().is_empty() && !b.keys.is_empty())
    );
}
