//! Start `yrke serve` in-process on a loopback port, for the serve integration tests.

use std::net::SocketAddr;
use std::sync::Arc;

use tokio::net::TcpListener;
use tokio::sync::oneshot;
use yrke::cli::ColorChoice;
use yrke::search::Index;
use yrke::serve::{Server, Settings, hostkey};

/// A running server; dropping it stops the server and removes its host key.
pub struct Running {
    pub addr: SocketAddr,
    _stop: oneshot::Sender<()>,
    _dir: tempfile::TempDir,
}

pub async fn start_with(settings: Settings) -> Running {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    start_on(settings, listener).await
}

/// The server on a listener the test made (another address family, say).
#[allow(dead_code)]
pub async fn start_on(settings: Settings, listener: TcpListener) -> Running {
    let dir = tempfile::tempdir().unwrap();
    let (key, _) = hostkey::load_or_create(&dir.path().join("host_key")).unwrap();
    let data = Arc::new(yrke::dataset::bundled().unwrap());
    let index = Arc::new(Index::new(&data));
    let server = Server::new(key, data, index, settings, ColorChoice::Auto, false);
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = oneshot::channel::<()>();
    tokio::spawn(async move {
        server
            .run(listener, async {
                let _ = stopped.await;
            })
            .await
    });
    Running {
        addr,
        _stop: stop,
        _dir: dir,
    }
}
