import { z } from 'zod';
import { SENTENCE_ID_PATTERN } from '../edition/id-format.ts';

/** A translator's note (an item of content/notes/translation-notes.yaml), tied to the sentence whose English it explains; strict, so no field is dropped unseen. */
export const translationNote = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .describe('Stable slug of the note; its anchor is note-<id>.'),
  sentence: z
    .string()
    .regex(new RegExp(`^${SENTENCE_ID_PATTERN}$`), 'a sentence id such as s2-5.2')
    .describe('The sentence it concerns, e.g. s2-5.2; the build fails if the text has no such sentence.'),
  en: z.string().min(1).describe('The note in English.'),
  zh: z.string().min(1).describe('The note in Chinese.'),
});

export type TranslationNote = z.infer<typeof translationNote>;

/** content/notes/translation-notes.yaml: the notes, in the order the notes pages list them. */
export const translationNotesFile = z.array(translationNote).describe('The translator’s notes, one per item.');
