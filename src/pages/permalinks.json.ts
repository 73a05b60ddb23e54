import type { APIRoute } from 'astro';
import { permalinks } from '../lib/routes.ts';

/** Every paragraph id → its canonical path and fragment. A public contract: ids are only ever added. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(permalinks(), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
