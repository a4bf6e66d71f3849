/** What the filler remembers between visits, and how it behaves when storage misbehaves. */
import { describe, expect, it } from 'vitest';
import { createMemory, MEMORY_KEY, type StorageLike } from '../../src/lib/filler/memory.ts';
import { MapStorage } from '../support/map-storage.ts';

const NURSE = [
  { key: 'YOUR NAME', shared: true },
  { key: 'COMPANY NAME', shared: true },
  { key: 'PATIENT POPULATION', shared: false },
];
const CHEF = [
  { key: 'YOUR NAME', shared: true },
  { key: 'COMPANY NAME', shared: true },
  { key: 'SIGNATURE DISH', shared: false },
];

describe('memory with working storage', () => {
  it('fills the shared fields on the next role, and role fields only on their own role', () => {
    const storage = new MapStorage();
    createMemory(() => storage).save('nurse', NURSE, { 'YOUR NAME': 'Ada', 'COMPANY NAME': 'St. Mary', 'PATIENT POPULATION': 'Cardiac' });
    const memory = createMemory(() => storage);
    expect(memory.load('chef', CHEF)).toEqual({ 'YOUR NAME': 'Ada', 'COMPANY NAME': 'St. Mary' });
    expect(memory.load('nurse', NURSE)).toEqual({ 'YOUR NAME': 'Ada', 'COMPANY NAME': 'St. Mary', 'PATIENT POPULATION': 'Cardiac' });
  });

  it('keeps each role’s own fields apart', () => {
    const storage = new MapStorage();
    const memory = createMemory(() => storage);
    memory.save('nurse', NURSE, { 'PATIENT POPULATION': 'Cardiac' });
    memory.save('chef', CHEF, { 'SIGNATURE DISH': 'Risotto' });
    expect(memory.load('nurse', NURSE)).toEqual({ 'PATIENT POPULATION': 'Cardiac' });
    expect(memory.load('chef', CHEF)).toEqual({ 'SIGNATURE DISH': 'Risotto' });
  });

  it('forgets a value the reader emptied', () => {
    const storage = new MapStorage();
    const memory = createMemory(() => storage);
    memory.save('nurse', NURSE, { 'YOUR NAME': 'Ada', 'PATIENT POPULATION': 'Cardiac' });
    memory.save('nurse', NURSE, { 'YOUR NAME': '', 'PATIENT POPULATION': '  ' });
    expect(memory.load('nurse', NURSE)).toEqual({});
    expect(memory.load('chef', CHEF)).toEqual({});
  });

  it('stores values exactly, whatever they hold', () => {
    const storage = new MapStorage();
    const value = '<img src=x onerror=alert(1)> "$&" {{x}} שלום 🚀\n' + 'x'.repeat(20_000);
    createMemory(() => storage).save('nurse', NURSE, { 'PATIENT POPULATION': value });
    expect(createMemory(() => storage).load('nurse', NURSE)).toEqual({ 'PATIENT POPULATION': value });
  });

  it('stores everything under one versioned key, and "forget" removes it', () => {
    const storage = new MapStorage();
    const memory = createMemory(() => storage);
    memory.save('nurse', NURSE, { 'YOUR NAME': 'Ada' });
    expect([...storage.items.keys()]).toEqual([MEMORY_KEY]);
    expect(MEMORY_KEY).toMatch(/v\d+$/);
    expect(memory.forget()).toBe(true);
    expect(storage.items.size).toBe(0);
    expect(memory.load('chef', CHEF)).toEqual({});
  });
});

describe('memory when storage fails', () => {
  const throwing: StorageLike = {
    getItem() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
    setItem() {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    },
    removeItem() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  };

  it.each([
    ['missing', () => undefined],
    ['null', () => null],
    [
      'throwing when reached (blocked cookies)',
      (): StorageLike => {
        throw new DOMException('Access is denied', 'SecurityError');
      },
    ],
    ['throwing on every call (private mode)', () => throwing],
  ])('is switched off, without throwing, when storage is %s', (_, getStorage) => {
    const memory = createMemory(getStorage);
    expect(memory.load('nurse', NURSE)).toEqual({});
    expect(memory.save('nurse', NURSE, { 'YOUR NAME': 'Ada' })).toBe(false);
    expect(memory.forget()).toBe(false);
  });

  it('reports a full storage (quota) as not saved, and still reads what is there', () => {
    const storage = new MapStorage();
    createMemory(() => storage).save('nurse', NURSE, { 'YOUR NAME': 'Ada' });
    const full: StorageLike = {
      getItem: (key) => storage.getItem(key),
      setItem: () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      },
      removeItem: (key) => storage.removeItem(key),
    };
    const memory = createMemory(() => full);
    expect(memory.save('nurse', NURSE, { 'YOUR NAME': 'Grace' })).toBe(false);
    expect(memory.load('nurse', NURSE)).toEqual({ 'YOUR NAME': 'Ada' });
  });

  it.each([
    ['corrupt JSON', '{"shared": {"YOUR NAME": "Ada"'],
    ['a JSON string', '"hello"'],
    ['an array', '[1, 2, 3]'],
    ['null', 'null'],
    ['wrongly shaped values', '{"shared": ["Ada"], "roles": {"nurse": "Cardiac"}}'],
  ])('reads %s as nothing remembered, and replaces it on the next save', (_, raw) => {
    const storage = new MapStorage();
    storage.setItem(MEMORY_KEY, raw);
    const memory = createMemory(() => storage);
    expect(memory.load('nurse', NURSE)).toEqual({});
    expect(memory.save('nurse', NURSE, { 'YOUR NAME': 'Ada' })).toBe(true);
    expect(memory.load('chef', CHEF)).toEqual({ 'YOUR NAME': 'Ada' });
  });

  it('keeps only text values from stored data, and never lets a stored key reach a prototype', () => {
    const storage = new MapStorage();
    storage.setItem(
      MEMORY_KEY,
      '{"shared": {"YOUR NAME": 7, "COMPANY NAME": "Northwind", "__proto__": {"polluted": "yes"}}, "roles": {"__proto__": {"PATIENT POPULATION": "x"}, "nurse": {"PATIENT POPULATION": null}}}',
    );
    const memory = createMemory(() => storage);
    expect(memory.load('nurse', NURSE)).toEqual({ 'COMPANY NAME': 'Northwind' });
    memory.save('nurse', NURSE, { 'YOUR NAME': 'Ada' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>)['PATIENT POPULATION']).toBeUndefined();
  });
});
