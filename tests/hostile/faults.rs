//! Faults: files that disappear or change while loading; a full disk or a
//! data folder that cannot be written while saving the reading state.
//!
//! CI runs as root, for whom file modes block nothing, so the faults are
//! made with things that stop root too: a link to nothing, a pipe, a
//! folder or `/dev/full` where a file should go, a plain file where a
//! folder should be.

use hearsay::ingest;
use hearsay::state::{Changes, State, Store};
use std::fs;
use std::path::Path;

const GOOD: &str = "A Good Title\n\nThe mayor said the bridge would open.\n";

fn problems(paths: &[&Path]) -> (Vec<String>, usize) {
    let loaded = ingest::load_paths(paths);
    (
        loaded.problems.iter().map(|p| p.to_string()).collect(),
        loaded.corpus.articles.len(),
    )
}

#[test]
fn a_file_gone_between_listing_and_reading_is_reported_and_skipped() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), GOOD).unwrap();
    // Listed in the folder, but what it points at is gone: the state of a
    // file deleted after the listing, made deterministic.
    std::os::unix::fs::symlink(dir.path().join("deleted.txt"), dir.path().join("b.txt")).unwrap();
    let (p, n) = problems(&[dir.path()]);
    assert_eq!(n, 1);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].contains("b.txt: skipped: a link to nothing"), "{p:?}");
    // Named on the command line and deleted before the read.
    let gone = dir.path().join("gone.txt");
    let (p, n) = problems(&[&dir.path().join("a.txt"), &gone]);
    assert_eq!(n, 1);
    assert!(
        p[0].contains("gone.txt: skipped: no such file or folder"),
        "{p:?}"
    );
}

#[test]
fn a_file_replaced_by_a_pipe_or_a_folder_is_skipped_without_blocking() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), GOOD).unwrap();
    // A named pipe with no writer: reading it would block for ever.
    let fifo = dir.path().join("b.txt");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    // A folder where a file was.
    fs::create_dir(dir.path().join("c.txt")).unwrap();
    fs::write(
        dir.path().join("c.txt/inner.txt"),
        GOOD.replace("Good", "Inner"),
    )
    .unwrap();
    let started = std::time::Instant::now();
    let (p, n) = problems(&[dir.path()]);
    assert!(started.elapsed().as_secs() < 10);
    assert_eq!(n, 2, "{p:?}");
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].contains("b.txt: skipped: not a regular file"), "{p:?}");
}

#[test]
fn a_file_that_changes_between_reads_is_read_as_it_is_now() {
    // Each read takes the file whole, once: a changed file gives the new
    // article (with a new id), never a mix of spans from two versions.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.txt");
    fs::write(&path, GOOD).unwrap();
    let first = ingest::load_paths(&[&path]).corpus;
    fs::write(&path, "Changed\n\n“New words,” she said.\n").unwrap();
    let second = ingest::load_paths(&[&path]).corpus;
    assert_ne!(first.articles[0].id, second.articles[0].id);
    let a = &second.articles[0];
    assert_eq!(second.text(a, a.title), "Changed");
    // Truncated to nothing: reported, not a crash.
    fs::write(&path, "").unwrap();
    let (p, n) = problems(&[&path]);
    assert_eq!(n, 0);
    assert!(p[0].contains("empty file"), "{p:?}");
}

fn changes() -> Changes {
    let mut c = Changes::default();
    c.read.insert("abc".into(), true);
    c
}

/// A data folder holding a saved state.
fn saved() -> (tempfile::TempDir, Store, Vec<u8>) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::new(dir.path());
    let mut c = Changes::default();
    c.read.insert("old".into(), true);
    store.save(&c).unwrap();
    let before = fs::read(store.path()).unwrap();
    (dir, store, before)
}

/// The temporary file a save in this process writes first.
fn temp_path(dir: &Path) -> std::path::PathBuf {
    dir.join(format!(".state.json.tmp-{}", std::process::id()))
}

#[test]
fn a_full_disk_while_saving_warns_and_keeps_the_old_state() {
    let (dir, mut store, before) = saved();
    // The save's temporary file leads to /dev/full: every write fails
    // with "No space left on device", as on a full disk, even for root.
    std::os::unix::fs::symlink("/dev/full", temp_path(dir.path())).unwrap();
    let e = store.save(&changes()).unwrap_err();
    assert!(
        e.contains("cannot save") && e.contains("No space left on device"),
        "{e}"
    );
    assert_eq!(
        fs::read(store.path()).unwrap(),
        before,
        "the old state is kept"
    );
    let state: State = serde_json::from_slice(&before).unwrap();
    assert!(state.read.contains("old"));
    // Nothing half-written is left behind; the next save works.
    assert!(!temp_path(dir.path()).exists());
    store.save(&changes()).unwrap();
    assert!(Store::new(dir.path()).load().state.read.contains("abc"));
}

#[test]
fn a_data_folder_that_cannot_be_written_warns_and_keeps_the_old_state() {
    let (dir, mut store, before) = saved();
    // A folder where the temporary file must be created: the folder
    // refuses new files, even to root.
    fs::create_dir(temp_path(dir.path())).unwrap();
    let e = store.save(&changes()).unwrap_err();
    assert!(e.contains("cannot save"), "{e}");
    assert_eq!(fs::read(store.path()).unwrap(), before);
    fs::remove_dir(temp_path(dir.path())).unwrap();
    // A really read-only folder, where the modes hold (not for root).
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o555)).unwrap();
    let blocked = fs::write(dir.path().join("probe"), b"").is_err();
    if blocked {
        let e = store.save(&changes()).unwrap_err();
        assert!(e.contains("cannot save"), "{e}");
        assert_eq!(fs::read(store.path()).unwrap(), before);
    } else {
        let _ = fs::remove_file(dir.path().join("probe"));
    }
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
}
