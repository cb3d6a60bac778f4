//! Small word lists the rules use: reporting verbs, pronouns, roles,
//! organisation words, and the name and place lists built from open data
//! (`assets/data/`, see its NOTICE.md).

use super::wordset::{WordMap, WordSet};
use std::sync::LazyLock;

/// Reporting verbs, every form a news text uses.
const CUE_VERBS: &str = "say said says saying tell told tells telling add added adds adding \
note noted notes noting write wrote writes writing ask asked asks asking announce announced \
announces announcing claim claimed claims claiming argue argued argues arguing warn warned warns \
warning explain explained explains explaining insist insisted insists insisting stated \
declare declared declares declaring report reported reports reporting respond responded responds \
reply replied replies replying tweet tweeted tweets tweeting acknowledge acknowledged acknowledges \
acknowledging suggest suggested suggests suggesting quip quipped recall recalled recalls recalling \
remark remarked admit admitted admits admitting deny denied denies denying predict predicted \
predicts promise promised promises pledge pledged pledges vow vowed vows urge urged urges urging \
confirm confirmed confirms recount recounted joke joked shout shouted concede conceded concedes \
contend contended contends assert asserted asserts testify testified comment commented comments \
continue continued continues emphasize emphasized emphasizes emphasizing emphasise emphasised \
stress stressed stresses stressing reiterate reiterated reiterates complain complained complains \
boast boasted mention mentioned maintain maintained maintains observe observed charge charged \
allege alleged alleges reveal revealed reveals agree agreed agrees retort retorted conclude \
concluded concludes caution cautioned tout touted touts blast blasted slam slammed scoff scoffed \
counter countered lament lamented muse mused wonder wondered exclaim exclaimed posted posts \
announce tells yelled chanted predicted asserts observes declaring stating noting insisting \
vowing warning pledging arguing suggesting explaining cite cited cites citing responding describe \
described describes describing accuse accused accuses accusing demand demanded demands recommend \
recommended propose proposed threaten threatened threatens echo echoed echoes charges pointed \
yell yells shouts scream screamed screams";

/// Words that may stand between a speaker and the cue: `Lavrov also said`,
/// `the campaign has repeatedly said`.
const BETWEEN_SPEAKER_AND_CUE: &str = "also later then again previously repeatedly once recently \
earlier further has have had will would could may might must did does do was were is are had \
already often frequently publicly privately reportedly separately subsequently simply even still \
specifically flatly quickly firmly last just never not now himself herself themselves itself \
isn't wasn't doesn't didn't won't hasn't haven't aren't weren't isn’t wasn’t doesn’t didn’t won’t \
hasn’t haven’t aren’t weren’t initially first finally since alone too long";

/// Words that end a speaker phrase when walking back from the cue.
const STOP: &str = "that and but or which who whom whose when where while as if because since \
though although after before than then so to in on at by with from into for about over under \
against between during without through also not no is are was were be been being has have had \
do does did will would could should may might must can it this these those there here said says \
say told tells tell what how why";

const PRONOUNS_MALE: &[&str] = &["he", "him", "his", "himself"];
const PRONOUNS_FEMALE: &[&str] = &["she", "her", "hers", "herself"];
const PRONOUNS_GROUP: &[&str] = &["they", "we", "it", "i", "you"];

/// Roles and titles that stand before names and head descriptions.
const ROLES: &str = "president minister secretary senator sen. rep. representative governor \
gov. mayor chancellor premier king queen prince princess pope ambassador diplomat spokesman \
spokeswoman spokesperson chairman chairwoman chair ceo director chief commissioner general gen. \
admiral colonel col. captain capt. lieutenant sergeant officer attorney judge justice lawyer \
professor prof. dr. doctor analyst economist leader candidate nominee congressman congresswoman \
lawmaker official adviser advisor aide deputy strategist pollster manager founder owner head \
speaker vice sheriff chief-of-staff commander coach executive author writer reporter anchor host \
editor columnist correspondent researcher scientist expert activist mr. mrs. ms. miss rev. \
pastor father bishop cardinal rabbi imam sister brother dean treasurer partner investor \
billionaire businessman businesswoman founder-ceo whip prosecutor detective trooper premier \
commentator campaign-manager press attorney-general surgeon neurosurgeon physician nurse teacher student \
candidate-elect president-elect famer";

