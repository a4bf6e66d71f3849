/**
 * The template filler island: switches on the form that TemplateFiller.astro
 * renders, fills the preview as the reader types, and copies or downloads the
 * letter. Nothing typed leaves the browser; the only code fetched later is the
 * .docx library, from our own origin, when the reader asks for a Word file.
 *
 * Why a vanilla custom element rather than Preact: the server already renders
 * every element, so the island only listens to events and sets text. Preact's
 * runtime alone would take most of the 6 KB gzipped budget; a custom element
 * costs nothing, upgrades itself whenever its tag is on the page, and keeps
 * the whole island readable in one sitting.
 */
import type { Segment } from '../lib/placeholders.ts';
import {
  countFilled,
  countLetterWords,
  describeLength,
  downloadName,
  isFilled,
  toParagraphs,
  toPlainText,
  toWrittenText,
} from '../lib/filler/letter.ts';
import { createMemory, type Memory, type RememberedField } from '../lib/filler/memory.ts';

type Control = HTMLInputElement | HTMLTextAreaElement;

/** Called with the letter's written words (open placeholders left out) whenever they may have changed. */
export type LetterListener = (letter: string) => void;

export class TemplateFiller extends HTMLElement {
  private controls: Control[] = [];
  private fields: RememberedField[] = [];
  private marks = new Map<string, HTMLElement[]>();
  private paragraphs: Segment[][] = [];
  private memory?: Memory;
  private statusTimer = 0;
  private busy = false;
  private letterListeners: LetterListener[] = [];

  connectedCallback() {
    if (this.memory) return;
    this.paragraphs = toParagraphs(this.dataset.template ?? '');
    this.controls = [...this.querySelectorAll<Control>('input[data-key], textarea[data-key]')];
    this.fields = this.controls.map((control) => ({ key: control.dataset.key ?? '', shared: control.hasAttribute('data-shared') }));
    for (const mark of this.querySelectorAll<HTMLElement>('[data-mark]')) {
      const key = mark.dataset.mark ?? '';
      mark.dataset.raw = mark.textContent ?? '';
      this.marks.set(key, [...(this.marks.get(key) ?? []), mark]);
    }

    // Reaching localStorage can throw (blocked cookies), so the memory asks for it inside its guard.
    this.memory = createMemory(() => window.localStorage);
    const remembered = this.memory.load(this.slug, this.fields);
    for (const control of this.controls) {
      // A value the browser restored on reload is newer than memory: keep it.
      const value = remembered[control.dataset.key ?? ''];
      if (!control.value && value) control.value = value;
    }

    this.addEventListener('input', () => this.changed());
    this.addEventListener('focusin', (event) => this.highlight(event.target, true));
    this.addEventListener('focusout', (event) => this.highlight(event.target, false));
    this.addEventListener('click', (event) => {
      const action = (event.target as Element | null)?.closest<HTMLElement>('[data-action]')?.dataset.action;
      if (action) void this.act(action);
      else this.jump(event);
    });
    for (const element of this.querySelectorAll<HTMLButtonElement | HTMLFieldSetElement>('[data-filler-enable]')) element.disabled = false;
    this.update();
    this.dataset.ready = '';
  }

  /**
   * Tells `listener` the letter's words now and after every change (typing,
   * Reset, details restored), so the posting matcher never reads the form.
   * A method rather than an event: the matcher imports only this type, and no
   * shared constant pulls the filler's modules into the matcher's chunks.
   */
  watchLetter(listener: LetterListener) {
    this.letterListeners.push(listener);
    listener(toWrittenText(this.paragraphs, this.values()));
  }

  private get slug(): string {
    return this.dataset.role ?? '';
  }

  private values(): Record<string, string> {
    return Object.fromEntries(this.controls.map((control) => [control.dataset.key ?? '', control.value]));
  }

  private changed() {
    this.update();
    this.memory?.save(this.slug, this.fields, this.values());
  }

  /** Puts every value into the preview as text (never markup) and refreshes the counters. */
  private update() {
    const values = this.values();
    for (const [key, marks] of this.marks) {
      const value = values[key];
      const filled = isFilled(value);
      for (const mark of marks) {
        mark.textContent = filled ? value : (mark.dataset.raw ?? '');
        mark.classList.toggle('placeholder', !filled);
        mark.classList.toggle('filled', filled);
        // Isolates right-to-left values so they cannot reorder the sentence around them.
        if (filled) mark.dir = 'auto';
        else mark.removeAttribute('dir');
      }
    }
    this.setText(
      '[data-filler-count]',
      String(
        countFilled(
          this.fields.map((field) => field.key),
          values,
        ),
      ),
    );
    this.setText('[data-filler-words]', describeLength(countLetterWords(this.paragraphs, values)));
    if (this.letterListeners.length > 0) {
      const letter = toWrittenText(this.paragraphs, values);
      for (const listener of this.letterListeners) listener(letter);
    }
  }

