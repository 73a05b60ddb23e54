import { describe, expect, it } from 'vitest';
import { plural, pluralCategories } from './plural.ts';

describe('plural', () => {
  const english = { one: '{n} paragraph', other: '{n} paragraphs' };

  it('agrees with the number in English', () => {
    expect(plural(english, 'en', 1)).toBe('1 paragraph');
    expect(plural(english, 'en', 0)).toBe('0 paragraphs');
    expect(plural(english, 'en', 13)).toBe('13 paragraphs');
  });

  it('has one form in Chinese', () => {
    expect(plural({ other: '{n} 段' }, 'zh-Hans', 1)).toBe('1 段');
    expect(plural({ other: '{n} 段' }, 'zh-Hans', 22)).toBe('22 段');
  });

  it('holds Russian’s four forms: 1 and 21 one, 2–4 few, 5–20 many', () => {
    const russian = { one: '{n} абзац', few: '{n} абзаца', many: '{n} абзацев', other: '{n} абзаца' };
    expect(plural(russian, 'ru', 1)).toBe('1 абзац');
    expect(plural(russian, 'ru', 3)).toBe('3 абзаца');
    expect(plural(russian, 'ru', 5)).toBe('5 абзацев');
    expect(plural(russian, 'ru', 11)).toBe('11 абзацев');
    expect(plural(russian, 'ru', 21)).toBe('21 абзац');
  });

  it('fills the other placeholders too', () => {
    expect(plural({ one: '{n} result for {q}', other: '{n} results for {q}' }, 'en', 2, { q: 'SCO' })).toBe(
      '2 results for SCO',
    );
  });

  it('knows which forms each language needs', () => {
    expect(pluralCategories('en')).toEqual(['one', 'other']);
    expect(pluralCategories('zh-Hans')).toEqual(['other']);
    expect(pluralCategories('ru')).toEqual(['one', 'few', 'many', 'other']);
  });
});
