import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

// A first guard on the English (the full consistency checks come with the
// glossary): every paragraph is there, and every number the Chinese writes in
// digits reaches the English.
const FILES = ['preamble', 'section-1', 'section-2', 'section-3', 'section-4', 'section-5', 'closing'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function paragraphs(lang: 'zh' | 'en'): Map<string, string> {
  const map = new Map<string, string>();
  for (const name of FILES) {
    const text = readFileSync(`content/statement/${lang}/${name}.mdx`, 'utf8');
    for (const m of text.matchAll(/<P id="([^"]+)">\n(.*)\n<\/P>/g)) map.set(m[1] ?? '', (m[2] ?? '').replace(/<[^>]+>/g, ''));
  }
  return map;
}

const zh = paragraphs('zh');
const en = paragraphs('en');

describe('the English translation', () => {
  it('has every paragraph the Chinese has, and no other', () => {
    expect([...en.keys()]).toEqual([...zh.keys()]);
    expect(en.size).toBe(76);
  });

  it.each([...zh.entries()])('%s keeps every number written in digits', (id, chinese) => {
    const english = en.get(id) ?? '';
    for (const m of chinese.matchAll(/(\d+)(年|月|日)?/g)) {
      const [, digits = '', unit] = m;
      if (unit === '月') {
        expect(english, `${id}: month ${digits}`).toContain(MONTHS[Number(digits) - 1]);
      } else {
        expect(english, `${id}: number ${digits}`).toMatch(new RegExp(`(^|\\D)${digits}(\\D|$)`));
      }
    }
  });

  it('renders the place and date of signature as on the day', () => {
    expect(en.get('closing')).toMatch(/Nur-Sultan on 14 September 2022/);
    expect(en.get('closing')).toMatch(/Chinese, Kazakh and Russian/);
    expect(en.get('pre-7')).toMatch(/Nur-Sultan on 14 September 2022/);
  });
});
