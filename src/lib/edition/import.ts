import { restoreFullWidth } from '../full-width.ts';
import { sentenceId } from './id-format.ts';
import { romanNumeral } from './numerals.ts';
import { readManifest, type EditionManifest, type EditionManifestInput } from './manifest.ts';
import { deriveStructure, type DerivedPart, type DerivedStructure } from './structure.ts';

/**
 * Turns a plain-text source into an edition folder with the layout of
 * `content/`: the source copy and its sha256, one MDX file per part per
 * text, and the manifest with the layout it was read with. Pure: it returns
 * the files (path → content) and the caller writes them.
 *
 * The authentic text gets `<P id>` paragraphs divided into `<S id>`
 * sentences at 。！？. Each translation gets the same paragraphs and sentence
 * ids, every sentence an empty `<S id="…" pending />`, and `status: draft`
 * in its frontmatter (the manifest says `"status": "draft"` for the edition): a translation is never guessed, and the published
 * edition's loader rejects an empty paragraph, so a draft cannot be
 * published by accident.
 */

export interface ImportedEdition {
  /** Path inside the edition folder → file content. */
  files: Map<string, string>;
  manifest: EditionManifest;
  structure: DerivedStructure;
  /** How many sentences each translation still has to translate. */
  pendingSentences: number;
}

// A sentence ends at a full stop, exclamation or question mark, with any closing quotes or brackets after it.
const SENTENCE = /[^。！？]+(?:[。！？]+[”’」』）)】》]*|$)/gu;

/** Divides a Chinese paragraph into sentences at 。！？ (a closing quote stays with its sentence). */
export function splitSentences(text: string): string[] {
  return (text.match(SENTENCE) ?? []).filter((s) => s.trim() !== '');
}

