//! Settings and reading state on disk, in temporary folders passed
//! explicitly (no process-wide environment, so tests run in parallel).

use hearsay::app::{Action, Key, KeyCode, Keymap, Mode};
use hearsay::config::{self, Colour, Config, Dirs};
use hearsay::state::{self, Changes, Position, StarredArticle, StarredQuote, State, Store};
use std::fs;
use std::path::{Path, PathBuf};

fn parse(text: &str) -> Result<Config, config::ConfigError> {
    Config::parse(text, Path::new("/cfg/config.toml"))
}

fn err(text: &str) -> config::ConfigError {
    parse(text).expect_err("should not parse")
}

// ---- config ----

#[test]
fn the_default_config_parses_back_to_the_defaults() {
    let text = config::default_text();
    let c = parse(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    assert_eq!(c, Config::default());
    assert_eq!(c.keymap(), Keymap::default());
    // Every default binding is shown (commented out) for reference.
    for (m, k, a) in hearsay::app::keymap::DEFAULTS {
        let line = format!("\"{}\" = \"{}\"", k.name(), a.name().unwrap());
        assert!(text.contains(&line), "{m:?}: {line} missing");
    }
}

#[test]
fn every_setting_round_trips() {
    let text = r##"
[library]
paths = ["/news/a", "~/more news"]

[panes]
list = 40
sidebar = 15

[theme]
speakers = [1, "#ff8000", "bright-cyan"]
unattributed = 8
organization = "#010203"
place = "green"
focus = 200
matched = 9
unread = "#abcdef"
star = 11

[keys.everywhere]
"Ctrl-q" = "quit"

[keys.reading]
"x" = "star-quote"
"q" = "none"
"C-d" = "page-down"
"Space" = "next-unread"
"Shift-Tab" = "next-pane"

[keys.finder]
"Ctrl-j" = "down"

[keys.help]
"Home" = "top"
"##;
    let c = parse(text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        c.library.paths,
        vec![PathBuf::from("/news/a"), PathBuf::from("~/more news")]
    );
    let home = directories::BaseDirs::new().unwrap().home_dir().to_owned();
    assert_eq!(c.library.expanded()[1], home.join("more news"));
    assert_eq!((c.panes.list, c.panes.sidebar), (40, 15));
    assert_eq!(
        c.theme.speakers,
        vec![
            Colour::Indexed(1),
            Colour::Rgb(255, 128, 0),
            Colour::Indexed(14)
        ]
    );
    assert_eq!(c.theme.unattributed, Colour::Indexed(8));
    assert_eq!(c.theme.organization, Colour::Rgb(1, 2, 3));
    assert_eq!(c.theme.place, Colour::Indexed(2));
    assert_eq!(c.theme.focus, Colour::Indexed(200));
    assert_eq!(c.theme.matched, Colour::Indexed(9));
    assert_eq!(c.theme.unread, Colour::Rgb(0xab, 0xcd, 0xef));
    assert_eq!(c.theme.star, Colour::Indexed(11));

    let km = c.keymap();
    let n = |k| km.action(Mode::Normal, k);
    assert_eq!(n(Key::ch('x')), Some(Action::StarQuote));
    assert_eq!(n(Key::ch('q')), None, "unbound");
    assert_eq!(n(Key::ctrl('d')), Some(Action::PageDown));
    assert_eq!(n(Key::ch(' ')), Some(Action::NextUnread));
    assert_eq!(n(Key::new(KeyCode::BackTab)), Some(Action::NextPane));
    assert_eq!(n(Key::ch('j')), Some(Action::Down), "defaults stay");
    assert_eq!(km.action(Mode::Help, Key::ctrl('q')), Some(Action::Quit));
    assert_eq!(km.action(Mode::Finder, Key::ctrl('j')), Some(Action::Down));
    assert_eq!(
        km.action(Mode::Help, Key::new(KeyCode::Home)),
        Some(Action::Top)
    );
    // The help screen follows the keymap.
    let help = km.help();
    let reading = &help.iter().find(|(m, _)| *m == Mode::Normal).unwrap().1;
    assert!(
        reading
            .iter()
            .any(|(k, d)| k.split(' ').any(|k| k == "x") && d.contains("quote"))
    );
    assert!(!reading.iter().any(|(k, _)| k.split(' ').any(|k| k == "q")));

    // Written out and read back: the same settings.
    let again = parse(&toml::to_string(&c).unwrap()).unwrap();
    assert_eq!(again, c);
}

#[test]
fn errors_name_file_line_and_column_and_what_was_expected() {
    let e = err("[panes]\nlist = 30\n\n[keys.reading]\n\"x\" = \"jump\"\n");
    assert_eq!(e.at, Some((5, 7)), "{e}");
    assert!(e.message.contains("unknown action \"jump\""), "{e}");
    assert!(e.message.contains("star-quote"), "lists the actions: {e}");
    let shown = e.to_string();
    assert!(shown.starts_with("/cfg/config.toml:5:7: "), "{shown}");

    let e = err("[keys.finder]\n\"Hyper-x\" = \"down\"\n");
    assert_eq!(e.at, Some((2, 1)), "{e}");
    assert!(e.message.contains("unknown key \"Hyper-x\""), "{e}");

    let e = err("[theme]\nplace = \"mauve\"\n");
    assert_eq!(e.at, Some((2, 9)), "{e}");
    assert!(e.message.contains("expected a colour"), "{e}");

    let e = err("[theme]\nfocus = 256\n");
    assert!(e.message.contains("0 to 255"), "{e}");

    let e = err("[panes]\nsidebar = 90\n");
    assert_eq!(e.at, Some((2, 11)), "{e}");
    assert!(e.message.contains("10 to 60"), "{e}");

    let e = err("[panes\nlist = 3\n");
    assert_eq!(e.at.map(|a| a.0), Some(1), "{e}");

    let e = err("[library]\npaths = \"~/news\"\n");
    assert_eq!(e.at.map(|a| a.0), Some(2), "{e}");
}

#[test]
fn unknown_keys_are_reported_not_ignored() {
    let e = err("[panes]\nlist = 30\nwidht = 3\n");
    assert_eq!(e.at, Some((3, 1)), "{e}");
    assert!(e.message.contains("unknown field `widht`"), "{e}");
    assert!(e.message.contains("`list`"), "says what is expected: {e}");

    let e = err("colour = 1\n");
    assert_eq!(e.at, Some((1, 1)), "{e}");
    let e = err("[keys.reader]\n\"x\" = \"quit\"\n");
    assert!(e.message.contains("reading"), "{e}");
    let e = err("[theme]\nspeaker = [1]\n");
    assert!(e.message.contains("unknown field `speaker`"), "{e}");
}

#[test]
fn config_files_on_disk() {
    let tmp = tempfile::tempdir().unwrap();
    let dirs = Dirs::at(&tmp.path().join("config"), &tmp.path().join("data"));
    // No file: the defaults.
    assert_eq!(dirs.load_config().unwrap(), Config::default());
    fs::create_dir_all(dirs.config_file.parent().unwrap()).unwrap();
    fs::write(&dirs.config_file, "[panes]\nlist = 25\n").unwrap();
    assert_eq!(dirs.load_config().unwrap().panes.list, 25);
    fs::write(&dirs.config_file, "[panes]\nlist = \"wide\"\n").unwrap();
    let e = dirs.load_config().unwrap_err();
    assert!(
        e.to_string()
            .starts_with(&format!("{}:2:8: ", dirs.config_file.display()))
    );
    // A file named by --config must be there.
    let given = Dirs {
        config_file: tmp.path().join("missing.toml"),
        config_given: true,
        ..dirs.clone()
    };
    let e = given.load_config().unwrap_err();
    assert!(e.to_string().contains("missing.toml"), "{e}");
    assert_eq!(
        dirs.state_file(),
        tmp.path().join("data").join("state.json")
    );
}

// ---- state ----

fn quote(n: u64) -> StarredQuote {
    StarredQuote {
        article: "a1".into(),
        title: "Moscow and Tehran".into(),
        speaker: Some("Sergei Lavrov".into()),
        text: format!("“These figures speak for themselves {n}”"),
        path: PathBuf::from("/news/a.txt"),
        line: 5,
        starred_at: 1_700_000_000 + n,
    }
}

fn full_changes() -> Changes {
    let mut c = Changes::default();
    c.read.insert("a1".into(), true);
    c.read.insert("a2".into(), true);
    c.starred_articles.insert(
        "a2".into(),
        Some(StarredArticle {
            title: "Talks Resume".into(),
            path: PathBuf::from("/news/b.txt"),
            starred_at: 1_700_000_000,
        }),
    );
    c.starred_quotes
        .insert(state::quote_key("a1", "q"), Some(quote(1)));
    c.last = Some(Position {
        article: "a2".into(),
        scroll: 7,
        quote: Some(state::quote_key("a2", "x")),
        pane: "body".into(),
    });
    c
}

#[test]
fn every_kind_of_state_round_trips() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let mut store = Store::new(&dir);
    let loaded = store.load();
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    assert_eq!(loaded.state, State::default());
    let merged = store.save(&full_changes()).unwrap();
    let mut expected = State::default();
    expected.apply(&full_changes());
    assert_eq!(merged, expected);
    assert_eq!(expected.read.len(), 2);
    assert_eq!(expected.starred_articles.len(), 1);
    assert_eq!(expected.starred_quotes.len(), 1);
    assert!(expected.last.is_some());

    let loaded = Store::new(&dir).load();
    assert!(loaded.warnings.is_empty());
    assert_eq!(loaded.state, expected);

    // Unread, unstarred: removed again.
    let mut undo = Changes::default();
    undo.read.insert("a1".into(), false);
    undo.starred_articles.insert("a2".into(), None);
    undo.starred_quotes
        .insert(state::quote_key("a1", "q"), None);
    Store::new(&dir).save(&undo).unwrap();
    let s = Store::new(&dir).load().state;
    assert_eq!(s.read.iter().collect::<Vec<_>>(), vec!["a2"]);
    assert!(s.starred_articles.is_empty() && s.starred_quotes.is_empty());
    assert_eq!(s.last, expected.last);
    // No temporary file is left behind.
    let names: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.iter().any(|n| n.contains(".tmp")), "{names:?}");
}

