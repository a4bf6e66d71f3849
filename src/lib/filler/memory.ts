/**
 * What the filler remembers between visits, in one versioned localStorage
 * entry: the shared fields (name, email, company...) once for every role, and
 * each role's own fields under its slug.
 *
 * Storage is a convenience, never a requirement: it may be missing, throw
 * (private mode, quota, blocked cookies) or hold anything at all. Every access
 * is guarded, so a storage fault switches memory off and leaves the form alone.
 */
import { isFilled, type Values } from './letter.ts';

/** The part of `Storage` the memory uses, so tests can hand in their own. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The storage key; bump the version when the stored shape changes, so old data is ignored. */
export const MEMORY_KEY = 'dear-hiring:filler:v1';

/** A field as the memory sees it: its key and whether it is shared across roles. */
export interface RememberedField {
  key: string;
  shared: boolean;
}

interface Stored {
  shared: Record<string, string>;
  roles: Record<string, Record<string, string>>;
}

/** The remembered details of one reader, on this device. */
export interface Memory {
  /** The remembered values of these fields on this role's page. */
  load(role: string, fields: readonly RememberedField[]): Record<string, string>;
  /** Remembers these fields' values (empty ones are forgotten); false if storage refused. */
  save(role: string, fields: readonly RememberedField[], values: Values): boolean;
  /** Forgets everything remembered, for every role; false if storage refused. */
  forget(): boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

// Keeps only string values; Object.fromEntries defines own properties, so a
// stored "__proto__" key stays data.
function strings(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** Reads stored JSON into the current shape; anything else (corrupt, old, foreign) reads as empty. */
export function parseStored(raw: string | null): Stored {
  let data: unknown;
  try {
    data = raw === null ? undefined : JSON.parse(raw);
  } catch {
    data = undefined;
  }
  if (!isRecord(data)) return { shared: {}, roles: {} };
  const roles = isRecord(data.roles) ? data.roles : {};
  return {
    shared: strings(data.shared),
    roles: Object.fromEntries(Object.entries(roles).map(([role, values]) => [role, strings(values)])),
  };
}

/**
 * A memory over the storage `getStorage` returns. Reaching `localStorage` can
 * itself throw (blocked cookies), so it is asked for inside the guard.
 */
export function createMemory(getStorage: () => StorageLike | null | undefined): Memory {
  let storage: StorageLike | undefined;
  try {
    storage = getStorage() ?? undefined;
  } catch {
    storage = undefined;
  }

  const read = (): Stored | undefined => {
    try {
      return storage ? parseStored(storage.getItem(MEMORY_KEY)) : undefined;
    } catch {
      return undefined;
    }
  };

  return {
    load(role, fields) {
      const stored = read();
      if (!stored) return {};
      const own = Object.hasOwn(stored.roles, role) ? stored.roles[role]! : {};
      const values: Record<string, string> = {};
      for (const { key, shared } of fields) {
        const source = shared ? stored.shared : own;
        if (Object.hasOwn(source, key) && isFilled(source[key])) values[key] = source[key];
      }
      return values;
    },

    save(role, fields, values) {
      const stored = read();
      if (!stored || !storage) return false;
      const own = Object.hasOwn(stored.roles, role) ? stored.roles[role]! : {};
      for (const { key, shared } of fields) {
        const target = shared ? stored.shared : own;
        const value = values[key];
        if (isFilled(value)) target[key] = value;
        else delete target[key];
      }
      const roles = Object.fromEntries(
        Object.entries({ ...stored.roles, [role]: own }).filter(([, entry]) => Object.keys(entry).length > 0),
      );
      try {
        storage.setItem(MEMORY_KEY, JSON.stringify({ shared: stored.shared, roles }));
        return true;
      } catch {
        return false;
      }
    },

    forget() {
      try {
        storage?.removeItem(MEMORY_KEY);
        return Boolean(storage);
      } catch {
        return false;
      }
    },
  };
}
