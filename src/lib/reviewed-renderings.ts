/**
 * Renderings fixed by the independent review (docs/translation.md, “Second
 * review”): wherever the Chinese of a sentence has `zh`, its English must
 * contain `required` (matched exactly, capitals included) and none of
 * `retired`. A rule is keyed by the Chinese, not by a sentence id, so it
 * also holds if the same words turn up elsewhere.
 */
export interface ReviewedRendering {
  zh: string;
  required: string;
  /** Earlier renderings the review replaced; each must not come back. */
  retired: readonly (string | RegExp)[];
  /** Why, in one line (the full reason is in docs/translation.md). */
  reason: string;
}

export const REVIEWED_RENDERINGS: readonly ReviewedRendering[] = [
  {
    zh: '“中国西部—欧洲西部”国际运输走廊',
    required: 'Western Europe–Western China international transit corridor',
    retired: [/Western China[-–]Western Europe/i, /transport corridor/],
    reason: 'the corridor’s established name (IV.13)',
  },
  {
    zh: '国际生物安全机构',
    required: 'International Agency for Biological Safety (IABS)',
    // Lower case means the generic reading the review rejected.
    retired: ['international agency for biological safety'],
    reason: 'a named proposal of President Tokayev (III.8)',
  },
  {
    zh: '源远流长',
    required: 'have a long history',
    retired: ['go back a long way'],
    reason: 'register of the statement (V.1)',
  },
  {
    zh: '“中国+中亚五国”',
    required: 'China+Central Asia (C+C5)',
    retired: [/China\+Central Asia”/],
    reason: 'the name must carry the five states, 五国 (III.3)',
  },
  {
    zh: '新的、公正的哈萨克斯坦',
    required: 'a New and Just Kazakhstan',
    retired: ['a new and just Kazakhstan'],
    reason: 'the name of the reform programme (II.3)',
  },
  {
    zh: '经常性',
    required: 'regularly',
    retired: ['frequently'],
    reason: '经常性 is the Foreign Ministry’s “regular(ly)” (II.9)',
  },
];

interface SentencePair {
  id: string;
  zh: string;
  en: string;
}

const contains = (text: string, form: string | RegExp) =>
  typeof form === 'string' ? text.includes(form) : form.test(text);

/** One line per sentence whose English lacks a reviewed rendering or brings back a retired one. */
export function reviewedRenderingProblems(
  sentences: readonly SentencePair[],
  rules: readonly ReviewedRendering[] = REVIEWED_RENDERINGS,
): string[] {
  const problems: string[] = [];
  for (const rule of rules) {
    for (const s of sentences.filter((x) => x.zh.includes(rule.zh))) {
      if (!s.en.includes(rule.required))
        problems.push(
          `${s.id}: the Chinese has “${rule.zh}”; the English must say “${rule.required}” (${rule.reason}).`,
        );
      for (const old of rule.retired.filter((form) => contains(s.en, form)))
        problems.push(
          `${s.id}: “${typeof old === 'string' ? old : old.source}” was replaced after review by “${rule.required}” (${rule.reason}).`,
        );
    }
  }
  return problems;
}
