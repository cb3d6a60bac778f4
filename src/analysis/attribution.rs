//! Finding quotes, their cues and the phrase naming the speaker.
//!
//! Works sentence by sentence over an article's units (title, caption,
//! paragraphs). Patterns: `Q, S V` / `Q, V S` / `S V, Q` / `S V: Q` /
//! `S V (that) CLAUSE` / `CLAUSE, S V` / `according to S, CLAUSE` /
//! `S, who V ...` / `NAME: text`; a quote sentence with no cue continues
//! the previous speaker for a short while.

use super::entities;
use super::lexicon::{self, BETWEEN, STOPS};
use super::quotes::{self, QuoteRegion};
use super::title_case;
use super::tokens::{self, TokKind, Token};
use crate::model::{QuoteKind, Span};
use std::ops::Range;
use std::sync::LazyLock;

/// A stretch of an article analysed on its own: its title, caption or one
/// paragraph.
pub struct Unit {
    pub toks: Vec<Token>,
    pub lowers: Lowers,
    pub regions: Vec<QuoteRegion>,
    pub sentences: Vec<Range<usize>>,
}

impl Unit {
    pub fn new(text: &str, span: Span) -> Unit {
        let mut toks = tokens::tokenize(text, span);
        let regions = quotes::find(text, &mut toks, span.end);
        let sentences = tokens::sentences(text, &toks);
        let lowers = Lowers::new(text, span, &toks);
        Unit {
            toks,
            lowers,
            regions,
            sentences,
        }
    }
}

/// Each token of a unit lowercased, in one string (two allocations a
/// unit, not one a token): the unit's text lowercased whole when it is
/// ASCII (most are: the tokens keep their offsets), else each token's
/// lowercase end to end.
pub struct Lowers {
    buf: String,
    /// Token `i` is `buf[bounds[i].0..bounds[i].1]`.
    bounds: Vec<(u32, u32)>,
    /// Whether any token holds a ’ (most units hold none).
    curly: bool,
}

impl Lowers {
    fn new(text: &str, span: Span, toks: &[Token]) -> Lowers {
        let unit = &text[span.range()];
        let ascii = unit.is_ascii();
        let whole = if ascii {
            Some(unit.to_ascii_lowercase())
        } else {
            lowercase_in_place(unit)
        };
        if let Some(buf) = whole {
            let at = |b: usize| (b - span.start) as u32;
            let bounds = toks
                .iter()
                .map(|t| (at(t.span().start), at(t.span().end)))
                .collect();
            let curly = !ascii && buf.contains('’');
            return Lowers { buf, bounds, curly };
        }
        let mut buf = String::with_capacity(unit.len());
        let mut bounds = Vec::with_capacity(toks.len());
        for t in toks {
            let s = &text[t.span().range()];
            let start = buf.len();
            if s.is_ascii() {
                buf.push_str(s);
                buf[start..].make_ascii_lowercase();
            } else {
                buf.push_str(&s.to_lowercase());
            }
            bounds.push((start as u32, buf.len() as u32));
        }
        let curly = buf.contains('’');
        Lowers { buf, bounds, curly }
    }

    /// Token `i` lowercased.
    #[inline]
    pub fn get(&self, i: usize) -> &str {
        let (start, end) = self.bounds[i];
        &self.buf[start as usize..end as usize]
    }

    /// Token `i` lowercased with ’ as ' (the entities' `norm`), allocated
    /// only when it holds a ’.
    #[inline]
    pub fn normalised(&self, i: usize) -> std::borrow::Cow<'_, str> {
        let l = self.get(i);
        // (’ ends in byte 0x99: a plain scan of a short word rules most
        // out before the general search.)
        if self.curly && l.as_bytes().contains(&0x99) && l.contains('’') {
            l.replace('’', "'").into()
        } else {
            l.into()
        }
    }
}

/// `unit` lowercased whole when no character changes its length in UTF-8
/// by it (curly quotes and dashes do not; `İ` does), so that tokens keep
/// their offsets; `None` otherwise. (`Σ`, whose lowercase depends on where
/// it stands in a word, is left to `str::to_lowercase`, token by token.)
fn lowercase_in_place(unit: &str) -> Option<String> {
    let mut buf = unit.as_bytes().to_vec();
    buf.make_ascii_lowercase();
    // Then the few characters beyond ASCII, most of them punctuation.
    let mut i = 0;
    while let Some(off) = buf[i..].iter().position(|&b| b >= 0x80) {
        let at = i + off;
        let ch = unit[at..].chars().next()?;
        let width = ch.len_utf8();
        if ch == 'Σ' {
            return None;
        }
        let mut lower = ch.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(l), None) if l == ch => {}
            (Some(l), None) if l.len_utf8() == width => {
                l.encode_utf8(&mut buf[at..at + width]);
            }
            _ => return None,
        }
        i = at + width;
    }
    String::from_utf8(buf).ok()
}

/// A quote as found, before its speaker is resolved to an entity.
#[derive(Debug, Clone)]
pub struct Found {
    pub kind: QuoteKind,
    pub content: Span,
    pub cue: Option<Span>,
    /// The words naming the speaker as written (`Lavrov`, `he`).
    pub mention: Option<Span>,
    /// The whole phrase around the mention (`Russian Foreign Minister
    /// Sergei Lavrov`), for roles.
    pub phrase: Option<Span>,
    /// Inherited from an earlier quote: (index into the found list).
    pub inherits: Option<usize>,
    /// The speaker is named in a title-case line (a headline), where a
    /// capital does not make a name: `Trump Supporter Screams ...`.
    pub title_case: bool,
}

impl Found {
    /// A quote with its own cue and speaker phrase.
    fn framed(kind: QuoteKind, content: Span, cue: Span, speaker: &Speaker) -> Found {
        Found {
            kind,
            content,
            cue: Some(cue),
            mention: Some(speaker.mention),
            phrase: Some(speaker.phrase),
            inherits: None,
            title_case: false,
        }
    }
}

struct Ctx<'a> {
    text: &'a str,
    toks: &'a [Token],
    /// Each token lowercased once: the rules ask for it constantly.
    lowers: &'a Lowers,
}

// (The small accessors are asked a million times on train: inlined.)
impl<'a> Ctx<'a> {
    #[inline]
    fn s(&self, i: usize) -> &str {
        &self.text[self.toks[i].span().range()]
    }
    #[inline]
    fn lower(&self, i: usize) -> &'a str {
        self.lowers.get(i)
    }
    #[inline]
    fn is_word(&self, i: usize) -> bool {
        self.toks[i].kind == TokKind::Word
    }
    #[inline]
    fn is_cap(&self, i: usize) -> bool {
        self.toks[i].cap
    }
    /// `Theresa May`: a capitalised month right after a first name (and
    /// after `lo`) is a surname.
    fn month_surname(&self, k: usize, lo: usize) -> bool {
        let prev = self.lower(k.saturating_sub(1));
        k > lo
            && self.is_cap(k)
            && self.is_cap(k - 1)
            // (`Yin Myint May`: a rare first name; not `Early May`.)
            && (lexicon::first_name_gender(prev).is_some()
                || !(lexicon::NOT_NAMES.contains(prev)
                    || lexicon::is_role_word(prev)
                    || is_time_or_number(prev)
                    || matches!(prev, "early" | "late" | "mid")))
    }
    fn span(&self, a: usize, b_incl: usize) -> Span {
        Span::new(self.toks[a].span().start, self.toks[b_incl].span().end)
    }
    #[inline]
    fn is_punct(&self, i: usize, p: &str) -> bool {
        !self.is_word(i) && self.s(i) == p
    }
    #[inline]
    fn is_quote_mark(&self, i: usize) -> bool {
        !self.is_word(i)
            && matches!(
                self.s(i),
                "“" | "”" | "\"" | "‘" | "’" | "«" | "»" | "''" | "``"
            )
    }
}

/// Words that may open a name: not a common capitalised word, but an
/// honorific or a title (`Mr.`, `Sen.`).
fn opens_name(l: &str) -> bool {
    !lexicon::NOT_NAMES.contains(l)
        || lexicon::honorific_gender(l).is_some()
        || matches!(l, "gov." | "sen." | "rep." | "dr." | "gen.")
}

/// Lowercase words that may stand before or inside a name phrase without
/// ending it: roles and groups, adjectives (`presidential`, `Kyiv-based`),
/// `former`, `vice`.
fn is_name_modifier(l: &str) -> bool {
    is_role_or_group(l)
        || lexicon::is_name_made_adjective(l)
        || (l.ends_with("al") && l.len() > 4)
        || matches!(
            l,
            "vice" | "former" | "chief" | "retired" | "acting" | "top"
        )
}

/// Where a sentence starts past a conjunction opening it (`But`, `And`,
/// `Yet`).
fn past_conjunction(c: &Ctx, sent: &Range<usize>) -> usize {
    if c.is_word(sent.start) && matches!(c.lower(sent.start), "but" | "and" | "yet") {
        sent.start + 1
    } else {
        sent.start
    }
}

/// Words of the not-a-name list that may still open a speaker's phrase:
/// articles, honorifics, and a title's modifiers (`Former President Bill
/// Clinton`, `one New Hampshire Democrat`).
fn opens_speaker_phrase(l: &str) -> bool {
    matches!(
        l,
        "the"
            | "a"
            | "an"
            | "mr."
            | "mrs."
            | "ms."
            | "dr."
            | "former"
            | "retired"
            | "acting"
            | "one"
    )
}

/// Participles that continue the sentence's speaker: `..., adding that`.
#[inline(always)]
fn is_participle_cue(w: &str) -> bool {
    // (And a naming verb's: `..., calling it “a disgrace”`, a statement
    // of its own.)
    w.ends_with("ing") && (lexicon::is_cue(w) || names_when_quoted(w) || speaks_when_quoted(w))
}

/// Verbs of speaking that report only the words quoted after them:
/// `..., mentioning the album is "in the home stretch"`, `interjected,
/// "Only Rosie"`. (Their reports in plain words, `promising to cut
/// taxes`, `alleging fraud`, are intentions and charges as often as
/// statements.)
fn speaks_when_quoted(l: &str) -> bool {
    // (Asked of every word in a paragraph with quotation marks: the first
    // letter and the length rule out most.)
    l.len() >= 6
        && matches!(
            l.as_bytes().first(),
            Some(b'm' | b'r' | b'p' | b's' | b'c' | b'a' | b'b' | b'l' | b'y' | b'e' | b'j' | b'i')
        )
        && matches!(
            l,
            "mentioning"
                | "remarking"
                | "predicting"
                | "promising"
                | "shouting"
                | "conceding"
                | "asserting"
                | "boasting"
                | "alleging"
                | "slamming"
                | "scoffing"
                | "lamenting"
                | "chanting"
                | "yelling"
                | "screaming"
                | "exclaiming"
                | "retorting"
                | "joking"
                | "interjecting"
                | "interjected"
                | "interjects"
        )
}

/// Whether a quotation opens within `window` tokens after token `i`.
fn quote_opens_within(c: &Ctx, sent: &Range<usize>, i: usize, window: usize) -> bool {
    (i + 1..(i + 1 + window).min(sent.end)).any(|k| c.toks[k].in_quote)
}

/// Speaker phrase found around a cue.
#[derive(Debug, Clone, Copy)]
struct Speaker {
    mention: Span,
    phrase: Span,
    /// First and last token of the phrase.
    first: usize,
    last: usize,
}

/// `X quoted S as saying`: the speaker is S, not X.
fn quoted_as_saying(c: &Ctx, sent: &Range<usize>, i: usize) -> Option<(Speaker, bool)> {
    if c.lower(i) != "saying" || i < sent.start + 3 || c.lower(i - 1) != "as" {
        return None;
    }
    let quoted = (sent.start..i - 1)
        .rev()
        .take(8)
        .find(|&k| c.is_word(k) && c.lower(k) == "quoted")?;
    let s = phrase_forward(c, quoted + 1, i - 1)?;
    // The clause is what comes before `X quoted`: it ends the sentence.
    Some((s, true))
}

/// The phrase opening a sentence (`Trump has reaffirmed ..., declaring`).
fn sentence_subject(c: &Ctx, sent: &Range<usize>) -> Option<Speaker> {
    // After a wire dateline (`FLINT, Mich., Oct. 4 (UPI) — Former
    // President Bill Clinton ...`) or an opening phrase (`During a speech
    // on Monday, Trump ...`).
    let dateline = tokens::dateline_end(c.text, c.toks, sent.start, sent.end);
    let start = if let Some(after) = dateline {
        after
    } else if let Some(comma) = opens_with_connective(c, sent).or_else(|| opens_with_time(c, sent))
    {
        comma + 1
    } else if opens_with_intro(c, sent) {
        let mut start = (sent.start..sent.end.min(sent.start + MAX_TAIL_TOKENS))
            .find(|&k| c.is_punct(k, ",") && !c.toks[k].in_quote)
            .map_or(sent.start, |k| k + 1);
        // (Past the place's state and the day that close the phrase: `At
        // a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders
        // ...`.)
        while let Some(comma) = (start..sent.end.min(start + 5))
            .find(|&k| c.is_punct(k, ",") && !c.toks[k].in_quote)
            .filter(|&comma| comma > start && (start..comma).all(|k| place_or_time(c, k)))
        {
            start = comma + 1;
        }
        start
    } else {
        sent.start
    };
    let s = phrase_forward(c, start, sent.end)?;
    let first_word = c.s(s.first);
    (lexicon::is_subject_pronoun(&first_word.to_lowercase()) || c.is_cap(s.first)).then_some(s)
}

/// The comma after a connective that opens the sentence (`However, he
/// held his fire`): the subject follows it.
fn opens_with_connective(c: &Ctx, sent: &Range<usize>) -> Option<usize> {
    let first = sent.start;
    (first + 1 < sent.end
        && c.is_word(first)
        && matches!(
            c.lower(first),
            "however" | "meanwhile" | "still" | "instead" | "indeed" | "moreover" | "yet"
        )
        && c.is_punct(first + 1, ","))
    .then_some(first + 1)
}

/// The comma after a time that opens the sentence (`Eight years ago, he
/// said ...`, `Last week, ...`).
fn opens_with_time(c: &Ctx, sent: &Range<usize>) -> Option<usize> {
    let comma = (sent.start + 1..sent.end.min(sent.start + 6)).find(|&k| c.is_punct(k, ","))?;
    (sent.start..comma)
        .all(|k| {
            place_or_time(c, k)
                || c.is_word(k)
                    && (is_number_word(c.lower(k))
                        || matches!(
                            c.lower(k),
                            "ago"
                                | "years"
                                | "months"
                                | "weeks"
                                | "days"
                                | "hours"
                                | "next"
                                | "that"
                        ))
        })
        .then_some(comma)
}

