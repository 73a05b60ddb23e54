/**
 * The first, mechanical reading of the Chinese text: does a sentence commit
 * somebody to something, who, and how firmly? The reviewed file
 * (content/analysis/commitments.yaml) is the source of truth; this rule only
 * proposes, and a test fails when a sentence it flags has no reviewed entry.
 */

/** How firmly a sentence commits, each with the Chinese verbs that signal it. */
export const MODALITIES = {
  will: { zh: ['将'], en: 'will', zhLabel: '将' },
  agree: { zh: ['同意', '商定', '达成共识'], en: 'agree', zhLabel: '同意／商定' },
  committed: { zh: ['致力于'], en: 'are committed to', zhLabel: '致力于' },
  ready: { zh: ['愿'], en: 'are ready to', zhLabel: '愿' },
  reaffirm: { zh: ['重申', '恪守'], en: 'reaffirm', zhLabel: '重申／恪守' },
  support: { zh: ['支持', '赞成'], en: 'support', zhLabel: '支持／赞成' },
  welcome: { zh: ['欢迎'], en: 'welcome', zhLabel: '欢迎' },
  advocate: { zh: ['主张'], en: 'advocate', zhLabel: '主张' },
  'call-for': { zh: ['呼吁'], en: 'call for', zhLabel: '呼吁' },
  oppose: { zh: ['反对', '谴责'], en: 'oppose', zhLabel: '反对／谴责' },
} as const;
export type Modality = keyof typeof MODALITIES;
export const MODALITY_KEYS = Object.keys(MODALITIES) as Modality[];

/** Who commits, with the words the text uses for each. */
export const ACTORS = {
  'heads-of-state': ['两国元首'],
  both: ['中华人民共和国和哈萨克斯坦共和国', '中国和哈萨克斯坦', '双方', '中哈'],
  china: ['中方'],
  kazakhstan: ['哈方', '哈萨克斯坦'],
} as const;
export type Actor = keyof typeof ACTORS;
export const ACTOR_KEYS = Object.keys(ACTORS) as Actor[];

export interface RuleReading {
  actor: Actor;
  modality: Modality;
  /** The verb that triggered the reading, as it stands in the text. */
  marker: string;
}

/** Titles in 《》 name documents (and contain country names): never read them as actors or verbs. */
const withoutTitles = (zh: string) => zh.replace(/《[^》]*》/g, '《》');

const ACTOR_PATTERN = new RegExp(
  Object.values(ACTORS)
    .flat()
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'u',
);

/** The first actor the sentence names (titles excluded), or undefined. */
export function actorOf(zh: string): Actor | undefined {
  const match = ACTOR_PATTERN.exec(withoutTitles(zh));
  if (!match) return undefined;
  return ACTOR_KEYS.find((actor) => (ACTORS[actor] as readonly string[]).includes(match[0]));
}

// 将 commits only right after an actor (and a few adverbs) or as 并将; elsewhere it is
// 把 (将合作水平提升), a date (将于), or a belief about the future (哈方坚信中国将…).
const WILL = new RegExp(`(?:(?:${ACTOR_PATTERN.source})(?:(?!相信|坚信|认为|指出)[^，。；“”]){0,6}?|并)将(?!于)`, 'u');

const MARKERS: { modality: Modality; pattern: RegExp }[] = [
  { modality: 'will', pattern: WILL },
  ...MODALITY_KEYS.filter((m) => m !== 'will').map((modality) => ({
    modality,
    // 愿景 is a vision, not a readiness; 相互（坚定）支持 describes the relationship.
    pattern: new RegExp(
      MODALITIES[modality].zh
        .map((verb) => (verb === '愿' ? '愿(?!景)' : verb === '支持' ? '(?<!相互|相互坚定)支持' : verb))
        .join('|'),
      'u',
    ),
  })),
];

/**
 * Reads one Chinese sentence. The modality is the earliest marker in the
 * sentence; the actor the first one it names, else `inherited` (the subject
 * of the sentence before, which Chinese often leaves out).
 */
export function readSentence(zh: string, inherited?: Actor): RuleReading | undefined {
  const text = withoutTitles(zh);
  let best: { modality: Modality; index: number; marker: string } | undefined;
  for (const { modality, pattern } of MARKERS) {
    const match = pattern.exec(text);
    if (match && (!best || match.index < best.index)) {
      const marker = modality === 'will' ? '将' : match[0];
      best = { modality, index: match.index, marker };
    }
  }
  if (!best) return undefined;
  const actor = actorOf(zh) ?? inherited;
  return actor ? { actor, modality: best.modality, marker: best.marker } : undefined;
}

/**
 * Reads every sentence of the text in order; a sentence without a named actor
 * takes the actor of the last sentence that named one (the preamble's subject is
 * “the two sides”, named in its first sentence).
 */
export function readStatement(sentences: readonly { id: string; zh: string }[]): Map<string, RuleReading> {
  const readings = new Map<string, RuleReading>();
  let current: Actor | undefined;
  for (const { id, zh } of sentences) {
    const reading = readSentence(zh, current);
    current = actorOf(zh) ?? current;
    if (reading) readings.set(id, reading);
  }
  return readings;
}
