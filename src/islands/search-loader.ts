/**
 * The only search code that runs on page load, on every page. It wires the
 * shortcuts ("/" and Ctrl+K or Cmd+K focus the header box) and, when the
 * reader focuses or types in the box, imports the popup (its own chunk),
 * which loads Pagefind. Until then no search code or index file is fetched;
 * without JavaScript the box is a plain form to /search/.
 */
const input = document.querySelector<HTMLInputElement>('input[data-search-combobox]');

/** Whether a key press belongs to a field the reader is typing in. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

if (input) {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    import('./search-popup.ts').then(
      ({ mountPopup }) => mountPopup(input),
      // Offline or a failed deploy: the box stays a plain form to /search/, and the next focus retries.
      () => (started = false),
    );
  };
  input.addEventListener('focus', start);
  input.addEventListener('input', start);
  input.setAttribute('aria-keyshortcuts', '/ Control+K Meta+K');

  document.addEventListener('keydown', (event) => {
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
    const slash = event.key === '/' && plain && !isTyping(event.target);
    const ctrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
    if (!slash && !ctrlK) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
