/** Vitest global setup: one temporary folder for everything this test run writes, removed at the end. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_TEMP_ROOT } from './temp.ts';

export default function setup() {
  const root = mkdtempSync(join(tmpdir(), 'dear-hiring-test-run-'));
  // Workers start after global setup and inherit this environment.
  process.env[TEST_TEMP_ROOT] = root;
  return () => rmSync(root, { recursive: true, force: true });
}
