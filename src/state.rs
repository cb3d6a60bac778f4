//! What the user did: articles read, articles and quotes starred, where
//! they left off. Kept in the data folder as JSON, keyed by content hashes
//! (an article's id hashes its title and body; a quote's key adds a hash of
//! its text), so it survives moving or re-reading the files.
//!
//! Saving never loses what is on disk:
//! - the file is replaced atomically (temporary file in the same folder,
//!   written, flushed to disk, renamed over the old one);
//! - a session saves only its own [`Changes`], applied under a lock to the
//!   file as it is on disk now, so two readers keep each other's changes;
//! - a file that cannot be read is set aside under a new name, never
//!   overwritten; a folder that cannot be written gives a warning.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

pub const STATE_FILE: &str = "state.json";
pub const LOCK_FILE: &str = "state.lock";
/// The format version written.
pub const VERSION: u32 = 1;

/// The reading state, as saved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct State {
    pub version: u32,
    /// Ids of the articles read.
    pub read: BTreeSet<String>,
    /// Starred articles by id.
    pub starred_articles: BTreeMap<String, StarredArticle>,
    /// Starred quotes by [`quote_key`].
    pub starred_quotes: BTreeMap<String, StarredQuote>,
    /// Where the reader was left.
    pub last: Option<Position>,
}

impl Default for State {
    fn default() -> Self {
        State {
            version: VERSION,
            read: BTreeSet::new(),
            starred_articles: BTreeMap::new(),
            starred_quotes: BTreeMap::new(),
            last: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StarredArticle {
    pub title: String,
    /// Where it was read when starred.
    pub path: PathBuf,
    /// Seconds since 1970.
    pub starred_at: u64,
}

/// A starred quote, with what is needed to list it without the files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StarredQuote {
    /// The article's id.
    pub article: String,
    pub title: String,
    pub speaker: Option<String>,
    pub text: String,
    /// The file it was read from when starred, and the quote's line (from 1).
    pub path: PathBuf,
    pub line: usize,
    pub starred_at: u64,
}

/// Where the reader was: the article, its scroll and selected quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    pub article: String,
    pub scroll: usize,
    /// The selected quote's key.
    pub quote: Option<String>,
    /// The focused pane: `list`, `body` or `sidebar`.
    pub pane: String,
}

/// What one session changed, to apply to the file as it is on disk.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Changes {
    /// Article id -> read (true) or unread (false).
    pub read: BTreeMap<String, bool>,
    /// Article id -> starred (Some) or unstarred (None).
    pub starred_articles: BTreeMap<String, Option<StarredArticle>>,
    pub starred_quotes: BTreeMap<String, Option<StarredQuote>>,
    pub last: Option<Position>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.read.is_empty()
            && self.starred_articles.is_empty()
            && self.starred_quotes.is_empty()
            && self.last.is_none()
    }
}

impl State {
    /// Applies a session's changes: each one overrides what is there.
    pub fn apply(&mut self, c: &Changes) {
        for (id, &read) in &c.read {
            if read {
                self.read.insert(id.clone());
            } else {
                self.read.remove(id);
            }
        }
        for (id, s) in &c.starred_articles {
            match s {
                Some(s) => self.starred_articles.insert(id.clone(), s.clone()),
                None => self.starred_articles.remove(id),
            };
        }
        for (key, s) in &c.starred_quotes {
            match s {
                Some(s) => self.starred_quotes.insert(key.clone(), s.clone()),
                None => self.starred_quotes.remove(key),
            };
        }
        if let Some(p) = &c.last {
            self.last = Some(p.clone());
        }
        self.version = VERSION;
    }
}

/// FNV-1a of a text, as 16 hex digits.
pub fn text_hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// The key of a quote: its article's id and a hash of its words.
pub fn quote_key(article_id: &str, quote_text: &str) -> String {
    format!("{article_id}:{}", text_hash(quote_text))
}

pub fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// The state file in a data folder, and how to read and save it.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
    /// Why saving is off: a file that could not be read or set aside is
    /// never overwritten.
    frozen: Option<String>,
    /// Warnings met while saving, for the caller to show.
    notes: Vec<String>,
}

/// What loading found.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Loaded {
    pub state: State,
    /// Clear messages for the user: a file set aside, a folder that
    /// cannot be written.
    pub warnings: Vec<String>,
}

impl Store {
    pub fn new(dir: &Path) -> Store {
        Store {
            dir: dir.to_owned(),
            frozen: None,
            notes: Vec::new(),
        }
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join(STATE_FILE)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Reads the state, setting aside a file that cannot be read, and
    /// checks that the folder can be written.
    pub fn load(&mut self) -> Loaded {
        let mut warnings = Vec::new();
        let state = match self.read_current() {
            Ok(s) => s,
            Err(w) => {
                warnings.push(w);
                State::default()
            }
        };
        if self.frozen.is_none()
            && let Err(e) = self.open_lock()
        {
            warnings.push(format!(
                "reading state will not be saved: the data folder {} cannot be written ({e})",
                self.dir.display()
            ));
        }
        Loaded { state, warnings }
    }

    /// The state on disk now. A missing file is an empty state; a file
    /// that does not parse is renamed aside (and the error says where).
    fn read_current(&mut self) -> Result<State, String> {
        let path = self.path();
        let bytes = match fs::read(&path) {
            Ok(b) => b,
            // No file, or no folder for it yet.
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
                ) =>
            {
                return Ok(State::default());
            }
            Err(e) => {
                let why = format!(
                    "reading state will not be saved: {} cannot be read ({e}) and is left \
                     as it is",
                    path.display()
                );
                self.frozen = Some(why.clone());
                return Err(why);
            }
        };
        match serde_json::from_slice::<State>(&bytes) {
            Ok(s) => Ok(s),
            Err(e) => {
                let aside = self.dir.join(format!("{STATE_FILE}.corrupt-{}", now()));
                let aside = unused(aside);
                match fs::rename(&path, &aside) {
                    Ok(()) => Err(format!(
                        "unreadable reading state set aside as {} ({e}); starting with \
                         nothing read or starred",
                        aside.display()
                    )),
                    Err(re) => {
                        let why = format!(
                            "reading state will not be saved: {} could not be read ({e}) nor \
                             set aside ({re}), and is left as it is",
                            path.display()
                        );
                        self.frozen = Some(why.clone());
                        Err(why)
                    }
                }
            }
        }
    }

