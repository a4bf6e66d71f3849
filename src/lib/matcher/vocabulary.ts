/**
 * The words the matcher treats as glue or as the way postings talk, never as
 * a key term on their own. Kept as data, apart from the code, so a reader of
 * a bad result can see why a word was dropped and a maintainer can add one.
 *
 * The background table (built from our library and English word frequency)
 * already marks common words; these lists catch what frequency cannot: the
 * verbs and adjectives every posting uses and the words that only head a
 * term ("experience with X", "X skills") without being the term.
 */
import { tokenKey } from './tokens.ts';

/**
 * Function words, and the words that only mark what a line asks ("(Preferred)", "(Required)"): a
 * term never starts, ends or breaks across one of these, however it is written.
 */
export const STOPWORDS = new Set(
  `a about above across after against all also am an and any are as at be been being both but by can could did do does
  doing down during each either etc every few for from further had has have having he her here hers him his how i if in
  into is it its itself just may me might more most must my no nor not of off on once only or other our ours out over own
  per same shall she should so some such than that the their theirs them then there these they this those through to too
  under until up upon us very via was we were what when where whether which while who whom why will with within without
  would yet you your yours yourself another before since toward towards near behind beyond between among along throughout
  beside onto two three four five six seven eight nine ten twelve u.s am pm a.m p.m noon midnight monday tuesday wednesday thursday friday saturday
  sunday weekday weekend night morning afternoon evening lb lbs pound minute hour day week month everything anything
  something january february march april june july august september october november december e.g i.e including include includes like well plus least much many one's whose
  will've we'll we're we've you'll you're you've it's that's there's don't isn't can't won't cannot according lot lots
  preferred required we'd you'd they'd they'll they're they've i'm i'd i'll i've doesn't didn't aren't wasn't weren't
  haven't hasn't wouldn't shouldn't couldn't let's still`.split(/\s+/),
);

/**
 * How postings talk: verbs of duty, adjectives of praise, and nouns of the
 * job itself. None is a skill a hiring manager screens for by that word.
 */
export const FLUFF = new Set(
  `ability able accurate accurately active actively additional agreeable always amazing ambitious applicant
  applicants apply appropriate approximately around assigned assist assists attention available average basic best
  better big bonus bring build builds candidate candidates capable career careful changing clear clearly closely
  comfortable committed company competitive complete completes comprehensive consistent consistently constantly
  contribute core current currently daily day days deep demonstrated dependable desire desired detail detail-oriented
  determined develop dynamic eager effective effectively efficient efficiently eligible employee employees ensure
  ensures enthusiastic environment equivalent essential established every everyday excellent exceptional excited
  existing experience experienced expert exposure extensive familiar familiarity fast fast-paced flexible focus
  focused follow follows friendly full full-time fun get give go good great grow growing hands-on hard help
  helps high highly hire hiring ideal ideally important improve including independently individual job join keep
  key knowledge large level like looking love make makes manage manages meet meets minimum motivated multiple must
  need needed needs new nice opportunity organized outstanding own part part-time passion passionate people perform
  performs plus position positive previous prior proactive professional proficiency proficient proven
  provide provides quick quickly ready related relevant reliable requirement requirements
  responsible responsibilities responsibility role run seeking self-starter similar skill skilled skills small solid
  someone sound start strong success successful support supports take team teams thrive time together top
  understand understanding us use used using various want way ways willing willingness wide work worker working
  works world year years yes grasp habit particular fluent fluency part comfort patience humor attitude equivalent proper regular fair valid safe accepted fine ok okay`.split(
    /\s+/,
  ),
);

/**
 * Verbs that open a duty ("Maintain REST APIs", "rotate stock"). Dropped at
 * the start of a term, where they are verbs; kept inside one, where the same
 * word is often a noun ("Hoyer lift", "cash handling").
 */
