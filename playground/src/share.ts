/**
 * # Shareable links
 *
 * The script travels in the URL fragment (`#script=` and base64url of its UTF-8 bytes), so it
 * never reaches a server; opening such a link restores the script and runs nothing.
 */
const PREFIX = '#script=';

export function encodeScript(script: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(script)) binary += String.fromCharCode(byte);
  return PREFIX + btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The script in a fragment, or undefined when the fragment holds none (or is damaged). */
export function decodeScript(hash: string): string | undefined {
  if (!hash.startsWith(PREFIX)) return undefined;
  try {
    const base64 = hash.slice(PREFIX.length).replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}
