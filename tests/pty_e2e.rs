//! End to end in a real pseudo-terminal: start `yrke` at 80×24, use it like a pupil, and
//! check that every way out leaves the terminal as it was.
//!
//! Waits are on screen contents with a deadline (`pty::DEADLINE`), never on bare sleeps.
//! Screen checks are keyed on dataset names, not on the explorer's exact layout.

mod pty;

use std::process::{Command, Stdio};

use pty::{Pty, box_drawing_chars, colour_sgr_codes};

/// Quitting takes Ctrl-C twice (a reflexive one only asks).
const CTRL_C: &[u8] = b"\x03\x03";
const ENTER: &[u8] = b"\r";
const ALT_LEFT: &[u8] = b"\x1b[1;3D";

/// The start screen lists entries; Anestesilege is among the first alphabetically.
fn wait_for_list(p: &mut Pty) {
    p.wait_for_text("Anestesilege");
}

#[test]
fn search_open_follow_back_resize_and_quit() {
    let mut p = Pty::explorer(&[], &[]);
    wait_for_list(&mut p);

    // Norwegian letters through the pty: "røntgen" finds Radiolog (synonym røntgenlege).
    p.type_keys("røntgen");
    p.wait_for("Radiolog as a hit for «røntgen»", |s| {
        let t = s.contents();
        t.contains("røntgen") && t.contains("Radiolog") && !t.contains("Anestesilege")
    });

    // Open it: the details start with its summary.
    p.send(ENTER);
    p.wait_for_text("Legespesialist");

    // Follow the first related entry (pane 3, Relaterte), then come back.
    p.send(b"\x1b3"); // Alt-3
    p.send(ENTER);
    p.wait_for("another entry after following a related link", |s| {
        !s.contents().contains("Legespesialist")
    });
    p.send(ALT_LEFT);
    p.wait_for_text("Legespesialist");

    // Wider: the extra columns get used. Then tiny, then gone entirely, then back.
    p.resize(120, 40);
    p.wait_for("a layout using more than 80 columns", |s| {
        s.contents()
            .lines()
            .any(|l| l.trim_end().chars().count() > 80)
    });
    for (cols, rows) in [(20, 5), (1, 1), (80, 0), (0, 0), (5, 2)] {
        p.resize(cols, rows);
        assert!(p.is_running(), "yrke died at {cols}×{rows}");
    }
    p.resize(80, 24);
    p.wait_for_text("Legespesialist");
    assert!(p.is_running());

    p.send(CTRL_C);
    let status = p.wait_exit();
    assert!(status.success(), "{status:?}");
    p.assert_restored();
}

#[test]
fn letters_never_quit_and_ctrl_c_asks_first() {
    let mut p = Pty::explorer(&[], &[]);
    wait_for_list(&mut p);
    // While typing, q is a letter: it goes into the query.
    p.type_keys("anestesilegq");
    p.wait_for_text("anestesilegq");
    assert!(p.is_running());
    p.send(b"\x7f"); // Backspace
    p.type_keys("e");
    // Open the top hit, then type the next job: every letter arrives, q and k too.
    p.send(ENTER);
    p.wait_for_text("Legespesialist");
    p.type_keys("kirurg");
    p.wait_for_text("> kirurg");
    assert!(p.is_running(), "no letter quits");
    // One Ctrl-C only asks; the second leaves.
    p.send(b"\x03");
    p.wait_for_text("Trykk Ctrl-C");
    p.send(b"\x03");
    let status = p.wait_exit();
    assert!(status.success(), "{status:?}");
    p.assert_restored();
}

#[test]
fn frames_use_the_alternate_screen_and_synchronized_output() {
    let mut p = Pty::explorer(&[], &[]);
    wait_for_list(&mut p);
    p.type_keys("lege");
    p.wait_for_text("lege");
    p.send(CTRL_C);
    p.wait_exit();
    let raw = String::from_utf8_lossy(&p.raw()).into_owned();
    assert!(
        raw.starts_with("\x1b[?1049h"),
        "{:?}",
        &raw[..raw.len().min(40)]
    );
    assert!(raw.contains("\x1b[?2026h") && raw.contains("\x1b[?2026l"));
    // No mouse unless asked for, so selecting and copying text keeps working.
    assert!(!raw.contains("\x1b[?1000h"));
    p.assert_restored();
}

