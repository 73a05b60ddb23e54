import type { Root, RootContent, PhrasingContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { parse as parseYaml, type YAMLParseError } from 'yaml';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { isWellFormedParagraphId, sentenceId } from '../edition/id-format.ts';

/** One signatory of the signature block: title above name. */
export interface Signatory {
  title: string;
  name: string;
}

/** A sentence of a paragraph: `<S id="s2-5.2">`. */
export interface StatementSentence {
  id: string;
  text: string;
  line: number;
}

/** A mention of a register entry: `<Ref to="unga-resolution-2758">…</Ref>`. */
export interface StatementRef {
  key: string;
  text: string;
  /** The sentence it stands in. */
  sentence: string;
  line: number;
}

/** A paragraph of the statement as written in one language's MDX file. */
export interface StatementBlock {
  kind: 'paragraph' | 'signatures';
  id: string;
  /** 1-based line of the opening tag, for error messages. */
  line: number;
  /** Plain text (no markup), as a reader would copy it. */
  text: string;
  /** The paragraph's content exactly as written in the file, markup included (the Chinese must be verbatim as markup too). */
  markup: string;
  /** The paragraph's inline content, rendered later (footnote numbers depend on the whole part). */
  nodes: PhrasingContent[];
  sentences: StatementSentence[];
  refs: StatementRef[];
  signatories: Signatory[];
  /** An imported draft's paragraph whose sentences are all `<S id="…" pending />`: not yet translated. */
  pending?: boolean;
}

/** A problem found in a content file, located and with a fix. */
export interface ContentProblem {
  line: number;
  column: number;
  message: string;
  fix: string;
  /** A translation marked pending by npm run import: refused by a published edition, shown as pending by a draft. */
  pending?: true;
}

/** What the plugin leaves on `file.data.statement`. */
export interface StatementFileData {
  frontmatter: Record<string, unknown> | undefined;
  /** Line of each frontmatter key in the file, so a wrong value is reported where it is written. */
  frontmatterLines: Record<string, number>;
  /** True when the file could not be parsed at all: its other problems would be consequences, not causes. */
  unreadable?: boolean;
  blocks: StatementBlock[];
  problems: ContentProblem[];
}

declare module 'vfile' {
  interface DataMap {
    statement: StatementFileData;
  }
}

type Positioned = { position?: { start: { line: number; column: number } } };

const at = (node: Positioned) => ({
  line: node.position?.start.line ?? 1,
  column: node.position?.start.column ?? 1,
});

const INLINE_ALLOWED = new Set(['text', 'emphasis', 'strong', 'link', 'break']);

/**
 * Reads one statement MDX file: YAML frontmatter, then only `<P id>` paragraphs
 * and, in the closing, one `<Signatures>` block. Everything else would be text
 * the reader never sees, so it is reported (with line, column and a fix)
 * instead of being dropped.
 */
export const remarkStatement: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const data: StatementFileData = { frontmatter: undefined, frontmatterLines: {}, blocks: [], problems: [] };
  file.data.statement = data;
  const problem = (node: Positioned, message: string, fix: string, pending?: true) =>
    data.problems.push({ ...at(node), message, fix, ...(pending ? { pending } : {}) });
  const text = String(file);

  for (const node of tree.children) {
    if (node.type === 'yaml') {
      // The YAML starts on the line after the opening ---.
      const first = (node.position?.start.line ?? 1) + 1;
      data.frontmatter = readFrontmatter(node.value, (message, line) =>
        data.problems.push({
          line: first + line - 1,
          column: 1,
          message,
          fix: 'Write the frontmatter as YAML key: value pairs between --- lines, each key once.',
        }),
      );
      node.value.split('\n').forEach((line, i) => {
        const key = /^([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
        if (key && !(key in data.frontmatterLines)) data.frontmatterLines[key] = first + i;
      });
      continue;
    }
    const element = blockElement(node);
    if (element?.name === 'P') {
      const block = readParagraph(element, text, problem);
      if (block) data.blocks.push(block);
    } else if (element?.name === 'Signatures') {
      const block = readSignatures(element, problem);
      if (block) data.blocks.push(block);
    } else {
      problem(
        node,
        `Content outside a <P> element (${describe(node)}) would not be shown to readers.`,
        'Move the text into the <P id="…"> paragraph it belongs to, or delete it.',
      );
    }
  }
};

/** `report` gets the line within the YAML (1 = the line after ---). */
function readFrontmatter(source: string, report: (message: string, line: number) => void) {
  try {
    const value: unknown = parseYaml(source);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    report('The frontmatter is not a set of key: value pairs.', 1);
  } catch (error) {
    const { message, linePos } = error as YAMLParseError;
    // yaml's own message repeats the position and quotes the line; the location goes in front instead.
    const reason = message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
    report(`The frontmatter is not valid YAML: ${reason}.`, linePos?.[0]?.line ?? 1);
  }
  return undefined;
}

/** A `<P>` either on its own lines (flow) or on one line (text inside a paragraph). */
function blockElement(node: RootContent): MdxJsxFlowElement | MdxJsxTextElement | undefined {
  if (node.type === 'mdxJsxFlowElement') return node;
  if (node.type === 'paragraph' && node.children.length === 1) {
    const only = node.children[0];
    if (only?.type === 'mdxJsxTextElement') return only;
  }
  return undefined;
}

function describe(node: RootContent): string {
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return `<${node.name ?? ''}>`;
  const text = toString(node).trim();
  return text ? `“${text.length > 24 ? `${text.slice(0, 24)}…` : text}”` : node.type;
}

/** `pending`: a translation not yet written, which a draft edition shows as pending instead of refusing. */
type Report = (node: Positioned, message: string, fix: string, pending?: true) => void;

function stringAttribute(element: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined {
  const attribute = element.attributes.find(
    (a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name,
  );
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

function readId(element: MdxJsxFlowElement | MdxJsxTextElement, report: Report): string | undefined {
  const id = stringAttribute(element, 'id');
  if (!id) {
    report(element, `<${element.name}> has no id.`, `Add the paragraph's id, e.g. <${element.name} id="s2-5">.`);
  }
  return id;
}

function readParagraph(
  element: MdxJsxFlowElement | MdxJsxTextElement,
  fileText: string,
  report: Report,
): StatementBlock | undefined {
  const id = readId(element, report);
  if (!id) return undefined;
  const pending = pendingSentences(element);
  if (pending.length) {
    // Reported as pending (a published edition refuses it) and handed on, so a draft can show it as pending.
    report(
      element,
      `Paragraph ${id} is still pending translation (${pending.length} sentence${pending.length === 1 ? '' : 's'} marked pending by npm run import).`,
      `Translate each sentence: replace <S id="${pending[0] ?? ''}" pending /> with <S id="${pending[0] ?? ''}">…</S>.`,
      true,
    );
    return {
      kind: 'paragraph',
      id,
      line: element.position?.start.line ?? 1,
      text: '',
      markup: '',
      nodes: [],
      sentences: pending.map((sentence) => ({ id: sentence, text: '', line: element.position?.start.line ?? 1 })),
      refs: [],
      signatories: [],
      pending: true,
    };
  }
  const inline = paragraphContent(element, id, report);
  if (!inline) return undefined;
  const sentences: StatementSentence[] = [];
  const refs: StatementRef[] = [];
  const hasSentences = inline.some((child) => isElement(child, 'S'));
  for (const child of inline) {
    if (isElement(child, 'S')) {
      readSentence(child as MdxJsxTextElement, id, sentences, refs, report);
    } else if (hasSentences && !(child.type === 'text' && child.value.trim() === '')) {
      report(
        child,
        `Paragraph ${id} has text outside its <S> sentences.`,
        'Put every part of the paragraph inside an <S id="…"> sentence.',
      );
    } else {
      checkInline(child, id, undefined, refs, report);
    }
  }
  const text = inline
    .map((child) => toString(child))
    .join('')
    .trim();
  if (!text) {
    report(element, `Paragraph ${id} is empty.`, `Write the paragraph's text between <P id="${id}"> and </P>.`);
    return undefined;
  }
  const start = inline[0]?.position?.start.offset ?? 0;
  const end = inline.at(-1)?.position?.end.offset ?? start;
  const markup = fileText.slice(start, end).trim();
  return { kind: 'paragraph', id, ...at(element), text, markup, nodes: inline, sentences, refs, signatories: [] };
}

/**
 * The ids of an imported draft's `<S id="…" pending />` sentences, when the
 * paragraph holds nothing else; an empty list for a written paragraph.
 */
function pendingSentences(element: MdxJsxFlowElement | MdxJsxTextElement): string[] {
  const nodes: unknown[] = element.children.flatMap((child) => (child.type === 'paragraph' ? child.children : [child]));
  const ids: string[] = [];
  for (const node of nodes as (RootContent | PhrasingContent)[]) {
    if (node.type === 'text' && node.value.trim() === '') continue;
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== 'S') return [];
    if (!node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'pending')) return [];
    ids.push(stringAttribute(node, 'id') ?? '');
  }
  return ids;
}

function isElement(node: PhrasingContent, name: string): boolean {
  return node.type === 'mdxJsxTextElement' && node.name === name;
}

/** The id the next sentence should have; a malformed paragraph id is reported on its own, so the example stands in. */
function nextSentenceId(paragraph: string, count: number): string {
  return isWellFormedParagraphId(paragraph) ? sentenceId(paragraph, count + 1) : sentenceId('s2-5', count + 1);
}

function readSentence(
  element: MdxJsxTextElement,
  paragraph: string,
  sentences: StatementSentence[],
  refs: StatementRef[],
  report: Report,
): void {
  const id = stringAttribute(element, 'id');
  if (!id) {
    report(
      element,
      `A sentence of ${paragraph} has no id.`,
      `Number it: <S id="${nextSentenceId(paragraph, sentences.length)}">.`,
    );
    return;
  }
  for (const child of element.children) checkInline(child, paragraph, id, refs, report);
  sentences.push({ id, text: toString(element), line: at(element).line });
}
function paragraphContent(
  element: MdxJsxFlowElement | MdxJsxTextElement,
  id: string,
  report: Report,
): PhrasingContent[] | undefined {
  if (element.type === 'mdxJsxTextElement') return element.children;
  const [first, ...rest] = element.children;
  if (rest.length > 0) {
    report(
      rest[0] as Positioned,
      `Paragraph ${id} holds more than one block of text.`,
      'A <P> holds exactly one paragraph: remove the blank line, or split it into paragraphs with their own ids.',
    );
    return undefined;
  }
  if (first?.type !== 'paragraph') {
    report(element, `Paragraph ${id} has no text.`, `Write the text on its own line between <P id="${id}"> and </P>.`);
    return undefined;
  }
  return first.children;
}

function checkInline(
  node: PhrasingContent,
  paragraph: string,
  sentence: string | undefined,
  refs: StatementRef[],
  report: Report,
): void {
  if (isElement(node, 'Ref')) {
    const key = stringAttribute(node as MdxJsxTextElement, 'to');
    if (!key)
      report(
        node,
        `A <Ref> in ${paragraph} names no register entry.`,
        'Write <Ref to="key">…</Ref> with a key from content/instruments/.',
      );
    else refs.push({ key, text: toString(node), sentence: sentence ?? paragraph, line: at(node).line });
  } else if (isElement(node, 'S')) {
    report(
      node,
      `A sentence of ${paragraph} is inside another element.`,
      'Sentences <S> stand directly inside <P>, one after another.',
    );
    return;
  } else if (!INLINE_ALLOWED.has(node.type)) {
    report(
      node,
      `Paragraph ${paragraph} contains ${node.type === 'mdxJsxTextElement' ? `<${node.name ?? ''}>` : node.type}, which the edition does not render.`,
      'Use plain text, <S> sentences, <Ref> mentions, *emphasis*, **strong** or [links](…) inside a paragraph.',
    );
  }
  if ('children' in node) for (const child of node.children) checkInline(child, paragraph, sentence, refs, report);
}

function readSignatures(element: MdxJsxFlowElement | MdxJsxTextElement, report: Report): StatementBlock | undefined {
  const id = readId(element, report);
  if (!id) return undefined;
  const signatories: Signatory[] = [];
  let pending = 0;
  for (const child of element.children) {
    if ((child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') && child.name === 'Signatory') {
      const title = stringAttribute(child, 'title');
      const name = stringAttribute(child, 'name');
      if (child.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'pending')) {
        pending += 1;
        report(
          child,
          'A signatory’s title and name are still pending translation (marked by npm run import).',
          'Replace <Signatory pending /> with <Signatory title="…" name="…" />.',
          true,
        );
      } else if (title && name) signatories.push({ title, name });
      else report(child, '<Signatory> needs both a title and a name.', 'Write <Signatory title="…" name="…" />.');
    } else {
      report(child, `<Signatures> may hold only <Signatory> elements, not ${child.type}.`, 'Remove it.');
    }
  }
  if (pending > 0 && signatories.length === 0) {
    return {
      kind: 'signatures',
      id,
      ...at(element),
      text: '',
      markup: '',
      nodes: [],
      sentences: [],
      refs: [],
      signatories,
      pending: true,
    };
  }
  if (signatories.length === 0) {
    report(element, 'The signature block has no signatories.', 'Add a <Signatory title="…" name="…" /> per signatory.');
    return undefined;
  }
  const text = `${signatories.map((s) => s.title).join(' ')}\n${signatories.map((s) => s.name).join(' ')}`;
  return {
    kind: 'signatures',
    id,
    ...at(element),
    text,
    markup: text,
    nodes: [],
    sentences: [],
    refs: [],
    signatories,
  };
}
