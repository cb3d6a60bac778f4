//! The reader's state and how actions change it. No terminal types here,
//! except in [`input`], which turns terminal events into [`Key`]s.
//!
//! `App` holds the corpus, the indexes derived from it once, the keymap
//! and the [`UiState`]; [`update`] is the only place an [`Action`] changes
//! anything, and it changes only `UiState` (ids and indexes, never
//! references).

pub mod action;
pub mod index;
pub mod input;
pub mod keymap;
pub mod layout;
pub mod lines;
pub mod reading;

pub use action::{Action, Pane};
pub use index::{EntityCount, Index, QuoteRef};
pub use keymap::{Key, KeyCode, Keymap, Mode};
pub use layout::{Area, PaneWidths, Viewport};
pub use reading::Reading;

use crate::display;
use crate::model::{ArticleIdx, Corpus, EntityIdx, EntityKind};
use crate::search::{FinderIndex, Hit, Narrowing, Target};
use lines::LineKind;
use std::collections::BTreeSet;
use std::sync::Arc;

/// Rows each article takes in the list (title, then details).
pub const LIST_ROWS: usize = 2;

/// Whether the sidebar and the chart count one article or all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Article,
    All,
}

/// The three-pane reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReaderState {
    /// The article selected in the list and shown in the body.
    pub article: ArticleIdx,
    pub focus: Pane,
    /// First list row shown.
    pub list_offset: usize,
    /// First body line shown.
    pub scroll: usize,
    /// The selected quote (index into the article's quotes).
    pub quote: Option<usize>,
    /// The selected entity (index into the sidebar's entity list).
    pub entity: usize,
    /// First sidebar row shown.
    pub entity_offset: usize,
}

impl ReaderState {
    pub fn new(article: ArticleIdx) -> ReaderState {
        ReaderState {
            article,
            focus: Pane::List,
            list_offset: 0,
            scroll: 0,
            quote: None,
            entity: 0,
            entity_offset: 0,
        }
    }
}

/// Every quote of one person (or any entity), across articles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonState {
    pub entity: EntityIdx,
    /// Index into `Index::quotes_by_speaker[entity]`.
    pub selected: usize,
    /// First line shown.
    pub offset: usize,
}

/// The most-quoted people, as a bar chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TalkState {
    /// The article open when the chart was asked for (its scope).
    pub article: ArticleIdx,
    pub selected: usize,
    pub offset: usize,
}

/// A full-screen view; the back stack holds earlier ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    Reader(ReaderState),
    Person(PersonState),
    Talk(TalkState),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FinderState {
    pub query: String,
    pub hits: Vec<Hit>,
    pub selected: usize,
    pub offset: usize,
    /// What the query's shorter forms matched, so each key scans less.
    pub narrowing: Narrowing,
}

impl FinderState {
    /// Searches again for the query as it now stands.
    fn search(&mut self, finder: &FinderIndex) {
        self.hits = finder.search_narrowing(&self.query, &mut self.narrowing);
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Popup {
    Finder(FinderState),
    Help { scroll: usize },
}

/// What the user did: ids and indexes only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UiState {
    pub screen: Screen,
    /// Where Esc / Backspace go back to, most recent last.
    pub back: Vec<Screen>,
    pub popup: Option<Popup>,
    pub scope: Scope,
    pub read: BTreeSet<ArticleIdx>,
    /// Starred articles.
    pub starred: BTreeSet<ArticleIdx>,
    /// Starred quotes: (article, quote).
    pub starred_quotes: BTreeSet<(ArticleIdx, usize)>,
    /// A one-off message for the status line.
    pub message: Option<String>,
    pub quit: bool,
}

impl Default for UiState {
    fn default() -> Self {
        UiState {
            screen: Screen::Reader(ReaderState::new(0)),
            back: Vec::new(),
            popup: None,
            scope: Scope::Article,
            read: BTreeSet::new(),
            starred: BTreeSet::new(),
            starred_quotes: BTreeSet::new(),
            message: None,
            quit: false,
        }
    }
}

/// Shown while the worker loads and analyses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loading {
    pub what: String,
    pub tick: usize,
}

/// One row of the entity sidebar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SideRow {
    Header(EntityKind, usize),
    /// `(index in the entity list, counts)`.
    Entity(usize, EntityCount),
    Empty,
    Blank,
}

pub struct App {
    /// Shared with the loading worker while it builds the finder's index
    /// (`set_quotes`, then `set_finder`); never changed in place.
    pub corpus: Arc<Corpus>,
    pub index: Index,
    pub finder: FinderIndex,
    pub keymap: Keymap,
    /// Pane widths from the config.
    pub panes: PaneWidths,
    pub ui: UiState,
    /// Read and starred, saved between runs.
    pub reading: Reading,
    pub loading: Option<Loading>,
    /// Set while a large corpus is shown before its analysis lands: the
    /// articles can be read, quotes and people are on their way.
    pub analysing: Option<Loading>,
    /// Set when the analysis failed after the articles were shown: they
    /// stay readable, with no quotes or people.
    pub analysis_failed: bool,
    /// Problems met while loading (files skipped, bad bytes).
    pub problems: Vec<String>,
    /// The terminal size.
    pub size: (u16, u16),
    /// The open person's quote lines at the current width: derived data,
    /// refreshed by `update` and `resize` so drawing and moving through
    /// thousands of quotes does not lay them out again each time.
    person_cache: Option<PersonLines>,
}

#[derive(Debug, Clone)]
struct PersonLines {
    entity: EntityIdx,
    width: usize,
    /// The lines of the first `laid` items (quotes; or, for an entity
    /// never quoted, articles naming it).
    lines: Vec<lines::Line>,
    laid: usize,
}

