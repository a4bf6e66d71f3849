/** The pasted posting is kept for the tab in sessionStorage, and storage faults never break the matcher. */
import { describe, expect, it } from 'vitest';
import type { StorageLike } from '../../src/lib/filler/memory.ts';
import { createPostingMemory, POSTING_KEY } from '../../src/lib/matcher/posting-memory.ts';
import { MapStorage } from '../support/map-storage.ts';

describe('posting memory', () => {
  it('keeps the posting as pasted under its versioned key, and gives it back', () => {
    const storage = new MapStorage();
    const posting = 'Platform Engineer\n\nRequirements\n- PostgreSQL <b>and</b> Kubernetes';
    expect(createPostingMemory(() => storage).save(posting)).toBe(true);
    expect(storage.items.get(POSTING_KEY)).toBe(posting);
    expect(POSTING_KEY).toBe('dear-hiring:matcher:posting:v1');
    expect(createPostingMemory(() => storage).load()).toBe(posting);
  });

  it('forgets the posting when the reader empties the box', () => {
    const storage = new MapStorage();
    const memory = createPostingMemory(() => storage);
    memory.save('Kafka');
    memory.save('  \n ');
    expect(storage.items.has(POSTING_KEY)).toBe(false);
    expect(memory.load()).toBe('');
  });

  it('reads as empty, and refuses quietly, when storage is missing, blocked or full', () => {
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const full: StorageLike = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    for (const getStorage of [() => null, () => undefined, blocked, () => full]) {
      const memory = createPostingMemory(getStorage);
      expect(memory.load()).toBe('');
      expect(memory.save('Terraform')).toBe(false);
    }
  });
});
