//! `hearsay config`, `config --default`, `--config` and `quotes --starred`, run as
//! the real binary with private XDG folders (set per child process).

mod common;

use hearsay::config::Config;
use hearsay::state::{Changes, StarredQuote, Store};
use std::path::{Path, PathBuf};

fn hearsay_in(home: &Path) -> assert_cmd::Command {
    let mut c = common::hearsay();
    c.env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"));
    c
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn config_says_where_things_live() {
    let tmp = tempfile::tempdir().unwrap();
    let out = hearsay_in(tmp.path()).arg("config").output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let s = text(&out.stdout);
    let cfg = tmp.path().join("config/hearsay/config.toml");
    let state = tmp.path().join("data/hearsay/state.json");
    assert!(s.contains(&format!("config  {}", cfg.display())), "{s}");
    assert!(s.contains(&format!("state   {}", state.display())), "{s}");
    assert!(s.contains("(not there yet)"), "{s}");
}

#[test]
fn the_printed_default_config_parses_to_the_defaults() {
    let tmp = tempfile::tempdir().unwrap();
    let out = hearsay_in(tmp.path())
        .args(["config", "--default"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let s = text(&out.stdout);
    assert_eq!(
        Config::parse(&s, Path::new("d.toml")).unwrap(),
        Config::default()
    );
    // And as a real config file, it is accepted.
    let f = tmp.path().join("mine.toml");
    std::fs::write(&f, &s).unwrap();
    let out = hearsay_in(tmp.path())
        .arg("--config")
        .arg(&f)
        .arg("config")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains(&format!("config  {}", f.display())));
}

#[test]
fn a_bad_config_is_reported_with_line_and_column() {
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("bad.toml");
    std::fs::write(&f, "[keys.reading]\n\"x\" = \"jump\"\n").unwrap();
    let out = hearsay_in(tmp.path())
        .arg("config")
        .arg("--config")
        .arg(&f)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(
        err.contains(&format!("{}:2:7: unknown action \"jump\"", f.display())),
        "{err}"
    );
}

#[test]
fn starred_lists_the_saved_quotes() {
    let tmp = tempfile::tempdir().unwrap();
    let mut store = Store::new(&tmp.path().join("data/hearsay"));
    store.load();
    let mut c = Changes::default();
    c.starred_quotes.insert(
        "a:1".into(),
        Some(StarredQuote {
            article: "a".into(),
            title: "Talks Resume in Geneva".into(),
            speaker: Some("Sergei Lavrov".into()),
            text: "“We are ready to talk,”".into(),
            path: PathBuf::from("/news/b.txt"),
            line: 3,
            starred_at: 1,
        }),
    );
    store.save(&c).unwrap();
    let out = hearsay_in(tmp.path())
        .args(["quotes", "--starred"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        text(&out.stdout),
        "Sergei Lavrov: “We are ready to talk,”\n  Talks Resume in Geneva · /news/b.txt:3\n"
    );
    let out = hearsay_in(tmp.path())
        .args(["quotes", "--starred", "--json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["line"], 3);
    assert_eq!(v[0]["speaker"], "Sergei Lavrov");
}