/// Whether token `k` belongs to a place's state or a time that closes an
/// opening phrase: `N.H.`, `Calif.`, `on Tuesday`, `last week`.
fn place_or_time(c: &Ctx, k: usize) -> bool {
    if !c.is_word(k) {
        return c.is_punct(k, ".");
    }
    let l = c.lower(k);
    lexicon::is_state_abbreviation(l)
        || is_time_or_number(l)
        || matches!(
            l,
            "on" | "in" | "last" | "this" | "early" | "late" | "night" | "morning"
        )
}

/// A subject pronoun as a speaker of its own: `he`, `she`, `they`.
fn pronoun_speaker(c: &Ctx, k: usize) -> Option<Speaker> {
    lexicon::is_subject_pronoun(c.lower(k)).then(|| {
        let sp = c.toks[k].span();
        Speaker {
            mention: sp,
            phrase: sp,
            first: k,
            last: k,
        }
    })
}

/// Walks back from `end` (inclusive) over a noun phrase: a pronoun, a name
/// with its roles, or a description (`the Russian minister`).
fn phrase_back(c: &Ctx, lo: usize, end: usize) -> Option<Speaker> {
    // (`42% say`: a percentage's sign ends the phrase.)
    let percent_sign = c.s(end) == "%" && end > lo && c.is_word(end - 1);
    if !(c.is_word(end) || percent_sign) || c.toks[end].in_quote {
        return None;
    }
    let lower = c.lower(end);
    if let Some(s) = pronoun_speaker(c, end) {
        return Some(s);
    }
    // (Asked only of a stop word or a month: most phrases end in neither.)
    let month_surname = || c.month_surname(end, lo);
    if (STOPS.contains(lower) && !month_surname())
        || lexicon::pronoun_gender(lower).is_some()
        || matches!(
            lower,
            "despite" | "without" | "although" | "though" | "because"
        )
    {
        return None;
    }
    let mut first = end;
    while first > lo && end - first < 9 {
        let p = first - 1;
        if c.toks[p].in_quote {
            break;
        }
        if c.is_word(p) {
            let l = c.lower(p);
            // `Dan McLaughlin at the National Review`.
            let at_work = p > lo + 1
                && ((l == "the" && c.lower(p - 1) == "at" && c.is_cap(p - 2))
                    || (l == "at"
                        && c.is_cap(p - 1)
                        && (c.is_cap(p + 1) || c.lower(p + 1) == "the")));
            // `the senator from Texas`.
            let role_from = l == "from"
                && p > lo
                && c.is_word(p - 1)
                && lexicon::ROLE_WORDS.contains(c.lower(p - 1));
            if STOPS.contains(l) && l != "of" && l != "for" && !at_work && !role_from
                || lexicon::is_cue(l)
            {
                break;
            }
            if matches!(l, "his" | "her" | "their" | "its" | "our" | "my") {
                first = p;
                break;
            }
            // A verb between names: `Ted Cruz endorses Trump, who says`.
            let modifier = is_name_modifier(l);
            let verb_like =
                (l.ends_with('s') && !l.ends_with("ss") && !l.ends_with("'s")) || l.ends_with("ed");
            if c.is_cap(first) && !c.is_cap(p) && !modifier && verb_like {
                break;
            }
            first = p;
        } else if matches!(c.s(p), "’s" | "'s" | "-" | "&" | "%")
            || (c.s(p) == "." && p > 0 && c.is_cap(p - 1))
        {
            first = p;
        } else {
            break;
        }
    }
    // A poll's share: `six in 10 (voters)`, `one out of five`.
    let share = first >= lo + 2
        && is_count(c.lower(first))
        && matches!(c.lower(first - 1), "in" | "of")
        && c.is_word(first - 2);
    if share {
        first -= 2;
        if c.lower(first) == "out" && first > lo && c.is_word(first - 1) {
            first -= 1;
        }
        if !is_count(c.lower(first)) {
            first += 2;
        }
    }
    let share = share && is_count(c.lower(first)) && first + 2 <= end;
    // A poll's percentage: `42% (of voters)`, `Seventy-four percent of
    // Democrats`, `26 percent`.
    // (From the amount: not `The poll found 26 percent`.)
    let percentage = (first..end).find(|&k| {
        c.is_word(k)
            && (is_amount(c.lower(k))
                && (c.s(k + 1) == "%" || c.is_word(k + 1) && c.lower(k + 1) == "percent")
                || is_fraction(c.lower(k)))
    });
    if let Some(k) = percentage {
        first = k;
    }
    let share = share || percentage.is_some();
    // Drop a leading "of"/"for" left dangling, and a time word opening
    // the sentence (`Yesterday Ortega said`).
    while first < end
        && (matches!(c.lower(first), "of" | "for") || first == lo && is_time_word(c.lower(first)))
    {
        first += 1;
    }
    // A name followed by a word that is no role is no noun phrase:
    // "Clinton cited derogatory [comments]". After a determiner the name
    // is a modifier: `The GOP speechwriter`, `Some USDP members`.
    let determined = share
        || c.lower(first).starts_with(|ch: char| ch.is_ascii_digit())
        || matches!(
            c.lower(first),
            "half" | "majority" | "the" | "a" | "an" | "one" | "another" | "other"
        )
        || is_quantifier(c.lower(first));
    let broken = !determined
        && !c.is_cap(end)
        && !lexicon::is_role_word(lower)
        && (first..end).any(|k| {
            c.is_cap(k)
                && k != lo
                && !lexicon::NOT_NAMES.contains(c.lower(k))
                && c.is_word(k + 1)
                && !c.is_cap(k + 1)
                && !is_role_or_group(c.lower(k + 1))
        });
    if broken {
        return None;
    }
    (!is_time_or_number(c.lower(end)) || share || month_surname())
        .then(|| speaker_from_phrase(c, first, end))
}

/// A share in words: `two-thirds`, `three-quarters`, `three-in-five`.
fn is_fraction(l: &str) -> bool {
    let Some((count, rest)) = l.split_once('-') else {
        return false;
    };
    is_number_word(count)
        && rest.split('-').all(|p| {
            is_number_word(p)
                || matches!(
                    p,
                    "in" | "out"
                        | "of"
                        | "half"
                        | "third"
                        | "thirds"
                        | "quarter"
                        | "quarters"
                        | "fourth"
                        | "fourths"
                        | "fifth"
                        | "fifths"
                )
        })
}

/// A number in digits or words (`26`, `seventy-four`, `half`).
fn is_amount(l: &str) -> bool {
    l.starts_with(|ch: char| ch.is_ascii_digit())
        || is_number_word(l)
        || l.split('-').next().is_some_and(|w| {
            matches!(
                w,
                "twenty" | "thirty" | "forty" | "fifty" | "sixty" | "seventy" | "eighty" | "ninety"
            )
        })
}

/// A small count, in digits or words: `six` and `10` in `six in 10`.
fn is_count(l: &str) -> bool {
    l.bytes().all(|b| b.is_ascii_digit()) && !l.is_empty() || is_number_word(l)
}

/// `some`, `most`, `all`: a share of a group, no one's name.
fn is_quantifier(l: &str) -> bool {
    matches!(
        l,
        "some" | "many" | "several" | "most" | "few" | "all" | "both" | "none" | "each"
    )
}

fn is_number_word(l: &str) -> bool {
    matches!(
        l,
        "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
    )
}

/// `boldly`, `forcefully`: manner adverbs between speaker and cue.
fn is_adverb(l: &str) -> bool {
    l.len() > 4
        && l.ends_with("ly")
        && !matches!(
            l,
            "family"
                | "italy"
                | "assembly"
                | "supply"
                | "rally"
                | "ally"
                | "anomaly"
                | "monopoly"
                | "daily"
                | "weekly"
                | "monthly"
        )
}

/// Lowercase words that may follow a name inside a speaker phrase:
/// `Trump campaign spokesman`, `Clinton aides`, `Kremlin officials`.
fn is_role_or_group(l: &str) -> bool {
    lexicon::is_role_word(l)
        || matches!(
            l,
            "of" | "for"
                | "campaign"
                | "officials"
                | "official"
                | "aides"
                | "aide"
                | "spokesman"
                | "spokeswoman"
                | "supporters"
                | "administration"
                | "government"
                | "lawyers"
                | "lawyer"
                | "staff"
                | "team"
                | "allies"
                | "advisers"
                | "sources"
                | "source"
                | "representatives"
                | "counsel"
                | "camp"
                | "family"
                | "and"
                | "county"
                | "state"
                | "city"
                | "university"
                | "police"
                | "department"
                | "office"
                | "-based"
                | "aides,"
                | "senior"
                | "press"
                | "deputy"
                | "foreign"
                | "national"
                | "security"
        )
}

/// Walks forward from `start` over a noun phrase (inverted `said Smith`,
/// `according to Smith`).
fn phrase_forward(c: &Ctx, start: usize, hi: usize) -> Option<Speaker> {
    if start >= hi || !c.is_word(start) || c.toks[start].in_quote {
        return None;
    }
    let l0 = c.lower(start);
    if let Some(s) = pronoun_speaker(c, start) {
        return Some(s);
    }
    if lexicon::NOT_NAMES.contains(l0)
        && !(opens_speaker_phrase(l0) || matches!(l0, "his" | "her" | "their" | "its"))
        || STOPS.contains(l0)
    {
        return None;
    }
    let mut last = start;
    while last + 1 < hi && last + 1 - start < 9 {
        let n = last + 1;
        if c.toks[n].in_quote {
            break;
        }
        if c.is_word(n) {
            let l = c.lower(n);
            if (STOPS.contains(l) && l != "of")
                || lexicon::is_cue(l)
                || lexicon::NOT_NAMES.contains(l) && !c.is_cap(n)
            {
                break;
            }
            // A day after a name ends it: "said Smith Tuesday". (Other
            // capitalised words go on: `a New Hampshire Democrat`.)
            if lexicon::NOT_NAMES.contains(l) && is_time_or_number(l) {
                break;
            }
            // A lowercase word after a name that is no role is its verb:
            // "Trump unleashed a series", "Clinton chimed in".
            // (Modifiers before a name go on: `Democratic presidential
            // nominee Hillary Clinton`.)
            // A description's verb ends it: `The town released`, `The
            // bulk now comes`.
            if n > start + 1
                && is_determiner(l0)
                && (l.ends_with("ed") || is_irregular_participle(l) || BETWEEN.contains(l))
            {
                break;
            }
            // (Not after an article that opens the sentence: `A new poll`.)
            if c.is_cap(last)
                && !c.is_cap(n)
                && !is_name_modifier(l)
                && !is_determiner(c.lower(last))
            {
                break;
            }
            last = n;
        } else if matches!(c.s(n), "’s" | "'s" | "-" | "/") {
            last = n;
        } else {
            break;
        }
    }
    while last > start && matches!(c.lower(last), "of" | "’s" | "'s") {
        last -= 1;
    }
    (!is_time_or_number(c.lower(last))).then(|| speaker_from_phrase(c, start, last))
}

/// The mention inside a phrase: its last run of capitalised words (the
/// name), or the whole phrase for a description.
/// Words that end a time phrase or a number, never a speaker: `early
/// Friday`, `the day`, `2010`.
/// `week`, `morning`: what `this` or `last` makes a time of.
fn is_time_unit(l: &str) -> bool {
    matches!(
        l,
        "day"
            | "week"
            | "weekend"
            | "month"
            | "year"
            | "morning"
            | "afternoon"
            | "evening"
            | "night"
            | "time"
    )
}

fn is_time_or_number(l: &str) -> bool {
    is_time_word(l)
        || is_time_unit(l)
        || l.chars().next().is_some_and(|ch| ch.is_ascii_digit())
        || matches!(
            l,
            "january"
                | "february"
                | "march"
                | "april"
                | "june"
                | "july"
                | "august"
                | "september"
                | "october"
                | "november"
                | "december"
                | "long"
        )
}

fn speaker_from_phrase(c: &Ctx, first: usize, last: usize) -> Speaker {
    // `Even China warned`, `Perhaps Smith said`: the adverb is no name.
    let mut first = first;
    while first < last
        && matches!(
            c.lower(first),
            "even" | "only" | "perhaps" | "now" | "still" | "meanwhile" | "indeed" | "instead"
        )
    {
        first += 1;
    }
    let mut phrase = c.span(first, last);
    // `Cruz of Texas`: the name is before the place.
    let place_after = |of: usize| {
        lexicon::PLACES.contains(
            &(of + 1..=last)
                .filter(|&k| c.is_word(k))
                .map(|k| c.lower(k))
                .collect::<Vec<_>>()
                .join(" "),
        )
    };
    let last = match (first + 1..last)
        .rev()
        .find(|&k| c.is_word(k) && matches!(c.lower(k), "of" | "from"))
    {
        // (And `Morgan of the Sierra Club`: the name is before where the
        // person works. `the senator from Texas` is a description, which
        // names no one before the place.)
        Some(of)
            if of > first
                && (c.is_cap(of - 1)
                    && (c.lower(of) == "of"
                        && of + 2 <= last
                        && c.lower(of + 1) == "the"
                        && c.is_cap(last)
                        && !lexicon::ROLE_WORDS.contains(c.lower(of - 1))
                        && !lexicon::NOT_NAMES.contains(c.lower(of - 1))
                        && !is_count(c.lower(of - 1))
                        && !is_quantifier(c.lower(of - 1))
                        || place_after(of))
                    || lexicon::ROLE_WORDS.contains(c.lower(of - 1))
                        && c.is_cap(last)
                        && place_after(of)) =>
        {
            of - 1
        }
        _ => {
            // `Dan McLaughlin at the National Review`: the name is before
            // where the person works.
            match (first + 1..last).find(|&k| c.is_word(k) && c.lower(k) == "at") {
                Some(at) if c.is_cap(at - 1) && c.is_cap(last) => at - 1,
                _ => last,
            }
        }
    };
    let mut name_start = last + 1;
    let mut k = last + 1;
    while k > first {
        let p = k - 1;
        let l = c.lower(p);
        let capital_name = c.is_cap(p)
            && !lexicon::ROLE_WORDS.contains(l)
            && !lexicon::DEMONYMS.contains(l)
            && (!lexicon::NOT_NAMES.contains(l) || (p == last && c.month_surname(p, first)));
        if capital_name {
            name_start = p;
            k = p;
        } else {
            break;
        }
    }
    // Two names run together: `the Washington Post Trump said`: an
    // organisation's name before a person's is not part of it.
    if name_start < last
        && let Some(split) = (name_start + 1..=last).rev().find(|&k| {
            k > name_start
                && lexicon::ORGS.contains(c.lower(k - 1))
                && !lexicon::ORGS.contains(c.lower(k))
        })
    {
        name_start = split;
        phrase = c.span(split, last);
    }
    if name_start <= last {
        Speaker {
            mention: c.span(name_start, last),
            phrase,
            first,
            last,
        }
    } else {
        Speaker {
            mention: phrase,
            phrase,
            first,
            last,
        }
    }
}

