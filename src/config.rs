//! The user's settings: defaults merged with a TOML file in the platform's
//! config folder (or `--config PATH`). No terminal types here: colours are
//! plain data that `ui::Theme` turns into styles.
//!
//! Every table denies unknown keys, and every error names the file, the
//! line and column, and what was expected.

use crate::app::action::Action;
use crate::app::keymap::{self, Binding, Key, Keymap, Mode};
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// Where hearsay keeps its files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dirs {
    /// The config file (it need not exist).
    pub config_file: PathBuf,
    /// Whether the config file was named by `--config` (then it must exist).
    pub config_given: bool,
    /// The data folder: the reading state lives here.
    pub data_dir: PathBuf,
}

impl Dirs {
    /// The platform's folders (`$XDG_CONFIG_HOME/hearsay`,
    /// `$XDG_DATA_HOME/hearsay` on Linux), with `config` overriding the
    /// config file.
    pub fn platform(config: Option<&Path>) -> Result<Dirs, String> {
        let pd = directories::ProjectDirs::from("", "", "hearsay")
            .ok_or("no home folder, so no place for config and state")?;
        Ok(Dirs {
            config_file: config.map_or_else(|| pd.config_dir().join("config.toml"), Path::to_owned),
            config_given: config.is_some(),
            data_dir: pd.data_dir().to_owned(),
        })
    }

    /// Folders given outright (tests, or a portable setup).
    pub fn at(config_dir: &Path, data_dir: &Path) -> Dirs {
        Dirs {
            config_file: config_dir.join("config.toml"),
            config_given: false,
            data_dir: data_dir.to_owned(),
        }
    }

    pub fn state_file(&self) -> PathBuf {
        self.data_dir.join(crate::state::STATE_FILE)
    }

    /// Loads the config file: the defaults when there is none (unless it
    /// was named by `--config`).
    pub fn load_config(&self) -> Result<Config, ConfigError> {
        match std::fs::read_to_string(&self.config_file) {
            Ok(text) => Config::parse(&text, &self.config_file),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !self.config_given => {
                Ok(Config::default())
            }
            Err(e) => Err(ConfigError {
                path: self.config_file.clone(),
                at: None,
                message: format!("cannot read the config file: {e}"),
            }),
        }
    }
}

/// A config file that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub path: PathBuf,
    /// Line and column, from 1.
    pub at: Option<(usize, usize)>,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.at {
            Some((line, col)) => {
                write!(f, "{}:{line}:{col}: {}", self.path.display(), self.message)
            }
            None => write!(f, "{}: {}", self.path.display(), self.message),
        }
    }
}

impl std::error::Error for ConfigError {}

/// Line and column (from 1, columns in characters) of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..text.floor_char_boundary(offset)];
    let line = before.matches('\n').count() + 1;
    let col = before
        .rsplit_once('\n')
        .map_or(before, |(_, l)| l)
        .chars()
        .count()
        + 1;
    (line, col)
}

/// All settings.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub library: Library,
    pub panes: Panes,
    pub theme: ThemeColors,
    pub keys: Keys,
}

impl Config {
    /// Parses a config file's text; `path` is named in errors.
    pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let config: Config = toml::from_str(text).map_err(|e| ConfigError {
            path: path.to_owned(),
            at: e.span().map(|s| line_col(text, s.start)),
            message: e.message().trim().to_owned(),
        })?;
        Ok(config)
    }

    /// The keymap: defaults with the user's overlay.
    pub fn keymap(&self) -> Keymap {
        Keymap::with_overlay(&self.keys.overlay())
    }
}

/// What to open when no path is given.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Library {
    /// Files or folders; `~/` means the home folder.
    pub paths: Vec<PathBuf>,
}

impl Library {
    /// The paths with `~/` expanded.
    pub fn expanded(&self) -> Vec<PathBuf> {
        let home = directories::BaseDirs::new().map(|b| b.home_dir().to_owned());
        self.paths
            .iter()
            .map(|p| match (p.strip_prefix("~"), &home) {
                (Ok(rest), Some(h)) => h.join(rest),
                _ => p.clone(),
            })
            .collect()
    }
}

/// Pane widths, as percents of the terminal width.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Panes {
    #[serde(deserialize_with = "percent")]
    pub list: u16,
    #[serde(deserialize_with = "percent")]
    pub sidebar: u16,
}

impl Default for Panes {
    fn default() -> Self {
        Panes {
            list: 30,
            sidebar: 22,
        }
    }
}

impl Panes {
    pub fn widths(&self) -> crate::app::PaneWidths {
        crate::app::PaneWidths {
            list: self.list,
            sidebar: self.sidebar,
        }
    }
}

