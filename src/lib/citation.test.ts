import { describe, expect, it } from 'vitest';
import {
  chinesePinpoint,
  citeAuthenticSource,
  citeEdition,
  cslItem,
  englishPinpoint,
  exportFormats,
  citeText,
  type AuthenticSource,
  type CitedText,
  type StatementFacts,
} from './citation.ts';

/*
 * Every expected string below is written by hand from the style's rules
 * (Chicago 17 notes-bibliography; OSCOLA 4th ed.; APA 7; GB/T 7714-2015),
 * not copied from the output.
 */
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
    en: 'China–Kazakhstan Joint Statement 2022: A bilingual reading edition',
  },
};
const TITLE =
  'Joint Statement on the 30th Anniversary of the Establishment of Diplomatic Relations between the People’s Republic of China and the Republic of Kazakhstan';
const TITLE_APA =
  'Joint statement on the 30th anniversary of the establishment of diplomatic relations between the People’s Republic of China and the Republic of Kazakhstan';
const url = 'https://edition.test/p/s4-5.1/';
const input = { facts, ids: ['s4-5.1'], editionDate: '2026-11-30', accessed: '2026-12-04', url };
const zh: CitedText = { code: 'zh', lang: 'zh-Hans', role: 'authentic', label: { en: 'Chinese' } };
const en: CitedText = { code: 'en', lang: 'en', role: 'translation', label: { en: 'English' } };
const ru: CitedText = { code: 'ru', lang: 'ru', role: 'translation', label: { en: 'Russian' } };
const byKey = Object.fromEntries(citeEdition(input, [zh, en], zh).map((f) => [f.key, f]));

describe('pinpoints', () => {
  it('name part, paragraph and sentence in Chinese', () => {
    expect(chinesePinpoint(['s4-5.1'])).toBe('第四部分第5段第1句');
    expect(chinesePinpoint(['s2-5'])).toBe('第二部分第5段');
    expect(chinesePinpoint(['pre-3'])).toBe('序言第3段');
    expect(chinesePinpoint(['pre-3.1'])).toBe('序言第3段第1句');
    expect(chinesePinpoint(['s4-21', 's4-22'])).toBe('第四部分第21–22段');
    expect(chinesePinpoint(['s4-22', 's5-1'])).toBe('第四部分第22段至第五部分第1段');
    expect(chinesePinpoint(['closing'])).toBe('结尾');
    expect(chinesePinpoint(['closing.1'])).toBe('结尾第1句');
  });

  it('in English, with the edition’s labels; OSCOLA without full stops', () => {
    expect(englishPinpoint(['s4-5.1'])).toBe('para. IV.5, sentence 1');
    expect(englishPinpoint(['s4-5.1'], true)).toBe('para IV.5, sentence 1');
    expect(englishPinpoint(['s2-5'])).toBe('para. II.5');
    expect(englishPinpoint(['s2-5', 's2-6', 's2-7'])).toBe('paras. II.5–7');
    expect(englishPinpoint([])).toBe('');
  });
});

