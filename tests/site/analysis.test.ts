import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { useSite } from '../support/site.ts';

// The edition's analysis as a reader and a data user meet it: pages in both
// interfaces, open data valid against the schemas published beside it, and a
// commitments table that lists everything without JavaScript and filters with it.
const read = (file: string) => readFileSync(`dist/${file}`, 'utf8');
const json = (file: string): unknown => JSON.parse(read(`data/${file}`));

interface CommitmentsJson {
  asOf: string;
  commitments: {
    sentence: string;
    actor: string;
    modality: string;
    topic: string;
    status: string;
    followUp: unknown[];
  }[];
}
const commitments = json('commitments.json') as CommitmentsJson;

describe('analysis pages', () => {
  it.each(['/topics/', '/commitments/', '/formulations/'])(
    '%s exists in both interfaces, labelled as the edition’s',
    (path) => {
      const en = read(`${path.slice(1)}index.html`);
      const zh = read(`zh${path}index.html`);
      expect(en.startsWith('<!DOCTYPE html><html lang="en"'), 'English interface').toBe(true);
      expect(zh.startsWith('<!DOCTYPE html><html lang="zh-Hans"'), 'Chinese interface').toBe(true);
      expect(/The edition’s analysis/.test(en), 'English label').toBe(true);
      expect(zh.includes('本版本的分析'), 'Chinese label').toBe(true);
    },
  );

  it('are in the sitemap', () => {
    const sitemap = read('sitemap.xml');
    for (const path of [
      '/topics/',
      '/commitments/',
      '/formulations/',
      '/zh/topics/',
      '/zh/commitments/',
      '/zh/formulations/',
    ]) {
      expect(sitemap).toContain(`${path}</loc>`);
    }
  });

  it('put a topic index on both homes and the edition’s summary at the head of each part', () => {
    expect(read('index.html').includes('href="/topics/#water"'), 'English home').toBe(true);
    expect(read('zh/index.html').includes('href="/zh/topics/#water"'), 'Chinese home').toBe(true);
    const part = read('statement/section-4/index.html');
    expect(
      /<aside class="part-summary[^"]*" aria-label="Summary \(the edition’s\) · IV"/.test(part),
      'labelled aside',
    ).toBe(true);
    expect(part.includes('water-allocation agreement'), 'summary text').toBe(true);
  });

  it('link every commitment to its sentence, which exists on the page linked', () => {
    const html = read('commitments/index.html');
    for (const c of commitments.commitments) {
      const match = new RegExp(`<tr id="c-${c.sentence.replace('.', '\\.')}"[^]*?<a href="([^"]+)"`).exec(html);
      expect(match?.[1], c.sentence).toMatch(new RegExp(`#${c.sentence.replace('.', '\\.')}$`));
      const page = (match?.[1] ?? '').replace(/#.*$/, '');
      expect(read(`${page.slice(1)}index.html`).includes(`id="${c.sentence}"`), c.sentence).toBe(true);
    }
  });
});

describe('analysis open data', () => {
  it.each(['topics', 'commitments', 'formulations'])(
    '%s.json is valid against its published schema, which rejects a broken copy',
    (name) => {
      const schema = z.fromJSONSchema(
        JSON.parse(read(`data/${name}.schema.json`)) as Parameters<typeof z.fromJSONSchema>[0],
      );
      const data = json(`${name}.json`);
      expect(schema.safeParse(data).error).toBeUndefined();
      const broken = JSON.parse(JSON.stringify(data)) as Record<string, unknown[]>;
      const list = Object.values(broken).find(Array.isArray) as Record<string, unknown>[];
      delete list[0]?.[Object.keys(list[0] ?? {})[0] ?? ''];
      expect(schema.safeParse(broken).success).toBe(false);
    },
  );

  it('have the shapes the issue fixes', () => {
    const topics = json('topics.json') as {
      topics: { key: string; name: { zh: string; en: string }; paragraphs: string[] }[];
    };
    expect(Object.keys(topics.topics[0] ?? {})).toEqual(['key', 'name', 'paragraphs']);
    const c = commitments.commitments.find((x) => x.sentence === 's5-9.3');
    expect(c).toMatchObject({ actor: 'both', modality: 'agree', topic: 'people-to-people', status: 'fulfilled' });
    const event = c?.followUp[0] as
      | { date: string; event: { zh: string; en: string }; source: { url: string; publisher: string; kind: string } }
      | undefined;
    expect(event?.date).toBe('2023-05-17');
    expect(Object.keys(event?.event ?? {})).toEqual(['zh', 'en']);
    expect(Object.keys(event?.source ?? {})).toEqual(['url', 'publisher', 'kind']);
    expect(event?.source.kind).toBe('report');
    const f = json('formulations.json') as {
      documentsChecked: { date: string; title: { zh: string; en: string }; url: string }[];
      formulations: {
        key: string;
        zh: string;
        en: string;
        paragraphs: string[];
        firstSeen: { date: string; document: string };
        newIn2022: boolean;
      }[];
    };
    expect(f.documentsChecked[0]?.date).toBe('1992-01-03');
    expect(Object.keys(f.documentsChecked[0]?.title ?? {})).toEqual(['zh', 'en']);
    expect(f.documentsChecked[0]?.url).toMatch(/^https?:/);
    expect(f.formulations.find((x) => x.key === 'golden-30-years')).toMatchObject({
      paragraphs: ['s1-10'],
      newIn2022: true,
      firstSeen: { date: '2022-09-14' },
    });
  });

  it('offers the commitments as CSV, one row each', () => {
    const lines = read('data/commitments.csv').trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^sentence,paragraph,actor,modality,topic,kind,status,/);
    expect(lines).toHaveLength(commitments.commitments.length + 1);
  });
});

