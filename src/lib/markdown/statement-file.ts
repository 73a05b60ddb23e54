import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { remarkStatement, type StatementFileData } from './remark-statement.ts';

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).use(remarkGfm).use(remarkStatement);

/**
 * Parses one statement MDX file with the same remark + MDX + GFM stack Astro
 * uses. A syntax error becomes a located problem like any other, so one bad
 * file never hides the problems in the others.
 */
export function parseStatementFile(text: string): StatementFileData {
  const file = new VFile(text);
  try {
    processor.runSync(processor.parse(file), file);
  } catch (error) {
    const place = error as {
      line?: number;
      column?: number;
      place?: { start?: { line: number; column: number } };
      reason?: string;
      message: string;
    };
    // Some MDX errors (an unclosed tag) carry their position only inside the reason text.
    const quoted = /\((\d+):(\d+)-/.exec(place.reason ?? '');
    const start = place.place?.start ?? (quoted ? { line: Number(quoted[1]), column: Number(quoted[2]) } : undefined);
    return {
      frontmatter: undefined,
      blocks: [],
      problems: [
        {
          line: place.line ?? start?.line ?? 1,
          column: place.column ?? start?.column ?? 1,
          message: `The file is not valid MDX: ${place.reason ?? place.message}`,
          fix: 'Check for an unclosed <P>, a stray < or {, or a tag that is not closed on its own line.',
        },
      ],
    };
  }
  return file.data.statement ?? { frontmatter: undefined, blocks: [], problems: [] };
}