/// Finds the speaker of the cue at token `i` within sentence `sent`.
fn speaker_of_cue(c: &Ctx, sent: &Range<usize>, i: usize) -> Option<(Speaker, bool)> {
    // `according to S`
    if c.lower(i) == "according" {
        let s = phrase_forward(c, i + 2, sent.end)?;
        return Some((s, true));
    }
    // `Trump’s claim that ...`, `his claim that ...`: the possessor said it.
    if i > sent.start
        && matches!(
            c.lower(i),
            "claim"
                | "claims"
                | "comment"
                | "comments"
                | "remarks"
                | "statement"
                | "assertion"
                | "warning"
                | "promise"
                | "pledge"
                | "insistence"
                | "argument"
                | "allegation"
        )
        && i + 1 < sent.end
        && c.is_word(i + 1)
        && c.lower(i + 1) == "that"
    {
        if i > sent.start + 1
            && matches!(c.s(i - 1), "’s" | "'s")
            && let Some(s) = phrase_back(c, sent.start, i - 2)
            && c.is_cap(s.last)
        {
            return Some((s, false));
        }
        if matches!(c.lower(i - 1), "his" | "her") {
            let sp = c.toks[i - 1].span();
            let s = Speaker {
                mention: sp,
                phrase: sp,
                first: i - 1,
                last: i - 1,
            };
            return Some((s, false));
        }
    }
    // A cue word used as a noun: "Trump’s tweet", "the report".
    if i > sent.start
        && matches!(
            c.lower(i - 1),
            "the"
                | "a"
                | "an"
                | "his"
                | "her"
                | "its"
                | "their"
                | "our"
                | "my"
                | "this"
                | "these"
                | "those"
                | "’s"
                | "'s"
                | "your"
        )
    {
        return None;
    }
    // Back over adverbs and auxiliaries: "Lavrov also said".
    // (`this month`, `last week` go back two words at once.)
    // (And `in 2010`.)
    let time_phrase_before = |j: usize| {
        j >= sent.start + 2
            && (is_time_unit(c.lower(j - 1)) && matches!(c.lower(j - 2), "this" | "last" | "next")
                || is_year(c.lower(j - 1)) && c.lower(j - 2) == "in")
    };
    let mut j = i;
    let mut auxiliary = false;
    // (`May said` is Theresa May, not a modal; `Sanders on Tuesday said`
    // has a day between.)
    while j > sent.start
        && c.is_word(j - 1)
        && !(c.lower(j - 1) == "may" && c.is_cap(j - 1))
        && (BETWEEN.contains(c.lower(j - 1))
            // (Capitalised, an -ly word is a name: `Jolly said`; opening
            // the sentence, if a known one: `Kelly said`, not `Clearly`.)
            || (is_adverb(c.lower(j - 1))
                && !(c.is_cap(j - 1)
                    && (j - 1 > sent.start
                        || lexicon::first_name_gender(c.lower(j - 1)).is_some())))
            || (!is_participle_cue(c.lower(i))
                && (is_time_word(c.lower(j - 1))
                    || (c.lower(j - 1) == "on" && j < i && is_time_word(c.lower(j)))
                    // `Wells Fargo just this month announced`.
                    || (c.lower(j - 1) == "just" && j < i)
                    || time_phrase_before(j))))
    {
        if time_phrase_before(j) {
            j -= 1;
        }
        j -= 1;
        let l = c.lower(j);
        if matches!(l, "was" | "were" | "been" | "being" | "be" | "is" | "are") {
            return None; // passive: "he was told", "Lavrov was asked"
        }
        if matches!(l, "would" | "could" | "might" | "should" | "may") {
            return None; // hypothetical: "the United States would pledge"
        }
        auxiliary |= matches!(l, "has" | "have" | "had" | "did" | "does" | "do" | "will");
    }
    // A base form after a singular name is a noun: "a Times report".
    let base_form = matches!(
        c.lower(i),
        "say"
            | "report"
            | "claim"
            | "note"
            | "add"
            | "state"
            | "respond"
            | "assert"
            | "comment"
            | "remark"
            | "charge"
            | "pledge"
            | "promise"
            | "warn"
            | "continue"
            | "write"
            | "tell"
            | "tweet"
            | "post"
            | "reply"
            | "argue"
            | "demand"
    );
    if base_form
        && !auxiliary
        && j > sent.start
        && c.is_cap(j - 1)
        && !c.lower(j - 1).ends_with('s')
    {
        // The capitalised words before it, and what opens them: an article
        // or a possessive makes them a noun's modifiers.
        let mut k = j - 1;
        while k > sent.start && c.is_cap(k - 1) {
            k -= 1;
        }
        let opener = k
            .checked_sub(1)
            .filter(|&o| o >= sent.start)
            .map(|o| c.lower(o));
        let after_article = c.is_word(k) && matches!(c.lower(k), "the" | "a" | "an");
        if after_article || matches!(opener, Some("the" | "a" | "an" | "’s" | "'s")) {
            return None;
        }
    }
    // Over a parenthesis: "Rep. Gwen Moore (D-Wis.) said", and an
    // apposition between dashes: "Jason Sims — a teacher — says".
    if j > sent.start + 1
        && c.is_punct(j - 1, ")")
        && let Some(open) = (sent.start..j - 1)
            .rev()
            .take(8)
            .find(|&k| c.is_punct(k, "("))
    {
        j = open;
    } else if j > sent.start + 2
        && matches!(c.s(j - 1), "—" | "–" | "--")
        && let Some(open) = (sent.start + 1..j - 1)
            .rev()
            .take(15)
            .find(|&k| matches!(c.s(k), "—" | "–" | "--"))
        && c.is_cap(open - 1)
    {
        j = open;
    }
    let before = j.checked_sub(1).filter(|&b| b >= sent.start);
    // Inverted after a quote or comma: `"...," said Smith`.
    let after_quote_or_comma =
        before.is_none_or(|b| c.is_punct(b, ",") || c.is_quote_mark(b) || c.toks[b].in_quote);
    let after_quote = before.is_some_and(|b| c.is_quote_mark(b) || c.toks[b].in_quote);
    // `told X`, `called X a "Q"` take an object, never an inverted
    // speaker; `asked X`, `warned X` do except right after a quotation
    // (`"Why now?" asked Bennett.`).
    let takes_object = matches!(c.lower(i), "told" | "tells" | "tell")
        || (!after_quote && matches!(c.lower(i), "asked" | "urged" | "warned" | "reminded"))
        || names_quoted(c.lower(i));
    // `Ivanka Trump, the nominee's daughter, noted the rule`: a name and
    // its apposition open the sentence; what follows the cue is no speaker.
    let apposed_subject = before.is_some_and(|b| c.is_punct(b, ","))
        && phrase_forward(c, sent.start, j).is_some_and(|s| {
            c.is_cap(s.last) && s.last + 1 < j.saturating_sub(1) && c.is_punct(s.last + 1, ",")
        });
    if after_quote_or_comma
        && !takes_object
        && !apposed_subject
        && let Some(s) = phrase_forward(c, i + 1, sent.end)
        // After a plain comma the phrase must end the clause: `..., said
        // Smith.` but not `Hester, a director, said parents want ...`.
        && (after_quote || before.is_none() || ends_phrase(c, sent, s.last + 1))
        // ... and name someone: `..., said Smith`, `..., said the mayor`,
        // not `Trump, appearing at the forum, cited problems`.
        && (after_quote
            || c.is_cap(s.first)
            || (is_name_modifier(c.lower(s.first)) && c.is_cap(s.last))
            || matches!(c.lower(s.first), "the" | "a" | "an" | "his" | "her" | "their" | "its")
            || s.first == s.last && lexicon::is_subject_pronoun(c.lower(s.first)))
    {
        // `said Tuesday` is not a speaker; names or descriptions are.
        let l = c.lower(s.first);
        if !lexicon::NOT_NAMES.contains(l) || opens_speaker_phrase(l) {
            return Some((s, true));
        }
    }
    let b = before?;
    // `S, who said`
    // `S, who said` and `an architect who said`.
    if c.lower(b) == "who" && b > sent.start + 1 {
        let end = if c.is_punct(b - 1, ",") { b - 2 } else { b - 1 };
        return phrase_back(c, sent.start, end).map(|s| (s, false));
    }
    // Apposition: `Lavrov, Russia's foreign minister, said`; over several
    // commas to the first segment that ends in a name.
    if c.is_punct(b, ",") {
        // A name opening the sentence with its apposition: `Donna Rawlings,
        // 59, of Ashton, Md., who watched on a screen, said`.
        // (Over a parenthesis after the name: `Rep. Gregory Meeks (D-N.Y.),`.)
        let past_parenthesis = |k: usize| {
            if k < b && c.is_punct(k, "(") {
                (k..b.min(k + 10))
                    .find(|&m| c.is_punct(m, ")"))
                    .map_or(k, |m| m + 1)
            } else {
                k
            }
        };
        // (`But Sen. Richard J. Durbin (D-Ill.), noting ..., said`.)
        if let Some(s) = phrase_forward(c, past_conjunction(c, sent), b)
            && c.is_cap(s.first)
            && c.is_cap(s.last)
            && past_parenthesis(s.last + 1) < b
            && c.is_punct(past_parenthesis(s.last + 1), ",")
            && !lexicon::PLACES.contains(c.lower(s.last))
            && opens_name(c.lower(s.first))
        {
            return Some((s, false));
        }
        let commas: Vec<usize> = (sent.start + 1..b)
            .rev()
            .take(30)
            .filter(|&k| c.is_punct(k, ",") && !c.toks[k].in_quote)
            .take(3)
            .collect();
        let mut nearest = None;
        // `Its chair, Ivo Nagy, said`: the phrase right before the cue's
        // comma, if it is a name.
        // (`Scott's niece, Del. Marcia Price (D-Newport News), shouted`.)
        let name_end = if b > sent.start && c.is_punct(b - 1, ")") {
            (sent.start..b - 1)
                .rev()
                .take(10)
                .find(|&k| c.is_punct(k, "("))
                .map_or(b - 1, |k| k.saturating_sub(1))
        } else {
            b.saturating_sub(1)
        };
        // (Not a party and state: `Steve Cohen, Democrat of Tennessee,
        // told`.)
        let party_of_place = |s: &Speaker| {
            (entities::is_party_member(c.lower(s.first)) || c.lower(s.first) == "independent")
                && s.first + 1 < sent.end
                && c.lower(s.first + 1) == "of"
        };
        if let Some(&q) = commas.first()
            && q < name_end
            && let Some(s) = phrase_back(c, q + 1, name_end)
            && c.is_cap(s.last)
            && opens_name(c.lower(s.first))
            && !party_of_place(&s)
            && !lexicon::PLACES.contains(c.lower(s.last))
        {
            return Some((s, false));
        }
        for q in commas {
            if let Some(s) = phrase_back(c, sent.start, q - 1) {
                nearest.get_or_insert(s);
                if c.is_cap(s.last) && !lexicon::PLACES.contains(c.lower(s.last)) {
                    return Some((s, false));
                }
            }
        }
        return nearest.map(|s| (s, false));
    }
    phrase_back(c, sent.start, b).map(|s| (s, false))
}

/// Tokens after a cue that are not yet the content: an object of `tell`,
/// a time (`Tuesday`), a place or manner (`in a statement`), up to `that`
/// or `:`.
fn content_start(c: &Ctx, sent: &Range<usize>, cue_end: usize) -> usize {
    let told = cue_end > 0
        && matches!(
            c.lower(cue_end - 1),
            "told" | "tell" | "tells" | "telling" | "asked" | "warned" | "urged" | "reminded"
        );
    let mut k = cue_end;
    while k < sent.end && c.is_word(k) && !c.toks[k].in_quote {
        let l = c.lower(k);
        // `told The Post`, `told reporters`; not `told reporters the plan`.
        let article_before_name =
            matches!(l, "the" | "a" | "an") && k + 1 < sent.end && c.is_cap(k + 1);
        let object = told
            && k - cue_end < 3
            && (c.is_cap(k)
                || article_before_name
                || matches!(
                    l,
                    "reporters"
                        | "us"
                        | "me"
                        | "him"
                        | "her"
                        | "them"
                        | "journalists"
                        | "supporters"
                        | "lawmakers"
                        | "voters"
                ));
        // `this weekend`, `last week`, `on Friday`.
        // (`for months`, `for years`.)
        let time_phrase = (matches!(l, "this" | "last" | "next" | "on" | "early" | "late")
            && k + 1 < sent.end
            && c.is_word(k + 1)
            && (is_time_word(c.lower(k + 1)) || is_time_unit(c.lower(k + 1))))
            || (l == "for"
                && k + 1 < sent.end
                && matches!(
                    c.lower(k + 1),
                    "days" | "weeks" | "months" | "years" | "decades"
                ));
        // (`Thursday's walk-ins were ...` opens the clause.)
        let possessed = k + 1 < sent.end && matches!(c.s(k + 1), "’s" | "'s");
        if time_phrase {
            k += 2;
        } else if (is_time_word(l) && !possessed) || object {
            k += 1;
        } else {
            break;
        }
    }
    let opens_at = |m: usize| -> Option<usize> {
        if c.is_word(m) && c.lower(m) == "that" {
            Some(m)
        } else if c.is_punct(m, ":") || c.is_punct(m, ",") {
            Some(m + 1)
        } else {
            None
        }
    };
    if k < sent.end
        && let Some(start) = opens_at(k)
    {
        return start;
    }
    // A place or manner phrase before `that`: `said in a statement that`,
    // `said on NBC's "Meet the Press" that`.
    if k < sent.end && c.is_word(k) && is_preposition(c.lower(k)) {
        // (A show's short title may be quoted after `on` or `in`; any
        // other quotation is content.)
        let titled = matches!(c.lower(k), "on" | "in");
        let mut quoted = 0;
        for m in k + 1..(k + 12).min(sent.end) {
            if c.toks[m].in_quote || c.is_quote_mark(m) {
                quoted += 1;
                if titled && quoted <= 6 {
                    continue;
                }
                break;
            }
            if let Some(start) = opens_at(m) {
                return start;
            }
        }
    }
    k
}

fn is_time_word(l: &str) -> bool {
    matches!(
        l,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "today"
            | "yesterday"
            | "tonight"
            | "recently"
            | "earlier"
            | "later"
            | "previously"
            | "again"
            | "repeatedly"
            | "also"
            | "then"
    )
}

/// `1998`, `2016`: a year of the last century or this one.
fn is_year(l: &str) -> bool {
    l.len() == 4
        && (l.starts_with("19") || l.starts_with("20"))
        && l.bytes().all(|b| b.is_ascii_digit())
}

fn is_preposition(l: &str) -> bool {
    matches!(
        l,
        "in" | "at"
            | "on"
            | "during"
            | "with"
            | "to"
            | "after"
            | "before"
            | "from"
            | "via"
            | "through"
            | "over"
            | "outside"
            | "last"
            | "this"
            | "earlier"
            | "late"
            | "early"
    )
}