/// Items (quotes, or articles naming an entity never quoted) laid out at
/// a time when a person's view needs more of them.
const PERSON_CHUNK: usize = 4;

/// A corpus with the reader's indexes built for it.
#[derive(Default)]
pub struct Indexed {
    pub corpus: Arc<Corpus>,
    pub index: Index,
    pub finder: FinderIndex,
}

impl Indexed {
    pub fn build(corpus: Corpus) -> Indexed {
        // The two indexes are independent: built side by side.
        let (index, finder) = rayon::join(|| Index::build(&corpus), || FinderIndex::build(&corpus));
        Indexed {
            corpus: Arc::new(corpus),
            index,
            finder,
        }
    }
}

impl App {
    pub fn new(corpus: Corpus) -> App {
        let mut app = App::loading("");
        app.set_corpus(corpus, Vec::new());
        app
    }

    /// An app with no corpus yet, waiting for the worker.
    pub fn loading(what: &str) -> App {
        App {
            corpus: Arc::default(),
            index: Index::default(),
            finder: FinderIndex::default(),
            keymap: Keymap::default(),
            panes: PaneWidths::default(),
            ui: UiState::default(),
            reading: Reading::default(),
            loading: Some(Loading {
                what: what.to_owned(),
                tick: 0,
            }),
            analysing: None,
            analysis_failed: false,
            problems: Vec::new(),
            person_cache: None,
            size: (80, 24),
        }
    }

    /// The worker's result arrived: index it once.
    pub fn set_corpus(&mut self, corpus: Corpus, problems: Vec<String>) {
        self.set_indexed(Indexed::build(corpus), problems);
    }

    /// A corpus indexed already (by the loading worker, so the interface
    /// keeps answering keys meanwhile).
    pub fn set_indexed(&mut self, indexed: Indexed, problems: Vec<String>) {
        self.show(indexed, problems, None);
    }

    /// The articles of a large corpus, not analysed yet: they can be read
    /// while the worker finds quotes and people (`set_analysed` follows).
    pub fn set_articles(&mut self, indexed: Indexed, problems: Vec<String>) {
        let what = self
            .loading
            .as_ref()
            .map_or_else(String::new, |l| l.what.clone());
        self.show(indexed, problems, Some(Loading { what, tick: 0 }));
    }

    fn show(&mut self, indexed: Indexed, problems: Vec<String>, analysing: Option<Loading>) {
        self.replace_corpus(indexed);
        self.loading = None;
        self.analysing = analysing;
        if !problems.is_empty() {
            self.ui.message = Some(format!(
                "{} problem{} while reading (listed on exit)",
                problems.len(),
                display::plural(problems.len())
            ));
        }
        self.problems = problems;
        self.sync_marks();
        self.restore_position();
        if let Some(Popup::Finder(f)) = &mut self.ui.popup {
            f.search(&self.finder);
        }
    }

    /// The analysed corpus, after `set_articles` showed the same articles:
    /// what the user did meanwhile (article, scroll, marks, finder query)
    /// stays, and quotes and people appear.
    pub fn set_analysed(&mut self, indexed: Indexed) {
        let Indexed {
            corpus,
            index,
            finder,
        } = indexed;
        self.set_quotes(corpus, index);
        self.set_finder(finder);
    }

    /// `set_analysed` without the finder's index, which follows
    /// (`set_finder`): the finder searches the articles' titles meanwhile.
    /// (The worker sends the corpus as soon as the sidebar's index is
    /// built: at 10,000 articles the finder's takes as long again.)
    pub fn set_quotes(&mut self, corpus: Arc<Corpus>, index: Index) {
        self.corpus = corpus;
        self.index = index;
        self.person_cache = None;
        self.analysing = None;
        let quotes = self.index.quote_count;
        self.ui.message = Some(format!(
            "{quotes} quote{} and {} name{} found",
            display::plural(quotes),
            self.corpus.entities.len(),
            display::plural(self.corpus.entities.len())
        ));
        self.sync_marks();
        self.restore_quote();
        clamp_all(self);
    }

    /// The finder's index of the analysed corpus (after `set_quotes`).
    pub fn set_finder(&mut self, finder: FinderIndex) {
        // The finder's results change (people come first now): keep the
        // item the user had selected, not its row.
        let selected = match &self.ui.popup {
            Some(Popup::Finder(f)) => f
                .hits
                .get(f.selected)
                .map(|h| self.finder.items[h.item].target),
            _ => None,
        };
        self.finder = finder;
        if let Some(Popup::Finder(f)) = &mut self.ui.popup {
            // What the old index matched says nothing of the new one's.
            f.narrowing = Narrowing::default();
            f.search(&self.finder);
            f.selected = selected
                .and_then(|t| {
                    f.hits
                        .iter()
                        .position(|h| self.finder.items[h.item].target == t)
                })
                .unwrap_or(0);
        }
    }

    /// The analysis failed after the articles were shown: they stay
    /// readable, and the reader says quotes are unavailable rather than
    /// showing none.
    pub fn analysis_failed(&mut self, why: String) {
        self.analysing = None;
        self.analysis_failed = true;
        self.ui.message = Some(why);
    }

    fn replace_corpus(&mut self, indexed: Indexed) {
        let Indexed {
            corpus,
            index,
            finder,
        } = indexed;
        self.index = index;
        self.finder = finder;
        self.corpus = corpus;
        self.person_cache = None;
        // What the old index matched says nothing of the new one's items.
        if let Some(Popup::Finder(f)) = &mut self.ui.popup {
            f.narrowing = Narrowing::default();
        }
    }

    pub fn resize(&mut self, w: u16, h: u16) {
        self.size = (w, h);
        clamp_all(self);
    }

