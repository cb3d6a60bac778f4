//! The document model: plain data, no terminal code.
//!
//! A source file's text is held once ([`Source`]); articles, paragraphs,
//! mentions and quotes refer to it by byte ranges ([`Span`]). Offsets are
//! into the held text; [`Source::file_offset`] maps them back to the raw
//! file where decoding changed lengths (invalid UTF-8).

mod source;
mod span;

pub use source::{LineStarts, Source, SourceId};
pub use span::{SmallSpan, Span};

use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Index of an article in [`Corpus::articles`].
pub type ArticleIdx = usize;
/// Index of an entity in [`Corpus::entities`].
pub type EntityIdx = usize;

/// Everything read in one run: the sources, their articles, and the
/// corpus-wide entities the analysis found.
#[derive(Debug, Default, Clone)]
pub struct Corpus {
    /// Shared and, once read, never changed: the reader shows a copy of
    /// the corpus while the corpus is analysed, and the copy costs no
    /// second text.
    pub sources: Arc<Vec<Source>>,
    pub articles: Vec<Article>,
    pub entities: Vec<Entity>,
}

impl Corpus {
    pub fn source_of(&self, article: &Article) -> &Source {
        &self.sources[article.source]
    }

    /// The text of a span of an article.
    pub fn text(&self, article: &Article, span: Span) -> &str {
        self.source_of(article).slice(span)
    }
}

/// One news article. Its fields other than ids are spans into its source.
#[derive(Debug, Clone)]
pub struct Article {
    /// Stable id: a hash of the article's text, so it survives moves.
    pub id: String,
    pub source: SourceId,
    pub title: Span,
    pub caption: Option<Span>,
    /// The photo agency closing the caption: `AFP` in `... (AFP)`.
    pub credit: Option<Span>,
    /// The short line naming the source in the news-dump layout (`TT`).
    pub source_line: Option<Span>,
    /// ISO 8601 date, when the caption or file name gives one.
    pub date: Option<String>,
    /// Body paragraphs only.
    pub paragraphs: Vec<Span>,
    pub mentions: Vec<Mention>,
    pub quotes: Vec<Quote>,
}

impl Article {
    /// Every span the article holds: its parts, the names it mentions, and
    /// each quote's content, cue and speaker mention.
    pub fn spans(&self) -> impl Iterator<Item = Span> + '_ {
        let parts = [
            Some(self.title),
            self.caption,
            self.credit,
            self.source_line,
        ];
        let quotes = self
            .quotes
            .iter()
            .flat_map(|q| [Some(q.content()), q.cue(), q.speaker_mention()]);
        parts
            .into_iter()
            .chain(quotes)
            .flatten()
            .chain(self.paragraphs.iter().copied())
            .chain(self.mentions.iter().map(Mention::span))
    }

    /// The whole extent of the article in its source.
    pub fn extent(&self) -> Span {
        let end = self
            .paragraphs
            .last()
            .map(|p| p.end)
            .unwrap_or(self.title.end)
            .max(self.caption.map_or(0, |c| c.end));
        Span::new(self.title.start, end)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Other,
}

impl EntityKind {
    pub const ALL: [EntityKind; 4] = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Place,
        EntityKind::Other,
    ];

    /// The kind's name, as the export and the command line write it.
    pub fn name(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Other => "other",
        }
    }
}

/// One real-world person, organization or place, across all articles.
#[derive(Debug, Clone)]
pub struct Entity {
    pub id: String,
    /// The fullest name the text gives, without titles or roles.
    pub name: String,
    pub kind: EntityKind,
    /// Other ways the text names it (surname, role + name, descriptions).
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionKind {
    Name,
    Pronoun,
    Description,
}

/// A place in an article's text that refers to an entity.
/// Held in 16 bytes, not 40 (span and index in 32 bits): a corpus holds
/// some seventy a article, most of its memory after the text. (An entity
/// index past u32 reads as none.)
#[derive(Debug, Clone, Copy)]
pub struct Mention {
    at: SmallSpan,
    /// `NO_ENTITY` for none.
    entity: u32,
    pub kind: MentionKind,
}

const NO_ENTITY: u32 = u32::MAX;

/// An entity index in 32 bits; `NO_ENTITY` for none (and for an index
/// past 32 bits, none rather than a wrong one).
fn entity_u32(entity: Option<EntityIdx>) -> u32 {
    entity
        .and_then(|e| u32::try_from(e).ok())
        .filter(|&e| e != NO_ENTITY)
        .unwrap_or(NO_ENTITY)
}

fn entity_of_u32(entity: u32) -> Option<EntityIdx> {
    (entity != NO_ENTITY).then_some(entity as EntityIdx)
}

impl Mention {
    pub fn new(span: Span, kind: MentionKind, entity: Option<EntityIdx>) -> Mention {
        let mut m = Mention {
            at: SmallSpan::new(span),
            entity: NO_ENTITY,
            kind,
        };
        m.set_entity(entity);
        m
    }

