//! The analysis rules, each on short made-up sentences, and regressions
//! for hard cases met in real news.

use hearsay::model::{Corpus, EntityKind, QuoteKind};
use hearsay::{analysis, ingest};

/// A quote as a reader sees it.
#[derive(Debug, Clone, PartialEq)]
struct Q {
    kind: QuoteKind,
    content: String,
    cue: String,
    mention: String,
    speaker: String,
}

fn corpus(texts: &[&str]) -> Corpus {
    let named: Vec<(String, &str)> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| (format!("{i}.txt"), *t))
        .collect();
    let mut c = ingest::load_texts(&named);
    analysis::analyze(&mut c);
    c
}

fn quotes_in(c: &Corpus, article: usize) -> Vec<Q> {
    let a = &c.articles[article];
    let text =
        |s: Option<hearsay::model::Span>| s.map_or(String::new(), |s| c.text(a, s).to_owned());
    a.quotes
        .iter()
        .map(|q| Q {
            kind: q.kind,
            content: text(Some(q.content())),
            cue: text(q.cue()),
            mention: text(q.speaker_mention()),
            speaker: q
                .speaker()
                .map_or(String::new(), |e| c.entities[e].name.clone()),
        })
        .collect()
}

/// The quotes of one article made of a title and these paragraphs.
fn quotes(paragraphs: &str) -> Vec<Q> {
    quotes_in(&corpus(&[&format!("A Title\n\n{paragraphs}\n")]), 0)
}

/// The content of the one quote in these paragraphs.
fn content_of(paragraphs: &str) -> String {
    only(paragraphs).content
}

fn only(paragraphs: &str) -> Q {
    let q = quotes(paragraphs);
    assert_eq!(q.len(), 1, "{paragraphs}\n{q:#?}");
    q.into_iter().next().unwrap()
}

// --- direct quotes and their frames ---

#[test]
fn quote_then_speaker_and_cue() {
    let q = only("“The bridge will open in May,” Mayor Ana Ruiz said.");
    assert_eq!(
        (q.kind, q.content.as_str(), q.cue.as_str()),
        (QuoteKind::Direct, "The bridge will open in May,", "said")
    );
    assert_eq!(q.speaker, "Ana Ruiz");
}

#[test]
fn inverted_cue_before_speaker() {
    let q = only("“We are ready,” said Tomas Berg, a union leader.");
    assert_eq!(q.mention, "Tomas Berg");
    assert_eq!(q.content, "We are ready,");
}

#[test]
fn speaker_cue_colon_then_quote() {
    let q = only("The minister Clara Vogt said: “Nothing has been agreed.”");
    assert_eq!(
        (q.kind, q.content.as_str(), q.speaker.as_str()),
        (QuoteKind::Direct, "Nothing has been agreed.", "Clara Vogt")
    );
}

#[test]
fn a_statement_split_by_its_cue_shares_the_cue() {
    let q = quotes("“It is late,” Omar Haddad said. “But we will finish.”");
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(q[0].cue, q[1].cue);
    assert_eq!(q[1].content, "But we will finish.");
    assert_eq!(q[1].speaker, "Omar Haddad");
}

#[test]
fn a_quote_running_over_paragraphs_is_one_statement() {
    let q = quotes("Lena Park said: “The first part goes on\n\n“and the second part ends here.”");
    assert!(q.len() >= 2, "{q:#?}");
    assert!(q.iter().all(|x| x.speaker == "Lena Park"), "{q:#?}");
    assert_eq!(q[0].cue, q[1].cue);
}

#[test]
fn a_paragraph_of_quotation_after_a_statement_names_its_speaker() {
    let q = quotes(
        "“The town has changed,” Lena Park said, pointing to the new mill.\n\n“So I think people fear it.”",
    );
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(q[1].content, "So I think people fear it.");
    assert_eq!(q[1].speaker, "Lena Park");
    // The mention that names her, though in the paragraph before; and,
    // after her words quoted, the same statement with its cue (as
    // PolNeAR marks two in three such paragraphs).
    assert_eq!(q[1].mention, "Lena Park");
    assert_eq!(q[1].cue, "said");
    // After a report of what she said, a new statement with no cue.
    let q =
        quotes("Lena Park said the town had changed a great deal.\n\n“So I think people fear it.”");
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(
        (q[1].speaker.as_str(), q[1].cue.as_str()),
        ("Lena Park", "")
    );
}

#[test]
fn an_unclosed_mark_stops_at_its_paragraph() {
    let q = quotes(
        "“We will go on, Jo Kim said.\n\nThe council met later. Its chair, Ivo Nagy, said the budget was fine.",
    );
    let last = q.last().unwrap();
    assert_eq!(last.content, "the budget was fine");
    assert_eq!(last.speaker, "Ivo Nagy");
}

#[test]
fn nested_quotes_stay_inside() {
    let q = only("“They called it ‘a disaster,’ and I agree,” Sam Cole said.");
    assert_eq!(q.content, "They called it ‘a disaster,’ and I agree,");
}

#[test]
fn apostrophes_are_not_quotes() {
    assert!(quotes("The mayor’s plan didn’t pass, and the voters’ mood soured.").is_empty());
}

#[test]
fn scare_quotes_without_a_speaker_are_not_statements() {
    assert!(quotes("The so-called “reform” package passed on Monday.").is_empty());
}

#[test]
fn a_quoted_title_is_no_ones_words_but_a_nickname_given_is() {
    let q = quotes(
        "Jorge Ramos spoke.\n\nHe hosts a Sunday talk show and leads “America with Jorge Ramos.”",
    );
    assert!(q.is_empty(), "{q:#?}");
    let q = only(
        "Donald Trump spoke.\n\nTrump turned on Cruz in return, yoking him with the nickname “Lyin’ Ted.”",
    );
    assert_eq!(q.speaker, "Donald Trump");
}

#[test]
fn quotes_signed_with_a_dash() {
    let q = only("“I will vote for the first time this year.” ― Maria Lopez");
    assert_eq!((q.mention.as_str(), q.cue.as_str()), ("Maria Lopez", "―"));
}

#[test]
fn interview_transcripts_name_their_speaker() {
    let q = only("HOST: Will the talks resume next week?");
    assert_eq!(q.mention, "HOST");
    assert_eq!(q.cue, ":");
}

#[test]
fn a_transcript_line_is_mixed_only_for_quoted_words_inside_it() {
    // An article quoting a transcript opens each paragraph with a mark.
    let qs = quotes(
        "\"HOST: Will the talks resume next week?\n\n\"GUEST: They will, as \u{201c}The Daily Ledger\u{201d} wrote on Monday.",
    );
    let kinds: Vec<(&str, QuoteKind)> = qs.iter().map(|q| (q.mention.as_str(), q.kind)).collect();
    assert_eq!(
        kinds,
        [("HOST", QuoteKind::Indirect), ("GUEST", QuoteKind::Mixed)],
        "{qs:#?}"
    );
}

// --- reported speech ---

#[test]
fn said_that_clause() {
    let q = only("Ana Ruiz said that the bridge would open in May.");
    assert_eq!(
        (q.kind, q.content.as_str()),
        (QuoteKind::Indirect, "that the bridge would open in May")
    );
}

#[test]
fn a_year_between_who_and_its_cue() {
    let q = only(
        "Obama met Mitch McConnell on Friday.\n\nObama has had a frosty relationship with McConnell, who in 2010 said the goal was to make Obama a \"one-term president.\"",
    );
    assert_eq!(
        q.content,
        "the goal was to make Obama a \"one-term president.\""
    );
    assert_eq!(q.speaker, "Mitch McConnell");
}

#[test]
fn said_without_that_and_with_time_and_object() {
    assert_eq!(
        only("Ana Ruiz said Tuesday the bridge would open in May.").content,
        "the bridge would open in May"
    );
    assert_eq!(
        only("Ana Ruiz told reporters the bridge would open in May.").content,
        "the bridge would open in May"
    );
    assert_eq!(
        only("Ana Ruiz said in a statement that the bridge would open in May.").content,
        "that the bridge would open in May"
    );
}

#[test]
fn clause_then_speaker() {
    let q = only("The bridge will open in May, Mayor Ana Ruiz said on Tuesday.");
    assert_eq!(q.content, "The bridge will open in May");
    assert_eq!(q.speaker, "Ana Ruiz");
}

#[test]
fn according_to_either_side() {
    assert_eq!(
        only("According to the agency Reuters, talks collapsed overnight.").content,
        "talks collapsed overnight"
    );
    let q = only("Talks collapsed overnight, according to Reuters.");
    assert_eq!(
        (q.content.as_str(), q.cue.as_str()),
        ("Talks collapsed overnight", "according to")
    );
}

#[test]
fn apposition_and_relative_speakers() {
    let q = only("Ivo Nagy, the council’s budget chief, said the numbers were wrong.");
    assert_eq!(
        (q.mention.as_str(), q.content.as_str()),
        ("Ivo Nagy", "the numbers were wrong")
    );
    let q = only("The plan was praised by Ivo Nagy, who said it would save money.");
    assert_eq!(
        (q.mention.as_str(), q.content.as_str()),
        ("Ivo Nagy", "it would save money")
    );
}

#[test]
fn mixed_quote_is_the_whole_clause() {
    let q = only("Ana Ruiz said the plan was “dead on arrival” and should be dropped.");
    assert_eq!(q.kind, QuoteKind::Mixed);
    assert_eq!(
        q.content,
        "the plan was “dead on arrival” and should be dropped"
    );
}

#[test]
fn a_quotation_given_as_a_name_ends_the_statement() {
    let q = only("Omar Haddad blasted the council as a “disgrace” on Friday at a rally in Leeds.");
    assert_eq!(q.kind, QuoteKind::Mixed);
    assert_eq!(q.content, "the council as a “disgrace”");
    let q = only(
        "Ana Ruiz described the crash as a “terrible situation,” but stopped short of blaming anyone.",
    );
    assert_eq!(q.content, "the crash as a “terrible situation,”");
}

#[test]
fn a_quotation_given_to_him_or_it_is_what_was_called() {
    let q = only("Dan Ruiz, the mayor, attacked Tomas Berg on Friday, calling him a “loser.”");
    assert_eq!(q.kind, QuoteKind::Mixed);
    assert_eq!(q.content, "him a “loser.”");
    assert_eq!(q.speaker, "Dan Ruiz");
    let q = only("Ana Ruiz called it a “starting point for talks.”");
    assert_eq!(q.content, "it a “starting point for talks.”");
}

#[test]
fn referred_to_as_and_mocked_for_a_quotation_report_it() {
    let q = quotes(
        "Jeb Bush spoke.\n\nSpeaking in Leeds, which is set to host the vote, Bush referred to Tomas Berg as “a bright, charismatic leader” but described his plans as a “work in progress.”",
    );
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(q[0].kind, QuoteKind::Mixed);
    assert_eq!(q[0].cue, "referred");
    assert_eq!(q[0].speaker, "Jeb Bush");
    assert_eq!(q[1].content, "his plans as a “work in progress.”");
    let q = only(
        "Ana Ruiz, who leads the council, mocked Dan Ruiz for “having a tough night” because he lost.",
    );
    assert_eq!(q.cue, "mocked");
    assert!(q.content.starts_with("Dan Ruiz for “having"), "{q:#?}");
    // Not without a quotation.
    assert!(quotes("Ana Ruiz referred to the report as a guide.").is_empty());
}

#[test]
fn went_on_to_say_and_began_by_saying_report_the_subjects_words() {
    let q = only("Tomas Berg spoke.\n\nHe went on to say, “She once threw a Bible at an agent.”");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(q.content, "She once threw a Bible at an agent.");
    assert_eq!(q.speaker, "Tomas Berg");
    let q = only("Ana Ruiz spoke.\n\nShe began by saying, “I don’t think jail is needed.”");
    assert_eq!(q.speaker, "Ana Ruiz");
    let q = only(
        "Dan Ruiz spoke.\n\nDan Ruiz, who signed the law as governor, interjected to say: “They have both been inconsistent.”",
    );
    assert_eq!(q.speaker, "Dan Ruiz");
    // After a quotation, `going on to say` reports a statement of its own.
    let q = quotes(
        "Dan Ruiz spoke.\n\n“We have come so far against discrimination,” Ruiz said, going on to say that the country spent “hundreds of years fighting racism” already.",
    );
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(q[1].cue, "say");
    assert_eq!(
        q[1].content,
        "that the country spent “hundreds of years fighting racism” already"
    );
    // Declining to say reports no words.
    assert!(
        quotes("Dan Ruiz spoke.\n\nHe declined to say, “for now,” what came next.")
            .iter()
            .all(|q| q.cue != "say")
    );
}

#[test]
fn a_second_speakers_frame_takes_the_quotation_after_it() {
    let q = quotes(
        "Ted Ruiz spoke.\n\n“There is a young man who is having some problems,” Ruiz said as the heckler yelled: “You lie!”",
    );
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(
        q[0].content,
        "There is a young man who is having some problems,"
    );
    assert_eq!(q[0].speaker, "Ted Ruiz");
    assert_eq!(q[1].content, "You lie!");
    assert_eq!(
        (q[1].cue.as_str(), q[1].mention.as_str()),
        ("yelled", "the heckler")
    );
    // The cue of a tweet named before the speaker's own frame gives way to it.
    let q = only(
        "Ana Berg spoke.\n\nIn one tweet Friday, Berg said: “Did the mayor help her become a citizen so she could use her?”",
    );
    assert_eq!((q.cue.as_str(), q.speaker.as_str()), ("said", "Ana Berg"));
    // A clause reported without `that` is no second frame: both quotations
    // are the senator's.
    let q = quotes(
        "Ed Kane spoke.\n\n“I wonder how they enjoy that,” Kane said. The senator said he rarely asks, “except for people I’m very close to.”",
    );
    assert!(q.iter().all(|q| q.cue == "said"), "{q:#?}");
    assert_eq!(q[1].mention, "The senator");
}

#[test]
fn but_has_said_is_a_second_verb_of_the_subject() {
    let q = quotes(
        "Ana Ruiz spoke.\n\nAna Ruiz, like the mayor, has urged towns to spend more but has said she will hold firm on taxes.",
    );
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(q[0].content, "towns to spend more");
    assert_eq!(q[1].content, "she will hold firm on taxes");
    assert_eq!(q[1].speaker, "Ana Ruiz");
}

#[test]
fn a_second_that_clause_is_a_second_part_with_the_same_cue() {
    let q = quotes(
        "Ana Ruiz announced that the bridge would close in May and that the road would reopen.",
    );
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(q[0].content, "that the bridge would close in May");
    assert_eq!(q[1].content, "that the road would reopen");
    assert_eq!(q[1].cue, "announced");
    assert_eq!(q[1].speaker, "Ana Ruiz");
    // Not a clause that opened without `that`.
    assert_eq!(
        quotes("Ana Ruiz said the bridge would close and that was final.").len(),
        1
    );
}