#[test]
fn a_corrupt_state_file_is_set_aside_and_reported() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let garbage = b"{\"read\": [\"a1\", oops";
    fs::write(dir.join("state.json"), garbage).unwrap();
    let mut store = Store::new(dir);
    let loaded = store.load();
    assert_eq!(loaded.state, State::default());
    assert_eq!(loaded.warnings.len(), 1);
    let w = &loaded.warnings[0];
    assert!(
        w.starts_with("unreadable reading state set aside as"),
        "{w}"
    );
    let aside: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains("state.json.corrupt-"))
        .collect();
    assert_eq!(aside.len(), 1, "set aside once");
    assert!(w.contains(&aside[0].display().to_string()), "names it: {w}");
    assert_eq!(fs::read(&aside[0]).unwrap(), garbage, "nothing thrown away");
    assert!(!dir.join("state.json").exists());
    // The reader goes on and saves afresh.
    store.save(&full_changes()).unwrap();
    assert_eq!(Store::new(dir).load().state.read.len(), 2);
    // A second corrupt file does not overwrite the first one set aside.
    fs::write(dir.join("state.json"), b"not json").unwrap();
    let again = Store::new(dir).load();
    assert_eq!(again.warnings.len(), 1);
    let n = fs::read_dir(dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .contains("corrupt")
        })
        .count();
    assert_eq!(n, 2);
}

