//! Keys -> actions, per mode. The defaults live in one table, and the help
//! screen is generated from it, so the two cannot drift.

use super::action::Action;

/// A key, independent of the terminal library.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyCode {
    Char(char),
    Enter,
    Esc,
    Backspace,
    Tab,
    BackTab,
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    PageUp,
    PageDown,
}

/// A key press: a code and whether Ctrl was held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

impl Key {
    pub const fn new(code: KeyCode) -> Key {
        Key { code, ctrl: false }
    }
    pub const fn ch(c: char) -> Key {
        Key::new(KeyCode::Char(c))
    }
    pub const fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            ctrl: true,
        }
    }

    /// Parses a key as the config file names it: `j`, `G`, `Space`,
    /// `Enter`, `Esc`, `Backspace`, `Tab`, `Shift-Tab`, `Up`, `Down`,
    /// `Left`, `Right`, `Home`, `End`, `PgUp`, `PgDn`, and `Ctrl-` (or
    /// `C-`) before any of them.
    pub fn parse(name: &str) -> Result<Key, String> {
        let (ctrl, rest) = match name
            .strip_prefix("Ctrl-")
            .or_else(|| name.strip_prefix("C-"))
        {
            Some(r) if !r.is_empty() => (true, r),
            _ => (false, name),
        };
        let code = match rest {
            "Space" => KeyCode::Char(' '),
            "Enter" => KeyCode::Enter,
            "Esc" => KeyCode::Esc,
            "Backspace" => KeyCode::Backspace,
            "Tab" => KeyCode::Tab,
            "Shift-Tab" | "BackTab" => KeyCode::BackTab,
            "Up" => KeyCode::Up,
            "Down" => KeyCode::Down,
            "Left" => KeyCode::Left,
            "Right" => KeyCode::Right,
            "Home" => KeyCode::Home,
            "End" => KeyCode::End,
            "PgUp" | "PageUp" => KeyCode::PageUp,
            "PgDn" | "PageDown" => KeyCode::PageDown,
            r if r.chars().count() == 1 && !r.chars().all(char::is_control) => {
                KeyCode::Char(r.chars().next().unwrap_or(' '))
            }
            _ => {
                return Err(format!(
                    "unknown key {name:?}: expected one character, or Space, Enter, Esc, \
                     Backspace, Tab, Shift-Tab, Up, Down, Left, Right, Home, End, PgUp, \
                     PgDn, with an optional Ctrl- before it"
                ));
            }
        };
        Ok(Key { code, ctrl })
    }

    /// How the config file names the key ([`Key::parse`] reads it back).
    pub fn name(&self) -> String {
        let name = match self.code {
            KeyCode::Char(' ') => "Space".to_owned(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Up => "Up".into(),
            KeyCode::Down => "Down".into(),
            KeyCode::Left => "Left".into(),
            KeyCode::Right => "Right".into(),
            _ => return self.label(),
        };
        if self.ctrl {
            format!("Ctrl-{name}")
        } else {
            name
        }
    }

    /// How the help screen names the key.
    pub fn label(&self) -> String {
        let name = match self.code {
            KeyCode::Char(' ') => "Space".to_owned(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Backspace => "Backspace".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "Shift-Tab".into(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
        };
        if self.ctrl {
            format!("Ctrl-{name}")
        } else {
            name
        }
    }
}

/// Which keymap applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    /// Every mode (Ctrl-C).
    Any,
    /// The reader, a person's quotes, who is talking.
    Normal,
    /// The finder popup (plain characters type into the query).
    Finder,
    /// The help popup.
    Help,
}

impl Mode {
    pub const ALL: [Mode; 4] = [Mode::Any, Mode::Normal, Mode::Finder, Mode::Help];

    /// The config file's name of the mode (`[keys.reading]`).
    pub fn name(&self) -> &'static str {
        match self {
            Mode::Any => "everywhere",
            Mode::Normal => "reading",
            Mode::Finder => "finder",
            Mode::Help => "help",
        }
    }

    pub fn title(&self) -> &'static str {
        match self {
            Mode::Any => "Everywhere",
            Mode::Normal => "Reading",
            Mode::Finder => "Finder",
            Mode::Help => "Help",
        }
    }
}

use KeyCode as K;

