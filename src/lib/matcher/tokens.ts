/**
 * Words as the matcher sees them. A token keeps the symbols that make a term
 * what it is ("C++", "C#", "Node.js", ".NET", "CI/CD", "5+"), and carries a
 * key (lower case, singular) so "APIs" meets "API" and "forklifts" "forklift".
 */

export interface Token {
  /** As written: "PostgreSQL". */
  text: string;
  /** Lower case and singular: "postgresql", "forklift". */
  key: string;
  start: number;
  end: number;
}

// A letter or digit, then letters and digits, inner joiners followed by more
// of them ("Node.js", "CI/CD", "fast-paced", "3-5"), and trailing + or #
// ("C++", "C#", "5+"). A leading dot only where a word starts (".NET").
const TOKEN = /(?<![\p{L}\p{N}])\.?[\p{L}\p{N}](?:[\p{L}\p{N}]|[.'’/&-](?=[\p{L}\p{N}])|[+#]+(?![\p{L}\p{N}]))*/gu;

/** Every token of `text`, in order, with its place in `text`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    tokens.push({ text: match[0], key: tokenKey(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** Lower case and, for plain words, singular: the form two spellings of one word share. */
export function tokenKey(word: string): string {
  const lower = word.toLowerCase().replace(/’/g, "'");
  // "APIs", "RNs": an acronym's plural.
  if (/^\p{Lu}{2,}s$/u.test(word)) return lower.slice(0, -1);
  return /^[a-z]+$/.test(lower) ? singular(lower) : lower;
}

// English plurals by their endings; close enough for matching, since both the
// posting and the letter go through the same function.
function singular(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (/(?:ch|sh|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is|ous)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Whether a word is written like a name, not a common word: "PostgreSQL", "EHR", "C#", "Node.js", "401". */
export function isShaped(word: string): boolean {
  return /[\p{N}+#./&]/u.test(word) || /^.\p{Ll}*\p{Lu}/u.test(word) || /^\p{Lu}{2,}s?$/u.test(word);
}
