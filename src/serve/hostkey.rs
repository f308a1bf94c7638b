//! The server's host key: made once, kept on disk, so pupils' ssh clients recognise the
//! server on every start instead of warning about a changed key.

use std::fs::{self, OpenOptions};
use std::io::{Read, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use russh::keys::ssh_key::LineEnding;
use russh::keys::{Algorithm, HashAlg, PrivateKey};

/// `$XDG_DATA_HOME/yrke/host_key`, else `~/.local/share/yrke/host_key`.
pub fn default_path() -> Option<PathBuf> {
    let from_env = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    let base = match from_env("XDG_DATA_HOME") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(from_env("HOME")?).join(".local/share"),
    };
    Some(base.join("yrke").join("host_key"))
}

/// Load the key at `path`, or make a new Ed25519 key there (mode 0600) when there is none.
/// Returns the key and whether it was just made.
pub fn load_or_create(path: &Path) -> Result<(PrivateKey, bool), String> {
    if path.exists() {
        return load(path).map(|k| (k, false));
    }
    let key = PrivateKey::random(&mut rand::rng(), Algorithm::Ed25519)
        .map_err(|e| format!("kunne ikke lage vertsnøkkel: {e}"))?;
    match save(&key, path) {
        Ok(()) => Ok((key, true)),
        // Another server started at the same moment and saved its key first: use that one.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => load(path).map(|k| (k, false)),
        Err(e) => Err(format!(
            "{}: kunne ikke lagre vertsnøkkelen: {e}",
            path.display()
        )),
    }
}

/// `SHA256:…`, as `ssh-keygen -lf` and the ssh client's first-connection prompt show it.
pub fn fingerprint(key: &PrivateKey) -> String {
    key.public_key().fingerprint(HashAlg::Sha256).to_string()
}

/// Whether others than the owner may read the file (OpenSSH refuses such keys; we warn).
pub fn readable_by_others(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|m| m.permissions().mode() & 0o077 != 0)
}

/// Largest host key file read: an OpenSSH Ed25519 key is about 400 bytes, an RSA-4096 key
/// about 3.4 KB.
pub const MAX_KEY_BYTES: u64 = 16 * 1024;

/// Read the key, refusing anything but a small regular file: `/dev/zero` would be read
/// without end, and opening a FIFO would wait for a writer for ever.
fn load(path: &Path) -> Result<PrivateKey, String> {
    let shown = path.display();
    let meta =
        fs::metadata(path).map_err(|e| format!("{shown}: kunne ikke lese vertsnøkkelen: {e}"))?;
    if !meta.is_file() {
        return Err(format!(
            "{shown}: vertsnøkkelen må være en vanlig fil (ikke en enhet, FIFO eller mappe)"
        ));
    }
    if meta.len() > MAX_KEY_BYTES {
        return Err(format!(
            "{shown}: for stor til å være en vertsnøkkel ({} byte, høyst {MAX_KEY_BYTES})",
            meta.len()
        ));
    }
    let mut text = String::new();
    fs::File::open(path)
        .and_then(|f| f.take(MAX_KEY_BYTES + 1).read_to_string(&mut text))
        .map_err(|e| format!("{shown}: kunne ikke lese vertsnøkkelen: {e}"))?;
    if text.len() as u64 > MAX_KEY_BYTES {
        return Err(format!("{shown}: for stor til å være en vertsnøkkel"));
    }
    russh::keys::decode_secret_key(&text, None)
        .map_err(|e| format!("{shown}: kunne ikke lese vertsnøkkelen: {e}"))
}

fn save(key: &PrivateKey, path: &Path) -> std::io::Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        // Only the server's user may look into a folder it makes (whatever the umask).
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)?;
    }
    let text = key
        .to_openssh(LineEnding::LF)
        .map_err(|e| std::io::Error::other(e.to_string()))?;
    // create_new: never overwrite a key pupils' clients already trust.
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn made_once_then_loaded_with_the_same_fingerprint() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/host_key");
        let (first, created) = load_or_create(&path).unwrap();
        assert!(created);
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        assert!(!readable_by_others(&path));

        let (again, created) = load_or_create(&path).unwrap();
        assert!(!created);
        assert_eq!(fingerprint(&first), fingerprint(&again));
        assert!(fingerprint(&first).starts_with("SHA256:"));
    }

    #[test]
    fn a_broken_key_file_is_an_error_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("host_key");
        fs::write(&path, "ikke en nøkkel").unwrap();
        let err = load_or_create(&path).unwrap_err();
        assert!(err.contains("host_key"), "{err}");
        assert_eq!(fs::read_to_string(&path).unwrap(), "ikke en nøkkel");
    }

    #[test]
    fn a_made_folder_is_for_the_owner_only() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a/b/host_key");
        load_or_create(&path).unwrap();
        for folder in [dir.path().join("a"), dir.path().join("a/b")] {
            let mode = fs::metadata(&folder).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o700, "{}", folder.display());
        }
    }

    #[test]
    fn devices_folders_and_huge_files_are_refused_at_once() {
        for special in ["/dev/zero", "/dev/null"] {
            let err = load_or_create(Path::new(special)).unwrap_err();
            assert!(err.contains("vanlig fil"), "{special}: {err}");
        }
        let dir = tempfile::tempdir().unwrap();
        let err = load_or_create(dir.path()).unwrap_err();
        assert!(err.contains("vanlig fil"), "{err}");
        let big = dir.path().join("big");
        fs::write(&big, vec![b'a'; MAX_KEY_BYTES as usize + 1]).unwrap();
        let err = load_or_create(&big).unwrap_err();
        assert!(err.contains("for stor"), "{err}");
    }

    #[test]
    fn a_fifo_is_refused_without_waiting_for_a_writer() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fifo");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !made.is_ok_and(|s| s.success()) {
            eprintln!("mkfifo not available; skipped");
            return;
        }
        let err = load_or_create(&fifo).unwrap_err();
        assert!(err.contains("vanlig fil"), "{err}");
    }
}