/// Where a reported clause stops: the sentence end, or a later clause
/// joined by `, adding` / `and praised` / `, while`.
fn content_end(c: &Ctx, sent: &Range<usize>, from: usize) -> usize {
    let mut k = from;
    let end = sent.end.min(from + MAX_CLAUSE_TOKENS);
    // Whether `from` lies in the sentence's opening subordinate clause
    // (asked once, at the first comma that could close it).
    let mut opening_clause: Option<bool> = None;
    while k < end {
        if !c.toks[k].in_quote && c.is_punct(k, ";") && k > from + 2 {
            return k;
        }
        // A trailing frame of its own: `..., the agency Tass quoted
        // Sergei Lavrov as saying.`
        if !c.toks[k].in_quote
            && c.is_punct(k, ",")
            && k > from + 2
            && sent.end - k <= 14
            && (k + 1..sent.end)
                .any(|m| c.is_word(m) && matches!(c.lower(m), "quoted" | "reported" | "according"))
        {
            return k;
        }
        if !c.toks[k].in_quote && c.is_word(k) {
            let l = c.lower(k);
            // (`“... party,” claiming`: the comma may sit inside the quote.)
            let prev_comma = k > from
                && (c.is_punct(k - 1, ",")
                    || (k > from + 1 && c.is_quote_mark(k - 1) && c.is_punct(k - 2, ",")));
            // Where a clause cut at that comma ends: the quote keeps its mark.
            let before_comma = if c.is_punct(k - 1, ",") { k - 1 } else { k };
            // A new clause after `, but`: `but Washington argued`, not
            // `but not until`.
            // (The word after, looked up in the lists only at a `but` or
            // an `and`.)
            let next = || (k + 1 < sent.end && c.is_word(k + 1)).then(|| c.lower(k + 1));
            let pronoun_subject =
                || next().is_some_and(|n| lexicon::is_subject_pronoun(n) || n == "there");
            let new_subject = || next().is_some() && opens_subject(c, k + 1);
            // `the timetable, which ..., left ...`: a relative clause inside
            // the statement, closed by a comma and followed by its verb.
            let embedded_which = l == "which"
                && (k + 1..(k + 25).min(sent.end))
                    .find(|&m| c.is_punct(m, ",") && !c.toks[m].in_quote)
                    .is_some_and(|m| {
                        (m + 1..(m + 6).min(sent.end))
                            .filter(|&w| c.is_word(w))
                            .count()
                            >= 2
                    });
            if k > from + 3
                && prev_comma
                && ((matches!(l, "which" | "though" | "although" | "whereas") && !embedded_which)
                    || l == "yet"
                    // `, who ...` describes the last noun, not what was said.
                    || l == "who"
                    // `, and he railed ...`: a clause of the speaker's own
                    // (unless a quotation follows, which goes on reporting).
                    || (l == "and"
                        && pronoun_subject()
                        && !(k..sent.end).any(|m| c.toks[m].in_quote))
                    || (l == "but"
                        && (new_subject()
                            || (k + 2..(k + 4).min(sent.end))
                                .any(|m| c.is_word(m) && lexicon::is_cue(c.lower(m))))))
            {
                return before_comma;
            }
            if k > from + 2 && (l == "while" || is_participle_cue(l)) && prev_comma {
                return before_comma;
            }
            // `While Trump said he would X, he clarified ...`: a report
            // inside a sentence's opening subordinate clause ends with it.
            if k > from + 2
                && c.is_punct(k - 1, ",")
                && opens_subject(c, k)
                && *opening_clause
                    .get_or_insert_with(|| subordinate_opener(c, sent, from).is_some())
            {
                return k - 1;
            }
            // `... on Twitter before claiming that ...`: a second report
            // of the subject's, not part of the first.
            if k > from + 2
                && matches!(l, "before" | "while" | "after")
                && k + 1 < sent.end
                && c.is_word(k + 1)
                && is_participle_cue(c.lower(k + 1))
            {
                return k;
            }
            if k > from + 4 && prev_comma && opens_participle_clause(c, sent, k) {
                return before_comma;
            }
            // `S, noting X, said Y`: the subject's own cue after a comma
            // ends what the participle reported.
            if k > from + 1
                && prev_comma
                && !c.is_cap(k)
                && matches!(
                    l,
                    "said" | "says" | "told" | "tells" | "added" | "wrote" | "argued"
                )
            {
                return before_comma;
            }
            // `claimed vast wealth and said ...`, `respects X but argues
            // ...`, `... but has said`: a second cue ends the clause
            // however short.
            if k > from + 1 && matches!(l, "and" | "but") {
                let verb = (k + 1..sent.end.min(k + 4))
                    .find(|&m| !(c.is_word(m) && is_auxiliary_or_since(c.lower(m))));
                if let Some(m) = verb
                    && c.is_word(m)
                    && lexicon::is_cue(c.lower(m))
                    && !c.is_cap(m)
                {
                    return k;
                }
            }
            if k > from + 3 && l == "and" && k + 1 < sent.end && c.is_word(k + 1) {
                let n = c.lower(k + 1);
                // `and he noted`: a new speaker frame.
                let new_frame = (lexicon::is_subject_pronoun(n) || c.is_cap(k + 1))
                    && (k + 2..(k + 4).min(sent.end))
                        .any(|m| c.is_word(m) && lexicon::is_cue(c.lower(m)));
                // `that ... and that ...`: coordinated reported clauses.
                let second_that = n == "that" && c.is_word(from) && c.lower(from) == "that";
                if lexicon::is_cue(n)
                    || second_that
                    || new_frame
                    // (`said that ... and praised him`; but `vowed not to
                    // ... and established ...` goes on: an infinitive has
                    // no subject of its own for the verb to follow.)
                    || (n.ends_with("ed")
                        && n.len() > 4
                        && !c.is_cap(k + 1)
                        && !(c.is_word(from) && matches!(c.lower(from), "to" | "not"))
                        && !present_cue_before(c, sent, from))
                {
                    return k;
                }
            }
        }
        // `..., and three-quarters said ...`, `but six in 10 said`: a new
        // speaker's frame after a conjunction ends the clause.
        if !c.toks[k].in_quote
            && k > from + 3
            && c.is_word(k)
            && matches!(c.lower(k), "and" | "but")
            && frame_follows(c, sent, k + 1)
        {
            return k;
        }
        // A dash opening an aside: `would be more intense — and he noted`.
        if !c.toks[k].in_quote && k > from + 4 && matches!(c.s(k), "—" | "–" | "―" | "--") {
            return k;
        }
        k += 1;
    }
    sent.end
}

/// Whether the word at `k` can open a clause's subject: a name, a
/// pronoun, an article (`, but Washington argued`, `, he clarified`).
fn opens_subject(c: &Ctx, k: usize) -> bool {
    let l = c.lower(k);
    c.is_cap(k)
        || lexicon::is_subject_pronoun(l)
        || is_determiner(l)
        || matches!(l, "some" | "many" | "most")
}

/// An article or a possessive opening a noun phrase.
fn is_determiner(l: &str) -> bool {
    matches!(l, "the" | "a" | "an" | "his" | "her" | "their" | "its")
}

/// `..., implicitly putting his name on the line`: a participle clause
/// after a comma comments on the statement; it is not part of it. Unless
/// quoted words follow: `..., calling them "very boring"` still quotes
/// the speaker.
fn opens_participle_clause(c: &Ctx, sent: &Range<usize>, k: usize) -> bool {
    let from = k;
    let mut k = k;
    if c.lower(k).ends_with("ly") && k + 1 < sent.end && c.is_word(k + 1) {
        k += 1;
    }
    let l = c.lower(k);
    // The participle's object or preposition: `putting his`, `engaging
    // in`; `housing and` is a noun in a list.
    let takes_object = k + 1 < sent.end
        && c.is_word(k + 1)
        && (is_determiner(c.lower(k + 1))
            || matches!(
                c.lower(k + 1),
                "him" | "them" | "it" | "in" | "to" | "on" | "with" | "that" | "what"
            ));
    l.len() > 5
        && l.ends_with("ing")
        && takes_object
        && !c.is_cap(k)
        && !c.toks[k].in_quote
        && !matches!(
            l,
            "including"
                | "according"
                | "during"
                | "something"
                | "nothing"
                | "anything"
                | "everything"
                | "being"
                | "regarding"
                | "concerning"
                | "excluding"
                | "following"
                | "pending"
                | "notwithstanding"
                | "considering"
        )
        // (Bounded: a clause is looked at, not a megabyte-long sentence.)
        && !(from..sent.end.min(from + MAX_CLAUSE_TOKENS)).any(|m| c.toks[m].in_quote)
}

/// Whether a speaker phrase and its cue open at `at`: `three-quarters
/// said`, `more than 4 in 10 said`, `others have said`.
fn frame_follows(c: &Ctx, sent: &Range<usize>, at: usize) -> bool {
    let Some(cue) = (at + 1..(at + 8).min(sent.end))
        .take_while(|&m| c.is_word(m) && !c.toks[m].in_quote)
        .find(|&m| {
            !c.is_cap(m)
                && matches!(
                    c.lower(m),
                    "said" | "say" | "says" | "told" | "tell" | "added" | "argued" | "noted"
                )
        })
    else {
        return false;
    };
    let mut end = cue - 1;
    if end > at && matches!(c.lower(end), "have" | "has" | "had") {
        end -= 1;
    }
    // (`and what he said`, `but in a later interview said`: no frame.)
    if is_preposition(c.lower(at))
        || (at..=end).any(|m| matches!(c.lower(m), "what" | "who" | "which" | "that" | "to"))
    {
        return false;
    }
    phrase_back(c, at, end).is_some_and(|s| s.first <= at + 2)
}

/// `Police say he posed a threat and refused ...`: after a cue in the
/// present, a verb in the past belongs to the reported clause, not to the
/// speaker.
fn present_cue_before(c: &Ctx, sent: &Range<usize>, from: usize) -> bool {
    (from.saturating_sub(6).max(sent.start)..from)
        .rev()
        .find(|&k| c.is_word(k) && !c.toks[k].in_quote && lexicon::is_cue(c.lower(k)))
        .is_some_and(|k| {
            matches!(
                c.lower(k),
                "say"
                    | "says"
                    | "tell"
                    | "tells"
                    | "argue"
                    | "argues"
                    | "claim"
                    | "claims"
                    | "insist"
                    | "insists"
            )
        })
}

/// The last clause of a token range: after its last `, but` or `;`.
fn last_clause_start(c: &Ctx, a: usize, b: usize) -> usize {
    let a = a.max(b.saturating_sub(MAX_CLAUSE_TOKENS));
    (a + 1..b)
        .rev()
        .find(|&k| {
            !c.toks[k].in_quote
                && (c.is_punct(k, ";")
                    || (c.is_word(k) && c.lower(k) == "but" && c.is_punct(k - 1, ",")))
        })
        .map_or(a, |k| k + 1)
}

/// Trims punctuation off both ends of a token range and makes it a span
/// of at least three words.
fn clause_span(c: &Ctx, a: usize, b: usize) -> Option<Span> {
    clause_span_of(c, a, b, 3)
}

fn clause_span_of(c: &Ctx, a: usize, b: usize, min_words: usize) -> Option<Span> {
    let (mut a, mut b) = (a, b);
    while a < b && !c.is_word(a) && !c.is_quote_mark(a) {
        a += 1;
    }
    while b > a && !c.is_word(b - 1) && !c.is_quote_mark(b - 1) && !c.toks[b - 1].in_quote {
        b -= 1;
    }
    let words = (a..b).filter(|&k| c.is_word(k)).count();
    (words >= min_words).then(|| c.span(a, b - 1))
}

fn words_in(c: &Ctx, r: Range<usize>, in_quote: bool) -> usize {
    // (Summed, not filtered: whether a token is a word in or out of quotes
    // follows no pattern a branch predictor learns.)
    c.toks[r]
        .iter()
        .map(|t| usize::from((t.kind == TokKind::Word) & (t.in_quote == in_quote)))
        .sum()
}

/// The quote regions of a unit that lie in a sentence.
fn regions_in<'a>(unit: &'a Unit, sent: &Range<usize>) -> std::slice::Iter<'a, QuoteRegion> {
    // Regions are in text order: a binary search finds the sentence's.
    let lo = unit.regions.partition_point(|r| r.open < sent.start);
    let hi = unit.regions.partition_point(|r| r.open < sent.end);
    unit.regions[lo..hi].iter()
}

/// Bounds on how far a rule looks, in tokens: they keep every rule's cost
/// constant per cue, so a megabyte-long sentence stays linear.
const MAX_CLAUSE_TOKENS: usize = 300;
const MAX_TAIL_TOKENS: usize = 40;
/// How many earlier statements of a sentence a new one is checked against.
const PRODUCED_WINDOW: usize = 16;

/// Whether `span` overlaps one of the last statements a sentence's cues
/// produced (a word inside one is no cue; a quotation in one is no second
/// statement).
fn recently_produced(produced: &[Span], span: Span) -> bool {
    produced
        .iter()
        .rev()
        .take(PRODUCED_WINDOW)
        .any(|p| p.overlaps(span))
}

