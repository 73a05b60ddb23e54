import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { htmlFiles } from '../support/dist.ts';

const ALL_IDS = [
  ...range('pre', 7),
  ...range('s1', 10),
  ...range('s2', 10),
  ...range('s3', 13),
  ...range('s4', 22),
  ...range('s5', 13),
  'closing',
  'signatures',
];
const PARTS = ['preamble', 'section-1', 'section-2', 'section-3', 'section-4', 'section-5', 'closing'];
const VIEWS = [
  { prefix: '', lang: 'en', texts: ['zh-Hans', 'en'] },
  { prefix: 'zh/', lang: 'zh-Hans', texts: ['zh-Hans'] },
  { prefix: 'en/', lang: 'en', texts: ['en'] },
];

function range(prefix: string, n: number) {
  return Array.from({ length: n }, (_, i) => `${prefix}-${i + 1}`);
}
function page(path: string) {
  const file = `dist/${path}index.html`;
  expect(existsSync(file), `${file} exists`).toBe(true);
  return parseHTML(readFileSync(file, 'utf8')).document;
}

describe('permalinks.json', () => {
  const permalinks = JSON.parse(readFileSync('dist/permalinks.json', 'utf8')) as Record<string, string>;

  const sentences = Object.keys(permalinks).slice(ALL_IDS.length);

  it('lists all 77 paragraph ids in source order, then the 115 sentence ids', () => {
    expect(Object.keys(permalinks).slice(0, ALL_IDS.length)).toEqual(ALL_IDS);
    expect(sentences).toHaveLength(115);
    expect(sentences.slice(0, 3)).toEqual(['pre-1.1', 'pre-2.1', 'pre-3.1']);
    expect(permalinks['s2-5.2']).toBe('/statement/section-2/#s2-5.2');
  });

  it.each([...ALL_IDS, ...sentences])('sends %s to a page that has it', (id) => {
    const [path, fragment] = (permalinks[id] ?? '').split('#');
    expect(fragment).toBe(id);
    const doc = page((path ?? '').replace(/^\//, ''));
    expect(doc.querySelectorAll(`[id="${id}"]`)).toHaveLength(1);
  });
});

describe.each(VIEWS)('reading pages /$prefix', ({ prefix, lang, texts }) => {
  it('put every id exactly once on the part pages and on the whole-statement page', () => {
    const whole = page(`${prefix}statement/`);
    const seen: string[] = [];
    for (const part of PARTS) {
      const doc = page(`${prefix}statement/${part}/`);
      seen.push(...[...doc.querySelectorAll('.pair[id]')].map((el) => el.id));
    }
    expect(seen).toEqual(ALL_IDS);
    expect([...whole.querySelectorAll('.pair[id]')].map((el) => el.id)).toEqual(ALL_IDS);
  });

  it('mark each text with its language and link each label to its paragraph', () => {
    const doc = page(`${prefix}statement/section-2/`);
    expect(doc.documentElement.getAttribute('lang')).toBe(lang);
    const row = doc.getElementById('s2-5');
    expect([...(row?.querySelectorAll('.text') ?? [])].map((el) => el.getAttribute('lang'))).toEqual(texts);
    const label = row?.querySelector('a.label');
    expect(label?.getAttribute('href')).toBe('#s2-5');
    expect(label?.textContent).toBe(lang === 'zh-Hans' ? '二.5' : 'II.5');
  });
});

describe('a side-by-side row', () => {
  it('holds the authentic Chinese and the English of the same paragraph', () => {
    const row = page('statement/section-2/').getElementById('s2-5');
    expect(row?.querySelector('[lang="zh-Hans"]')?.textContent).toMatch(/^哈方坚定支持一个中国原则，/);
    expect(row?.querySelector('[lang="en"]')?.textContent).toMatch(/one-China principle/);
  });

  it('shows the signature block with both signatories in each language', () => {
    const row = page('statement/closing/').getElementById('signatures');
    expect(row?.querySelector('[lang="zh-Hans"]')?.textContent).toMatch(
      /中华人民共和国主席\s*习近平[\s\S]*哈萨克斯坦共和国总统\s*卡瑟姆若马尔特·托卡耶夫/,
    );
    expect(row?.querySelector('[lang="en"]')?.textContent).toMatch(/Xi Jinping[\s\S]*Kassym-Jomart Tokayev/);
  });

  it('is followed on the closing page by the dateline, marked as provenance', () => {
    const doc = page('statement/closing/');
    expect(doc.querySelector('.dateline')?.textContent).toMatch(
      /not part of the statement.*（新华社努尔苏丹9月14日电）/s,
    );
  });
});

describe('short links /p/<id>/', () => {
  it.each(ALL_IDS)('/p/%s/ redirects to its paragraph without JavaScript', (id) => {
    const doc = page(`p/${id}/`);
    const refresh = doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content') ?? '';
    const target = refresh.replace(/^0; url=/, '');
    expect(target).toMatch(new RegExp(`^/statement/[a-z0-9-]+/#${id}$`));
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`http://localhost:4321${target}`);
    expect(doc.querySelector(`main a[href="${target}"]`)).not.toBeNull();
  });
});

describe('every page', () => {
  const files = htmlFiles();

  it('exists in the number expected: 8 reading pages in 2 interfaces × 3 views; in each interface the home, 77 + 115 short links, 78 + 115 cite pages, the register, glossary, data, about, search, the offline page and the three analysis pages; 404, /en/', () => {
    const register = readdirSync('content/instruments').length + 2; // each entry, the index, the links page
    // 77 paragraphs and 115 sentences each have a short link and a cite page; /cite/ cites the whole.
    const perInterface = 1 + (77 + 115) + (78 + 115) + register + 1 + 1 + 1 + 1 + 1 + 3;
    expect(files.length).toBe(8 * 2 * 3 + 2 * perInterface + 1 + 1);
    // The Chinese interface has every page the English one has.
    const chinese = files.filter((f) => f.startsWith('dist/zh/')).length;
    expect(chinese).toBe(8 * 3 + perInterface);
  });

  it.each(files)(
    '%s has a language, a title, a main landmark, a skip link and the unofficial-translation note',
    (file) => {
      const doc = parseHTML(readFileSync(file, 'utf8')).document;
      if (doc.querySelector('meta[http-equiv="refresh"]') && !doc.querySelector('main')) return; // Astro's /en/ redirect stub
      expect(doc.documentElement.getAttribute('lang')).toMatch(/^(en|zh-Hans)$/);
      expect(doc.title.length).toBeGreaterThan(3);
      expect(doc.querySelectorAll('main')).toHaveLength(1);
      expect(doc.querySelector('a.skip')?.getAttribute('href')).toBe('#main');
      expect(doc.querySelector('.notice')?.textContent).toMatch(/unofficial translation|非官方译文/);
    },
  );

  it.each(files)('%s loads nothing from another origin', (file) => {
    const doc = parseHTML(readFileSync(file, 'utf8')).document;
    const loaded = [
      ...[...doc.querySelectorAll('script[src], img[src], iframe[src], source[src]')].map((el) =>
        el.getAttribute('src'),
      ),
      ...[...doc.querySelectorAll('link[href]')]
        .filter((el) => !/^(canonical|alternate|prev|next)$/.test(el.getAttribute('rel') ?? ''))
        .map((el) => el.getAttribute('href')),
    ];
    for (const url of loaded) expect(url, file).not.toMatch(/^(https?:)?\/\//);
  });
});

describe('provenance', () => {
  it('serves the source copy byte for byte', () => {
    expect(readFileSync('dist/source/statement.zh.txt')).toEqual(readFileSync('content/source/statement.zh.txt'));
  });

  it('builds a Pagefind index of the side-by-side pages', () => {
    expect(existsSync('dist/pagefind/pagefind.js')).toBe(true);
    const meta = readdirSync('dist/pagefind').filter((f) => f.startsWith('pagefind-entry'));
    expect(meta.length).toBeGreaterThan(0);
  });
});
