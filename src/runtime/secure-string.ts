/**
 * # System.Security.SecureString
 *
 * Read-Host -AsSecureString, `$Host.UI.ReadLineAsSecureString()` and ConvertTo-SecureString make
 * one; its text is kept out of every property and conversion, and only
 * ConvertFrom-SecureString -AsPlainText gets it back.
 */
import { PsObject } from './values.js';

const secrets = new WeakMap<PsObject, string>();

export function secureString(text: string): PsObject {
  const o = new PsObject(['System.Security.SecureString', 'System.Object']);
  o.set('Length', text.length);
  o.display = 'System.Security.SecureString';
  secrets.set(o, text);
  return o;
}

/** The text of a SecureString, or undefined for any other value. */
export function secureStringText(value: unknown): string | undefined {
  return value instanceof PsObject ? secrets.get(value) : undefined;
}