#[test]
fn a_save_interrupted_before_the_rename_leaves_the_old_state() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let mut store = Store::new(dir);
    store.load();
    let old = store.save(&full_changes()).unwrap();
    let old_bytes = fs::read(dir.join("state.json")).unwrap();
    // The first half of a save: a new state written and flushed to a
    // temporary file, then the process dies before the rename.
    let mut newer = old.clone();
    newer.read.insert("a3".into());
    let tmp_file = store.write_temp(&newer).unwrap();
    assert!(tmp_file.exists());
    assert_eq!(
        tmp_file.parent(),
        Some(dir),
        "same folder, so rename is atomic"
    );
    assert_eq!(fs::read(dir.join("state.json")).unwrap(), old_bytes);
    let loaded = Store::new(dir).load();
    assert!(loaded.warnings.is_empty());
    assert_eq!(loaded.state, old);
    // A half-written temporary file is no problem either.
    fs::write(&tmp_file, b"{\"read\": [").unwrap();
    assert_eq!(Store::new(dir).load().state, old);
    // And the next save goes through.
    let mut c = Changes::default();
    c.read.insert("a4".into(), true);
    let s = Store::new(dir).save(&c).unwrap();
    assert!(s.read.contains("a4") && s.read.contains("a1"));
    // The second half alone is the new state, whole.
    let t = store.write_temp(&newer).unwrap();
    store.commit(&t).unwrap();
    assert_eq!(Store::new(dir).load().state, newer);
}

