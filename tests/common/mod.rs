//! Helpers shared by the integration tests.
#![allow(dead_code)]

use assert_cmd::Command;
use serde_json::Value;
use std::path::PathBuf;

/// The read-only project materials: `../shared` beside the repo, or
/// `$HEARSAY_SHARED`.
pub fn shared() -> PathBuf {
    let dir = std::env::var_os("HEARSAY_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    assert!(
        dir.join("corpus").is_dir(),
        "the shared materials are not at {} (set HEARSAY_SHARED)",
        dir.display()
    );
    dir
}

/// Article `k` of a news dump in the seed's layout (title, captions, `TT`,
/// title and captions again, then `body`): a round of talks in Geneva.
pub fn dump_article(k: usize, body: &str) -> String {
    let title = format!("Talks resume in round {k}");
    let caption = format!("Delegates meet in Geneva on day {k} (AFP)");
    format!(
        "{title}\n\n{caption}\n{caption}\nTT\n\n{title}\n\n{caption}\n{caption}\n\n{body}\n\n\n"
    )
}

pub fn hearsay() -> Command {
    Command::cargo_bin("hearsay").expect("the hearsay binary is built")
}

/// Runs `hearsay export ARGS` and parses its JSON; panics on failure.
pub fn export(args: &[&std::ffi::OsStr]) -> Value {
    let out = hearsay().arg("export").args(args).output().unwrap();
    assert!(
        out.status.success(),
        "export failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("the export is valid JSON")
}

/// Checks that every span of every article equals its file's bytes at
/// `start..end` (decoded with replacement). Returns how many were checked.
pub fn check_spans(export: &Value) -> usize {
    let mut files = std::collections::HashMap::new();
    let mut checked = 0;
    for a in export["articles"].as_array().unwrap() {
        let path = a["path"].as_str().unwrap().to_owned();
        let bytes = files
            .entry(path.clone())
            .or_insert_with(|| std::fs::read(&path).unwrap());
        let mut spans = vec![&a["title_span"]];
        spans.extend(a["paragraphs"].as_array().unwrap());
        for q in a["quotes"].as_array().unwrap() {
            for key in ["content", "cue", "speaker_mention"] {
                if !q[key].is_null() {
                    spans.push(&q[key]);
                }
            }
        }
        for s in spans {
            let (start, end) = (
                s["start"].as_u64().unwrap() as usize,
                s["end"].as_u64().unwrap() as usize,
            );
            assert!(
                start <= end && end <= bytes.len(),
                "span {s} outside {path}"
            );
            let expected = String::from_utf8_lossy(&bytes[start..end]);
            assert_eq!(
                s["text"].as_str().unwrap(),
                expected,
                "span {start}..{end} of {path}"
            );
            checked += 1;
        }
    }
    checked
}
