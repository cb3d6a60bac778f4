//! The reading state inside the app: what is read and starred, and where
//! the reader was. Every change goes two ways: into `UiState`'s index sets
//! (what the views draw) and into [`Changes`] (what the next save writes).
//! No files here: `tui` saves.

use super::{App, Pane, ReaderState, Screen};
use crate::model::ArticleIdx;
use crate::state::{self, Changes, Position, StarredArticle, StarredQuote, State};
use std::collections::HashMap;

/// The saved state and this session's changes to it.
#[derive(Debug, Clone, Default)]
pub struct Reading {
    /// The state as last read or saved.
    pub saved: State,
    /// What this session changed since.
    pub changes: Changes,
    /// Article id -> index in the corpus.
    ids: HashMap<String, ArticleIdx>,
    /// Whether the last position is still to be restored (once, when the
    /// corpus arrives).
    restore: bool,
    /// The saved quote of the restored article, while the corpus is shown
    /// before its analysis: selected when the quotes arrive, and kept as
    /// the position if the reader quits before.
    pending_quote: Option<(ArticleIdx, String)>,
}

impl Reading {
    pub fn new(saved: State) -> Reading {
        Reading {
            saved,
            restore: true,
            ..Reading::default()
        }
    }

    /// The state with this session's changes applied.
    pub fn current(&self) -> State {
        let mut s = self.saved.clone();
        s.apply(&self.changes);
        s
    }
}

fn pane_name(p: Pane) -> &'static str {
    match p {
        Pane::List => "list",
        Pane::Body => "body",
        Pane::Sidebar => "sidebar",
    }
}

impl App {
    /// Starts from a saved state (before or after the corpus arrives).
    pub fn set_reading(&mut self, saved: State) {
        self.reading = Reading::new(saved);
        self.sync_marks();
        self.restore_position();
    }

    /// A save went through: `merged` holds this session's changes and any
    /// other reader's.
    pub fn saved(&mut self, merged: State) {
        self.reading.saved = merged;
        self.reading.changes = Changes::default();
        // (The corpus is the same: its ids need no new map.)
        self.apply_marks();
    }