#[test]
fn before_claiming_ends_the_clause_and_reports_again() {
    let q = quotes(
        "Tomas Berg spoke.\n\nTomas Berg said the deadlock has “kept us safe” on Twitter before claiming that open borders are “tearing families apart.”",
    );
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(q[0].content, "the deadlock has “kept us safe” on Twitter");
    assert_eq!(q[1].cue, "claiming");
    assert_eq!(q[1].speaker, "Tomas Berg");
}

#[test]
fn a_dateline_or_run_in_head_in_capitals_is_no_one() {
    let q = only(
        "LEEDS — Sen. Ana Ruiz defended her plan on Monday, saying that the bridge would reopen.",
    );
    assert_eq!(q.speaker, "Ana Ruiz");
    let c = corpus(&[
        "A Title\n\nTomas Berg spoke.\n\nCOUNCIL HAS INVESTIGATED HIM — Berg's advice earned him a hearing.\n",
    ]);
    assert!(
        !entity_names(&c).iter().any(|n| n.contains("COUNCIL")),
        "{:?}",
        entity_names(&c)
    );
}

#[test]
fn said_opening_a_sentence_before_a_name_is_inverted() {
    let q = only(
        "Tomas Ellis spoke.\n\nThe code is complex. Said Ellis: “I don’t get the sense she wants reform.”",
    );
    assert_eq!(q.cue, "Said");
    assert_eq!(q.speaker, "Tomas Ellis");
}

#[test]
fn a_connective_opening_the_sentence_is_not_its_subject() {
    let q = quotes(
        "Tomas Berg spoke in Leeds.\n\nHowever, he held his fire on Dan Ruiz, calling him a “nice guy.”",
    );
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].mention, "he");
    assert_eq!(q[0].speaker, "Tomas Berg");
}

#[test]
fn a_quotation_right_after_the_cue_opening_a_clause_is_mixed() {
    let q = only("He said “budget reforms” and the collection of unpaid taxes would pay for them.");
    assert_eq!(q.kind, QuoteKind::Mixed);
    assert_eq!(
        q.content,
        "“budget reforms” and the collection of unpaid taxes would pay for them"
    );
}

#[test]
fn a_clause_ends_at_yet_and_at_a_new_frame_after_but() {
    let q = only(
        "Tomas Berg demands answers from the mayor on the budget, yet refuses to release his own records.",
    );
    assert_eq!(q.content, "answers from the mayor on the budget");
    let q = quotes(
        "Ana Ruiz proposed dropping the toll on the bridge, but analysts said it was still a costly plan.",
    );
    assert_eq!(q[0].content, "dropping the toll on the bridge", "{q:#?}");
}

#[test]
fn a_participle_adds_a_second_statement() {
    let q = quotes("“We are not done,” Omar Haddad said, adding that talks would resume Monday.");
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(q[1].content, "that talks would resume Monday");
    assert_eq!(q[1].speaker, "Omar Haddad");
}

#[test]
fn pointed_out_and_echoed_report() {
    let q = only("Ana Ruiz pointed out that the plan was dead.");
    assert_eq!(
        (q.cue.as_str(), q.content.as_str()),
        ("pointed out", "that the plan was dead")
    );
    let q = only("Tomas Berg echoed that view, saying the vote would fail.");
    assert_eq!(q.content, "the vote would fail");
    assert!(quotes("The officer pointed a gun at the driver for a long time.").is_empty());
}

#[test]
fn passive_and_noun_cues_are_not_statements() {
    assert!(quotes("Omar Haddad was asked about the strike.").is_empty());
    assert!(quotes("The mayor’s tweets drew criticism from many residents.").is_empty());
}

#[test]
fn quoted_as_saying_names_the_real_speaker() {
    let q = only("The port will reopen soon, the agency quoted Minister Clara Vogt as saying.");
    assert_eq!(q.mention, "Clara Vogt");
}

// --- who the speaker is ---

#[test]
fn surnames_and_pronouns_resolve_to_the_full_name() {
    let q = quotes(
        "Finance Minister Clara Vogt met the unions on Monday.\n\n\
         “We have a deal,” Vogt said.\n\n\
         She added that the deal would cost little.",
    );
    assert_eq!(q.len(), 2, "{q:#?}");
    assert!(q.iter().all(|x| x.speaker == "Clara Vogt"), "{q:#?}");
}

#[test]
fn he_and_she_follow_gender() {
    let q = quotes(
        "Mayor Ana Ruiz and Governor Tomas Berg spoke on Friday.\n\n\
         He said the money was there. She said it was not.",
    );
    let speakers: Vec<&str> = q.iter().map(|x| x.speaker.as_str()).collect();
    assert_eq!(speakers, ["Tomas Berg", "Ana Ruiz"]);
}

#[test]
fn she_after_a_name_no_list_knows_whose_surname_is_a_persons_is_that_person() {
    // `Zorvanka` is in no first-name list; `Ruiz` is her husband's name.
    let q = quotes(
        "Police stopped Tomas Ruiz on Friday. Zorvanka Ruiz can be heard shouting at the officers.\n\n\
         \"Please stop,\" she says.\n\n\
         Conservative Christians gathered outside.\n\n\
         \"We pray for them,\" he said.",
    );
    let speakers: Vec<&str> = q.iter().map(|x| x.speaker.as_str()).collect();
    // (A group is no one's name: `he` is the man named before.)
    assert_eq!(speakers, ["Zorvanka Ruiz", "Tomas Ruiz"], "{q:#?}");
}

#[test]
fn she_after_a_speaker_of_unknown_gender_is_that_speaker() {
    let q = quotes(
        "Mayor Ana Ruiz spoke on Friday.\n\n\
         “The rules are wrong,” said widow Terry Strada.\n\n\
         She continued, “We want our day in court.”",
    );
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(q[1].speaker, "Terry Strada", "{q:#?}");
}

#[test]
fn roles_are_the_words_right_before_a_name_not_a_clause_before_it() {
    // `The Texas senator led both Donald Trump`: the senator is not Trump,
    // here or in the next article.
    let c = corpus(&[
        "A Title\n\nTexas Sen. Ted Cruz spoke in Austin.\n",
        "A Title\n\nTed Cruz won in Wisconsin on Tuesday.\n\n\
         The Texas senator led both Donald Trump and John Kasich by wide margins in the polls.\n\n\
         “We won tonight,” the Texas senator said.\n",
    ]);
    let q = quotes_in(&c, 1);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].speaker, "Ted Cruz", "{q:#?}");
    // `neurosurgeon` is a role: `the retired neurosurgeon` is Ben Carson.
    let c = corpus(&[
        "A Title\n\nFormer neurosurgeon Ben Carson spoke in Ohio.\n",
        "A Title\n\nBen Carson and Donald Trump met on Monday.\n\n\
         “Trump understands the economy,” the retired neurosurgeon said.\n",
    ]);
    assert_eq!(quotes_in(&c, 1)[0].speaker, "Ben Carson");
}

#[test]
fn a_description_fits_the_roles_one_article_gives_not_words_from_several() {
    // Ruiz is `former` in one article and `president` (of a party) in
    // another: he is not `the former president`; Tomas Berg is.
    let c = corpus(&[
        "A Title\n\nDan Ruiz, a former governor, spoke in Leeds.\n",
        "A Title\n\nParty president Dan Ruiz spoke in York.\n",
        "A Title\n\nFormer President Tomas Berg spoke in Hull.\n",
        "A Title\n\nDan Ruiz met Tomas Berg in Leeds. Ruiz spoke first. Ruiz spoke again.\n\n\
         “We talked about roads,” the former president said.\n",
    ]);
    let q = quotes_in(&c, 3);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].speaker, "Tomas Berg", "{q:#?}");
    // Nor with a role only his surname was given here (`President Bush`,
    // of his brother).
    let c = corpus(&[
        "A Title\n\nFormer Gov. Jeb Bush spoke in Miami.\n",
        "A Title\n\nFormer President George W. Bush spoke in Dallas.\n",
        "A Title\n\nJeb Bush brought his brother, George W. Bush, to Leeds. Jeb Bush spoke. \
         Jeb Bush spoke again. President Bush waved.\n\n\
         “Labels are for soup cans,” the former president said.\n",
    ]);
    let q = quotes_in(&c, 2);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].speaker, "George W. Bush", "{q:#?}");
}

#[test]
fn a_party_and_state_after_a_name_is_no_speaker() {
    let q = only(
        "“That was a good speech,” Representative Steve Cohen, Democrat of Tennessee, told Mr. Obama.",
    );
    assert_eq!(q.content, "That was a good speech,");
    assert_eq!(q.speaker, "Steve Cohen", "{q:#?}");
}

#[test]
fn a_lone_word_that_names_a_poll_is_an_organisation() {
    let c = corpus(&[
        "A Title\n\nA new Quinnipac poll shows the race is close.\n\n\
         “Voters are split,” Quinnipac said.\n",
    ]);
    let q = quotes_in(&c, 0);
    let e = c
        .entities
        .iter()
        .find(|e| e.name == "Quinnipac")
        .expect("Quinnipac");
    assert_eq!(e.kind, EntityKind::Organization, "{q:#?}");
    // Without the poll, a lone unknown name that speaks is a person's.
    let c = corpus(&["A Title\n\n“Voters are split,” Quinnipac said.\n"]);
    let e = c
        .entities
        .iter()
        .find(|e| e.name == "Quinnipac")
        .expect("Quinnipac");
    assert_eq!(e.kind, EntityKind::Person);
}

#[test]
fn a_name_of_the_body_it_works_for_speaks_as_that_person() {
    let q = quotes(
        "Peter Morgan of the Sierra Club spoke.\n\n“It was the least bad outcome,” Mr. Morgan of the Sierra Club said.",
    );
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(
        (q[0].mention.as_str(), q[0].speaker.as_str()),
        ("Morgan", "Peter Morgan")
    );
    // Not a share of a group.
    let q = only("Most of the Senate Republicans said they would back the bill.");
    assert_ne!(q.mention, "Most", "{q:#?}");
}

