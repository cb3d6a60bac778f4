//! The event loop: terminal setup and restore, input, the worker that
//! loads (and later analyses) the corpus, drawing.

use crate::analysis;
use crate::app::index::Index;
use crate::app::input::{self, Input};
use crate::app::{App, Indexed, Keymap, PaneWidths, update};
use crate::config::ThemeColors;
use crate::model::Corpus;
use crate::search::FinderIndex;
use crate::state::{State, Store};
use crate::ui::{self, Theme};
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;
use std::io;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

/// Test hook, for the end-to-end fault tests only: `HEARSAY_TEST_PANIC=draw`
/// panics on the UI thread after the first frame, `=load` in the loading
/// worker, `=analysis` in the worker once a large corpus's articles are
/// shown. Unset, nothing happens.
pub const TEST_PANIC_ENV: &str = "HEARSAY_TEST_PANIC";

fn test_panic(at: &str) {
    if std::env::var(TEST_PANIC_ENV).is_ok_and(|v| v == at) {
        panic!("{TEST_PANIC_ENV}={at}: a test panic");
    }
}

/// How often changes to the reading state are saved while reading (and
/// always on quit).
const SAVE_EVERY: Duration = Duration::from_secs(2);
/// How long the loop waits for input: the spinner's step.
const TICK: Duration = Duration::from_millis(120);
/// The wait while the worker loads, so its result is drawn at once.
const LOADING_POLL: Duration = Duration::from_millis(10);

/// What the loading closure produces: the corpus as read, not analysed
/// yet, and the problems met; or why nothing could be read.
pub type LoadResult = Result<(Corpus, Vec<String>), String>;

/// A corpus with more text than this is shown before its analysis ends
/// (about a tenth of a second of analysis on two cores): its articles can
/// be read at once, quotes and people follow. Smaller ones are shown
/// analysed, with no flash of unmarked text.
pub const ARTICLES_FIRST_BYTES: usize = 2 << 20;

/// What the worker sends the interface, in order.
enum Loaded {
    /// The articles of a large corpus, before analysis.
    Articles(Indexed, Vec<String>),
    /// A small corpus, analysed, with the problems.
    Analysed(Indexed, Vec<String>),
    /// After `Articles`: the analysed corpus with the sidebar's index.
    Quotes(Arc<Corpus>, Index),
    /// After `Quotes`: the finder's index of the analysed corpus.
    Finder(FinderIndex),
}

/// The worker: reads, shows a large corpus's articles at once, analyses.
/// `doing` names the step under way, for the message should it fail.
fn load_and_analyse<F>(
    load: F,
    tx: &mpsc::Sender<Result<Loaded, String>>,
    doing: &mut &'static str,
) -> Result<Loaded, String>
where
    F: FnOnce() -> LoadResult,
{
    test_panic("load");
    let (mut corpus, mut problems) = load()?;
    let bytes: usize = corpus.sources.iter().map(|s| s.text.len()).sum();
    let articles_first = bytes > ARTICLES_FIRST_BYTES;
    if articles_first {
        // The interface reads a copy while this one is analysed.
        let shown = Indexed::build(corpus.clone());
        if tx
            .send(Ok(Loaded::Articles(shown, std::mem::take(&mut problems))))
            .is_err()
        {
            // The user quit: nothing more to do.
            return Ok(Loaded::Analysed(Indexed::default(), problems));
        }
        *doing = "finding quotes and people";
    }
    test_panic("analysis");
    // On a pool of its own: the interface's searches (on the global pool)
    // must not queue behind the analysis while the articles are read.
    // Indexed here too, off the interface's thread.
    let analyse = move || {
        analysis::analyze_for_reader(&mut corpus);
        if !articles_first {
            return Loaded::Analysed(Indexed::build(corpus), problems);
        }
        // Quotes and people are shown as soon as the sidebar's index is
        // built (on every core); the finder's index (as long again at
        // 10,000 articles: its titles' index serves meanwhile) follows.
        let corpus = Arc::new(corpus);
        let index = Index::build(&corpus);
        let _ = tx.send(Ok(Loaded::Quotes(Arc::clone(&corpus), index)));
        *doing = "indexing the analysed corpus for the finder";
        Loaded::Finder(FinderIndex::build(&corpus))
    };
    Ok(match rayon::ThreadPoolBuilder::new().build() {
        Ok(pool) => pool.install(analyse),
        Err(_) => analyse(),
    })
}

/// How the reader ended.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Problems met while loading, to print once the terminal is back.
    pub problems: Vec<String>,
    /// Set when loading failed: nothing could be read.
    pub error: Option<String>,
    /// Warnings about the reading state (set aside, not saved).
    pub warnings: Vec<String>,
    /// The signal (SIGTERM, SIGHUP) that ended the reader, after it saved
    /// the reading state and restored the terminal.
    pub signal: Option<i32>,
}