    /// The layout for the current size and focus.
    pub fn viewport(&self) -> Viewport {
        let focus = match &self.ui.screen {
            Screen::Reader(r) => r.focus,
            _ => Pane::Body,
        };
        layout::compute_with(self.size.0, self.size.1, focus, self.panes)
    }

    pub fn mode(&self) -> Mode {
        match self.ui.popup {
            Some(Popup::Finder(_)) => Mode::Finder,
            Some(Popup::Help { .. }) => Mode::Help,
            None => Mode::Normal,
        }
    }

    /// Maps a key through the keymap and applies it. Returns whether the
    /// key did anything.
    pub fn press(&mut self, key: Key) -> bool {
        match self.keymap.action(self.mode(), key) {
            Some(a) => {
                update(self, a);
                true
            }
            None => false,
        }
    }

    /// The sidebar's entities: for the open article or all.
    pub fn sidebar_entities(&self) -> &[EntityCount] {
        match (&self.ui.screen, self.ui.scope) {
            (Screen::Reader(r), Scope::Article) => self
                .index
                .entities_by_article
                .get(r.article)
                .map_or(&[], |v| v.as_slice()),
            _ => &self.index.entities_all,
        }
    }

    /// The sidebar as rows: a header per kind, its entities (or a dash).
    /// One at a time: a frame or a key reads the rows it needs, and makes
    /// no list of every entity (half a million at 100k articles).
    pub fn sidebar_rows(&self) -> impl Iterator<Item = SideRow> + '_ {
        let list = self.sidebar_entities();
        // The index lists entities by kind first: each kind's run is found
        // by binary search, not by looking up every entity's kind (half a
        // million at 100k articles, on every key).
        let rank = |c: &EntityCount| index::kind_rank(self.corpus.entities[c.entity].kind);
        let kinds = [
            EntityKind::Person,
            EntityKind::Organization,
            EntityKind::Place,
            EntityKind::Other,
        ];
        let mut sections = Vec::with_capacity(kinds.len());
        let mut start = 0;
        for kind in kinds {
            let end = list.partition_point(|c| rank(c) <= index::kind_rank(kind));
            if kind == EntityKind::Other && end == start {
                break;
            }
            sections.push((kind, start..end));
            start = end;
        }
        sections
            .into_iter()
            .enumerate()
            .flat_map(move |(k, (kind, run))| {
                let blank = (k > 0).then_some(SideRow::Blank);
                let empty = run.is_empty().then_some(SideRow::Empty);
                blank
                    .into_iter()
                    .chain([SideRow::Header(kind, run.len())])
                    .chain(empty)
                    .chain(run.map(move |i| SideRow::Entity(i, list[i])))
            })
    }

    /// The speakers of the chart: for the chart's article or all.
    pub fn talkers(&self, t: &TalkState) -> std::borrow::Cow<'_, [EntityCount]> {
        match self.ui.scope {
            Scope::Article => self.index.speakers(Some(t.article)),
            Scope::All => self.index.speakers(None),
        }
    }

    /// The body lines of an article at the current body width.
    pub fn body_lines(&self, article: ArticleIdx) -> Vec<lines::Line> {
        lines::article(
            &self.corpus,
            article,
            self.viewport().body_text().w as usize,
        )
    }

    /// The lines of an entity's quotes at the current width. For the open
    /// person, those laid out so far: through the selected quote and two
    /// screens past the top of the view (see `refresh_person_cache`).
    pub fn person_lines(&self, entity: EntityIdx) -> std::borrow::Cow<'_, [lines::Line]> {
        let width = person_width(&self.viewport());
        match &self.person_cache {
            Some(c) if c.entity == entity && c.width == width => {
                std::borrow::Cow::Borrowed(&c.lines)
            }
            _ => std::borrow::Cow::Owned(lines::person(&self.corpus, &self.index, entity, width)),
        }
    }

    /// Lays out the open person's quotes again if the person or the width
    /// changed, and further if the selection or the view moved past what
    /// is laid out: a person quoted thousands of times opens at once, and
    /// the rest is laid out as it is reached.
    fn refresh_person_cache(&mut self) {
        let Screen::Person(p) = &self.ui.screen else {
            return;
        };
        let v = self.viewport();
        let (entity, width) = (p.entity, person_width(&v));
        let quotes = self
            .index
            .quotes_by_speaker
            .get(entity)
            .map_or(&[][..], Vec::as_slice);
        let items = self.person_items(entity);
        let cache = match &mut self.person_cache {
            Some(c) if c.entity == entity && c.width == width => c,
            stale => stale.insert(PersonLines {
                entity,
                width,
                lines: if quotes.is_empty() {
                    vec![lines::unquoted_note()]
                } else {
                    Vec::new()
                },
                laid: 0,
            }),
        };
        let wanted = p.offset + 2 * (v.main.inner().h as usize).max(1);
        while cache.laid < items && (cache.laid <= p.selected || cache.lines.len() < wanted) {
            let to = (cache.laid + PERSON_CHUNK).min(items);
            if quotes.is_empty() {
                lines::unquoted_rows(&self.index, entity, cache.laid..to, &mut cache.lines);
            } else {
                lines::person_quotes(
                    &self.corpus,
                    &self.index,
                    quotes,
                    cache.laid..to,
                    width,
                    &mut cache.lines,
                );
            }
            cache.laid = to;
        }
    }

    /// What can be chosen in an entity's view: its quotes; or, for an
    /// entity never quoted, the articles naming it.
    pub fn person_items(&self, entity: EntityIdx) -> usize {
        match self.index.quotes_by_speaker.get(entity) {
            Some(q) if !q.is_empty() => q.len(),
            _ => self.index.articles_naming(entity).len(),
        }
    }

    /// The line kind of item `i` of an entity's view (see `person_items`).
    pub fn person_item_kind(&self, entity: EntityIdx, i: usize) -> Option<lines::LineKind> {
        match self.index.quotes_by_speaker.get(entity) {
            Some(q) if !q.is_empty() => q.get(i).map(|&qr| lines::LineKind::Quote(qr)),
            _ => {
                let a = *self.index.articles_naming(entity).get(i)?;
                Some(lines::LineKind::Group(a as usize))
            }
        }
    }

    /// Why an action cannot be done yet (or at all) for want of quotes and
    /// people: while they are being found, or after their analysis failed.
    fn quotes_wanting(&self, action: Action) -> Option<&'static str> {
        let opens_quote_or_person = action == Action::Open
            && matches!(&self.ui.screen, Screen::Reader(r) if r.focus != Pane::List);
        if !(action.needs_quotes() || opens_quote_or_person) {
            return None;
        }
        if self.analysing.is_some() {
            Some("Still finding quotes and people…")
        } else if self.analysis_failed {
            Some("Quotes and people are unavailable: their analysis failed")
        } else {
            None
        }
    }

    /// "3 quotes" for an article's list row and title; "quotes…" while
    /// they are being found.
    pub fn quote_count(&self, article: ArticleIdx) -> String {
        if self.analysing.is_some() {
            return "quotes…".into();
        }
        if self.analysis_failed {
            return "quotes unavailable".into();
        }
        let q = self
            .corpus
            .articles
            .get(article)
            .map_or(0, |a| a.quotes.len());
        format!("{q} quote{}", display::plural(q))
    }

    /// "Quote 2/5 · Sergei Lavrov · said" for the status line.
    pub fn quote_label(&self, article: ArticleIdx, quote: usize) -> String {
        let order = &self.index.quote_order[article];
        let pos = order.iter().position(|&q| q == quote).unwrap_or(0) + 1;
        let a = &self.corpus.articles[article];
        let q = &a.quotes[quote];
        let who = q
            .speaker()
            .and_then(|e| self.index.names.get(e).cloned())
            .unwrap_or_else(|| "unattributed".into());
        let mut s = format!("Quote {pos}/{} · {who}", order.len());
        if let Some(c) = q.cue() {
            s.push_str(&format!(" · {}", display::clean(self.corpus.text(a, c))));
        }
        if self.ui.starred_quotes.contains(&(article, quote)) {
            s.push_str(" · ★");
        }
        s
    }

    fn reader(&mut self) -> Option<&mut ReaderState> {
        match &mut self.ui.screen {
            Screen::Reader(r) => Some(r),
            _ => None,
        }
    }
}

