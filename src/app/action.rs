//! What the user can ask for: one closed enum. Keys map to actions
//! ([`super::keymap`]); [`super::update`] applies them.

/// A pane of the reader screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    List,
    Body,
    Sidebar,
}

impl Pane {
    pub const ALL: [Pane; 3] = [Pane::List, Pane::Body, Pane::Sidebar];
}

/// Everything a key (or the mouse) can do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Quit,
    Up,
    Down,
    Top,
    Bottom,
    HalfPageDown,
    HalfPageUp,
    PageDown,
    PageUp,
    NextPane,
    PrevPane,
    PaneLeft,
    PaneRight,
    Open,
    Back,
    NextQuote,
    PrevQuote,
    SpeakerQuotes,
    ToggleScope,
    NextUnread,
    /// Mark the article read or unread.
    ToggleRead,
    /// Star or unstar the article.
    StarArticle,
    /// Star or unstar the selected quote.
    StarQuote,
    WhoIsTalking,
    Finder,
    Help,
    /// A character typed into the finder.
    Type(char),
    /// Delete the finder's last character.
    DeleteChar,
    /// Clear the finder's query.
    ClearQuery,
    /// Mouse click at a terminal cell (column, row).
    Click(u16, u16),
    /// Mouse wheel at a cell: `true` scrolls down.
    Wheel(u16, u16, bool),
}

impl Action {
    /// What the action does, as the help screen says it.
    pub fn doc(&self) -> &'static str {
        match self {
            Action::Quit => "quit hearsay",
            Action::Up => "move up / scroll up",
            Action::Down => "move down / scroll down",
            Action::Top => "go to the top",
            Action::Bottom => "go to the bottom",
            Action::HalfPageDown => "half a page down",
            Action::HalfPageUp => "half a page up",
            Action::PageDown => "a page down",
            Action::PageUp => "a page up",
            Action::NextPane => "next pane",
            Action::PrevPane => "previous pane",
            Action::PaneLeft => "pane to the left",
            Action::PaneRight => "pane to the right",
            Action::Open => "open the selection (article, person's quotes, quote)",
            Action::Back => "go back (close popup, return from a jump)",
            Action::NextQuote => "next quote in the article",
            Action::PrevQuote => "previous quote in the article",
            Action::SpeakerQuotes => "all quotes of the selected quote's speaker",
            Action::ToggleScope => "entities and chart: this article / all articles",
            Action::NextUnread => "next unread article",
            Action::ToggleRead => "mark the article read / unread",
            Action::StarArticle => "star / unstar the article (★)",
            Action::StarQuote => "star / unstar the selected quote (★)",
            Action::WhoIsTalking => "who is talking: most-quoted people",
            Action::Finder => "find articles, people, places, quotes",
            Action::Help => "this help",
            Action::Type(_) => "type into the search",
            Action::DeleteChar => "delete the last character",
            Action::ClearQuery => "clear the search",
            Action::Click(..) => "focus and select",
            Action::Wheel(..) => "scroll",
        }
    }
}

/// The actions a key can be bound to, by the names the config file uses.
pub const NAMED: &[(&str, Action)] = &[
    ("quit", Action::Quit),
    ("up", Action::Up),
    ("down", Action::Down),
    ("top", Action::Top),
    ("bottom", Action::Bottom),
    ("half-page-down", Action::HalfPageDown),
    ("half-page-up", Action::HalfPageUp),
    ("page-down", Action::PageDown),
    ("page-up", Action::PageUp),
    ("next-pane", Action::NextPane),
    ("prev-pane", Action::PrevPane),
    ("pane-left", Action::PaneLeft),
    ("pane-right", Action::PaneRight),
    ("open", Action::Open),
    ("back", Action::Back),
    ("next-quote", Action::NextQuote),
    ("prev-quote", Action::PrevQuote),
    ("speaker-quotes", Action::SpeakerQuotes),
    ("toggle-scope", Action::ToggleScope),
    ("next-unread", Action::NextUnread),
    ("toggle-read", Action::ToggleRead),
    ("star-article", Action::StarArticle),
    ("star-quote", Action::StarQuote),
    ("who-is-talking", Action::WhoIsTalking),
    ("finder", Action::Finder),
    ("help", Action::Help),
    ("delete-char", Action::DeleteChar),
    ("clear-query", Action::ClearQuery),
];

impl Action {
    /// Whether the action works on quotes or speakers, which a corpus
    /// shown before its analysis does not have yet.
    pub fn needs_quotes(&self) -> bool {
        matches!(
            self,
            Action::NextQuote
                | Action::PrevQuote
                | Action::SpeakerQuotes
                | Action::StarQuote
                | Action::WhoIsTalking
        )
    }

    /// The config file's name of a bindable action.
    pub fn name(&self) -> Option<&'static str> {
        NAMED.iter().find(|(_, a)| a == self).map(|(n, _)| *n)
    }

    /// A bindable action by its config name.
    pub fn from_name(name: &str) -> Result<Action, String> {
        NAMED
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, a)| *a)
            .ok_or_else(|| {
                let names: Vec<&str> = NAMED.iter().map(|(n, _)| *n).collect();
                format!(
                    "unknown action {name:?}: expected \"none\" or one of {}",
                    names.join(", ")
                )
            })
    }
}