/// The default bindings, in the order the help screen lists them.
pub const DEFAULTS: &[(Mode, Key, Action)] = &[
    (Mode::Any, Key::ctrl('c'), Action::Quit),
    // Reading.
    (Mode::Normal, Key::ch('j'), Action::Down),
    (Mode::Normal, Key::new(K::Down), Action::Down),
    (Mode::Normal, Key::ch('k'), Action::Up),
    (Mode::Normal, Key::new(K::Up), Action::Up),
    (Mode::Normal, Key::ch('g'), Action::Top),
    (Mode::Normal, Key::new(K::Home), Action::Top),
    (Mode::Normal, Key::ch('G'), Action::Bottom),
    (Mode::Normal, Key::new(K::End), Action::Bottom),
    (Mode::Normal, Key::ctrl('d'), Action::HalfPageDown),
    (Mode::Normal, Key::ctrl('u'), Action::HalfPageUp),
    (Mode::Normal, Key::new(K::PageDown), Action::PageDown),
    (Mode::Normal, Key::ch(' '), Action::PageDown),
    (Mode::Normal, Key::new(K::PageUp), Action::PageUp),
    (Mode::Normal, Key::new(K::Tab), Action::NextPane),
    (Mode::Normal, Key::new(K::BackTab), Action::PrevPane),
    (Mode::Normal, Key::ch('h'), Action::PaneLeft),
    (Mode::Normal, Key::new(K::Left), Action::PaneLeft),
    (Mode::Normal, Key::ch('l'), Action::PaneRight),
    (Mode::Normal, Key::new(K::Right), Action::PaneRight),
    (Mode::Normal, Key::new(K::Enter), Action::Open),
    (Mode::Normal, Key::new(K::Esc), Action::Back),
    (Mode::Normal, Key::new(K::Backspace), Action::Back),
    (Mode::Normal, Key::ch(']'), Action::NextQuote),
    (Mode::Normal, Key::ch('['), Action::PrevQuote),
    (Mode::Normal, Key::ch('s'), Action::SpeakerQuotes),
    (Mode::Normal, Key::ch('a'), Action::ToggleScope),
    (Mode::Normal, Key::ch('n'), Action::NextUnread),
    (Mode::Normal, Key::ch('u'), Action::ToggleRead),
    (Mode::Normal, Key::ch('*'), Action::StarArticle),
    (Mode::Normal, Key::ch('f'), Action::StarQuote),
    (Mode::Normal, Key::ch('w'), Action::WhoIsTalking),
    (Mode::Normal, Key::ch('/'), Action::Finder),
    (Mode::Normal, Key::ch('?'), Action::Help),
    (Mode::Normal, Key::ch('q'), Action::Quit),
    // Finder.
    (Mode::Finder, Key::new(K::Down), Action::Down),
    (Mode::Finder, Key::ctrl('n'), Action::Down),
    (Mode::Finder, Key::new(K::Up), Action::Up),
    (Mode::Finder, Key::ctrl('p'), Action::Up),
    (Mode::Finder, Key::new(K::PageDown), Action::PageDown),
    (Mode::Finder, Key::new(K::PageUp), Action::PageUp),
    (Mode::Finder, Key::new(K::Enter), Action::Open),
    (Mode::Finder, Key::new(K::Esc), Action::Back),
    (Mode::Finder, Key::new(K::Backspace), Action::DeleteChar),
    (Mode::Finder, Key::ctrl('u'), Action::ClearQuery),
    // Help.
    (Mode::Help, Key::ch('j'), Action::Down),
    (Mode::Help, Key::new(K::Down), Action::Down),
    (Mode::Help, Key::ch('k'), Action::Up),
    (Mode::Help, Key::new(K::Up), Action::Up),
    (Mode::Help, Key::new(K::PageDown), Action::PageDown),
    (Mode::Help, Key::new(K::PageUp), Action::PageUp),
    (Mode::Help, Key::new(K::Esc), Action::Back),
    (Mode::Help, Key::new(K::Backspace), Action::Back),
    (Mode::Help, Key::ch('?'), Action::Back),
    (Mode::Help, Key::ch('q'), Action::Quit),
];

/// An action and the labels of its keys.
type ActionKeys = (Action, Vec<String>);

/// One binding of a user's overlay: a key in a mode, bound to an action
/// or (`None`) unbound.
pub type Binding = (Mode, Key, Option<Action>);

/// The bindings in force: the defaults with the user's overlay on top.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap {
    bindings: Vec<(Mode, Key, Action)>,
}

impl Default for Keymap {
    fn default() -> Self {
        Keymap {
            bindings: DEFAULTS.to_vec(),
        }
    }
}

impl Keymap {
    /// The defaults with `overlay` on top: a key the overlay names is
    /// rebound (or unbound) in its mode; the other defaults stay.
    pub fn with_overlay(overlay: &[Binding]) -> Keymap {
        let mut bindings = DEFAULTS.to_vec();
        for &(mode, key, action) in overlay {
            let at = bindings
                .iter()
                .position(|(m, k, _)| *m == mode && *k == key);
            match (at, action) {
                (Some(i), Some(a)) => bindings[i].2 = a,
                (Some(i), None) => {
                    bindings.remove(i);
                }
                (None, Some(a)) => {
                    // After the mode's last binding, so help keeps its sections.
                    let end = bindings
                        .iter()
                        .rposition(|(m, _, _)| *m == mode)
                        .map_or(bindings.len(), |i| i + 1);
                    bindings.insert(end, (mode, key, a));
                }
                (None, None) => {}
            }
        }
        Keymap { bindings }
    }