/// Width of the text of a person's quotes (border and gutter off).
pub fn person_width(v: &Viewport) -> usize {
    v.main.inner().w.saturating_sub(2) as usize
}

/// A movement, resolved against a pane's height.
#[derive(Debug, Clone, Copy)]
enum Move {
    By(isize),
    Pages(isize, usize),
    Top,
    Bottom,
}

impl Move {
    fn of(action: Action) -> Option<Move> {
        Some(match action {
            Action::Up => Move::By(-1),
            Action::Down => Move::By(1),
            Action::Top => Move::Top,
            Action::Bottom => Move::Bottom,
            Action::HalfPageDown => Move::Pages(1, 2),
            Action::HalfPageUp => Move::Pages(-1, 2),
            Action::PageDown => Move::Pages(1, 1),
            Action::PageUp => Move::Pages(-1, 1),
            _ => return None,
        })
    }

    /// The new position in `0..len`, for a pane `height` rows high.
    fn apply(self, pos: usize, len: usize, height: usize) -> usize {
        if len == 0 {
            return 0;
        }
        let target = match self {
            Move::By(d) => pos as isize + d,
            Move::Pages(d, div) => pos as isize + d * (height / div).max(1) as isize,
            Move::Top => 0,
            Move::Bottom => len as isize - 1,
        };
        target.clamp(0, len as isize - 1) as usize
    }
}

/// Scrolls `offset` so rows `first..=last` show in `height` rows.
fn ensure_visible(offset: &mut usize, first: usize, last: usize, height: usize) {
    let height = height.max(1);
    if last >= *offset + height {
        *offset = (last + 1).saturating_sub(height);
    }
    if first < *offset {
        *offset = first;
    }
}

/// Applies one action.
pub fn update(app: &mut App, action: Action) {
    app.ui.message = None;
    if action == Action::Quit {
        app.ui.quit = true;
        return;
    }
    if let Action::Click(x, y) = action {
        click(app, x, y);
    } else if let Action::Wheel(x, y, down) = action {
        wheel(app, x, y, down);
    } else if app.ui.popup.is_some() {
        update_popup(app, action);
    } else if app.loading.is_some() {
        match action {
            Action::Help => app.ui.popup = Some(Popup::Help { scroll: 0 }),
            _ => app.ui.message = Some("Still loading…".into()),
        }
    } else if let Some(why) = app.quotes_wanting(action) {
        app.ui.message = Some(why.into());
    } else {
        match app.ui.screen.clone() {
            Screen::Reader(_) => update_reader(app, action),
            Screen::Person(_) => update_person(app, action),
            Screen::Talk(_) => update_talk(app, action),
        }
    }
    app.forget_pending_quote_if_moved();
    clamp_all(app);
}

/// The first article of `from..end` not in `read`: the read ones are
/// walked in order up to the first gap (not each article looked up).
fn first_unread(read: &BTreeSet<ArticleIdx>, from: usize, end: usize) -> Option<ArticleIdx> {
    let mut want = from;
    for &a in read.range(from..end) {
        if a != want {
            break;
        }
        want += 1;
    }
    (want < end).then_some(want)
}

