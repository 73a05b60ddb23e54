import { isWellFormedSentenceId } from './edition/id-format.ts';

/**
 * Published ids are a promise: a build may add ids but never drop one or
 * send it elsewhere. This compares the built permalinks with the committed
 * snapshot and says what broke.
 */

/** The committed snapshot (content/permalinks.snapshot.json), as far as addresses go. */
export interface PublishedIds {
  paragraphs: Record<string, string>;
  sentences: Record<string, { path: string }>;
}

/** Every published id → its address: paragraphs, then sentences (the shape of /permalinks.json). */
export function publishedAddresses(snapshot: PublishedIds): Record<string, string> {
  return {
    ...snapshot.paragraphs,
    ...Object.fromEntries(Object.entries(snapshot.sentences).map(([id, s]) => [id, s.path])),
  };
}

const kindOf = (id: string) => (isWellFormedSentenceId(id) ? 'Sentence id' : 'Paragraph id');

export function permalinkProblems(snapshot: Record<string, string>, built: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const [id, path] of Object.entries(snapshot)) {
    const now = built[id];
    if (now === undefined) {
      problems.push(
        `${kindOf(id)} “${id}” was published (${path}) but is missing from this build. Published ids are never removed or renamed: restore it.`,
      );
    } else if (now !== path) {
      problems.push(
        `${kindOf(id)} “${id}” moved from ${path} to ${now}. Links to the old address would break: keep the old path, or update the snapshot together with a redirect.`,
      );
    }
  }
  return problems;
}

/** Ids in the build that the snapshot does not have yet (allowed; record them in the snapshot). */
export function newPermalinks(snapshot: Record<string, string>, built: Record<string, string>): string[] {
  return Object.keys(built).filter((id) => !(id in snapshot));
}
