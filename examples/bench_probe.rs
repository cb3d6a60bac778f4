//! Measures one corpus for `scripts/bench.sh`: ingest + analysis on one
//! core, the reader's indexes, finder latency per keystroke and the jump
//! from a person to their quotes, drawn into an off-screen terminal
//! (160x48) as the reader would draw them.
//!
//! ```sh
//! cargo run --release --example bench_probe -- DIR [QUERY]
//! ```
//!
//! Prints one line of `key=value` figures (milliseconds, MB/s).

use hearsay::app::{Action, App, update};
use hearsay::search::Target;
use hearsay::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::time::Instant;

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1e3
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = args.first().expect("usage: bench_probe DIR [QUERY]");
    let query = args.get(1).map_or("carson", String::as_str);

    // Ingest + analysis on one core (files already in the page cache).
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    let t = Instant::now();
    let mut loaded = pool.install(|| {
        let mut loaded = hearsay::ingest::load_paths(&[dir]);
        hearsay::analysis::analyze(&mut loaded.corpus);
        loaded
    });
    let one_core = ms(t);
    let bytes: usize = loaded.corpus.sources.iter().map(|s| s.text.len()).sum();
    let corpus = std::mem::take(&mut loaded.corpus);

    let t = Instant::now();
    let mut app = App::new(corpus);
    let index = ms(t);
    let (w, h) = (160, 48);
    app.resize(w, h);
    let theme = Theme::plain();
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    let mut draw = |app: &App| {
        term.draw(|f| ui::render(f, app, &theme)).unwrap();
    };
    draw(&app);

    // Finder: type the query a key at a time, drawing after each key.
    let mut keys = Vec::new();
    for _ in 0..5 {
        update(&mut app, Action::Finder);
        draw(&app);
        for c in query.chars() {
            let t = Instant::now();
            update(&mut app, Action::Type(c));
            draw(&app);
            keys.push(ms(t));
        }
        update(&mut app, Action::Back);
    }
    keys.sort_by(f64::total_cmp);
    let median = keys[keys.len() / 2];
    let worst = keys[keys.len() - 1];

    // Person -> quotes: the most quoted person, opened from the finder;
    // and the most named entity never quoted (its view lists the articles
    // naming it).
    let top = app.index.speakers(None).first().map(|c| c.entity);
    let unquoted = app
        .index
        .entities_all
        .iter()
        .filter(|c| c.quotes == 0)
        .max_by_key(|c| (c.mentions, std::cmp::Reverse(c.entity)))
        .map(|c| c.entity);
    // The two are opened in turn, so that neither view is the one laid
    // out last (the reader keeps that one).
    let (mut jumps, mut unquoted_jumps) = (Vec::new(), Vec::new());
    for _ in 0..5 {
        jumps.extend(open_entity(&mut app, &mut draw, top));
        unquoted_jumps.extend(open_entity(&mut app, &mut draw, unquoted));
    }
    let (jump, unquoted_jump) = (median_of(jumps), median_of(unquoted_jumps));
    let top_quotes = top.map_or(0, |e| app.index.quotes_by_speaker[e].len());
    let unquoted_articles = unquoted.map_or(0, |e| app.index.articles_naming(e).len());

    println!(
        "articles={} entities={} finder_items={} mb={:.1} one_core_ms={one_core:.0} one_core_mbs={:.1} index_ms={index:.0} finder_median_ms={median:.2} finder_worst_ms={worst:.2} jump_ms={jump:.2} jump_quotes={top_quotes} unquoted_jump_ms={unquoted_jump:.2} unquoted_articles={unquoted_articles}",
        app.corpus.articles.len(),
        app.corpus.entities.len(),
        app.finder.items.len(),
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / (one_core / 1e3),
    );
}

fn median_of(mut ms: Vec<f64>) -> f64 {
    ms.sort_by(f64::total_cmp);
    ms.get(ms.len() / 2).copied().unwrap_or(f64::NAN)
}

/// Ms to open `entity` from the finder and draw its view (`None` when it
/// cannot be found there).
fn open_entity(app: &mut App, draw: &mut impl FnMut(&App), entity: Option<usize>) -> Option<f64> {
    let e = entity?;
    let name = app.corpus.entities[e].name.clone();
    update(app, Action::Finder);
    for c in name.chars() {
        update(app, Action::Type(c));
    }
    let Some(hearsay::app::Popup::Finder(f)) = &app.ui.popup else {
        return None;
    };
    let pos = f
        .hits
        .iter()
        .position(|h| matches!(app.finder.items[h.item].target, Target::Entity(x, _) if x == e));
    let Some(pos) = pos else {
        update(app, Action::Back);
        return None;
    };
    for _ in 0..pos {
        update(app, Action::Down);
    }
    let t = Instant::now();
    update(app, Action::Open);
    draw(app);
    let took = ms(t);
    update(app, Action::Back);
    Some(took)
}
