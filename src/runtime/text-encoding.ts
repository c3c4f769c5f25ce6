/**
 * # Text encodings (System.Text.Encoding)
 *
 * What `-Encoding` of the content cmdlets and `[System.Text.Encoding]::UTF8` stand for: the
 * names pwsh 7 accepts (utf8 without a byte order mark by default, utf8BOM, unicode, utf32, ascii,
 * ...), .NET's web names and code pages, each turning text into bytes and back. Reading detects
 * a byte order mark first, as .NET's StreamReader does, whatever encoding was asked for.
 */
import { ELEMENT_TYPE, PsObject, TypedNumber, type PsArray } from './values.js';

type Codec = 'utf8' | 'utf16le' | 'utf16be' | 'utf32le' | 'utf32be' | 'ascii' | 'latin1' | 'windows1252' | 'utf7';

interface EncodingSpec {
  typeName: string;
  webName: string;
  encodingName: string;
  codePage: number;
  codec: Codec;
  bom: number[];
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const spec = (typeName: string, webName: string, encodingName: string, codePage: number, codec: Codec, bom: number[] = []): EncodingSpec =>
  ({ typeName, webName, encodingName, codePage, codec, bom });

const UTF8 = spec('System.Text.UTF8Encoding+UTF8EncodingSealed', 'utf-8', 'Unicode (UTF-8)', 65001, 'utf8');
const UTF8_WITH_BOM = { ...UTF8, bom: UTF8_BOM };
const UNICODE = spec('System.Text.UnicodeEncoding', 'utf-16', 'Unicode', 1200, 'utf16le', [0xff, 0xfe]);
const BIG_ENDIAN_UNICODE = spec('System.Text.UnicodeEncoding', 'utf-16BE', 'Unicode (Big-Endian)', 1201, 'utf16be', [0xfe, 0xff]);
const UTF32 = spec('System.Text.UTF32Encoding', 'utf-32', 'Unicode (UTF-32)', 12000, 'utf32le', [0xff, 0xfe, 0, 0]);
const BIG_ENDIAN_UTF32 = spec('System.Text.UTF32Encoding', 'utf-32BE', 'Unicode (UTF-32 Big-Endian)', 12001, 'utf32be', [0, 0, 0xfe, 0xff]);
const ASCII = spec('System.Text.ASCIIEncoding+ASCIIEncodingSealed', 'us-ascii', 'US-ASCII', 20127, 'ascii');
const LATIN1 = spec('System.Text.Latin1Encoding+Latin1EncodingSealed', 'iso-8859-1', 'Western European (ISO)', 28591, 'latin1');
const UTF7 = spec('System.Text.UTF7Encoding', 'utf-7', 'Unicode (UTF-7)', 65000, 'utf7');
// pwsh registers .NET's code page provider; Windows-1252 is the one scripts name most.
const WINDOWS_1252 = spec('System.Text.SBCSCodePageEncoding', 'Windows-1252', 'Western European (Windows)', 1252, 'windows1252');

/** Windows-1252's characters at 0x80-0x9F (the rest of the page is Latin-1); 0 where it has none. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** pwsh's own names (EncodingConversion), then .NET's names and code pages. */
const BY_NAME: Record<string, EncodingSpec> = {
  ascii: ASCII, ansi: LATIN1, bigendianunicode: BIG_ENDIAN_UNICODE, bigendianutf32: BIG_ENDIAN_UTF32, oem: UTF8,
  unicode: UNICODE, utf7: UTF7, utf8: UTF8, utf8bom: UTF8_WITH_BOM, utf8nobom: UTF8, utf32: UTF32,
  'utf-8': UTF8_WITH_BOM, 'utf-16': UNICODE, 'utf-16le': UNICODE, 'utf-16be': BIG_ENDIAN_UNICODE, 'utf-32': UTF32,
  'utf-32le': UTF32, 'utf-32be': BIG_ENDIAN_UTF32, 'us-ascii': ASCII, 'iso-8859-1': LATIN1, latin1: LATIN1, 'utf-7': UTF7,
  'windows-1252': WINDOWS_1252,
};
const BY_CODE_PAGE = new Map<number, EncodingSpec>([
  [65001, UTF8_WITH_BOM], [1200, UNICODE], [1201, BIG_ENDIAN_UNICODE], [12000, UTF32], [12001, BIG_ENDIAN_UTF32],
  [20127, ASCII], [28591, LATIN1], [65000, UTF7], [1252, WINDOWS_1252],
]);

const specs = new WeakMap<PsObject, EncodingSpec>();

/** The System.Text.Encoding object scripts see; its codec travels with it. */
function encodingObject(s: EncodingSpec): PsObject {
  const o = new PsObject([s.typeName, 'System.Text.Encoding', 'System.Object']);
  o.set('BodyName', s.webName.toLowerCase());
  o.set('EncodingName', s.encodingName);
  o.set('WebName', s.webName);
  o.set('CodePage', s.codePage);
  o.set('Preamble', byteArray(s.bom));
  o.display = s.typeName;
  o.methods = new Map([
    ['getbytes', { name: 'GetBytes', invoke: (args: unknown[]) => byteArray([...encode(s, String(args[0] ?? ''), false)]) }],
    ['getstring', { name: 'GetString', invoke: (args: unknown[]) => decodeWith(s, Uint8Array.from((args[0] as number[] | null) ?? [], Number)) }],
    ['getpreamble', { name: 'GetPreamble', invoke: () => byteArray(s.bom) }],
  ]);
  specs.set(o, s);
  return o;
}

/** A `byte[]`: each element a Byte, as scripts see .NET's byte arrays. */
export function byteArray(bytes: ArrayLike<number>): PsArray {
  const a: PsArray = Array.from(bytes, (b) => new TypedNumber('Byte', b));
  a[ELEMENT_TYPE] = 'System.Byte';
  return a;
}

/** `[System.Text.Encoding]::UTF8` and the other static encodings. */
export function staticEncoding(name: string): PsObject | undefined {
  const s = ({ utf8: UTF8_WITH_BOM, unicode: UNICODE, bigendianunicode: BIG_ENDIAN_UNICODE, utf32: UTF32, ascii: ASCII, latin1: LATIN1, default: UTF8, utf7: UTF7 } as Record<string, EncodingSpec>)[name];
  return s && encodingObject(s);
}

export class UnknownEncodingError extends Error {}

/**
 * An `-Encoding` argument: a name, a code page or an Encoding object. Throws .NET's message for
 * names it does not know.
 */
export function resolveEncoding(value: unknown): PsObject {
  if (value instanceof PsObject && specs.has(value)) return value;
  const text = String(value).trim();
  // A number is a code page; text is always a name, even '1252'.
  if (typeof value === 'number' || (value instanceof TypedNumber && value.type !== 'Double')) {
    const s = BY_CODE_PAGE.get(Number(text));
    if (!s) throw new UnknownEncodingError(`No data is available for encoding ${text}. For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method. (Parameter 'codepage')`);
    return encodingObject(s);
  }
  const s = BY_NAME[text.toLowerCase()];
  if (!s) throw new UnknownEncodingError(`'${text}' is not a supported encoding name. For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method. (Parameter 'name')`);
  return encodingObject(s);
}

/** pwsh 7's default: UTF-8 without a byte order mark. */
export const DEFAULT_ENCODING = (): PsObject => encodingObject(UTF8);

export function isUtf7(encoding: PsObject): boolean {
  return specs.get(encoding)?.codec === 'utf7';
}

/** The bytes of `text`, after the byte order mark when `withBom` (a file's start). */
export function encodeText(encoding: PsObject, text: string, withBom: boolean): Uint8Array {
  return encode(specs.get(encoding) ?? UTF8, text, withBom);
}

function encode(s: EncodingSpec, text: string, withBom: boolean): Uint8Array {
  const bom = withBom ? s.bom : [];
  switch (s.codec) {
    case 'utf8': return concat(bom, new TextEncoder().encode(text));
    case 'ascii': case 'latin1': {
      const limit = s.codec === 'ascii' ? 0x7f : 0xff;
      // One '?' per UTF-16 unit that does not fit, as .NET's replacement fallback writes.
      return concat(bom, Uint8Array.from({ length: text.length }, (_, i) => { const c = text.charCodeAt(i); return c > limit ? 0x3f : c; }));
    }
    case 'windows1252': return concat(bom, Uint8Array.from({ length: text.length }, (_, i) => {
      const c = text.charCodeAt(i);
      if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) return c;
      const high = CP1252_HIGH.indexOf(c);
      return high > 0 || c === 0x20ac ? 0x80 + high : 0x3f;
    }));
    case 'utf16le': case 'utf16be': {
      const out = new Uint8Array(text.length * 2);
      const le = s.codec === 'utf16le';
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        out[2 * i + (le ? 0 : 1)] = c & 0xff;
        out[2 * i + (le ? 1 : 0)] = c >> 8;
      }
      return concat(bom, out);
    }
    case 'utf32le': case 'utf32be': {
      const points = [...text].map((c) => c.codePointAt(0)!);
      const out = new Uint8Array(points.length * 4);
      const view = new DataView(out.buffer);
      points.forEach((p, i) => view.setUint32(4 * i, p, s.codec === 'utf32le'));
      return concat(bom, out);
    }
    case 'utf7': return concat(bom, encodeUtf7(text));
  }
}

function concat(bom: number[], body: Uint8Array): Uint8Array {
  if (bom.length === 0) return body;
  const out = new Uint8Array(bom.length + body.length);
  out.set(bom);
  out.set(body, bom.length);
  return out;
}

/**
 * UTF-7 (RFC 2152) as .NET's Encoding.UTF7 writes it: letters, digits, `'(),-./:?`, space, tab and
 * line ends as they are; every other run as `+`, modified base64 of its UTF-16, `-`.
 */
function encodeUtf7(text: string): Uint8Array {
  const direct = /[A-Za-z0-9'(),\-./:? \t\r\n]/;
  let out = '';
  let run: number[] = [];
  const endRun = () => {
    if (run.length === 0) return;
    out += '+' + btoa(String.fromCharCode(...run.flatMap((c) => [c >> 8, c & 0xff]))).replace(/=+$/, '') + '-';
    run = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    // '+' opens a run, so on its own it is written '+-'; inside a run it is encoded with the rest.
    if (c === '+' && run.length === 0) out += '+-';
    else if (direct.test(c)) { endRun(); out += c; } else run.push(text.charCodeAt(i));
  }
  endRun();
  return new TextEncoder().encode(out);
}

/** The encoding a byte order mark at the start of `b` names, and the mark's length. */
function byteOrderMark(b: Uint8Array): [EncodingSpec, number] | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return [UTF8_WITH_BOM, 3];
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return [UTF32, 4];
  if (b[0] === 0xff && b[1] === 0xfe) return [UNICODE, 2];
  if (b[0] === 0xfe && b[1] === 0xff) return [BIG_ENDIAN_UNICODE, 2];
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return [BIG_ENDIAN_UTF32, 4];
  return undefined;
}

/** Text of a file's bytes: a byte order mark decides, else the encoding asked for (UTF-8). */
export function decodeText(bytes: Uint8Array, encoding?: PsObject): string {
  const bom = byteOrderMark(bytes);
  if (bom) return decodeWith(bom[0], bytes.subarray(bom[1]));
  return decodeWith((encoding && specs.get(encoding)) ?? UTF8, bytes);
}

/** The encoding a file's byte order mark names, for appending in the file's own encoding. */
export function encodingOfBom(bytes: Uint8Array): PsObject | undefined {
  const bom = byteOrderMark(bytes);
  return bom && encodingObject(bom[0]);
}

function decodeWith(s: EncodingSpec, bytes: Uint8Array): string {
  switch (s.codec) {
    case 'utf8': case 'utf7': return new TextDecoder('utf-8').decode(bytes);
    case 'utf16le': return new TextDecoder('utf-16le').decode(bytes);
    case 'utf16be': return new TextDecoder('utf-16be').decode(bytes);
    case 'ascii': return String.fromCharCode(...Array.from(bytes, (c) => (c > 0x7f ? 0x3f : c)));
    case 'latin1': return String.fromCharCode(...bytes);
    case 'windows1252': return String.fromCharCode(...Array.from(bytes, (c) => (c >= 0x80 && c < 0xa0 ? CP1252_HIGH[c - 0x80] || c : c)));
    case 'utf32le': case 'utf32be': {
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      let out = '';
      for (let i = 0; i + 3 < bytes.length; i += 4) out += String.fromCodePoint(view.getUint32(i, s.codec === 'utf32le'));
      return out;
    }
  }
}