/// Words that make a capitalised phrase an organisation.
const ORG_WORDS: &str = "party committee department ministry council agency association bureau \
commission institute center centre foundation bank fund service services administration \
university college school company corp. corp inc. inc ltd. group network news times post \
journal press tribune herald guardian review magazine television radio court senate house \
congress parliament assembly army navy force forces police union campaign coalition alliance \
organization organisation league federation board office church corporation airlines motors \
studios institution society hospital club team caucus government cabinet kremlin pentagon \
commerce trust program project initiative poll polls survey watch reuters bloomberg tass";

/// Last words of the names of places and buildings (`Palm Beach County`,
/// `Madison Square Garden`, `Trump Plaza Hotel`), never a surname.
const PLACE_HEAD_WORDS: &str = "county city beach island airport avenue square river valley \
bridge village plaza boulevard stadium arena garden gardens hotel resort casino museum tower \
mall canyon harbor harbour peninsula";

/// Last words of the names of places that are surnames too (`Jackson
/// Park`, `Jerry Hall`): a place's only after a word that is no first name.
const PLACE_HEAD_SURNAMES: &str = "park street hall field hill hills lake heights";

/// Words that make a name an organisation when they end it (`Cedar
/// Rapids Gazette`, `Bain Capital`, `Turner Broadcasting`), but not inside
/// one, where an organisation's word would end it (`RBC Capital Markets`).
const ORG_ENDING_WORDS: &str = "gazette examiner insider chronicle observer sentinel inquirer \
dispatch courier bulletin monitor register telegraph broadcasting media communications \
entertainment productions promotions partners holdings capital consulting strategies industries \
enterprises ventures associates technologies systems labs markets management state research \
beacon caller ledger enquirer pac";

/// Well-known organisations a name list would miss (acronyms, agencies).
const KNOWN_ORGS: &str = "nato un united-nations eu fbi cia nsa cnn bbc afp ap ap. reuters \
bloomberg tass interfax xinhua msnbc nbc abc cbs fox npr pbs gop dnc rnc kremlin pentagon \
politifact breitbart politico axios nasa who imf opec isis isil hamas hezbollah taliban al-qaeda \
nyt wsj usa-today google facebook twitter apple amazon microsoft the-post the-times \
the-white-house white-house downing-street wall-street capitol-hill whitehall élysée elysee \
kremlin";

/// Capitalised words that are never names: days, months, and words that
/// open sentences.
const NOT_NAME: &str = "monday tuesday wednesday thursday friday saturday sunday january \
february march april may june july august september october november december the a an this \
that these those it its he she they we i you his her their our my your but and or so if when \
while as at in on by for of to from with after before since during although though because \
however meanwhile also still yet then there here what who why how where which even mr. mrs. ms. \
dr. said says according among about over under despite without within last next earlier later \
one two three four five six seven eight nine ten first second third new former read more \
breaking update watch photo video editor note jan. feb. mar. apr. aug. sep. sept. sept oct. nov. \
dec. no.";

/// US states as the AP abbreviates them (`Miami, Fla.`, `D-Calif.`),
/// without their periods; those that are also words or titles (`Miss.`,
/// `Ill.`, `Wash.`, `Ind.`) only after a party's letter (`R-Ind.`).
const STATE_ABBREVIATIONS: &str = "ala ariz ark calif colo conn fla kan kans ky md mich minn mont \
neb nev okla ore tenn vt wis wyo n.h n.j n.m n.y n.c n.d r.i s.c s.d w.va";
const STATE_ABBREVIATIONS_ALSO_WORDS: &str = "del ga ill ind la mass miss mo pa tex va wash";
static STATES_ABBREVIATED: LazyLock<WordSet> = LazyLock::new(|| set(STATE_ABBREVIATIONS));
static STATES_ABBREVIATED_ALSO_WORDS: LazyLock<WordSet> =
    LazyLock::new(|| set(STATE_ABBREVIATIONS_ALSO_WORDS));

