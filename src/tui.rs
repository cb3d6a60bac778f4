//! The event loop: terminal setup and restore, input, the worker that
//! loads (and later analyses) the corpus, drawing.

use crate::app::input::{self, Input};
use crate::app::{App, Keymap, PaneWidths, update};
use crate::config::ThemeColors;
use crate::model::Corpus;
use crate::state::{State, Store};
use crate::ui::{self, Theme};
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;
use std::io;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How often changes to the reading state are saved while reading (and
/// always on quit).
const SAVE_EVERY: Duration = Duration::from_secs(2);
/// How long the loop waits for input: the spinner's step.
const TICK: Duration = Duration::from_millis(120);
/// The wait while the worker loads, so its result is drawn at once.
const LOADING_POLL: Duration = Duration::from_millis(10);

/// What the worker produces: the corpus and the problems met, or why
/// nothing could be read.
pub type LoadResult = Result<(Corpus, Vec<String>), String>;

/// How the reader ended.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Problems met while loading, to print once the terminal is back.
    pub problems: Vec<String>,
    /// Set when loading failed: nothing could be read.
    pub error: Option<String>,
    /// Warnings about the reading state (set aside, not saved).
    pub warnings: Vec<String>,
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
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .name("load".into())
        .spawn(move || {
            // The receiver may be gone if the user quit first.
            let _ = tx.send(load());
        })?;

    let mut terminal = ratatui::try_init()?;
    let _ = execute!(io::stdout(), EnableMouseCapture);
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableMouseCapture);
        previous(info);
    }));

    let result = event_loop(&mut terminal, what, rx, setup, started);

    let _ = execute!(io::stdout(), DisableMouseCapture);
    ratatui::restore();
    result
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    what: &str,
    rx: mpsc::Receiver<LoadResult>,
    setup: Setup,
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
    loop {
        if dirty {
            terminal.draw(|f| ui::render(f, &app, &theme))?;
            dirty = false;
            if first_frame_bench && app.loading.is_none() {
                let ms = started.elapsed().as_secs_f64() * 1e3;
                outcome
                    .warnings
                    .push(format!("first frame with the corpus after {ms:.1} ms"));
                break;
            }
        }
        // While loading, look for the corpus often (it is drawn as soon
        // as it arrives); the spinner still turns every `TICK`.
        let wait = if app.loading.is_some() {
            LOADING_POLL
        } else {
            TICK
        };
        if event::poll(wait)? {
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
        if let Some(l) = &mut app.loading {
            let tick = (started.elapsed().as_millis() / TICK.as_millis()) as usize;
            if tick != l.tick {
                l.tick = tick;
                dirty = true;
            }
            match rx.try_recv() {
                Ok(Ok((corpus, problems))) => {
                    outcome.problems = problems.clone();
                    app.set_corpus(corpus, problems);
                    let size = terminal.size()?;
                    app.resize(size.width, size.height);
                    dirty = true;
                }
                Ok(Err(e)) => {
                    outcome.error = Some(e);
                    break;
                }
                Err(mpsc::TryRecvError::Empty) => {}
                Err(mpsc::TryRecvError::Disconnected) => {
                    outcome.error = Some("the loader stopped unexpectedly".into());
                    break;
                }
            }
        }
    }
    Ok(outcome)
}
