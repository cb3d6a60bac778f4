//! The event loop: terminal setup and restore, input, the worker that
//! loads (and later analyses) the corpus, drawing.

use crate::app::input::{self, Input};
use crate::app::{App, update};
use crate::model::Corpus;
use crate::ui::{self, Theme};
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;
use std::io;
use std::sync::mpsc;
use std::time::Duration;

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
}

/// Runs the reader until the user quits. `load` runs on a worker thread
/// while the UI already answers keys; `what` names what it loads.
pub fn run<F>(what: &str, load: F) -> io::Result<Outcome>
where
    F: FnOnce() -> LoadResult + Send + 'static,
{
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

    let result = event_loop(&mut terminal, what, rx);

    let _ = execute!(io::stdout(), DisableMouseCapture);
    ratatui::restore();
    result
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    what: &str,
    rx: mpsc::Receiver<LoadResult>,
) -> io::Result<Outcome> {
    let theme = Theme::from_env();
    let mut app = App::loading(what);
    let size = terminal.size()?;
    app.resize(size.width, size.height);
    let mut outcome = Outcome::default();
    let mut dirty = true;
    loop {
        if dirty {
            terminal.draw(|f| ui::render(f, &app, &theme))?;
            dirty = false;
        }
        if event::poll(Duration::from_millis(120))? {
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
            break;
        }
        if let Some(l) = &mut app.loading {
            l.tick += 1;
            dirty = true;
            match rx.try_recv() {
                Ok(Ok((corpus, problems))) => {
                    outcome.problems = problems.clone();
                    app.set_corpus(corpus, problems);
                    let size = terminal.size()?;
                    app.resize(size.width, size.height);
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
