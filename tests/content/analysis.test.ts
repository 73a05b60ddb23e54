import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
  commitmentsFileSchema,
  formulationsFileSchema,
  partSummarySchema,
  topicSchema,
} from '../../src/lib/schemas/analysis.ts';
import { unreviewedCommitments } from '../../src/lib/analysis.ts';
import { PARAGRAPH_IDS, PARTS } from '../../src/lib/ids.ts';

// The edition's analysis against the statement itself: every committing sentence
// reviewed, every id resolving, every follow-up dated and sourced.
const zhSentences: { id: string; zh: string }[] = [];
const zhParagraphs = new Map<string, string>();
for (const part of PARTS) {
  const text = readFileSync(`content/statement/zh/${part.slug}.mdx`, 'utf8');
  for (const m of text.matchAll(/<S id="([^"]+)">(.*?)<\/S>/gs)) {
    zhSentences.push({ id: m[1] ?? '', zh: (m[2] ?? '').replace(/<[^>]+>/g, '') });
  }
  for (const m of text.matchAll(/<P id="([^"]+)">\n(.*)\n<\/P>/g)) zhParagraphs.set(m[1] ?? '', (m[2] ?? '').replace(/<[^>]+>/g, ''));
}
const sentenceIds = new Set(zhSentences.map((s) => s.id));
const yaml = (name: string): unknown => parse(readFileSync(`content/analysis/${name}.yaml`, 'utf8'));

const topics = topicSchema.array().parse(yaml('topics'));
const summaries = partSummarySchema.array().parse(yaml('summaries'));
const { asOf, commitments } = commitmentsFileSchema.parse(yaml('commitments'));
const { documentsChecked, formulations } = formulationsFileSchema.parse(yaml('formulations'));
const topicKeys = new Set(topics.map((t) => t.key));

describe('topics', () => {
  it('are at least twelve, each with a distinct key', () => {
    expect(topics.length).toBeGreaterThanOrEqual(12);
    expect(topicKeys.size).toBe(topics.length);
  });

  it.each(topics.map((t) => [t.key, t] as const))('%s lists only paragraphs that exist', (_, topic) => {
    expect(topic.paragraphs.filter((id) => !PARAGRAPH_IDS.includes(id))).toEqual([]);
  });

  it('cover every numbered paragraph', () => {
    const covered = new Set(topics.flatMap((t) => t.paragraphs));
    const numbered = PARAGRAPH_IDS.filter((id) => id !== 'closing' && id !== 'signatures');
    expect(numbered.filter((id) => !covered.has(id))).toEqual([]);
  });
});

describe('part summaries', () => {
  it('summarise each part once, in two sentences per language', () => {
    expect(summaries.map((s) => s.part)).toEqual(PARTS.map((p) => p.slug));
    for (const s of summaries) {
      expect(s.en.match(/[.!?](\s|$)/g)?.length, `${s.part} (en)`).toBe(2);
      expect(s.zh.match(/[。！？]/g)?.length, `${s.part} (zh)`).toBe(2);
    }
  });
});

describe('commitments', () => {
  it('have a reviewed entry for every sentence the rule reads as committing', () => {
    expect(unreviewedCommitments(zhSentences, commitments)).toEqual([]);
  });

  it('point at sentences that exist, once each, about topics that exist', () => {
    expect(commitments.map((c) => c.sentence).filter((id) => !sentenceIds.has(id))).toEqual([]);
    expect(new Set(commitments.map((c) => c.sentence)).size).toBe(commitments.length);
    expect(commitments.filter((c) => !topicKeys.has(c.topic)).map((c) => c.sentence)).toEqual([]);
  });

  it('were checked on the edition date', () => {
    expect(asOf).toBe('2026-12-04');
  });

  it('track follow-through for concrete commitments only', () => {
    for (const c of commitments) {
      if (c.kind === 'declaratory') expect(c.status, c.sentence).toBe('not-tracked');
      else expect(c.status, c.sentence).not.toBe('not-tracked');
    }
  });

  it('say why when nothing public was found, and cite an event for every other status', () => {
    for (const c of commitments.filter((c) => c.kind === 'concrete')) {
      if (c.status === 'no-public-record') expect(c.note, c.sentence).toBeDefined();
      else expect(c.followUp.length, c.sentence).toBeGreaterThan(0);
    }
  });

  it('date every follow-up after the statement and give each a source', () => {
    for (const c of commitments) {
      for (const f of c.followUp) {
        expect(f.date >= '2022-09', `${c.sentence} ${f.date}`).toBe(true);
        expect(f.date <= asOf, `${c.sentence} ${f.date}`).toBe(true);
        expect(f.source.url, c.sentence).toMatch(/^https?:\/\//);
        expect(f.source.publisher.length, c.sentence).toBeGreaterThan(0);
      }
    }
  });
});

describe('formulations', () => {
  const documentKeys = new Set(documentsChecked.map((d) => d.key));

  it.each(formulations.map((f) => [f.key, f] as const))('%s is quoted from the paragraphs it names', (_, f) => {
    for (const id of f.paragraphs) expect(zhParagraphs.get(id), `${f.key} in ${id}`).toContain(f.zh.replace(/^下一个/, ''));
  });

  it('cite only documents in the list of documents checked, first appearances before the later ones', () => {
    for (const f of formulations) {
      expect(documentKeys.has(f.firstSeen.document), f.key).toBe(true);
      const first = documentsChecked.find((d) => d.key === f.firstSeen.document);
      expect(first?.date, f.key).toBe(f.firstSeen.date);
      for (const h of f.history) {
        expect(documentKeys.has(h.document), `${f.key} → ${h.document}`).toBe(true);
        expect((documentsChecked.find((d) => d.key === h.document)?.date ?? '') > f.firstSeen.date, f.key).toBe(true);
      }
    }
  });

  it('call a formulation new in 2022 only if the earliest document checked that has it is the 2022 statement', () => {
    for (const f of formulations.filter((f) => f.newIn2022)) expect(f.firstSeen.date, f.key).toBe('2022-09-14');
  });

  it('list the documents checked in date order, 1992 to 2024, the statement among them in full', () => {
    const dates = documentsChecked.map((d) => d.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]?.startsWith('1992')).toBe(true);
    expect(dates.at(-1)?.startsWith('2024')).toBe(true);
    expect(documentsChecked.find((d) => d.date === '2022-09-14')?.coverage).toBe('full');
  });
});
