/**
 * `npm run check:translation` (part of `npm test`): the English against the
 * authentic Chinese, sentence by sentence — numbers, dates and ordinals
 * carried over, nothing empty, repeated or left in Chinese — and every
 * glossary term rendered the one way the glossary gives; the renderings the
 * independent review fixed stay fixed (src/lib/reviewed-renderings.ts).
 */
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { readdir } from 'node:fs/promises';
import { buildEdition, formatProblems, type PartFrontmatter } from '../src/lib/edition.ts';
import { readGlossaryForms, readInstrumentKeys, readStatementFiles } from '../src/lib/statement-loader.ts';
import { checkSentencePairs } from '../src/lib/consistency.ts';
import { inconsistentRenderings, type GlossaryTermLike } from '../src/lib/glossary.ts';
import { reviewedRenderingProblems } from '../src/lib/reviewed-renderings.ts';

const { edition, problems } = buildEdition({
  files: await readStatementFiles('content/statement'),
  source: await readFile('content/source/statement.zh.txt', 'utf8'),
  statementDir: 'content/statement/',
  sourcePath: 'content/source/statement.zh.txt',
  // The build validates frontmatter against the schema; this check reads the text only.
  checkFrontmatter: (data) => ({ ok: true, value: data as PartFrontmatter }),
  instrumentKeys: await readInstrumentKeys('content'),
  glossary: await readGlossaryForms('content'),
  base: '/',
});
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}

const pairs = edition.parts.flatMap((part) => part.paragraphs);
const sentences = pairs.flatMap((pair) =>
  pair.zh.sentences.map((s, i) => ({ id: s.id, zh: s.text, en: pair.en.sentences[i]?.text ?? '' })),
);
const terms: GlossaryTermLike[] = [];
for (const name of (await readdir('content/glossary')).filter((n) => n.endsWith('.yaml')).sort()) {
  terms.push(parseYaml(await readFile(`content/glossary/${name}`, 'utf8')) as GlossaryTermLike);
}

const report = [
  ...checkSentencePairs(sentences).map((p) => `numbers and completeness  ${p}`),
  ...inconsistentRenderings(terms, pairs).map((p) => `glossary                  ${p}`),
  ...reviewedRenderingProblems(sentences).map((p) => `review                    ${p}`),
];
console.log(
  `Translation check: ${pairs.length} paragraphs, ${sentences.length} sentence pairs, ${terms.length} glossary terms.`,
);
if (report.length) {
  console.error(
    `\n${report.length} problem${report.length === 1 ? '' : 's'} (content/statement/en/ or content/glossary/):\n${report.map((r) => `  ${r}`).join('\n')}`,
  );
  process.exit(1);
}
console.log(
  'No problems: every number, date and ordinal reaches the English, every term is rendered as the glossary gives it, and the reviewed renderings hold.',
);
