//! A small corpus with entities, mentions and quotes, built by hand the way
//! the analysis will fill them in.

use hearsay::app::{App, Key, KeyCode};
use hearsay::ingest;
use hearsay::model::{Corpus, Entity, EntityKind, Mention, MentionKind, Quote, QuoteKind, Span};

pub const A: &str = "Moscow and Tehran Near a Deal\n\n\
The Russian Foreign Minister said that Moscow and Tehran will complete the agreement soon, Tass quoted Sergei Lavrov as saying.\n\n\
“These figures speak for themselves. They are constantly increasing, so we have a bright future,” Lavrov told reporters in Moscow.\n\n\
Iran’s President Masoud Pezeshkian said: “We welcome the partnership.”\n";

pub const B: &str = "Talks Resume in Geneva\n\n\
“We are ready to talk,” Sergei Lavrov said in Geneva on Tuesday.\n\n\
The United Nations said the talks would last two days.\n\n\
“Nothing is agreed until everything is agreed,” Lavrov added.\n";

pub const LAVROV: usize = 0;
pub const PEZESHKIAN: usize = 1;
pub const UN: usize = 2;
pub const MOSCOW: usize = 3;
pub const GENEVA: usize = 4;

/// The byte span of the `nth` occurrence of `needle` in `text`.
fn find(text: &str, needle: &str, nth: usize) -> Span {
    let start = text
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} #{nth} not in text"))
        .0;
    Span::new(start, start + needle.len())
}

fn mention(text: &str, needle: &str, nth: usize, entity: usize) -> Mention {
    Mention::new(find(text, needle, nth), MentionKind::Name, Some(entity))
}

fn quote(text: &str, content: &str, cue: &str, speaker: (&str, usize), who: usize) -> Quote {
    Quote::new(
        if content.starts_with('“') {
            QuoteKind::Direct
        } else {
            QuoteKind::Indirect
        },
        find(text, content, 0),
        Some(find(text, cue, 0)),
        Some(find(text, speaker.0, speaker.1)),
        Some(who),
    )
}

/// Two articles; Lavrov quoted in both, Pezeshkian and the UN once.
pub fn corpus() -> Corpus {
    let mut c = ingest::load_texts(&[("a.txt", A), ("b.txt", B)]);
    assert_eq!(c.articles.len(), 2);
    let entity = |name: &str, kind, aliases: &[&str]| Entity {
        id: name.to_lowercase().replace(' ', "-"),
        name: name.into(),
        kind,
        aliases: aliases.iter().map(|s| s.to_string()).collect(),
    };
    c.entities = vec![
        entity("Sergei Lavrov", EntityKind::Person, &["Lavrov"]),
        entity("Masoud Pezeshkian", EntityKind::Person, &[]),
        entity("United Nations", EntityKind::Organization, &[]),
        entity("Moscow", EntityKind::Place, &[]),
        entity("Geneva", EntityKind::Place, &[]),
    ];
    let a = c.sources[c.articles[0].source].text.clone();
    let b = c.sources[c.articles[1].source].text.clone();
    c.articles[0].mentions = vec![
        mention(&a, "Moscow", 1, MOSCOW),
        mention(&a, "The Russian Foreign Minister", 0, LAVROV),
        mention(&a, "Sergei Lavrov", 0, LAVROV),
        mention(&a, "Lavrov", 1, LAVROV),
        mention(&a, "Moscow", 2, MOSCOW),
        mention(&a, "Masoud Pezeshkian", 0, PEZESHKIAN),
    ];
    c.articles[0].quotes = vec![
        quote(
            &a,
            "that Moscow and Tehran will complete the agreement soon",
            "said",
            ("The Russian Foreign Minister", 0),
            LAVROV,
        ),
        // Listed out of text order on purpose: navigation follows the text.
        quote(
            &a,
            "“We welcome the partnership.”",
            "said:",
            ("Masoud Pezeshkian", 0),
            PEZESHKIAN,
        ),
        quote(
            &a,
            "“These figures speak for themselves. They are constantly increasing, so we have a bright future,”",
            "told",
            ("Lavrov", 1),
            LAVROV,
        ),
    ];
    c.articles[1].mentions = vec![
        mention(&b, "Sergei Lavrov", 0, LAVROV),
        mention(&b, "Geneva", 1, GENEVA),
        mention(&b, "The United Nations", 0, UN),
        mention(&b, "Lavrov", 1, LAVROV),
    ];
    c.articles[1].quotes = vec![
        quote(
            &b,
            "“We are ready to talk,”",
            "said",
            ("Sergei Lavrov", 0),
            LAVROV,
        ),
        quote(
            &b,
            "the talks would last two days",
            "said",
            ("The United Nations", 0),
            UN,
        ),
        quote(
            &b,
            "“Nothing is agreed until everything is agreed,”",
            "added",
            ("Lavrov", 1),
            LAVROV,
        ),
    ];
    c
}

/// The app on the fixture, at a given terminal size.
pub fn app(w: u16, h: u16) -> App {
    let mut app = App::new(corpus());
    app.resize(w, h);
    app
}

/// Parses key names: "j", "Enter", "Esc", "C-d", "Tab", "BackTab", "Down".
pub fn key(name: &str) -> Key {
    let code = match name {
        "Enter" => KeyCode::Enter,
        "Esc" => KeyCode::Esc,
        "Backspace" => KeyCode::Backspace,
        "Tab" => KeyCode::Tab,
        "BackTab" => KeyCode::BackTab,
        "Up" => KeyCode::Up,
        "Down" => KeyCode::Down,
        "PgDn" => KeyCode::PageDown,
        "PgUp" => KeyCode::PageUp,
        n if n.starts_with("C-") => return Key::ctrl(n.chars().nth(2).unwrap()),
        n if n.chars().count() == 1 => KeyCode::Char(n.chars().next().unwrap()),
        n => panic!("unknown key {n}"),
    };
    Key::new(code)
}

/// Presses keys in order; each must be bound.
pub fn press(app: &mut App, keys: &[&str]) {
    for k in keys {
        assert!(app.press(key(k)), "key {k} did nothing");
    }
}

/// Types text (into the finder).
pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.press(Key::ch(c));
    }
}