/// A state as the AP abbreviates it (`Calif.`, `N.Y.`), lowercased.
pub fn is_state_abbreviation(lower: &str) -> bool {
    STATES_ABBREVIATED.contains(lower.trim_end_matches('.'))
}

/// A capitalised word (lowercased) that is never a word of a name, though
/// `NOT_NAMES` (which holds the states as the AP abbreviates them:
/// `Calif.`) does not hold it: a contraction (`I'm`, `We’re`, `Don't`) or
/// a party's letter and state (`R-Fla`, `D-N.Y.`).
pub fn never_in_a_name(lower: &str) -> bool {
    // (Asked of every capitalised word: the few bytes that can say so
    // first.)
    let b = lower.as_bytes();
    if b.len() > 2 && b[1] == b'-' && matches!(b[0], b'r' | b'd' | b'i') {
        let st = lower[2..].trim_end_matches('.');
        return STATES_ABBREVIATED.contains(st)
            || STATES_ABBREVIATED_ALSO_WORDS.contains(st)
            || PLACES.contains(st);
    }
    // (An apostrophe is among a contraction's last four bytes, three of
    // them a ’.)
    if !b[b.len().saturating_sub(6)..]
        .iter()
        .any(|&x| x == b'\'' || x == 0x99)
    {
        return false;
    }
    ["m", "re", "ve", "d", "ll", "t"].iter().any(|end| {
        let before_apostrophe = |apostrophe: &str| {
            lower
                .strip_suffix(end)
                .and_then(|s| s.strip_suffix(apostrophe))
                .is_some_and(|s| !s.is_empty() && (*end != "t" || s.ends_with('n')))
        };
        before_apostrophe("'") || before_apostrophe("’")
    })
}

fn set(words: &str) -> WordSet {
    words.split_whitespace().collect()
}

pub static CUES: LazyLock<WordSet> = LazyLock::new(|| set(CUE_VERBS));
pub static BETWEEN: LazyLock<WordSet> = LazyLock::new(|| set(BETWEEN_SPEAKER_AND_CUE));
pub static STOPS: LazyLock<WordSet> = LazyLock::new(|| set(STOP));
pub static ROLE_WORDS: LazyLock<WordSet> = LazyLock::new(|| set(ROLES));
pub static ORGS: LazyLock<WordSet> = LazyLock::new(|| set(ORG_WORDS));
/// What the last word of a name says of its kind (one table for the
/// three lists: every name asks).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum LastWord {
    /// `ORG_ENDING_WORDS`.
    Organization,
    /// `PLACE_HEAD_WORDS`.
    Place,
    /// `PLACE_HEAD_SURNAMES`.
    PlaceOrSurname,
}

pub static LAST_WORDS: LazyLock<WordMap<LastWord>> = LazyLock::new(|| {
    let words = |list: &'static str, kind| list.split_whitespace().map(move |w| (w, kind));
    words(ORG_ENDING_WORDS, LastWord::Organization)
        .chain(words(PLACE_HEAD_WORDS, LastWord::Place))
        .chain(words(PLACE_HEAD_SURNAMES, LastWord::PlaceOrSurname))
        .collect()
});
pub static KNOWN_ORG_NAMES: LazyLock<WordSet> = LazyLock::new(|| {
    KNOWN_ORGS
        .split_whitespace()
        .map(|w| w.replace('-', " "))
        .collect()
});
/// The plurals in -men of the role words in -man (`spokesmen`), made
/// once rather than a string per lookup.
static ROLE_PLURALS_MEN: LazyLock<WordSet> = LazyLock::new(|| {
    ROLE_WORDS
        .keys()
        .filter_map(|w| w.strip_suffix("man").map(|s| format!("{s}men")))
        .collect()
});

/// A role word, singular or plural: `spokesman`, `spokesmen`, `senators`.
pub fn is_role_word(l: &str) -> bool {
    ROLE_WORDS.contains(l)
        || l.strip_suffix('s').is_some_and(|s| ROLE_WORDS.contains(s))
        || (l.ends_with("men") && ROLE_PLURALS_MEN.contains(l))
}

