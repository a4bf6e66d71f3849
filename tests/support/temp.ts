/**
 * Temporary folders for tests and scripts. Under Vitest they all sit in one
 * folder per test run (made and removed by tests/support/temp-root.ts, since
 * Vitest ends its workers without an exit event); elsewhere each folder is
 * removed when the process exits. Either way repeated runs leave /tmp clean.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Set by the test run's global setup to the folder it removes afterwards. */
export const TEST_TEMP_ROOT = 'DEAR_HIRING_TEST_TMP';

const made: string[] = [];
process.on('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh empty folder, named `dear-hiring-{purpose}-…`. */
export function temporaryDir(purpose: string): string {
  const runRoot = process.env[TEST_TEMP_ROOT];
  const dir = mkdtempSync(join(runRoot ?? tmpdir(), `dear-hiring-${purpose}-`));
  if (!runRoot) made.push(dir);
  return dir;
}
