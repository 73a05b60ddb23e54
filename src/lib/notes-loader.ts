import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { LocatedProblem } from './edition.ts';
import { editionDir } from './edition/current.ts';
import { shownPath, watchedFilesLoader } from './content-loader.ts';
import { translationNote, translationNotesFile, type TranslationNote } from './schemas/notes.ts';
import { formatFileProblems, readYaml, readYamlThrough } from './schemas/read.ts';

/**
 * The one reader of content/notes/translation-notes.yaml, through its schema
 * (src/lib/schemas/notes.ts): the notes collection and the statement loader's
 * checks (a note's sentence, the published notes) both read it here.
 */

export const NOTES_FILE = 'notes/translation-notes.yaml';

/**
 * The notes of one file and every schema problem at its line. A note its
 * schema refuses is left out, the others kept, so one broken note does not
 * make every published note look removed.
 */
export function readNotesText(file: string, text: string): { notes: TranslationNote[]; problems: LocatedProblem[] } {
  const read = readYamlThrough({ file, text, schema: translationNotesFile, declaredIn: 'src/lib/schemas/notes.ts' });
  if (read.value) return { notes: read.value, problems: [] };
  const { data } = readYaml(text);
  const notes = (Array.isArray(data) ? data : []).flatMap((item) => {
    const note = translationNote.safeParse(item);
    return note.success ? [note.data] : [];
  });
  return { notes, problems: read.problems };
}

/** Astro content loader for the translator's notes: one entry per note, keyed by its id. */
export function notesLoader(options: { contentDir?: string } = {}) {
  const target = path.resolve(editionDir(process.env, options.contentDir), NOTES_FILE);
  return watchedFilesLoader({
    name: 'notes-loader',
    watch: target,
    concerns: (changed) => changed === target,
    read: async () => {
      const file = shownPath(target);
      const { notes, problems } = readNotesText(file, existsSync(target) ? await readFile(target, 'utf8') : '[]');
      if (problems.length > 0) throw new Error(formatFileProblems("The translator's notes file", problems));
      return notes.map((note) => ({ id: note.id, data: note, file }));
    },
  });
}