#[test]
fn mouse_only_with_the_flag_and_off_again_on_exit() {
    let mut p = Pty::explorer(&["--mouse"], &[]);
    wait_for_list(&mut p);
    assert_ne!(
        p.shared().parser.screen().mouse_protocol_mode(),
        vt100::MouseProtocolMode::None,
        "--mouse turns mouse reporting on"
    );
    p.send(CTRL_C);
    p.wait_exit();
    let raw = String::from_utf8_lossy(&p.raw()).into_owned();
    assert!(raw.contains("\x1b[?1000h"));
    let off = raw.rfind("\x1b[?1000l").expect("mouse turned off");
    assert!(off > raw.rfind("\x1b[?1000h").unwrap_or(0));
    p.assert_restored();
}

#[test]
fn mouse_is_turned_off_on_sigterm_too() {
    let mut p = Pty::explorer(&["--mouse"], &[]);
    wait_for_list(&mut p);
    p.kill_with("TERM");
    p.wait_exit();
    assert!(String::from_utf8_lossy(&p.raw()).contains("\x1b[?1000l"));
    p.assert_restored();
}

#[test]
fn no_color_means_no_colour_codes_but_selection_still_shows() {
    let mut p = Pty::explorer(&[], &[("NO_COLOR", Some("1"))]);
    wait_for_list(&mut p);
    p.type_keys("øye");
    p.wait_for_text("Øyelege");
    let marked = {
        let s = p.shared();
        let screen = s.parser.screen();
        let (rows, cols) = screen.size();
        (0..rows).any(|r| {
            (0..cols).any(|c| {
                screen
                    .cell(r, c)
                    .is_some_and(|cell| cell.inverse() || cell.bold() || cell.underline())
            })
        })
    };
    assert!(marked, "selection/highlight must show without colour");
    p.send(CTRL_C);
    p.wait_exit();
    assert_eq!(colour_sgr_codes(&p.raw()), Vec::<String>::new());
    p.assert_restored();
}

#[test]
fn colour_by_default_and_none_with_color_never() {
    let mut p = Pty::explorer(&[], &[]);
    wait_for_list(&mut p);
    p.send(CTRL_C);
    p.wait_exit();
    assert!(
        !colour_sgr_codes(&p.raw()).is_empty(),
        "16-colour theme expected"
    );

    let mut p = Pty::explorer(&["--color", "never"], &[]);
    wait_for_list(&mut p);
    p.send(CTRL_C);
    p.wait_exit();
    assert_eq!(colour_sgr_codes(&p.raw()), Vec::<String>::new());
}

#[test]
fn c_locale_gets_pure_7bit_output_with_norwegian_letters_spelled_out() {
    for env in [
        vec![("LANG", Some("C")), ("LC_ALL", None), ("LC_CTYPE", None)],
        vec![("LANG", Some("nb_NO.UTF-8")), ("LC_ALL", Some("C"))],
    ] {
        let mut p = Pty::explorer(&[], &env);
        wait_for_list(&mut p);
        p.type_keys("øye");
        // Found through the typed ø; shown the way Norwegian is written without æøå.
        p.wait_for_text("Oeyelege");
        p.send(CTRL_C);
        p.wait_exit();
        assert_eq!(box_drawing_chars(&p.raw()), Vec::<char>::new(), "{env:?}");
        let raw = p.raw();
        assert!(
            raw.is_ascii(),
            "{env:?}: a byte over 127 reached the terminal"
        );
        p.assert_restored();
    }
}

#[test]
fn ascii_flag_gets_ascii_borders() {
    let mut p = Pty::explorer(&["--ascii"], &[]);
    wait_for_list(&mut p);
    p.send(CTRL_C);
    p.wait_exit();
    assert_eq!(box_drawing_chars(&p.raw()), Vec::<char>::new());
}

#[test]
fn sigterm_sighup_and_sigint_restore_the_terminal() {
    for signal in ["TERM", "HUP", "INT"] {
        let mut p = Pty::explorer(&[], &[]);
        wait_for_list(&mut p);
        p.type_keys("rad");
        p.wait_for_text("Radiolog");
        p.kill_with(signal);
        let status = p.wait_exit();
        assert!(!status.success(), "SIG{signal}: {status:?}");
        p.assert_restored();
    }
}

/// SIGQUIT (kill -QUIT) used to kill the explorer with the terminal left raw, on the
/// alternate screen.
#[test]
fn sigquit_restores_the_terminal_too() {
    let mut p = Pty::explorer(&[], &[]);
    wait_for_list(&mut p);
    p.type_keys("rad");
    p.wait_for_text("Radiolog");
    p.kill_with("QUIT");
    let status = p.wait_exit();
    assert!(!status.success(), "SIGQUIT: {status:?}");
    p.assert_restored();
}

