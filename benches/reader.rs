//! The reader at 10,000 generated articles (examples/gen_corpus.rs):
//! finder latency per keystroke typing `carson`, and the jump from the
//! most quoted person to their quotes (opened cold), each drawn
//! off-screen.

#[allow(dead_code)]
#[path = "../examples/gen_corpus.rs"]
mod gen_corpus;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use hearsay::app::{Action, App, Popup, update};
use hearsay::search::Target;
use hearsay::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::Path;
use std::time::{Duration, Instant};

const N: usize = 10_000;
const QUERY: &str = "carson";

fn app() -> App {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(gen_corpus::TEMPLATES);
    let t = gen_corpus::load_templates(&dir);
    let files = gen_corpus::generate(&t, N, 42);
    let mut corpus = hearsay::ingest::load_texts(&files);
    hearsay::analysis::analyze(&mut corpus);
    let mut app = App::new(corpus);
    app.resize(160, 48);
    app
}

fn reader(c: &mut Criterion) {
    let mut app = app();
    let theme = Theme::plain();
    let mut term = Terminal::new(TestBackend::new(160, 48)).unwrap();
    let mut g = c.benchmark_group("reader-10k");
    g.sample_size(20);
    for len in 1..=QUERY.len() {
        let (typed, key) = QUERY[..len].split_at(len - 1);
        let key = key.chars().next().unwrap();
        g.bench_function(BenchmarkId::new("finder keystroke", &QUERY[..len]), |b| {
            update(&mut app, Action::Finder);
            for c in typed.chars() {
                update(&mut app, Action::Type(c));
            }
            b.iter(|| {
                update(&mut app, Action::Type(key));
                term.draw(|f| ui::render(f, &app, &theme)).unwrap();
                update(&mut app, Action::DeleteChar);
            });
            update(&mut app, Action::Back);
        });
    }
    // The most quoted person, selected in the finder, then opened: cold,
    // the second most quoted opened before each (the reader keeps the
    // last person's view laid out).
    let speakers = app.index.speakers(None);
    let (top, other) = (speakers[0].entity, speakers[1].entity);
    let top = selected_in_finder(&mut app, top);
    let other = selected_in_finder(&mut app, other);
    g.bench_function("person to quotes", |b| {
        b.iter_custom(|iters| {
            let mut took = Duration::ZERO;
            for _ in 0..iters {
                app.ui.popup = Some(other.clone());
                update(&mut app, Action::Open);
                update(&mut app, Action::Back);
                app.ui.popup = Some(top.clone());
                let t = Instant::now();
                update(&mut app, Action::Open);
                term.draw(|f| ui::render(f, &app, &theme)).unwrap();
                took += t.elapsed();
                update(&mut app, Action::Back);
            }
            took
        })
    });
    g.finish();
}

/// The finder with entity `e` found and selected.
fn selected_in_finder(app: &mut App, e: usize) -> Popup {
    let name = app.corpus.entities[e].name.clone();
    update(app, Action::Finder);
    for c in name.chars() {
        update(app, Action::Type(c));
    }
    let pos = match &app.ui.popup {
        Some(Popup::Finder(f)) => f
            .hits
            .iter()
            .position(|h| matches!(app.finder.items[h.item].target, Target::Entity(x, _) if x == e))
            .expect("the person is found"),
        _ => unreachable!(),
    };
    for _ in 0..pos {
        update(app, Action::Down);
    }
    let popup = app.ui.popup.clone().expect("the finder is open");
    update(app, Action::Back);
    popup
}

criterion_group!(benches, reader);
criterion_main!(benches);
