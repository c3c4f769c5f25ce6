/** GUIDs come from Web Crypto: randomUUID where there is one, else 16 random bytes made into a version-4 GUID. */
import { afterEach, describe, expect, it } from 'vitest';
import { newGuid } from '../../src/runtime/conversion.js';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newGuid', () => {
  const randomUUID = globalThis.crypto.randomUUID;
  afterEach(() => { Object.defineProperty(globalThis.crypto, 'randomUUID', { value: randomUUID, configurable: true, writable: true }); });

  it('gives version-4 GUIDs, each different', () => {
    const a = String(newGuid());
    expect(a).toMatch(V4);
    expect(String(newGuid())).not.toBe(a);
  });

  it('makes one from random bytes where randomUUID is missing (a page served over plain HTTP)', () => {
    Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true, writable: true });
    const a = String(newGuid());
    expect(a).toMatch(V4);
    expect(String(newGuid())).not.toBe(a);
  });
});
