//! Hostile input (issue 7): a corpus of files that bring trouble, each
//! exported by the real binary and drawn by the reader; property tests
//! over any bytes; faults while loading and saving.

#[path = "../common/mod.rs"]
mod common;
mod corpus;
mod faults;
mod fuzz;
mod render;
mod screen;

use corpus::{Expect, HOSTILE_NAME};
use screen::forbidden;
use std::time::{Duration, Instant};

/// A blow-up guard far above normal (a debug build on a shared machine),
/// not a benchmark.
const SECONDS: u64 = 60;

fn assert_clean_stderr(stderr: &str, what: &str) {
    if let Some(c) = stderr.chars().find(|&c| forbidden(c) && c != '\n') {
        panic!("{what}: stderr holds U+{:04X}: {stderr:?}", c as u32);
    }
}

#[test]
fn every_case_exports_valid_json_with_valid_spans() {
    let dir = tempfile::tempdir().unwrap();
    let mut report = Vec::new();
    for (path, case) in corpus::write_all(dir.path()) {
        let started = Instant::now();
        let out = common::hearsay().arg("export").arg(&path).output().unwrap();
        let took = started.elapsed();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            took < Duration::from_secs(SECONDS),
            "{}: took {took:?}",
            case.name
        );
        assert_clean_stderr(&stderr, case.name);
        match case.expect {
            Expect::Loads => {
                assert!(out.status.success(), "{}: {stderr}", case.name);
                let json: serde_json::Value = serde_json::from_slice(&out.stdout)
                    .unwrap_or_else(|e| panic!("{}: not JSON: {e}", case.name));
                let spans = common::check_spans(&json);
                let articles = json["articles"].as_array().unwrap().len();
                let quotes: usize = json["articles"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|a| a["quotes"].as_array().unwrap().len())
                    .sum();
                assert!(articles >= 1, "{}", case.name);
                report.push(format!(
                    "{}: {articles} article(s), {quotes} quote(s), {spans} spans, {took:.2?}{}",
                    case.name,
                    if stderr.is_empty() {
                        String::new()
                    } else {
                        format!(", stderr: {}", stderr.trim())
                    }
                ));
            }
            Expect::Skipped(why) => {
                // A clear failure, never a panic (101).
                assert_eq!(out.status.code(), Some(1), "{}: {stderr}", case.name);
                let line = stderr.lines().next().unwrap_or_default();
                assert!(
                    line.contains(&format!("{}.txt: skipped: {why}", case.name)),
                    "{}: {stderr}",
                    case.name
                );
                report.push(format!("{}: skipped: {}", case.name, line));
            }
        }
    }
    // `cargo test -- --nocapture` prints what each case produced.
    println!("{}", report.join("\n"));
}

#[test]
fn all_cases_at_once_load_together() {
    let dir = tempfile::tempdir().unwrap();
    let cases = corpus::write_all(dir.path());
    let loads = cases
        .iter()
        .filter(|(_, c)| c.expect == Expect::Loads)
        .count();
    let out = common::hearsay()
        .arg("export")
        .arg(dir.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert_clean_stderr(&stderr, "folder");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    common::check_spans(&json);
    let paths: std::collections::BTreeSet<&str> = json["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths.len(), loads, "{paths:?}");
    // One line per skipped file, each naming it.
    for (path, c) in &cases {
        if let Expect::Skipped(why) = c.expect {
            assert!(
                stderr.contains(&format!("{}: skipped: {why}", path.display())),
                "{stderr}"
            );
        }
    }
}

#[test]
fn a_hostile_file_name_never_reaches_the_terminal_raw() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join(HOSTILE_NAME);
    std::fs::write(&good, "Named Badly\n\n“Hello,” she said.\n").unwrap();
    let empty = dir.path().join(format!("empty{HOSTILE_NAME}"));
    std::fs::write(&empty, "").unwrap();
    let out = common::hearsay()
        .arg("export")
        .arg(&good)
        .arg(&empty)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert_clean_stderr(&stderr, "stderr");
    assert!(stderr.contains("\\u{1b}]0;pwned\\u{7}"), "{stderr}");
    // The export keeps the real path (JSON escapes it).
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["articles"][0]["path"], good.to_str().unwrap());
    // The reader's loading line and problem messages name paths too.
    let mut app = hearsay::app::App::loading(&good.display().to_string());
    screen::tour(&mut app, "loading", &[(120, 10), (30, 5)], &[]);
    let mut loaded = hearsay::ingest::load_paths(&[&good, &empty]);
    hearsay::analysis::analyze(&mut loaded.corpus);
    let problems = loaded.problems.iter().map(|p| p.to_string()).collect();
    let mut app = hearsay::app::App::new(loaded.corpus.clone());
    app.set_corpus(loaded.corpus, problems);
    app.ui.message = Some(format!("warning about {}", good.display()));
    screen::tour(
        &mut app,
        "hostile name",
        &[(120, 30), (50, 12)],
        &["Enter", "]", "Tab"],
    );
}
