/** Every HTML file in the build passes html-validate (config: .htmlvalidate.json). */
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from '../support/dist.ts';

const dist = inject('distDir');

describe('valid HTML', () => {
  it('reports no errors on any page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const files = listFiles(dist).filter((file) => file.endsWith('.html'));
    expect(files.length).toBeGreaterThan(0);
    const results = [];
    for (const file of files) {
      const report = await validator.validateFile(join(dist, file));
      if (!report.valid) results.push(...report.results);
    }
    const text = formatterFactory('text')(results);
    expect(text).toBe('');
  });
});