#[test]
fn a_wire_dateline_is_no_one() {
    let c = corpus(&[
        "A Title\n\nFLINT, Mich., Oct. 4 (UPI) — Former President Tomas Berg spoke in Flint.\n\n\
         “It is a crazy system,” he said.\n",
    ]);
    let q = quotes_in(&c, 0);
    assert_eq!(q[0].speaker, "Tomas Berg", "{q:#?}");
    assert!(
        c.entities.iter().all(|e| e.name != "FLINT"),
        "{:?}",
        c.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
}

#[test]
fn a_shared_surname_goes_to_the_protagonist_unless_the_other_was_just_named() {
    // Both named lately: the one the article named first.
    let q = quotes(
        "Former Mayor Tomas Berg spoke in Leeds for his wife, Ana Berg.\n\n\
         “The system is crazy,” Berg said.",
    );
    assert_eq!(q[0].speaker, "Tomas Berg", "{q:#?}");
    let q = quotes(
        "Ana Berg met her doctors, her husband Tomas Berg said.\n\n\
         “She was fine,” Berg said.",
    );
    assert_eq!(q[1].speaker, "Ana Berg", "{q:#?}");
    // The other named long ago: the one just named.
    let filler =
        "The council met again and talked about roads, schools and the budget for a long time. "
            .repeat(12);
    let q = quotes(&format!(
        "Candidate Gary Holm spoke in Leeds.\n\n{filler}\n\n\
         Security Secretary Jeh Holm visited the port.\n\n\
         “Nothing was hacked,” Holm said."
    ));
    assert_eq!(q.last().unwrap().speaker, "Jeh Holm", "{q:#?}");
}

#[test]
fn a_sentence_opening_with_a_description_makes_its_person_the_subject() {
    let q = quotes(
        "President Tomas Berg visited Leeds.\n\n\
         Omar Haddad, one of the president’s aides, recalled Berg reading about floods.\n\n\
         The president’s roots also came into play. In Leeds, he told farmers that few understood the floods.",
    );
    assert_eq!(q.last().unwrap().speaker, "Tomas Berg", "{q:#?}");
}

#[test]
fn a_description_resolves_through_roles() {
    let q = quotes(
        "Russian Foreign Minister Sergei Lavrov arrived in Ankara.\n\n\
         Russia’s top diplomat said the talks were useful.",
    );
    assert_eq!(q[0].speaker, "Sergei Lavrov");
}

#[test]
fn a_description_resolves_through_an_apposition_opening_a_sentence() {
    let q = quotes(
        "Mayor Ana Ruiz and Senator Tomas Berg met voters.\n\n\
         Berg, a York businessman, spoke first.\n\n\
         “We need change,” the York businessman said.",
    );
    assert_eq!(q[0].speaker, "Tomas Berg", "{q:#?}");
}

#[test]
fn a_caption_names_whom_the_body_describes() {
    let dump = "Talks in Ankara\n\n\
        Foreign Minister Sergei Lavrov speaks in Ankara on May 2, 2025 (AP)\n\
        Foreign Minister Sergei Lavrov speaks in Ankara on May 2, 2025 (AP)\n\
        TT\n\nTalks in Ankara\n\n\
        Foreign Minister Sergei Lavrov speaks in Ankara on May 2, 2025 (AP)\n\n\
        The foreign minister said the talks were useful.\n";
    let c = corpus(&[dump]);
    assert_eq!(quotes_in(&c, 0)[0].speaker, "Sergei Lavrov");
}

#[test]
fn one_entity_per_person_across_articles() {
    let c = corpus(&[
        "One\n\nForeign Minister Sergei Lavrov said the West was wrong.\n",
        "Two\n\n“We are open to talks,” Lavrov said. Sergei Lavrov spoke in Moscow.\n",
    ]);
    let a = quotes_in(&c, 0);
    let b = quotes_in(&c, 1);
    assert_eq!(a[0].speaker, "Sergei Lavrov");
    assert_eq!(b[0].speaker, "Sergei Lavrov");
    assert_eq!(
        c.articles[0].quotes[0].speaker(),
        c.articles[1].quotes[0].speaker()
    );
}

#[test]
fn a_surname_alone_joins_the_corpus_person_who_has_it() {
    let c = corpus(&[
        "One\n\nPresident Donald Trump said the deal was good.\n",
        "Two\n\nTrump said the deal was bad.\n",
    ]);
    assert_eq!(quotes_in(&c, 1)[0].speaker, "Donald Trump");
}

#[test]
fn juniors_and_spouses_stay_apart() {
    let c = corpus(&[
        "One\n\nDonald Trump Jr. said the rally was full. Donald Trump said it was not.\n\n\
        Hillary Clinton said the plan works. Bill Clinton said it does not.\n",
    ]);
    let q = quotes_in(&c, 0);
    let speakers: Vec<&str> = q.iter().map(|x| x.speaker.as_str()).collect();
    assert_eq!(
        speakers,
        [
            "Donald Trump Jr.",
            "Donald Trump",
            "Hillary Clinton",
            "Bill Clinton"
        ]
    );
}

#[test]
fn a_title_tells_which_of_two_people_of_a_surname_is_meant() {
    // In the article: Bill Clinton is named first and most, yet `Mrs.
    // Clinton` is Hillary.
    let q = quotes(
        "President Bill Clinton spoke. Bill Clinton left. Hillary Clinton stayed.\n\n\
         Mrs. Clinton said the plan works. Mr. Clinton said it does not.",
    );
    let speakers: Vec<&str> = q.iter().map(|x| x.speaker.as_str()).collect();
    assert_eq!(speakers, ["Hillary Clinton", "Bill Clinton"]);
    // Across the corpus: Bill Clinton is named in more articles, but a
    // `Mrs. Clinton` named alone is Hillary.
    let c = corpus(&[
        "One\n\nBill Clinton said the plan works.\n",
        "Two\n\nBill Clinton said the plan fails.\n",
        "Three\n\nHillary Clinton said the plan is late.\n",
        "Four\n\nMrs. Clinton said the plan is done.\n",
    ]);
    assert_eq!(quotes_in(&c, 3)[0].speaker, "Hillary Clinton");
    // A first name tells a sex less surely: Lindsey Graham is `Mr. Graham`
    // (the list of first names has Lindsey a woman's), in the article
    // and across the corpus, when no other Graham fits.
    let c = corpus(&[
        "One\n\nSen. Lindsey Graham spoke.\n\nMr. Graham said the plan works.\n",
        "Two\n\nFranklin Graham said it fails.\n",
    ]);
    assert_eq!(quotes_in(&c, 0)[0].speaker, "Lindsey Graham");
    let c = corpus(&[
        "One\n\nSen. Lindsey Graham spoke.\n",
        "Two\n\nMr. Graham said the plan works.\n",
    ]);
    assert_eq!(quotes_in(&c, 1)[0].speaker, "Lindsey Graham");
}

#[test]
fn organisations_and_capitals_are_not_people() {
    let c = corpus(&[
        "One\n\nReuters said the deal was signed. Moscow said it would respond. NATO said nothing had changed.\n",
    ]);
    assert_eq!(
        speaker_kinds(&c),
        [
            ("Reuters".to_owned(), EntityKind::Organization),
            ("Moscow".to_owned(), EntityKind::Place),
            ("NATO".to_owned(), EntityKind::Organization)
        ]
    );
}

/// The first article's speakers, in order, with their kinds.
fn speaker_kinds(c: &Corpus) -> Vec<(String, EntityKind)> {
    c.articles[0]
        .quotes
        .iter()
        .filter_map(|q| q.speaker())
        .map(|e| (c.entities[e].name.clone(), c.entities[e].kind))
        .collect()
}

/// Names of the entities not people, sorted.
fn organisations_and_places(c: &Corpus) -> Vec<String> {
    let mut names: Vec<String> = c
        .entities
        .iter()
        .filter(|e| e.kind != EntityKind::Person)
        .map(|e| e.name.clone())
        .collect();
    names.sort();
    names
}

fn people(c: &Corpus) -> Vec<&str> {
    c.entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .map(|e| e.name.as_str())
        .collect()
}

#[test]
fn a_short_form_or_acronym_after_the_full_name_is_the_same_organisation() {
    let c = corpus(&[
        "One

The European Commission will draft a text. The European Union backs it.          Mayor Ana Ruiz met the Commission on Monday and said the EU was right.
",
    ]);
    assert_eq!(
        organisations_and_places(&c),
        ["European Commission", "European Union"]
    );
    let commission = c.entities.iter().find(|e| e.name == "European Commission");
    assert!(
        commission.is_some_and(|e| e.aliases.iter().any(|a| a == "Commission")),
        "{commission:?}"
    );
}

#[test]
fn a_short_form_two_names_fit_or_left_after_a_role_word_stays_apart() {
    // The `Justice Department` (a role word, then an organisation's) is
    // an organisation of its own, not the police department under
    // another name.
    let c = corpus(&[
        "One

The Chicago Police Department said it would help. The Justice Department said it would not.          The European Union and the Soviet Union met. Mayor Ana Ruiz said the Union was right.
",
    ]);
    let police = c
        .entities
        .iter()
        .find(|e| e.name == "Chicago Police Department");
    assert!(
        police.is_some_and(|e| !e.aliases.iter().any(|a| a.contains("Justice"))),
        "{police:?}"
    );
    for union in ["European Union", "Soviet Union"] {
        let e = c.entities.iter().find(|e| e.name == union);
        assert!(
            e.is_some_and(|e| !e.aliases.iter().any(|a| a == "Union")),
            "{union}: {e:?}"
        );
    }
}

#[test]
fn places_and_buildings_are_known_by_their_last_word() {
    let c = corpus(&[
        "One

Palm Beach County said it would count again. Jerry Hall spoke at Madison Square Garden, then at Central Park and the Drake Hotel. Voters in Trump Village said they were tired.
",
    ]);
    let kind = |name: &str| {
        c.entities
            .iter()
            .find(|e| e.name == name)
            .map(|e| e.kind)
            .unwrap_or_else(|| panic!("no {name}: {:?}", c.entities))
    };
    for place in [
        "Palm Beach County",
        "Madison Square Garden",
        "Central Park",
        "Drake Hotel",
        "Trump Village",
    ] {
        assert_eq!(kind(place), EntityKind::Place, "{place}");
    }
    // A surname that names places too, after a first name: a person.
    assert_eq!(kind("Jerry Hall"), EntityKind::Person);
}

#[test]
fn papers_firms_and_broadcasters_are_known_by_their_last_word() {
    let c = corpus(&[
        "One

Bain Capital said it would sell. The Cedar Rapids Gazette reported the vote, and RBC Capital Markets said rates would rise. Turner Broadcasting declined to comment.
",
    ]);
    assert_eq!(
        organisations_and_places(&c),
        [
            "Bain Capital",
            "Cedar Rapids Gazette",
            "RBC Capital Markets",
            "Turner Broadcasting"
        ]
    );
}

#[test]
fn a_speaker_written_as_a_brand_is_an_organisation() {
    let c = corpus(&[
        "One\n\nRealClearPolitics said the race was tied. McCain said it was not. BuzzFeed reported that the memo was real.\n",
    ]);
    assert_eq!(
        speaker_kinds(&c),
        [
            ("RealClearPolitics".to_owned(), EntityKind::Organization),
            ("McCain".to_owned(), EntityKind::Person),
            ("BuzzFeed".to_owned(), EntityKind::Organization)
        ]
    );
}

#[test]
fn a_word_opening_a_sentence_before_a_verb_not_of_speech_is_no_speaker() {
    let c = corpus(&[
        "One\n\nSuch sentiments hung in the air at the \"Still Sanders\" rally. Ruiz quietly said the talks had failed.\n",
    ]);
    assert_eq!(speaker_kinds(&c), [("Ruiz".to_owned(), EntityKind::Person)]);
}

#[test]
fn a_name_made_an_adjective_is_no_one() {
    let c = corpus(&[
        "One

Jeb Bush offered a Trump-style retort on the mogul's preferred mode of communication, tweeting at him, \"you aren't just a loser, you are a liar.\" The Brooklyn-based group said it would sue. Kim Jong-un said nothing. The Queens-born developer said he would win.
",
    ]);
    let names: Vec<&str> = c.entities.iter().map(|e| e.name.as_str()).collect();
    for adjective in ["Trump-style", "Brooklyn-based", "Queens-born"] {
        assert!(
            !names.iter().any(|n| n.contains(adjective)),
            "{adjective}: {names:?}"
        );
    }
    assert!(people(&c).contains(&"Kim Jong-un"), "{names:?}");
}

#[test]
fn new_opens_the_places_it_names_and_their_organisations() {
    let c = corpus(&[
        "One

New polls show a tie. He lives in New York and writes for the New York Times. The New York Post said so. She moved to New Jersey.
",
    ]);
    assert_eq!(
        organisations_and_places(&c),
        ["New Jersey", "New York", "New York Post", "New York Times"]
    );
    // `Watch` opens video headings, and ends names.
    let c = corpus(&[
        "One\n\nWatch: the debate. He met the Judicial Watch lawyers. Judicial Watch said it would sue.\n",
    ]);
    assert_eq!(organisations_and_places(&c), ["Judicial Watch"]);
}

#[test]
fn role_words_before_an_organisation_word_or_ending_in_an_adjective_are_its_name() {
    let c = corpus(&[
        "One

Ana Ruiz visited the White House and the Attorney General. The Obama White House and the Justice Department agreed, and the Supreme Court ruled. The Democratic National Committee met the Republican Senate. Ms. White and Mr. King said little, and so did the Russian Foreign Minister. The Secretary of Labor and the Chief of Staff agreed.
",
    ]);
    assert_eq!(
        organisations_and_places(&c),
        [
            "Attorney General",
            "Democratic National Committee",
            "Justice Department",
            "Senate",
            "Supreme Court",
            "White House"
        ]
    );
    assert_eq!(people(&c), ["Ana Ruiz", "White", "King"]);
}

#[test]
fn an_organisations_word_of_roles_or_after_a_place_is_one_name() {
    let c = corpus(&[
        "One

The Department of Justice sued the Board of Governors. The Vermont House of Representatives voted, and the Hollis Institute of Technology agreed. Council of Economic Advisers Chairman Tomas Berg said no. The Ohio Senate and the New York Democratic Party agreed with the Vermont Republican. The United Nations Security Council and the South Carolina Republican Party met.
",
    ]);
    assert_eq!(
        organisations_and_places(&c),
        [
            "Board of Governors",
            "Department of Justice",
            "Hollis Institute of Technology",
            "New York Democratic Party",
            "Ohio Senate",
            "South Carolina Republican Party",
            "United Nations Security Council",
            "Vermont House of Representatives"
        ]
    );
    assert_eq!(people(&c), ["Tomas Berg"]);
}

#[test]
fn a_party_member_or_a_people_is_no_person_and_an_organisation_of_a_people_is_one() {
    let c = corpus(&[
        "One

Paul Ryan spoke. The Wisconsin Republican said the plan works. Young Latinos said it does not. The Association of Evangelicals said it agreed. The Hunter Council of Churches sued.
",
    ]);
    let kinds: Vec<(&str, EntityKind)> = c
        .entities
        .iter()
        .map(|e| (e.name.as_str(), e.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            ("Paul Ryan", EntityKind::Person),
            ("Young Latinos", EntityKind::Other),
            ("Association of Evangelicals", EntityKind::Organization),
            ("Hunter Council of Churches", EntityKind::Organization)
        ]
    );
}

#[test]
fn a_first_name_inside_a_place_or_organisation_does_not_open_a_persons_name() {
    // `York` and `Vegas` are first names too; `Actress` is no part of a name.
    let c = corpus(&["One

The New York University team met on the Las Vegas Strip. Actress Eva Longoria said it was fun.
"]);
    let names: Vec<&str> = c.entities.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(
        names,
        ["New York University", "Las Vegas Strip", "Eva Longoria"]
    );
}

#[test]
fn a_common_word_opening_a_sentence_is_no_speaker() {
    let q = quotes(
        "Ana Ruiz spoke.\n\nPreys on our worst fears, and calls people “losers.”\n\n\
         Aides said the plan was dead.",
    );
    assert_eq!(q.len(), 2, "{q:#?}");
    assert!(q.iter().all(|q| q.speaker.is_empty()), "{q:#?}");
    // A surname the article names nowhere else, right before its cue, is
    // one.
    let q = only("Ana Ruiz spoke.\n\nMcAllister said the plan was dead.");
    assert_eq!(q.speaker, "McAllister", "{q:#?}");
    // Nor are an interview's `Q` and `A`, nor `Even` (a first name too).
    let c = corpus(&[
        "One\n\nQ: Will you run again?\n\nEven before the vote, the mood was grim. \
         Even Ana Ruiz said so. Even then, it was over. “It is over,” she said.\n",
    ]);
    assert!(
        !c.entities.iter().any(|e| e.name == "Q" || e.name == "Even"),
        "{:?}",
        c.entities
    );
}

#[test]
fn entity_names_drop_roles_and_keep_them_as_aliases() {
    let c = corpus(&["One\n\nRussian Foreign Minister Sergei Lavrov said talks were over.\n"]);
    let lavrov = c
        .entities
        .iter()
        .find(|e| e.name == "Sergei Lavrov")
        .expect("an entity named in full");
    assert_eq!(lavrov.kind, EntityKind::Person);
    assert!(
        lavrov
            .aliases
            .iter()
            .any(|a| a == "Russian Foreign Minister Sergei Lavrov"),
        "{:?}",
        lavrov.aliases
    );
}

// --- regressions from real news ---

#[test]
fn regression_a_name_then_a_verb_is_not_a_speaker_phrase() {
    // "Clinton cited derogatory comments": comments is a noun here.
    let q = only("Clinton cited derogatory comments Trump had made about her.");
    assert_eq!(q.cue, "cited");
    assert_eq!(q.content, "derogatory comments Trump had made about her");
}

#[test]
fn regression_a_participle_cue_takes_the_subject_name_not_its_verb() {
    let q =
        only("Tomas Berg unleashed a series of posts on Friday, saying that the vote was rigged.");
    assert_eq!(q.mention, "Tomas Berg");
    assert_eq!(q.speaker, "Tomas Berg");
}

#[test]
fn regression_a_kicker_before_a_colon_is_no_speaker() {
    let q = quotes(
        "Veto Power Impedes Peace Efforts: Ending war is one of the goals of the council, and it has the tools.",
    );
    assert!(q.is_empty(), "{q:#?}");
}

#[test]
fn regression_said_with_no_clause_reports_nothing() {
    for s in [
        "Tomas Berg said in his interview.",
        "Tomas Berg said as he entered the talks.",
        "Tomas Berg said as much in an interview on Thursday.",
        "Republicans said the same thing about the plan.",
        "The new state budget was passed on Friday after a long night.",
    ] {
        assert!(quotes(s).is_empty(), "{s}: {:#?}", quotes(s));
    }
    // A clause that opens with `when` is a statement.
    assert_eq!(
        only("Lawmakers have not said when they would take up the bill.").content,
        "when they would take up the bill"
    );
}

#[test]
fn regression_a_participle_after_a_comma_continues_the_subject() {
    let q = only(
        "Ana Ruiz spoke on Tuesday about the death of a driver in Tulsa, Oklahoma, arguing that the killings must stop.",
    );
    assert_eq!(q.speaker, "Ana Ruiz", "{q:#?}");
    assert_eq!(q.content, "that the killings must stop");
}

#[test]
fn regression_a_clause_goes_on_after_a_parenthetical_frame() {
    let q = only(
        "The plan to cut the budget for rural schools has badly hurt the party with young voters, Tomas Berg said, since most of them went to those schools.",
    );
    assert!(
        q.content
            .ends_with("since most of them went to those schools"),
        "{q:#?}"
    );
    assert!(q.content.starts_with("The plan to cut"), "{q:#?}");
}

#[test]
fn regression_descriptions_with_adjectives_speak() {
    let q = only("The GOP presidential nominee argued that the files should stay closed.");
    assert_eq!(q.mention, "The GOP presidential nominee");
    assert_eq!(q.content, "that the files should stay closed");
}

#[test]
fn regression_a_second_verb_of_the_subject_reports() {
    let q = quotes("Ana Ruiz says the deal is done and said she would sign it on Monday.");
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(q[1].content, "she would sign it on Monday");
    assert_eq!(q[1].speaker, "Ana Ruiz");
}

#[test]
fn regression_a_participle_aside_is_skipped_back_to_the_subject() {
    let q = only(
        "Tomas Berg, appearing after the mayor at the forum, cited problems in the budget that he blamed on the council.",
    );
    assert_eq!(q.mention, "Tomas Berg", "{q:#?}");
    assert!(q.content.starts_with("problems in the budget"), "{q:#?}");
    // A thing that echoes is no speaker.
    assert!(
        quotes("The mayor’s comments echoed the rhetoric of the council for years.").is_empty()
    );
}

#[test]
fn regression_a_month_after_a_first_name_is_a_surname() {
    let q = only("Prime Minister Theresa May said the talks would end soon.");
    assert_eq!(q.mention, "Theresa May");
    assert_eq!(q.speaker, "Theresa May");
    let q = only("In May, officials said the talks would end soon.");
    assert_eq!(q.mention, "officials");
}

#[test]
fn regression_a_participle_after_a_quote_and_its_frame_is_its_own_statement() {
    let q =
        quotes("“The day was personal,” he said in the hall, adding he would never vote for her.");
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(q[1].content, "he would never vote for her");
    assert_eq!(q[1].cue, "adding");
}

#[test]
fn regression_a_mixed_quote_before_its_frame_is_not_lost_to_a_participle_after() {
    // The frame's clause is the one before the speaker; the participle's is
    // its own (it was taken as the frame's, and the quote was lost).
    let q = quotes(
        "The bridge “has made the harbour safer,” Mayor Ana Ruiz said, citing the fall in accidents.",
    );
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(
        (q[0].kind, q[0].content.as_str(), q[0].cue.as_str()),
        (
            QuoteKind::Mixed,
            "The bridge “has made the harbour safer,”",
            "said"
        )
    );
    assert_eq!(
        (q[1].content.as_str(), q[1].cue.as_str()),
        ("the fall in accidents", "citing")
    );
    assert!(q.iter().all(|q| q.speaker == "Ana Ruiz"), "{q:#?}");
}

#[test]
fn regression_the_subject_after_an_opening_phrase_speaks_a_participle() {
    let q = only(
        "During a speech earlier in the day, Tomas Berg attacked the mayor over the budget, saying, “She is reckless.”",
    );
    assert_eq!(q.mention, "Tomas Berg");
    assert_eq!(q.content, "She is reckless.");
}

#[test]
fn regression_names_and_initials_with_odd_characters_stay_whole() {
    let q = only("Rep. Trey Gowdy (R-S.C.) said that the claim smacked of hypocrisy.");
    assert_eq!(q.speaker, "Trey Gowdy");
    let q = only("“Europe must defend itself,” French President FranÃ§ois Hollande said Friday.");
    assert_eq!(q.mention, "FranÃ§ois Hollande");
    let q = only("“The rules are wrong,” said 9/11 widow Terry Strada.");
    assert_eq!(q.speaker, "Terry Strada");
}

#[test]
fn regression_days_and_long_stand_between_speaker_and_cue() {
    assert_eq!(
        only("Ted Cruz has long said that he was born a citizen.").speaker,
        "Ted Cruz"
    );
    assert_eq!(
        only("Bernie Sanders on Tuesday said he wants to end four tax breaks.").speaker,
        "Bernie Sanders"
    );
}

#[test]
fn regression_a_name_with_its_apposition_speaks_before_the_cue() {
    let q = only(
        "Ivanka Berg, the nominee’s eldest daughter, noted the rule in the interview last week.",
    );
    assert_eq!(q.mention, "Ivanka Berg");
    assert_eq!(q.content, "the rule in the interview last week");
}

#[test]
fn regression_a_name_with_a_long_apposition_speaks() {
    let q = only(
        "Donna Rawlings, 59, of Ashton, Md., who watched the ceremony on a screen on the Mall, said the event brought back memories.",
    );
    assert_eq!(q.mention, "Donna Rawlings", "{q:#?}");
    let q = only(
        "Michael Mulgrew, president of the United Federation of Teachers, which represents teachers, said he hopes the day sends a message.",
    );
    assert_eq!(q.mention, "Michael Mulgrew", "{q:#?}");
}

#[test]
fn regression_a_question_then_its_frame_is_one_sentence() {
    let q = quotes(
        "Tomas Berg spoke to farmers.\n\n\
         “Does anybody know what our platform is?” Berg asked. “Neither do I.”",
    );
    assert_eq!(q.len(), 2, "{q:#?}");
    assert!(
        q.iter()
            .all(|x| x.cue == "asked" && x.speaker == "Tomas Berg"),
        "{q:#?}"
    );
}

#[test]
fn regression_credits_and_set_phrases_report_nothing() {
    for s in [
        "Additional reporting by Lawrence Hurley in Washington.",
        "Having said that, there are some economists who argue for lower taxes.",
        "Julie Davis reported from Washington, and Mark Landler from Kaneohe Bay, Hawaii.",
    ] {
        assert!(
            quotes(s).iter().all(|q| !q.content.starts_with("by ")
                && !q.content.starts_with("that, ")
                && !q.content.starts_with("and ")),
            "{s}: {:#?}",
            quotes(s)
        );
    }
}

#[test]
fn regression_adverbs_and_numbers_are_not_speakers() {
    assert_eq!(
        only("Even China warned that sanctions would worsen the situation.").mention,
        "China"
    );
    let q = quotes(
        "Tomas Berg ran the city.\n\nTwenty-two years ago, a Times article hailed Berg as “The Comeback Kid” for his work.",
    );
    assert!(q.iter().all(|x| x.mention != "Twenty-two"), "{q:#?}");
}

#[test]
fn regression_roles_alone_are_descriptions_not_names() {
    let c = corpus(&[
        "Lawmaker Urges Retaliation On Russia\n\nRep. Adam Schiff spoke on Friday.\n\nRetired General Reveals Demoralizing Experience\n",
    ]);
    assert!(
        c.entities
            .iter()
            .all(|e| !matches!(e.name.as_str(), "Lawmaker" | "General")),
        "{:?}",
        c.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
    // Modifiers before a name stay in the speaker phrase.
    let q = only(
        "Democratic presidential nominee Hillary Clinton chimed in on Twitter, saying that the videos should be released.",
    );
    assert_eq!(q.speaker, "Hillary Clinton");
}

#[test]
fn regression_coordinated_verbs_stay_in_the_statement_unless_after_a_quotation() {
    let q = only(
        "Ban Ki-moon vowed not to repeat that mistake and established a policy for the staff.",
    );
    assert_eq!(
        q.content,
        "not to repeat that mistake and established a policy for the staff"
    );
    let q = quotes("Ana Ruiz called the plan “a disgrace” and praised the council for its work.");
    assert_eq!(q[0].content, "the plan “a disgrace”", "{q:#?}");
    let q = only("Police say he posed a deadly threat and refused to drop the gun.");
    assert_eq!(
        q.content,
        "he posed a deadly threat and refused to drop the gun"
    );
    let q = only("Tomas Berg said last week that the bridge would close.");
    assert_eq!(q.content, "that the bridge would close");
}

#[test]
fn regression_a_description_with_an_honorific_name_apposed_names_the_person() {
    let q = only(
        "The minister of the economy, Mr. Omar Haddad, argues there is little point in a response.",
    );
    assert_eq!(q.speaker, "Omar Haddad", "{q:#?}");
}

#[test]
fn regression_a_participle_after_a_thing_continues_the_speaker() {
    let q = quotes(
        "“We will get there,” she said at a recent news conference announcing that the city would sue the state.",
    );
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(q[1].mention, "she", "{q:#?}");
    assert_eq!(q[1].content, "that the city would sue the state");
}

#[test]
fn regression_a_quotation_before_a_later_frame_is_the_subjects() {
    let q = quotes(
        "Tomas Berg spoke.\n\nCruz exhorted Republicans to “vote your conscience” and said he was standing on principle.",
    );
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(q[0].content, "Republicans to “vote your conscience”");
    assert_eq!(q[0].mention, "Cruz");
    let q = only(
        "Tomas Berg spoke.\n\nSenator Harry Reid (D-Nev.) has been steadily pounding Trump as a “con artist” for months.",
    );
    assert_eq!(q.content, "Trump as a “con artist”");
    assert_eq!(q.speaker, "Harry Reid");
}

#[test]
fn regression_she_continued_after_a_quotation_is_a_frame() {
    let q = quotes(
        "Ana Ruiz spoke on Tuesday.\n\n“Maybe I can speak to them directly,” she continued. “We have to do better.”",
    );
    assert_eq!(q.len(), 2, "{q:#?}");
    assert!(
        q.iter()
            .all(|x| x.cue == "continued" && x.speaker == "Ana Ruiz"),
        "{q:#?}"
    );
    assert!(quotes("The talks stalled on Monday, and the fighting continued.").is_empty());
}

#[test]
fn regression_two_names_run_together_stay_apart() {
    let c = corpus(&[
        "Ah, friends once more: Ted Cruz endorses Trump, who says he is honored.\n\nDonald Trump and Ted Cruz met.\n",
    ]);
    assert!(
        c.entities.iter().all(|e| e.name != "Ted Cruz Trump"),
        "{:?}",
        c.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
    let q = quotes(
        "Donald Trump met editors.\n\nIn a meeting with the editorial board of the Washington Post Trump said that the alliance may change.",
    );
    assert_eq!(q.last().unwrap().speaker, "Donald Trump", "{q:#?}");
}

#[test]
fn regression_a_possessor_makes_a_claim() {
    let q =
        quotes("Tomas Berg spoke on Monday.\n\nHis claim that the bridge would close was false.");
    assert_eq!(q.last().unwrap().speaker, "Tomas Berg", "{q:#?}");
    let q = only("Ana Ruiz’s claim that the vote was rigged drew scorn.");
    assert_eq!(q.speaker, "Ana Ruiz", "{q:#?}");
    assert!(q.content.starts_with("that the vote was rigged"));
}

#[test]
fn regression_parentheses_and_inner_frames_do_not_hide_the_speaker() {
    let q = only(
        "Rep. Gregory Meeks (D-N.Y.), chairman of the caucus fund, said members will help him raise cash.",
    );
    assert_eq!(q.speaker, "Gregory Meeks", "{q:#?}");
    let q = only(
        "Scott's niece, state Del. Marcia Price (D-Newport News), shouted that the nation was watching.",
    );
    assert_eq!(q.speaker, "Marcia Price", "{q:#?}");
    let q = only(
        "According to Yahoo News, Clinton spokesman Jesse Lehrich said Friday that she would sign the bill.",
    );
    assert_eq!(q.speaker, "Jesse Lehrich", "{q:#?}");
}

#[test]
fn regression_a_surname_misspelt_by_one_letter_is_the_same_person() {
    let q = quotes(
        "Voters Tyresha McClenney and Bryan Anderson saw the rally.\n\n\
         McLenney said the campaign did not show consistency.",
    );
    assert_eq!(q[0].speaker, "Tyresha McClenney", "{q:#?}");
    // Short names and two candidates stay unresolved rather than guessed.
    let q = quotes("Ana Bern and Tomas Berg met.\n\nBerm said the vote was done.");
    assert_ne!(q[0].speaker, "Ana Bern", "{q:#?}");
}

#[test]
fn regression_a_paragraph_opening_with_a_comma_and_a_cue_does_not_panic() {
    for s in [
        ", said that it was done.",
        ", told reporters that it was done.",
    ] {
        let _ = quotes(s);
    }
}

#[test]
fn regression_prepositions_and_nouns_after_auxiliaries_are_no_frames() {
    let q =
        quotes("Tomas Berg spoke.\n\nThey had guns at the ready to “shoot anyone” who came near.");
    assert!(q.iter().all(|x| x.cue != "guns"), "{q:#?}");
    let q = quotes(
        "Tomas Berg spoke.\n\nThe victims, despite admitting that the “legal matters” worried them, went to court.",
    );
    assert!(q.iter().all(|x| x.mention != "despite"), "{q:#?}");
}

#[test]
fn regression_a_named_group_subject_owns_its_scare_quote() {
    let q = only(
        "Tomas Berg spoke.\n\nRuiz’s campaign is seeking to contrast her plan with what they call Berg’s “self-centered message.”",
    );
    assert_eq!(q.mention, "Ruiz’s campaign", "{q:#?}");
    assert_eq!(q.kind, QuoteKind::Mixed);
}

#[test]
fn regression_a_function_word_opening_a_sentence_is_no_part_of_a_name() {
    let c = corpus(&[
        "A Title\n\nTom Clarke spoke.\n\nShould Mr. Clarke fail, the mines close. Like President Tomas Berg, he left.\n",
    ]);
    let aliases: Vec<&String> = c.entities.iter().flat_map(|e| e.aliases.iter()).collect();
    assert!(
        aliases
            .iter()
            .all(|a| !a.starts_with("Should") && !a.starts_with("Like")),
        "{aliases:?}"
    );
}

#[test]
fn regression_a_person_at_an_organisation_is_the_speaker() {
    let q = only("Dan Marsh at the National Review agreed with the host about the winner.");
    assert_eq!(q.mention, "Dan Marsh");
    let q = only("Mark Smith at Brookings said the plan was fine.");
    assert_eq!(q.mention, "Mark Smith");
}

#[test]
fn regression_an_intro_phrase_is_not_the_statement() {
    let q = only(
        "Giving a speech in Toledo, Clinton says the Ohio native is a dedicated advocate for children.",
    );
    assert_eq!(
        q.content,
        "the Ohio native is a dedicated advocate for children"
    );
}

#[test]
fn regression_but_ends_a_clause_only_before_a_new_subject() {
    let q = quotes(
        "Russia said NATO expansion would hurt it, but Washington argued the alliance was no threat.",
    );
    let contents: Vec<&str> = q.iter().map(|x| x.content.as_str()).collect();
    assert_eq!(
        contents,
        ["NATO expansion would hurt it", "the alliance was no threat"]
    );
    let q = only("The members say Ukraine will join one day, but not until the fighting ends.");
    assert_eq!(
        q.content,
        "Ukraine will join one day, but not until the fighting ends"
    );
}

#[test]
fn regression_a_parenthesis_between_name_and_cue() {
    assert_eq!(
        only("“It is a dog whistle,” Rep. Gwen Moore (D-Wis.) said Friday.").speaker,
        "Gwen Moore"
    );
}

#[test]
fn regression_a_surname_that_is_a_role_word() {
    let q = quotes("Larry King hosted the show.\n\n“They pay us well,” Mr. King said.");
    assert_eq!(q[0].speaker, "Larry King");
}

#[test]
fn regression_doubled_apostrophes_are_quotation_marks() {
    let q = only("''They pay us a lot of money,'' Mr. King said.");
    assert_eq!(
        (q.kind, q.content.as_str()),
        (QuoteKind::Direct, "They pay us a lot of money,")
    );
}

#[test]
fn regression_a_relative_clause_inside_the_statement_stays() {
    let q = only(
        "Vogt said that the timetable, which ends in 2029, left “far too much room” for accidents.",
    );
    assert_eq!(
        q.content,
        "that the timetable, which ends in 2029, left “far too much room” for accidents"
    );
    let q = only(
        "Fowler said he expects Clinton to recover from pneumonia, which forced her to leave early.",
    );
    assert_eq!(q.content, "he expects Clinton to recover from pneumonia");
}

#[test]
fn regression_coordinated_subjects_say() {
    assert_eq!(
        only("But Mr. Grassley and Mr. Leahy say other changes are needed.").content,
        "other changes are needed"
    );
    assert!(quotes("A New York Times report found waste.").is_empty());
}

#[test]
fn a_subject_opening_with_former_owns_its_scare_quote() {
    let q = only(
        "Tomas Berg spoke.\n\nFormer President Dan Ruiz criticized the new health law as a “crazy system” on Monday.",
    );
    assert_eq!(q.speaker, "Dan Ruiz", "{q:#?}");
    assert_eq!(q.kind, QuoteKind::Mixed);
    assert!(q.content.contains("“crazy system”"), "{q:#?}");
}

#[test]
fn an_irregular_participle_after_has_is_the_verb_of_a_scare_quote() {
    let q = only("Tomas Berg spoke.\n\nRuiz has gone after Berg as a “spoiled brat” all week.");
    assert_eq!(q.mention, "Ruiz", "{q:#?}");
    assert_eq!(q.cue, "gone", "{q:#?}");
    // A noun after `has` is no verb.
    assert!(quotes("Tomas Berg spoke.\n\nRuiz has many “friends” in town.").is_empty());
}

#[test]
fn a_name_after_a_determiner_modifies_the_speaker_description() {
    let q = only("Tomas Berg spoke.\n\nThe GOP speechwriter said the deal was off.");
    assert_eq!(q.mention, "The GOP speechwriter", "{q:#?}");
    assert_eq!(q.content, "the deal was off");
    let q = only("Tomas Berg spoke.\n\nSome USDP members said they had not done enough.");
    assert_eq!(q.mention, "Some USDP members", "{q:#?}");
}

#[test]
fn a_clause_after_an_opening_phrase_is_reported_by_the_speaker_after_it() {
    let q = only(
        "Tomas Berg spoke.\n\nIn Ohio, the turnout was the second highest in years, election officials said.",
    );
    assert_eq!(q.mention, "election officials", "{q:#?}");
    assert_eq!(q.content, "the turnout was the second highest in years");
    // The opening phrase alone reports nothing.
    assert!(quotes("Tomas Berg spoke.\n\nDuring the long speech, Dan Ruiz said.").is_empty());
}

#[test]
fn a_capitalised_word_after_an_inverted_speaker_goes_on_unless_it_is_a_day() {
    let q = only("Tomas Berg spoke.\n\n“It will be close,” said a New Hampshire Democrat.");
    assert!(q.mention.ends_with("Hampshire Democrat"), "{q:#?}");
    let q = only("Tomas Berg spoke.\n\n“It will be close,” said Dan Ruiz Tuesday.");
    assert_eq!(q.mention, "Dan Ruiz", "{q:#?}");
}

#[test]
fn speakers_opening_with_former_or_one_are_found() {
    let q = only(
        "Tomas Berg spoke.\n\n\"The month was good for her,\" said former Berg adviser Dan Ruiz.",
    );
    assert_eq!(q.speaker, "Dan Ruiz", "{q:#?}");
    let q = only("Tomas Berg spoke.\n\nOne California delegate said he tried to give away passes.");
    assert_eq!(q.mention, "One California delegate", "{q:#?}");
    assert_eq!(q.content, "he tried to give away passes");
}

#[test]
fn a_capitalised_ly_word_before_a_cue_is_a_name_not_an_adverb() {
    let q = only(
        "Tomas Berg spoke.\n\nIf the state gave money, towns would become middle men, Jolly said.",
    );
    assert_eq!(q.mention, "Jolly", "{q:#?}");
    assert_eq!(q.content, "towns would become middle men");
    let q = only("Tomas Berg spoke.\n\nKelly said the ban stopped the research.");
    assert_eq!(q.mention, "Kelly", "{q:#?}");
    let q = only("Tomas Berg spoke.\n\nDan Ruiz clearly said the ban stopped the research.");
    assert_eq!(q.mention, "Dan Ruiz", "{q:#?}");
}

#[test]
fn plural_roles_after_a_name_make_a_description() {
    let q = only("Tomas Berg spoke.\n\nWhite House spokesmen said the ban stopped the research.");
    assert_eq!(q.mention, "White House spokesmen", "{q:#?}");
}

#[test]
fn a_long_opening_clause_before_a_closing_cue_is_the_statement() {
    let q = only(
        "Tomas Berg spoke.\n\nSeeing his brother suffer led him to avoid alcohol and cigarettes, he said.",
    );
    assert_eq!(
        q.content,
        "Seeing his brother suffer led him to avoid alcohol and cigarettes"
    );
    // With an object after the verb, the opening is only an opening.
    let q = quotes(
        "Tomas Berg spoke.\n\nCampaigning against his rival in the state, Berg barely mentioned the climate.",
    );
    assert!(
        q.iter().all(|x| !x.content.starts_with("Campaigning")),
        "{q:#?}"
    );
}

#[test]
fn poll_shares_are_speakers() {
    let q = only(
        "Tomas Berg spoke.\n\nBut 58 percent of Florida Latino voters said they were less likely to vote.",
    );
    assert_eq!(q.mention, "58 percent of Florida Latino voters", "{q:#?}");
    let q = only(
        "Tomas Berg spoke.\n\nIn Vermont, about half of Democratic voters said they want change.",
    );
    assert_eq!(q.content, "they want change", "{q:#?}");
}

#[test]
fn a_clause_after_the_cue_is_the_statement_not_the_opening_before_it() {
    let q = only(
        "Tomas Berg spoke.\n\nNoting he studied philosophy in college, Ruiz said he tends to weigh issues longer.",
    );
    assert_eq!(q.content, "he tends to weigh issues longer", "{q:#?}");
    // Whom it was told is no clause: the statement is before.
    let q = only(
        "Tomas Berg spoke.\n\nThe ministers will press their concerns in private, the people told Bloomberg.",
    );
    assert_eq!(
        q.content, "The ministers will press their concerns in private",
        "{q:#?}"
    );
}

#[test]
fn a_participle_aside_between_speaker_and_cue_keeps_both_statements_apart() {
    let q = quotes(
        "Tomas Berg spoke.\n\nDan Ruiz, noting the size of the crowd, said the list was long.",
    );
    let said = q
        .iter()
        .find(|x| x.cue == "said")
        .expect("the said statement");
    assert_eq!(said.content, "the list was long");
    assert_eq!(said.speaker, "Dan Ruiz");
    assert!(q.iter().all(|x| !x.content.contains("said")), "{q:#?}");
    // After an opening `But` and a parenthesis too.
    let q = quotes(
        "Tomas Berg spoke.\n\nBut Sen. Dan Ruiz (D-Ill.), noting the size of the crowd, said, \"Let me tell you, it was big.\"",
    );
    assert!(
        q.iter().any(|x| x.cue == "said" && x.speaker == "Dan Ruiz"),
        "{q:#?}"
    );
}

#[test]
fn but_said_and_then_says_continue_the_subject() {
    // (Ruiz named in full first: a lone unknown word opening a sentence
    // whose cue comes later is taken for a common word, `Preys on ...`.)
    let q = only(
        "Tomas Berg met Dan Ruiz.\n\nRuiz jokingly offered the man a job, then says he will welcome advice.",
    );
    assert_eq!(q.speaker, "Dan Ruiz", "{q:#?}");
    assert_eq!(q.content, "he will welcome advice");
    let q = only(
        "Tomas Berg spoke.\n\nDan Ruiz put off the decision but said the group could come back later.",
    );
    assert_eq!(q.speaker, "Dan Ruiz", "{q:#?}");
    assert_eq!(q.content, "the group could come back later");
}

#[test]
fn told_with_its_listener_closing_the_sentence_reports_the_clause_before() {
    let q = only(
        "Tomas Berg spoke.\n\nThe plan includes a special force for the north, Defense Secretary Dan Ruiz told a Senate panel Wednesday.",
    );
    assert_eq!(
        q.content, "The plan includes a special force for the north",
        "{q:#?}"
    );
    assert_eq!(q.speaker, "Dan Ruiz");
    // A clause after the listener is the statement.
    let q = only(
        "Tomas Berg spoke.\n\nOne delegate, Kelly Ruiz, told POLITICO she was leaning toward Berg.",
    );
    assert_eq!(q.content, "she was leaning toward Berg", "{q:#?}");
}

#[test]
fn a_naming_verb_after_a_comma_takes_an_object_not_an_inverted_speaker() {
    let c = corpus(&[
        "A Title\n\nIntro text.\n\nWith 50 days to go, Minyon Ruiz, a senior adviser to the Clinton campaign, called Mr. Berg's remarks \"a true wake-up call\" to his supporters.\n",
    ]);
    let q = quotes_in(&c, 0);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].speaker, "Minyon Ruiz", "{q:#?}");
    assert!(q[0].content.starts_with("Mr. Berg's remarks"), "{q:#?}");
    // The apposition's role makes her a person, though her first name is
    // rare and a name follows its preposition.
    let e = c.entities.iter().find(|e| e.name == "Minyon Ruiz").unwrap();
    assert_eq!(e.kind, EntityKind::Person);
}

#[test]
fn a_role_in_an_apposition_makes_a_person_of_a_rare_first_name() {
    let c = corpus(&[
        "A Title\n\nIntro text.\n\nMinyon Ruiz, a senior adviser to the campaign, spoke on Monday.\n\n\"Are we there? Probably not,\" Ms. Ruiz said.\n",
    ]);
    let e = c
        .entities
        .iter()
        .find(|e| e.name == "Minyon Ruiz")
        .expect("Minyon Ruiz");
    assert_eq!(e.kind, EntityKind::Person);
    let q = quotes_in(&c, 0);
    assert!(
        q.iter()
            .any(|x| x.speaker == "Minyon Ruiz" && x.cue == "said"),
        "{q:#?}"
    );
    // An organisation keeps its kind.
    let c = corpus(&[
        "A Title\n\nIntro text.\n\nAs so often at the United Nations, the interests of member states trump the rest.\n",
    ]);
    assert!(
        c.entities.iter().all(|e| e.kind != EntityKind::Person),
        "{:?}",
        c.entities
    );
}

#[test]
fn a_month_after_a_rare_first_name_is_a_surname() {
    let q = only("Tomas Berg spoke.\n\nYin Myint May, a doctor, said she was elated.");
    assert_eq!(q.mention, "Yin Myint May", "{q:#?}");
    // A time is still no name.
    let q = only("Tomas Berg spoke.\n\nEarly May, the group said it would leave.");
    assert_eq!(q.mention, "the group", "{q:#?}");
}

#[test]
fn but_and_a_second_cue_end_the_first_statement() {
    let q = quotes(
        "Tomas Berg spoke.\n\nRuiz says she respects the “passion” of Berg but argues that he cannot deliver on his promises.",
    );
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(q[0].content, "she respects the “passion” of Berg");
    assert_eq!(q[1].cue, "argues");
    assert_eq!(q[1].speaker, "Ruiz");
}

#[test]
fn a_quotation_closed_on_its_comma_before_when_is_a_whole_utterance() {
    // (The question put to him is its own report.)
    let q = quotes(
        "Tomas Berg spoke.\n\nRuiz said “We’ll see,” when asked whether he would raise money.",
    );
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(
        (q[1].cue.as_str(), q[1].content.as_str()),
        ("asked", "whether he would raise money")
    );
    let q = &q[0];
    assert_eq!(q.kind, QuoteKind::Direct, "{q:#?}");
    assert_eq!(q.content, "We’ll see,");
    // So before `until` and `and`.
    let q =
        only("Ana Ruiz spoke.\n\nShe repeatedly says, “Don’t you do it,” until shots are heard.");
    assert_eq!(
        (q.kind, q.content.as_str()),
        (QuoteKind::Direct, "Don’t you do it,")
    );
    let q = only(
        "Ana Ruiz spoke.\n\nThe marchers chanted “What curfew?” and kept going until nearly 2 a.m. Friday.",
    );
    assert_eq!(
        (q.kind, q.content.as_str()),
        (QuoteKind::Direct, "What curfew?")
    );
}

#[test]
fn speakers_around_dashes_and_after_a_lowercase_role() {
    let q = only(
        "Tomas Berg spoke.\n\nJason Ruiz — a teacher from Mount Pleasant — says he made a late decision.",
    );
    assert_eq!(q.speaker, "Jason Ruiz", "{q:#?}");
    assert_eq!(q.content, "he made a late decision");
    let q = only(
        "Tomas Berg spoke.\n\nEven India has more pull through its films, says political scientist Dan Ruiz in Almaty.",
    );
    assert_eq!(q.speaker, "Dan Ruiz", "{q:#?}");
    assert_eq!(q.content, "Even India has more pull through its films");
}

#[test]
fn at_least_after_a_cue_opens_a_clause_and_a_named_addressee_ends_one() {
    let q = only(
        "Tomas Berg spoke.\n\nFriday morning, as the parade rolled by, CNN reported at least six planes filled the skies.",
    );
    assert_eq!(q.content, "at least six planes filled the skies", "{q:#?}");
    let q = only(
        "Tomas Berg spoke.\n\nThe records are stored in a secure center, Kennedy wrote Linick.",
    );
    assert_eq!(
        q.content, "The records are stored in a secure center",
        "{q:#?}"
    );
}

#[test]
fn according_to_after_a_parenthesis_or_but_opens_the_sentence() {
    let q = only(
        "Tomas Berg spoke.\n\n(According to the city police, it keeps no statistics on skateboards.)",
    );
    assert_eq!(q.content, "it keeps no statistics on skateboards", "{q:#?}");
    let q = only(
        "Tomas Berg spoke.\n\nBut according to his friends, he wants to be engaged this fall.",
    );
    assert_eq!(q.content, "he wants to be engaged this fall", "{q:#?}");
}

#[test]
fn a_naming_verb_with_a_short_quoted_name_is_a_statement() {
    let q = only("Tomas Berg spoke.\n\nOn Twitter, Dan Ruiz called Berg “unhinged.”");
    assert_eq!(q.kind, QuoteKind::Mixed, "{q:#?}");
    assert_eq!(q.speaker, "Dan Ruiz");
    assert!(q.content.contains("“unhinged.”"), "{q:#?}");
}

#[test]
fn a_time_phrase_between_speaker_and_cue_is_skipped() {
    let q = only("Tomas Berg spoke.\n\nThe bank just this month announced it would drop the fees.");
    assert_eq!(q.mention, "The bank", "{q:#?}");
    let q = only("Tomas Berg spoke.\n\nDan Ruiz last week said the plan was dead.");
    assert_eq!(q.speaker, "Dan Ruiz", "{q:#?}");
    assert_eq!(q.content, "the plan was dead");
}

#[test]
fn a_participle_clause_after_the_statement_is_not_part_of_it() {
    let q = only(
        "Tomas Berg spoke.\n\nDan Ruiz said the bank raised $21 million in January, bringing its total to $95 million.",
    );
    assert_eq!(
        q.content, "the bank raised $21 million in January",
        "{q:#?}"
    );
    let q = only(
        "Tomas Berg spoke.\n\nDan Ruiz said he would vote no, implicitly putting his seat on the line.",
    );
    assert_eq!(q.content, "he would vote no", "{q:#?}");
    // A noun in a list and a clause that goes on to quote the speaker stay.
    let q = only(
        "Tomas Berg spoke.\n\nDan Ruiz said race still decides too much, in schools, housing and courts.",
    );
    assert!(q.content.ends_with("housing and courts"), "{q:#?}");
    // A quotation given as a name after `calling` is a statement of its
    // own, the speaker's still.
    let q = quotes(
        "Tomas Berg spoke.\n\nDan Ruiz said he would release his returns, calling them “very boring.”",
    );
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(q[0].content, "he would release his returns");
    assert_eq!(q[1].content, "them “very boring.”");
    assert_eq!(q[1].speaker, "Dan Ruiz");
}

#[test]
fn a_comma_inside_the_closing_quote_still_ends_the_clause() {
    let q = quotes(
        "Tomas Berg spoke.\n\nDan Ruiz said that he has “grown the party,” claiming that turnout rose.",
    );
    assert_eq!(q[0].content, "that he has “grown the party,”", "{q:#?}");
    assert_eq!(q[0].speaker, "Dan Ruiz");
}

#[test]
fn a_verb_with_a_sense_that_reports_nothing_needs_a_clause() {
    for s in [
        "Dan Ruiz maintained a large lead over the field.",
        "Prosecutors charged Dan Ruiz with fraud on Monday.",
        "Dan Ruiz posted a photo of his dog on Twitter.",
    ] {
        let q = quotes(&format!("Tomas Berg spoke.\n\n{s}"));
        assert!(q.is_empty(), "{s}\n{q:#?}");
    }
    let q = only("Tomas Berg spoke.\n\nDan Ruiz maintained the server was secure.");
    assert_eq!(q.content, "the server was secure");
    let q = only("Tomas Berg spoke.\n\nDan Ruiz charged that the vote was rigged.");
    assert_eq!(q.content, "that the vote was rigged");
    let q = only("Tomas Berg spoke.\n\nDan Ruiz pledged to cut taxes for every family.");
    assert_eq!(q.content, "to cut taxes for every family");
}

#[test]
fn report_is_a_cue_only_before_that() {
    let q = quotes(
        "Tomas Berg spoke.\n\n“We like news,” said Dan Ruiz, a native who broke into D.C. reporting covering K Street for Roll Call. “Playbook is a great venue for that.”",
    );
    assert_eq!(q.len(), 2, "{q:#?}");
    assert!(
        q.iter().all(|q| q.speaker == "Dan Ruiz" && q.cue == "said"),
        "{q:#?}"
    );
    let q = only(
        "Tomas Berg spoke.\n\nLocal stations were reporting that the race was too close to call.",
    );
    assert_eq!(q.content, "that the race was too close to call");
}

#[test]
fn a_poll_share_speaks() {
    let q = only(
        "Tomas Berg spoke.\n\nIn the poll, six in 10 said they want the next president to continue those policies.",
    );
    assert_eq!(q.mention, "six in 10", "{q:#?}");
    assert_eq!(
        q.content,
        "they want the next president to continue those policies"
    );
    let q = only("Tomas Berg spoke.\n\nNine in 10 Democratic registered voters say they like her.");
    assert_eq!(q.content, "they like her", "{q:#?}");
}

#[test]
fn a_quotation_after_a_frame_with_a_participle_continues_the_quote() {
    let q = quotes(
        "Tomas Berg spoke.\n\n“That is the big question,” Dan Ruiz said, noting he would back any of the others. “We have a deep bench here.”",
    );
    assert_eq!(q.len(), 3, "{q:#?}");
    assert_eq!(q[2].content, "We have a deep bench here.");
    assert_eq!(q[2].cue, "said", "{q:#?}");
    assert_eq!(q[2].speaker, "Dan Ruiz");
}

#[test]
fn a_show_quoted_in_the_place_phrase_before_that_is_no_content() {
    let q = only(
        "Tomas Berg spoke.\n\nDan Ruiz said on NBC’s “Meet the Press” on Sunday that the plan was dead.",
    );
    assert_eq!(q.content, "that the plan was dead", "{q:#?}");
    assert_eq!(q.kind, QuoteKind::Indirect);
    let q = only("Tomas Berg spoke.\n\nDan Ruiz has said for months that the plan was dead.");
    assert_eq!(q.content, "that the plan was dead", "{q:#?}");
}

#[test]
fn a_second_speaker_after_and_or_but_ends_the_first_clause() {
    let q = quotes(
        "Tomas Berg spoke.\n\nThree in 10 said they want a more liberal agenda, but six in 10 said they want the same policies.",
    );
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(q[0].content, "they want a more liberal agenda");
    assert_eq!(q[1].mention, "six in 10");
    assert_eq!(q[1].content, "they want the same policies");
    let q = quotes(
        "Tomas Berg spoke.\n\nSome Republicans said they will skip the convention and others have said they are not interested.",
    );
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(q[1].mention, "others");
}

#[test]
fn an_initialism_before_a_sentence_opener_ends_the_sentence() {
    let q = quotes(
        "Tomas Berg spoke.\n\nDan Ruiz said the polls close at 7 p.m. He says turnout is high.",
    );
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(q[0].content, "the polls close at 7 p.m.");
    assert_eq!(q[1].content, "turnout is high");
    // A title's period is no sentence end.
    let q = only("Tomas Berg spoke.\n\nThe bill passed, said Sen. Dan Ruiz.");
    assert_eq!(q.speaker, "Dan Ruiz", "{q:#?}");
}

#[test]
fn a_frame_in_an_opening_subordinate_clause_reports_up_to_the_main_clause() {
    // (The question put to him after it is a report of its own.)
    let q = quotes(
        "Although Mr. Ortega said that journalists cannot have any political affiliation, he appears uneasy when asked about his daughter.",
    );
    assert_eq!(q[1].content, "about his daughter", "{q:#?}");
    let q = &q[0];
    assert_eq!(
        q.content,
        "that journalists cannot have any political affiliation"
    );
    assert_eq!(q.mention, "Ortega");
    // A list's commas inside the reported clause are no main clause.
    assert_eq!(
        content_of(
            "Although Mr. Ortega said that journalists, editors and owners cannot have any political affiliation, the paper supports him."
        ),
        "that journalists, editors and owners cannot have any political affiliation"
    );
    // With no subordinator the sentence's clause runs on.
    assert_eq!(
        content_of(
            "Then Ortega said that the plan failed, the senator was wrong and the vote was close."
        ),
        "that the plan failed, the senator was wrong and the vote was close"
    );
}

#[test]
fn a_relative_who_or_a_new_pronoun_clause_after_a_comma_ends_the_report() {
    assert_eq!(
        content_of(
            "Tomas Berg said the FBI had secured the cooperation of Bryan Pagliano, who worked on the campaign."
        ),
        "the FBI had secured the cooperation of Bryan Pagliano"
    );
    assert_eq!(
        content_of(
            "Tomas Berg said the real extremist on abortion is Hillary Clinton, and he railed against the moderators."
        ),
        "the real extremist on abortion is Hillary Clinton"
    );
    // A quotation after the `and` goes on reporting.
    assert_eq!(
        content_of("Tomas Berg said the plan was dead, and he called it “a disgrace.”"),
        "the plan was dead, and he called it “a disgrace.”"
    );
}

#[test]
fn according_to_set_off_inside_a_clause_reports_the_clause_around_it() {
    // After an opening phrase, what follows the frame.
    let q = only(
        "Since last November, according to Human Rights Watch, security forces have killed more than 400 people.",
    );
    assert_eq!(
        q.content,
        "security forces have killed more than 400 people"
    );
    assert_eq!(q.mention, "Human Rights Watch");
    // A subject before it: the clause runs through the frame.
    assert_eq!(
        content_of(
            "The implication, according to the Sanders aide, is that Clinton cheated during the break."
        ),
        "The implication, according to the Sanders aide, is that Clinton cheated during the break"
    );
    // A whole sentence before it: the frame closes it.
    assert_eq!(
        content_of(
            "When the training is tailored to the veteran, it can be effective, according to Craig Bryan, head of the center."
        ),
        "When the training is tailored to the veteran, it can be effective"
    );
}

#[test]
fn a_frame_with_its_time_and_place_inside_a_clause_reports_the_clause_around_it() {
    assert_eq!(
        content_of(
            "It makes a difference, she said in an interview afterward, that the campaign remembers us."
        ),
        "It makes a difference, she said in an interview afterward, that the campaign remembers us"
    );
    // A participle after the frame reports on its own.
    let q = quotes(
        "Tomas Berg spoke.\n\nThe policies are sickening, Berg said Tuesday in Paris, noting the nominee was unfit.",
    );
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(q[0].content, "The policies are sickening");
    assert_eq!(q[1].cue, "noting");
    assert_eq!(q[1].content, "the nominee was unfit");
}

#[test]
fn a_polls_percentage_speaks_for_its_share() {
    let q = only("Tomas Berg ran the poll.\n\nSome 42% say they are liberal.");
    assert_eq!(
        (q.mention.as_str(), q.content.as_str()),
        ("42%", "they are liberal")
    );
    let q = only(
        "Tomas Berg ran the poll.\n\nSeventy-four percent of Democratic registered voters say they like Clinton.",
    );
    assert_eq!(
        q.mention,
        "Seventy-four percent of Democratic registered voters"
    );
    assert_eq!(q.content, "they like Clinton");
    let q = only("Tomas Berg ran the poll.\n\nOnly 42% of voters say they are liberal.");
    assert_eq!(q.mention, "42% of voters");
    let q =
        only("Tomas Berg ran the poll.\n\nThe survey found ten percent said they had no opinion.");
    assert_eq!(q.mention, "ten percent");
    // A share in words.
    let q = only(
        "Tomas Berg ran the poll.\n\nNearly two-thirds of Democratic primary voters said that Wall Street hurts the economy.",
    );
    assert_eq!(q.mention, "two-thirds of Democratic primary voters");
    // From the amount on: not the verb before it.
    let q = only("Tomas Berg ran the poll.\n\nThe poll found 26 percent said the tax was fair.");
    assert_eq!(q.mention, "26 percent");
}

#[test]
fn a_time_word_opening_the_sentence_is_no_part_of_the_speakers_name() {
    let q = only("Maria Ortega spoke.\n\nYesterday Ortega said that the plan failed.");
    assert_eq!(
        (q.mention.as_str(), q.speaker.as_str()),
        ("Ortega", "Maria Ortega")
    );
    let q = only("Today Ortega said that the plan failed.");
    assert_eq!(
        (q.mention.as_str(), q.speaker.as_str()),
        ("Ortega", "Ortega")
    );
}

#[test]
fn a_title_case_headline_clause_is_no_speaker() {
    let c = corpus(
        &["Trump Supporter Screams One Word At Rally, Stuns The Crowd

A supporter of Donald Trump shouted at a rally in Iowa on Monday. Trump said he did not hear it.
"],
    );
    let q = quotes_in(&c, 0);
    let headline = q
        .iter()
        .find(|q| q.mention == "Trump Supporter")
        .unwrap_or_else(|| panic!("{q:#?}"));
    assert_eq!(headline.speaker, "", "{q:#?}");
    assert!(
        !people(&c).iter().any(|p| p.contains("Supporter")),
        "{:?}",
        people(&c)
    );
    // The article's own names still speak in a headline.
    let c = corpus(&["Tom Price Says Drug Prices Must Fall

The price of drugs rose again. Rep. Tom Price said the rise was a scandal.
"]);
    assert_eq!(
        speaker_kinds(&c)[0],
        ("Tom Price".to_owned(), EntityKind::Person)
    );
}

#[test]
fn a_title_case_subhead_parts_its_names_at_common_words() {
    let c = corpus(&["The Ten Best Things Said This Year

Salma Hayek Described Her Experience Being Discriminated Against

The actress described her early years. America Ferrera Sent Donald Trump A Letter

She sent it in June, and the letter was read widely.
"]);
    let names = people(&c);
    for person in ["Salma Hayek", "America Ferrera", "Donald Trump"] {
        assert!(names.contains(&person), "{person}: {names:?}");
    }
    assert!(
        !names
            .iter()
            .any(|n| n.contains("Described") || n.contains("Sent")),
        "{names:?}"
    );
}

#[test]
fn a_description_looks_back_to_the_person_named_before_it() {
    // Both are senators; the one named before `the senator` is meant,
    // though the other is named more often afterwards.
    let q = quotes(
        "Sen. Bernie Sanders defended his plan on Saturday.

\"I apologize to nobody for that,\" the senator said.

Sen. Elizabeth Warren agreed. Warren spoke next. Warren spoke last. Warren left.",
    );
    let apology = q.iter().find(|q| q.content.contains("apologize")).unwrap();
    assert_eq!(apology.speaker, "Bernie Sanders", "{q:#?}");
}

#[test]
fn a_name_ending_in_state_is_an_organisation_not_a_person_named_state() {
    let c = corpus(&[
        "One

The Islamic State claimed responsibility for the attack. State said it would take two months. Ohio State said its players were safe.
",
    ]);
    assert_eq!(
        speaker_kinds(&c),
        [
            ("Islamic State".to_owned(), EntityKind::Organization),
            ("State".to_owned(), EntityKind::Organization),
            ("Ohio State".to_owned(), EntityKind::Organization),
        ]
    );
}

#[test]
fn a_common_word_opening_a_sentence_is_no_speaker_after_a_parenthesis_or_when_written_in_lower_case()
 {
    // A parenthesis closed on its sentence's end opens the next one.
    let c = corpus(&[
        "One\n\nThe law bars it. (Indiana bars it this fall.) Sources have also said Holcomb is interested.\n",
    ]);
    assert_eq!(speaker_kinds(&c), [], "{:?}", people(&c));
    assert!(people(&c).is_empty(), "{:?}", people(&c));
    // A word the article writes in lower case is a common one, though a
    // verb of speech follows it.
    let c = corpus(&[
        "One\n\nMourners said the service was moving. Many mourners wept. Ruiz said it was short.\n",
    ]);
    assert_eq!(speaker_kinds(&c), [("Ruiz".to_owned(), EntityKind::Person)]);
    // Nor is a word never taken for a name (`Yet`), though the article
    // never writes it in lower case.
    let c = corpus(&[
        "One\n\nYet counter to his reputation, Mr. Sanders has done well with Republicans.\n",
    ]);
    assert!(people(&c).iter().all(|p| *p != "Yet"), "{:?}", people(&c));
}

#[test]
fn papers_and_research_firms_are_organisations_by_their_form() {
    let c = corpus(&[
        "One

The Daily Beast reported the memo. The Chicago Sun-Times said the vote was close. Edison Research said turnout rose, and the Washington Free Beacon said it fell.
",
    ]);
    assert_eq!(
        organisations_and_places(&c),
        [
            "Chicago Sun-Times",
            "Daily Beast",
            "Edison Research",
            "Washington Free Beacon"
        ]
    );
    assert!(people(&c).is_empty(), "{:?}", people(&c));
}

/// Names of every entity, sorted.
fn entity_names(c: &Corpus) -> Vec<&str> {
    let mut names: Vec<&str> = c.entities.iter().map(|e| e.name.as_str()).collect();
    names.sort_unstable();
    names
}

#[test]
fn words_opening_a_quotation_contractions_and_dates_are_no_entities() {
    // The sidebar held `I'm`, `Well`, `No`, `Sept.`: a lone common word
    // opening a quotation, or a sentence inside one, names nothing; nor
    // does a contraction, a month's abbreviation or `No.` before a number.
    let c = corpus(&[
        "One\n\nMs. Ruiz spoke on Sept. 11. She said, \"I'm sure. Well, maybe, and I've said so.\" She added: \"No. Look, we'll see.\" The No. 2 official agreed, and Ruiz said \"Russia\" twice.\n",
    ]);
    assert_eq!(entity_names(&c), ["Ruiz", "Russia"]);
}

#[test]
fn a_party_and_state_tag_or_a_states_abbreviation_is_no_entity() {
    let c = corpus(&[
        "One\n\nSen. Marco Rubio (R-Fla.) and Rep. Nancy Pelosi (D-Calif.) met in Miami, Fla., with Sen. Bernie Sanders (I-Vt.).\n",
    ]);
    assert_eq!(
        entity_names(&c),
        ["Bernie Sanders", "Marco Rubio", "Miami", "Nancy Pelosi"]
    );
}

#[test]
fn adjectives_before_a_common_word_name_one_thing() {
    // Not the roles of someone called `Convention`, `Reserve` or
    // `Freedom`: the two conventions are two entities, named in full.
    let c = corpus(&[
        "One\n\nThe Federal Reserve raised rates as the Republican National Convention opened, a week before the Democratic National Convention. Veterans of Operation Iraqi Freedom came.\n",
    ]);
    assert_eq!(
        entity_names(&c),
        [
            "Democratic National Convention",
            "Federal Reserve",
            "Operation Iraqi Freedom",
            "Republican National Convention"
        ]
    );
    // A title still makes roles of them (`Sen. Warren`), and so does an
    // adjective before the surname of someone the article names
    // (`Republican Trump`); a place or a body stays itself.
    let c = corpus(&[
        "One\n\nDonald Trump spoke. Republican Trump then met Sen. Warren in Democratic Vermont.\n",
    ]);
    assert_eq!(entity_names(&c), ["Donald Trump", "Vermont", "Warren"]);
}

#[test]
fn a_body_named_with_an_adjective_that_speaks_is_no_person() {
    let c = corpus(&[
        "One\n\n\"We are proud,\" the American Legion said. American Muslims said they were afraid.\n",
    ]);
    assert_eq!(
        speaker_kinds(&c),
        [
            ("American Legion".to_owned(), EntityKind::Organization),
            ("American Muslims".to_owned(), EntityKind::Other),
        ]
    );
}

/// The entities whose name holds `part`, with their kinds, sorted.
fn named_with<'c>(c: &'c Corpus, part: &str) -> Vec<(&'c str, EntityKind)> {
    let mut named: Vec<(&str, EntityKind)> = c
        .entities
        .iter()
        .filter(|e| e.name.contains(part))
        .map(|e| (e.name.as_str(), e.kind))
        .collect();
    named.sort();
    named
}

#[test]
fn a_name_of_no_kind_in_one_article_is_the_person_others_name_so() {
    // `Mitt` is on no list of first names: named once with nothing to
    // say who he is, Mitt Romney is of no kind in that article, but the
    // person the other article makes of him.
    let c = corpus(&[
        // (The article of no kind first: the corpus entity is met there.)
        "Two\n\nThe contest between Barack Obama and Mitt Romney was close.\n",
        "One\n\nFormer Gov. Mitt Romney said he would not vote. Romney said the party was lost, and Romney left.\n",
    ]);
    assert_eq!(
        named_with(&c, "Romney"),
        [("Mitt Romney", EntityKind::Person)]
    );
}

#[test]
fn a_first_name_inside_a_places_name_or_after_a_particle_opens_no_name() {
    // `Lake`, `China`, `de` and `el` are on the list of first names: a
    // place's last word, a place's whole name, or a particle in lower
    // case keeps the run whole.
    let c = corpus(&[
        "One\n\nThey flew from Salt Lake City over the South China Sea and Cape Breton Island to Sharm el Sheikh, and watched the Tour de France.\n",
    ]);
    assert_eq!(
        entity_names(&c),
        [
            "Cape Breton Island",
            "Salt Lake City",
            "Sharm el Sheikh",
            "South China Sea",
            "Tour de France"
        ]
    );
}

#[test]
fn an_opening_phrase_ends_past_its_places_state_and_its_day() {
    // The participle's speaker is the sentence's subject, after the
    // phrase's `N.H.` and `on Tuesday`, not the object before it.
    let q = only(
        "At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders of Vermont endorsed Mrs. Clinton, saying that his former rival would \"make an outstanding president.\"",
    );
    assert_eq!(q.speaker, "Bernie Sanders", "{q:?}");
}

#[test]
fn a_name_after_an_opening_phrase_is_the_subject_a_pronoun_goes_back_to() {
    // `He` is the sheriff, the subject behind `Earlier,` and the county
    // that qualifies him, not Trump named before.
    let q = only(
        "Donald Trump spoke on Tuesday. Earlier, Maricopa County (Ariz.) Sheriff Joe Arpaio, a polarizing figure, vouched for Trump's proposal.\n\nHe said, \"Donald Trump will build the wall.\"",
    );
    assert_eq!(q.speaker, "Joe Arpaio", "{q:?}");
    // A name set off by commas before the subject is not it.
    let q = only(
        "Ms. Ruiz asked about Russia. On the topic of another tough guy, Mr. Putin, Mr. Trump was pressed.\n\nHe said, \"It was a great honor.\"",
    );
    assert_eq!(q.speaker, "Trump", "{q:?}");
}

#[test]
fn a_surname_of_no_kind_is_the_person_the_corpus_names_in_full_more() {
    // `Trump` in `a Trump presidency` is of no kind in its article; the
    // corpus names Donald Trump in full in more articles.
    let c = corpus(&[
        "Two\n\nMarkets fear a Trump presidency, analysts said.\n",
        "One\n\nDonald Trump said he would win.\n",
        "Three\n\nDonald Trump spoke in Ohio.\n",
    ]);
    assert_eq!(
        named_with(&c, "Trump"),
        [("Donald Trump", EntityKind::Person)]
    );
}

#[test]
fn a_word_of_no_kind_in_more_articles_than_a_persons_full_name_stays_apart() {
    let c = corpus(&[
        "One\n\nFans of Zorbo waited in the rain.\n",
        "Two\n\nThe rise of Zorbo surprised them.\n",
        "Three\n\nLena Zorbo spoke in Ohio.\n",
    ]);
    assert_eq!(
        named_with(&c, "Zorbo"),
        [
            ("Lena Zorbo", EntityKind::Person),
            ("Zorbo", EntityKind::Other)
        ]
    );
}

#[test]
fn a_given_name_no_list_holds_opens_the_name_an_english_word_does_not() {
    // `San` and `Saleh` are on the list of first names, `Aung` and
    // `Mahamat` on no list and no English word: the name starts before
    // them. `Comedian` is an English word, `Ohioan` Ohio's people: the
    // name starts at the first name after them. A prize whose last word
    // is English is no person.
    let c = corpus(&[
        "One\n\nAung San Suu Kyi spoke in Yangon. Suu Kyi said the vote was fair. Comedian Tom Hanks laughed, and Ohioan John Boehner thanked Mahamat Saleh Oumar, who won the Nobel Peace Prize.\n",
    ]);
    let found = people(&c);
    for name in [
        "Aung San Suu Kyi",
        "Tom Hanks",
        "John Boehner",
        "Mahamat Saleh Oumar",
    ] {
        assert!(found.contains(&name), "{name} in {found:?}");
    }
    assert_eq!(found.len(), 4, "{found:?}");
    assert_eq!(
        named_with(&c, "Kyi"),
        [("Aung San Suu Kyi", EntityKind::Person)]
    );
    assert!(
        named_with(&c, "Prize")
            .iter()
            .all(|&(name, _)| name == "Nobel Peace Prize")
    );
}

#[test]
fn an_english_word_that_speaks_alone_is_no_person() {
    // A company, a paper and a body that speak by one English word are no
    // people; a surname the article gave in full stays its person's, and
    // one the corpus gives in full is that person's.
    // (`Chad` is a country's name too, so `Sweet noted` is not yet
    // linked to `Chad Sweet` when read.)
    let c = corpus(&[
        "One\n\nThe plant will close. Carrier said it would return the money. Variety reported that ratings rose. Pence said the deal was good.\n",
        "Two\n\nMike Pence spoke in Ohio.\n",
        "Three\n\nChad Sweet, the Cruz campaign's chairman, said the comments answer attacks - attacks that, Sweet noted, Trump made.\n\n\"We hit back,\" Sweet said.\n",
    ]);
    let speakers: Vec<(String, EntityKind)> = (0..3)
        .flat_map(|i| c.articles[i].quotes.iter())
        .filter_map(|q| q.speaker())
        .map(|e| (c.entities[e].name.clone(), c.entities[e].kind))
        .collect();
    assert_eq!(
        speakers,
        [
            ("Carrier".to_owned(), EntityKind::Other),
            ("Variety".to_owned(), EntityKind::Other),
            ("Mike Pence".to_owned(), EntityKind::Person),
            ("Chad Sweet".to_owned(), EntityKind::Person),
            ("Chad Sweet".to_owned(), EntityKind::Person),
        ]
    );
}

#[test]
fn an_english_word_seldom_given_as_a_name_opens_no_persons_name() {
    // `Peace`, `West`, `Delta` and `Marine` are on the list of first names,
    // though seldom given: before English words only, or alone (`Atlas`),
    // they name things.
    // `Mark`, often given, still opens a person's name; so does `Marine`
    // before a word that is no English one. `The Hill` that speaks is of
    // no kind.
    let c = corpus(&[
        "One\n\nShe served in the Peace Corps and taught at West Point before Delta Air Lines hired her. Marine Le Pen and Mark Woods spoke, and fans of Atlas cheered until Atlas left.\n\nThe Hill reported that the vote was close.\n",
    ]);
    assert_eq!(people(&c), ["Marine Le Pen", "Mark Woods"]);
    assert_eq!(named_with(&c, "Hill"), [("Hill", EntityKind::Other)]);
}

#[test]
fn a_pac_and_a_partys_branch_in_capitals_are_organisations() {
    // `Indiana` and `Hillary` are first names: before `GOP` or `PAC` they
    // name bodies. A surname that is a body's name too stays a person's.
    let c =
        corpus(&["One\n\nThe Indiana GOP and the Hillary PAC spent more than Vicente Fox did.\n"]);
    assert_eq!(
        named_with(&c, "GOP"),
        [("Indiana GOP", EntityKind::Organization)]
    );
    assert_eq!(
        named_with(&c, "PAC"),
        [("Hillary PAC", EntityKind::Organization)]
    );
    assert_eq!(people(&c), ["Vicente Fox"]);
}

#[test]
fn a_title_of_the_other_sex_joins_a_name_only_no_title_has_sexed() {
    // `Lindsey` is mostly a woman's name, but no title says so: `Mr.
    // Graham` is Lindsey Graham. `Mrs. Obama` has said Michelle Obama is a
    // woman: `Mr. Obama` is someone else.
    let q = quotes(
        "Sen. Lindsey Graham spoke.\n\n\"It was sacred,\" Mr. Graham said.\n\nMr. Graham added that it was wrong.\n\nMichelle Obama spoke. Mrs. Obama said the garden was open.\n\nMr. Obama said he was glad.",
    );
    let speakers: Vec<&str> = q.iter().map(|q| q.speaker.as_str()).collect();
    assert_eq!(
        speakers,
        [
            "Lindsey Graham",
            "Lindsey Graham",
            "Michelle Obama",
            "Obama"
        ]
    );
}

#[test]
fn a_title_read_later_still_tells_whose_a_surname_is() {
    // `Mr. Obama` comes before any `Mrs. Obama`: the title the article
    // gives Michelle Obama later still keeps him off her name. With no
    // woman's title anywhere, `Mr. Graham` stays Lindsey Graham's.
    let q = quotes(
        "Michelle Obama spoke.\n\nMr. Obama said he was glad.\n\nMrs. Obama said the garden was open.\n\nSen. Lindsey Graham spoke.\n\nMr. Graham said it was wrong.",
    );
    let speakers: Vec<&str> = q.iter().map(|q| q.speaker.as_str()).collect();
    assert_eq!(speakers, ["Obama", "Michelle Obama", "Lindsey Graham"]);
}

#[test]
fn an_indefinite_description_brings_in_someone_new() {
    // `a spokesman` is not the spokesman the article named before it;
    // `the spokesman` is.
    let q = quotes(
        "Josh Earnest, the White House spokesman, spoke on Monday.\n\nThe rules will change, a spokesman said.\n\nThe rules are fair, the spokesman said.",
    );
    let speakers: Vec<(&str, &str)> = q
        .iter()
        .map(|q| (q.mention.as_str(), q.speaker.as_str()))
        .collect();
    assert_eq!(
        speakers,
        [("a spokesman", ""), ("the spokesman", "Josh Earnest")]
    );
}

#[test]
fn a_surname_alone_is_the_unlisted_name_it_ends() {
    // `Amelize` is on no list, so `Amelize Joseph` is of no kind until
    // `said Joseph`: then the quote is hers, named in full.
    let q = quotes(
        "Amelize Joseph loves the public school her daughter attends.\n\n\"We need the money,\" said Joseph, who has four children.",
    );
    assert_eq!(q[0].speaker, "Amelize Joseph");
    // Not a name that opens with an English word (`Electing`), nor where
    // titles of both sexes share the surname: `Mr. Khan` is not Ghazala
    // Khan, whose sex nothing tells.
    let q = quotes(
        "Electing Dahlgren was the plan.\n\n\"It will pass,\" Dahlgren said.\n\nGhazala Khan stood beside her husband.\n\n\"He has sacrificed nothing,\" Mr. Khan said.\n\n\"I could not speak,\" Ms. Khan said.",
    );
    let speakers: Vec<&str> = q.iter().map(|q| q.speaker.as_str()).collect();
    assert!(!speakers.contains(&"Electing Dahlgren"), "{speakers:?}");
    assert_ne!(speakers[1], "Ghazala Khan", "{speakers:?}");
}

#[test]
fn a_role_given_to_a_surname_alone_is_not_taught_to_other_articles() {
    // The first article names only Michelle Obama in full, so its
    // `President Obama` joins her there; the second must not learn from
    // that that she is a president.
    let c = corpus(&[
        "A Title\n\nMichelle Obama spoke at the school.\n\nPresident Obama said the garden was open.\n",
        "A Title\n\nPresident Barack Obama and Michelle Obama arrived.\n\n\"We are glad,\" the president said.\n",
    ]);
    let q = quotes_in(&c, 1);
    assert_eq!(q[0].speaker, "Barack Obama");
}

#[test]
fn a_role_before_a_possessive_is_not_the_next_names() {
    // `the Wisconsin governor threw his support behind Sen. Ted Cruz`:
    // the governor is someone else, so no article learns Cruz is one.
    let c = corpus(&[
        "A Title\n\nThe Wisconsin governor threw his support behind Sen. Ted Cruz on Tuesday.\n",
        "A Title\n\nSen. Ted Cruz spoke in Ohio.\n\n\"Crime is down,\" the governor said.\n",
    ]);
    let q = quotes_in(&c, 1);
    assert_eq!(q[0].speaker, "");
}

#[test]
fn words_before_a_sentences_first_quotation_open_the_statement() {
    let q = quotes(
        "Ana Ruiz spoke.\n\nWith thousands of vote counting systems, “there is no one single point of failure,” she said. “It is safe.”",
    );
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(
        (q[0].kind, q[0].content.as_str()),
        (
            QuoteKind::Mixed,
            "With thousands of vote counting systems, “there is no one single point of failure,”"
        )
    );
    assert_eq!(
        (q[1].kind, q[1].speaker.as_str()),
        (QuoteKind::Direct, "Ana Ruiz")
    );
    // Not after a colon, and not a title the sentence names.
    let q = only("Ana Ruiz spoke.\n\nRuiz fired back: “It is safe and it is fair,” she said.");
    assert_eq!(
        (q.kind, q.content.as_str()),
        (QuoteKind::Direct, "It is safe and it is fair,")
    );
    let q = only("Ana Ruiz spoke.\n\nOn ABC’s “Good Morning America Today,” she said.");
    assert_ne!(q.kind, QuoteKind::Mixed, "{q:#?}");
}

#[test]
fn a_long_quotation_opening_a_sentence_continues_the_statement_before_it() {
    let q = quotes(
        "“The debate is about trust,” Ana Ruiz said. “How she deals with it is an open question, and I can easily see him pouncing on her the way he did to Rubio” in the debate that ended his campaign.",
    );
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(q[1].kind, QuoteKind::Direct);
    assert!(q[1].content.starts_with("How she deals"), "{q:#?}");
    assert_eq!(
        (q[1].cue.as_str(), q[1].speaker.as_str()),
        ("said", "Ana Ruiz")
    );
    // Not a short quotation in the writer's own sentence.
    let q = quotes(
        "“The debate is about trust,” Ana Ruiz said. “Trust” was the word of the night in the hall where the debate ended.",
    );
    assert_eq!(q.len(), 1, "{q:#?}");
}

#[test]
fn a_written_thing_reads_its_words() {
    let q = only(
        "Ana Ruiz wrote to donors.\n\n“Friend, let me be blunt. I can beat them,” the email read.",
    );
    assert_eq!(
        (q.kind, q.cue.as_str(), q.mention.as_str()),
        (QuoteKind::Direct, "read", "the email")
    );
    let q = only("“Stop the bridge now,” reads the sign at the gate.");
    assert_eq!((q.cue.as_str(), q.mention.as_str()), ("reads", "the sign"));
    // A person who reads a text says nothing.
    assert!(
        quotes("Ana Ruiz read the bill “with great care” before the vote.")
            .iter()
            .all(|q| q.cue != "read")
    );
}

#[test]
fn asked_right_after_a_quotation_is_inverted() {
    let q = only(
        "William Bennett spoke.\n\n“Why should the nomination be grabbed from him?” asked Bennett, now a radio host.",
    );
    assert_eq!(
        (q.cue.as_str(), q.mention.as_str(), q.speaker.as_str()),
        ("asked", "Bennett", "William Bennett")
    );
    // Elsewhere `asked X` names who was asked.
    let q = only("William Bennett spoke.\n\n“Why now?” she asked Bennett.");
    assert_eq!(q.mention, "she", "{q:#?}");
}

#[test]
fn a_second_verb_finds_its_subject_past_an_opening_time() {
    let q = only(
        "Al Ruiz spoke.\n\nEight years ago, he backed Barack Obama and said, “She has never done anything for us.”",
    );
    assert_eq!(
        (q.mention.as_str(), q.speaker.as_str()),
        ("he", "Al Ruiz"),
        "{q:#?}"
    );
    let q = only(
        "Al Ruiz spoke.\n\nLast week, he backed Barack Obama and said, “She has never done anything for us.”",
    );
    assert_eq!(q.speaker, "Al Ruiz", "{q:#?}");
}

#[test]
fn verbs_of_speaking_that_report_only_quoted_words() {
    let q = quotes(
        "“We had written two dozen songs,” Ana Ruiz said, mentioning the long-awaited album is “in the home stretch.”",
    );
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(
        (q[1].kind, q[1].cue.as_str(), q[1].speaker.as_str()),
        (QuoteKind::Mixed, "mentioning", "Ana Ruiz")
    );
    let q =
        only("Ana Ruiz spoke.\n\nProtesters interrupted her speech, chanting “she wins, we lose!”");
    assert_eq!(
        (q.cue.as_str(), q.content.as_str()),
        ("chanting", "she wins, we lose!")
    );
    // (A six-letter one too.)
    let q = only("Ana Ruiz spoke.\n\nShe laughed at the crowd, joking “I will be back next week.”");
    assert_eq!(q.cue, "joking", "{q:#?}");
    // Without quoted words they report no statement.
    let q = quotes(
        "Ana Ruiz toured the plant, promising to cut the tax on fuel. “It is time,” she said.",
    );
    assert!(q.iter().all(|q| q.cue != "promising"), "{q:#?}");
}

#[test]
fn a_description_opening_the_sentence_ends_at_its_verb() {
    let q = only(
        "Marco Ruiz spoke.\n\nThe Florida senator sought to calm the crowd, saying the protester would “not get beat up” at his rally.",
    );
    assert_eq!(q.mention, "The Florida senator", "{q:#?}");
    let q = only(
        "The spokesman refused to name a date, saying there was no call planned with the mayor.",
    );
    assert_eq!(q.mention, "The spokesman", "{q:#?}");
    let q = only(
        "The town released a statement on Friday, saying the comments “are based on opinion.”",
    );
    assert_eq!(q.mention, "The town", "{q:#?}");
}

#[test]
fn a_second_quotation_joined_by_and_is_more_of_the_statement() {
    let q = quotes("The crowd marched downtown, chanting “We are Orlando” and “Disarm hate.”");
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(q[1].content, "Disarm hate.");
    assert_eq!(q[0].cue, q[1].cue);
    assert_eq!(q[1].mention, "The crowd");
}

#[test]
fn the_senator_from_a_state_is_a_description_not_the_state() {
    let q = quotes(
        "Texas Sen. Ted Ruiz spoke on Monday. Maine Sen. Ana Berg did not.\n\nThe senator from Texas said taxes would fall.",
    );
    let q = q.last().unwrap();
    assert_eq!(
        (q.mention.as_str(), q.speaker.as_str()),
        ("The senator from Texas", "Ted Ruiz")
    );
    // In a headline's capitals too: not the state.
    let q =
        quotes("Texas Sen. Ted Ruiz spoke on Monday.\n\nSenator from Texas says taxes would fall.");
    assert_eq!(q.last().unwrap().speaker, "Ted Ruiz", "{q:#?}");
}

#[test]
fn a_named_phrase_a_colon_and_a_quotation_is_a_direct_quote() {
    let q = only(
        "Rep. Trey Ruiz (R-S.C.): “I have not heard anyone other than you ever cite that figure.”",
    );
    assert_eq!(
        (q.kind, q.cue.as_str(), q.speaker.as_str()),
        (QuoteKind::Direct, ":", "Trey Ruiz")
    );
    let q = only("Former secretary of state Ana Ruiz: “We learned that from the department.”");
    assert_eq!(q.speaker, "Ana Ruiz", "{q:#?}");
    // Not a headline's colon, nor a frame with a cue of its own.
    assert!(
        quotes("Ana Ruiz Hammers Bank Chief: “You Should Be Investigated”")
            .iter()
            .all(|q| q.cue != ":")
    );
    let q = only("Tomas Berg spoke.\n\nWilliams added about Berg: “He feels sorry for him.”");
    assert_eq!(q.cue, "added", "{q:#?}");
    let q = quotes("Tomas Berg spoke.\n\nContinued Tomas Berg: “So I think it is a real problem.”");
    assert!(q.iter().all(|q| q.cue != ":"), "{q:#?}");
}

#[test]
fn the_question_a_sentence_opens_with_is_reported_too() {
    let q = quotes("Asked whether she would run again, Ana Ruiz said she had not decided.");
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(
        (
            q[0].kind,
            q[0].content.as_str(),
            q[0].cue.as_str(),
            q[0].mention.as_str()
        ),
        (
            QuoteKind::Indirect,
            "whether she would run again",
            "Asked",
            ""
        )
    );
    assert_eq!(
        (q[1].cue.as_str(), q[1].speaker.as_str()),
        ("said", "Ana Ruiz")
    );
    // Quoted words make it mixed; a named asker is its speaker.
    let q =
        quotes("Asked by Tomas Berg if the plan was “a fantasy,” Ruiz replied that it was not.");
    assert_eq!(
        (q[0].kind, q[0].content.as_str(), q[0].speaker.as_str()),
        (
            QuoteKind::Mixed,
            "if the plan was “a fantasy,”",
            "Tomas Berg"
        )
    );
    // No answer, no question: `asked` opens no frame of its own.
    assert!(quotes("Asked about it, Ruiz shrugged and left the room.").is_empty());
    // `when asked`, before the answer or after it.
    let q = quotes("When asked by a reporter whether taxes would rise, Ruiz said they would fall.");
    assert_eq!(
        (
            q[0].content.as_str(),
            q[0].cue.as_str(),
            q[0].mention.as_str()
        ),
        ("whether taxes would rise", "asked", "a reporter")
    );
    let q = quotes("“Not this year,” Ana Ruiz said when asked if she would run again.");
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(
        (q[1].content.as_str(), q[1].cue.as_str()),
        ("if she would run again", "asked")
    );
    assert_eq!(q[0].speaker, "Ana Ruiz");
    // The asker named, the quotation that follows is still the answerer's.
    let q = quotes(
        "“Not this year,” Ana Ruiz said when asked by Tomas Berg if she would run.\n\n“I have work to do here in the city and I mean to finish it.”",
    );
    assert_eq!(q[1].speaker, "Tomas Berg", "{q:#?}");
    assert_eq!(q[2].speaker, "Ana Ruiz", "{q:#?}");
    let q = quotes(
        "Asked by Tomas Berg whether she would run, Ana Ruiz said she would not.\n\n“I have work to do here in the city and I mean to finish it.”",
    );
    assert_eq!(q[0].speaker, "Tomas Berg", "{q:#?}");
    assert_eq!(q[2].speaker, "Ana Ruiz", "{q:#?}");
}

#[test]
fn a_show_named_after_the_frame_is_no_part_of_the_quote() {
    let q = only(
        "“We will not back down,” Ana Ruiz said on ABC’s “This Week With George Stephanopoulos.”",
    );
    assert_eq!(
        (q.content.as_str(), q.cue.as_str()),
        ("We will not back down,", "said")
    );
    // Quoted words in capitals right after the cue are still its words.
    let q = quotes("“We will not back down,” Ana Ruiz said, “Not Now, Not Ever.”");
    assert!(q.iter().any(|q| q.content.starts_with("Not Now")), "{q:#?}");
}

#[test]
fn a_report_in_an_opening_clause_ends_with_the_clause() {
    let q = quotes(
        "While Ana Ruiz said that taxes would fall next year, she clarified that fees would rise.",
    );
    assert_eq!(q[0].content, "that taxes would fall next year", "{q:#?}");
    let q =
        quotes("After Tomas Berg announced that he would not run, Democrats turned to his deputy.");
    assert_eq!(q[0].content, "that he would not run", "{q:#?}");
    // A report in the main clause goes on past its commas.
    let q =
        quotes("When the vote came, Ana Ruiz said that taxes, she thinks, would fall next year.");
    assert_eq!(
        q[0].content, "that taxes, she thinks, would fall next year",
        "{q:#?}"
    );
}

#[test]
fn an_office_under_another_name_describes_its_holder() {
    let q = quotes(
        "Manhattan Supreme Court Justice Ana Ruiz rejected the request on Thursday.\n\nThe judge said that there was no reason to intrude on her privacy.",
    );
    assert_eq!(
        (q[0].mention.as_str(), q[0].speaker.as_str()),
        ("The judge", "Ana Ruiz"),
        "{q:#?}"
    );
    let q = quotes(
        "Tomas Berg, an attorney for the family, arrived late.\n\nThe lawyer said that his clients would appeal the ruling.",
    );
    assert_eq!(q[0].speaker, "Tomas Berg", "{q:#?}");
    let q = quotes(
        "Ana Ruiz, a physician at the clinic, examined him in 2001.\n\nThe doctor said that his leg had healed well.",
    );
    assert_eq!(q[0].speaker, "Ana Ruiz", "{q:#?}");
}

#[test]
fn a_word_opening_a_clause_is_no_part_of_the_name_after_it() {
    let c = corpus(&[
        "Rally Ends\n\nAna Ruiz spoke first. Only Ana Ruiz knew the answer. Perhaps Mr. Berg did too. Neither Ruiz nor Berg stayed.\n\nTomas Berg left early.\n",
    ]);
    let names: Vec<String> = c
        .entities
        .iter()
        .flat_map(|e| std::iter::once(e.name.clone()).chain(e.aliases.iter().cloned()))
        .collect();
    for junk in ["Only", "Perhaps", "Neither"] {
        assert!(
            names.iter().all(|n| !n.starts_with(junk)),
            "{junk}: {names:?}"
        );
    }
    // Places and organisations keep their first words.
    let c = corpus(&[
        "Storm Nears\n\nWhite House officials met. New York City Hall closed. Ana Ruiz said the roads would close.\n",
    ]);
    let names: Vec<&str> = c.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(
        names.contains(&"White House") && names.contains(&"New York City Hall"),
        "{names:?}"
    );
    // Nor a word opening a place's name before a role and a name.
    let c = corpus(&[
        "Town Votes\n\nTel Aviv Mayor Ron Huldai said the vote would be close.\n\nFort Pierce Mayor Linda Hudson said the count was fair.\n",
    ]);
    let aliases: Vec<&str> = c
        .entities
        .iter()
        .flat_map(|e| e.aliases.iter().map(String::as_str))
        .collect();
    assert!(
        aliases.contains(&"Tel Aviv Mayor Ron Huldai")
            && aliases.contains(&"Fort Pierce Mayor Linda Hudson"),
        "{aliases:?}"
    );
}
