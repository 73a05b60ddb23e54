/**
 * `npm run check:translation`: the English against the authentic Chinese,
 * sentence by sentence — numbers, dates and ordinals carried over, nothing
 * empty, repeated, swapped or left in Chinese, no invisible, look-alike or
 * full-width characters, every glossary term rendered the one way the
 * glossary gives, the signatories in order. The same checks run in the
 * content loader, so `npm run build` and `npm run dev` refuse what this
 * command reports; this is the quick way to run them alone. The renderings
 * the independent review fixed stay fixed (src/lib/reviewed-renderings.ts).
 */
import '../src/lib/edition/load-layout.ts';
import { buildEdition, formatProblems } from '../src/lib/edition.ts';
import { readAuthenticSources, readInstrumentKeys, readStatementFiles } from '../src/lib/statement-loader.ts';
import { currentEdition } from '../src/lib/edition/current.ts';
import { glossaryForms, readGlossary } from '../src/lib/glossary-loader.ts';
import { checkPartFrontmatter } from '../src/lib/schemas/part-frontmatter.ts';

const { dir, texts, primary, manifest } = currentEdition();
// The glossary and the frontmatter through the same schemas the build reads them with.
const read = await readGlossary(dir);
const glossary = glossaryForms(read.terms.map((t) => t.value));
const { edition, problems } = buildEdition({
  files: await readStatementFiles(`${dir}/statement`),
  sources: await readAuthenticSources(dir, texts),
  statementDir: `${dir}/statement/`,
  checkFrontmatter: checkPartFrontmatter,
  instrumentKeys: await readInstrumentKeys(dir),
  glossary,
  base: '/',
  texts,
  status: manifest.status,
});
const pairs = edition.parts.flatMap((part) => part.paragraphs);
const sentences = pairs.reduce((n, pair) => n + (pair.texts[primary.code]?.sentences.length ?? 0), 0);
console.log(
  `Translation check: ${pairs.length} paragraphs, ${sentences} sentence pairs, ${glossary.length} glossary terms.`,
);
problems.push(...read.problems);
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(
  'No problems: every number, date and ordinal reaches the English, every term is rendered as the glossary gives it, and the reviewed renderings hold.',
);