#[test]
fn two_writers_keep_each_others_changes() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let mut one = Store::new(dir);
    let mut two = Store::new(dir);
    assert_eq!(one.load().state, State::default());
    assert_eq!(two.load().state, State::default());
    let mut a = Changes::default();
    a.read.insert("from-one".into(), true);
    a.starred_quotes.insert("k1".into(), Some(quote(1)));
    let mut b = Changes::default();
    b.read.insert("from-two".into(), true);
    b.starred_quotes.insert("k2".into(), Some(quote(2)));
    one.save(&a).unwrap();
    let merged = two.save(&b).unwrap();
    assert!(merged.read.contains("from-one") && merged.read.contains("from-two"));
    assert_eq!(merged.starred_quotes.len(), 2);
    assert_eq!(Store::new(dir).load().state, merged);
}

#[test]
fn many_concurrent_writers_lose_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().to_owned();
    let threads: Vec<_> = (0..4)
        .map(|t| {
            let dir = dir.clone();
            std::thread::spawn(move || {
                let mut store = Store::new(&dir);
                store.load();
                for i in 0..25 {
                    let mut c = Changes::default();
                    c.read.insert(format!("t{t}-{i}"), true);
                    store.save(&c).unwrap();
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    assert_eq!(Store::new(&dir).load().state.read.len(), 100);
}

#[test]
fn an_unwritable_data_folder_warns_and_keeps_working() {
    let tmp = tempfile::tempdir().unwrap();
    // A folder under a plain file cannot be made, even by root.
    let blocker = tmp.path().join("not-a-folder");
    fs::write(&blocker, b"").unwrap();
    let mut store = Store::new(&blocker.join("hearsay"));
    let loaded = store.load();
    assert_eq!(loaded.state, State::default());
    assert_eq!(loaded.warnings.len(), 1, "{:?}", loaded.warnings);
    assert!(loaded.warnings[0].starts_with("reading state will not be saved"));
    let e = store.save(&full_changes()).unwrap_err();
    assert!(e.contains("cannot save"), "{e}");
}

#[test]
fn an_unreadable_state_file_is_never_overwritten() {
    let tmp = tempfile::tempdir().unwrap();
    // A folder where the state file should be: it cannot be read, nor
    // replaced by a rename.
    fs::create_dir_all(tmp.path().join("state.json")).unwrap();
    let mut store = Store::new(tmp.path());
    let loaded = store.load();
    assert_eq!(loaded.warnings.len(), 1, "{:?}", loaded.warnings);
    assert!(store.save(&full_changes()).is_err());
    assert!(tmp.path().join("state.json").is_dir());
}

#[test]
fn starred_quotes_are_listed_as_text_and_json() {
    let mut s = State::default();
    let mut q2 = quote(2);
    q2.speaker = None;
    q2.line = 9;
    s.starred_quotes.insert("a1:2".into(), q2);
    s.starred_quotes.insert("a1:1".into(), quote(1));
    let text = state::starred_report(&s, false);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines,
        vec![
            "Sergei Lavrov: “These figures speak for themselves 1”",
            "  Moscow and Tehran · /news/a.txt:5",
            "unattributed: “These figures speak for themselves 2”",
            "  Moscow and Tehran · /news/a.txt:9",
        ]
    );
    let json: serde_json::Value = serde_json::from_str(&state::starred_report(&s, true)).unwrap();
    let items = json.as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["speaker"], "Sergei Lavrov");
    assert_eq!(items[0]["article"], "Moscow and Tehran");
    assert_eq!(items[0]["path"], "/news/a.txt");
    assert_eq!(items[0]["line"], 5);
    assert_eq!(items[1]["speaker"], serde_json::Value::Null);
    let empty = state::starred_report(&State::default(), false);
    assert!(empty.contains("No starred quotes"));
}