/// Finds every quote of an article's units, in order.
pub fn find_quotes(text: &str, units: &[Unit]) -> Vec<Found> {
    let mut found: Vec<Found> = Vec::new();
    // The last attributed quote: (index in found, unit, sentences since).
    let mut last: Option<(usize, usize)> = None;
    for (u, unit) in units.iter().enumerate() {
        let c = Ctx {
            text,
            toks: &unit.toks,
            lowers: &unit.lowers,
        };
        if let Some(f) = colon_attribution(&c, unit).or_else(|| colon_quotation(&c, unit)) {
            found.push(f);
            last = Some((found.len() - 1, u));
            continue;
        }
        // `She said:` closing the paragraph before, and this one quotes.
        if u > 0
            && let Some(first) = unit.regions.first().filter(|r| r.open == 0)
            && let Some((cue, speaker)) = colon_intro(text, &units[u - 1])
        {
            found.push(Found::framed(QuoteKind::Direct, first.inner, cue, &speaker));
            last = Some((found.len() - 1, u));
            if unit.regions.len() == 1 {
                continue;
            }
        }
        for (si, sent) in unit.sentences.iter().enumerate() {
            let before = found.len();
            dash_attribution(&c, unit, sent, &mut found);
            if found.len() > before {
                last = Some((found.len() - 1, u));
                continue;
            }
            sentence_quotes(&c, unit, sent, &mut found);
            if found.len() > before {
                if title_case::is_title_case(c.toks, sent) {
                    for f in &mut found[before..] {
                        f.title_case = true;
                    }
                }
                // `Cruz exhorted Republicans to "vote your conscience" and
                // said ...`: a quotation before the first frame, outside
                // what the frames report, is the subject's too.
                let frame_start = found[before..]
                    .iter()
                    .flat_map(|f| [Some(f.content.start), f.cue.map(|q| q.start)])
                    .flatten()
                    .min()
                    .unwrap_or(usize::MAX);
                let until = (sent.start..sent.end)
                    .find(|&k| c.toks[k].span().start >= frame_start)
                    .unwrap_or(sent.end);
                if regions_in(unit, sent).any(|r| r.close.is_some_and(|close| close < until)) {
                    let mut early = Vec::new();
                    subject_quote(&c, unit, u, sent, until, &mut early);
                    found.splice(before..before, early);
                }
                let question = asked_question(&c, unit, sent, &found[before..]);
                // A quotation that follows continues what was quoted, not
                // what was reported: `"Q1," Clark said, noting X. "Q2."`.
                let made = &found[before..];
                last = made
                    .iter()
                    .rposition(|f| f.mention.is_some() && f.kind == QuoteKind::Direct)
                    .or_else(|| made.iter().rposition(|f| f.mention.is_some()))
                    .map(|k| (before + k, u))
                    .or(last);
                // (In its place among the sentence's quotes; never the last
                // speaker a quotation continues.)
                if let Some(q) = question {
                    let at = before
                        + found[before..]
                            .iter()
                            .filter(|f| f.content.start < q.content.start)
                            .count();
                    found.insert(at, q);
                    if let Some((li, _)) = &mut last
                        && *li >= at
                    {
                        *li += 1;
                    }
                }
                continue;
            }
            // A quote sentence with no cue continues the last speaker.
            let quoted = words_in(&c, sent.clone(), true);
            let plain = words_in(&c, sent.clone(), false);
            // `"Q1." "Q2," she said.`: Q1 belongs to the next sentence's cue.
            if quoted >= 3
                && plain <= 2
                && let Some(next) = unit.sentences.get(si + 1)
            {
                let mut ahead = Vec::new();
                sentence_quotes(&c, unit, next, &mut ahead);
                if let Some(f) = ahead
                    .iter()
                    .find(|f| f.kind == QuoteKind::Direct && f.cue.is_some())
                {
                    for r in regions_in(unit, sent) {
                        found.push(Found {
                            content: r.inner,
                            ..f.clone()
                        });
                    }
                    continue;
                }
            }
            // (A long quotation that opens the sentence continues it too,
            // with a few words of the writer's after it: `"Q2" in the
            // debate that ...`.)
            let opens_with_quote = || {
                regions_in(unit, sent)
                    .next()
                    .is_some_and(|r| (sent.start..r.open).all(|k| !c.is_word(k)))
            };
            if quoted >= 3
                && (plain <= 2 || (quoted >= 3 * plain && opens_with_quote()))
                && let Some((li, lu)) = last
                && u - lu <= 2
            {
                // (The speaker goes on into the next paragraph; the
                // statement past an open quotation mark, or when the
                // paragraph opens with more of the words just quoted:
                // PolNeAR makes two in three of those one statement.)
                let continues_statement = lu == u
                    || (u == lu + 1 && units[lu].regions.last().is_some_and(|r| r.close.is_none()))
                    || (u == lu + 1 && si == 0 && found[li].kind == QuoteKind::Direct);
                let continues_speaker = u - lu <= 1;
                for r in regions_in(unit, sent) {
                    found.push(Found {
                        kind: QuoteKind::Direct,
                        content: r.inner,
                        cue: if continues_statement {
                            found[li].cue
                        } else {
                            None
                        },
                        mention: if continues_speaker {
                            found[li].mention
                        } else {
                            None
                        },
                        phrase: None,
                        inherits: Some(li),
                        title_case: false,
                    });
                }
                continue;
            }
            if quoted > 0 {
                subject_quote(&c, unit, u, sent, sent.end, &mut found);
            }
        }
    }
    found
}

/// `Asked whether she would run, Warren said no.`, `"No," she said when
/// asked why.`: the question put to a speaker is reported speech too,
/// from an asker the text seldom names (PolNeAR marks 54 of 64 sentences
/// opening `Asked` on train, and 34 of 48 `when asked`). It runs to the
/// comma before the answer's frame (its speaker or cue) or, after the
/// answer, to the sentence's end; so the answer must have been found.
fn asked_question(c: &Ctx, unit: &Unit, sent: &Range<usize>, answers: &[Found]) -> Option<Found> {
    let opening = sent.start + 1 < sent.end
        && c.is_word(sent.start)
        && c.is_cap(sent.start)
        && c.lower(sent.start) == "asked";
    // (Asked of every sentence with a quote: a byte search rules out
    // nearly all before any token is looked at.)
    static ASKED: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("asked"));
    let a = if opening {
        sent.start
    } else {
        let words = c.span(sent.start, sent.end - 1);
        ASKED.find(c.text[words.range()].as_bytes())?;
        (sent.start + 1..sent.end).find(|&k| {
            c.lower(k) == "asked"
                && !c.toks[k].in_quote
                && c.is_word(k - 1)
                && c.lower(k - 1) == "when"
        })?
    };
    let at = c.toks[a].span().start;
    let frames = || {
        answers
            .iter()
            .flat_map(|f| [f.phrase, f.mention, f.cue])
            .flatten()
            .map(|s| s.start)
    };
    let end = match frames().filter(|&s| s > at).min() {
        Some(frame) => {
            let comma = (a + 1..sent.end)
                .take_while(|&k| c.toks[k].span().start < frame)
                .filter(|&k| c.is_punct(k, ","))
                .last()?;
            // (Only closing marks between the comma and the frame.)
            let next_word = (comma + 1..sent.end).find(|&k| c.is_word(k))?;
            if c.toks[next_word].span().start != frame {
                return None;
            }
            // (A comma inside the quotation closes the question with it.)
            if c.toks[comma].in_quote && c.is_quote_mark(comma + 1) {
                comma + 2
            } else {
                comma
            }
        }
        None if frames().next().is_some() => sent.end,
        None => return None,
    };
    // (`Asked by Stephanopoulos to respond`: the asker is named.)
    // (It ends where the question opens: `by a reporter whether`.)
    let asker = (a + 1 < end && c.is_word(a + 1) && c.lower(a + 1) == "by")
        .then(|| {
            let opens_question = |k: usize| {
                matches!(
                    c.lower(k),
                    "whether"
                        | "if"
                        | "about"
                        | "to"
                        | "what"
                        | "why"
                        | "how"
                        | "who"
                        | "whom"
                        | "which"
                        | "where"
                        | "when"
                )
            };
            let hi = (a + 2..end).find(|&k| opens_question(k)).unwrap_or(end);
            phrase_forward(c, a + 2, hi)
        })
        .flatten();
    let content = clause_span_of(c, asker.as_ref().map_or(a + 1, |s| s.last + 1), end, 1)?;
    if answers.iter().any(|f| f.content.overlaps(content)) {
        return None;
    }
    let quoted = regions_in(unit, sent).any(|r| content.overlaps(r.inner));
    Some(Found {
        kind: if quoted {
            QuoteKind::Mixed
        } else {
            QuoteKind::Indirect
        },
        content,
        cue: Some(c.toks[a].span()),
        mention: asker.as_ref().map(|s| s.mention),
        phrase: asker.as_ref().map(|s| s.phrase),
        inherits: None,
        title_case: false,
    })
}

/// Whether a quotation's words are a title's: each capitalised but the
/// small words titles leave in lower case (`The View`, `Parks and
/// Recreation`, `Sharknado 3: Oh Hell No!`).
fn names_a_title(c: &Ctx, r: &QuoteRegion) -> bool {
    let Some(close) = r.close else {
        return false;
    };
    let mut words = (r.open + 1..close).filter(|&k| c.is_word(k)).peekable();
    words.peek().is_some_and(|&k| c.is_cap(k))
        && words.all(|k| {
            c.is_cap(k)
                || c.lower(k).starts_with(|ch: char| ch.is_ascii_digit())
                || matches!(
                    c.lower(k),
                    "a" | "an"
                        | "the"
                        | "and"
                        | "of"
                        | "in"
                        | "on"
                        | "for"
                        | "with"
                        | "to"
                        | "at"
                        | "by"
                        | "or"
                        | "from"
                )
        })
}

/// A quotation in a sentence with no reporting verb: `Reid has been
/// pounding Trump as a "con artist"`. The sentence's subject said it; the
/// statement runs from after the verb to the end of the quotation.
fn subject_quote(
    c: &Ctx,
    unit: &Unit,
    u: usize,
    sent: &Range<usize>,
    until: usize,
    found: &mut Vec<Found>,
) {
    let Some(region) = regions_in(unit, sent).rfind(|r| r.close.is_some_and(|close| close < until))
    else {
        return;
    };
    let last = region.close.unwrap_or(region.open);
    // A quoted title is no one's words: `leads “America with Jorge
    // Ramos”`, `stars in “Girls, Girls, Girls”`; but a name or slogan
    // the subject gives is (`the nickname “Lyin’ Ted”`, `what he called
    // the Soviet “Evil Empire”`, `a goal of “Peace Through Strength”`).
    let given = (region.open.saturating_sub(3).max(sent.start)..region.open).any(|k| {
        c.is_word(k)
            && (names_quoted(c.lower(k))
                || matches!(
                    c.lower(k),
                    "nickname" | "slogan" | "motto" | "mantra" | "chant" | "goal" | "message"
                ))
    });
    if !given && names_a_title(c, region) {
        return;
    }
    let Some(subject) = sentence_subject(c, sent) else {
        return;
    };
    // Only a named or personal subject: not "The two", "Check out",
    // "Twenty-two years ago".
    let first = c.lower(subject.first);
    let head = first.split('-').next().unwrap_or(first);
    let number = is_number_word(head)
        || matches!(
            head,
            "eleven"
                | "twelve"
                | "twenty"
                | "thirty"
                | "forty"
                | "fifty"
                | "sixty"
                | "seventy"
                | "eighty"
                | "ninety"
                | "hundred"
                | "hundreds"
                | "thousands"
                | "dozens"
        )
        || is_quantifier(head);
    if number {
        return;
    }
    let named = (c.is_cap(subject.last)
        // `Clinton's campaign`, `Trump aides`: a named group.
        || (is_role_or_group(c.lower(subject.last))
            && (subject.first..subject.last).any(|k| c.is_cap(k))))
        && (opens_name(first) || matches!(first, "former" | "retired" | "acting"));
    if u == 0 || !(named || matches!(first, "he" | "she" | "they")) {
        return;
    }
    // The verb: the first lowercase word after the subject, a parenthesis
    // (`Harry Reid (D-Nev.)`) and its auxiliaries and adverbs.
    let mut v = subject.last + 1;
    if v < sent.end && c.is_punct(v, "(") {
        v = (v..sent.end.min(v + 10))
            .find(|&k| c.is_punct(k, ")"))
            .map_or(v, |k| k + 1);
    }
    let mut auxiliary = false;
    while v < sent.end
        && c.is_word(v)
        && (BETWEEN.contains(c.lower(v)) || is_adverb(c.lower(v)) || c.lower(v) == "been")
    {
        auxiliary |= matches!(c.lower(v), "has" | "have" | "had" | "been" | "is" | "was");
        v += 1;
    }
    let verb = if v < sent.end { c.lower(v) } else { "" };
    // (`They had guns at the ready`: after an auxiliary an -s word is a
    // noun.)
    let verb_like = verb.ends_with("ed")
        || (verb.ends_with('s') && !verb.ends_with("ss") && !auxiliary)
        || (auxiliary && (verb.ends_with("ing") || is_irregular_participle(verb)))
        || lexicon::is_cue(verb);
    if v >= sent.end
        || !c.is_word(v)
        || c.is_cap(v)
        || c.toks[v].in_quote
        || STOPS.contains(verb)
        || !verb_like
    {
        return;
    }
    let Some(content) = clause_span(c, v + 1, last + 1) else {
        return;
    };
    found.push(Found::framed(
        QuoteKind::Mixed,
        content,
        c.toks[v].span(),
        &subject,
    ));
}

/// Past participles not ending in -ed, as after `has` or `was`.
fn is_irregular_participle(w: &str) -> bool {
    matches!(
        w,
        "gone"
            | "done"
            | "made"
            | "taken"
            | "given"
            | "written"
            | "spoken"
            | "told"
            | "held"
            | "kept"
            | "brought"
            | "sent"
            | "put"
            | "set"
            | "won"
            | "found"
            | "shown"
            | "known"
            | "thrown"
            | "drawn"
            | "seen"
            | "led"
            | "taught"
            | "sought"
    )
}

/// A unit ending `S V:` introduces a quotation in the next one.
fn colon_intro(text: &str, unit: &Unit) -> Option<(Span, Speaker)> {
    let c = Ctx {
        text,
        toks: &unit.toks,
        lowers: &unit.lowers,
    };
    let n = unit.toks.len();
    if n < 3 || !c.is_punct(n - 1, ":") || c.toks[n - 1].in_quote {
        return None;
    }
    let cue = n - 2;
    if !c.is_word(cue) || !lexicon::is_cue(c.lower(cue)) {
        return None;
    }
    let sent = unit.sentences.last()?;
    let (speaker, _) = speaker_of_cue(&c, sent, cue)?;
    Some((c.toks[cue].span(), speaker))
}

/// `"Q" ― Name`: a quote signed with a dash, as in reader comments.
fn dash_attribution(c: &Ctx, unit: &Unit, sent: &Range<usize>, found: &mut Vec<Found>) {
    for r in regions_in(unit, sent) {
        let Some(close) = r.close else { continue };
        let dash = close + 1;
        if dash + 1 >= sent.end
            || !matches!(c.s(dash), "―" | "—" | "–" | "-")
            || !c.is_cap(dash + 1)
        {
            continue;
        }
        let Some(s) = phrase_forward(c, dash + 1, sent.end) else {
            continue;
        };
        if !ends_phrase(c, sent, s.last + 1) {
            continue;
        }
        found.push(Found::framed(
            QuoteKind::Direct,
            r.inner,
            c.toks[dash].span(),
            &s,
        ));
    }
}

/// `Republican pollster Daron Shaw: "..."`, `Rep. Trey Gowdy (R-S.C.):
/// "..."`: a paragraph that is a named person's phrase, a colon and one
/// quotation to its end (an article quoting an exchange or a report).
fn colon_quotation(c: &Ctx, unit: &Unit) -> Option<Found> {
    let toks = &unit.toks;
    // (Asked of every paragraph: its one quotation is asked first.)
    let [r] = unit.regions.as_slice() else {
        return None;
    };
    let close = r.close?;
    let colon = r.open.checked_sub(1)?;
    if colon == 0
        || colon >= 14
        || !c.is_punct(colon, ":")
        || (1..colon).any(|k| c.is_punct(k, ":"))
        || (close + 1..toks.len()).any(|k| c.is_word(k))
    {
        return None;
    }
    // (Past a party tag: `Gowdy (R-S.C.)`.)
    let mut end = colon - 1;
    if c.is_punct(end, ")")
        && let Some(open) = (end.saturating_sub(6)..end).rfind(|&k| c.is_punct(k, "("))
    {
        end = open.checked_sub(1)?;
    }
    // (Not a headline: `Warren Hammers Wells Fargo CEO: "..."`.)
    if title_case::is_title_case(toks, &(0..toks.len())) {
        return None;
    }
    let s = phrase_back(c, 0, end)?;
    let named = c.is_cap(s.last)
        && (s.first..=s.last)
            .any(|k| c.is_cap(k) && lexicon::first_name_gender(c.lower(k)).is_some());
    // (Not `Williams added about Carson:`, `Continued Stone:`: a cue's
    // frame, which the sentence's rules read.)
    if !named
        || (0..s.first).any(|k| c.is_word(k) && !c.is_cap(k))
        || (0..colon).any(|k| c.is_word(k) && lexicon::is_cue(c.lower(k)))
    {
        return None;
    }
    Some(Found::framed(
        QuoteKind::Direct,
        r.inner,
        toks[colon].span(),
        &s,
    ))
}