    /// Every binding, in help order.
    pub fn bindings(&self) -> &[(Mode, Key, Action)] {
        &self.bindings
    }

    /// The action of a key in a mode, if any. A binding in the mode itself
    /// wins over one for every mode.
    pub fn action(&self, mode: Mode, key: Key) -> Option<Action> {
        let find = |want: Mode| {
            self.bindings
                .iter()
                .find(|(m, k, _)| *m == want && *k == key)
                .map(|(_, _, a)| *a)
        };
        let bound = find(mode).or_else(|| find(Mode::Any));
        if bound.is_some() {
            return bound;
        }
        match (mode, key.code) {
            (Mode::Finder, KeyCode::Char(c)) if !key.ctrl => Some(Action::Type(c)),
            _ => None,
        }
    }

    /// For the help screen: per mode, each action with all its keys, in
    /// table order.
    pub fn help(&self) -> Vec<(Mode, Vec<(String, &'static str)>)> {
        let mut out: Vec<(Mode, Vec<ActionKeys>)> = Vec::new();
        for (mode, key, action) in &self.bindings {
            let section = match out.iter_mut().find(|(m, _)| m == mode) {
                Some(s) => s,
                None => {
                    out.push((*mode, Vec::new()));
                    out.last_mut().expect("just pushed")
                }
            };
            match section.1.iter_mut().find(|(a, _)| a == action) {
                Some((_, keys)) => keys.push(key.label()),
                None => section.1.push((*action, vec![key.label()])),
            }
        }
        let mut sections: Vec<_> = out
            .into_iter()
            .map(|(mode, rows)| {
                let mut rows: Vec<(String, &'static str)> = rows
                    .into_iter()
                    .map(|(a, keys)| (keys.join(" "), a.doc()))
                    .collect();
                if mode == Mode::Finder {
                    rows.insert(0, ("type".into(), Action::Type(' ').doc()));
                }
                (mode, rows)
            })
            .collect();
        // Ctrl-C first, then reading, finder, help.
        sections.sort_by_key(|(m, _)| match m {
            Mode::Any => 0,
            Mode::Normal => 1,
            Mode::Finder => 2,
            Mode::Help => 3,
        });
        sections
    }
}

/// Lines of the help screen: per section a title, its rows and a blank.
pub fn help_len(keymap: &Keymap) -> usize {
    keymap.help().iter().map(|(_, rows)| rows.len() + 2).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_bound_once_per_mode() {
        let mut seen = std::collections::HashSet::new();
        for (m, k, _) in DEFAULTS {
            assert!(seen.insert((*m, *k)), "{m:?} {k:?} bound twice");
        }
    }

    #[test]
    fn ctrl_c_quits_everywhere_and_finder_types() {
        let km = Keymap::default();
        for m in [Mode::Normal, Mode::Finder, Mode::Help] {
            assert_eq!(km.action(m, Key::ctrl('c')), Some(Action::Quit));
        }
        assert_eq!(
            km.action(Mode::Finder, Key::ch('q')),
            Some(Action::Type('q'))
        );
        assert_eq!(km.action(Mode::Normal, Key::ch('q')), Some(Action::Quit));
    }

    #[test]
    fn key_names_round_trip() {
        for (_, k, _) in DEFAULTS {
            assert_eq!(Key::parse(&k.name()), Ok(*k), "{k:?}");
        }
        assert_eq!(Key::parse("C-d"), Ok(Key::ctrl('d')));
        assert!(Key::parse("Hyper-x").is_err());
        assert!(Key::parse("").is_err());
    }

    #[test]
    fn overlay_rebinds_adds_and_unbinds() {
        let km = Keymap::with_overlay(&[
            (Mode::Normal, Key::ch('x'), Some(Action::Quit)),
            (Mode::Normal, Key::ch('q'), None),
            (Mode::Normal, Key::ch('j'), Some(Action::Up)),
            (Mode::Normal, Key::ctrl('c'), Some(Action::Help)),
        ]);
        assert_eq!(km.action(Mode::Normal, Key::ch('x')), Some(Action::Quit));
        assert_eq!(km.action(Mode::Normal, Key::ch('q')), None);
        assert_eq!(km.action(Mode::Normal, Key::ch('j')), Some(Action::Up));
        assert_eq!(km.action(Mode::Normal, Key::ctrl('c')), Some(Action::Help));
        assert_eq!(km.action(Mode::Finder, Key::ctrl('c')), Some(Action::Quit));
        assert_eq!(Keymap::with_overlay(&[]), Keymap::default());
    }

    #[test]
    fn help_lists_every_binding() {
        let help = Keymap::default().help();
        let normal = &help.iter().find(|(m, _)| *m == Mode::Normal).unwrap().1;
        assert!(normal.iter().any(|(k, d)| k == "j ↓" && d.contains("down")));
    }
}
