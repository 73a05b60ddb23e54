import { describe, expect, it } from 'vitest';
import { describeCharacter, INVISIBLE, lookAlikeName } from './characters.ts';

describe('naming the characters that hide a difference', () => {
  it('names invisible characters by their Unicode names', () => {
    expect(describeCharacter('\u200b')).toBe('U+200B ZERO WIDTH SPACE');
    expect(describeCharacter('\ufeff')).toBe('U+FEFF ZERO WIDTH NO-BREAK SPACE');
    expect(describeCharacter('\u00ad')).toBe('U+00AD SOFT HYPHEN');
    expect(describeCharacter('\u202e')).toBe('U+202E RIGHT-TO-LEFT OVERRIDE');
    expect(describeCharacter('\u3000')).toBe('U+3000 IDEOGRAPHIC SPACE');
  });

  it('names look-alikes of Latin letters, digits and Chinese characters', () => {
    expect(describeCharacter('а')).toBe('U+0430 CYRILLIC SMALL LETTER A');
    expect(describeCharacter('Ο')).toBe('U+039F GREEK CAPITAL LETTER OMICRON');
    expect(describeCharacter('２')).toBe('U+FF12 FULLWIDTH DIGIT TWO');
    expect(describeCharacter('Ｋ')).toBe('U+FF2B FULLWIDTH LATIN CAPITAL LETTER K');
    expect(describeCharacter('，')).toBe('U+FF0C FULLWIDTH COMMA');
    expect(describeCharacter('⼀')).toBe('U+2F00 KANGXI RADICAL ONE');
    expect(describeCharacter('⼈')).toBe('U+2F08 KANGXI RADICAL MAN');
  });

  it('shows an ordinary character itself, and says when the text has ended', () => {
    expect(describeCharacter('中')).toBe('“中” (U+4E2D)');
    expect(describeCharacter('a')).toBe('“a” (U+0061)');
    expect(describeCharacter('𠀀')).toBe('“𠀀” (U+20000)');
    expect(describeCharacter(undefined)).toBe('the end of the text');
    expect(lookAlikeName('一')).toBeUndefined();
  });

  it('treats zero-width and direction marks as invisible, and ordinary spaces as not', () => {
    for (const c of ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u2066'])
      expect(INVISIBLE.test(c)).toBe(true);
    for (const c of [' ', 'a', '中', '，']) expect(INVISIBLE.test(c)).toBe(false);
  });
});
