import { z } from 'zod';

/**
 * Field shapes several content files share. Every schema of a content file
 * lives in this folder, once: src/content.config.ts defines the collections
 * with them, and plain Node scripts (check:translation, the search index)
 * read the same files through the same schemas (see ./read.ts).
 */

/** A text that must say something: empty or white space only fails. */
export const nonBlank = () => z.string().refine((s) => s.trim() !== '', 'holds only white space');

/** A text in both languages, neither empty, and nothing else (a third key is refused, not dropped). */
export const bilingual = z.strictObject({
  zh: z.string().min(1).describe('Chinese.'),
  en: z.string().min(1).describe('English.'),
});

/** A date as precise as is known. */
export const isoish = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD')
  .describe('Date as precise as is known: YYYY, YYYY-MM or YYYY-MM-DD.');
