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
      frontmatterLines: {},
      unreadable: true,
      blocks: [],
      problems: [
        {
          line: place.line ?? start?.line ?? 1,
          column: place.column ?? start?.column ?? 1,
          message: `The file is not valid MDX: ${place.reason ?? place.message}`,
          fix: syntaxFix(place.reason ?? place.message),
        },
      ],
    };
  }
  return file.data.statement ?? { frontmatter: undefined, frontmatterLines: {}, blocks: [], problems: [] };
}

/** What to do about an MDX syntax error, by what the parser says (it says where, but not how to repair it). */
export function syntaxFix(reason: string): string {
  const closing = /Expected a closing tag for `<(\w+)>`/.exec(reason)?.[1];
  if (closing) return `Close <${closing}> with </${closing}> before the paragraph or the enclosing element ends.`;
  const unexpected = /Unexpected closing tag `<\/(\w+)>`, expected corresponding closing tag for `<(\w+)>`/.exec(
    reason,
  );
  if (unexpected)
    return `Close <${unexpected[2]}> with </${unexpected[2]}> before </${unexpected[1]}>: elements close in the reverse order they open.`;
  if (/attribute (name|value)|after attribute/.test(reason))
    return 'Close the tag with > and write its attributes as name="value", e.g. <S id="s2-5.2">.';
  if (/Could not parse expression|Unexpected end of file in expression|expression/i.test(reason))
    return 'A { starts a JavaScript expression in MDX: write \\{ for a literal brace, or remove it.';
  if (/before name|U\+003C/.test(reason))
    return 'A < starts a tag in MDX: write \\< or &lt; for a literal <, or complete the tag.';
  return 'Repair the MDX at this line: every <P>, <S> and <Ref> opens with <Name attribute="value"> and closes with </Name>.';
}
