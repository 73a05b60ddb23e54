import { createHighlighter, type Highlighter } from 'shiki';
import { transformerStyleToClass } from '@shikijs/transformers';

/**
 * Shiki colours code with inline `style` attributes, which a strict
 * Content-Security-Policy blocks. This highlighter turns each style into a
 * class and collects the classes' CSS, which the site serves as a file.
 */
const LANGS = ['json', 'bibtex', 'txt'] as const;
export type CodeLang = (typeof LANGS)[number];

let highlighter: Promise<Highlighter> | undefined;
const toClass = transformerStyleToClass({ classPrefix: 'sk-' });

export async function highlight(code: string, lang: CodeLang): Promise<string> {
  highlighter ??= createHighlighter({ themes: ['github-light', 'github-dark'], langs: [...LANGS] });
  return (await highlighter).codeToHtml(code, {
    lang,
    themes: { light: 'github-light', dark: 'github-dark' },
    defaultColor: false,
    transformers: [toClass],
  });
}

/** The CSS of every class the highlighter has produced so far. */
export function highlightCss(): string {
  return toClass.getCSS();
}
