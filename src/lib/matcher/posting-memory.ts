/**
 * Keeps the pasted posting for this tab only, so a reload does not lose it:
 * sessionStorage, which the browser empties when the tab closes. Never
 * localStorage: a posting says where the reader is applying, and that should
 * not outlive the tab on a shared computer.
 *
 * Like the filler's memory, storage is a convenience: missing, blocked or full
 * storage turns the memory off and leaves the matcher working.
 */
import type { StorageLike } from '../filler/memory.ts';

/** The sessionStorage key; bump the version if what is stored changes. */
export const POSTING_KEY = 'dear-hiring:matcher:posting:v1';

/** The posting pasted in this tab. */
export interface PostingMemory {
  /** The posting kept for this tab, or '' if none. */
  load(): string;
  /** Keeps the posting (a blank one is forgotten); false if storage refused. */
  save(posting: string): boolean;
}

/** A posting memory over the storage `getStorage` returns; reaching sessionStorage can itself throw. */
export function createPostingMemory(getStorage: () => StorageLike | null | undefined): PostingMemory {
  const attempt = <T>(use: (storage: StorageLike) => T, fallback: T): T => {
    try {
      const storage = getStorage();
      return storage ? use(storage) : fallback;
    } catch {
      return fallback;
    }
  };
  return {
    load: () => attempt((storage) => storage.getItem(POSTING_KEY) ?? '', ''),
    save: (posting) =>
      attempt((storage) => {
        if (posting.trim() === '') storage.removeItem(POSTING_KEY);
        else storage.setItem(POSTING_KEY, posting);
        return true;
      }, false),
  };
}