  private setText(selector: string, text: string) {
    for (const element of this.querySelectorAll(selector)) element.textContent = text;
  }

  /** A placeholder in the preview, or "Back to your details": go to the field. "Show in the letter": go to its place. */
  private jump(event: MouseEvent) {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-mark], a.filler-to-letter, a[data-filler-back]');
    const target = link && this.querySelector<HTMLElement>(link.hash);
    if (!target) return;
    event.preventDefault();
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  }

  /** Marks where the focused field lands in the letter, and scrolls the preview to it. */
  private highlight(target: EventTarget | null, on: boolean) {
    const key = target instanceof HTMLElement && target.matches('[data-key]') ? target.dataset.key : undefined;
    // The letter's "Back to your details" returns to the field the reader last had.
    const back = this.querySelector<HTMLAnchorElement>('[data-filler-back]');
    if (on && key !== undefined && back) back.setAttribute('href', `#${(target as HTMLElement).id}`);
    const marks = key === undefined ? [] : (this.marks.get(key) ?? []);
    for (const mark of marks) mark.classList.toggle('is-active', on);
    const preview = this.querySelector<HTMLElement>('[data-filler-preview]');
    const first = marks[0];
    // Only the preview's own scroll moves (it scrolls on wide screens); the page stays where the reader is.
    if (on && preview && first && preview.scrollHeight > preview.clientHeight) {
      const top = first.getBoundingClientRect().top - preview.getBoundingClientRect().top;
      if (top < 0 || top > preview.clientHeight - 48) preview.scrollTop += top - 48;
    }
  }

  private async act(action: string) {
    const values = this.values();
    const open =
      this.fields.length -
      countFilled(
        this.fields.map((field) => field.key),
        values,
      );
    const unfilled = open ? ` ${open} ${open === 1 ? 'placeholder is' : 'placeholders are'} still unfilled.` : '';
    const text = toPlainText(this.paragraphs, values);
    if (action === 'copy') {
      try {
        await navigator.clipboard.writeText(text);
        this.say(`Letter copied.${unfilled}`);
      } catch {
        // No Clipboard API (or permission denied): hand the reader a selection to copy themselves.
        const preview = this.querySelector('[data-filler-preview]');
        const selection = window.getSelection();
        if (preview && selection) selection.selectAllChildren(preview);
        this.say(`Copying is blocked here. The letter is selected: press Ctrl+C (or Cmd+C) to copy it.${unfilled}`);
      }
    } else if (action === 'txt') {
      const name = downloadName(this.slug, 'txt');
      this.download(new Blob([`${text}\n`], { type: 'text/plain;charset=utf-8' }), name);
      this.say(`Downloaded ${name}.${unfilled}`);
    } else if (action === 'docx' && !this.busy) {
      const name = downloadName(this.slug, 'docx');
      this.busy = true;
      this.say('Preparing the Word document…');
      try {
        // Loaded on demand from our own origin: the Word code is many times the size of this island.
        const [docx, { createLetterDocument }] = await Promise.all([import('docx'), import('../lib/filler/docx.ts')]);
        const title = `${this.dataset.title ?? 'Cover'} cover letter`;
        const author = values['YOUR NAME'];
        const document = createLetterDocument(docx, this.paragraphs, values, { title, ...(isFilled(author) ? { author } : {}) });
        this.download(await docx.Packer.toBlob(document), name);
        this.say(`Downloaded ${name}.${unfilled}`);
      } catch {
        this.say('The Word document could not be made. Try again, or download the .txt instead.');
      } finally {
        this.busy = false;
      }
    } else if (action === 'print') {
      // The print stylesheet shows only the letter while this class is on (src/styles/global.css).
      const root = document.documentElement;
      root.classList.add('print-letter');
      window.addEventListener('afterprint', () => root.classList.remove('print-letter'), { once: true });
      window.print();
      if (open) this.say(`Printing.${unfilled}`);
    } else if (action === 'reset' || action === 'forget') {
      for (const control of this.controls) control.value = '';
      this.update();
      if (action === 'reset') {
        this.memory?.save(this.slug, this.fields, {});
        this.say('The form is empty again.');
      } else {
        const forgotten = this.memory?.forget();
        this.say(
          forgotten
            ? 'Your details are forgotten on this device, and the form is empty.'
            : 'The form is empty. This browser keeps no details for us to forget.',
        );
      }
    }
  }

  private download(blob: Blob, name: string) {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    // Revoked later, not at once: the browser reads the blob after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }

  /** Shows a short message; emptied first, so a repeated message is announced again. */
  private say(message: string) {
    const status = this.querySelector('[data-filler-status]');
    if (!status) return;
    status.textContent = '';
    clearTimeout(this.statusTimer);
    this.statusTimer = window.setTimeout(() => (status.textContent = message), 100);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'template-filler': TemplateFiller;
  }
}

if (!customElements.get('template-filler')) customElements.define('template-filler', TemplateFiller);