/// `NOT_NAME`, and the states as the AP abbreviates them, without their
/// period (`Calif`) or with it (`N.Y.`, an initialism's).
pub static NOT_NAMES: LazyLock<WordSet> = LazyLock::new(|| {
    let states = STATE_ABBREVIATIONS.split_whitespace();
    let dotted = states
        .clone()
        .filter(|s| s.contains('.'))
        .map(|s| format!("{s}."));
    NOT_NAME
        .split_whitespace()
        .map(str::to_owned)
        .chain(states.map(str::to_owned))
        .chain(dotted)
        .collect()
});

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    Male,
    Female,
    Unknown,
}

#[derive(Debug, Clone, Copy)]
pub struct FirstName {
    pub gender: Gender,
    /// An English word that fewer than 10,000 births (US Social Security,
    /// 1880-2015) had as a name: `peace`, `west`, `marine`.
    pub seldom_given_word: bool,
}

/// First names with their usual sex (US Social Security data).
pub static FIRST_NAMES: LazyLock<WordMap<FirstName>> = LazyLock::new(|| {
    include_str!("../../assets/data/first_names.tsv")
        .lines()
        .filter_map(|l| {
            // `name<TAB>M`, `name<TAB>U<TAB>word`.
            let (name, rest) = l.split_once('\t')?;
            let gender = match rest.as_bytes().first()? {
                b'M' => Gender::Male,
                b'F' => Gender::Female,
                _ => Gender::Unknown,
            };
            let seldom_given_word = rest.ends_with("\tword");
            Some((
                name,
                FirstName {
                    gender,
                    seldom_given_word,
                },
            ))
        })
        .collect()
});

/// Words English writes in lower case (SCOWL), one a line, sorted by
/// byte: a capitalised word on this list may open a sentence or a
/// headline; one off it is a name.
const COMMON_WORDS: &str = include_str!("../../assets/data/common_words.txt");

/// `lower` is an English word (`actor`, `follow`, `neither`), not only a
/// name (`aung`, `ketanji`).
pub fn is_common_word(lower: &str) -> bool {
    is_line_of_sorted(COMMON_WORDS.as_bytes(), lower.as_bytes())
}

/// Binary search of the lines of `sorted` (each ended by `\n`) for
/// `line`, in place: the list is looked at a few times an article, so
/// building a set from its 64,000 lines would cost more than every search.
fn is_line_of_sorted(sorted: &[u8], line: &[u8]) -> bool {
    let (mut low, mut high) = (0, sorted.len());
    while low < high {
        // The line around the middle byte.
        let middle = low + (high - low) / 2;
        let start = sorted[low..middle]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(low, |i| low + i + 1);
        let end = sorted[middle..high]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(high, |i| middle + i);
        match sorted[start..end].cmp(line) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => low = end + 1,
            std::cmp::Ordering::Greater => high = start,
        }
    }
    false
}

/// Place names (GeoNames), lowercased.
pub static PLACES: LazyLock<WordSet> = LazyLock::new(|| {
    include_str!("../../assets/data/places.txt")
        .lines()
        .map(|l| l.trim().to_lowercase())
        .filter(|l| !l.is_empty())
        .collect()
});

/// Demonym -> country, lowercased: russian -> russia.
pub static DEMONYMS: LazyLock<WordMap<String>> = LazyLock::new(|| {
    include_str!("../../assets/data/demonyms.tsv")
        .lines()
        .filter_map(|l| {
            let (d, c) = l.split_once('\t')?;
            Some((d.to_lowercase(), c.to_lowercase()))
        })
        .collect()
});

/// Country names (the demonym list's countries), lowercased.
pub static COUNTRIES: LazyLock<WordSet> = LazyLock::new(|| DEMONYMS.values().cloned().collect());