/// Actions that do the same on every screen; `true` if handled.
fn update_common(app: &mut App, action: Action) -> bool {
    match action {
        Action::Finder => {
            let hits = app.finder.search("");
            app.ui.popup = Some(Popup::Finder(FinderState {
                query: String::new(),
                hits,
                selected: 0,
                offset: 0,
                narrowing: Narrowing::default(),
            }));
        }
        Action::Help => app.ui.popup = Some(Popup::Help { scroll: 0 }),
        Action::Back => go_back(app),
        Action::ToggleScope => {
            app.ui.scope = match app.ui.scope {
                Scope::Article => Scope::All,
                Scope::All => Scope::Article,
            };
            app.ui.message = Some(match app.ui.scope {
                Scope::Article => "Counting this article".into(),
                Scope::All => "Counting all articles".into(),
            });
            match &mut app.ui.screen {
                Screen::Reader(r) => {
                    r.entity = 0;
                    r.entity_offset = 0;
                }
                Screen::Talk(t) => {
                    t.selected = 0;
                    t.offset = 0;
                }
                Screen::Person(_) => {}
            }
        }
        Action::WhoIsTalking => {
            let article = current_article(app);
            push(
                app,
                Screen::Talk(TalkState {
                    article,
                    selected: 0,
                    offset: 0,
                }),
            );
        }
        _ => return false,
    }
    true
}

/// The article the user is in: open in the reader, or the one the last
/// reader screen on the stack showed.
fn current_article(app: &App) -> ArticleIdx {
    std::iter::once(&app.ui.screen)
        .chain(app.ui.back.iter().rev())
        .find_map(|s| match s {
            Screen::Reader(r) => Some(r.article),
            Screen::Talk(t) => Some(t.article),
            Screen::Person(_) => None,
        })
        .unwrap_or(0)
}

fn push(app: &mut App, screen: Screen) {
    let old = std::mem::replace(&mut app.ui.screen, screen);
    app.ui.back.push(old);
}

fn go_back(app: &mut App) {
    if let Some(prev) = app.ui.back.pop() {
        app.ui.screen = prev;
        return;
    }
    match &mut app.ui.screen {
        Screen::Reader(r) if r.focus != Pane::List => r.focus = Pane::List,
        Screen::Reader(_) => {}
        _ => {
            let article = current_article(app);
            app.ui.screen = Screen::Reader(ReaderState::new(article));
        }
    }
}

fn update_reader(app: &mut App, action: Action) {
    if update_common(app, action) {
        return;
    }
    let v = app.viewport();
    let Screen::Reader(mut r) = app.ui.screen.clone() else {
        return;
    };
    let n_articles = app.corpus.articles.len();
    if let Some(m) = Move::of(action) {
        match r.focus {
            Pane::List => {
                let h = v.list.inner().h as usize / LIST_ROWS;
                let a = m.apply(r.article, n_articles, h);
                if a != r.article {
                    r = ReaderState {
                        article: a,
                        focus: r.focus,
                        list_offset: r.list_offset,
                        ..ReaderState::new(a)
                    };
                }
            }
            Pane::Body => {
                let h = v.body_text().h as usize;
                let len = app.body_lines(r.article).len();
                let max = len.saturating_sub(h);
                r.scroll = m.apply(r.scroll, max + 1, h);
            }
            Pane::Sidebar => {
                let h = v.sidebar.inner().h as usize;
                r.entity = m.apply(r.entity, app.sidebar_entities().len(), h);
            }
        }
        app.ui.screen = Screen::Reader(r);
        return;
    }
    match action {
        Action::NextPane | Action::PrevPane | Action::PaneLeft | Action::PaneRight => {
            let i = Pane::ALL.iter().position(|&p| p == r.focus).unwrap_or(0);
            let j = match action {
                Action::NextPane => (i + 1) % 3,
                Action::PrevPane => (i + 2) % 3,
                Action::PaneLeft => i.saturating_sub(1),
                _ => (i + 1).min(2),
            };
            r.focus = Pane::ALL[j];
            if r.focus == Pane::Body {
                app.set_read(r.article, true);
            }
        }
        Action::Open => match r.focus {
            Pane::List => {
                r.focus = Pane::Body;
                app.set_read(r.article, true);
            }
            Pane::Body => {
                app.ui.screen = Screen::Reader(r);
                return speaker_quotes(app);
            }
            Pane::Sidebar => {
                if let Some(c) = app.sidebar_entities().get(r.entity).copied() {
                    app.ui.screen = Screen::Reader(r);
                    return open_entity(app, c.entity);
                }
            }
        },
        Action::NextQuote | Action::PrevQuote => {
            app.ui.screen = Screen::Reader(r);
            return step_quote(app, action == Action::NextQuote);
        }
        Action::SpeakerQuotes => {
            app.ui.screen = Screen::Reader(r);
            return speaker_quotes(app);
        }
        Action::NextUnread => {
            // After this article, then from the first (this one last).
            let next = first_unread(&app.ui.read, r.article + 1, n_articles)
                .or_else(|| first_unread(&app.ui.read, 0, (r.article + 1).min(n_articles)));
            match next {
                Some(a) => {
                    r = ReaderState {
                        focus: Pane::Body,
                        list_offset: r.list_offset,
                        ..ReaderState::new(a)
                    };
                    app.set_read(a, true);
                }
                None => app.ui.message = Some("No unread articles".into()),
            }
        }
        Action::ToggleRead => {
            let read = !app.ui.read.contains(&r.article);
            app.set_read(r.article, read);
            app.ui.message = Some(if read { "Marked read" } else { "Marked unread" }.into());
        }
        Action::StarArticle => app.toggle_star_article(r.article),
        Action::StarQuote => match r.quote {
            Some(q) => app.toggle_star_quote(r.article, q),
            None => {
                app.ui.message = Some("No quote selected: ] selects the next one".into());
            }
        },
        _ => {}
    }
    app.ui.screen = Screen::Reader(r);
}

