/** A Storage-like map, as localStorage and sessionStorage behave when they work. */
import type { StorageLike } from '../../src/lib/filler/memory.ts';

export class MapStorage implements StorageLike {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}
