//! The explorer in a real pseudo-terminal, in the standard the environment asks for:
//! `LANG=nn_NO.UTF-8 yrke` starts in nynorsk, `--sprak` and `YRKE_SPRAK` win over the
//! locale, and Ctrl-L switches while running. Waits have deadlines, never bare sleeps.

// Shared with pty_e2e.rs, which uses the rest of it.
#[allow(dead_code)]
mod pty;

use pty::Pty;

const CTRL_C: &[u8] = b"\x03\x03";
const CTRL_L: &[u8] = b"\x0c";
const NB: &str = "Velkommen til yrke";
const NN: &str = "Velkomen til yrke";

fn starts_with(args: &[&str], env: &[(&str, Option<&str>)], welcome: &str) {
    let mut p = Pty::explorer(args, env);
    p.wait_for_text(welcome);
    p.send(CTRL_C);
    p.wait_exit();
    p.assert_restored();
}

#[test]
fn the_locale_chooses_and_flags_win() {
    starts_with(&[], &[("LANG", Some("nn_NO.UTF-8"))], NN);
    starts_with(&[], &[("LANG", Some("nb_NO.UTF-8"))], NB);
    starts_with(&["--sprak", "nb"], &[("LANG", Some("nn_NO.UTF-8"))], NB);
    starts_with(
        &[],
        &[("LANG", Some("nb_NO.UTF-8")), ("YRKE_SPRAK", Some("nn"))],
        NN,
    );
    starts_with(
        &[],
        &[("LANG", Some("nb_NO.UTF-8")), ("LANGUAGE", Some("nn:nb"))],
        NN,
    );
}

#[test]
fn ctrl_l_switches_while_running_and_the_quit_question_follows() {
    let mut p = Pty::explorer(&[], &[("LANG", Some("nb_NO.UTF-8"))]);
    p.wait_for_text(NB);
    p.send(CTRL_L);
    p.wait_for_text(NN);
    p.wait_for_text("Detaljar");
    p.send(b"\x03");
    p.wait_for_text("Trykk Ctrl-C éin gong til");
    p.send(b"\x03");
    p.wait_exit();
    p.assert_restored();
}