/// Debug builds panic on purpose with YRKE_TEST_PANIC; the message must land on the main
/// screen, after the restore.
#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "YRKE_TEST_PANIC exists only in debug builds"
)]
fn a_panic_restores_before_the_message_prints() {
    let mut p = Pty::explorer(&[], &[("YRKE_TEST_PANIC", Some("1"))]);
    let status = p.wait_exit();
    assert!(!status.success());
    let raw = String::from_utf8_lossy(&p.raw()).into_owned();
    let restored = raw.find("\x1b[?1049l\x1b[?25h").expect("restored");
    let message = raw.find("prøvepanikk").expect("panic message printed");
    assert!(
        restored < message,
        "the message must come after the restore"
    );
    assert!(
        p.screen_text().contains("prøvepanikk"),
        "the message is visible on the main screen"
    );
    p.assert_screen_state_restored();
    p.assert_termios_restored();
}

#[test]
fn dumb_terminal_gets_a_message_exit_2_and_no_escapes() {
    let mut p = Pty::explorer(&[], &[("TERM", Some("dumb"))]);
    let status = p.wait_exit();
    assert_eq!(status.exit_code(), 2);
    let raw = p.raw();
    assert!(!raw.contains(&0x1b), "{:?}", String::from_utf8_lossy(&raw));
    let text = String::from_utf8_lossy(&raw);
    assert!(
        text.contains("yrke show") && text.contains("yrke search"),
        "{text}"
    );
}

#[test]
fn without_a_tty_a_message_exit_2_and_no_escapes() {
    let out = Command::new(env!("CARGO_BIN_EXE_yrke"))
        .env("TERM", "xterm-256color")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .expect("run yrke");
    assert_eq!(out.status.code(), Some(2));
    assert!(!out.stdout.contains(&0x1b) && !out.stderr.contains(&0x1b));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("yrke show") && err.contains("yrke search"),
        "{err}"
    );
}

#[test]
fn colour_code_parser_knows_colours_from_attributes() {
    assert!(colour_sgr_codes(b"\x1b[1m\x1b[7m\x1b[0m\x1b[39m\x1b[49m\x1b[?25h").is_empty());
    for c in [
        "\x1b[31m",
        "\x1b[1;44m",
        "\x1b[38;5;3m",
        "\x1b[92m",
        "\x1b[48;2;1;2;3m",
    ] {
        assert_eq!(colour_sgr_codes(c.as_bytes()).len(), 1, "{c:?}");
    }
}

/// PuTTY sends Home/End as ESC[1~ / ESC[4~, xterm as ESC[H / ESC[F or ESC O H / ESC O F, and
/// arrows as ESC O A… in application mode; all must work. A lone Esc must stay a key.
#[test]
fn putty_and_xterm_key_variants_and_a_lone_esc() {
    let mut p = Pty::explorer(&[], &[]);
    wait_for_list(&mut p);
    p.type_keys("radiolog");
    p.send(ENTER);
    p.wait_for_text("Legespesialist");
    for (end, home) in [
        (&b"\x1b[4~"[..], &b"\x1b[1~"[..]),
        (b"\x1b[F", b"\x1b[H"),
        (b"\x1bOF", b"\x1bOH"),
    ] {
        p.send(end);
        p.wait_for("the end of the details (review stamp)", |s| {
            let t = s.contents();
            t.contains("står på oppføringen") && !t.contains("Legespesialist")
        });
        p.send(home);
        p.wait_for_text("Legespesialist");
    }
    // SS3 arrows (application cursor mode) scroll too: the summary line leaves the top.
    p.send(b"\x1bOB");
    p.send(b"\x1bOB");
    p.wait_for("scrolled by SS3 down-arrows", |s| {
        !s.contents().contains("Legespesialist")
    });
    p.send(b"\x1bOA");
    p.send(b"\x1bOA");
    p.wait_for_text("Legespesialist");
    // A lone Esc goes back to Søk with the query as it was; a second clears it: the query
    // line's «radiolog» goes, the details (which say «radiolog» too) stay. Then the next
    // letters are a new query, not Alt-letters.
    let before = p.screen_text().matches("radiolog").count();
    p.send(b"\x1b");
    // Søk's footer offers Enter (Detaljer's does not): the first Esc has been read, so the
    // second is not taken as part of the same sequence.
    p.wait_for("back in Søk, the query kept", |s| {
        let t = s.contents();
        t.contains("> radiolog") && t.contains("Enter åpne")
    });
    p.send(b"\x1b");
    p.wait_for("an empty query after a second Esc", |s| {
        s.contents().matches("radiolog").count() + 1 == before
    });
    p.type_keys("øyelege");
    p.wait_for("a new query, not «radiologøyelege»", |s| {
        let t = s.contents();
        t.contains("Øyelege") && !t.contains("radiologøyelege")
    });
    p.send(CTRL_C);
    assert!(p.wait_exit().success());
    p.assert_restored();
}