/// Selects the next or previous quote of the open article.
fn step_quote(app: &mut App, forward: bool) {
    let v = app.viewport();
    let Some(r) = app.reader() else { return };
    let article = r.article;
    let (current, scroll) = (r.quote, r.scroll);
    let order = app.index.quote_order[article].clone();
    if order.is_empty() {
        app.ui.message = Some("No quotes in this article".into());
        return;
    }
    let lines = app.body_lines(article);
    let pos = current.and_then(|q| order.iter().position(|&o| o == q));
    let line_of = |q: usize| {
        let start = app.corpus.articles[article].quotes[q].content().start;
        lines::line_of(&lines, start).unwrap_or(0)
    };
    let next = match (pos, forward) {
        (Some(p), true) if p + 1 < order.len() => Some(p + 1),
        (Some(p), false) if p > 0 => Some(p - 1),
        (Some(_), _) => None,
        (None, true) => order.iter().position(|&q| line_of(q) >= scroll),
        (None, false) => order.iter().rposition(|&q| line_of(q) < scroll),
    };
    let Some(next) = next else {
        app.ui.message = Some(
            if forward {
                "Last quote of the article"
            } else {
                "First quote of the article"
            }
            .into(),
        );
        return;
    };
    let q = order[next];
    select_quote(app, q, &lines, &v);
    app.ui.message = Some(app.quote_label(article, q));
}

/// Selects quote `q` of the open article and scrolls to it.
fn select_quote(app: &mut App, q: usize, lines: &[lines::Line], v: &Viewport) {
    let Screen::Reader(r) = &mut app.ui.screen else {
        return;
    };
    let quote = &app.corpus.articles[r.article].quotes[q];
    let first = lines::line_of(lines, quote.content().start).unwrap_or(0);
    let last = lines::line_of(lines, quote.content().end.saturating_sub(1))
        .unwrap_or(first)
        .max(first);
    let h = v.body_text().h as usize;
    if first < r.scroll || last >= r.scroll + h {
        r.scroll = first.saturating_sub(2);
    }
    r.quote = Some(q);
    r.focus = Pane::Body;
    let article = r.article;
    app.set_read(article, true);
}

/// From the selected quote in the body, its speaker's quotes.
fn speaker_quotes(app: &mut App) {
    let Screen::Reader(r) = &app.ui.screen else {
        return;
    };
    let Some(q) = r.quote else {
        app.ui.message = Some("No quote selected: ] selects the next one".into());
        return;
    };
    match app.corpus.articles[r.article].quotes[q].speaker() {
        Some(e) => {
            let at = app.index.quotes_by_speaker[e]
                .iter()
                .position(|x| {
                    *x == QuoteRef {
                        article: r.article,
                        quote: q,
                    }
                })
                .unwrap_or(0);
            open_entity(app, e);
            if let Screen::Person(p) = &mut app.ui.screen {
                p.selected = at;
            }
        }
        None => app.ui.message = Some("This quote has no known speaker".into()),
    }
}

/// Opens an entity's quotes (pushing where we are).
fn open_entity(app: &mut App, entity: EntityIdx) {
    push(
        app,
        Screen::Person(PersonState {
            entity,
            selected: 0,
            offset: 0,
        }),
    );
    let n = app.index.quotes_by_speaker[entity].len();
    if n == 0 {
        app.ui.message = Some(format!("{} is not quoted", app.index.names[entity]));
    }
}

/// Opens an article in the reader with a quote selected (pushing where we
/// are).
fn open_quote(app: &mut App, qr: QuoteRef) {
    push(
        app,
        Screen::Reader(ReaderState {
            focus: Pane::Body,
            ..ReaderState::new(qr.article)
        }),
    );
    let v = app.viewport();
    let lines = app.body_lines(qr.article);
    select_quote(app, qr.quote, &lines, &v);
    app.ui.message = Some(app.quote_label(qr.article, qr.quote));
}

fn open_article(app: &mut App, article: ArticleIdx) {
    push(
        app,
        Screen::Reader(ReaderState {
            focus: Pane::Body,
            ..ReaderState::new(article)
        }),
    );
    app.set_read(article, true);
}

fn update_person(app: &mut App, action: Action) {
    if update_common(app, action) {
        return;
    }
    let Screen::Person(mut p) = app.ui.screen.clone() else {
        return;
    };
    // The items are the quotes; for an entity never quoted, the articles
    // naming it.
    let n = app.person_items(p.entity);
    let item = app.person_item_kind(p.entity, p.selected);
    let h = app.viewport().main.inner().h as usize / 4;
    if let Some(m) = Move::of(action) {
        p.selected = m.apply(p.selected, n, h);
    } else {
        match (action, item) {
            (Action::NextQuote, _) => p.selected = Move::By(1).apply(p.selected, n, h),
            (Action::PrevQuote, _) => p.selected = Move::By(-1).apply(p.selected, n, h),
            (Action::StarQuote, Some(LineKind::Quote(qr))) => {
                app.ui.screen = Screen::Person(p);
                return app.toggle_star_quote(qr.article, qr.quote);
            }
            (Action::StarArticle, Some(LineKind::Quote(QuoteRef { article, .. })))
            | (Action::StarArticle, Some(LineKind::Group(article))) => {
                app.ui.screen = Screen::Person(p);
                return app.toggle_star_article(article);
            }
            (Action::Open, Some(LineKind::Quote(qr))) => {
                app.ui.screen = Screen::Person(p);
                return open_quote(app, qr);
            }
            (Action::Open, Some(LineKind::Group(article))) => {
                app.ui.screen = Screen::Person(p);
                return open_article(app, article);
            }
            _ => {}
        }
    }
    app.ui.screen = Screen::Person(p);
}

