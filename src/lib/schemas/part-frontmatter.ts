import { z } from 'zod';
import { PARTS } from '../ids.ts';
import { TEXTS } from '../edition/texts.ts';
import { currentEdition } from '../edition/current.ts';
import { nonBlank } from './fields.ts';

const draft = currentEdition().manifest.status === 'draft';

/** Frontmatter of every file in content/statement/<text>/ (zh, en, …: the texts of edition.manifest.json). */
export const partFrontmatter = z.object({
  part: z
    .enum(PARTS.map((p) => p.slug) as [string, ...string[]])
    .describe('Which part of the statement the file holds; equals the file name without .mdx.'),
  order: z
    .number()
    .int()
    .min(0)
    .max(PARTS.length - 1)
    .describe('Position of the part: 0 preamble, 1… the sections 一…, the last the closing.'),
  lang: z
    .enum(TEXTS.map((t) => t.lang) as [string, ...string[]])
    .describe('Language of the text, as its registry entry gives it: zh-Hans in zh/, en in en/.'),
  status: z.literal('draft').optional().describe('Written by npm run import: a draft translation.'),
  title: nonBlank().describe(
    'The part’s heading in this language: the section numeral as printed (一 / I), or the editor’s name for the preamble and closing.',
  ),
  // A draft (an imported statement) may not have its subjects yet; a published edition needs every one.
  subject: (draft ? nonBlank().optional() : nonBlank()).describe(
    'The editor’s short description of what the part is about; shown as editorial, never as statement text.',
  ),
});

export type PartFrontmatterData = z.infer<typeof partFrontmatter>;

/** The frontmatter check the statement loader runs on each file (the build and check:translation alike). */
export function checkPartFrontmatter(
  data: unknown,
): { ok: true; value: PartFrontmatterData } | { ok: false; issues: string[] } {
  const result = partFrontmatter.safeParse(data);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: result.error.issues.map((i) => `${i.path.join('.') || 'frontmatter'}: ${i.message}`) };
}
