//! Words and punctuation of a stretch of text, as byte spans, and the
//! sentences they form. Quotation marks are single punctuation tokens so
//! the quote finder can pair them.

use super::wordset::WordSet;
use crate::model::{SmallSpan, Span};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    Word,
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub struct Token {
    /// Offsets into the text: twelve bytes a token, not twenty-four, and
    /// every pass of the analysis walks the tokens. (`tokenize` reads no
    /// text past 4 GiB.)
    at: SmallSpan,
    pub kind: TokKind,
    /// Inside quotation marks (set by the quote finder).
    pub in_quote: bool,
    /// Opens with a capital letter (only words do): asked of every token
    /// by the name and cue rules, so read once here.
    pub cap: bool,
}

impl Token {
    #[inline]
    pub fn span(&self) -> Span {
        self.at.get()
    }
}

/// Abbreviations whose period belongs to the word, not the sentence:
/// titles, months and the like, which stand before what they qualify
/// (`Sen. Ruiz`, `Jan. 5`) and so never end a sentence ...
const BEFORE_A_WORD: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "st", "prof",
    "rev", "hon", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "no",
    "vs", "v", "mt", "ft", "pres", "adm", "cmdr", "maj", "messrs", "atty", "supt", "del", "sens",
    "reps", "govs",
];

/// ... and those that close a name or a list (`Jr.`, `Inc.`, `etc.`),
/// which may.
const AFTER_A_WORD: &[&str] = &[
    "jr", "sr", "inc", "corp", "co", "ltd", "dept", "est", "approx", "etc", "al",
];

fn abbreviations() -> impl Iterator<Item = &'static str> {
    BEFORE_A_WORD.iter().chain(AFTER_A_WORD).copied()
}
/// Whether a word is an abbreviation (`abbreviations()`), whatever its
/// case. (Every sentence's last word asks.)
fn is_abbreviation(word: &str) -> bool {
    static SET: std::sync::LazyLock<WordSet> =
        std::sync::LazyLock::new(|| abbreviations().collect());
    in_any_case(&SET, word)
}

/// Whether a word is a title's or a month's abbreviation (`BEFORE_A_WORD`).
fn stands_before_a_word(word: &str) -> bool {
    static SET: std::sync::LazyLock<WordSet> =
        std::sync::LazyLock::new(|| BEFORE_A_WORD.iter().copied().collect());
    in_any_case(&SET, word)
}

/// A lookup in a list of short ASCII words, the word lowercased on the
/// stack. (No other letter lowercases to an ASCII one that matters here,
/// so ASCII lowercasing is the lowercase that matters.)
fn in_any_case(set: &WordSet, word: &str) -> bool {
    const LONGEST: usize = 6;
    if word.len() > LONGEST || !word.is_ascii() {
        return false;
    }
    let mut lower = [0u8; LONGEST];
    lower[..word.len()].copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(&lower[..word.len()]).is_ok_and(|w| set.contains(w))
}

/// ASCII letters, digits and `_`: the bytes a word runs over without
/// decoding (a table: one load a byte in the hottest loop).
static ASCII_WORD_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric() || b == b'_' as usize;
        b += 1;
    }
    t
};

/// The end of the run of ASCII word bytes from `b`: eight bytes at a time,
/// the run's length read off a bit mask. (A byte-by-byte loop's exit, once
/// a word, is a branch the predictor misses: 0.78 M times on train.)
#[inline]
fn ascii_word_run(bytes: &[u8], mut b: usize) -> usize {
    while let Some(chunk) = bytes.get(b..b + 8) {
        let mut mask = 0u32;
        for (k, &x) in chunk.iter().enumerate() {
            mask |= u32::from(ASCII_WORD_BYTE[x as usize]) << k;
        }
        let run = mask.trailing_ones() as usize;
        b += run;
        if run < 8 {
            return b;
        }
    }
    while b < bytes.len() && ASCII_WORD_BYTE[bytes[b] as usize] {
        b += 1;
    }
    b
}

fn is_word_char(c: char) -> bool {
    // (The punctuation beyond ASCII a news text holds, ’ “ ” —, is in
    // the general punctuation block, where no character is a letter or a
    // digit: answered before the Unicode tables' search, which costs a few
    // hundred instructions a character.)
    if matches!(c as u32, 0x2000..=0x206f) {
        return false;
    }
    c.is_alphanumeric() || c == '_' || is_combining(c)
}