/// Some SSH clients open the session before they know the window size: start at 0×0, then
/// draw as soon as a real size arrives.
#[test]
fn starts_at_zero_size_and_draws_once_sized() {
    let mut p = Pty::spawn(&[], &[], 0, 0);
    // The first (empty) frame is out, drawn at 0×0.
    p.wait_for_output(b"\x1b[?2026l");
    p.resize(80, 24);
    wait_for_list(&mut p);
    p.send(CTRL_C);
    assert!(p.wait_exit().success());
    p.assert_restored();
}

/// A counsellor marks two entries and opens the comparison at 80×24.
#[test]
fn mark_two_entries_and_compare_them_at_80x24() {
    let mut p = Pty::explorer(&[], &[]);
    wait_for_list(&mut p);
    p.type_keys("jordmor");
    p.wait_for_text("> jordmor");
    p.send(b"\x18"); // Ctrl-X
    p.send(b"\x15"); // Ctrl-U
    p.type_keys("helsesykepleier");
    p.wait_for_text("> helsesykepleier");
    p.send(b"\x18");
    p.send(b"\x1b5"); // Alt-5
    p.wait_for("the comparison of the two", |s| {
        let t = s.contents();
        t.contains("Sammenligning") && t.contains("Jordmor (yrke)") && t.contains("Hva jobben er")
    });
    p.send(b"\x1b[6~"); // PgDn to the end: the export command
    p.send(b"\x1b[F");
    p.wait_for_text("yrke compare jordmor helsesykepleier");
    p.send(CTRL_C);
    assert!(p.wait_exit().success());
    p.assert_restored();
}

/// A Latin-1 terminal sends ø as one byte; a long paste and the Ctrl-C after it arrive whole.
#[test]
fn latin1_letters_and_a_long_burst_arrive_whole() {
    let mut p = Pty::explorer(&[], &[]);
    wait_for_list(&mut p);
    p.send(b"s\xf8kerlege");
    p.wait_for_text("> søkerlege");
    // 3,000 bytes and then Ctrl-C twice in one write: nothing waits for another key.
    let mut burst = b"\x15".to_vec();
    burst.extend(std::iter::repeat_n(b'a', 3_000));
    burst.extend_from_slice(b"\x03\x03");
    p.send(&burst);
    let status = p.wait_exit();
    assert!(status.success(), "{status:?}");
    p.assert_restored();
}

/// Esc and a word in one write, as a fast typist's terminal sends them, after each pane switch.
#[test]
fn a_word_after_esc_or_a_pane_switch_arrives_exactly() {
    let mut p = Pty::explorer(&[], &[]);
    wait_for_list(&mut p);
    p.type_keys("jordmor");
    p.send(ENTER);
    p.wait_for_text("Følger kvinner");
    p.send(b"\x1bkirurg");
    p.wait_for_text("> kirurg");
    for (pane, word) in [(b'2', "gynekolog"), (b'3', "qvinne"), (b'4', "jordmor")] {
        p.send(&[0x1b, pane]);
        p.send(word.as_bytes());
        p.wait_for_text(&format!("> {word}"));
    }
    p.send(CTRL_C);
    assert!(p.wait_exit().success());
}

/// The terminal's cursor stands after the query in Søk; elsewhere it is hidden and parked top
/// left, never on the bottom row (where xterm scrolls the screen away on a resize).
#[test]
fn the_cursor_is_in_the_query_or_hidden_top_left() {
    let mut p = Pty::explorer(&[], &[]);
    wait_for_list(&mut p);
    p.type_keys("jordmor");
    p.wait_for("the cursor after «> jordmor»", |s| {
        !s.hide_cursor() && s.cursor_position() == (1, 10)
    });
    p.send(ENTER);
    p.wait_for("a hidden cursor, top left", |s| {
        s.hide_cursor() && s.cursor_position() == (0, 0)
    });
    p.send(CTRL_C);
    assert!(p.wait_exit().success());
}
