/**
 * `npm run reference:shingles -- <path to the reference page>`
 * Rewrites tests/fixtures/reference-shingles.txt: the hashes of every 8-word
 * run of the page this project grew from, so the originality check runs on a
 * fresh clone without the page itself. Run it only when the page changes, and
 * update REFERENCE_WINDOWS in tests/content/library.test.ts to the count it prints.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { formatShingleFixture, shingleHashes } from '../lib/shingles.ts';

const FIXTURE = 'tests/fixtures/reference-shingles.txt';
const path = process.argv[2];
if (!path) {
  console.error(
    'reference:shingles: give the path of the reference page, e.g.\n  npm run reference:shingles -- /path/to/reference/page.txt',
  );
  process.exit(1);
}
let text: string;
try {
  text = readFileSync(path, 'utf8');
} catch (error) {
  console.error(`reference:shingles: cannot read ${path}: ${(error as Error).message}`);
  process.exit(1);
}
const hashes = shingleHashes(text);
if (hashes.length === 0) {
  console.error(`reference:shingles: ${path} has fewer than 8 words; is it the right file?`);
  process.exit(1);
}
writeFileSync(FIXTURE, formatShingleFixture(hashes, basename(path)));
console.log(`${FIXTURE}: ${hashes.length} windows`);
