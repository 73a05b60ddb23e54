import { paragraphOfSentence, sentenceNumber } from './edition/id-format.ts';
import { paragraphLabel, type Lang } from './ids.ts';
import type { TranslationNote } from './schemas/notes.ts';

/** A translator's note, typed by its schema (src/lib/schemas/notes.ts). */
export type TranslatorNote = TranslationNote;

/** `s2-5.2` → `II.5.2` / `二.5.2`: the citable label of a sentence. */
export function sentenceLabel(sentenceId: string, lang: Lang): string {
  return `${paragraphLabel(paragraphOfSentence(sentenceId), lang)}.${sentenceNumber(sentenceId)}`;
}

/**
 * Groups notes by paragraph, and refuses a note tied to a sentence the text
 * does not have: a note must never float free of what it explains.
 */
export function notesByParagraph(
  notes: readonly TranslatorNote[],
  sentenceIds: ReadonlySet<string>,
): Map<string, TranslatorNote[]> {
  const unknown = notes.filter((n) => !sentenceIds.has(n.sentence));
  if (unknown.length) {
    throw new Error(
      `content/notes/translation-notes.yaml: ${unknown.map((n) => `note “${n.id}” names sentence “${n.sentence}”, which the statement does not have`).join('; ')}.\n  Fix: use a sentence id written in the statement files, e.g. s2-5.2.`,
    );
  }
  const map = new Map<string, TranslatorNote[]>();
  for (const note of notes) {
    const paragraph = paragraphOfSentence(note.sentence);
    map.set(paragraph, [...(map.get(paragraph) ?? []), note]);
  }
  return map;
}
