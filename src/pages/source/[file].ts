import type { APIRoute } from 'astro';
import { authenticSources } from '../../lib/edition/current.ts';

/** The provenance copy of each authentic text (statement.zh.txt, …), served byte for byte so readers can check its SHA-256. */
export function getStaticPaths() {
  return authenticSources().map((source) => ({ params: { file: source.name }, props: { text: source.text } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response((props as { text: string }).text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