export const DUTY_VERBS = new Set(
  `accept activate adapt add address administer advise analyze answer approve arrange assemble assess audit
  automate bake balance bend book break brew call carry change clean climb close coach collaborate collect communicate
  compile complete conduct configure coordinate count create date delegate define deliver design diagnose dial document
  draft drive drop educate enforce enter escalate establish evaluate execute explain file fill find finish fix
  flag follow greet guide handle harden identify implement improve inspect install interpret investigate label
  lead learn lift load log look maintain manage map measure meet mentor monitor move operate optimize organize own pack
  partner pay pick plan post prepare present prevent prioritize process produce promote protect pull push qualify
  pass read reassess receive recognize recommend reconcile record reduce refer remove repair replace report request
  research resolve respond restock review rotate route save scan schedule secure sell serve set share ship show
  sit solve sort speak stand stay steam stock supervise teach test track train transport troubleshoot tune turn
  unload update upgrade verify walk wash wrap write hold possess obtain earn assign initiate know`.split(/\s+/),
);

/**
 * Words that head a term without being it: "Butchery experience" is about
 * butchery, "knife skills" about knives. Dropped from a term's end, unless
 * the term would be left empty.
 */
export const GENERIC_HEADS = new Set(
  `ability abilities background environment experience exposure familiarity knowledge proficiency role setting
  skill skills understanding work`.split(/\s+/),
);

/**
 * Phrases before a term that mark it as something the posting screens for:
 * "experience with Terraform", "knowledge of HACCP".
 */
export const LEAD_INS = [
  'experience with',
  'experience in',
  'experience using',
  'knowledge of',
  'proficiency in',
  'proficient in',
  'proficient with',
  'familiarity with',
  'familiar with',
  'certified in',
  'trained in',
  'background in',
  'expertise in',
  'skilled in',
  'fluent in',
  'hands-on with',
  'understanding of',
];

/**
 * People a posting mentions: the job itself, colleagues, customers. A term
 * that names people ("UX researcher", "residents") is rarely a skill; the
 * model weighs how rarely ("charge nurse" is a role the posting asks for).
 */
export const PEOPLE = new Set(
  `agent aide analyst applicant assistant associate bdr candidate client colleague cook coordinator customer designer
  developer director driver employee engineer executive family guest helper hire lead leader manager member nurse officer operator
  parent partner patient peer player provider recruiter rep representative researcher resident sdr specialist staff
  student supervisor teacher technician teller vp worker`.split(/\s+/),
);

/** A term ending in one of these is a credential: it stays whole and ranks high. */
export const CREDENTIALS = new Set(
  'certification certificate certified license licence licensure card endorsement registration credential credentials permit'.split(' '),
);

/**
 * Languages a posting may ask for ("Bilingual English/Spanish"). Each is a
 * term of its own; English, in an English posting, goes without saying.
 */
export const LANGUAGES = new Set(
  `amharic arabic asl bengali cantonese chinese english farsi french german greek haitian hindi hmong italian japanese
  korean mandarin polish portuguese punjabi russian somali spanish swahili tagalog ukrainian urdu vietnamese`.split(/\s+/),
);

/**
 * Places: where the job is, never what it asks for. A term naming a state
 * ("eastern Washington", "State of Washington") is read as a place, though
 * a licence may carry one ("Washington licensure"): the model weighs both.
 */
export const PLACES = new Set(
  `alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
  indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana
  nebraska nevada hampshire jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania rhode tennessee texas
  utah vermont virginia washington wisconsin wyoming canada ontario
  north south east west northern southern eastern western central downtown county city state region`
    .split(/\s+/)
    // As token keys, which read "Texas" as a plural: "texa".
    .map(tokenKey),
);

/** The last word of an organisation's name: "American Heart Association", "Saint Alder Regional Medical Center". */
export const ORGANIZATIONS = new Set(
  `association society council commission board department agency authority district hospital center centre clinic
  university college school institute foundation bank inc llc co corp company group labs`.split(/\s+/),
);

/** The state a duty leaves a thing in ("keep the bar clean", "cold brew going"): dropped from a term's end. */
export const STATES = new Set(`clean tidy neat stocked ready going moving running organized`.split(/\s+/));

/**
 * Words that say how often, how big or how hard ("monthly quota", "short
 * discovery call", "tight driveways"): dropped from a term's start.
 */
export const DESCRIPTIVE = new Set(
  `daily weekly biweekly monthly quarterly yearly annual nightly first-year short tight narrow quiet larger smaller
  bigger simple occasional frequent typical usual early thorough certain satisfactory recent`.split(/\s+/),
);
