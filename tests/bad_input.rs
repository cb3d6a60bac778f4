//! Bad input: one clear line naming the file and the problem, the other
//! files still load, and failure only when nothing at all was read.

mod common;
use common::{check_spans, hearsay};
use serde_json::Value;
use std::path::Path;
use tempfile::TempDir;

const GOOD: &str = "A Good Title\n\nThe mayor said the bridge would open in May.\n";

struct Run {
    ok: bool,
    stderr: String,
    json: Option<Value>,
}

fn export(args: &[&Path]) -> Run {
    let out = hearsay().arg("export").args(args).output().unwrap();
    Run {
        ok: out.status.success(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        json: serde_json::from_slice(&out.stdout).ok(),
    }
}

fn titles(run: &Run) -> Vec<String> {
    run.json.as_ref().unwrap()["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap().to_owned())
        .collect()
}

/// A folder with one good file and one bad one, built by `bad`.
fn with_good_file(
    bad: impl FnOnce(&Path) -> std::path::PathBuf,
) -> (TempDir, std::path::PathBuf, std::path::PathBuf) {
    let dir = TempDir::new().unwrap();
    let good = dir.path().join("good.txt");
    std::fs::write(&good, GOOD).unwrap();
    let bad = bad(dir.path());
    (dir, good, bad)
}

/// Asserts: the bad path is named with the problem on one stderr line, the
/// good file still loads, and the run succeeds; alone, the bad path fails.
fn assert_reported(bad: impl FnOnce(&Path) -> std::path::PathBuf, problem: &str) {
    let (_dir, good, bad) = with_good_file(bad);
    let both = export(&[&bad, &good]);
    let line = both
        .stderr
        .lines()
        .find(|l| l.contains(&*bad.to_string_lossy()))
        .unwrap_or_else(|| panic!("no line names {}: {}", bad.display(), both.stderr));
    assert!(line.contains(problem), "{line:?} should say {problem:?}");
    assert!(both.ok, "one good file read: success");
    assert_eq!(titles(&both), ["A Good Title"]);
    let alone = export(&[&bad]);
    assert!(!alone.ok, "nothing read: failure");
    assert!(alone.stderr.contains(problem));
}

#[test]
fn missing_path() {
    assert_reported(|d| d.join("nope.txt"), "no such file or folder");
}

#[test]
fn unreadable_file() {
    // Root reads any mode, so the kernel's unreadable file stands in there.
    assert_reported(|_| "/proc/self/mem".into(), "cannot read");
}

#[test]
fn folder_without_articles() {
    assert_reported(
        |d| {
            let sub = d.join("pictures");
            std::fs::create_dir(&sub).unwrap();
            std::fs::write(sub.join("a.png"), [0x89, b'P', b'N', b'G']).unwrap();
            std::fs::write(sub.join(".hidden.txt"), GOOD).unwrap();
            sub
        },
        "folder holds no article files",
    );
}

#[test]
fn empty_file() {
    assert_reported(
        |d| {
            std::fs::write(d.join("empty.txt"), "").unwrap();
            d.join("empty.txt")
        },
        "empty file",
    );
}

#[test]
fn binary_file() {
    assert_reported(
        |d| {
            std::fs::write(d.join("bin.txt"), b"GIF89a\x00\x01\x02title\n").unwrap();
            d.join("bin.txt")
        },
        "binary file (NUL byte at offset 6)",
    );
}

#[test]
fn file_of_4_gib_or_more() {
    // Sparse: no disk is used, and the size alone refuses it, unread.
    assert_reported(
        |d| {
            let path = d.join("huge.txt");
            let file = std::fs::File::create(&path).unwrap();
            file.set_len(5 << 30).unwrap();
            path
        },
        "too large (5368709120 bytes)",
    );
}

#[test]
fn only_blank_lines() {
    assert_reported(
        |d| {
            std::fs::write(d.join("blank.txt"), " \n\n\t\r\n   \n").unwrap();
            d.join("blank.txt")
        },
        "only blank lines",
    );
}

#[test]
fn invalid_utf8_is_read_with_replacement_and_reported() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("latin1.txt");
    std::fs::write(
        &path,
        b"Caf\xe9 Owner Speaks\n\nThe owner said \xabnever\xbb again.\n",
    )
    .unwrap();
    let run = export(&[&path]);
    assert!(run.ok);
    assert!(
        run.stderr
            .contains("latin1.txt: warning: not valid UTF-8 (first bad byte at offset 3)"),
        "{}",
        run.stderr
    );
    assert_eq!(titles(&run), ["Caf\u{fffd} Owner Speaks"]);
    // Offsets still point at the file's own bytes.
    check_spans(run.json.as_ref().unwrap());
}

#[test]
fn crlf_and_byte_order_mark_read_like_plain_text() {
    let dir = TempDir::new().unwrap();
    let plain = dir.path().join("plain.txt");
    let windows = dir.path().join("windows.txt");
    let text = "Title Here\n\nFirst paragraph.\n\n“A quote,” she said.\n";
    std::fs::write(&plain, text).unwrap();
    std::fs::write(&windows, format!("\u{feff}{}", text.replace('\n', "\r\n"))).unwrap();
    let texts = |p: &Path| {
        let run = export(&[p]);
        let json = run.json.unwrap();
        check_spans(&json);
        let a = &json["articles"][0];
        let mut v = vec![a["title"].as_str().unwrap().to_owned()];
        v.extend(
            a["paragraphs"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p["text"].as_str().unwrap().to_owned()),
        );
        v
    };
    assert_eq!(texts(&plain), texts(&windows));
}

#[test]
fn standard_input_and_several_paths() {
    let dir = TempDir::new().unwrap();
    let file = dir.path().join("one.txt");
    std::fs::write(&file, GOOD).unwrap();
    let out = hearsay()
        .args(["export", "-"])
        .arg(&file)
        .write_stdin("From Stdin\n\nA body line.\n")
        .output()
        .unwrap();
    assert!(out.status.success());
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let titles: Vec<&str> = json["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["From Stdin", "A Good Title"]);
    assert_eq!(json["articles"][0]["path"], "-");
}

#[test]
fn folders_are_read_recursively_in_name_order_skipping_hidden_and_non_text() {
    let dir = TempDir::new().unwrap();
    let p = dir.path();
    std::fs::create_dir_all(p.join("b/deeper")).unwrap();
    std::fs::create_dir_all(p.join(".git")).unwrap();
    std::fs::write(p.join("c.txt"), "Third\n\nBody.\n").unwrap();
    std::fs::write(p.join("a.txt"), "First\n\nBody.\n").unwrap();
    std::fs::write(p.join("b/deeper/z.txt"), "Second\n\nBody.\n").unwrap();
    std::fs::write(p.join(".git/x.txt"), "Hidden\n\nBody.\n").unwrap();
    std::fs::write(p.join(".secret.txt"), "Hidden\n\nBody.\n").unwrap();
    std::fs::write(p.join("labels.json"), "{\"not\": \"an article\"}\n").unwrap();
    let run = export(&[p]);
    assert!(run.ok);
    assert_eq!(titles(&run), ["First", "Second", "Third"]);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
}

#[test]
fn nothing_readable_at_all_fails_with_a_summary() {
    let dir = TempDir::new().unwrap();
    let run = export(&[&dir.path().join("a"), &dir.path().join("b")]);
    assert!(!run.ok);
    assert_eq!(run.stderr.lines().count(), 3, "{}", run.stderr);
    assert!(run.stderr.contains("no article could be read"));
}

#[test]
fn a_large_file_loads_in_linear_time() {
    // 30 MB of news paragraphs; a blow-up guard, not a benchmark.
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("big.txt");
    let para =
        "The minister said on Tuesday that “talks will go on,” adding that nothing was agreed.\n\n";
    let mut text = String::from("A Very Long Article\n\n");
    while text.len() < 30_000_000 {
        text.push_str(para);
    }
    std::fs::write(&path, &text).unwrap();
    let started = std::time::Instant::now();
    exports_within_a_minute_of(&path, started);
}

/// A news dump of many articles quoting one person: `quotes --by` and
/// `export` number every quote's line, which once counted lines from the
/// file's start each time (quadratic in the dump's size: half a minute for
/// a 25 MB dump). A blow-up guard, not a benchmark.
#[test]
fn a_large_news_dump_numbers_its_lines_in_linear_time() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("dump.txt");
    let mut text = String::new();
    let mut k = 0;
    while text.len() < 6_000_000 {
        k += 1;
        let body = format!(
            "“We are open to talks on point {k},” Sergei Lavrov said on Monday.\n\nHe said more rounds would follow."
        );
        text.push_str(&common::dump_article(k, &body));
    }
    std::fs::write(&path, &text).unwrap();
    let started = std::time::Instant::now();
    let out = hearsay()
        .args(["quotes", "--by", "Sergei Lavrov"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success());
    let listing = String::from_utf8(out.stdout).unwrap();
    // The last article's quote, with the line its file gives it.
    let last_line = text[..text.rfind("“We are open").unwrap()]
        .matches('\n')
        .count()
        + 1;
    assert!(
        listing.contains(&format!("dump.txt:{last_line}  [direct]")),
        "{}",
        &listing[listing.len().saturating_sub(400)..]
    );
    exports_within_a_minute_of(&path, started);
}

/// Exports `path` and asserts it went well, a minute at most after
/// `started`: a blow-up guard, far above the normal time.
fn exports_within_a_minute_of(path: &Path, started: std::time::Instant) {
    let out = hearsay().arg("export").arg(path).output().unwrap();
    assert!(out.status.success());
    assert!(
        started.elapsed().as_secs() < 60,
        "took {:?}",
        started.elapsed()
    );
}