fn percent<'de, D: Deserializer<'de>>(d: D) -> Result<u16, D::Error> {
    let v = i64::deserialize(d)?;
    if (10..=60).contains(&v) {
        Ok(v as u16)
    } else {
        Err(de::Error::custom(format!(
            "expected a percent of the terminal width from 10 to 60, found {v}"
        )))
    }
}

/// A colour: a 256-colour index, `#rrggbb`, or one of the 16 named
/// terminal colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Colour {
    Indexed(u8),
    Rgb(u8, u8, u8),
}

const COLOUR_NAMES: [&str; 16] = [
    "black",
    "red",
    "green",
    "yellow",
    "blue",
    "magenta",
    "cyan",
    "white",
    "bright-black",
    "bright-red",
    "bright-green",
    "bright-yellow",
    "bright-blue",
    "bright-magenta",
    "bright-cyan",
    "bright-white",
];

impl Colour {
    pub fn parse(s: &str) -> Result<Colour, String> {
        if let Some(hex) = s.strip_prefix('#')
            && hex.len() == 6
            && hex.chars().all(|c| c.is_ascii_hexdigit())
        {
            let b = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0);
            return Ok(Colour::Rgb(b(0), b(2), b(4)));
        }
        COLOUR_NAMES
            .iter()
            .position(|n| *n == s)
            .map(|i| Colour::Indexed(i as u8))
            .ok_or_else(|| {
                format!(
                    "expected a colour: a number from 0 to 255, \"#rrggbb\", or one of {}; found {s:?}",
                    COLOUR_NAMES.join(", ")
                )
            })
    }
}

impl Serialize for Colour {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Colour::Indexed(i) => s.serialize_u8(*i),
            Colour::Rgb(r, g, b) => s.serialize_str(&format!("#{r:02x}{g:02x}{b:02x}")),
        }
    }
}

impl fmt::Display for Colour {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Colour::Indexed(i) => write!(f, "{i}"),
            Colour::Rgb(r, g, b) => write!(f, "\"#{r:02x}{g:02x}{b:02x}\""),
        }
    }
}

impl<'de> Deserialize<'de> for Colour {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Colour, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Colour;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a colour: a number from 0 to 255, \"#rrggbb\", or a colour name")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Colour, E> {
                u8::try_from(v).map(Colour::Indexed).map_err(|_| {
                    E::custom(format!("expected a colour number from 0 to 255, found {v}"))
                })
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Colour, E> {
                self.visit_i64(i64::try_from(v).unwrap_or(i64::MAX))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Colour, E> {
                Colour::parse(v).map_err(E::custom)
            }
        }
        d.deserialize_any(V)
    }
}

/// The theme's colours (ignored under `NO_COLOR`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct ThemeColors {
    /// One colour per speaker, reused in turn; each speaker keeps theirs
    /// in every view.
    #[serde(deserialize_with = "non_empty")]
    pub speakers: Vec<Colour>,
    /// Quotes with no known speaker.
    pub unattributed: Colour,
    pub organization: Colour,
    pub place: Colour,
    /// The focused pane's border.
    pub focus: Colour,
    /// Matched letters in the finder.
    pub matched: Colour,
    /// The unread mark.
    pub unread: Colour,
    /// The star of starred articles and quotes.
    pub star: Colour,
}

fn non_empty<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Colour>, D::Error> {
    let v = Vec::<Colour>::deserialize(d)?;
    if v.is_empty() {
        Err(de::Error::custom("expected at least one speaker colour"))
    } else {
        Ok(v)
    }
}

impl Default for ThemeColors {
    fn default() -> Self {
        ThemeColors {
            speakers: [33, 166, 35, 163, 136, 61, 30, 160]
                .into_iter()
                .map(Colour::Indexed)
                .collect(),
            unattributed: Colour::Indexed(244),
            organization: Colour::Indexed(96),
            place: Colour::Indexed(65),
            focus: Colour::Indexed(33),
            matched: Colour::Indexed(166),
            unread: Colour::Indexed(33),
            star: Colour::Indexed(136),
        }
    }
}

/// A key name as a map key: parsed when the file is read, so a bad one is
/// reported at its line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyName(pub Key);

impl PartialOrd for KeyName {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for KeyName {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.name().cmp(&other.0.name())
    }
}

impl<'de> Deserialize<'de> for KeyName {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<KeyName, D::Error> {
        let s = String::deserialize(d)?;
        Key::parse(&s).map(KeyName).map_err(de::Error::custom)
    }
}

impl Serialize for KeyName {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0.name())
    }
}

/// An action name, or `none` to unbind the key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActionName(pub Option<Action>);

impl<'de> Deserialize<'de> for ActionName {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<ActionName, D::Error> {
        let s = String::deserialize(d)?;
        if s == "none" {
            return Ok(ActionName(None));
        }
        Action::from_name(&s)
            .map(|a| ActionName(Some(a)))
            .map_err(de::Error::custom)
    }
}