fn update_talk(app: &mut App, action: Action) {
    if update_common(app, action) {
        return;
    }
    let Screen::Talk(mut t) = app.ui.screen.clone() else {
        return;
    };
    let talkers = app.talkers(&t);
    let h = app.viewport().main.inner().h as usize;
    if let Some(m) = Move::of(action) {
        t.selected = m.apply(t.selected, talkers.len(), h);
    } else if action == Action::Open
        && let Some(entity) = talkers.get(t.selected).map(|c| c.entity)
    {
        app.ui.screen = Screen::Talk(t);
        return open_entity(app, entity);
    }
    app.ui.screen = Screen::Talk(t);
}

fn update_popup(app: &mut App, action: Action) {
    let v = app.viewport();
    match app.ui.popup.as_mut() {
        Some(Popup::Help { scroll }) => {
            let len = keymap::help_len(&app.keymap);
            let h = v.popup.inner().h as usize;
            if let Some(m) = Move::of(action) {
                *scroll = m.apply(*scroll, len.saturating_sub(h) + 1, h);
            } else if matches!(action, Action::Back | Action::Help) {
                app.ui.popup = None;
            }
        }
        Some(Popup::Finder(f)) => {
            let h = finder_rows(&v);
            match action {
                Action::Type(_) | Action::DeleteChar | Action::ClearQuery => {
                    match action {
                        Action::Type(c) => f.query.push(c),
                        Action::DeleteChar => {
                            f.query.pop();
                        }
                        _ => f.query.clear(),
                    }
                    f.search(&app.finder);
                    f.selected = 0;
                    f.offset = 0;
                }
                Action::Back => app.ui.popup = None,
                Action::Open => {
                    let target = f
                        .hits
                        .get(f.selected)
                        .map(|h| app.finder.items[h.item].target);
                    match target {
                        Some(t) => {
                            app.ui.popup = None;
                            if app.loading.is_none() {
                                open_target(app, t);
                            }
                        }
                        None => app.ui.message = Some("Nothing matches".into()),
                    }
                }
                a => {
                    if let Some(m) = Move::of(a) {
                        f.selected = m.apply(f.selected, f.hits.len(), h);
                    }
                }
            }
        }
        None => {}
    }
}

/// Rows of results the finder shows (the query line and a rule above).
pub fn finder_rows(v: &Viewport) -> usize {
    v.popup.inner().h.saturating_sub(2) as usize
}

fn open_target(app: &mut App, target: Target) {
    match target {
        Target::Article(a) => open_article(app, a),
        Target::Entity(e, _) => open_entity(app, e),
        Target::Quote(a, q) => open_quote(
            app,
            QuoteRef {
                article: a,
                quote: q,
            },
        ),
    }
}

fn click(app: &mut App, x: u16, y: u16) {
    let v = app.viewport();
    if let Some(popup) = &mut app.ui.popup {
        if !v.popup.contains(x, y) {
            app.ui.popup = None;
        } else if let Popup::Finder(f) = popup {
            let top = v.popup.inner().y + 2;
            if y >= top {
                let i = f.offset + (y - top) as usize;
                if i < f.hits.len() {
                    if f.selected == i {
                        update_popup(app, Action::Open);
                    } else {
                        f.selected = i;
                    }
                }
            }
        }
        return;
    }
    if app.loading.is_some() {
        return;
    }
    match app.ui.screen.clone() {
        Screen::Reader(mut r) => {
            let Some(pane) = Pane::ALL.into_iter().find(|&p| v.pane(p).contains(x, y)) else {
                return;
            };
            r.focus = pane;
            let inner = v.pane(pane).inner();
            let row = y.checked_sub(inner.y).filter(|&d| d < inner.h);
            match (pane, row) {
                (Pane::List, Some(d)) => {
                    let a = r.list_offset + d as usize / LIST_ROWS;
                    if a < app.corpus.articles.len() && a != r.article {
                        r = ReaderState {
                            focus: Pane::List,
                            list_offset: r.list_offset,
                            ..ReaderState::new(a)
                        };
                    }
                }
                (Pane::Body, Some(_)) => {
                    app.set_read(r.article, true);
                    let text = v.body_text();
                    let lines = app.body_lines(r.article);
                    let line = r.scroll + (y - text.y) as usize;
                    if let Some(l) = lines.get(line) {
                        let mut col = text.x as usize;
                        let at = l.glyphs.iter().find(|g| {
                            col += g.width();
                            col > x as usize
                        });
                        let quotes = &app.corpus.articles[r.article].quotes;
                        let hit = at.and_then(|g| {
                            quotes
                                .iter()
                                .position(|q| q.content().start <= g.at && g.at < q.content().end)
                        });
                        if let Some(q) = hit {
                            r.quote = Some(q);
                            app.ui.message = Some(app.quote_label(r.article, q));
                        }
                    }
                }
                (Pane::Sidebar, Some(d)) => {
                    let row = app.sidebar_rows().nth(r.entity_offset + d as usize);
                    if let Some(SideRow::Entity(i, _)) = row {
                        r.entity = i;
                    }
                }
                _ => {}
            }
            app.ui.screen = Screen::Reader(r);
        }
        Screen::Person(mut p) => {
            let inner = v.main.inner();
            if let Some(d) = y.checked_sub(inner.y).filter(|&d| d < inner.h) {
                let lines = app.person_lines(p.entity);
                let kind = lines.get(p.offset + d as usize).map(|l| l.kind);
                // A quote; or, for an entity never quoted, an article
                // naming it.
                let n = app.person_items(p.entity);
                let hit = kind
                    .and_then(|k| (0..n).find(|&i| app.person_item_kind(p.entity, i) == Some(k)));
                if let Some(i) = hit {
                    if i == p.selected {
                        return update(app, Action::Open);
                    }
                    p.selected = i;
                }
            }
            app.ui.screen = Screen::Person(p);
        }
        Screen::Talk(mut t) => {
            let inner = v.main.inner();
            if let Some(d) = y.checked_sub(inner.y + 2).filter(|&d| d < inner.h) {
                let i = t.offset + d as usize;
                if i < app.talkers(&t).len() {
                    if i == t.selected {
                        app.ui.screen = Screen::Talk(t);
                        return update(app, Action::Open);
                    }
                    t.selected = i;
                }
            }
            app.ui.screen = Screen::Talk(t);
        }
    }
}