/// Latin-1 symbols inside a word are UTF-8 read as Latin-1 somewhere
/// upstream (`FranÃ§ois`): they join the word rather than split a name.
/// Not « » (quotation marks) nor the no-break space.
fn is_mojibake_joiner(c: char) -> bool {
    matches!(c as u32, 0xa2..=0xaa | 0xac..=0xba | 0xbc..=0xbf)
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036f | 0x1ab0..=0x1aff | 0x20d0..=0x20ff | 0xfe20..=0xfe2f)
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Tokenises `text[span]`; token spans are offsets into `text`.
/// Walks the bytes, decoding a character only where it looks at one: the
/// hottest loop of the analysis (no per-character table).
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    if u32::try_from(span.end).is_err() {
        return Vec::new();
    }
    let s = &text[span.range()];
    let base = span.start;
    let bytes = s.as_bytes();
    // The character at byte `b` (a char boundary), and the one before it.
    let at = |b: usize| match bytes.get(b) {
        Some(&x) if x.is_ascii() => Some(x as char),
        Some(_) => s[b..].chars().next(),
        None => None,
    };
    let before = |b: usize| s[..b].chars().next_back();
    let width = |c: Option<char>| c.map_or(0, char::len_utf8);
    let mut out = Vec::with_capacity(s.len() / 5);
    let mut b = 0;
    while let Some(c) = at(b) {
        // (Most tokens open with an ASCII letter: one table load says so.)
        let word_start = if c.is_ascii() {
            ASCII_WORD_BYTE[c as usize]
        } else {
            is_word_char(c)
        };
        if c == ' ' {
            b += 1;
            continue;
        }
        if !word_start && c == '\u{1b}' {
            // A terminal escape sequence is no text: no token (and so no
            // quote or name span) may start inside one.
            b = skip_escape(s, b);
            continue;
        }
        if !word_start && (c.is_whitespace() || c == '\u{feff}' || c.is_control()) {
            b += c.len_utf8();
            continue;
        }
        let after = b + c.len_utf8();
        if !word_start {
            let next = at(after);
            // One token for a possessive ’s and for a doubled '' (a quote
            // mark in some archives).
            let possessive = is_apostrophe(c)
                && next.is_some_and(|n| n == 's' || n == 'S')
                && !at(after + 1).is_some_and(is_word_char)
                && before(b).is_some_and(is_word_char);
            let doubled = (c == '\'' && next == Some('\'')) || (c == '`' && next == Some('`'));
            let end = if possessive || doubled {
                after + width(next)
            } else {
                after
            };
            out.push(Token {
                at: SmallSpan::of_u32((base + b) as u32, (base + end) as u32),
                kind: TokKind::Punct,
                in_quote: false,
                cap: false,
            });
            b = end;
            continue;
        }
        let start = b;
        let cap = c.is_uppercase();
        b = after;
        loop {
            // Most of a word is ASCII letters and digits.
            b = ascii_word_run(bytes, b);
            let Some(c) = at(b) else { break };
            // Any other ASCII but these ends the word at once.
            if c.is_ascii() && !matches!(c, '\'' | '-' | '.' | '&') {
                break;
            }
            let after = b + c.len_utf8();
            // A word character, or mojibake before one.
            if is_word_char(c)
                || is_mojibake_joiner(c)
                    && s[after..]
                        .chars()
                        .find(|&n| !is_mojibake_joiner(n))
                        .is_some_and(is_word_char)
            {
                b = after;
            } else if (is_apostrophe(c) || c == '-' || c == '.' || c == '&')
                && at(after).is_some_and(is_word_char)
            {
                // don't, O’Brien, Kyiv-based, 3.5, U.S.
                let next = at(after).unwrap_or_default();
                // A possessive ’s is its own token.
                let possessive = is_apostrophe(c)
                    && (next == 's' || next == 'S')
                    && !at(after + 1).is_some_and(is_word_char);
                if possessive {
                    break;
                }
                if c == '.' {
                    // Only inside initialisms and numbers: U.S., 3.5,
                    // R-S.C.
                    let prev = before(b).unwrap_or_default();
                    let prev_start = b - prev.len_utf8();
                    let prev_single = prev_start == start
                        || s[start..prev_start]
                            .chars()
                            .next_back()
                            .is_some_and(|p| matches!(p, '.' | '-'));
                    let digits = prev.is_ascii_digit() && next.is_ascii_digit();
                    if !(prev_single || digits) {
                        break;
                    }
                }
                b = after + next.len_utf8();
            } else {
                break;
            }
        }
        // Keep an abbreviation's or initial's period: Mr. U.S. J.
        if bytes.get(b) == Some(&b'.') {
            let word = &s[start..b];
            // (`No. 1`, `No. 2 official`, but `"No. Look, ...`: a number's
            // abbreviation only before a number.)
            let number_sign = word.eq_ignore_ascii_case("no");
            let abbreviation = if number_sign {
                s[b + 1..]
                    .trim_start_matches(' ')
                    .starts_with(|c: char| c.is_ascii_digit() || c == '#')
            } else {
                is_abbreviation(word)
            };
            let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            let initialism = word.contains('.') && !word.chars().any(|c| c.is_ascii_digit());
            if abbreviation || initial || initialism {
                b += 1;
            }
        }
        out.push(Token {
            at: SmallSpan::of_u32((base + start) as u32, (base + b) as u32),
            kind: TokKind::Word,
            in_quote: false,
            cap,
        });
    }
    out
}

/// The byte after the escape sequence starting at `s[b]` (ESC): CSI
/// `ESC [ ... final`, OSC/DCS `ESC ] ... BEL or ESC \`, else ESC and one
/// character.
fn skip_escape(s: &str, b: usize) -> usize {
    let at = |k: usize| s.get(k..).and_then(|t| t.chars().next());
    match at(b + 1) {
        Some('[') => {
            let mut k = b + 2;
            while let Some(c) = at(k) {
                k += c.len_utf8();
                if ('@'..='~').contains(&c) {
                    break;
                }
            }
            k
        }
        Some(']' | 'P' | '_' | '^') => {
            let mut k = b + 2;
            while let Some(c) = at(k) {
                if c == '\u{7}' {
                    return k + 1;
                }
                if c == '\u{1b}' && at(k + 1) == Some('\\') {
                    return k + 2;
                }
                k += c.len_utf8();
            }
            k
        }
        Some(c) => b + 1 + c.len_utf8(),
        None => b + 1,
    }
}

/// Where a wire dateline opening `toks[from..to]` ends (`FLINT, Mich.,
/// Oct. 4 (UPI) — ...`, `WASHINGTON — ...`), or a run-in head in capitals
/// (`CONGRESS HAS INVESTIGATED HIM — Oz's advice ...`): the index after
/// its dash, if there is one.
pub fn dateline_end(text: &str, toks: &[Token], from: usize, to: usize) -> Option<usize> {
    let s = |i: usize| &text[toks[i].span().range()];
    let is_dash = |k: usize| matches!(s(k), "—" | "–" | "―" | "--");
    let shouted = |k: usize| !s(k).chars().any(char::is_lowercase);
    let opens_shouted = from < to
        && toks[from].kind == TokKind::Word
        && s(from).chars().filter(|c| c.is_alphabetic()).count() >= 3
        && shouted(from);
    if !opens_shouted || from + 1 >= to {
        return None;
    }
    if s(from + 1) != "," {
        // Words in capitals only, up to the dash.
        let dash = (from + 1..to.min(from + 12)).find(|&k| !shouted(k) || is_dash(k))?;
        return is_dash(dash).then_some(dash + 1);
    }
    (from + 2..to.min(from + 16))
        .find(|&k| is_dash(k))
        .map(|k| k + 1)
}

pub fn is_sentence_end(t: &str) -> bool {
    matches!(t, "." | "!" | "?" | "…")
}

pub fn is_close_quote(t: &str) -> bool {
    matches!(t, "”" | "\"" | "’" | "»" | "''")
}

/// Whether the parenthesis open before `end` (within `from..end`) holds a
/// sentence of its own: three words or more.
fn parenthesised_sentence(text: &str, toks: &[Token], from: usize, end: usize) -> bool {
    let Some(open) = (from..end)
        .rev()
        .find(|&k| &text[toks[k].span().range()] == "(")
    else {
        return false;
    };
    toks[open + 1..end]
        .iter()
        .filter(|t| t.kind == TokKind::Word)
        .nth(2)
        .is_some()
}

