import { LAYOUT } from './edition/layout.ts';
import { createHash } from 'node:crypto';
import { LineCounter, isPair, isScalar, parseDocument, visit } from 'yaml';
import type { LocatedProblem, Part } from './edition.ts';
import { parseSentenceId } from './edition/id-format.ts';
import { readNotesText } from './notes-loader.ts';

/**
 * Checks of the content files around the statement text — the register,
 * the glossary, the translator's notes, the facts in edition.json, the
 * prose pages — and of the published sentence ids. Each problem names the
 * file, the line, what is wrong and how to fix it, like the statement's own.
 */

type Problem = LocatedProblem;

/* ---------- Addresses ---------- */

/** Browsers ignore tabs and line breaks inside a scheme and decode character references in a Markdown link. */
function normaliseAddress(address: string): string {
  return address
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&colon;/gi, ':')
    .replace(/&(tab|newline);/gi, '')
    .replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2060\ufeff]/g, '');
}

/**
 * Why an address may not be used, or undefined if it may. Absolute
 * addresses (`url:` fields) must be http(s); links in prose may also be
 * relative to the site (`/data/`, `../glossary/`, `#id`), never another scheme
 * or a protocol-relative `//host`.
 */
export function addressProblem(address: string, absolute: boolean): string | undefined {
  // As written, and as Markdown reads it once its backslash escapes are undone.
  const forms = [address, address.replace(/\\([!-/:-@[-`{-~])/g, '$1')].map(normaliseAddress);
  for (const form of forms) {
    const problem = problemOf(form, absolute);
    if (problem) return problem;
  }
  return undefined;
}

function problemOf(clean: string, absolute: boolean): string | undefined {
  if (/^https?:\/\/[^/\\]/i.test(clean)) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(clean)?.[1];
  if (scheme) return `uses the ${scheme.toLowerCase()}: scheme`;
  if (/^[/\\]{2}/.test(clean)) return 'is protocol-relative (//…), so it would load from whatever host it names';
  if (absolute) return 'is not an absolute http(s) address';
  return undefined;
}

const ADDRESS_FIX =
  'Link only to http:// or https:// addresses (or a path within the site); javascript:, data:, vbscript:, file: and //host addresses are never allowed.';

/** Addresses written in Markdown, MDX or HTML inside a text: links, images, definitions, autolinks, href/src attributes. */
export function addressesIn(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/\]\(\s*<([^>]*)>|\]\(\s*([^)\s]+)/g)) found.push(m[1] ?? m[2] ?? '');
  for (const m of text.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?([^\s>]+)/gm)) found.push(m[1] ?? '');
  for (const m of text.matchAll(/<([a-z][a-z0-9+.-]*:[^>\s]*)>/gi)) found.push(m[1] ?? '');
  for (const m of text.matchAll(
    /\b(?:href|src|action|formaction|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/gi,
  ))
    found.push(m[1] ?? m[2] ?? m[3] ?? '');
  // A script scheme is never legitimate, even outside a link.
  for (const m of text.matchAll(/\b(?:java|vb)\s*script\s*:[^\s)"'>]*/gi)) found.push(m[0]);
  return found;
}

/** Address problems in a Markdown/MDX text, one per offending address, at its line. */
export function markdownAddressProblems(file: string, text: string, firstLine = 1): Problem[] {
  const problems: Problem[] = [];
  text.split('\n').forEach((line, i) => {
    for (const address of new Set(addressesIn(line))) {
      const reason = addressProblem(address, false);
      if (reason)
        problems.push({
          file,
          line: firstLine + i,
          column: 1,
          message: `The address “${address}” ${reason}.`,
          fix: ADDRESS_FIX,
        });
    }
  });
  return problems;
}

/* ---------- YAML files ---------- */

interface YamlString {
  keys: string[];
  value: string;
  line: number;
}

function readYaml(text: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const strings: YamlString[] = [];
  const keyLines = new Map<string, number>();
  visit(doc, {
    Pair(_, pair, path) {
      if (isScalar(pair.key) && path.filter(isPair).length === 0)
        keyLines.set(String(pair.key.value), lineAt(pair.key.range?.[0] ?? 0));
    },
    Scalar(key, node, path) {
      if (key === 'key' || typeof node.value !== 'string') return;
      const keys = path.filter(isPair).map((p) => (isScalar(p.key) ? String(p.key.value) : ''));
      strings.push({ keys, value: node.value, line: lineAt(node.range?.[0] ?? 0) });
    },
  });
  const errors = doc.errors.map((e) => ({
    line: e.linePos?.[0]?.line ?? 1,
    message: e.message.split('\n')[0] ?? e.message,
  }));
  return { value: doc.toJS() as unknown, strings, errors, keyLines, lineAt };
}

const ADDRESS_KEYS = new Set(['url', 'href', 'src']);

/** Problems every YAML content file can have: invalid YAML (a key twice), blank text, unsafe addresses. */
function yamlProblems(file: string, parsed: ReturnType<typeof readYaml>): Problem[] {
  const problems: Problem[] = [];
  for (const error of parsed.errors) {
    problems.push({
      file,
      line: error.line,
      column: 1,
      message: `The file is not valid YAML: ${error.message.replace(/ at line \d+, column \d+:?$/, '')}.`,
      fix: 'Write each key once, as key: value, indented like its neighbours.',
    });
  }
  for (const s of parsed.strings) {
    const key = s.keys.at(-1) ?? '';
    if (s.value.trim() === '' && s.value !== '') {
      problems.push({
        file,
        line: s.line,
        column: 1,
        message: `“${key}” holds only white space, so it would show as nothing.`,
        fix: `Write the text of ${key}, or remove the field if it is optional.`,
      });
    }
    const addresses = ADDRESS_KEYS.has(key) ? [s.value] : addressesIn(s.value);
    for (const address of addresses) {
      const reason = addressProblem(address, ADDRESS_KEYS.has(key));
      if (reason)
        problems.push({
          file,
          line: s.line,
          column: 1,
          message: `The address “${address}” in ${key} ${reason}.`,
          fix: ADDRESS_FIX,
        });
    }
  }
  return problems;
}

/**
 * A register entry or glossary term: its key (`key:` or `slug:`) is its
 * published address and must equal the file name, or the entry would be
 * published under one name and linked under the other.
 */
export function entryFileProblems(file: string, text: string, keyField: 'key' | 'slug'): Problem[] {
  const parsed = readYaml(text);
  const problems = yamlProblems(file, parsed);
  const expected = file.replace(/^.*\//, '').replace(/\.yaml$/, '');
  const value = (parsed.value as Record<string, unknown> | null)?.[keyField];
  if (parsed.errors.length === 0 && value !== expected) {
    problems.push({
      file,
      line: parsed.keyLines.get(keyField) ?? 1,
      column: 1,
      message:
        value === undefined
          ? `The entry has no ${keyField}.`
          : `The ${keyField} “${JSON.stringify(value)?.replace(/^"|"$/g, '')}” differs from the file name “${expected}.yaml”.`,
      fix: `Set ${keyField}: ${expected} (the file name is the published address); to rename an entry, rename the file too and keep a redirect.`,
    });
  }
  return problems;
}

/**
 * A register entry's `mentions` quote the statement: each `zh` must occur in
 * the Chinese of its paragraph and each `en` in the English, so a revised
 * translation cannot leave the register quoting words the page no longer has.
 */
export function mentionProblems(
  file: string,
  text: string,
  paragraphs: ReadonlyMap<string, { zh: string; en: string }>,
): Problem[] {
  const parsed = readYaml(text);
  if (parsed.errors.length > 0) return [];
  const strings = parsed.strings.filter((s) => s.keys[0] === 'mentions' && s.keys.length === 2);
  const problems: Problem[] = [];
  let paragraph: string | undefined;
  for (const { keys, value, line } of strings) {
    const field = keys[1];
    if (field === 'paragraph') {
      paragraph = value;
      if (!paragraphs.has(value))
        problems.push({
          file,
          line,
          column: 1,
          message: `The mention names paragraph “${value}”, which the statement does not have.`,
          fix: 'Use a paragraph id of the statement (pre-1 … s5-13, closing, signatures).',
        });
      continue;
    }
    if (field !== 'zh' && field !== 'en') continue;
    const said = paragraph ? paragraphs.get(paragraph)?.[field] : undefined;
    if (said === undefined || said.toLowerCase().includes(value.toLowerCase())) continue;
    problems.push({
      file,
      line,
      column: 1,
      message: `The ${field === 'zh' ? 'Chinese' : 'English'} mention “${value}” is not in paragraph ${paragraph}${field === 'en' ? ' (was the translation revised?)' : ''}.`,
      fix: `Quote the words of ${paragraph} as the ${field === 'zh' ? 'Chinese' : 'English'} text now has them, e.g. the text inside its <Ref to="${file.replace(/^.*\//, '').replace(/\.yaml$/, '')}">.`,
    });
  }
  return problems;
}

/** What the translator's notes file says, with the line of each note. */
export interface NoteLine {
  id: string;
  sentence: string;
  line: number;
  sentenceLine: number;
}

/** Translator's notes: valid YAML, unique ids, each tied to a sentence the text has. */
export function notesFileProblems(
  file: string,
  text: string,
  sentenceIds: ReadonlySet<string>,
  skipSentence: (id: string) => boolean,
): { problems: Problem[]; notes: NoteLine[] } {
  const parsed = readYaml(text);
  const problems = yamlProblems(file, parsed);
  const notes: NoteLine[] = [];
  const lineOf = (keys: string, value: string) =>
    parsed.strings.find((s) => s.keys.at(-1) === keys && s.value === value)?.line;
  const seen = new Map<string, number>();
  const used = new Set<number>();
  for (const s of parsed.strings) {
    if (s.keys.length !== 1 || s.keys[0] !== 'id') continue;
    const first = seen.get(s.value);
    if (first !== undefined) {
      problems.push({
        file,
        line: s.line,
        column: 1,
        message: `The note id “${s.value}” is used twice (first on line ${first}); the second note would replace the first.`,
        fix: `Give this note its own id; note-${s.value} is the published anchor of the first.`,
      });
    } else seen.set(s.value, s.line);
  }
  // The notes as their schema reads them (a YAML error is reported above, once).
  const read = parsed.errors.length ? { notes: [], problems: [] } : readNotesText(file, text);
  problems.push(...read.problems);
  for (const { id, sentence } of read.notes) {
    const line = lineOf('id', id) ?? 1;
    const sentenceLine =
      parsed.strings.find(
        (s) => s.keys.at(-1) === 'sentence' && s.value === sentence && s.line > line && !used.has(s.line),
      )?.line ?? line;
    used.add(sentenceLine);
    notes.push({ id, sentence, line, sentenceLine });
    if (!sentenceIds.has(sentence) && !skipSentence(sentence)) {
      problems.push({
        file,
        line: sentenceLine,
        column: 1,
        message: `Note “${id}” names sentence “${sentence}”, which the statement does not have.`,
        fix: 'Use a sentence id written in the statement files, e.g. s2-5.2.',
      });
    }
  }
  return { problems, notes };
}

/** Any other YAML data file: valid, no blank text, no unsafe address. */
export function yamlFileProblems(file: string, text: string): Problem[] {
  return yamlProblems(file, readYaml(text));
}

/* ---------- JSON (edition.json) ---------- */

/** edition.json: every `url` is an absolute http(s) address (or null), every text non-blank. */
export function jsonFileProblems(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  const lines = text.split('\n');
  const lineOf = (value: string) =>
    Math.max(1, lines.findIndex((l) => l.includes(JSON.stringify(value).slice(1, -1))) + 1);
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      const addresses = ADDRESS_KEYS.has(key) ? [value] : addressesIn(value);
      for (const address of addresses) {
        const reason = addressProblem(address, ADDRESS_KEYS.has(key));
        if (reason)
          problems.push({
            file,
            line: lineOf(value),
            column: 1,
            message: `The address “${address}” in ${key} ${reason}.`,
            fix: ADDRESS_FIX,
          });
      }
      if (value !== '' && value.trim() === '')
        problems.push({
          file,
          line: lineOf(value),
          column: 1,
          message: `“${key}” holds only white space.`,
          fix: `Write the text of ${key}.`,
        });
    } else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  try {
    walk(JSON.parse(text), '');
  } catch (error) {
    problems.push({
      file,
      line: 1,
      column: 1,
      message: `The file is not valid JSON: ${(error as Error).message}.`,
      fix: 'Repair the JSON syntax.',
    });
  }
  return problems;
}

/* ---------- Prose pages (content/pages/*.mdx) ---------- */

/** A prose page: frontmatter keys once each and non-blank, and only safe addresses. */
export function pageFileProblems(file: string, text: string): Problem[] {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  const problems: Problem[] = [];
  if (match) {
    const yaml = readYaml(match[1] ?? '');
    problems.push(...yamlProblems(file, yaml).map((p) => ({ ...p, line: p.line + 1 })));
  }
  problems.push(
    ...markdownAddressProblems(file, text.slice(match?.[0].length ?? 0), match?.[0].split('\n').length ?? 1),
  );
  return problems;
}

/* ---------- Published sentence ids ---------- */

/** The published-ids snapshot: paragraphs and sentences with their places, sentences' Chinese fingerprints, notes' sentences. */
export interface PermalinkSnapshot {
  paragraphs: Record<string, string>;
  sentences: Record<string, { path: string; zh: string }>;
  notes: Record<string, string>;
}

/** A short, stable fingerprint of a Chinese sentence: it changes whenever the sentence's text does. */
export function sentenceFingerprint(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16)}`;
}

/**
 * Sentence ids are published (`#s2-5.2`, short links, citations): each must
 * stay, and keep pointing at the Chinese it was published with. Merging two
 * sentences makes one vanish and the other change meaning; both fail. A
 * translator's note stays on the sentence it was written for.
 */
export function sentenceSnapshotProblems(
  parts: readonly Part[],
  snapshot: PermalinkSnapshot,
  snapshotFile: string,
  notes: readonly NoteLine[],
  notesFile: string,
): Problem[] {
  const problems: Problem[] = [];
  const now = new Map<string, { text: string; file: string; line: number }>();
  const paragraphLine = new Map<string, { file: string; line: number }>();
  for (const part of parts) {
    for (const p of part.paragraphs) {
      // The snapshot records the primary text's sentences (the first text of the registry with a source).
      const primary = p.texts[LAYOUT.primary];
      if (!primary) continue;
      paragraphLine.set(p.id, { file: primary.file, line: primary.line });
      for (const s of primary.sentences) now.set(s.id, { text: s.text, file: primary.file, line: s.line });
    }
  }
  for (const [id, published] of Object.entries(snapshot.sentences)) {
    const paragraph = parseSentenceId(id)?.paragraph ?? id;
    const current = now.get(id);
    const where = paragraphLine.get(paragraph);
    if (!current) {
      if (!where) continue; // the paragraph itself is reported missing, or its part could not be read
      problems.push({
        ...where,
        column: 1,
        message: `Sentence ${id} was published (${published.path}) but is gone from paragraph ${paragraph}.`,
        fix: `Sentence ids are never removed: keep <S id="${id}"> around the same Chinese text (do not merge or drop sentences; ${snapshotFile} lists them).`,
      });
    } else if (sentenceFingerprint(current.text) !== published.zh) {
      problems.push({
        file: current.file,
        line: current.line,
        column: 1,
        message: `Sentence ${id} now holds different Chinese text (“${[...current.text].slice(0, 16).join('')}…”) than when it was published: links, citations and notes to ${id} would change meaning.`,
        fix: `Keep each published sentence id on the Chinese text it was published with (${snapshotFile}); split the text back where it was.`,
      });
    }
  }
  for (const note of notes) {
    const published = snapshot.notes[note.id];
    if (published !== undefined && published !== note.sentence) {
      problems.push({
        file: notesFile,
        line: note.sentenceLine,
        column: 1,
        message: `Translator's note “${note.id}” was published on sentence ${published} but now names ${note.sentence}.`,
        fix: `A note stays with the sentence it explains: set sentence: ${published}, or write a new note with its own id.`,
      });
    }
  }
  return problems;
}