/// Whether `New` before this word (lowercased) opens a place's name:
/// `New York`, `New Jersey`, `New Zealand`. ("new" is otherwise a common
/// word that opens sentences, `New polls show ...`.)
pub fn new_opens_place(next: &str) -> bool {
    static SECOND_WORDS: LazyLock<WordSet> = LazyLock::new(|| {
        PLACES
            .keys()
            .filter_map(|p| p.strip_prefix("new ")?.split(' ').next())
            .map(str::to_owned)
            .collect()
    });
    SECOND_WORDS.contains(next)
}

pub fn is_country(lower: &str) -> bool {
    COUNTRIES.contains(lower)
}

pub fn is_cue(lower: &str) -> bool {
    CUES.contains(lower)
}

pub fn pronoun_gender(lower: &str) -> Option<Gender> {
    if PRONOUNS_MALE.contains(&lower) {
        Some(Gender::Male)
    } else if PRONOUNS_FEMALE.contains(&lower) {
        Some(Gender::Female)
    } else if PRONOUNS_GROUP.contains(&lower) {
        Some(Gender::Unknown)
    } else {
        None
    }
}

pub fn is_subject_pronoun(lower: &str) -> bool {
    matches!(lower, "he" | "she" | "they" | "we" | "i" | "it" | "you")
}

pub fn first_name_gender(lower: &str) -> Option<Gender> {
    FIRST_NAMES.get(lower).map(|f| f.gender)
}

/// An English word that parents seldom give as a name (`peace`, `west`,
/// `star`; not `mark` or `rose`): before another English word, it opens
/// no person's name (`Peace Corps`, `West Point`).
pub fn is_a_word_seldom_a_name(lower: &str) -> bool {
    FIRST_NAMES.get(lower).is_some_and(|f| f.seldom_given_word)
}

pub fn honorific_gender(lower: &str) -> Option<Gender> {
    match lower.trim_end_matches('.') {
        "mr" | "sir" | "king" | "prince" | "father" | "congressman" | "spokesman" | "chairman"
        | "businessman" | "brother" => Some(Gender::Male),
        "mrs" | "ms" | "miss" | "madam" | "queen" | "princess" | "sister" | "congresswoman"
        | "spokeswoman" | "chairwoman" | "businesswoman" | "dame" => Some(Gender::Female),
        _ => None,
    }
}

/// A name made an adjective by a hyphen and a word (`Trump-style`,
/// `Brooklyn-based`, `Queens-born`, `Lindsey Graham-type`): no name.
/// (Not `Kim Jong-un`: the words are listed.)
pub fn is_name_made_adjective(lower: &str) -> bool {
    // (Asked of every name: a byte search, not the general pattern one.)
    let dash = lower.bytes().rposition(|b| b == b'-');
    dash.is_some_and(|at| {
        matches!(
            &lower[at + 1..],
            "style"
                | "type"
                | "era"
                | "born"
                | "based"
                | "language"
                | "led"
                | "backed"
                | "like"
                | "owned"
                | "funded"
                | "linked"
                | "allied"
                | "aligned"
                | "made"
                | "bred"
                | "raised"
                | "educated"
                | "inspired"
                | "sponsored"
                | "friendly"
                | "leaning"
                | "controlled"
                | "affiliated"
                | "esque"
                | "related"
                | "spent"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_english_word_list_knows_words_not_names() {
        for word in ["a", "actor", "follow", "neither", "zygote"] {
            assert!(is_common_word(word), "{word}");
        }
        for name in ["aung", "ketanji", "", "actors'", "Actor", "zzz"] {
            assert!(!is_common_word(name), "{name}");
        }
    }

    proptest! {
        /// The in-place search finds exactly the lines of a sorted list.
        #[test]
        fn searching_sorted_lines_in_place_finds_exactly_the_lines(
            words in proptest::collection::btree_set("[a-c]{0,4}", 0..40),
            probe in "[a-c]{0,4}",
        ) {
            let text: String = words.iter().map(|w| format!("{w}\n")).collect();
            prop_assert_eq!(is_line_of_sorted(text.as_bytes(), probe.as_bytes()), words.contains(&probe));
            for w in &words {
                prop_assert!(is_line_of_sorted(text.as_bytes(), w.as_bytes()));
            }
        }
    }
}
