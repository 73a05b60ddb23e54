import { paragraphOfSentence, parseNumberedId, sentenceNumber } from './edition/id-format.ts';
import { partOfParagraph } from './ids.ts';
import { readStatement, type RuleReading } from './commitment-rule.ts';

/**
 * The edition's analysis as data: which sentence commits and has no reviewed
 * entry, which ids do not resolve, the CSV download, and the lookups the pages
 * and the reading marks need. Pure functions over plain data.
 */

export interface SentenceText {
  id: string;
  zh: string;
  en: string;
}

/** Sentences the rule reads as committing that have no reviewed entry. */
export function unreviewedCommitments(
  sentences: readonly { id: string; zh: string }[],
  reviewed: readonly { sentence: string }[],
): { id: string; reading: RuleReading }[] {
  const have = new Set(reviewed.map((c) => c.sentence));
  return [...readStatement(sentences)].filter(([id]) => !have.has(id)).map(([id, reading]) => ({ id, reading }));
}

/** Ids in `ids` that are not among `known`, for loud errors. */
export function unknownIds(ids: readonly string[], known: ReadonlySet<string>): string[] {
  return ids.filter((id) => !known.has(id));
}

const csvCell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export interface CommitmentRow {
  sentence: string;
  actor: string;
  modality: string;
  topic: string;
  kind: string;
  status: string;
  followUp: { date: string; source: { url: string } }[];
}

/** The commitments as CSV (RFC 4180): one row per commitment, both texts, follow-up dates and sources. */
export function commitmentsCsv(
  asOf: string,
  commitments: readonly CommitmentRow[],
  text: ReadonlyMap<string, SentenceText>,
): string {
  const header = [
    'sentence',
    'paragraph',
    'actor',
    'modality',
    'topic',
    'kind',
    'status',
    'as_of',
    'zh',
    'en',
    'follow_up_dates',
    'sources',
  ];
  const rows = commitments.map((c) => [
    c.sentence,
    paragraphOfSentence(c.sentence),
    c.actor,
    c.modality,
    c.topic,
    c.kind,
    c.status,
    asOf,
    text.get(c.sentence)?.zh ?? '',
    text.get(c.sentence)?.en ?? '',
    c.followUp.map((f) => f.date).join('; '),
    c.followUp.map((f) => f.source.url).join(' '),
  ]);
  return `${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Sorts commitments in the order of the text: preamble, sections, closing; then sentence number. */
export function inTextOrder<T extends { sentence: string }>(items: readonly T[]): T[] {
  const key = (sentence: string) => {
    const paragraph = paragraphOfSentence(sentence);
    const part = partOfParagraph(paragraph).order;
    const n = parseNumberedId(paragraph)?.number ?? 0;
    const s = sentenceNumber(sentence);
    return part * 1e6 + n * 1e3 + s;
  };
  return [...items].sort((a, b) => key(a.sentence) - key(b.sentence));
}

/** Counts by a field, in the order of `keys` (zero counts kept, so a table never hides a category). */
export function countBy<T, K extends string>(
  items: readonly T[],
  keys: readonly K[],
  of: (item: T) => K,
): Record<K, number> {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const item of items) counts[of(item)] += 1;
  return counts;
}

export interface ParagraphMarks {
  /** Committing sentences of the paragraph, in text order. */
  commitments: string[];
  /** Formulations new in 2022 that the paragraph uses. */
  formulations: { key: string; zh: string }[];
}

/** What the reading pages mark, per paragraph: its committing sentences and its new-in-2022 formulations. */
export function marksByParagraph(
  commitments: readonly { sentence: string }[],
  formulations: readonly { key: string; zh: string; paragraphs: readonly string[]; newIn2022: boolean }[],
): Map<string, ParagraphMarks> {
  const marks = new Map<string, ParagraphMarks>();
  const of = (id: string) => {
    let m = marks.get(id);
    if (!m) marks.set(id, (m = { commitments: [], formulations: [] }));
    return m;
  };
  for (const c of inTextOrder(commitments)) of(paragraphOfSentence(c.sentence)).commitments.push(c.sentence);
  for (const f of formulations.filter((f) => f.newIn2022)) {
    for (const id of f.paragraphs) of(id).formulations.push({ key: f.key, zh: f.zh });
  }
  return marks;
}
