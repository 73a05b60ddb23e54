import { PARTS } from './ids.ts';

/** Part slug → previous and next part slugs, for the reading pages' navigation. */
export function neighbours(slug: string): { previous?: string; next?: string } {
  const index = PARTS.findIndex((part) => part.slug === slug);
  if (index < 0) throw new Error(`Unknown part "${slug}".`);
  return { previous: PARTS[index - 1]?.slug, next: PARTS[index + 1]?.slug };
}

/** What a part heading needs: its printed title and the edition's subject line, in one language. */
export interface PartTitle {
  title: string;
  subject: string;
}

/**
 * A part's heading as a reader expects it: "II. Political relations and
 * mutual trust", "二、政治关系与互信" — the numeral the text prints with the
 * subject the edition gives it; the preamble and the closing, which have no
 * numeral, with a colon.
 */
export function partHeading(slug: string, lang: 'zh' | 'en', { title, subject }: PartTitle): string {
  const numbered = PARTS.find((part) => part.slug === slug)?.slug.startsWith('section-') ?? false;
  if (lang === 'zh') return `${title}${numbered ? '、' : '：'}${subject}`;
  return `${title}${numbered ? '.' : ':'} ${subject}`;
}
