import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from '@astrojs/compiler';
import type { Node } from '@astrojs/compiler/types';
import { describe, expect, it } from 'vitest';

/**
 * Reader-visible text written straight into a template escapes the dictionaries: it is in one language on
 * every page. This walks every .astro template's markup (not its code: the frontmatter, `{…}` expressions,
 * scripts and styles) and every attribute a reader or screen reader gets, and reports words in Latin or
 * Chinese script.
 */
const ALLOWED: Record<string, string> = {
  // File names and checksum algorithms are the same in every language: they name files, not say things.
  'statement.zh.txt': 'a file name',
  'source/statement.zh.txt': 'a file name',
  'permalinks.json': 'a file name',
  '— SHA-256': 'the name of the checksum, the same in every language',
  // Format names on the download links, the same in every language.
  CSV: 'a file format',
  JSON: 'a file format',
  'JSON Schema': 'a file format',
};
const READER_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'alt', 'placeholder', 'label']);
const WORD = /[\p{Script=Latin}]{2}|\p{Script=Han}/u;

function templates(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.astro'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

async function hardCodedText(file: string): Promise<string[]> {
  const { ast } = await parse(readFileSync(file, 'utf8'), { position: true });
  const found: string[] = [];
  const at = (node: Node) => `${file}:${node.position?.start.line ?? 0}`;
  const walk = (node: Node, inCode: boolean) => {
    if (node.type === 'element' && ['script', 'style', 'code'].includes(node.name)) return;
    if (node.type === 'text' && !inCode && WORD.test(node.value) && !(node.value.trim() in ALLOWED)) {
      found.push(`${at(node)} ${JSON.stringify(node.value.trim())}`);
    }
    if ((node.type === 'element' || node.type === 'component') && 'attributes' in node) {
      for (const attribute of node.attributes) {
        if (attribute.kind === 'quoted' && READER_ATTRIBUTES.has(attribute.name) && WORD.test(attribute.value)) {
          found.push(`${at(node)} ${attribute.name}=${JSON.stringify(attribute.value)}`);
        }
      }
    }
    if ('children' in node) {
      // Text right inside an expression is code; markup inside it (`{x && <p>…</p>}`) is template again.
      const childInCode =
        node.type === 'expression' ? true : ['element', 'component', 'fragment'].includes(node.type) ? false : inCode;
      for (const child of node.children) walk(child, childInCode);
    }
  };
  walk(ast, false);
  return found;
}

describe('UI text lives in the dictionaries', () => {
  it('no template in src/components, src/layouts or src/pages writes reader-visible words itself', async () => {
    const files = ['src/components', 'src/layouts', 'src/pages'].flatMap(templates);
    expect(files.length).toBeGreaterThan(20);
    const found = (await Promise.all(files.map(hardCodedText))).flat();
    expect(found).toEqual([]);
  });

  it('catches a word in markup and in an aria-label, and leaves code alone', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'ui-text-')), 'Bad.astro');
    writeFileSync(
      file,
      [
        '---',
        "const x = 'Not markup';",
        '---',
        '<p>Read more</p>',
        '<nav aria-label="界面语言">{x ? "code" : <span>Hello</span>}</nav>',
        '<script>const y = "Ignored";</script>',
      ].join('\n'),
    );
    expect(await hardCodedText(file)).toEqual([
      `${file}:4 "Read more"`,
      `${file}:5 aria-label="界面语言"`,
      `${file}:5 "Hello"`,
    ]);
  });
});
