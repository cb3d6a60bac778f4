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
