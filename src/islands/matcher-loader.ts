/**
 * The only matcher code that runs on a role page's load: it switches the
 * posting box on and, when the reader first opens "Match a job posting",
 * imports the matcher (its own chunks: the UI, the engine and its data).
 * Until then none of it is fetched, so it costs the page nothing.
 */
const details = document.querySelector<HTMLDetailsElement>('details[data-matcher]');

if (details) {
  // The messages are written in the page (data-loading, data-failed), which keeps their words out of this script's weight.
  const status = details.querySelector<HTMLElement>('[data-matcher-status]');
  const say = (message = '') => status && (status.textContent = message);
  let started = false;
  const start = () => {
    if (started || !details.open) return;
    started = true;
    say(status?.dataset.loading);
    import('./posting-matcher.ts').then(
      ({ mountMatcher }) => mountMatcher(details),
      () => {
        // Offline or a failed deploy: say so, and let the next opening try again.
        started = false;
        say(status?.dataset.failed);
      },
    );
  };
  details.addEventListener('toggle', start);
  // The reader may paste while the matcher loads; it reads the box when it starts.
  const posting = details.querySelector<HTMLTextAreaElement>('[data-matcher-posting]');
  if (posting) posting.disabled = false;
  start();
}