    fn open_lock(&self) -> io::Result<File> {
        fs::create_dir_all(&self.dir)?;
        OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(self.dir.join(LOCK_FILE))
    }

    /// Saves a session's changes: under the lock, re-reads the file,
    /// applies the changes and replaces the file atomically. Returns the
    /// merged state (with other sessions' changes too).
    pub fn save(&mut self, changes: &Changes) -> Result<State, String> {
        if let Some(why) = &self.frozen {
            return Err(why.clone());
        }
        let lock = self
            .open_lock()
            .map_err(|e| format!("cannot save in {}: {e}", self.dir.display()))?;
        lock.lock()
            .map_err(|e| format!("cannot lock {}: {e}", self.dir.display()))?;
        let mut state = match self.read_current() {
            Ok(s) => s,
            // Set aside: start again from this session's changes.
            Err(w) if self.frozen.is_none() => {
                self.notes.push(w);
                State::default()
            }
            Err(w) => return Err(w),
        };
        state.apply(changes);
        let tmp = self.write_temp(&state).map_err(|e| {
            // A full disk leaves a half-written file: remove it.
            let _ = fs::remove_file(self.temp_path());
            format!("cannot save in {}: {e}", self.dir.display())
        })?;
        let done = self.commit(&tmp);
        if done.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        done.map_err(|e| format!("cannot save {}: {e}", self.path().display()))?;
        drop(lock);
        Ok(state)
    }

    /// Warnings met by saves since the last call.
    pub fn take_warnings(&mut self) -> Vec<String> {
        std::mem::take(&mut self.notes)
    }

    /// The first half of a save: the new state in a temporary file in the
    /// same folder, flushed to disk. Until [`Store::commit`] the old file is
    /// untouched.
    pub fn write_temp(&self, state: &State) -> io::Result<PathBuf> {
        let tmp = self.temp_path();
        let mut f = File::create(&tmp)?;
        let mut json = serde_json::to_vec_pretty(state).map_err(io::Error::other)?;
        json.push(b'\n');
        f.write_all(&json)?;
        f.sync_all()?;
        Ok(tmp)
    }

    /// Where a save in this process writes first.
    pub fn temp_path(&self) -> PathBuf {
        self.dir
            .join(format!(".{STATE_FILE}.tmp-{}", std::process::id()))
    }

    /// The second half: the temporary file renamed over the state file,
    /// and the folder flushed so the rename lasts.
    pub fn commit(&self, tmp: &Path) -> io::Result<()> {
        fs::rename(tmp, self.path())?;
        if let Ok(d) = File::open(&self.dir) {
            let _ = d.sync_all();
        }
        Ok(())
    }
}

/// `path`, or `path-2`, `path-3`... if it exists.
fn unused(path: PathBuf) -> PathBuf {
    if !path.exists() {
        return path;
    }
    (2..)
        .map(|n| PathBuf::from(format!("{}-{n}", path.display())))
        .find(|p| !p.exists())
        .unwrap_or(path)
}

/// The starred quotes, oldest star first, as plain text or JSON.
pub fn starred_report(state: &State, json: bool) -> String {
    let mut quotes: Vec<(&String, &StarredQuote)> = state.starred_quotes.iter().collect();
    quotes.sort_by(|a, b| {
        (a.1.starred_at, &a.1.path, a.1.line).cmp(&(b.1.starred_at, &b.1.path, b.1.line))
    });
    if json {
        let items: Vec<serde_json::Value> = quotes
            .iter()
            .map(|(key, q)| {
                serde_json::json!({
                    "key": key,
                    "speaker": q.speaker,
                    "quote": q.text,
                    "article": q.title,
                    "article_id": q.article,
                    "path": q.path,
                    "line": q.line,
                    "starred_at": q.starred_at,
                })
            })
            .collect();
        let mut s = serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".into());
        s.push('\n');
        return s;
    }
    if quotes.is_empty() {
        return "No starred quotes. In the reader, f stars the selected quote.\n".into();
    }
    let mut s = String::new();
    for (_, q) in quotes {
        let who = q.speaker.as_deref().unwrap_or("unattributed");
        let text = crate::display::clean(&q.text);
        s.push_str(&format!(
            "{who}: {text}\n  {} · {}:{}\n",
            crate::display::clean(&q.title),
            q.path.display(),
            q.line
        ));
    }
    s
}
