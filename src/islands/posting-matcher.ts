/**
 * The job-posting matcher's UI, imported when the reader first opens "Match a
 * job posting" (see matcher-loader.ts). It reads the posting box, asks the
 * engine for the posting's key terms, and sorts them into "In your letter" and
 * "Not in your letter yet" against the letter as the filler has it, again
 * whenever the reader types in either.
 *
 * The posting never leaves the browser: the engine runs here, the page fetches
 * nothing, and the paste is kept in sessionStorage for this tab alone. Posting
 * text reaches the page only through textContent, never as markup.
 */
import { describeMatch, describePosting, NEED_LABELS, splitSnippet } from '../lib/matcher/display.ts';
import { extractTerms, matchLetter } from '../lib/matcher/index.ts';
import { createPostingMemory } from '../lib/matcher/posting-memory.ts';
import type { KeyTerm, LetterMatch, PostingTerms } from '../lib/matcher/types.ts';
import type { TemplateFiller } from './template-filler.ts';

// Extraction takes well under 30 ms; the pause only spares work while the reader is still typing.
const TYPING_PAUSE_MS = 120;

/** Builds an element holding only text. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** One term: its name, whether the posting requires it, and where the posting uses it, the term marked. */
function renderTerm(term: KeyTerm): HTMLLIElement {
  const item = element('li', 'matcher-term');
  const head = element('p', 'matcher-term-head');
  const name = element('span', 'matcher-term-name', term.term);
  name.dir = 'auto';
  head.append(name, element('span', `chip matcher-need-${term.need}`, NEED_LABELS[term.need]));
  const snippet = element('p', 'matcher-snippet');
  snippet.dir = 'auto';
  const { before, match, after } = splitSnippet(term.snippet, term.term);
  snippet.append(before);
  if (match) snippet.append(element('mark', '', match), after);
  item.append(head, snippet);
  return item;
}

class PostingMatcher {
  private posting: PostingTerms | undefined;
  private letter = '';
  private shown = '';
  private timer = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly box: HTMLTextAreaElement,
    private readonly filler: TemplateFiller | null,
  ) {}

  start() {
    const memory = createPostingMemory(() => window.sessionStorage);
    // What the reader pasted while the matcher loaded is newer than what the tab kept.
    if (this.box.value) memory.save(this.box.value);
    else this.box.value = memory.load();
    this.box.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = window.setTimeout(() => {
        memory.save(this.box.value);
        this.read();
      }, TYPING_PAUSE_MS);
    });
    // A filler that never started (its script failed) leaves the letter empty: every term shows as missing.
    if (typeof this.filler?.watchLetter === 'function') {
      this.filler.watchLetter((letter) => {
        this.letter = letter;
        this.match();
      });
    }
    this.read();
    this.root.dataset.ready = '';
  }

  /** Extracts the posting's terms afresh. */
  private read() {
    this.posting = this.box.value.trim() ? extractTerms(this.box.value) : undefined;
    const notes = this.root.querySelector('[data-matcher-notes]');
    const said = describePosting(this.posting);
    // Like the status, the notes are a live region: rewritten only when they change, so each is announced once.
    if (notes && notes.textContent !== said.join('')) notes.replaceChildren(...said.map((note) => element('p', 'matcher-note', note)));
    this.match();
  }

  /** Sorts the terms against the letter as it is now, and shows the result. */
  private match() {
    const result = this.posting && matchLetter(this.posting.terms, this.letter);
    const status = this.root.querySelector('[data-matcher-status]');
    const text = describeMatch(this.posting, result);
    // Only a change is written, so the live region speaks when the count moves, not on every keystroke.
    if (status && status.textContent !== text) status.textContent = text;
    this.renderLists(result);
  }

  private renderLists(result: LetterMatch | undefined) {
    // Typing in the filler rarely moves a term; when nothing moved, the lists stay as they are.
    const key = JSON.stringify([result?.inLetter, result?.missing]);
    if (key === this.shown) return;
    this.shown = key;
    const results = this.root.querySelector<HTMLElement>('[data-matcher-results]');
    if (results) results.hidden = !result || this.posting?.terms.length === 0;
    const lists = { in: result?.inLetter ?? [], missing: result?.missing ?? [] };
    for (const [id, terms] of Object.entries(lists)) {
      this.root.querySelector(`[data-matcher-list="${id}"]`)?.replaceChildren(...terms.map(renderTerm));
      const empty = this.root.querySelector<HTMLElement>(`[data-matcher-empty="${id}"]`);
      if (empty) empty.hidden = terms.length > 0;
    }
  }
}

/** Starts the matcher in its disclosure (once). */
export function mountMatcher(root: HTMLElement): void {
  const box = root.querySelector<HTMLTextAreaElement>('[data-matcher-posting]');
  if (!box || root.dataset.ready !== undefined) return;
  box.disabled = false;
  new PostingMatcher(root, box, document.querySelector('template-filler')).start();
}
