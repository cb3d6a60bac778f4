use serde::{Deserialize, Serialize};

/// A byte range `start..end` into a [`super::Source`]'s text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span {start}..{end} is reversed");
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }
}

/// A [`Span`] in eight bytes, not sixteen, for what is held by the million
/// (mentions, quotes) or walked in every pass (tokens). Offsets fit: ingest
/// refuses a file of 4 GiB or more (an offset past u32 would be held as
/// `u32::MAX`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SmallSpan {
    start: u32,
    end: u32,
}

impl SmallSpan {
    #[inline]
    pub fn new(span: Span) -> SmallSpan {
        let at = |b: usize| u32::try_from(b).unwrap_or(u32::MAX);
        SmallSpan {
            start: at(span.start),
            end: at(span.end),
        }
    }

    /// From offsets already known to fit (the tokenizer's, checked once a
    /// unit: no test a token).
    #[inline]
    pub fn of_u32(start: u32, end: u32) -> SmallSpan {
        SmallSpan { start, end }
    }

    #[inline]
    pub fn get(self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }

    /// No span: an offset no file under 4 GiB reaches.
    pub const NONE: SmallSpan = SmallSpan {
        start: u32::MAX,
        end: u32::MAX,
    };

    /// An optional span in eight bytes, `NONE` for none.
    #[inline]
    pub fn of_option(span: Option<Span>) -> SmallSpan {
        span.map_or(SmallSpan::NONE, SmallSpan::new)
    }

    #[inline]
    pub fn get_option(self) -> Option<Span> {
        (self != SmallSpan::NONE).then(|| self.get())
    }
}