    /// Maps the corpus's article ids and rebuilds the index sets from the
    /// saved ones (after a load or the corpus arriving).
    pub(super) fn sync_marks(&mut self) {
        self.reading.ids = self
            .corpus
            .articles
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.clone(), i))
            .collect();
        self.apply_marks();
    }

    /// Rebuilds the index sets from the saved ids: in time with the marks,
    /// not the corpus, since a save (every few seconds while reading)
    /// calls it.
    fn apply_marks(&mut self) {
        let cur = self.reading.current();
        let ids = &self.reading.ids;
        self.ui.read = cur
            .read
            .iter()
            .filter_map(|id| ids.get(id))
            .copied()
            .collect();
        self.ui.starred = cur
            .starred_articles
            .keys()
            .filter_map(|id| ids.get(id))
            .copied()
            .collect();
        // A starred quote's key is its article's id and its text's hash:
        // only that article's quotes are looked at.
        let mut starred_quotes = std::collections::BTreeSet::new();
        for key in cur.starred_quotes.keys() {
            let Some(&a) = key.rsplit_once(':').and_then(|(id, _)| ids.get(id)) else {
                continue;
            };
            for q in 0..self.corpus.articles[a].quotes.len() {
                if self.quote_key(a, q) == *key {
                    starred_quotes.insert((a, q));
                }
            }
        }
        self.ui.starred_quotes = starred_quotes;
    }

    pub fn quote_key(&self, a: ArticleIdx, q: usize) -> String {
        let article = &self.corpus.articles[a];
        state::quote_key(
            &article.id,
            self.corpus.text(article, article.quotes[q].content()),
        )
    }

    pub fn set_read(&mut self, a: ArticleIdx, read: bool) {
        let Some(article) = self.corpus.articles.get(a) else {
            return;
        };
        let was = self.ui.read.contains(&a);
        if was == read {
            return;
        }
        if read {
            self.ui.read.insert(a);
        } else {
            self.ui.read.remove(&a);
        }
        self.reading.changes.read.insert(article.id.clone(), read);
    }

    pub fn toggle_star_article(&mut self, a: ArticleIdx) {
        let Some(article) = self.corpus.articles.get(a) else {
            return;
        };
        let star = !self.ui.starred.contains(&a);
        let entry = star.then(|| StarredArticle {
            title: self.index.titles.get(a).cloned().unwrap_or_default(),
            path: absolute(&self.corpus.source_of(article).path),
            starred_at: state::now(),
        });
        self.reading
            .changes
            .starred_articles
            .insert(article.id.clone(), entry);
        if star {
            self.ui.starred.insert(a);
            self.ui.message = Some("★ Article starred".into());
        } else {
            self.ui.starred.remove(&a);
            self.ui.message = Some("Article unstarred".into());
        }
    }

    pub fn toggle_star_quote(&mut self, a: ArticleIdx, q: usize) {
        let Some(quote) = self.corpus.articles.get(a).and_then(|x| x.quotes.get(q)) else {
            return;
        };
        let article = &self.corpus.articles[a];
        let key = self.quote_key(a, q);
        let star = !self.ui.starred_quotes.contains(&(a, q));
        let entry = star.then(|| {
            let source = self.corpus.source_of(article);
            StarredQuote {
                article: article.id.clone(),
                title: self.index.titles.get(a).cloned().unwrap_or_default(),
                speaker: quote
                    .speaker()
                    .and_then(|e| self.index.names.get(e).cloned()),
                text: self.corpus.text(article, quote.content()).to_owned(),
                path: absolute(&source.path),
                line: source.line_of(quote.content().start),
                starred_at: state::now(),
            }
        });
        self.reading.changes.starred_quotes.insert(key, entry);
        if star {
            self.ui.starred_quotes.insert((a, q));
            self.ui.message = Some(format!("★ Quote starred · {}", self.quote_label(a, q)));
        } else {
            self.ui.starred_quotes.remove(&(a, q));
            self.ui.message = Some("Quote unstarred".into());
        }
    }

    /// Notes where the reader is, for the next start.
    pub fn record_position(&mut self) {
        let Some(r) = std::iter::once(&self.ui.screen)
            .chain(self.ui.back.iter().rev())
            .find_map(|s| match s {
                Screen::Reader(r) => Some(r.clone()),
                _ => None,
            })
        else {
            return;
        };
        let Some(article) = self.corpus.articles.get(r.article) else {
            return;
        };
        let pending = match &self.reading.pending_quote {
            Some((a, key)) if *a == r.article => Some(key.clone()),
            _ => None,
        };
        let pos = Position {
            article: article.id.clone(),
            scroll: r.scroll,
            quote: r.quote.map(|q| self.quote_key(r.article, q)).or(pending),
            pane: pane_name(r.focus).into(),
        };
        if self.reading.current().last.as_ref() != Some(&pos) {
            self.reading.changes.last = Some(pos);
        }
    }

    /// Opens the reader where it was left, once, when both the corpus and
    /// the saved state are there and the user has not moved yet.
    pub(super) fn restore_position(&mut self) {
        if !self.reading.restore || self.loading.is_some() {
            return;
        }
        self.reading.restore = false;
        let untouched = self.ui.back.is_empty()
            && self.ui.popup.is_none()
            && self.ui.screen == Screen::Reader(ReaderState::new(0));
        let Some(pos) = self.reading.saved.last.clone() else {
            return;
        };
        let Some(&a) = self.reading.ids.get(&pos.article) else {
            return;
        };
        if !untouched {
            return;
        }
        let quote = pos.quote.as_ref().and_then(|k| self.find_quote(a, k));
        if self.analysing.is_some() {
            self.reading.pending_quote = pos.quote.clone().map(|k| (a, k));
        }
        let focus = match pos.pane.as_str() {
            "body" => Pane::Body,
            "sidebar" => Pane::Sidebar,
            _ => Pane::List,
        };
        self.ui.screen = Screen::Reader(ReaderState {
            focus,
            scroll: pos.scroll,
            quote,
            ..ReaderState::new(a)
        });
        self.ui.message = Some(format!(
            "Back where you left off: {}",
            self.index.titles.get(a).cloned().unwrap_or_default()
        ));
    }

    /// The quotes arrived: selects the restored article's saved quote if
    /// the reader is still there with no quote selected.
    pub(super) fn restore_quote(&mut self) {
        let Some((a, key)) = self.reading.pending_quote.take() else {
            return;
        };
        let quote = self.find_quote(a, &key);
        if let Screen::Reader(r) = &mut self.ui.screen
            && r.article == a
            && r.quote.is_none()
        {
            r.quote = quote;
        }
    }

    /// The reader left the restored article: its saved quote is no longer
    /// where they are (nor what to select should they come back).
    pub(super) fn forget_pending_quote_if_moved(&mut self) {
        if let Some((a, _)) = &self.reading.pending_quote
            && !matches!(&self.ui.screen, Screen::Reader(r) if r.article == *a)
        {
            self.reading.pending_quote = None;
        }
    }

    fn find_quote(&self, a: ArticleIdx, key: &str) -> Option<usize> {
        (0..self.corpus.articles[a].quotes.len()).find(|&q| self.quote_key(a, q) == key)
    }
}

/// The path made absolute when it names a file (the bundled sample's
/// names do not).
fn absolute(p: &std::path::Path) -> std::path::PathBuf {
    if p.exists() {
        std::path::absolute(p).unwrap_or_else(|_| p.to_owned())
    } else {
        p.to_owned()
    }
}
