/** Pure helpers for the register of instruments: grouping, the timeline, "cited in". */

export interface InstrumentLike {
  key: string;
  kind: string;
  name: { zh: string; en: string };
  date?: string;
  dateKind?: string;
}

/** The dated entries in date order, earliest first; entries with equal dates keep the register's order. */
export function timeline<T extends InstrumentLike>(entries: readonly T[]): T[] {
  return entries.filter((e) => e.date).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
}

/** Entries grouped by kind, kinds in the given order, names sorted within a kind. */
export function groupByKind<T extends InstrumentLike>(
  entries: readonly T[],
  kinds: readonly string[],
): { kind: string; entries: T[] }[] {
  return kinds
    .map((kind) => ({
      kind,
      entries: entries.filter((e) => e.kind === kind).sort((a, b) => a.name.en.localeCompare(b.name.en)),
    }))
    .filter((group) => group.entries.length > 0);
}

interface PartLike {
  slug: string;
  paragraphs: { id: string; refs: ({ id: string } | string)[] }[];
}

/** Every paragraph that mentions an entry, in source order: computed from the text, never typed. */
export function citedIn(key: string, parts: readonly PartLike[]): string[] {
  return parts.flatMap((part) =>
    part.paragraphs
      .filter((p) => p.refs.some((ref) => (typeof ref === 'string' ? ref : ref.id) === key))
      .map((p) => p.id),
  );
}

/** Register entries that no paragraph mentions: each should be cited or removed. */
export function uncited<T extends InstrumentLike>(entries: readonly T[], parts: readonly PartLike[]): string[] {
  return entries.filter((e) => citedIn(e.key, parts).length === 0).map((e) => e.key);
}

/** Address kinds, most authoritative first: how the register ranks an entry's addresses. */
export const ADDRESS_ORDER = ['official-text', 'official-record', 'report', 'reference'] as const;
export type AddressKind = (typeof ADDRESS_ORDER)[number];

/** An entry's addresses, official text first, then official records, reports and references; ties keep their order. */
export function rankAddresses<T extends { kind: AddressKind }>(urls: readonly T[]): T[] {
  return [...urls].sort((a, b) => ADDRESS_ORDER.indexOf(a.kind) - ADDRESS_ORDER.indexOf(b.kind));
}

/** The kinds of address an entry has, in rank order, each once. */
export function addressKinds(urls: readonly { kind: AddressKind }[]): AddressKind[] {
  return ADDRESS_ORDER.filter((kind) => urls.some((u) => u.kind === kind));
}