/// `NAME: words` opening a title or paragraph (interviews, headlines).
fn colon_attribution(c: &Ctx, unit: &Unit) -> Option<Found> {
    let toks = &unit.toks;
    let quoted = !toks.is_empty() && c.is_quote_mark(0);
    let from = usize::from(quoted);
    let colon = (from + 1..toks.len().min(from + 6)).find(|&k| c.is_punct(k, ":"))?;
    if !(from..colon).all(|k| c.is_cap(k) || c.is_punct(k, ".")) || colon + 3 > toks.len() {
        return None;
    }
    if lexicon::NOT_NAMES.contains(c.lower(from)) {
        return None;
    }
    // A speaker, not a kicker ("Stealth Over Health:", "Correction:"): one
    // word, a shouted name (WALLACE:), or a name with a first name.
    let words: Vec<usize> = (from..colon).filter(|&k| c.is_word(k)).collect();
    let shouted = words
        .iter()
        .all(|&k| !c.s(k).chars().any(char::is_lowercase));
    // The first name opens the name (after a role): "Rush Limbaugh:", not
    // a kicker that holds a word which is also a name ("Veto Power Impedes
    // Peace Efforts:").
    let has_first_name = words.len() <= 4
        && words
            .iter()
            .find(|&&k| !lexicon::ROLE_WORDS.contains(c.lower(k)))
            .is_some_and(|&k| lexicon::first_name_gender(c.lower(k)).is_some());
    let kicker = matches!(
        c.lower(from),
        "correction"
            | "clarification"
            | "update"
            | "updated"
            | "editor"
            | "note"
            | "watch"
            | "related"
            | "source"
            | "sources"
            | "photo"
            | "video"
            | "breaking"
            | "exclusive"
            | "analysis"
            | "opinion"
            | "read"
            | "see"
            | "via"
            | "credit"
            | "listen"
            | "transcript"
    );
    if kicker || !(words.len() == 1 || shouted || has_first_name) {
        return None;
    }
    let speaker = c.span(from, colon - 1);
    let content = clause_span(c, colon + 1, toks.len())?;
    // Quoted words inside the line make it mixed; marks around the whole
    // paragraph, speaker and all (an article quoting a transcript), do
    // not: only marks after the colon and before the last token count.
    let quotes_inside = (colon + 1..toks.len() - 1).any(|k| c.is_quote_mark(k));
    Some(Found {
        kind: if quotes_inside {
            QuoteKind::Mixed
        } else {
            QuoteKind::Indirect
        },
        content,
        cue: Some(toks[colon].span()),
        mention: Some(speaker),
        phrase: Some(speaker),
        inherits: None,
        title_case: title_case::is_title_case(toks, &(0..toks.len())),
    })
}

fn sentence_quotes(c: &Ctx, unit: &Unit, sent: &Range<usize>, found: &mut Vec<Found>) {
    // Words in and out of quotation marks, counted for the first cue (most
    // sentences have none).
    let mut counts: Option<(usize, usize)> = None;
    let mut produced: Vec<Span> = Vec::new();
    let mut main_speaker: Option<Speaker> = None;
    let mut k = sent.start;
    while k < sent.end {
        let i = k;
        k += 1;
        if c.toks[i].in_quote || !c.is_word(i) {
            continue;
        }
        let l = c.lower(i);
        let according = l == "according" && i + 1 < sent.end && c.lower(i + 1) == "to";
        // (A naming verb only where the paragraph has quotation marks:
        // this is asked of every word.)
        if !(according
            || lexicon::is_cue(l)
            || (!unit.regions.is_empty() && names_when_quoted(l) && calls_quoted(c, sent, i))
            || (!unit.regions.is_empty()
                && speaks_when_quoted(l)
                && quote_opens_within(c, sent, i, 7))
            || (matches!(l, "read" | "reads") && a_text_reads(c, sent, i)))
        {
            continue;
        }
        // Cues are verbs, written in lower case ("the Islamic State" is no
        // cue) except in title-case headlines.
        // (But `Said Ellis: "..."` opens a sentence inverted.)
        let inverted_opening =
            i == sent.start && matches!(l, "said" | "says") && i + 1 < sent.end && c.is_cap(i + 1);
        if !according
            && !inverted_opening
            && c.is_cap(i)
            && !title_case::is_title_case(c.toks, sent)
        {
            continue;
        }
        // `continue` reports only when words follow it: `he continued: ...`.
        // (`"Q," she continued.` too: a quotation just closed before it.)
        if matches!(l, "continue" | "continued" | "continues")
            && !(i + 1 < sent.end
                && (c.is_punct(i + 1, ":") || c.is_punct(i + 1, ",") || c.is_quote_mark(i + 1)))
            && !(i.saturating_sub(3).max(sent.start)..i).any(|k| c.is_quote_mark(k))
        {
            continue;
        }
        // `Having said that, ...` and `Additional reporting by ...` report
        // nothing.
        if (i > sent.start && c.is_word(i - 1) && c.lower(i - 1) == "having")
            || (l == "reporting" && i + 1 < sent.end && c.is_word(i + 1) && c.lower(i + 1) == "by")
        {
            continue;
        }
        // `report`, `reporting` are mostly nouns (`a report published
        // Wednesday`, `D.C. reporting`): a cue only before `that`.
        if matches!(l, "report" | "reporting")
            && !(i + 1 < sent.end && c.is_word(i + 1) && c.lower(i + 1) == "that")
        {
            continue;
        }
        // `pointed out that`, `pointed to`; not `pointed a gun`.
        if l == "pointed"
            && !(i + 1 < sent.end && c.is_word(i + 1) && matches!(c.lower(i + 1), "out" | "to"))
        {
            continue;
        }
        // `did not respond to requests` reports nothing.
        if l.starts_with("respond")
            && i + 1 < sent.end
            && c.is_word(i + 1)
            && c.lower(i + 1) == "to"
        {
            continue;
        }
        if recently_produced(&produced, c.toks[i].span()) {
            continue;
        }
        let cue_end = if according || l == "pointed" {
            i + 2
        } else {
            i + 1
        };
        let cue = c.span(i, cue_end - 1);
        let mut continues_speaker = false;
        // `S spoke out about the death in Tulsa, Oklahoma, arguing that`:
        // a participle after a comma continues the sentence's speaker, not
        // the noun just before it.
        let continues_subject = is_participle_cue(l)
            && i > sent.start
            && c.is_punct(i - 1, ",")
            && main_speaker.or_else(|| sentence_subject(c, sent)).is_some();
        let found_speaker = if continues_subject {
            None
        } else {
            quoted_as_saying(c, sent, i).or_else(|| speaker_of_cue(c, sent, i))
        };
        // `she said at a news conference announcing that ...`: a participle
        // after a thing, not a person, continues the sentence's speaker.
        let found_speaker = found_speaker.filter(|(s, _)| {
            !(is_participle_cue(l)
                && main_speaker.is_some()
                && !c.is_cap(s.last)
                && !lexicon::is_subject_pronoun(c.lower(s.last))
                && !is_role_or_group(c.lower(s.last)))
        });
        let (speaker, after) = match found_speaker {
            Some(s) => s,
            // `... and says he will expand the army`, `... but said`,
            // `..., then says`: a second verb of the sentence's subject.
            None if is_participle_cue(l) || second_verb(c, sent, i) || reports_on(c, sent, i) => {
                match main_speaker.or_else(|| sentence_subject(c, sent)) {
                    Some(s) => {
                        continues_speaker = main_speaker.is_some();
                        (s, false)
                    }
                    None => continue,
                }
            }
            None => continue,
        };
        // Cue words that are also plural nouns ("praised comments by") take
        // only a named or pronoun speaker.
        if matches!(
            l,
            "comments"
                | "remarks"
                | "claims"
                | "reports"
                | "tweets"
                | "notes"
                | "charges"
                | "posts"
                | "warnings"
                | "promises"
                | "demands"
                | "states"
                | "echoes"
                | "echo"
                | "echoed"
                | "replies"
                | "answers"
                | "statements"
        ) && !c.is_cap(speaker.last)
            && !lexicon::is_subject_pronoun(c.lower(speaker.last))
        {
            continue;
        }
        main_speaker.get_or_insert(speaker);
        let speaker_words = speaker.last + 1 - speaker.first;
        let frame = (speaker.first.min(i), speaker.last.max(cue_end - 1));
        let (quoted, plain) = *counts.get_or_insert_with(|| {
            (
                words_in(c, sent.clone(), true),
                words_in(c, sent.clone(), false),
            )
        });
        let mostly_quotes = quoted > 0 && plain <= speaker_words + 10 && quoted >= plain;
        // `"Q," Lavrov said, noting that ...`: the participle's clause is
        // its own statement, not the quote again.
        // A later cue in the sentence (`..., adding later, "Q2"`) takes the
        // quotations after it.
        // So does a later cue with a subject of its own (`"Q1," Cruz said
        // as the heckler yelled: "Q2"`).
        let next_cue = (cue_end..sent.end.min(cue_end + MAX_CLAUSE_TOKENS))
            .find(|&m| {
                !c.toks[m].in_quote && c.is_word(m) && {
                    let l = c.lower(m);
                    // (`reports_on` asked only of its verbs: this runs
                    // for every token after a cue.)
                    is_participle_cue(l) || is_reporting_infinitive(l) && reports_on(c, sent, m)
                }
            })
            .unwrap_or(sent.end);
        let speakers_cue = if mostly_quotes {
            next_speakers_cue(c, sent, cue_end)
        } else {
            sent.end
        };
        let next_cue = next_cue.min(speakers_cue);
        let direct: Vec<&QuoteRegion> = if continues_speaker {
            // The participle's own quotation, right after it.
            let in_sent = regions_in(unit, sent).as_slice();
            let after = in_sent.partition_point(|r| r.open <= cue_end);
            in_sent[after..]
                .iter()
                .take(1)
                .filter(|r| adjacent_to_frame(c, sent, r, (i, cue_end - 1)))
                .collect()
        } else if mostly_quotes {
            // (Not a title the frame goes on to name: `"Q," Rubio said
            // on ABC's "This Week."`)
            let titled_after_frame = |r: &QuoteRegion| {
                r.open > frame.1
                    && (frame.1 + 1..r.open).any(|k| c.is_word(k))
                    && names_a_title(c, r)
            };
            regions_in(unit, sent)
                .filter(|r| r.open < next_cue && !titled_after_frame(r))
                .collect()
        } else {
            // Only the quotations right before and right after the frame
            // can be beside it.
            let in_sent = regions_in(unit, sent).as_slice();
            let before = in_sent.partition_point(|r| r.open < frame.0);
            let after = in_sent.partition_point(|r| r.open <= frame.1);
            let near = before
                .checked_sub(1)
                .into_iter()
                .chain((after < in_sent.len()).then_some(after));
            near.map(|k| &in_sent[k])
                .filter(|r| adjacent_to_frame(c, sent, r, frame))
                .collect()
        };
        // (A sentence of quotes whose quotations all follow another
        // speaker's cue: that cue's.)
        if mostly_quotes && direct.is_empty() && speakers_cue < sent.end {
            continue;
        }
        // Direct: quotes beside the frame (`"Q," S V` / `S V: "Q"`), or
        // a sentence of quotes plus a short frame.
        if !direct.is_empty() {
            for r in direct {
                if recently_produced(&produced, r.inner) {
                    continue;
                }
                // `S said that, "Q" against ...`: the quote opens a longer
                // reported clause, which is the statement.
                let trailing = r.close.map_or(0, |close| {
                    (close + 1..sent.end)
                        .take_while(|&m| !c.toks[m].in_quote)
                        .filter(|&m| c.is_word(m))
                        .count()
                });
                // (`said “We’ll see,” when asked ...`: a quotation closed on
                // its own comma is a whole utterance.)
                let utterance = r.close.is_some_and(|close| {
                    close > r.open + 1
                        && matches!(c.s(close - 1), "," | "." | "?" | "!")
                        && close + 1 < sent.end
                        && c.is_word(close + 1)
                        && matches!(
                            c.lower(close + 1),
                            "when" | "as" | "while" | "after" | "before" | "until" | "and"
                        )
                });
                if r.open >= cue_end && trailing >= 3 && !mostly_quotes && !utterance {
                    let start = content_start(c, sent, cue_end);
                    if let Some(content) = clause_span(c, start, content_end(c, sent, start)) {
                        found.push(Found::framed(QuoteKind::Mixed, content, cue, &speaker));
                        produced.push(content);
                        continue;
                    }
                }
                // `With so many systems, "there is no single point of
                // failure," he said.`: words before the sentence's first
                // quotation open the statement.
                let lead_in = mostly_quotes
                    && r.open > sent.start
                    && !c.is_punct(r.open - 1, ":")
                    && regions_in(unit, sent)
                        .next()
                        .is_some_and(|first| first.open == r.open)
                    && r.close.is_some_and(|close| close < frame.0)
                    && !names_a_title(c, r)
                    && (sent.start..r.open).any(|k| c.is_word(k));
                if lead_in
                    && let Some(close) = r.close
                    && let Some(content) = clause_span_of(c, sent.start, close + 1, 1)
                {
                    found.push(Found::framed(QuoteKind::Mixed, content, cue, &speaker));
                    produced.push(content);
                    continue;
                }
                found.push(Found::framed(QuoteKind::Direct, r.inner, cue, &speaker));
                produced.push(r.inner);
                // `chanting "We are Orlando" and "Disarm hate."`: a second
                // quotation joined by `and` is more of the statement.
                if let Some(close) = r.close
                    && close + 2 < sent.end
                    && c.is_word(close + 1)
                    && matches!(c.lower(close + 1), "and" | "or")
                    && let Some(next) = regions_in(unit, sent).find(|q| {
                        q.open == close + 2 || (q.open == close + 3 && c.is_punct(close + 2, ","))
                    })
                    && !recently_produced(&produced, next.inner)
                {
                    found.push(Found::framed(QuoteKind::Direct, next.inner, cue, &speaker));
                    produced.push(next.inner);
                }
            }
            k = k.max(cue_end);
            continue;
        }
        // Reported clause.
        let relative = speaker.first > sent.start
            && c.is_word(speaker.first - 1)
            && matches!(c.lower(speaker.first - 1), "which" | "that" | "who");
        // `what he told me is ...`: a free relative reports no clause.
        if speaker.first > sent.start
            && c.is_word(speaker.first - 1)
            && c.lower(speaker.first - 1) == "what"
        {
            continue;
        }
        let mut frame_inside = false;
        // Where the clause before the speaker starts, past an opening
        // phrase (`In Ohio, the turnout was high, officials said.`); a long
        // opening up to the speaker is the clause itself (`Seeing his
        // brother suffer led him to avoid alcohol, he said.`).
        let clause_from = if opens_with_intro(c, sent) {
            match (sent.start..speaker.first).find(|&k| c.is_punct(k, ",") && !c.toks[k].in_quote) {
                Some(k)
                    if k + 1 == speaker.first
                        && words_in(c, sent.start..k, false) >= 6
                        && ends_sentence(c, sent, cue_end) =>
                {
                    sent.start
                }
                Some(k) => k + 1,
                None => sent.end,
            }
        } else {
            sent.start
        };
        let content = if according {
            // (After an opening parenthesis or `But`: `(According to the
            // police, it keeps no statistics.)`.)
            if (past_conjunction(c, sent)..i).all(|k| !c.is_word(k)) {
                // According to S, CLAUSE. (Not when the clause has its own
                // frame: `According to Yahoo News, spokesman Jesse Lehrich
                // said ...` is Lehrich's.)
                let comma = (speaker.last + 1..sent.end).find(|&k| c.is_punct(k, ","));
                let own_frame = comma.is_some_and(|m| {
                    (m + 1..sent.end.min(m + 12)).any(|k| {
                        c.is_word(k)
                            && !c.toks[k].in_quote
                            && !c.is_cap(k)
                            && matches!(c.lower(k), "said" | "says" | "told" | "wrote" | "added")
                    })
                });
                comma
                    .filter(|_| !own_frame)
                    .and_then(|m| clause_span(c, m + 1, sent.end))
            } else if let Some(content) = according_inside(c, sent, &speaker, i) {
                frame_inside = true;
                Some(content)
            } else {
                let before = if i > sent.start && c.is_punct(i - 1, ",") {
                    i - 1
                } else {
                    i
                };
                clause_span(c, last_clause_start(c, sent.start, before), before)
            }
        } else if let Some(content) = (!continues_speaker)
            .then(|| parenthetical(c, sent, &speaker, cue_end))
            .flatten()
        {
            frame_inside = true;
            Some(content)
        } else if relative {
            // `..., which he said were accompanied by ...`
            let start = content_start(c, sent, cue_end);
            clause_span(c, start, content_end(c, sent, start))
        } else if !continues_speaker
            && (after
                || ((ends_sentence(c, sent, cue_end) || participle_follows(c, sent, cue_end))
                    && speaker.first > clause_from
                    && (c.is_punct(speaker.first - 1, ",") || c.is_quote_mark(speaker.first - 1))
                    && (clause_from..speaker.first)
                        .rev()
                        .filter(|&k| c.is_word(k))
                        .take(3)
                        .count()
                        >= 3)
                || (clause_from < speaker.first
                    && clause_before_speaker(c, &(clause_from..sent.end), &speaker, cue_end)))
        {
            // CLAUSE, S V. / "Q," V S. / INTRO, CLAUSE, S V.
            let before = if after { i } else { speaker.first };
            let from = if after { sent.start } else { clause_from };
            clause_span(c, last_clause_start(c, from, before), before)
        } else {
            let start = content_start(c, sent, cue_end);
            // `warned Tehran against such a move` reports no statement.
            let warned_against = start > cue_end
                && start < sent.end
                && c.is_word(start)
                && matches!(
                    c.lower(start),
                    "against" | "about" | "of" | "on" | "over" | "for"
                );
            let mut end = content_end(c, sent, start);
            // `Although he said that X, he appears ...`: a frame inside a
            // subordinate clause reports up to the comma where the main
            // clause begins.
            if let Some(main) = main_clause_after(c, sent, &speaker, start, end) {
                end = main;
            }
            // `called X a "Q" on Friday`: what was called ends with the quote.
            // (`called on the council to "act now" and ...` asks; it names
            // nothing.)
            let calls_on = cue_end < sent.end
                && c.is_word(cue_end)
                && matches!(c.lower(cue_end), "on" | "for" | "up" | "out" | "off" | "in");
            if names_quoted(l)
                && !calls_on
                && let Some(close) = regions_in(unit, sent)
                    .filter(|r| r.open >= start)
                    .filter_map(|r| r.close)
                    .rfind(|&close| close < end)
            {
                end = close + 1;
            }
            // `said in his interview.`, `said as he entered`, `said as
            // much`, `said the same thing`: no clause is reported.
            let first = (start < sent.end && c.is_word(start)).then(|| c.lower(start));
            let adjunct = matches!(l, "said" | "says" | "say" | "added")
                && first.is_some_and(|l| {
                    matches!(
                        l,
                        "in" | "at" | "during" | "after" | "before" | "as" | "while" | "so"
                    ) && ends_sentence(c, sent, start)
                });
            let nothing =
                first == Some("as") && start + 1 < sent.end && c.lower(start + 1) == "much"
                    || first == Some("the")
                        && start + 1 < sent.end
                        && matches!(c.lower(start + 1), "same" | "opposite");
            // `maintained a lead`, `charged him with fraud`, `posted a
            // photo`: these verbs report only a clause or quoted words.
            let object_only = reports_only_a_clause(l)
                && !(start..end).any(|k| c.toks[k].in_quote)
                && !opens_clause(c, start, end);
            if warned_against || adjunct || nothing || object_only {
                None
            } else if names_quoted(l) && (start..end).any(|k| c.toks[k].in_quote) {
                // `called Trump “unhinged.”`: two words name enough.
                clause_span_of(c, start, end, 2)
            } else {
                clause_span(c, start, end)
            }
        };
        let Some(content) = content else { continue };
        // `Everything Trump says is a lie`, `reported from Washington, and
        // ...`: what follows the cue is no clause of the speaker's.
        let opener = c.text[content.range()]
            .split_whitespace()
            .next()
            .map(|w| w.to_lowercase());
        if content.start > c.toks[i].span().end && matches!(opener.as_deref(), Some("and" | "from"))
        {
            continue;
        }
        if content.contains(cue) && !frame_inside {
            continue;
        }
        let recent = produced.len().saturating_sub(PRODUCED_WINDOW);
        if let Some(p) = produced[recent..]
            .iter()
            .position(|p| p.overlaps(content))
            .map(|p| p + recent)
        {
            // Two cues for one clause: keep the clause, name the speaker
            // by name rather than description ("the minister said ...,
            // Tass quoted Sergei Lavrov as saying").
            let earlier = found.len() - produced.len() + p;
            let named = c.text[speaker.mention.range()]
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
            let was_named = found[earlier].mention.is_some_and(|m| {
                c.text[m.range()]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
                    && !c.text[m.range()].starts_with("The ")
            });
            if named && !was_named {
                found[earlier].mention = Some(speaker.mention);
                found[earlier].phrase = Some(speaker.phrase);
            }
            continue;
        }
        // `said that X and that Y`: Y is a second part of the statement,
        // with the same cue (as `"Q1," he said, "Q2"`).
        let mut part = Some((content, cue_end));
        while let Some((content, from)) = part {
            let has_quote = regions_in(unit, sent).any(|r| content.overlaps(r.inner));
            found.push(Found::framed(
                if has_quote {
                    QuoteKind::Mixed
                } else {
                    QuoteKind::Indirect
                },
                content,
                cue,
                &speaker,
            ));
            produced.push(content);
            part = coordinated_that_clause(c, sent, from, content);
        }
        k = k.max(cue_end);
    }
}

