//! The session loop without a network: a recorder stands in for the SSH channel, and the test
//! decides when a frame has been taken (a client that stops reading, then catches up).

use std::sync::{Arc, Mutex};

use tokio::sync::{Semaphore, mpsc, watch};

use super::*;
use crate::search::Index;
use crate::ui;

fn explorer(cols: u16, rows: u16) -> Explorer {
    let data = Arc::new(crate::dataset::bundled().unwrap());
    let index = Arc::new(Index::new(&data));
    let app = App::new(data, index, crate::ui::measure());
    let opts = ui::Options {
        color: true,
        ascii: false,
    };
    Explorer::new(app, opts, cols, rows).unwrap()
}

/// Records every frame; a frame is taken only when the test grants a permit.
#[derive(Clone)]
struct Recorder {
    frames: Arc<Mutex<Vec<Vec<u8>>>>,
    taken: Arc<Semaphore>,
}

impl Recorder {
    fn new() -> Recorder {
        Recorder {
            frames: Arc::default(),
            taken: Arc::new(Semaphore::new(0)),
        }
    }

    fn frames(&self) -> Vec<Vec<u8>> {
        self.frames.lock().unwrap().clone()
    }
}

impl Output for Recorder {
    fn send(&self, bytes: Vec<u8>) -> Sending {
        self.frames.lock().unwrap().push(bytes);
        let taken = Arc::clone(&self.taken);
        Box::pin(async move {
            let _ = taken.acquire().await.map(|p| p.forget());
            true
        })
    }
}

/// Wait until `done` holds; a liveness bound only (a loaded CI may be slow, never wrong).
async fn until(what: &str, done: impl Fn() -> bool) {
    for _ in 0..120_000 {
        if done() {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    }
    panic!("{what}");
}

/// Wait until the loop has taken every queued message.
async fn drained(tx: &mpsc::Sender<Input>) {
    until("the session loop did not take its input", || {
        tx.capacity() == tx.max_capacity()
    })
    .await;
}

fn start(
    out: Recorder,
) -> (
    mpsc::Sender<Input>,
    tokio::task::JoinHandle<End>,
    watch::Sender<bool>,
) {
    let (tx, mut rx) = mpsc::channel(64);
    let (stop, stopped) = watch::channel(false);
    let task = tokio::spawn(async move {
        let mut ex = explorer(80, 24);
        drive(&mut ex, &out, None, stopped, &mut rx).await
    });
    (tx, task, stop)
}

/// The client stops reading; 10,000 resizes between 1×1 and 500×200 arrive, with keys among
/// them. Nothing more is handed on until the frame in flight is taken, and then exactly one
/// frame: complete, at the last size, no bigger than one resize costs.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_resize_storm_from_a_client_that_does_not_read_queues_nothing() {
    let out = Recorder::new();
    let (tx, task, _stop) = start(out.clone());
    for i in 0..10_000 {
        let (c, r) = if i % 2 == 0 { (500, 200) } else { (1, 1) };
        tx.send(Input::Resize(c, r)).await.unwrap();
        if i % 1000 == 0 {
            tx.send(Input::Data(b"a".to_vec())).await.unwrap();
        }
    }
    tx.send(Input::Resize(100, 30)).await.unwrap();
    drained(&tx).await;
    assert_eq!(
        out.frames().len(),
        1,
        "only the first frame while it is in flight"
    );

    out.taken.add_permits(1);
    until("no second frame", || out.frames().len() >= 2).await;
    let frames = out.frames();
    assert_eq!(frames.len(), 2, "one frame for the whole storm");

    let mut reference = explorer(80, 24);
    reference.frame().unwrap();
    reference.input(b"aaaaaaaaaa").unwrap();
    reference.resize(100, 30).unwrap();
    let one_resize = reference.frame().unwrap();
    assert!(
        frames[1].len() <= one_resize.len() + 64,
        "{} bytes after 10,000 resizes, {} after one",
        frames[1].len(),
        one_resize.len()
    );
    let mut screen = vt100::Parser::new(30, 100, 0);
    screen.process(&frames[0]);
    screen.process(&frames[1]);
    let mut fresh = vt100::Parser::new(30, 100, 0);
    fresh.process(screen::ENTER);
    fresh.process(&one_resize);
    assert_eq!(screen.screen().contents(), fresh.screen().contents());

    drop(tx);
    assert_eq!(task.await.unwrap(), End::Gone);
}

/// A pasted 30 KB arriving in many packets while a frame is in flight is applied in batches
/// and costs one more frame, not one per packet.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_paste_is_one_frame() {
    let out = Recorder::new();
    let (tx, task, _stop) = start(out.clone());
    let paste = "radiolog ".repeat(30 * 1024 / 9);
    for piece in paste.as_bytes().chunks(512) {
        tx.send(Input::Data(piece.to_vec())).await.unwrap();
    }
    drained(&tx).await;
    out.taken.add_permits(1);
    until("no second frame", || out.frames().len() >= 2).await;
    assert_eq!(out.frames().len(), 2);
    drop(tx);
    out.taken.add_permits(1);
    assert_eq!(task.await.unwrap(), End::Gone);
}