    pub fn span(&self) -> Span {
        self.at.get()
    }

    pub fn entity(&self) -> Option<EntityIdx> {
        entity_of_u32(self.entity)
    }

    pub fn set_entity(&mut self, entity: Option<EntityIdx>) {
        self.entity = entity_u32(entity);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Words inside quotation marks.
    Direct,
    /// Reported speech: `Lavrov said that Moscow is open to talks`.
    Indirect,
    /// A reported clause holding quoted words.
    Mixed,
}

/// One quote (or one part of a statement split by its cue).
/// Held in 32 bytes, not 88 (spans and speaker in 32 bits, as a
/// [`Mention`]'s): a corpus of 100,000 articles holds over a million.
#[derive(Debug, Clone)]
pub struct Quote {
    content: SmallSpan,
    /// `SmallSpan::NONE` for none, as `speaker_mention`.
    cue: SmallSpan,
    speaker_mention: SmallSpan,
    /// `NO_ENTITY` for none.
    speaker: u32,
    pub kind: QuoteKind,
}

impl Quote {
    pub fn new(
        kind: QuoteKind,
        content: Span,
        cue: Option<Span>,
        speaker_mention: Option<Span>,
        speaker: Option<EntityIdx>,
    ) -> Quote {
        Quote {
            content: SmallSpan::new(content),
            cue: SmallSpan::of_option(cue),
            speaker_mention: SmallSpan::of_option(speaker_mention),
            speaker: entity_u32(speaker),
            kind,
        }
    }

    /// The quoted words.
    pub fn content(&self) -> Span {
        self.content.get()
    }

    /// The reporting words (`said`, `according to`), if any.
    pub fn cue(&self) -> Option<Span> {
        self.cue.get_option()
    }

    /// The words naming the speaker as written (`Lavrov`, `he`), if any.
    pub fn speaker_mention(&self) -> Option<Span> {
        self.speaker_mention.get_option()
    }

    pub fn speaker(&self) -> Option<EntityIdx> {
        entity_of_u32(self.speaker)
    }

    pub fn set_speaker(&mut self, speaker: Option<EntityIdx>) {
        self.speaker = entity_u32(speaker);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_keeps_its_spans_and_speaker_in_32_bytes() {
        let mut q = Quote::new(
            QuoteKind::Mixed,
            Span::new(10, 40),
            Some(Span::new(3, 7)),
            None,
            Some(5),
        );
        assert_eq!(q.content(), Span::new(10, 40));
        assert_eq!(q.cue(), Some(Span::new(3, 7)));
        assert_eq!(q.speaker_mention(), None);
        assert_eq!(q.speaker(), Some(5));
        q.set_speaker(None);
        assert_eq!(q.speaker(), None);
        // An empty span at the start is a span, not none.
        let q = Quote::new(
            QuoteKind::Direct,
            Span::new(0, 0),
            Some(Span::new(0, 0)),
            None,
            None,
        );
        assert_eq!(q.cue(), Some(Span::new(0, 0)));
        assert_eq!(std::mem::size_of::<Quote>(), 32);
    }

    #[test]
    fn a_mention_keeps_its_span_kind_and_entity() {
        let mut m = Mention::new(Span::new(3, 17), MentionKind::Pronoun, Some(42));
        assert_eq!(m.span(), Span::new(3, 17));
        assert_eq!(m.kind, MentionKind::Pronoun);
        assert_eq!(m.entity(), Some(42));
        m.set_entity(None);
        assert_eq!(m.entity(), None);
        m.set_entity(Some(0));
        assert_eq!(m.entity(), Some(0));
        // An index past 32 bits is no entity rather than a wrong one.
        m.set_entity(Some(u32::MAX as usize));
        assert_eq!(m.entity(), None);
        m.set_entity(Some(1 << 40));
        assert_eq!(m.entity(), None);
        assert_eq!(std::mem::size_of::<Mention>(), 16);
    }
}
