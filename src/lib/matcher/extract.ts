/**
 * Finds a posting's key terms: the candidates (candidates.ts) scored by their
 * evidence (weights.ts), the best kept, one line per thing, the posting's
 * must-haves before its nice-to-haves.
 */
import { readCommonness, type Background } from './background.ts';
import { FEATURES, findCandidates, type Candidate, type Features } from './candidates.ts';
import { containsRun } from './match.ts';
import { readPosting } from './posting.ts';
import type { KeyTerm, PostingTerms } from './types.ts';
import { STOPWORDS } from './vocabulary.ts';
import { WEIGHTS, type Weights } from './weights.ts';

/** At most this many terms: past it, a list stops being a checklist. */
const MAX_TERMS = 25;
/** Fewer terms than this, or text that reads as another language, and the page says few were found. */
const FEW_TERMS = 5;
/** A candidate the model gives less than a 15% chance of being a key term is not shown at all. */
const LEAST_SCORE = Math.log(0.15 / 0.85);
const SNIPPET_CHARS = 110;

/** A candidate's score: the model's log-odds that it is a key term. */
function scoreOf(features: Features, weights: Weights = WEIGHTS): number {
  return FEATURES.reduce((sum, name) => sum + weights[name] * features[name], weights.bias);
}

/** Binds the background once, so each extraction only reads the posting. */
export function createExtractor(background: Background, weights: Weights = WEIGHTS): (posting: string) => PostingTerms {
  const commonness = readCommonness(background);
  const tradePhrases = new Set(background.phrases.split('|'));
  return (posting) => {
    const read = readPosting(posting);
    const english = readsAsEnglish(read.text);
    const scored = findCandidates(read.sentences, read.title, commonness, tradePhrases)
      .map((candidate) => ({ candidate, score: scoreOf(candidate.features, weights) }))
      // In another language the background means nothing; only names and years are still worth showing.
      .filter(({ candidate, score }) => score >= LEAST_SCORE && (english || candidate.features.shaped || candidate.features.years))
      .sort((a, b) => b.score - a.score);
    const terms: KeyTerm[] = foldContained(scored)
      .slice(0, MAX_TERMS)
      .sort((a, b) => Number(b.candidate.required) - Number(a.candidate.required) || b.score - a.score)
      .map(({ candidate }) => ({
        term: candidate.term,
        need: candidate.required ? 'required' : 'preferred',
        snippet: snippetAround(candidate.sentence, candidate.at, candidate.term.length),
        ...(candidate.alias ? { alias: candidate.alias } : {}),
      }));
    return { terms, trimmed: read.trimmed, fewTerms: !english || terms.length < FEW_TERMS };
  };
}

/**
 * One term per thing: "telemetry" and "telemetry monitoring", "RN" and "RN
 * license" are one line in the list, the higher-scoring spelling kept and
 * required if either use is. So are years, once for what the posting
 * requires and once for what it prefers: "5+ years in digital marketing, 3 of
 * them in DTC" asks for five, and the letter answers with one number, but "12
 * months required, two years preferred" screens twice (both labellers of the
 * truck-driver posting listed both). `scored` is best first.
 */
function foldContained<T extends { candidate: Candidate }>(scored: T[]): T[] {
  const kept: Array<{ entry: T; keys: string[] }> = [];
  // Years are two things at most, whatever the numbers: the best the posting requires and the best it prefers.
  const years = scored.filter((entry) => entry.candidate.features.years);
  const screenYears = [years.find((entry) => entry.candidate.required), years.find((entry) => !entry.candidate.required)];
  for (const entry of scored) {
    if (entry.candidate.features.years && !screenYears.includes(entry)) continue;
    const keys = entry.candidate.key.split(' ');
    const overlapping = kept.find((other) => containsRun(other.keys, keys) || containsRun(keys, other.keys));
    if (overlapping) overlapping.entry.candidate.required ||= entry.candidate.required;
    else kept.push({ entry, keys });
  }
  return kept.map(({ entry }) => entry);
}

/**
 * Whether the text is English enough for the background to mean anything:
 * English prose is a third glue words; Spanish or German prose has almost
 * none of ours.
 */
function readsAsEnglish(text: string): boolean {
  // Words of two letters or more: a run of "x x x" says nothing of the language.
  const words = text.toLowerCase().match(/\p{L}{2,}/gu) ?? [];
  if (words.length < 20) return true;
  const glue = words.filter((word) => STOPWORDS.has(word)).length;
  return glue / words.length >= 0.15;
}

/** The stretch of a sentence around a term, cut at spaces, with an ellipsis where cut. */
function snippetAround(sentence: string, at: number, length: number): string {
  const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
  if (sentence.length <= SNIPPET_CHARS) return collapse(sentence);
  // About a third of the room before the term, the rest after it.
  let start = Math.max(0, Math.min(at - Math.floor((SNIPPET_CHARS - length) / 3), sentence.length - SNIPPET_CHARS));
  let end = Math.min(sentence.length, start + SNIPPET_CHARS);
  const spaceAfterStart = sentence.indexOf(' ', start);
  if (start > 0 && spaceAfterStart !== -1 && spaceAfterStart < at) start = spaceAfterStart + 1;
  const spaceBeforeEnd = sentence.lastIndexOf(' ', end);
  if (end < sentence.length && spaceBeforeEnd > at + length) end = spaceBeforeEnd;
  return `${start > 0 ? '…' : ''}${collapse(sentence.slice(start, end))}${end < sentence.length ? '…' : ''}`;
}
