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

/** /cite/<id>.bib, .ris, .json (paragraphs and sentences) and /cite/statement.* — the files reference managers import. */
export async function getStaticPaths() {
  const { ids } = await citeInput();
  return ['statement', ...ids].flatMap((stem) =>
    (Object.keys(TYPES) as Ext[]).map((ext) => ({ params: { file: `${stem}.${ext}` } })),
  );
}

export const GET: APIRoute = async ({ params, site }) => {
  const [stem = '', ext] = (params.file ?? '').split(/\.(?=[a-z]+$)/) as [string, Ext];
  if (!site) throw new Error('The citation files need a site URL.');
  const { facts, sources } = await citeInput();
  const { exports } = citationsFor(facts, sources, stem === 'statement' ? [] : [stem], site, import.meta.env.BASE_URL, {
    edition: EDITION_DATE,
    accessed: BUILD_DATE,
  });
  const body = { bib: exports.bibtex, ris: exports.ris, json: exports.csl }[ext];
  return new Response(body, { headers: { 'Content-Type': `${TYPES[ext]}; charset=utf-8` } });
};
