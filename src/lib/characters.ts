/**
 * Names for the characters that make two texts differ invisibly: spaces and
 * marks that print as nothing, and letters that look like others. A message
 * that says “U+200B ZERO WIDTH SPACE” can be acted on; an excerpt that looks
 * identical to the source cannot.
 */
const NAMES: Record<number, string> = {
  0x00a0: 'NO-BREAK SPACE',
  0x00ad: 'SOFT HYPHEN',
  0x034f: 'COMBINING GRAPHEME JOINER',
  0x061c: 'ARABIC LETTER MARK',
  0x115f: 'HANGUL CHOSEONG FILLER',
  0x1160: 'HANGUL JUNGSEONG FILLER',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x2000: 'EN QUAD',
  0x2001: 'EM QUAD',
  0x2002: 'EN SPACE',
  0x2003: 'EM SPACE',
  0x2007: 'FIGURE SPACE',
  0x2009: 'THIN SPACE',
  0x200a: 'HAIR SPACE',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x202f: 'NARROW NO-BREAK SPACE',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x3000: 'IDEOGRAPHIC SPACE',
  0x3164: 'HANGUL FILLER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
  0xffa0: 'HALFWIDTH HANGUL FILLER',
  // Cyrillic and Greek letters drawn like Latin ones.
  0x0391: 'GREEK CAPITAL LETTER ALPHA',
  0x0392: 'GREEK CAPITAL LETTER BETA',
  0x0395: 'GREEK CAPITAL LETTER EPSILON',
  0x0397: 'GREEK CAPITAL LETTER ETA',
  0x0399: 'GREEK CAPITAL LETTER IOTA',
  0x039a: 'GREEK CAPITAL LETTER KAPPA',
  0x039c: 'GREEK CAPITAL LETTER MU',
  0x039d: 'GREEK CAPITAL LETTER NU',
  0x039f: 'GREEK CAPITAL LETTER OMICRON',
  0x03a1: 'GREEK CAPITAL LETTER RHO',
  0x03a4: 'GREEK CAPITAL LETTER TAU',
  0x03a7: 'GREEK CAPITAL LETTER CHI',
  0x03bf: 'GREEK SMALL LETTER OMICRON',
  0x0405: 'CYRILLIC CAPITAL LETTER DZE',
  0x0406: 'CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I',
  0x0408: 'CYRILLIC CAPITAL LETTER JE',
  0x0410: 'CYRILLIC CAPITAL LETTER A',
  0x0412: 'CYRILLIC CAPITAL LETTER VE',
  0x0415: 'CYRILLIC CAPITAL LETTER IE',
  0x041a: 'CYRILLIC CAPITAL LETTER KA',
  0x041c: 'CYRILLIC CAPITAL LETTER EM',
  0x041d: 'CYRILLIC CAPITAL LETTER EN',
  0x041e: 'CYRILLIC CAPITAL LETTER O',
  0x0420: 'CYRILLIC CAPITAL LETTER ER',
  0x0421: 'CYRILLIC CAPITAL LETTER ES',
  0x0422: 'CYRILLIC CAPITAL LETTER TE',
  0x0425: 'CYRILLIC CAPITAL LETTER HA',
  0x0430: 'CYRILLIC SMALL LETTER A',
  0x0435: 'CYRILLIC SMALL LETTER IE',
  0x043e: 'CYRILLIC SMALL LETTER O',
  0x0440: 'CYRILLIC SMALL LETTER ER',
  0x0441: 'CYRILLIC SMALL LETTER ES',
  0x0443: 'CYRILLIC SMALL LETTER U',
  0x0445: 'CYRILLIC SMALL LETTER HA',
  0x0455: 'CYRILLIC SMALL LETTER DZE',
  0x0456: 'CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I',
  0x0458: 'CYRILLIC SMALL LETTER JE',
  0x04bb: 'CYRILLIC SMALL LETTER SHHA',
  // Look-alikes of the Chinese text's own characters.
  0x2e9f: 'CJK RADICAL MOTHER',
  0x2f00: 'KANGXI RADICAL ONE',
  0x2f06: 'KANGXI RADICAL TWO',
  0x2f08: 'KANGXI RADICAL MAN',
  0x2f1d: 'KANGXI RADICAL MOUTH',
  0x2f24: 'KANGXI RADICAL BIG',
  0x2f29: 'KANGXI RADICAL SMALL',
  0x2f2f: 'KANGXI RADICAL WORK',
  0x2f42: 'KANGXI RADICAL SCRIPT',
  0x2f47: 'KANGXI RADICAL SUN',
  0x2f49: 'KANGXI RADICAL MOON',
  0x2f4a: 'KANGXI RADICAL TREE',
  0x2f54: 'KANGXI RADICAL WATER',
  0x2f63: 'KANGXI RADICAL LIFE',
  0x2f8f: 'KANGXI RADICAL WALK ENCLOSURE',
  0x3007: 'IDEOGRAPHIC NUMBER ZERO',
  0x3127: 'BOPOMOFO LETTER I',
  0x30fc: 'KATAKANA-HIRAGANA PROLONGED SOUND MARK',
  0x30ed: 'KATAKANA LETTER RO',
  0x30cf: 'KATAKANA LETTER HA',
  0x30a8: 'KATAKANA LETTER E',
  0x30bf: 'KATAKANA LETTER TA',
  // Chinese punctuation, right in the Chinese and wrong in the English.
  0x3001: 'IDEOGRAPHIC COMMA',
  0x3002: 'IDEOGRAPHIC FULL STOP',
  0xff01: 'FULLWIDTH EXCLAMATION MARK',
  0xff08: 'FULLWIDTH LEFT PARENTHESIS',
  0xff09: 'FULLWIDTH RIGHT PARENTHESIS',
  0xff0c: 'FULLWIDTH COMMA',
  0xff0e: 'FULLWIDTH FULL STOP',
  0xff1a: 'FULLWIDTH COLON',
  0xff1b: 'FULLWIDTH SEMICOLON',
  0xff1f: 'FULLWIDTH QUESTION MARK',
  0x2212: 'MINUS SIGN',
  0x2010: 'HYPHEN',
  0x2011: 'NON-BREAKING HYPHEN',
};

/** Fullwidth forms have systematic names: U+FF10 FULLWIDTH DIGIT ZERO, U+FF21 FULLWIDTH LATIN CAPITAL LETTER A. */
function fullwidthName(code: number): string | undefined {
  if (code >= 0xff10 && code <= 0xff19) {
    const digits = ['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE'];
    return `FULLWIDTH DIGIT ${digits[code - 0xff10]}`;
  }
  if (code >= 0xff21 && code <= 0xff3a)
    return `FULLWIDTH LATIN CAPITAL LETTER ${String.fromCharCode(code - 0xff21 + 65)}`;
  if (code >= 0xff41 && code <= 0xff5a)
    return `FULLWIDTH LATIN SMALL LETTER ${String.fromCharCode(code - 0xff41 + 65)}`;
  if (code >= 0xf900 && code <= 0xfaff) return 'CJK COMPATIBILITY IDEOGRAPH';
  if (code >= 0x2f00 && code <= 0x2fdf) return 'KANGXI RADICAL';
  if (code >= 0xfe00 && code <= 0xfe0f) return `VARIATION SELECTOR-${code - 0xfe00 + 1}`;
  return undefined;
}

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** The name of an invisible or look-alike character, or undefined for an ordinary one. */
export function lookAlikeName(char: string): string | undefined {
  const code = char.codePointAt(0);
  if (code === undefined) return undefined;
  return NAMES[code] ?? fullwidthName(code);
}

/** `U+200B ZERO WIDTH SPACE` for a character worth naming, `“中” (U+4E2D)` for an ordinary one, `the end of the text` for none. */
export function describeCharacter(char: string | undefined): string {
  if (char === undefined || char === '') return 'the end of the text';
  const code = char.codePointAt(0) ?? 0;
  const name = lookAlikeName(char);
  return name ? `${hex(code)} ${name}` : `“${char}” (${hex(code)})`;
}

/** Characters that never belong in the edition's text: zero-width, direction and other invisible marks. */
export const INVISIBLE =
  /[\u00ad\u034f\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufe00-\ufe0f\ufeff\uffa0]/u;
