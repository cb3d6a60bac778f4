//! The JSON export (`../shared/docs/export-format.md`, version 1).

use crate::model::{Article, Corpus, Entity, EntityKind, LineStarts, QuoteKind, Source, Span};
use serde::Serialize;
use std::sync::OnceLock;

#[derive(Serialize)]
pub struct Export<'a> {
    pub version: u32,
    pub articles: Vec<ArticleOut<'a>>,
    pub entities: Vec<EntityOut<'a>>,
}

/// A span as the file's byte offsets plus its text.
#[derive(Serialize)]
pub struct SpanOut<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    /// 1-based line in the file, for editors.
    pub line: usize,
}

#[derive(Serialize)]
pub struct ArticleOut<'a> {
    pub id: &'a str,
    pub path: String,
    pub title: &'a str,
    pub caption: Option<&'a str>,
    pub credit: Option<&'a str>,
    pub source: Option<&'a str>,
    pub date: Option<&'a str>,
    pub title_span: SpanOut<'a>,
    pub paragraphs: Vec<SpanOut<'a>>,
    pub quotes: Vec<QuoteOut<'a>>,
}

#[derive(Serialize)]
pub struct QuoteOut<'a> {
    pub kind: QuoteKind,
    pub content: SpanOut<'a>,
    pub cue: Option<SpanOut<'a>>,
    pub speaker_mention: Option<SpanOut<'a>>,
    pub speaker: Option<&'a str>,
    /// The speaker entity's name, for readers of the JSON.
    pub speaker_name: Option<&'a str>,
}

#[derive(Serialize)]
pub struct EntityOut<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub kind: EntityKind,
    pub aliases: &'a [String],
}

/// A source with its line starts, so line numbers cost a binary search
/// each.
struct Lines<'a> {
    source: &'a Source,
    starts: LineStarts,
}

impl<'a> Lines<'a> {
    fn new(source: &'a Source) -> Self {
        Lines {
            source,
            starts: LineStarts::of(&source.text),
        }
    }

    fn span(&self, span: Span) -> SpanOut<'a> {
        let file = self.source.file_span(span);
        SpanOut {
            start: file.start,
            end: file.end,
            text: self.source.slice(span),
            line: self.starts.line_of(span.start),
        }
    }
}

pub fn build(corpus: &Corpus) -> Export<'_> {
    let mut lines: Vec<Option<Lines>> = (0..corpus.sources.len()).map(|_| None).collect();
    let articles = corpus
        .articles
        .iter()
        .map(|a| {
            let l = lines[a.source].get_or_insert_with(|| Lines::new(&corpus.sources[a.source]));
            article(corpus, a, l)
        })
        .collect();
    let entities = entities_out(corpus);
    Export {
        version: 1,
        articles,
        entities,
    }
}

fn entities_out(corpus: &Corpus) -> Vec<EntityOut<'_>> {
    corpus.entities.iter().map(entity_out).collect()
}

fn entity_out(e: &Entity) -> EntityOut<'_> {
    EntityOut {
        id: &e.id,
        name: &e.name,
        kind: e.kind,
        aliases: &e.aliases,
    }
}

/// The corpus's entities as a JSON array, written one by one rather than
/// listed first.
struct EntitiesOut<'a>(&'a [Entity]);

impl Serialize for EntitiesOut<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(entity_out))
    }
}

fn article<'a>(corpus: &'a Corpus, a: &'a Article, lines: &Lines<'a>) -> ArticleOut<'a> {
    let source = &corpus.sources[a.source];
    let text = |s: Span| source.slice(s);
    ArticleOut {
        id: &a.id,
        path: source.path.display().to_string(),
        title: text(a.title),
        caption: a.caption.map(text),
        credit: a.credit.map(text),
        source: a.source_line.map(text),
        date: a.date.as_deref(),
        title_span: lines.span(a.title),
        paragraphs: a.paragraphs.iter().map(|&p| lines.span(p)).collect(),
        quotes: a
            .quotes
            .iter()
            .map(|q| {
                let entity = q.speaker().map(|e| &corpus.entities[e]);
                QuoteOut {
                    kind: q.kind,
                    content: lines.span(q.content()),
                    cue: q.cue().map(|s| lines.span(s)),
                    speaker_mention: q.speaker_mention().map(|s| lines.span(s)),
                    speaker: entity.map(|e| e.id.as_str()),
                    speaker_name: entity.map(|e| e.name.as_str()),
                }
            })
            .collect(),
    }
}

/// Articles rendered per task, and tasks per batch written in order: the
/// export is serialised in parallel, a bounded batch at a time, never held
/// whole. Each task renders into the same buffer batch after batch, so the
/// export's memory stays a few megabytes, allocated once.
const CHUNK: usize = 16;
const BATCH: usize = 16;

/// Writes the export as JSON: the same bytes as serialising [`build`]'s
/// `Export` in one go.
pub fn write_json<W: std::io::Write>(corpus: &Corpus, mut out: W) -> serde_json::Result<()> {
    use rayon::prelude::*;
    let io = serde_json::Error::io;
    out.write_all(b"{\"version\":1,\"articles\":[")
        .map_err(io)?;
    let chunks: Vec<&[Article]> = corpus.articles.chunks(CHUNK).collect();
    let mut bufs: Vec<Vec<u8>> = (0..BATCH).map(|_| Vec::new()).collect();
    // Each source's line starts, made by the first chunk that needs them
    // and shared with the others (a news dump's articles span many
    // chunks), dropped once its last article is written.
    let mut lines: Vec<OnceLock<Lines>> = corpus.sources.iter().map(|_| OnceLock::new()).collect();
    let mut last_article = vec![0; corpus.sources.len()];
    for (i, a) in corpus.articles.iter().enumerate() {
        last_article[a.source] = i;
    }
    let mut by_last: Vec<usize> = (0..corpus.sources.len()).collect();
    by_last.sort_by_key(|&s| last_article[s]);
    let mut done = by_last.iter().peekable();
    for (b, batch) in chunks.chunks(BATCH).enumerate() {
        bufs.par_iter_mut()
            .zip(batch)
            .try_for_each(|(buf, chunk)| render_articles(corpus, chunk, &lines, buf))?;
        let written = ((b + 1) * BATCH * CHUNK).min(corpus.articles.len());
        while let Some(&&s) = done.peek() {
            if last_article[s] >= written {
                break;
            }
            lines[s].take();
            done.next();
        }
        for (c, buf) in bufs.iter().take(batch.len()).enumerate() {
            if b + c > 0 {
                out.write_all(b",").map_err(io)?;
            }
            out.write_all(buf).map_err(io)?;
        }
    }
    out.write_all(b"],\"entities\":").map_err(io)?;
    serde_json::to_writer(&mut out, &EntitiesOut(&corpus.entities))?;
    out.write_all(b"}").map_err(io)
}

/// Consecutive articles as JSON array elements, comma separated, in place
/// of what `buf` held.
fn render_articles<'a>(
    corpus: &'a Corpus,
    articles: &'a [Article],
    lines: &[OnceLock<Lines<'a>>],
    buf: &mut Vec<u8>,
) -> serde_json::Result<()> {
    buf.clear();
    for (i, a) in articles.iter().enumerate() {
        if i > 0 {
            buf.push(b',');
        }
        let l = lines[a.source].get_or_init(|| Lines::new(&corpus.sources[a.source]));
        serde_json::to_writer(&mut *buf, &article(corpus, a, l))?;
    }
    Ok(())
}
