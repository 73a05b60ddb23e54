import { describe, expect, it } from 'vitest';
import { chinesePinpoint, cslItem, exportFormats, formatCitations, type StatementFacts } from './citation.ts';

const facts: StatementFacts = {
  title: {
    zh: '中华人民共和国和哈萨克斯坦共和国建交30周年联合声明',
    en: "Joint Statement on the 30th Anniversary of the Establishment of Diplomatic Relations between the People's Republic of China and the Republic of Kazakhstan",
  },
  parties: [
    { zh: '中华人民共和国', en: "the People's Republic of China" },
    { zh: '哈萨克斯坦共和国', en: 'the Republic of Kazakhstan' },
  ],
  signed: '2022-09-14',
  place: { zh: '努尔苏丹', en: 'Nur-Sultan' },
  edition: {
    zh: '中哈建交30周年联合声明：中英对照读本',
    en: 'China–Kazakhstan Joint Statement 2022: A Bilingual Reading Edition (unofficial English translation)',
  },
};
const url = 'https://edition.test/p/s2-5/';
const items = {
  en: cslItem(facts, ['s2-5'], 'en', url, '2026-11-26'),
  zh: cslItem(facts, ['s2-5'], 'zh', url, '2026-11-26'),
};

describe('citation data', () => {
  it('names the title, parties, place and date of signature, the paragraph and the translation status', () => {
    expect(items.en.title).toBe(`${facts.title.en} (Nur-Sultan, 14 September 2022)`);
    expect(items.zh.title).toBe(`${facts.title.zh}（努尔苏丹，2022年9月14日），第二部分第5段`);
    expect(items.en.author).toEqual([{ literal: "People's Republic of China" }, { literal: 'Republic of Kazakhstan' }]);
    expect(items.en.note).toMatch(/Unofficial English translation/);
    expect(items.en.id).toBe('cnkz2022-s2-5');
  });

  it('cites a range and the whole statement', () => {
    expect(cslItem(facts, ['s2-5', 's2-6', 's2-7'], 'zh', url, '2026-11-26').title).toMatch(/第二部分第5–7段$/);
    expect(
      formatCitations({ en: cslItem(facts, ['s2-5', 's2-6'], 'en', url, '2026-11-26'), zh: items.zh }, 'II.5–6')[1]
        ?.note,
    ).toMatch(/para\. II\.5–6/);
    expect(cslItem(facts, [], 'en', url, '2026-11-26').title).toMatch(/\(Nur-Sultan, 14 September 2022\)$/);
  });
});

describe('formatted citations', () => {
  const formatted = formatCitations(items, 'II.5');
  const byKey = Object.fromEntries(formatted.map((f) => [f.key, f]));

  it('comes in GB/T 7714, Chicago, OSCOLA and APA', () => {
    expect(formatted.map((f) => f.key)).toEqual(['gb-t-7714', 'chicago', 'oscola', 'apa']);
  });

  it.each(['chicago', 'oscola', 'apa'])(
    '%s gives the parties, title, place, date and URL, and pinpoints the paragraph',
    (key) => {
      const reference = byKey[key]?.reference ?? '';
      expect(byKey[key]?.note).toMatch(/para\.? II\.5/);
      expect(reference).toMatch(/People’s Republic of China/);
      expect(reference).toMatch(/Republic of Kazakhstan/);
      expect(reference).toMatch(/Joint Statement on the 30th Anniversary/);
      expect(reference).toMatch(/Nur-Sultan, 14 September 2022/);
      expect(reference).toContain(url);
      expect(reference).toMatch(/unofficial English translation/i);
    },
  );

  it('gives the access date where the style has one', () => {
    expect(byKey.oscola?.reference).toMatch(/accessed 26 November 2026/);
    expect(byKey['gb-t-7714']?.reference).toMatch(/\[2026-11-26\]/);
  });

  it('cites the authentic Chinese text in GB/T 7714', () => {
    expect(byKey['gb-t-7714']?.reference).toMatch(
      /^中华人民共和国, 哈萨克斯坦共和国\. 中华人民共和国和哈萨克斯坦共和国建交30周年联合声明/,
    );
    expect(byKey['gb-t-7714']?.reference).toMatch(/\[EB\/OL\]/);
  });

  it('pinpoints the paragraph in notes and in-text citations', () => {
    expect(byKey.apa?.note).toBe('(People’s Republic of China & Republic of Kazakhstan, 2022, para. II.5)');
    expect(byKey.oscola?.note).toMatch(/para II\.5/);
  });
});

describe('Chinese pinpoints', () => {
  it('name the part and the paragraph as Chinese citations do', () => {
    expect(chinesePinpoint(['pre-3'])).toBe('序言第3段');
    expect(chinesePinpoint(['s4-21', 's4-22'])).toBe('第四部分第21–22段');
    expect(chinesePinpoint(['s4-22', 's5-1'])).toBe('第四部分第22段至第五部分第1段');
    expect(chinesePinpoint(['closing'])).toBe('结尾');
  });
});

describe('export formats', () => {
  const out = exportFormats(items.en);
  it('writes BibTeX, RIS and CSL-JSON that carry the URL and title', () => {
    expect(out.bibtex).toMatch(/^@\w+\{cnkz2022_s2_5,/);
    expect(out.bibtex).toContain(url);
    expect(out.ris).toMatch(/^TY {2}- /);
    expect(out.ris).toContain(`UR  - ${url}`);
    expect(out.ris).toContain(
      'TI  - Joint Statement on the 30th Anniversary of the Establishment of Diplomatic Relations between',
    );
    expect(out.ris.split('\n').every((line) => line === '' || /^[A-Z][A-Z0-9] {2}-/.test(line))).toBe(true);
    expect(JSON.parse(out.csl)).toEqual([items.en]);
  });
});
