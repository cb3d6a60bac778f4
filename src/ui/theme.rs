//! Colours and text styles, in one place. Readable on dark and light
//! terminals (mid-tone colours, no fixed background); with `NO_COLOR` no
//! colour at all, and selection still shows through reverse video and
//! marker glyphs.

use crate::config::{Colour, ThemeColors};
use crate::model::EntityKind;
use ratatui::style::{Color, Modifier, Style};

/// Marks the selected row of a list.
pub const MARKER: &str = "▶ ";
/// Marks lines of the selected quote.
pub const QUOTE_BAR: &str = "▌ ";
/// Marks starred articles and quotes.
pub const STAR: &str = "★";

/// Speaker colours (by default mid-tone 256-colour entries that read on
/// black and on white) and the rest come from the config.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
    pub colors: ThemeColors,
}

impl Theme {
    /// The config's colours, unless `NO_COLOR` is set to something
    /// non-empty.
    pub fn from_env_with(colors: ThemeColors) -> Theme {
        Theme {
            color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
            colors,
        }
    }

    /// The default colours, unless `NO_COLOR`.
    pub fn from_env() -> Theme {
        Theme::from_env_with(ThemeColors::default())
    }

    pub fn plain() -> Theme {
        Theme {
            color: false,
            colors: ThemeColors::default(),
        }
    }

    fn fg(&self, style: Style, c: Colour) -> Style {
        if self.color {
            style.fg(match c {
                Colour::Indexed(i) => Color::Indexed(i),
                Colour::Rgb(r, g, b) => Color::Rgb(r, g, b),
            })
        } else {
            style
        }
    }

    pub fn speaker(&self, slot: Option<usize>) -> Style {
        let c = &self.colors;
        match slot {
            Some(s) if !c.speakers.is_empty() => {
                self.fg(Style::new(), c.speakers[s % c.speakers.len()])
            }
            _ => self.fg(Style::new(), c.unattributed),
        }
    }

    /// Quoted words, in their speaker's colour (italic without colour).
    pub fn quote(&self, slot: Option<usize>, selected: bool) -> Style {
        let s = if self.color {
            self.speaker(slot)
        } else {
            Style::new().add_modifier(Modifier::ITALIC)
        };
        if selected {
            s.add_modifier(Modifier::REVERSED)
        } else {
            s
        }
    }

    pub fn cue(&self) -> Style {
        Style::new().add_modifier(Modifier::UNDERLINED)
    }

    pub fn speaker_mention(&self, slot: Option<usize>) -> Style {
        self.speaker(slot)
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    pub fn entity(&self, kind: EntityKind) -> Style {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        match kind {
            EntityKind::Person => bold,
            EntityKind::Organization => self.fg(bold, self.colors.organization),
            EntityKind::Place => self.fg(bold, self.colors.place),
            EntityKind::Other => Style::new(),
        }
    }

    pub fn headline(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn caption(&self) -> Style {
        Style::new().add_modifier(Modifier::ITALIC)
    }

    pub fn dim(&self) -> Style {
        Style::new().add_modifier(Modifier::DIM)
    }

    pub fn heading(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn border(&self, focused: bool) -> Style {
        if focused {
            self.fg(Style::new().add_modifier(Modifier::BOLD), self.colors.focus)
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }

    pub fn selected_row(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    pub fn matched(&self) -> Style {
        self.fg(
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            self.colors.matched,
        )
    }

    pub fn status(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    pub fn unread(&self) -> Style {
        self.fg(
            Style::new().add_modifier(Modifier::BOLD),
            self.colors.unread,
        )
    }

    pub fn star(&self) -> Style {
        self.fg(Style::new().add_modifier(Modifier::BOLD), self.colors.star)
    }
}
