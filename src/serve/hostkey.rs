//! The server's host key: made once, kept on disk, so pupils' ssh clients recognise the
//! server on every start instead of warning about a changed key.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
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

fn load(path: &Path) -> Result<PrivateKey, String> {
    russh::keys::load_secret_key(path, None)
        .map_err(|e| format!("{}: kunne ikke lese vertsnøkkelen: {e}", path.display()))
}

fn save(key: &PrivateKey, path: &Path) -> std::io::Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir)?;
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
}
