import { paragraphLabel } from './ids.ts';
import { partPath } from './routes.ts';
import type { SearchParagraph } from './search.ts';

interface PartLike {
  slug: string;
  order: number;
  zh: { title: string };
  en: { title: string };
  paragraphs: { id: string; zh: { text: string }; en: { text: string } }[];
}

/** Flattens the parts into what the browser searches: one record per paragraph, both languages. */
export function searchParagraphs(parts: readonly PartLike[]): SearchParagraph[] {
  return [...parts]
    .sort((a, b) => a.order - b.order)
    .flatMap((part) =>
      part.paragraphs.map((p) => ({
        id: p.id,
        part: part.slug,
        order: part.order,
        label: { zh: paragraphLabel(p.id, 'zh'), en: paragraphLabel(p.id, 'en') },
        partTitle: { zh: part.zh.title, en: part.en.title },
        path: partPath(part.slug),
        zh: p.zh.text.replace(/\n/g, ' '),
        en: p.en.text.replace(/\n/g, ' '),
      })),
    );
}