describe('citing this edition', () => {
  it('comes in GB/T 7714, Chicago, OSCOLA and APA', () => {
    expect(Object.keys(byKey)).toEqual(['gb-t-7714', 'chicago', 'oscola', 'apa']);
  });

  it('GB/T 7714: the authentic Chinese, part of the edition (//), the edition’s date of update and the date cited', () => {
    expect(byKey['gb-t-7714']?.reference).toBe(
      '中华人民共和国, 哈萨克斯坦共和国. 中华人民共和国和哈萨克斯坦共和国建交30周年联合声明（努尔苏丹，2022年9月14日）[EB/OL]//中哈建交30周年联合声明：中英对照读本. (2026-11-30)[2026-12-04]. https://edition.test/p/s4-5.1/.',
    );
    expect(byKey['gb-t-7714']?.note).toBe('[1]第四部分第5段第1句');
  });

  it('Chicago: headline case, signature date with the title, edition last modified, a complete note with site and URL', () => {
    expect(byKey.chicago?.reference).toBe(
      `People’s Republic of China and Republic of Kazakhstan. “${TITLE}.” Signed at Nur-Sultan, September 14, 2022. Unofficial English translation. In China–Kazakhstan Joint Statement 2022: A Bilingual Reading Edition. Last modified November 30, 2026. https://edition.test/p/s4-5.1/.`,
    );
    expect(byKey.chicago?.note).toBe(
      `People’s Republic of China and Republic of Kazakhstan, “${TITLE}” (Nur-Sultan, September 14, 2022), para. IV.5, sentence 1, unofficial English translation, in China–Kazakhstan Joint Statement 2022: A Bilingual Reading Edition, last modified November 30, 2026, https://edition.test/p/s4-5.1/.`,
    );
  });

  it('OSCOLA: pinpoint after the date bracket, URL in angle brackets, accessed date; no full stop in the bibliography', () => {
    expect(byKey.oscola?.note).toBe(
      `People’s Republic of China and Republic of Kazakhstan, ‘${TITLE}’ (Nur-Sultan, 14 September 2022) para IV.5, sentence 1, unofficial English translation in China–Kazakhstan Joint Statement 2022: A Bilingual Reading Edition (last updated 30 November 2026) <https://edition.test/p/s4-5.1/> accessed 4 December 2026.`,
    );
    expect(byKey.oscola?.reference).toMatch(/accessed 4 December 2026$/);
    expect(byKey.oscola?.reference).not.toMatch(/para/);
  });

  it('APA: the edition’s date, sentence case for the statement and the edition, original publication 2022', () => {
    expect(byKey.apa?.reference).toBe(
      `People’s Republic of China & Republic of Kazakhstan. (2026, November 30). ${TITLE_APA} [Unofficial English translation; signed Nur-Sultan, September 14, 2022]. China–Kazakhstan joint statement 2022: A bilingual reading edition. https://edition.test/p/s4-5.1/ (Original work published 2022)`,
    );
    expect(byKey.apa?.note).toBe(
      '(People’s Republic of China & Republic of Kazakhstan, 2022/2026, para. IV.5, sentence 1)',
    );
  });

  it('never gives 2022 as the date of the website', () => {
    for (const c of Object.values(byKey)) {
      expect(c.reference).not.toMatch(/Last modified[^.]*2022|last updated[^)]*2022|\(2022-|\(2022, /i);
      expect(c.reference).toMatch(/2026/);
    }
  });

  it('cites the whole statement without a pinpoint', () => {
    const whole = Object.fromEntries(citeEdition({ ...input, ids: [] }, [zh, en], zh).map((f) => [f.key, f]));
    expect(whole.chicago?.note).toMatch(/\(Nur-Sultan, September 14, 2022\), unofficial English translation, in /);
    expect(whole.apa?.note).toBe('(People’s Republic of China & Republic of Kazakhstan, 2022/2026)');
    expect(whole['gb-t-7714']?.note).toBe('');
  });
});

describe('citing the authentic Chinese text', () => {
  const peoplesDaily: AuthenticSource = {
    key: 'peoples-daily',
    kind: 'newspaper',
    publisher: { zh: '人民日报', en: "Renmin Ribao (People's Daily)" },
    place: { zh: '北京', en: 'Beijing' },
    date: '2022-09-15',
    page: '2',
    url: 'http://paper.people.com.cn/rmrb/x.htm',
    verified: true,
    note: { zh: '', en: '' },
  };
  const xinhua: AuthenticSource = {
    ...peoplesDaily,
    key: 'xinhua',
    kind: 'news-agency',
    publisher: { zh: '新华社', en: 'Xinhua News Agency' },
    place: { zh: '努尔苏丹', en: 'Nur-Sultan' },
    date: '2022-09-14',
    page: null,
    url: null,
    verified: false,
  };
  const pd = Object.fromEntries(
    citeAuthenticSource(facts, peoplesDaily, ['s4-5'], '2026-12-04').map((f) => [f.key, f]),
  );
  const xh = Object.fromEntries(citeAuthenticSource(facts, xinhua, ['s4-5.1'], '2026-12-04').map((f) => [f.key, f]));

  it('GB/T 7714: People’s Daily as a newspaper [N], date(page); the dispatch as [Z] with its dateline', () => {
    expect(pd['gb-t-7714']?.reference).toBe(
      '中华人民共和国, 哈萨克斯坦共和国. 中华人民共和国和哈萨克斯坦共和国建交30周年联合声明[N]. 人民日报, 2022-09-15(2).',
    );
    expect(pd['gb-t-7714']?.note).toBe('[1]第四部分第5段');
    expect(xh['gb-t-7714']?.reference).toBe(
      '中华人民共和国, 哈萨克斯坦共和国. 中华人民共和国和哈萨克斯坦共和国建交30周年联合声明[Z]. 努尔苏丹: 新华社, 2022-09-14.',
    );
  });

  it('Chicago: Chinese title with the English in brackets, the paper, date, page, pinpoint and address', () => {
    expect(pd.chicago?.note).toBe(
      `People’s Republic of China and Republic of Kazakhstan, “中华人民共和国和哈萨克斯坦共和国建交30周年联合声明” [${TITLE}], Renmin Ribao (People’s Daily), September 15, 2022, 2, para. IV.5, http://paper.people.com.cn/rmrb/x.htm.`,
    );
    expect(xh.chicago?.reference).toBe(
      `People’s Republic of China and Republic of Kazakhstan. “中华人民共和国和哈萨克斯坦共和国建交30周年联合声明” [${TITLE}]. Xinhua News Agency, Nur-Sultan, September 14, 2022.`,
    );
  });

  it('OSCOLA: newspaper (city, date) page, then the pinpoint', () => {
    expect(pd.oscola?.note).toBe(
      `People’s Republic of China and Republic of Kazakhstan, ‘中华人民共和国和哈萨克斯坦共和国建交30周年联合声明’ [${TITLE}] Renmin Ribao (People’s Daily) (Beijing, 15 September 2022) 2, para IV.5 <http://paper.people.com.cn/rmrb/x.htm> accessed 4 December 2026.`,
    );
  });

  it('APA: the issue’s date, the translated title in sentence case, the paper and page', () => {
    expect(pd.apa?.reference).toBe(
      `People’s Republic of China & Republic of Kazakhstan. (2022, September 15). 中华人民共和国和哈萨克斯坦共和国建交30周年联合声明 [${TITLE_APA}]. Renmin Ribao, 2. http://paper.people.com.cn/rmrb/x.htm`,
    );
    expect(xh.apa?.note).toBe('(People’s Republic of China & Republic of Kazakhstan, 2022, para. IV.5, sentence 1)');
  });
});

describe('files for reference managers', () => {
  const item = cslItem(input, en, zh);
  it('date the item by the edition and keep the statement’s date as the original date', () => {
    expect(item.issued).toEqual({ 'date-parts': [[2026, 11, 30]] });
    expect(item['original-date']).toEqual({ 'date-parts': [[2022, 9, 14]] });
    expect(item.title).toBe(`${facts.title.en} (Nur-Sultan, 14 September 2022), para. IV.5, sentence 1`);
    expect(cslItem(input, zh, zh).title).toBe(`${facts.title.zh}（努尔苏丹，2022年9月14日），第四部分第5段第1句`);
  });

  it('write BibTeX, RIS and CSL-JSON that carry the URL, title and a key without dots or hyphens', () => {
    const out = exportFormats(item);
    expect(out.bibtex).toMatch(/^@\w+\{cnkz2022_s4_5_1,/);
    expect(out.bibtex).toContain(url);
    expect(out.ris).toContain(`UR  - ${url}`);
    expect(out.ris).toContain('ID  - cnkz2022-s4-5.1\n');
    expect(out.ris.split('\n').every((line) => line === '' || /^[A-Z][A-Z0-9] {2}-/.test(line))).toBe(true);
    expect(JSON.parse(out.csl)).toEqual([item]);
  });
});

describe('citing a third text (a Russian translation)', () => {
  const ruUrl = 'https://edition.test/en/ru/statement/section-4/#s4-5.1';
  const ruInput = { ...input, url: ruUrl };
  const ZH_TITLE = '中华人民共和国和哈萨克斯坦共和国建交30周年联合声明';
  const ruByKey = Object.fromEntries(citeText(ruInput, ru, zh).map((f) => [f.key, f]));

  it('has no style of its own language here, so it is not among the styles of this edition and is cited in the English-language styles', () => {
    expect(citeEdition(input, [zh, en, ru], zh).map((f) => f.key)).toEqual(['gb-t-7714', 'chicago', 'oscola', 'apa']);
    expect(Object.keys(ruByKey)).toEqual(['chicago', 'oscola', 'apa']);
    expect(Object.values(ruByKey).map((f) => f.lang)).toEqual(['en', 'en', 'en']);
  });

  it('Chicago: the original title (the edition has no Russian title) with the English in brackets, “unofficial Russian translation”, the Russian view’s address', () => {
    expect(ruByKey.chicago?.reference).toBe(
      `People’s Republic of China and Republic of Kazakhstan. “${ZH_TITLE}” [${TITLE}]. Signed at Nur-Sultan, September 14, 2022. Unofficial Russian translation. In China–Kazakhstan Joint Statement 2022: A Bilingual Reading Edition. Last modified November 30, 2026. ${ruUrl}.`,
    );
    expect(ruByKey.chicago?.note).toBe(
      `People’s Republic of China and Republic of Kazakhstan, “${ZH_TITLE}” [${TITLE}] (Nur-Sultan, September 14, 2022), para. IV.5, sentence 1, unofficial Russian translation, in China–Kazakhstan Joint Statement 2022: A Bilingual Reading Edition, last modified November 30, 2026, ${ruUrl}.`,
    );
  });

  it('OSCOLA and APA: the same title and status', () => {
    expect(ruByKey.oscola?.note).toBe(
      `People’s Republic of China and Republic of Kazakhstan, ‘${ZH_TITLE}’ [${TITLE}] (Nur-Sultan, 14 September 2022) para IV.5, sentence 1, unofficial Russian translation in China–Kazakhstan Joint Statement 2022: A Bilingual Reading Edition (last updated 30 November 2026) <${ruUrl}> accessed 4 December 2026.`,
    );
    expect(ruByKey.apa?.reference).toBe(
      `People’s Republic of China & Republic of Kazakhstan. (2026, November 30). ${ZH_TITLE} [${TITLE_APA}] [Unofficial Russian translation; signed Nur-Sultan, September 14, 2022]. China–Kazakhstan joint statement 2022: A bilingual reading edition. ${ruUrl} (Original work published 2022)`,
    );
  });

  it('its CSL item carries the text’s language tag, its own key and says what the text is', () => {
    const item = cslItem(ruInput, ru, zh);
    expect(item.language).toBe('ru');
    expect(item.id).toBe('cnkz2022-s4-5.1-ru');
    expect(item.title).toBe(`${ZH_TITLE} [${facts.title.en}] (Nur-Sultan, 14 September 2022), para. IV.5, sentence 1`);
    expect(item.note).toBe('Unofficial Russian translation; the Chinese text is authentic.');
    expect(item.URL).toBe(ruUrl);
    expect(exportFormats(item).ris).toContain('LA  - ru\n');
  });

  it('ties GB/T 7714 to a Chinese text by its language, not by the code “zh”', () => {
    const hant: CitedText = { code: 'zht', lang: 'zh-Hant', role: 'translation', label: { en: 'Chinese' } };
    expect(citeText(input, hant, zh).map((f) => [f.key, f.lang])).toEqual([['gb-t-7714', 'zh-Hant']]);
    expect(cslItem(input, zh, zh).language).toBe('zh-Hans');
  });
});
