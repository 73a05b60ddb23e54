import { PARTS } from './ids.ts';

/** Part slug → previous and next part slugs, for the reading pages' navigation. */
export function neighbours(slug: string): { previous?: string; next?: string } {
  const index = PARTS.findIndex((part) => part.slug === slug);
  if (index < 0) throw new Error(`Unknown part "${slug}".`);
  return { previous: PARTS[index - 1]?.slug, next: PARTS[index + 1]?.slug };
}