/// `read` reports the words of a written thing: `the email read`,
/// `"...," reads the sign`, not `he read the bill`.
fn a_text_reads(c: &Ctx, sent: &Range<usize>, i: usize) -> bool {
    let is_text = |k: usize| {
        c.is_word(k)
            && matches!(
                c.lower(k),
                "email"
                    | "e-mail"
                    | "letter"
                    | "sign"
                    | "signs"
                    | "message"
                    | "statement"
                    | "headline"
                    | "caption"
                    | "banner"
                    | "note"
                    | "memo"
                    | "post"
                    | "tweet"
                    | "text"
                    | "ad"
                    | "placard"
                    | "poster"
                    | "shirt"
                    | "t-shirt"
                    | "card"
                    | "release"
                    | "editorial"
                    | "lawsuit"
                    | "suit"
                    | "complaint"
                    | "filing"
                    | "order"
                    | "document"
                    | "petition"
                    | "resolution"
                    | "motion"
                    | "label"
                    | "invitation"
                    | "website"
                    | "page"
                    | "line"
                    | "plaque"
                    | "inscription"
                    | "slogan"
                    | "sticker"
                    | "flyer"
                    | "mailer"
                    | "report"
            )
    };
    // (The noun right before it, or after it past `the`, in inversion.)
    (i > sent.start && is_text(i - 1))
        || (i > sent.start
            && (c.is_quote_mark(i - 1) || c.is_punct(i - 1, ","))
            && (i + 1..sent.end.min(i + 5)).any(is_text))
}

/// The next cue after `cue_end` outside quotation marks, when another
/// speaker's frame opens it (`as the heckler yelled`, `, and he replied`),
/// else `sent.end`. Only a comma or a connective opens one: `said he
/// rarely asks` reports `he rarely asks`. (The first such cue word alone
/// is asked: one speaker search a cue.)
fn next_speakers_cue(c: &Ctx, sent: &Range<usize>, cue_end: usize) -> usize {
    let next = (cue_end..sent.end.min(cue_end + MAX_CLAUSE_TOKENS)).find(|&m| {
        !c.toks[m].in_quote
            && c.is_word(m)
            && !c.is_cap(m)
            && lexicon::is_cue(c.lower(m))
            && !is_participle_cue(c.lower(m))
    });
    let opens_frame = |k: usize| {
        !c.toks[k].in_quote
            && (c.is_punct(k, ",")
                || c.is_word(k)
                    && matches!(
                        c.lower(k),
                        "as" | "while" | "when" | "and" | "but" | "who" | "though" | "although"
                    ))
    };
    next.filter(|&m| {
        speaker_of_cue(c, sent, m)
            .is_some_and(|(s, _)| s.first >= cue_end && (cue_end..s.first).any(opens_frame))
    })
    .unwrap_or(sent.end)
}

/// The clause after `and that` that ends a reported `that` clause
/// (`announced that France would act and that the emergency would go
/// on`), and its first token; `from` is a token at or before the start of
/// `content`, so that each part is walked once.
fn coordinated_that_clause(
    c: &Ctx,
    sent: &Range<usize>,
    from: usize,
    content: Span,
) -> Option<(Span, usize)> {
    if !c.text[content.range()].starts_with("that ") {
        return None;
    }
    let and = (from..sent.end).find(|&k| c.toks[k].span().start >= content.end)?;
    let that = and + 1;
    if !(that < sent.end && c.is_word(and) && c.lower(and) == "and" && c.lower(that) == "that") {
        return None;
    }
    Some((clause_span(c, that, content_end(c, sent, that))?, that))
}

/// A quote right beside a speaker-and-cue frame: closing just before it
/// (`"Q," S V`) or opening just after (`S V: "Q"`, `S V Friday, "Q"`).
fn adjacent_to_frame(
    c: &Ctx,
    sent: &Range<usize>,
    r: &QuoteRegion,
    (first, last): (usize, usize),
) -> bool {
    if let Some(close) = r.close
        && close < first
    {
        // The quote opens the sentence: not `On "Fox News Sunday," S said`.
        let opens_sentence = (sent.start..r.open).all(|k| !c.is_word(k));
        return opens_sentence && (close + 1..first).all(|k| !c.is_word(k));
    }
    if r.open > last {
        let between: Vec<usize> = (last + 1..r.open).filter(|&k| c.is_word(k)).collect();
        let punct_before =
            r.open > 0 && (c.is_punct(r.open - 1, ",") || c.is_punct(r.open - 1, ":"));
        return between.is_empty() || (between.len() <= 3 && punct_before);
    }
    false
}

/// Verbs with a common sense that reports nothing (`maintained a lead`,
/// `charged him with murder`, `pledged delegates`, `posted a photo`).
fn reports_only_a_clause(l: &str) -> bool {
    matches!(
        l,
        "maintain"
            | "maintains"
            | "maintained"
            | "charge"
            | "charges"
            | "charged"
            | "post"
            | "posts"
            | "posted"
            | "pledge"
            | "pledges"
            | "pledged"
            | "tout"
            | "touts"
            | "touted"
            | "blast"
            | "blasts"
            | "blasted"
            | "slam"
            | "slams"
            | "slammed"
    )
}

/// Whether reported words from `start` are a clause: `that ...`, `to
/// ...`, a pronoun subject, or an auxiliary verb among the first words
/// (`the server was secure`).
fn opens_clause(c: &Ctx, start: usize, end: usize) -> bool {
    if start >= end || !c.is_word(start) {
        return false;
    }
    let first = c.lower(start);
    first == "that"
        || first == "to"
        || lexicon::is_subject_pronoun(first)
        || (start..end.min(start + 8)).any(|k| {
            c.is_word(k)
                && matches!(
                    c.lower(k),
                    "is" | "are"
                        | "was"
                        | "were"
                        | "will"
                        | "would"
                        | "has"
                        | "have"
                        | "had"
                        | "could"
                        | "should"
                        | "can"
                        | "may"
                        | "might"
                        | "must"
                        | "did"
                        | "does"
                        | "do"
                )
        })
}

/// The token after a speaker phrase closes it: sentence end, a comma, a
/// parenthesis, or a time or place phrase.
fn ends_phrase(c: &Ctx, sent: &Range<usize>, k: usize) -> bool {
    k >= sent.end
        || c.is_punct(k, ",")
        || c.is_punct(k, ".")
        || c.is_punct(k, "(")
        || (c.is_word(k)
            && (matches!(
                c.lower(k),
                "on" | "in" | "at" | "during" | "who" | "last" | "this" | "after" | "before"
            ) || is_time_word(c.lower(k))))
}

/// Verbs that give a quotation as a name for something (`called him a
/// "con artist"`, `described it as "terrible"`): the statement is what was
/// named, up to the quotation, not the rest of the sentence: those that
/// report only so (`names_when_quoted`) and cues that also name.
fn names_quoted(l: &str) -> bool {
    names_when_quoted(l)
        || matches!(
            l,
            "describe"
                | "described"
                | "describes"
                | "describing"
                | "label"
                | "labeled"
                | "labelled"
                | "labels"
                | "brand"
                | "branded"
                | "brands"
                | "blasted"
                | "slammed"
                | "accused"
                | "accuses"
                | "accusing"
                | "hailed"
                | "condemned"
                | "denounced"
                | "criticized"
                | "characterized"
        )
}