/// What the reader starts with besides the corpus: the user's settings
/// and the reading state.
#[derive(Debug, Default)]
pub struct Setup {
    pub keymap: Keymap,
    pub colors: ThemeColors,
    pub panes: PaneWidths,
    /// Where the reading state is saved; `None` keeps it in memory.
    pub store: Option<Store>,
    pub state: State,
    /// Warnings met while loading the state, shown and printed on exit.
    pub warnings: Vec<String>,
}

/// Saves the session's changes, if any; a failure is shown once and kept
/// for printing on exit.
fn save(app: &mut App, store: &mut Option<Store>, outcome: &mut Outcome) {
    let Some(store) = store else { return };
    if app.reading.changes.is_empty() {
        return;
    }
    match store.save(&app.reading.changes) {
        Ok(merged) => app.saved(merged),
        Err(e) => {
            if !outcome.warnings.contains(&e) {
                app.ui.message = Some(format!("Reading state not saved: {e}"));
                outcome.warnings.push(e);
            }
        }
    }
    for w in store.take_warnings() {
        app.ui.message = Some(w.clone());
        outcome.warnings.push(w);
    }
}

/// Runs the reader until the user quits. `load` runs on a worker thread
/// while the UI already answers keys; `what` names what it loads.
pub fn run<F>(what: &str, load: F, setup: Setup) -> io::Result<Outcome>
where
    F: FnOnce() -> LoadResult + Send + 'static,
{
    let started = Instant::now();
    // SIGTERM and SIGHUP end the reader like `q`: state saved, terminal
    // restored. The handler only sets a number the loop reads.
    let signal = Arc::new(AtomicUsize::new(0));
    let mut ids = Vec::new();
    for sig in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        let flag = Arc::clone(&signal);
        // SAFETY: the handler only stores to an atomic.
        let id = unsafe {
            signal_hook::low_level::register(sig, move || {
                flag.store(sig as usize, Ordering::SeqCst)
            })
        }?;
        ids.push(id);
    }

    let mut terminal = ratatui::try_init()?;
    let _ = execute!(io::stdout(), EnableMouseCapture);
    // A panic on the UI thread restores the terminal (ratatui's hook,
    // called last) before the message prints. A panic in the worker must
    // not touch the terminal the UI still draws on: its message is kept
    // and reported once the reader has ended.
    let ui_thread = std::thread::current().id();
    let worker_panic: Arc<Mutex<Option<String>>> = Arc::default();
    let slot = Arc::clone(&worker_panic);
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().id() != ui_thread {
            if let Ok(mut s) = slot.lock() {
                let at = info
                    .location()
                    .map(|l| format!(" at {}:{}", l.file(), l.line()))
                    .unwrap_or_default();
                let what = info.payload_as_str().unwrap_or("a panic");
                s.get_or_insert_with(|| format!("{what}{at}"));
            }
            return;
        }
        let _ = execute!(io::stdout(), DisableMouseCapture);
        previous(info);
    }));

    let (tx, rx) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("load".into())
        .spawn(move || {
            let mut doing = "loading";
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                load_and_analyse(load, &tx, &mut doing)
            }))
            .unwrap_or_else(|_| {
                let why = worker_panic
                    .lock()
                    .ok()
                    .and_then(|mut s| s.take())
                    .unwrap_or_else(|| "a panic".into());
                Err(format!(
                    "{doing} failed ({why}); this is a bug in hearsay, please report it"
                ))
            });
            // The receiver may be gone if the user quit first.
            let _ = tx.send(result);
        });

    let result = match spawned {
        Ok(_) => event_loop(&mut terminal, what, rx, setup, &signal, started),
        Err(e) => Err(e),
    };

    let _ = execute!(io::stdout(), DisableMouseCapture);
    ratatui::restore();
    for id in ids {
        signal_hook::low_level::unregister(id);
    }
    result
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    what: &str,
    rx: mpsc::Receiver<Result<Loaded, String>>,
    setup: Setup,
    signal: &AtomicUsize,
    started: Instant,
) -> io::Result<Outcome> {
    // Benchmarks (scripts/bench.sh): quit once the first frame showing the
    // loaded corpus is drawn, and print the time since start on exit.
    let first_frame_bench = std::env::var_os("HEARSAY_BENCH_FIRST_FRAME").is_some();
    let theme = Theme::from_env_with(setup.colors);
    let mut app = App::loading(what);
    app.keymap = setup.keymap;
    app.panes = setup.panes;
    app.set_reading(setup.state);
    let mut store = setup.store;
    let mut outcome = Outcome {
        warnings: setup.warnings,
        ..Outcome::default()
    };
    if let Some(w) = outcome.warnings.first() {
        app.ui.message = Some(w.clone());
    }
    let size = terminal.size()?;
    app.resize(size.width, size.height);
    let mut dirty = true;
    let mut last_save = Instant::now();
    let mut frames = 0u64;
    let mut articles_drawn = false;
    // Set from the analysed corpus's arrival to its finder index's.
    let mut finder_pending = false;
    loop {
        let sig = signal.load(Ordering::SeqCst);
        if sig != 0 {
            // The terminal may be gone (SIGHUP): save without drawing.
            outcome.signal = Some(sig as i32);
            app.ui.quit = true;
        } else if dirty {
            terminal.draw(|f| ui::render(f, &app, &theme))?;
            dirty = false;
            frames += 1;
            if frames == 1 {
                test_panic("draw");
            }
            if first_frame_bench && app.loading.is_none() {
                let ms = started.elapsed().as_secs_f64() * 1e3;
                if !articles_drawn {
                    articles_drawn = true;
                    outcome
                        .warnings
                        .push(format!("first frame with the articles after {ms:.1} ms"));
                }
                if app.analysing.is_none() {
                    outcome.warnings.push(format!(
                        "first frame with quotes and people after {ms:.1} ms"
                    ));
                    break;
                }
            }
        }
        // While the worker has more to send (the corpus, its analysis, the
        // finder's index), look for it often: it is drawn as soon as it
        // arrives; the spinner still turns every `TICK`. A signal
        // interrupts the wait; the next turn handles it.
        let expecting = app.loading.is_some() || app.analysing.is_some() || finder_pending;
        let wait = if expecting { LOADING_POLL } else { TICK };
        let ready = !app.ui.quit
            && match event::poll(wait) {
                Ok(r) => r,
                Err(_) if signal.load(Ordering::SeqCst) != 0 => false,
                Err(e) => return Err(e),
            };
        if ready {
            // Take every pending event before drawing again.
            loop {
                match input::translate(&event::read()?) {
                    Input::Key(k) => dirty |= app.press(k),
                    Input::Action(a) => {
                        update(&mut app, a);
                        dirty = true;
                    }
                    Input::Resize(w, h) => {
                        app.resize(w, h);
                        dirty = true;
                    }
                    Input::Ignore => {}
                }
                if app.ui.quit || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        }
        if app.ui.quit {
            if app.loading.is_none() {
                app.record_position();
                save(&mut app, &mut store, &mut outcome);
            }
            break;
        }
        if !app.reading.changes.is_empty() && last_save.elapsed() >= SAVE_EVERY {
            app.record_position();
            save(&mut app, &mut store, &mut outcome);
            last_save = Instant::now();
            dirty = true;
        }
        if let Some(l) = app.loading.as_mut().or(app.analysing.as_mut()) {
            let tick = (started.elapsed().as_millis() / TICK.as_millis()) as usize;
            if tick != l.tick {
                l.tick = tick;
                dirty = true;
            }
        }
        if expecting {
            // Whether a corpus arrived (laid out for the terminal's size).
            let corpus_arrived = match rx.try_recv() {
                Ok(Ok(Loaded::Articles(indexed, problems))) => {
                    outcome.problems = problems.clone();
                    app.set_articles(indexed, problems);
                    true
                }
                Ok(Ok(Loaded::Analysed(indexed, problems))) => {
                    outcome.problems = problems.clone();
                    app.set_indexed(indexed, problems);
                    true
                }
                Ok(Ok(Loaded::Quotes(corpus, index))) => {
                    app.set_quotes(corpus, index);
                    finder_pending = true;
                    true
                }
                Ok(Ok(Loaded::Finder(finder))) => {
                    app.set_finder(finder);
                    finder_pending = false;
                    dirty = true;
                    false
                }
                // Quotes and people are on screen: the finder goes on
                // searching the titles, and the failure is reported.
                Ok(Err(e)) if finder_pending => {
                    finder_pending = false;
                    app.ui.message = Some(e.clone());
                    outcome.problems.push(e);
                    dirty = true;
                    false
                }
                // The articles are on screen: they stay readable, without
                // quotes, and the failure is reported on exit.
                Ok(Err(e)) if app.loading.is_none() => {
                    app.analysis_failed(e.clone());
                    outcome.problems.push(e);
                    dirty = true;
                    false
                }
                Ok(Err(e)) => {
                    outcome.error = Some(e);
                    break;
                }
                Err(mpsc::TryRecvError::Empty) => false,
                Err(mpsc::TryRecvError::Disconnected) => {
                    outcome.error = Some("the loader stopped unexpectedly".into());
                    break;
                }
            };
            if corpus_arrived {
                let size = terminal.size()?;
                app.resize(size.width, size.height);
                dirty = true;
            }
        }
    }
    Ok(outcome)
}
