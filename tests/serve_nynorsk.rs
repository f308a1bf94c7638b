//! `yrke serve` in the pupil's own standard: the client's variables choose it per session,
//! the server's `--sprak` is the fallback, and Ctrl-L switches one session only.

#[path = "support/pupil.rs"]
mod pupil;
#[path = "support/server.rs"]
mod server_support;

use std::time::Duration;

use pupil::Pupil;
use server_support::start_with;
use yrke::lang::Lang;
use yrke::serve::Settings;

fn settings(lang: Lang, idle: Duration) -> Settings {
    let mut s = Settings::new(10, idle);
    s.lang = lang;
    s
}

const NB: &str = "Velkommen til yrke";
const NN: &str = "Velkomen til yrke";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_clients_locale_chooses_per_session_and_ctrl_l_switches_one_session() {
    let s = start_with(settings(Lang::Nb, Duration::from_secs(600))).await;
    let mut nn = Pupil::start(s.addr, 80, 24, &[("LANG", "nn_NO.UTF-8")]).await;
    let mut nb = Pupil::start(s.addr, 80, 24, &[]).await;
    nn.wait_for_text(NN).await;
    nb.wait_for_text(NB).await;
    assert!(nn.text().contains("Detaljar"), "{}", nn.text());

    // Ctrl-L: this pupil reads bokmål now; the other session is untouched.
    nn.send(b"\x0c").await;
    nn.wait_for_text(NB).await;
    nb.send(b"l").await;
    nb.wait_for_text("> l").await;
    assert!(nb.text().contains("Detaljer"), "{}", nb.text());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_servers_choice_holds_unless_the_client_names_a_standard() {
    let s = start_with(settings(Lang::Nn, Duration::from_secs(600))).await;
    let mut silent = Pupil::start(s.addr, 80, 24, &[]).await;
    let mut english = Pupil::start(s.addr, 80, 24, &[("LANG", "en_GB.UTF-8")]).await;
    let mut bokmal = Pupil::start(s.addr, 80, 24, &[("LC_ALL", "nb_NO.UTF-8")]).await;
    let mut chosen = Pupil::start(s.addr, 80, 24, &[("YRKE_SPRAK", "nb")]).await;
    silent.wait_for_text(NN).await;
    english.wait_for_text(NN).await;
    bokmal.wait_for_text(NB).await;
    chosen.wait_for_text(NB).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_goodbye_is_in_the_pupils_standard() {
    let s = start_with(settings(Lang::Nb, Duration::from_millis(400))).await;
    let mut p = Pupil::start(s.addr, 80, 24, &[("LANGUAGE", "nn")]).await;
    p.wait_for_text(NN).await;
    p.wait_for_close().await;
    assert!(p.text().contains("utan aktivitet"), "{}", p.text());
}