fn wheel(app: &mut App, x: u16, y: u16, down: bool) {
    let step = if down { Action::Down } else { Action::Up };
    let v = app.viewport();
    if app.ui.popup.is_some() {
        for _ in 0..3 {
            update_popup(app, step);
        }
        return;
    }
    if app.loading.is_some() {
        return;
    }
    // Scroll the pane under the pointer without moving the focus.
    let saved = match &mut app.ui.screen {
        Screen::Reader(r) => Pane::ALL
            .into_iter()
            .find(|&p| v.pane(p).contains(x, y))
            .map(|p| std::mem::replace(&mut r.focus, p)),
        _ => None,
    };
    for _ in 0..3 {
        match app.ui.screen.clone() {
            Screen::Reader(_) => update_reader(app, step),
            Screen::Person(_) => update_person(app, step),
            Screen::Talk(_) => update_talk(app, step),
        }
    }
    if let (Some(f), Screen::Reader(r)) = (saved, &mut app.ui.screen) {
        r.focus = f;
    }
}

/// Keeps every index in range and every selection in view.
fn clamp_all(app: &mut App) {
    app.refresh_person_cache();
    let v = app.viewport();
    let n_articles = app.corpus.articles.len();
    let n_entities = app.sidebar_entities().len();
    let screen = app.ui.screen.clone();
    match screen {
        Screen::Reader(mut r) => {
            r.article = r.article.min(n_articles.saturating_sub(1));
            let h = v.list.inner().h as usize / LIST_ROWS;
            if h > 0 {
                ensure_visible(&mut r.list_offset, r.article, r.article, h);
            }
            r.entity = r.entity.min(n_entities.saturating_sub(1));
            let h = v.sidebar.inner().h as usize;
            if h > 0 {
                // The selected entity's row, and its section's header too
                // when it is the first of its kind.
                let mut after_entity = false;
                let (mut first, mut row) = (0, 0);
                for (n, s) in app.sidebar_rows().enumerate() {
                    if matches!(s, SideRow::Entity(i, _) if i == r.entity) {
                        row = n;
                        first = if n > 0 && !after_entity { n - 1 } else { n };
                        break;
                    }
                    after_entity = matches!(s, SideRow::Entity(..));
                }
                ensure_visible(&mut r.entity_offset, first, row, h);
            }
            if r.quote.is_some_and(|q| {
                app.corpus
                    .articles
                    .get(r.article)
                    .is_none_or(|a| q >= a.quotes.len())
            }) {
                r.quote = None;
            }
            let h = v.body_text().h as usize;
            if h > 0 && n_articles > 0 {
                let len = app.body_lines(r.article).len();
                r.scroll = r.scroll.min(len.saturating_sub(h));
            }
            app.ui.screen = Screen::Reader(r);
        }
        Screen::Person(mut p) => {
            let n = app.person_items(p.entity);
            p.selected = p.selected.min(n.saturating_sub(1));
            let lines = app.person_lines(p.entity);
            let h = v.main.inner().h as usize;
            let sel = app.person_item_kind(p.entity, p.selected);
            let mine = |l: &lines::Line| Some(l.kind) == sel;
            if let (Some(first), Some(last)) =
                (lines.iter().position(mine), lines.iter().rposition(mine))
            {
                // Keep the article heading above the first quote in view.
                let first = if p.selected == 0 { 0 } else { first };
                ensure_visible(&mut p.offset, first, last, h);
                ensure_visible(&mut p.offset, first.max(last.saturating_sub(h)), last, h);
            }
            p.offset = p.offset.min(lines.len().saturating_sub(1));
            app.ui.screen = Screen::Person(p);
        }
        Screen::Talk(mut t) => {
            let n = app.talkers(&t).len();
            t.selected = t.selected.min(n.saturating_sub(1));
            let h = (v.main.inner().h as usize).saturating_sub(2);
            ensure_visible(&mut t.offset, t.selected, t.selected, h);
            app.ui.screen = Screen::Talk(t);
        }
    }
    if let Some(Popup::Finder(f)) = &mut app.ui.popup {
        f.selected = f.selected.min(f.hits.len().saturating_sub(1));
        let h = finder_rows(&v);
        ensure_visible(&mut f.offset, f.selected, f.selected, h);
    }
}

#[cfg(test)]
mod tests {
    use super::first_unread;
    use std::collections::BTreeSet;

    #[test]
    fn the_first_unread_is_the_first_gap_in_the_read_ones() {
        let read: BTreeSet<usize> = [2, 3, 4, 7, 9].into_iter().collect();
        assert_eq!(first_unread(&read, 2, 10), Some(5));
        assert_eq!(first_unread(&read, 0, 10), Some(0));
        assert_eq!(first_unread(&read, 7, 10), Some(8));
        assert_eq!(first_unread(&read, 9, 10), None);
        assert_eq!(first_unread(&read, 2, 5), None);
        assert_eq!(first_unread(&read, 10, 10), None);
        let all: BTreeSet<usize> = (0..100_000).collect();
        assert_eq!(first_unread(&all, 0, 100_000), None);
        assert_eq!(first_unread(&all, 0, 100_001), Some(100_000));
    }
}
