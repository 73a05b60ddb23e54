import type { APIRoute } from 'astro';
import { topicsJsonSchema } from './_analysis.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(topicsJsonSchema(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });
