import type { APIRoute } from 'astro';
import { commitmentsJsonSchema } from './_analysis.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(commitmentsJsonSchema(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });
