import type { APIRoute } from 'astro';
import { BUILD_DATE, EDITION_DATE } from '../../lib/edition-facts.ts';
import { citationsFor } from '../../lib/citations-for.ts';
import { citeInput } from './_targets.ts';

const TYPES = {
  bib: 'application/x-bibtex',
  ris: 'application/x-research-info-systems',
  json: 'application/vnd.citationstyles.csl+json',
} as const;
type Ext = keyof typeof TYPES;

/**
 * /cite/<id>.bib, .ris, .json (paragraphs and sentences) and /cite/statement.* — the files reference managers import;
 * and /cite/<id>.<code>.* for a text cited on its own (a Russian translation), where it is written.
 */
export async function getStaticPaths() {
  const { ids, ownFiles, writtenIn } = await citeInput();
  const stems = ['statement', ...ids].flatMap((stem) => [
    { stem, text: undefined },
    ...ownFiles
      .filter((code) => writtenIn(stem === 'statement' ? undefined : stem).includes(code))
      .map((code) => ({ stem, text: code })),
  ]);
  return stems.flatMap(({ stem, text }) =>
    (Object.keys(TYPES) as Ext[]).map((ext) => ({
      params: { file: `${stem}${text ? `.${text}` : ''}.${ext}` },
      props: { stem, text, ext },
    })),
  );
}

export const GET: APIRoute = async ({ props, site }) => {
  const { stem, text, ext } = props as { stem: string; text: string | undefined; ext: Ext };
  if (!site) throw new Error('The citation files need a site URL.');
  const { facts, sources, writtenIn } = await citeInput();
  const ids = stem === 'statement' ? [] : [stem];
  const cited = citationsFor(
    facts,
    sources,
    ids,
    site,
    import.meta.env.BASE_URL,
    { edition: EDITION_DATE, accessed: BUILD_DATE },
    { written: writtenIn(ids[0]) },
  );
  const exports = text ? cited.others.find((other) => other.text.code === text)?.exports : cited.exports;
  if (!exports) throw new Error(`No citation of the text “${text ?? ''}” for ${stem}.`);
  const body = { bib: exports.bibtex, ris: exports.ris, json: exports.csl }[ext];
  return new Response(body, { headers: { 'Content-Type': `${TYPES[ext]}; charset=utf-8` } });
};