describe('the commitments table in the browser', () => {
  const site = useSite();
  const visibleRows = (page: Awaited<ReturnType<typeof site.open>>) =>
    page.locator('table.commitments tbody tr:visible').count();

  it('shows every commitment without JavaScript, and no filter that could not work', async () => {
    const page = await site.open('/commitments/', { javaScript: false });
    expect(await visibleRows(page)).toBe(commitments.commitments.length);
    expect(await page.locator('.commitment-filters').isVisible()).toBe(false);
    await page.context().close();
  });

  it('filters by status and keeps the choice in the address', async () => {
    const page = await site.open('/commitments/');
    await page.selectOption('select[name="status"]', 'fulfilled');
    const fulfilled = commitments.commitments.filter((c) => c.status === 'fulfilled').length;
    expect(await visibleRows(page)).toBe(fulfilled);
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?status=fulfilled');
    expect(await page.locator('[data-count]').textContent()).toBe(
      `${fulfilled} of ${commitments.commitments.length} commitments shown`,
    );
    await page.context().close();
  });

  it('opens filtered by the address, combining filters, in the Chinese interface too', async () => {
    const page = await site.open('/zh/commitments/?topic=water&actor=both');
    const water = commitments.commitments.filter((c) => c.topic === 'water' && c.actor === 'both').length;
    expect(water).toBeGreaterThan(0);
    expect(await visibleRows(page)).toBe(water);
    expect(await page.locator('select[name="topic"]').inputValue()).toBe('water');
    await page.context().close();
  });
});

describe('marks on the reading pages', () => {
  it('link committing sentences and new formulations to their entries, in the reader’s interface, without JavaScript', () => {
    const both = read('statement/section-2/index.html');
    expect(both.includes('href="/commitments/#c-s2-5.1"'), 'commitment mark').toBe(true);
    expect(both.includes('href="/formulations/#unga-2758"'), 'formulation mark').toBe(true);
    const zh = read('zh/statement/section-2/index.html');
    expect(zh.includes('href="/zh/commitments/#c-s2-5.3"'), 'Chinese interface').toBe(true);
    // A paragraph that commits to nothing carries no mark.
    expect(
      /id="s2-9\.1"[^]*?<\/p>\s*<p class="analysis-marks/.test(
        both.slice(both.indexOf('id="s2-9"'), both.indexOf('id="s2-10"')),
      ),
    ).toBe(true);
    expect(
      both.slice(both.indexOf('id="s1-1"'), both.indexOf('id="s1-2"')).includes('analysis-marks'),
      'I.1 has no mark',
    ).toBe(false);
  });
});

describe('marks on committing sentences', () => {
  const site = useSite();

  it('mark exactly the sentences the commitments name; the mark opens the entry, and a commitment link lights its sentence', async () => {
    const page = await site.open('/statement/section-2/');
    const named = commitments.commitments.map((c) => c.sentence).filter((s) => s.startsWith('s2-'));
    // Each mark follows the sentence it marks, in the interface's column.
    const marked = await page
      .locator('.text[lang="en"] .commitment-mark')
      .evaluateAll((marks) => marks.map((m) => (m.previousElementSibling as HTMLElement | null)?.dataset.s ?? ''));
    expect(marked.sort()).toEqual([...named].sort());
    const first = named[0]!;
    // Never selected with the text: copying the paragraph copies the statement's words only.
    const copied = await page.locator(`#${first.split('.')[0]} .text[lang="en"]`).evaluate((column) => {
      const range = document.createRange();
      range.selectNodeContents(column.querySelector('p')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    });
    expect(copied).not.toContain('◆');
    await page.locator(`a[data-commitment="${first}"]`).hover();
    await expect
      .poll(() =>
        page.locator(`.text[lang="zh-Hans"] .s.lit`).evaluateAll((l) => l.map((s) => (s as HTMLElement).dataset.s)),
      )
      .toEqual([first]);
    await page.locator(`.s[data-s="${first}"] + .commitment-mark`).click();
    await page.waitForURL(new RegExp(`/commitments/#c-${first.replace('.', '\\.')}$`));
    await page.context().close();
  });
});

describe('the topic facet on the search page', () => {
  const site = useSite();

  it('keeps only paragraphs on the chosen topic, from the address', async () => {
    const page = await site.open('/search/?q=%E5%90%88%E4%BD%9C&topic=water');
    await page.waitForSelector('.search-results li');
    const hrefs = await page
      .locator('.search-results li a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    const topics = json('topics.json') as { topics: { key: string; paragraphs: string[] }[] };
    const water = topics.topics.find((t) => t.key === 'water')?.paragraphs ?? [];
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs)
      expect(water, href).toContain(/#([^?]+)$/.exec(href.split('?')[0] ?? href)?.[1] ?? href.replace(/^.*#/, ''));
    expect(await page.locator('select[name="topic"]').inputValue()).toBe('water');
    await page.context().close();
  });
});
