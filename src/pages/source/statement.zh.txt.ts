import type { APIRoute } from 'astro';
import { primarySource } from '../../lib/edition/current.ts';

const source = primarySource().text;

/** The provenance copy, served byte for byte so readers can check its SHA-256. */
export const GET: APIRoute = () => new Response(source, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