/// Splits tokens into sentences (ranges of token indexes). A sentence ends
/// at `.`, `!` or `?` outside quotation marks when the next token opens a
/// new one (a capital or a quotation mark), and after a closing mark that
/// follows such punctuation.
pub fn sentences(text: &str, toks: &[Token]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let t = |i: usize| &text[toks[i].span().range()];
    let starts_new = |j: usize| {
        toks.get(j).is_none_or(|n| {
            let s = &text[n.span().range()];
            s.chars().next().is_some_and(|c| {
                c.is_uppercase()
                    || c.is_ascii_digit()
                    || matches!(c, '“' | '"' | '‘' | '(' | '«' | '\'' | '`')
            })
        })
    };
    let mut i = 0;
    while i < toks.len() {
        // Only punctuation ends a sentence, and a period kept by an
        // initialism before a word that opens one: `at 7 p.m. He says`.
        if toks[i].kind == TokKind::Word {
            // (Asked of every word: its last byte first.)
            if text.as_bytes()[toks[i].span().end - 1] == b'.'
                && ends_with_initialism(t(i))
                && i + 1 < toks.len()
                && opens_sentence(t(i + 1))
            {
                out.push(start..i + 1);
                start = i + 1;
            }
            i += 1;
            continue;
        }
        let mut end = None;
        if is_sentence_end(t(i)) && !toks[i].in_quote {
            let mut j = i + 1;
            while j < toks.len() && is_sentence_end(t(j)) {
                j += 1;
            }
            // A parenthesis closes after its sentence (`... this fall.)
            // Sources have said`), not after an abbreviation (`Sheriff
            // Joe Arpaio (Ariz.) Thursday said`).
            if j < toks.len() && t(j) == ")" && parenthesised_sentence(text, toks, start, i) {
                j += 1;
            }
            if starts_new(j) {
                end = Some(j);
            }
        } else if is_close_quote(t(i))
            && i > 0
            && is_sentence_end(t(i - 1))
            && toks[i - 1].in_quote
            && !toks.get(i + 1).is_some_and(|n| n.in_quote)
        {
            // “... future.” New sentence — but not “...?” he asked, nor
            // “...?” Graham asked.
            let next_opens =
                starts_new(i + 1) && toks.get(i + 1).is_some_and(|n| !is_lower_word(text, n));
            let frame_follows = matches!(t(i - 1), "?" | "!") && short_frame(text, toks, i + 1);
            if (next_opens && !frame_follows) || toks.get(i + 1).is_none() {
                end = Some(i + 1);
            }
        }
        if let Some(e) = end {
            out.push(start..e);
            start = e;
            i = e;
        } else {
            i += 1;
        }
    }
    if start < toks.len() {
        out.push(start..toks.len());
    }
    out
}

/// `p.m.`, `U.S.`, `Jr.`: a word whose period is its own, neither a
/// title's nor a month's (`BEFORE_A_WORD`) nor an initial's (`J.`).
fn ends_with_initialism(w: &str) -> bool {
    let Some(stem) = w.strip_suffix('.') else {
        return false;
    };
    stem.len() > 1 && !stands_before_a_word(stem)
}

/// Capitalised words that open a sentence and hardly ever follow an
/// abbreviation inside one.
fn opens_sentence(w: &str) -> bool {
    matches!(
        w,
        "He" | "She"
            | "They"
            | "It"
            | "We"
            | "I"
            | "The"
            | "But"
            | "And"
            | "This"
            | "That"
            | "There"
            | "His"
            | "Her"
            | "Their"
            | "Its"
            | "In"
            | "On"
            | "At"
            | "After"
            | "When"
    )
}

/// `Graham asked.`: up to four words holding a lowercase reporting verb,
/// then the sentence's end.
fn short_frame(text: &str, toks: &[Token], from: usize) -> bool {
    let mut cue = false;
    for (k, tok) in toks.iter().enumerate().skip(from).take(5) {
        let s = &text[tok.span().range()];
        if tok.kind != TokKind::Word {
            return cue && k > from && matches!(s, "." | "," | "!" | "?");
        }
        cue |= is_lower_word(text, tok) && crate::analysis::lexicon::is_cue(&s.to_lowercase());
    }
    false
}