// Characters Markdown or MDX would read as markup; escaped so the text arrives as written.
const MARKUP = /[\\`*_{}[\]<>&~|#]/g;

/** Text as MDX text: a backslash before every character MDX would read as markup. */
export function mdxText(text: string): string {
  return text.replace(MARKUP, (c) => `\\${c}`);
}

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const yamlValue = (value: string | number) =>
  typeof value === 'number' || /^[\p{L}\p{N}][\p{L}\p{N} .-]*$/u.test(value) ? String(value) : JSON.stringify(value);

function frontmatter(fields: Record<string, string | number>): string {
  const lines = Object.entries(fields).map(([key, value]) => `${key}: ${yamlValue(value)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

function partTitle(part: DerivedPart, manifest: EditionManifest, code: string, authentic: boolean): string {
  if (part.heading) return authentic ? restoreFullWidth(part.heading.text) : romanNumeral(part.order);
  const titles = part.kind === 'preamble' ? manifest.preamble.title : manifest.closing.title;
  const title = titles[code];
  if (!title) {
    throw new Error(
      `The manifest gives no title for the ${part.kind} in text “${code}”. Fix: add "${code}": "…" to ${part.kind}.title.`,
    );
  }
  return title;
}

function partFile(part: DerivedPart, structure: DerivedStructure, manifest: EditionManifest, text: Text): string {
  const authentic = text.role === 'authentic';
  const head = frontmatter({
    part: part.slug,
    order: part.order,
    lang: text.lang,
    title: partTitle(part, manifest, text.code, authentic),
    ...(authentic ? {} : { status: 'draft' }),
  });
  const blocks = part.paragraphs.map((paragraph) => {
    if (paragraph.kind === 'signatures') {
      const signatories = structure.signatories.map((s) =>
        authentic
          ? `  <Signatory title="${attribute(restoreFullWidth(s.title))}" name="${attribute(restoreFullWidth(s.name))}" />`
          : '  <Signatory pending />',
      );
      return `<Signatures id="${paragraph.id}">\n${signatories.join('\n')}\n</Signatures>`;
    }
    const sentences = splitSentences(restoreFullWidth(paragraph.lines[0]?.text ?? '')).map((sentence, i) => {
      const id = sentenceId(paragraph.id, i + 1);
      return authentic ? `<S id="${id}">${mdxText(sentence)}</S>` : `<S id="${id}" pending />`;
    });
    return `<P id="${paragraph.id}">\n${sentences.join(authentic ? '' : ' ')}\n</P>`;
  });
  return `${head}\n${blocks.join('\n\n')}\n`;
}

type Text = EditionManifest['texts'][number];

/**
 * @param source the source text (UTF-8 decoded)
 * @param sha256 the hex digest of the source file's bytes
 * @param manifestInput what the editor says about the layout; `{}` infers it
 */
export function importEdition(
  source: string,
  sha256: string,
  manifestInput: EditionManifestInput = {},
): ImportedEdition {
  const given = readManifest(manifestInput);
  const structure = deriveStructure(source, given);
  const authentic = given.texts.find((t) => t.role === 'authentic' && t.source);
  if (!authentic?.source) {
    throw new Error(
      'The manifest names no authentic text with a source. Fix: give one text "role": "authentic" and "source".',
    );
  }
  const manifest: EditionManifest = {
    ...given,
    status: 'draft',
    closing: {
      ...given.closing,
      lines: structure.layout.closingLines,
      signatureLines: structure.layout.signatureLines,
      dateline: structure.layout.dateline,
    },
  };

  const files = new Map<string, string>();
  files.set(authentic.source, source);
  const sourceName = authentic.source.slice(authentic.source.lastIndexOf('/') + 1);
  files.set(`${authentic.source}.sha256`, `${sha256}  ${sourceName}\n`);
  let pendingSentences = 0;
  for (const text of manifest.texts) {
    for (const part of structure.parts) {
      const file = partFile(part, structure, manifest, text);
      if (text.role === 'translation') pendingSentences += (file.match(/ pending \/>/g) ?? []).length;
      files.set(`statement/${text.code}/${part.slug}.mdx`, file);
    }
  }
  const written = {
    $comment:
      'Written by npm run import. The layout the source was read with (src/lib/edition/manifest.ts documents every field); status: draft until every translation is complete.',
    ...manifest,
  };
  files.set('edition.manifest.json', `${JSON.stringify(written, null, 2)}\n`);
  files.set('source/edition.json', `${JSON.stringify(editionFacts(structure), null, 2)}\n`);
  return { files, manifest, structure, pendingSentences };
}

const PENDING = { zh: '（待补）', en: '(pending)' };

/**
 * The facts about the statement the pages print (title, date and place of signature, parties), as far as the
 * text states them: the date and place from a closing formula “本声明于2026年3月1日在示例城签署”, the parties
 * from an opening “甲国和乙国(以下称…)”. Everything the text does not say is marked pending, never guessed:
 * the title (a source line does not hold it), the English of each name, the publication and the licence.
 */
export function editionFacts(structure: DerivedStructure) {
  const closing = structure.parts.at(-1)?.paragraphs[0]?.lines[0]?.text ?? '';
  const signing = /于(\d{4})年(\d{1,2})月(\d{1,2})日在([^,，签]+?)签/.exec(closing);
  const opening = structure.parts[0]?.paragraphs[0]?.lines[0]?.text ?? '';
  const parties = /^(.+?)和(.+?)[(（]/.exec(opening);
  const pad = (n: string | undefined) => (n ?? '').padStart(2, '0');
  // “每份用甲文和乙文写成” names the languages of the texts.
  const languages = /用(.+?)写成/.exec(closing)?.[1];
  return {
    statement: {
      title: PENDING,
      titleSources: [],
      // No date in the text: null, which the build refuses until an editor writes the date.
      signed: signing ? `${signing[1]}-${pad(signing[2])}-${pad(signing[3])}` : null,
      place: { zh: restoreFullWidth(signing?.[4] ?? PENDING.zh), en: PENDING.en, note: { zh: '', en: '' } },
      parties: parties
        ? [
            { zh: parties[1], en: PENDING.en },
            { zh: parties[2], en: PENDING.en },
          ]
        : [PENDING, PENDING],
      authenticLanguages: languages ? { zh: restoreFullWidth(languages), en: PENDING.en } : PENDING,
      publication: [],
      authenticSources: [],
      licence: PENDING,
    },
  };
}
