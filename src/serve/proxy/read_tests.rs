use super::header::{V1_MAX, V2_MAX_BODY};
use super::*;

use proptest::prelude::*;
use tokio::io::{AsyncWriteExt, duplex};

/// A peer that hands out `bytes` in chunks of the given sizes (the last one repeated) and
/// then ends, counting what was taken.
struct Chunked {
    bytes: Vec<u8>,
    sizes: Vec<usize>,
    taken: usize,
    reads: usize,
}

impl AsyncRead for Chunked {
    fn poll_read(
        mut self: Pin<&mut Self>,
        _: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = &mut *self;
        let size = this.sizes[this.reads.min(this.sizes.len() - 1)].max(1);
        this.reads += 1;
        let n = size.min(buf.remaining()).min(this.bytes.len() - this.taken);
        buf.put_slice(&this.bytes[this.taken..this.taken + n]);
        this.taken += n;
        Poll::Ready(Ok(()))
    }
}

fn read_all(bytes: Vec<u8>, sizes: Vec<usize>) -> (Result<Arrival, Failure>, usize) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .unwrap();
    let mut peer = Chunked {
        bytes,
        sizes,
        taken: 0,
        reads: 0,
    };
    let got = rt.block_on(read_header(&mut peer, Duration::from_secs(5)));
    (got, peer.taken)
}

fn v2(source: &str) -> Vec<u8> {
    header::v2_proxy(source.parse().unwrap(), "10.0.0.1:2222".parse().unwrap())
}

#[tokio::test]
async fn the_ssh_banner_after_the_header_reaches_ssh_whole() {
    let (mut balancer, mut ours) = duplex(4096);
    let mut sent = v2("[2001:db8::7]:40000");
    sent.extend(b"SSH-2.0-client\r\n");
    balancer.write_all(&sent).await.unwrap();
    let Ok(Arrival::Pupil { source, rest }) = read_header(&mut ours, HEADER_TIMEOUT).await else {
        panic!("a pupil")
    };
    assert_eq!(source, "[2001:db8::7]:40000".parse().unwrap());
    let mut stream = Prefixed::new(rest, ours);
    balancer.write_all(b"more").await.unwrap();
    let mut got = [0u8; 20];
    stream.read_exact(&mut got).await.unwrap();
    assert_eq!(&got, b"SSH-2.0-client\r\nmore");
}

#[tokio::test]
async fn a_silent_peer_times_out_and_a_closed_one_is_quiet() {
    let (_balancer, mut ours) = duplex(64);
    let err = read_header(&mut ours, Duration::from_millis(20))
        .await
        .unwrap_err();
    assert!(matches!(err, Failure::TimedOut) && !err.quiet());

    let (balancer, mut ours) = duplex(64);
    drop(balancer);
    let err = read_header(&mut ours, HEADER_TIMEOUT).await.unwrap_err();
    assert!(err.quiet(), "{err:?}");

    let (mut balancer, mut ours) = duplex(64);
    balancer.write_all(b"PROXY TCP4 1.2").await.unwrap();
    drop(balancer);
    let err = read_header(&mut ours, HEADER_TIMEOUT).await.unwrap_err();
    assert!(matches!(err, Failure::Truncated) && !err.quiet());
}

#[test]
fn a_health_check_reads_nothing_past_its_header() {
    let mut bytes = header::v2_local();
    bytes.extend([0u8; 100]);
    // One byte at a time: the read stops right at the end of the LOCAL header.
    let (got, taken) = read_all(bytes, vec![1]);
    assert!(matches!(got, Ok(Arrival::HealthCheck)), "{got:?}");
    assert_eq!(taken, 16);
    let (got, _) = read_all(b"PROXY UNKNOWN\r\n".to_vec(), vec![3]);
    assert!(matches!(got, Ok(Arrival::HealthCheck)), "{got:?}");
}

#[test]
fn an_endless_peer_is_read_only_up_to_the_cap() {
    let v2_announcing = |len: u16| {
        let mut h = header::v2_local();
        h[12] = 0x21; // PROXY, family unspecified: no address to read
        h[14..16].copy_from_slice(&len.to_be_bytes());
        h.resize(100_000, 0);
        h
    };
    // A block exactly at the cap is read to its end, and no further.
    let at_cap = u16::try_from(V2_MAX_BODY).unwrap();
    let (got, taken) = read_all(v2_announcing(at_cap), vec![7]);
    assert!(matches!(got, Ok(Arrival::HealthCheck)), "{got:?}");
    assert_eq!(taken, MAX_HEADER);
    let v1_endless = [b"PROXY UNKNOWN ".to_vec(), vec![b'x'; 100_000]].concat();
    for bytes in [
        v2_announcing(at_cap + 1),
        v2_announcing(u16::MAX),
        v1_endless,
    ] {
        let (got, taken) = read_all(bytes, vec![7]);
        assert!(got.is_err(), "{got:?}");
        assert!(taken <= MAX_HEADER, "{taken}");
    }
    // v1 stops at its own limit long before the v2 one.
    let (_, taken) = read_all([b"PROXY ".to_vec(), vec![b'x'; 500]].concat(), vec![1]);
    assert_eq!(taken, V1_MAX);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Any bytes: no panic, a header never claims more than was given or than the cap, and
    /// "read more" only while under the cap.
    #[test]
    fn the_parser_never_panics_nor_overreaches(bytes in prop::collection::vec(any::<u8>(), 0..1400)) {
        match header::parse(&bytes) {
            Ok(Parsed::Done(_, used)) => prop_assert!(used <= bytes.len().min(MAX_HEADER)),
            Ok(Parsed::Incomplete) => prop_assert!(bytes.len() < MAX_HEADER),
            Err(_) => {}
        }
    }

    /// Near-valid input (a real header's start, a random middle, random bytes after), read
    /// in random chunks: never more than the cap is read, and a pupil's `rest` is exactly
    /// the bytes read past the header.
    #[test]
    fn reading_never_takes_more_than_the_cap(
        kind in 0..4usize,
        keep in 0..60usize,
        middle in prop::collection::vec(any::<u8>(), 0..80),
        tail in prop::collection::vec(any::<u8>(), 0..2000),
        sizes in prop::collection::vec(1..300usize, 1..8),
    ) {
        let start = match kind {
            0 => b"PROXY TCP4 203.0.113.7 10.0.0.1 5 6\r\n".to_vec(),
            1 => b"PROXY TCP6 ::1 ::2 5 6\r\n".to_vec(),
            2 => v2("203.0.113.7:5"),
            _ => header::v2_local(),
        };
        let mut bytes = start.clone();
        if keep < start.len() {
            bytes.truncate(keep);
            bytes.extend(&middle);
        }
        bytes.extend(&tail);
        let (got, taken) = read_all(bytes.clone(), sizes);
        prop_assert!(taken <= MAX_HEADER, "{}", taken);
        if let Ok(Arrival::Pupil { rest, .. }) = got {
            let used = taken - rest.len();
            prop_assert_eq!(&bytes[used..taken], &rest[..]);
            prop_assert!(matches!(header::parse(&bytes[..used]), Ok(Parsed::Done(_, n)) if n == used));
        }
    }
}