fn is_lower_word(text: &str, t: &Token) -> bool {
    t.kind == TokKind::Word
        && text[t.span().range()]
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_punctuation_shortcut_answers_as_the_unicode_tables_do() {
        // Every character of the first three planes, the shortcut's block
        // and all around it: the answer the tables alone give.
        for c in (0..=0x2ffff).filter_map(char::from_u32) {
            let by_tables = c.is_alphanumeric() || c == '_' || is_combining(c);
            assert_eq!(is_word_char(c), by_tables, "{c:?}");
        }
    }

    #[test]
    fn a_word_run_ends_where_the_byte_loop_would() {
        // Runs shorter and longer than the eight bytes read at once, ending
        // at the text's end or before a space, a period, a non-ASCII byte.
        for len in 0..20 {
            for end in ["", " x", ".", "é", "-b"] {
                let text = format!("{}{end}", "ab1_".repeat(5).get(..len).unwrap());
                let bytes = text.as_bytes();
                for from in 0..=len {
                    let mut b = from;
                    while b < bytes.len() && ASCII_WORD_BYTE[bytes[b] as usize] {
                        b += 1;
                    }
                    assert_eq!(ascii_word_run(bytes, from), b, "{text:?} from {from}");
                }
            }
        }
    }

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, Span::new(0, text.len()))
            .iter()
            .map(|t| &text[t.span().range()])
            .collect()
    }

    #[test]
    fn abbreviations_initials_and_possessives() {
        assert_eq!(
            words("Mr. Lavrov’s U.S. trip, said Sen. J. Smith."),
            [
                "Mr.", "Lavrov", "’s", "U.S.", "trip", ",", "said", "Sen.", "J.", "Smith", "."
            ]
        );
        assert_eq!(
            words("don't Kyiv-based 3.5%"),
            ["don't", "Kyiv-based", "3.5", "%"]
        );
    }

    #[test]
    fn a_token_is_capitalised_when_its_first_letter_is() {
        let text = "Éric met ßeta, İlker and O’Brien: “Yes,” said the U.S. envoy (AFP) 3M.";
        let toks = tokenize(text, Span::new(0, text.len()));
        for t in &toks {
            let first = text[t.span().range()].chars().next().unwrap();
            assert_eq!(t.cap, first.is_uppercase(), "{:?}", &text[t.span().range()]);
        }
        let caps: Vec<&str> = toks
            .iter()
            .filter(|t| t.cap)
            .map(|t| &text[t.span().range()])
            .collect();
        assert_eq!(caps, ["Éric", "İlker", "O’Brien", "Yes", "U.S.", "AFP"]);
    }

    #[test]
    fn every_abbreviation_keeps_its_period_in_any_case() {
        for a in abbreviations() {
            assert!(is_abbreviation(a), "{a}");
            assert!(is_abbreviation(&a.to_uppercase()), "{a}");
        }
        assert_eq!(words("Messrs. Smith"), ["Messrs.", "Smith"]);
        assert_eq!(words("He left. Then"), ["He", "left", ".", "Then"]);
        assert!(!is_abbreviation("messrsx"));
    }

    #[test]
    fn escape_sequences_are_not_words() {
        assert_eq!(
            words("said ''\u{1b}[2J now \u{1b}]52;c;aGk=\u{7}ok"),
            ["said", "''", "now", "ok"]
        );
    }

    #[test]
    fn sentences_split_at_ends_not_abbreviations() {
        let text = "Mr. Smith said it. “It is done.” He left. “Why?” she asked.";
        let toks = tokenize(text, Span::new(0, text.len()));
        let n = sentences(text, &toks).len();
        // Quote marks are not yet marked in_quote here, so the quoted
        // sentences split on their own periods.
        assert!(n >= 3, "{n}");
    }

    #[test]
    fn a_parenthesis_ends_its_sentence_only_when_it_holds_one() {
        let split = |text: &str| -> Vec<String> {
            let toks = tokenize(text, Span::new(0, text.len()));
            sentences(text, &toks)
                .into_iter()
                .map(|r| text[toks[r.start].span().start..toks[r.end - 1].span().end].to_owned())
                .collect()
        };
        assert_eq!(
            split("The law bars it. (Indiana bars it this fall.) Sources said so."),
            [
                "The law bars it.",
                "(Indiana bars it this fall.)",
                "Sources said so."
            ]
        );
        assert_eq!(
            split("Maricopa County (Ariz.) Sheriff Joe Arpaio spoke."),
            ["Maricopa County (Ariz.) Sheriff Joe Arpaio spoke."]
        );
    }
}
