import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import dictionary from '../../i18n/en.json' with { type: 'json' };
import { readManifest, type EditionManifest, type EditionText } from './manifest.ts';
import { deriveStructure, StructureError, type DerivedStructure } from './structure.ts';

/**
 * The edition this build publishes: `content/`, or the folder `EDITION_DIR`
 * names (an imported edition, a test edition). Its manifest is the registry
 * of texts and its source the structure every id is derived from. Read once,
 * when the build starts; server-side only (browser scripts read the page).
 */

/**
 * The edition folder: `EDITION_DIR`, else `EDITION_CONTENT_DIR` (the bad-content tests' name for it), else the
 * caller's own default (a loader's `contentDir` option), else `content`.
 */
export function editionDir(env: Record<string, string | undefined> = process.env, fallback = 'content'): string {
  return env.EDITION_DIR ?? env.EDITION_CONTENT_DIR ?? fallback;
}

export interface CurrentEdition {
  dir: string;
  manifest: EditionManifest;
  /** The texts in column order. */
  texts: readonly EditionText[];
  /** The text every other text aligns to: the first authentic text with a source. */
  primary: EditionText & { source: string };
  structure: DerivedStructure;
}

/** Reads an edition folder's manifest and derives its structure from its primary text's source. */
export function readEdition(dir: string): CurrentEdition {
  const manifestPath = path.join(dir, 'edition.manifest.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch (error) {
    throw new Error(
      `${manifestPath}: cannot be read as JSON (${(error as Error).message}).\n  Fix: every edition folder has an edition.manifest.json (npm run import writes one; see src/lib/edition/manifest.ts).`,
    );
  }
  const manifest = readManifest(raw, manifestPath);
  const primary = primaryText(manifest.texts, manifestPath);
  const sourcePath = path.join(dir, primary.source);
  const source = readFileSync(sourcePath, 'utf8');
  let structure: DerivedStructure;
  try {
    structure = deriveStructure(source, manifest);
  } catch (error) {
    if (error instanceof StructureError) throw new Error(`${sourcePath}:${error.line}:1\n  ${error.message}`);
    throw error;
  }
  return { dir, manifest, texts: manifest.texts, primary, structure };
}

/** The primary text: the first authentic text with a source; every code once. */
export function primaryText(texts: readonly EditionText[], where: string): EditionText & { source: string } {
  const seen = new Set<string>();
  for (const text of texts) {
    if (seen.has(text.code)) {
      throw new Error(
        `${where}: the text code “${text.code}” is registered twice.\n  Fix: give each text its own code.`,
      );
    }
    seen.add(text.code);
  }
  const primary = texts.find((t): t is EditionText & { source: string } => t.role === 'authentic' && !!t.source);
  if (!primary) {
    throw new Error(
      `${where}: no text is authentic with a source.\n  Fix: give the authentic text "role": "authentic" and "source": "source/statement.<code>.txt".`,
    );
  }
  return primary;
}

/** What browser scripts and pages need of the edition: its parts and ids, and its texts. */
export interface EditionLayout {
  parts: {
    slug: string;
    order: number;
    kind: 'preamble' | 'section' | 'closing';
    numeral?: string;
    signatures?: string;
    ids: string[];
  }[];
  texts: {
    code: string;
    lang: string;
    role: EditionText['role'];
    script: EditionText['script'];
    label: EditionText['label'];
    name: string;
  }[];
  primary: string;
  status: EditionManifest['status'];
  /** The edition's own wording of interface strings that name its statement (`<dir>/strings.json`), by locale. */
  strings: { en: Record<string, string>; zh: Record<string, string> };
}

export function editionLayout(edition: CurrentEdition): EditionLayout {
  return {
    parts: edition.structure.parts.map((part) => ({
      slug: part.slug,
      order: part.order,
      kind: part.kind,
      ...(part.heading ? { numeral: part.heading.numeral } : {}),
      ...(part.paragraphs.some((p) => p.kind === 'signatures')
        ? { signatures: part.paragraphs.find((p) => p.kind === 'signatures')?.id }
        : {}),
      ids: part.paragraphs.map((p) => p.id),
    })),
    texts: edition.texts.map(({ code, lang, role, script, label, name }) => ({
      code,
      lang,
      role,
      script,
      label,
      name,
    })),
    primary: edition.primary.code,
    status: edition.manifest.status,
    strings: editionStrings(edition.dir),
  };
}

/**
 * `<dir>/strings.json`: `{ "en": { key: text }, "zh": { … } }`, the statement's own wording of the interface
 * strings that name it (site name, introduction, provenance). Optional; each key must be one the dictionaries
 * have (src/i18n/en.json), given in both languages and not empty — anything else fails with file, key and fix.
 */
export function editionStrings(dir: string): { en: Record<string, string>; zh: Record<string, string> } {
  const file = path.join(dir, 'strings.json');
  if (!existsSync(file)) return { en: {}, zh: {} };
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const known = new Set(Object.keys(dictionary));
  const out = { en: {} as Record<string, string>, zh: {} as Record<string, string> };
  const problems: string[] = [];
  for (const locale of ['en', 'zh'] as const) {
    for (const [key, value] of Object.entries((raw[locale] ?? {}) as Record<string, unknown>)) {
      if (!known.has(key)) problems.push(`"${locale}.${key}" is not a key of src/i18n/en.json`);
      else if (typeof value !== 'string' || value.trim() === '') problems.push(`"${locale}.${key}" is empty`);
      else out[locale][key] = value;
    }
  }
  for (const key of new Set([...Object.keys(out.en), ...Object.keys(out.zh)])) {
    if (!(key in out.en) || !(key in out.zh)) problems.push(`"${key}" is given in one language only`);
  }
  if (problems.length) {
    throw new Error(
      `${file}: ${problems.join('; ')}.\n  Fix: give each key of src/i18n/en.json you reword in both "en" and "zh", or remove it.`,
    );
  }
  return out;
}

/** The primary text's provenance copy, byte for byte, and the digest recorded beside it (`<sha256>  <name>`). */
export function primarySource(edition: CurrentEdition = currentEdition()): { text: string; recordedDigest: string } {
  const source = authenticSources(edition).find((s) => s.code === edition.primary.code);
  if (!source) throw new Error(`The primary text “${edition.primary.code}” has no source.`);
  return source;
}

/**
 * The provenance copy of every authentic text with a source, the primary first: the name it is served under
 * (`/source/<name>`), its bytes, and the digest recorded beside it. The loader has checked each against its digest.
 */
export function authenticSources(
  edition: CurrentEdition = currentEdition(),
): { code: string; name: string; text: string; recordedDigest: string }[] {
  return edition.texts.flatMap((text) => {
    if (text.role !== 'authentic' || !text.source) return [];
    const file = path.join(edition.dir, text.source);
    return [
      {
        code: text.code,
        name: path.basename(text.source),
        text: readFileSync(file, 'utf8'),
        recordedDigest: readFileSync(`${file}.sha256`, 'utf8'),
      },
    ];
  });
}

let current: CurrentEdition | undefined;

/** The edition being built (read on first use). */
export function currentEdition(): CurrentEdition {
  current ??= readEdition(editionDir());
  return current;
}