impl Serialize for ActionName {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0.and_then(|a| a.name()).unwrap_or("none"))
    }
}

/// The user's keymap overlay, per view: key name -> action name.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Keys {
    pub everywhere: BTreeMap<KeyName, ActionName>,
    pub reading: BTreeMap<KeyName, ActionName>,
    pub finder: BTreeMap<KeyName, ActionName>,
    pub help: BTreeMap<KeyName, ActionName>,
}

impl Keys {
    pub fn overlay(&self) -> Vec<Binding> {
        [
            (Mode::Any, &self.everywhere),
            (Mode::Normal, &self.reading),
            (Mode::Finder, &self.finder),
            (Mode::Help, &self.help),
        ]
        .into_iter()
        .flat_map(|(m, map)| map.iter().map(move |(k, a)| (m, k.0, a.0)))
        .collect()
    }
}

/// A commented config holding every default, to start from
/// (`hearsay config --default`). It parses back to [`Config::default`].
pub fn default_text() -> String {
    let d = Config::default();
    let t = &d.theme;
    let speakers: Vec<String> = t.speakers.iter().map(|c| c.to_string()).collect();
    let mut s = String::new();
    s.push_str(
        "# hearsay's config. Every setting is optional: what is left out keeps\n\
         # its default (the values shown). Unknown keys are errors.\n\n",
    );
    s.push_str(
        "[library]\n\
         # Files or folders opened when hearsay is started with no path, before\n\
         # falling back to the bundled sample. `~/` is the home folder.\n\
         # paths = [\"~/news\"]\n\
         paths = []\n\n",
    );
    s.push_str(&format!(
        "[panes]\n\
         # Widths of the article list and the entity sidebar, in percent of the\n\
         # terminal width (10 to 60), when all three panes show.\n\
         list = {}\n\
         sidebar = {}\n\n",
        d.panes.list, d.panes.sidebar
    ));
    s.push_str("[theme]\n");
    s.push_str(&wrap_comment(&format!(
        "Colours: a number from 0 to 255 (the terminal's 256 colours), \"#rrggbb\", \
         or a name: {}. NO_COLOR turns colour off whatever is set here. Speakers \
         take these in turn; a speaker keeps one colour everywhere.",
        COLOUR_NAMES.join(", ")
    )));
    s.push_str(&format!(
        "speakers = [{}]\n\
         unattributed = {}   # quotes with no known speaker\n\
         organization = {}\n\
         place = {}\n\
         focus = {}          # the focused pane's border\n\
         matched = {}       # matched letters in the finder\n\
         unread = {}\n\
         star = {}\n\n",
        speakers.join(", "),
        t.unattributed,
        t.organization,
        t.place,
        t.focus,
        t.matched,
        t.unread,
        t.star,
    ));
    s.push_str(
        "# Keys, per view: \"KEY\" = \"ACTION\". Your bindings go on top of the\n\
         # defaults below (shown commented out); \"none\" unbinds a key.\n\
         # Keys: one character, Space, Enter, Esc, Backspace, Tab, Shift-Tab, Up,\n\
         # Down, Left, Right, Home, End, PgUp, PgDn, with an optional Ctrl-.\n",
    );
    let names: Vec<&str> = crate::app::action::NAMED.iter().map(|(n, _)| *n).collect();
    s.push_str(&wrap_comment(&format!("Actions: {}.", names.join(", "))));
    for mode in Mode::ALL {
        s.push_str(&format!("\n[keys.{}]\n", mode.name()));
        for (m, k, a) in keymap::DEFAULTS {
            if *m == mode {
                let name = toml_string(&k.name());
                s.push_str(&format!("# {name} = \"{}\"\n", a.name().unwrap_or("none")));
            }
        }
    }
    s
}

/// A TOML basic string.
fn toml_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A comment wrapped at about 76 columns.
fn wrap_comment(text: &str) -> String {
    let mut out = String::new();
    let mut line = String::from("#");
    for word in text.split(' ') {
        if line.len() + word.len() + 1 > 76 {
            out.push_str(&line);
            out.push('\n');
            line = String::from("#");
        }
        line.push(' ');
        line.push_str(word);
    }
    out.push_str(&line);
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_from_one() {
        assert_eq!(line_col("ab\ncd", 0), (1, 1));
        assert_eq!(line_col("ab\ncd", 4), (2, 2));
        assert_eq!(line_col("é\nx", 3), (2, 1));
    }

    #[test]
    fn colours_parse() {
        assert_eq!(Colour::parse("#ff0080"), Ok(Colour::Rgb(255, 0, 128)));
        assert_eq!(Colour::parse("red"), Ok(Colour::Indexed(1)));
        assert!(Colour::parse("#ff00").is_err());
        assert!(Colour::parse("mauve").is_err());
    }
}
