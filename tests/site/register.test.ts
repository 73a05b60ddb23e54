import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';

/**
 * What a reader of the built register sees: each address says what it is,
 * a report is never called official, treaties say when they entered into
 * force (or that no date was found), and the open data carries the same.
 */
const page = (path: string) => parseHTML(readFileSync(`dist${path}index.html`, 'utf8')).document;
const all = (root: ParentNode | null | undefined, selector: string) => [...(root?.querySelectorAll(selector) ?? [])];
const text = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const LABELS = ['Official text', 'Official record', 'Report', 'Reference'];

describe('register entry pages', () => {
  it('label the 2002 Treaty’s only address, a Radio Free Europe article, a report', () => {
    const doc = page('/instruments/treaty-2002-good-neighbourliness/');
    const items = all(doc, 'ul.addresses li');
    expect(items).toHaveLength(1);
    expect(items[0]?.querySelector('a')?.getAttribute('href')).toBe('https://www.rferl.org/a/1101766.html');
    expect(text(items[0]?.querySelector('.address-kind'))).toBe('Report');
  });

  it('show parties and signatories separately', () => {
    const facts = page('/instruments/treaty-2002-good-neighbourliness/').querySelector('dl.facts');
    const dd = (term: string) => text(all(facts, 'dt').find((dt) => text(dt) === term)?.nextElementSibling);
    expect(dd('Parties or body')).toMatch(/^People's Republic of China and Republic of Kazakhstan/);
    expect(dd('Parties or body')).not.toMatch(/Jiang Zemin/);
    expect(dd('Signed by')).toMatch(/Jiang Zemin \(President of the PRC\)/);
    expect(dd('Signed by')).toMatch(/Nursultan Nazarbayev/);
  });

  it('give the entry into force with its source, or say what was searched', () => {
    const charter = page('/instruments/un-charter/').querySelector('[data-entry-into-force]');
    expect(charter?.querySelector('time')?.getAttribute('datetime')).toBe('1945-10-24');
    expect(charter?.querySelector('a')?.getAttribute('href')).toMatch(/^https:\/\/www\.state\.gov\//);
    const treaty = page('/instruments/treaty-2002-good-neighbourliness/').querySelector('[data-entry-into-force]');
    expect(treaty?.querySelector('time')).toBeNull();
    expect(text(treaty)).toMatch(/Not found\. Searched on 2026-12-04/);
  });

  it('label every address on every entry page with one of the four labels', () => {
    const keys = readdirSync('dist/instruments', { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'links')
      .map((d) => d.name);
    expect(keys).toHaveLength(68);
    for (const key of keys)
      for (const li of all(page(`/instruments/${key}/`), 'ul.addresses li'))
        expect(LABELS, key).toContain(text(li.querySelector('.address-kind')));
  });
});

describe('footnote cards', () => {
  it('never call a news report official: each card’s label matches the register’s kind for that address', () => {
    const register = JSON.parse(readFileSync('dist/data/instruments.json', 'utf8')) as {
      instruments: { urls: { url: string; kind: string }[] }[];
    };
    const kindOf = new Map(register.instruments.flatMap((e) => e.urls.map((u) => [u.url, u.kind])));
    const label: Record<string, string> = {
      'official-text': 'Official text',
      'official-record': 'Official record',
      report: 'Report',
      reference: 'Reference',
    };
    let cards = 0;
    for (const part of ['preamble', 'section-1', 'section-2', 'section-3', 'section-4', 'section-5']) {
      for (const card of all(page(`/statement/${part}/`), '.fn-official')) {
        const href = card.querySelector('a')?.getAttribute('href') ?? '';
        expect(text(card).split(':')[0], href).toBe(label[kindOf.get(href) ?? '']);
        cards++;
      }
    }
    expect(cards).toBeGreaterThan(20);
    const rferl = all(page('/statement/preamble/'), '.fn-official').find((c) =>
      c.querySelector('a')?.getAttribute('href')?.includes('rferl.org'),
    );
    expect(text(rferl)).toMatch(/^Report:/);
  });
});

describe('/instruments/links/', () => {
  it('labels each register address for what it is', () => {
    const rows = all(page('/instruments/links/'), 'ol.links li');
    const rferl = rows.find(
      (li) => li.querySelector('a')?.getAttribute('href') === 'https://www.rferl.org/a/1101766.html',
    );
    expect(text(rferl?.querySelector('.address-kind'))).toBe('Report');
  });
});

describe('/data/instruments.json', () => {
  it('carries each address’s kind and check date, signatories and entry into force', () => {
    const { instruments } = JSON.parse(readFileSync('dist/data/instruments.json', 'utf8')) as {
      instruments: {
        key: string;
        kind: string;
        urls: { kind: string; checked: string }[];
        signatories?: { en: string }[];
        entryIntoForce?: { date: string } | null;
        entryIntoForceNote?: { en: string };
      }[];
    };
    for (const e of instruments)
      for (const u of e.urls) {
        expect(['official-text', 'official-record', 'report', 'reference'], e.key).toContain(u.kind);
        expect(u.checked, e.key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    const visa = instruments.find((e) => e.key === 'mutual-visa-exemption-agreement');
    expect(visa?.entryIntoForce?.date).toBe('2023-11-10');
    const treaty = instruments.find((e) => e.key === 'treaty-2002-good-neighbourliness');
    expect(treaty?.entryIntoForce).toBeNull();
    expect(treaty?.entryIntoForceNote?.en).toMatch(/^Not found/);
    expect(treaty?.signatories).toHaveLength(2);
  });
});

describe('/data/instruments.json sources', () => {
  it('carries what each source is: the People’s Daily text official, the RFE/RL article a report, a mirror a reference', () => {
    const { instruments } = JSON.parse(readFileSync('dist/data/instruments.json', 'utf8')) as {
      instruments: { key: string; sources: { url: string; kind: string }[] }[];
    };
    const treaty = instruments.find((e) => e.key === 'treaty-2002-good-neighbourliness');
    expect(treaty?.sources.map((s) => [new URL(s.url).hostname, s.kind])).toEqual([
      ['paper.people.com.cn', 'official-text'],
      ['www.rferl.org', 'report'],
      ['www.laitimes.com', 'reference'],
    ]);
    for (const e of instruments)
      for (const s of e.sources)
        expect(['official-text', 'official-record', 'report', 'reference'], `${e.key} ${s.url}`).toContain(s.kind);
  });
});