/// Verbs that report only when a quotation follows as the name given:
/// `called him a "loser"`, `referred to Rubio as "a bright leader"`,
/// `mocked Rubio for "having a tough night"`. (`criticized`, `labeled`,
/// `hailed` more often frame a quoted title or a phrase of the writer's.)
fn names_when_quoted(l: &str) -> bool {
    // (Asked of every word: the first letter rules out most.)
    matches!(
        l.as_bytes().first(),
        Some(b'c' | b'd' | b'm' | b'p' | b'l' | b'r')
    ) && matches!(
        l,
        "call"
            | "calls"
            | "called"
            | "calling"
            | "dub"
            | "dubbed"
            | "dubs"
            | "mocked"
            | "praised"
            | "likened"
            | "referred"
            | "refers"
    )
}

/// `called the senator a "nasty guy"`: a naming verb is a cue when a
/// quotation follows as the name given.
fn calls_quoted(c: &Ctx, sent: &Range<usize>, i: usize) -> bool {
    let next = i + 1;
    if next < sent.end && c.is_word(next) {
        let object = matches!(c.lower(next), "it" | "him" | "her" | "them");
        let particle = matches!(c.lower(next), "for" | "on" | "off" | "up" | "in" | "out");
        let quoted = if object {
            quote_follows_object(c, sent, next + 1)
        } else {
            next + 1 < sent.end && c.is_quote_mark(next + 1)
        };
        if (object || particle) && !quoted {
            return false;
        }
    }
    quote_opens_within(c, sent, i, 8)
}

/// Words between a conjunction and a second verb: `but has since said`.
fn is_auxiliary_or_since(l: &str) -> bool {
    matches!(
        l,
        "has" | "have" | "had" | "also" | "since" | "later" | "repeatedly" | "previously"
    )
}

/// `... and says`, `... but has since said`, `..., then says`: the cue is
/// a second verb of the sentence's subject.
fn second_verb(c: &Ctx, sent: &Range<usize>, i: usize) -> bool {
    let mut k = i;
    while k > sent.start && c.is_word(k - 1) && is_auxiliary_or_since(c.lower(k - 1)) {
        k -= 1;
    }
    k > sent.start && c.is_word(k - 1) && matches!(c.lower(k - 1), "and" | "but" | "then")
}

/// The verbs `reports_on` reports with: `to say`, `to tell`, `to add`,
/// `to ask`.
#[inline]
fn is_reporting_infinitive(l: &str) -> bool {
    matches!(l, "say" | "tell" | "add" | "ask")
}

/// `went on to say`, `interjected to say`: the sentence's subject reports
/// with the cue, as with a participle (`began by saying`). (Not `declined
/// to say`, `wanted to say`: those report nothing.)
fn reports_on(c: &Ctx, sent: &Range<usize>, i: usize) -> bool {
    is_reporting_infinitive(c.lower(i))
        && i >= sent.start + 2
        && c.is_word(i - 2)
        && c.lower(i - 1) == "to"
        && matches!(
            c.lower(i - 2),
            "on" | "interjected" | "paused" | "stopped" | "continued" | "rose" | "returned"
        )
}

/// After `called him`: a quotation next, or after an article (`called
/// him "weak"`, `called it a "disaster"`), is what he was called; `called
/// him to say` is a telephone call.
fn quote_follows_object(c: &Ctx, sent: &Range<usize>, k: usize) -> bool {
    let k = if k < sent.end && c.is_word(k) && matches!(c.lower(k), "a" | "an" | "the") {
        k + 1
    } else {
        k
    };
    k < sent.end && c.is_quote_mark(k)
}

/// `X, S said, Y`: the statement is the sentence around the frame.
fn parenthetical(c: &Ctx, sent: &Range<usize>, speaker: &Speaker, cue_end: usize) -> Option<Span> {
    let comma_before = speaker.first > sent.start + 1 && c.is_punct(speaker.first - 1, ",");
    // (Past a short time or place phrase: `, she said in an interview
    // afterward, that ...`.)
    let comma = if cue_end < sent.end && c.is_word(cue_end) && opens_adjunct(c, sent, cue_end) {
        (cue_end + 1..sent.end.min(cue_end + 7))
            .take_while(|&k| c.is_punct(k, ",") || (c.is_word(k) && !c.toks[k].in_quote))
            .find(|&k| c.is_punct(k, ","))
    } else {
        Some(cue_end)
    };
    let comma_after = comma.is_some_and(|k| k < sent.end && c.is_punct(k, ","));
    let rest = comma.unwrap_or(cue_end) + 1;
    // `CLAUSE, Graham said, since ...`: the clause goes on after the frame
    // however long it was before it.
    let goes_on = rest < sent.end
        && c.is_word(rest)
        && matches!(
            c.lower(rest),
            "since" | "because" | "although" | "though" | "unless" | "so" | "and" | "but"
        );
    // (`X, Hollande said, noting Y`: the participle reports on its own.)
    let participle = rest < sent.end && c.is_word(rest) && is_participle_cue(c.lower(rest));
    if !(comma_before && comma_after)
        || participle
        || speaker.first - sent.start > 3 * MAX_TAIL_TOKENS
        || (words_in(c, sent.start..speaker.first, false) > 8 && !goes_on)
    {
        return None;
    }
    if words_in(c, rest..sent.end.min(rest + MAX_TAIL_TOKENS), false) < 2 {
        return None;
    }
    clause_around_frame(c, sent, rest)
}

/// The statement around a frame set off by commas mid-sentence, `rest`
/// being the first token after the frame's closing comma: the sentence
/// through the frame, or after an opening phrase (`During his years in
/// office, Obama said, the country ...`: it sets the scene) what follows.
fn clause_around_frame(c: &Ctx, sent: &Range<usize>, rest: usize) -> Option<Span> {
    let start = if opens_with_intro(c, sent) {
        rest
    } else {
        sent.start
    };
    clause_span(c, start, content_end(c, sent, rest))
}

/// `Since last November, according to Human Rights Watch, forces have
/// killed ...`: `according to S` set off by commas inside a clause that
/// goes on after it. The statement runs through the frame (or, after an
/// opening phrase, is what follows it).
fn according_inside(c: &Ctx, sent: &Range<usize>, speaker: &Speaker, i: usize) -> Option<Span> {
    // (One phrase before the frame: after `When ..., it can be ...` the
    // frame closes a whole sentence.)
    if !(i > sent.start + 1 && c.is_punct(i - 1, ","))
        || (sent.start..i - 1).any(|k| c.is_punct(k, ","))
    {
        return None;
    }
    let comma = (speaker.last + 1..sent.end.min(speaker.last + 2)).find(|&k| c.is_punct(k, ","))?;
    let rest = comma + 1;
    if words_in(c, sent.start..i, false) > 8 && !opens_with_intro(c, sent) {
        return None;
    }
    if words_in(c, rest..sent.end.min(rest + MAX_TAIL_TOKENS), false) < 3 {
        return None;
    }
    clause_around_frame(c, sent, rest)
}

/// A sentence opening with a scene-setting phrase rather than a clause:
/// a preposition, a subordinator or a participle (`During ...`, `When
/// ...`, `Campaigning against ...`).
fn opens_with_intro(c: &Ctx, sent: &Range<usize>) -> bool {
    let Some(first) = (sent.start..sent.end.min(sent.start + 3)).find(|&k| c.is_word(k)) else {
        return false;
    };
    let l = c.lower(first);
    matches!(
        l,
        "during"
            | "in"
            | "at"
            | "after"
            | "before"
            | "since"
            | "when"
            | "while"
            | "on"
            | "for"
            | "as"
            | "from"
            | "with"
            | "without"
            | "despite"
            | "although"
            | "though"
            | "if"
            | "because"
            | "until"
            | "once"
            | "following"
            | "speaking"
            | "asked"
            | "pressed"
            | "earlier"
            | "later"
    ) || (l.ends_with("ing") && l.len() > 5 && !lexicon::is_cue(l))
}

/// The word opening the sentence with a subordinate clause (`While ...`,
/// `After ...`, `Although ...`) that `upto` lies inside, before its
/// closing comma.
fn subordinate_opener<'a>(c: &Ctx<'a>, sent: &Range<usize>, upto: usize) -> Option<&'a str> {
    let opener = (sent.start..upto).find(|&k| c.is_word(k))?;
    let l = c.lower(opener);
    (matches!(
        l,
        "while"
            | "when"
            | "after"
            | "although"
            | "though"
            | "as"
            | "because"
            | "since"
            | "before"
            | "once"
            | "until"
            | "if"
            | "whereas"
    ) && !(opener..upto).any(|k| c.is_punct(k, ",") && !c.toks[k].in_quote))
    .then_some(l)
}

/// Where the main clause begins when the frame opens the sentence inside
/// a subordinate clause (`While he did not mention Rubio by name, he made
/// it clear ...`): the first comma outside quotes, between `start` and
/// `end`, followed by a new subject.
fn main_clause_after(
    c: &Ctx,
    sent: &Range<usize>,
    speaker: &Speaker,
    start: usize,
    end: usize,
) -> Option<usize> {
    // (`As Breitbart News reported, ...` opens with its frame alone: what
    // it reports follows the comma.)
    if subordinate_opener(c, sent, speaker.first).is_none_or(|w| w == "as") {
        return None;
    }
    (start + 2..end.min(sent.end.saturating_sub(2))).find(|&k| {
        c.is_punct(k, ",")
            && !c.toks[k].in_quote
            && c.is_word(k + 1)
            && !c.toks[k + 1].in_quote
            && (lexicon::is_subject_pronoun(c.lower(k + 1))
                || is_determiner(c.lower(k + 1))
                || (c.is_cap(k + 1) && c.is_word(k + 2) && !c.is_cap(k + 2)))
    })
}

/// `CLAUSE, S V ...` where the cue takes no clause of its own after it.
fn clause_before_speaker(c: &Ctx, sent: &Range<usize>, speaker: &Speaker, cue_end: usize) -> bool {
    let comma_before = speaker.first > sent.start && c.is_punct(speaker.first - 1, ",");
    let words_before = (sent.start..speaker.first)
        .rev()
        .filter(|&k| c.is_word(k))
        .take(4)
        .count();
    // After the cue only a time or place phrase, up to a comma or the end:
    // `..., Lavrov said at his news conference, while adding ...`.
    let only_adjuncts = cue_end >= sent.end
        || c.is_punct(cue_end, ",")
        || c.is_punct(cue_end, ".")
        || (c.is_word(cue_end)
            && opens_adjunct(c, sent, cue_end)
            && !(cue_end..sent.end)
                .take(MAX_TAIL_TOKENS)
                .take_while(|&k| !c.is_punct(k, ","))
                .any(|k| c.toks[k].in_quote || (c.is_word(k) && c.lower(k) == "that")));
    comma_before && words_before >= 4 && only_adjuncts
}

/// Whether the word at `k` opens a time, place or manner phrase: `on
/// Tuesday`, `in his memo`, `as he left`; not `at least six planes`.
fn opens_adjunct(c: &Ctx, sent: &Range<usize>, k: usize) -> bool {
    let l = c.lower(k);
    let at_least = l == "at" && k + 1 < sent.end && matches!(c.lower(k + 1), "least" | "most");
    !at_least && (is_preposition(l) || is_time_or_number(l) || matches!(l, "as" | "while" | "so"))
}

/// `X “Q,” S said, citing ...` (or `said in June, citing`): after the
/// frame, past its time and place, a comma and a reporting participle,
/// which reports on its own: the frame's clause is the one before it.
fn participle_follows(c: &Ctx, sent: &Range<usize>, cue_end: usize) -> bool {
    let start = content_start(c, sent, cue_end);
    start > sent.start
        && start < sent.end
        && c.is_word(start)
        && !c.toks[start].in_quote
        && is_participle_cue(c.lower(start))
        && c.is_punct(start - 1, ",")
}

/// Only a few words (time, place) follow the cue before the sentence ends.
fn ends_sentence(c: &Ctx, sent: &Range<usize>, cue_end: usize) -> bool {
    if sent.end.saturating_sub(cue_end) > MAX_TAIL_TOKENS {
        return false;
    }
    let rest = (cue_end..sent.end).filter(|&k| c.is_word(k)).count();
    let has_that = (cue_end..sent.end).any(|k| c.is_word(k) && c.lower(k) == "that");
    // What follows is a time, a place or whom it was told, not a clause:
    // `said on Tuesday`, `told a Senate panel Wednesday`, not `said he
    // tends to wait` nor `told POLITICO she was leaning`.
    let mut from = cue_end;
    // (`..., Kennedy wrote Linick.`: a named addressee.)
    if cue_end > 0 && matches!(c.lower(cue_end - 1), "wrote" | "writes") {
        while from < sent.end && from - cue_end < 4 && c.is_cap(from) && !c.toks[from].in_quote {
            from += 1;
        }
    }
    if cue_end > 0 && matches!(c.lower(cue_end - 1), "told" | "tell" | "tells") {
        while from < sent.end
            && from - cue_end < 5
            && c.is_word(from)
            && !c.toks[from].in_quote
            && !is_preposition(c.lower(from))
            && !is_time_or_number(c.lower(from))
            && !lexicon::is_subject_pronoun(c.lower(from))
        {
            from += 1;
        }
    }
    let adjunct = (from..sent.end)
        .find(|&k| c.is_word(k) || c.toks[k].in_quote)
        .is_none_or(|k| c.is_word(k) && !c.toks[k].in_quote && opens_adjunct(c, sent, k));
    rest <= 8 && !has_that && adjunct && !(cue_end..sent.end).any(|k| c.toks[k].in_quote)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every token's lowercase, whichever way the unit was lowercased.
    fn lowers_of(text: &str) -> Vec<String> {
        let span = Span::new(0, text.len());
        let unit = Unit::new(text, span);
        (0..unit.toks.len())
            .map(|i| unit.lowers.get(i).to_owned())
            .collect()
    }

    #[test]
    fn a_unit_lowercased_whole_gives_each_token_its_own_lowercase() {
        for text in [
            "Dan Ruiz said “ÉCOLE Ünited” — fine’s NOT",
            "İstanbul’s MAYOR spoke",
            "ΟΔΥΣΣΕΥΣ said ΣΟΦΟΣ",
            "plain ASCII Text",
        ] {
            let span = Span::new(0, text.len());
            let toks = tokens::tokenize(text, span);
            let expected: Vec<String> = toks
                .iter()
                .map(|t| text[t.span().range()].to_lowercase())
                .collect();
            assert_eq!(lowers_of(text), expected, "{text}");
        }
        // Whole-unit lowercasing only where offsets hold.
        assert!(lowercase_in_place("ÉCOLE “x”").is_some());
        assert!(lowercase_in_place("İstanbul").is_none());
        assert!(lowercase_in_place("ΣΟΦΟΣ").is_none());
    }
}
