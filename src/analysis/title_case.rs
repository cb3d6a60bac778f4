//! Headlines and subheads in title case (`Trump Supporter Screams 1
//! Controversial Word At Rally`), where a capital does not make a name:
//! which of their capitalised words are common words.

use super::entities::is_role_token;
use super::lexicon;
use super::tokens::{TokKind, Token};
use super::wordset::WordSet;
use smallvec::SmallVec;
use std::ops::Range;
use std::sync::LazyLock;

/// A sentence in title case: three words or more, and at least three in
/// four of its first twenty capitalised.
pub fn is_title_case(toks: &[Token], sent: &Range<usize>) -> bool {
    let (mut words, mut caps) = (0, 0);
    for t in toks[sent.clone()]
        .iter()
        .filter(|t| t.kind == TokKind::Word)
        .take(20)
    {
        words += 1;
        caps += usize::from(t.cap);
        // (Six words in lower case rule it out at any length: most
        // sentences are known by their first ten words.)
        if words - caps > 5 {
            return false;
        }
    }
    words >= 3 && caps * 4 >= words * 3
}

/// Whether the article writes a word (given lowercased) in lower case
/// somewhere, alone or with a plural `s`: then it is a common word
/// (`supporter`, `may`, `makes`), though a title-case line capitalises it.
pub fn written_in_lower_case(article: &str, lower: &str) -> bool {
    if lower.is_empty() {
        return false;
    }
    let bytes = article.as_bytes();
    let is_word_byte = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
    memchr::memmem::find_iter(bytes, lower.as_bytes()).any(|at| {
        let end = at + lower.len();
        let end = if bytes.get(end) == Some(&b's') {
            end + 1
        } else {
            end
        };
        // (A byte of a character beyond ASCII counts as a letter's: `é`
        // continues a word; the rare `’` or `—` beside one only hides a
        // use.)
        (at == 0 || !is_word_byte(bytes[at - 1]))
            && bytes.get(end).is_none_or(|&b| !is_word_byte(b))
    })
}

/// A word in capitals (`GLASS`, `FIX`), as a shouted heading writes
/// every word, common or not.
pub fn is_shouted(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).nth(1).is_some()
        && !word.chars().any(char::is_lowercase)
}

/// Verbs a headline puts after its subject, beyond the verbs of speech:
/// `Donald Trump Calls Out ...`, `Mike Huckabee Makes ...`.
const HEADLINE_VERBS: &str = "calls called makes made gets got takes took wins won rips ripped \
hits defends defended backs backed gives gave sends sent is are was were has have";

fn is_verb(lower: &str) -> bool {
    static SET: LazyLock<WordSet> = LazyLock::new(|| HEADLINE_VERBS.split_whitespace().collect());
    lexicon::is_cue(lower) || SET.contains(lower)
}

/// Which words of a capitalised run in a title-case line are common words
/// the style capitalised, not names (`lower`: each word lowercased as the
/// text writes it, `None` for a token that is no capitalised word or is
/// shouted: `GLASS IS HALF FULL` stays whole, a heading).
///
/// A word is common when it is a verb (`Salma Hayek Described ...`) or the
/// article writes it in lower case elsewhere (`Trump Supporter`), unless
/// - the article names someone so (`known`: `Tom Price` beside `price`);
/// - it is an organisation's word (`Medill News Service`);
/// - it is a first name or a role before a name (`Bill Clinton`,
///   `Billionaire Mark Cuban`; not `Trump May ...`);
/// - it follows a first name that opens the name and is no surname here
///   (`Julie Pace`; not `Clinton Wades In` beside `Clinton`, nor `Julie
///   Pace Wades In`).
pub fn common_words(
    article: &str,
    lower: &[Option<&str>],
    known: impl Fn(&str) -> bool,
) -> SmallVec<[bool; 8]> {
    let mut common: SmallVec<[bool; 8]> = smallvec::smallvec![false; lower.len()];
    // (Names are looked up with ’ as ', as the entities file them.)
    let known = |w: &str| {
        if w.contains('’') {
            known(&w.replace('’', "'"))
        } else {
            known(w)
        }
    };
    let first_name = |k: usize| lower[k].is_some_and(|w| lexicon::first_name_gender(w).is_some());
    let opens_a_name = |j: usize| {
        first_name(j)
            && !lower[j].is_some_and(known)
            && (j == 0 || lower[j - 1].is_none_or(is_role_token))
    };
    for k in (0..lower.len()).rev() {
        let Some(w) = lower[k] else {
            continue;
        };
        let role = is_role_token(w);
        let before_a_name = (first_name(k) || role)
            && lower.get(k + 1).is_some_and(Option::is_some)
            && !common[k + 1];
        let after_a_first_name = k > 0 && opens_a_name(k - 1) && !role;
        common[k] = !before_a_name
            && !lexicon::ORGS.contains(w)
            && (is_verb(w) || !after_a_first_name && written_in_lower_case(article, w))
            && !known(w);
    }
    common
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_written_in_lower_case_only_as_a_whole_word() {
        let text = "Trump Supporter Screams\nHis supporters cheered. A trumpet played.";
        assert!(written_in_lower_case(text, "supporter"));
        assert!(!written_in_lower_case(text, "trump"));
        assert!(!written_in_lower_case(text, "screams"));
        assert!(written_in_lower_case("the end", "end"));
        assert!(!written_in_lower_case("the ending", "end"));
        assert!(!written_in_lower_case("a trumpet", "pet"));
        assert!(!written_in_lower_case("", ""));
    }

    #[test]
    fn common_words_spare_names_the_article_knows() {
        let text = "Trump Supporter Screams\nA supporter cheered.";
        let lower = [Some("trump"), Some("supporter"), Some("screams")];
        let common = common_words(text, &lower, |w| w == "supporter");
        assert_eq!(&common[..], &[false, false, true]);
        let common = common_words(text, &lower, |_| false);
        assert_eq!(&common[..], &[false, true, true]);
    }

    #[test]
    fn common_words_spare_first_names_and_roles_before_names_and_surnames_after_them() {
        let text = "Julie Pace Wades In\nat a slow pace, he wades in.";
        let lower = [Some("julie"), Some("pace"), Some("wades")];
        assert_eq!(
            &common_words(text, &lower, |_| false)[..],
            &[false, false, true]
        );
        // A first name that is a surname here (`Clinton Wades In`) makes
        // no name of what follows.
        let julie_is_a_surname = |w: &str| w == "julie";
        let common = common_words(text, &lower, julie_is_a_surname);
        assert_eq!(&common[..], &[false, true, true]);
        let text = "Billionaire Mark Cuban Reveals His Pick\nThe billionaire said: mark my words.";
        let lower = [
            Some("billionaire"),
            Some("mark"),
            Some("cuban"),
            Some("reveals"),
        ];
        assert_eq!(
            &common_words(text, &lower, |_| false)[..],
            &[false, false, false, true]
        );
        // Not before a name: `Trump Billionaire`.
        let lower = [Some("trump"), Some("billionaire")];
        assert_eq!(&common_words(text, &lower, |_| false)[..], &[false, true]);
    }

    #[test]
    fn a_shouted_word_is_shouted() {
        assert!(is_shouted("GLASS"));
        assert!(is_shouted("U.S."));
        assert!(!is_shouted("A"));
        assert!(!is_shouted("Glass"));
    }
}
