import type { LocatedProblem } from './edition.ts';
import type { AddressKind } from './instruments.ts';
import { readYaml, schemaProblems, type SchemaCheck, type SchemaIssue } from './schemas/read.ts';

/**
 * Checks of the register files (content/instruments/*.yaml): each file read
 * through its schema, and every address that calls itself official checked
 * against the one list of official hosts. Problems carry file and line.
 */

export type { AddressKind };
export const OFFICIAL_KINDS: readonly AddressKind[] = ['official-text', 'official-record'];

export interface OfficialHost {
  host: string;
  owner: string;
  allows: AddressKind[];
}

/** The host of an address, lower case. */
export function hostOf(url: string): string {
  return new URL(url).hostname.toLowerCase();
}

/** The listed host that covers this address (the host itself or a parent domain), if any. */
export function officialHostFor(url: string, hosts: readonly OfficialHost[]): OfficialHost | undefined {
  const host = hostOf(url);
  return hosts.find((h) => host === h.host || host.endsWith(`.${h.host}`));
}

/** What is wrong with an address's label and how to fix it; undefined when the label may stand. */
export interface LabelProblem {
  why: string;
  fix: string;
}

const FIX_OFFICIAL =
  'Label it report or reference; or, if the host belongs to a party, a parliament, an official gazette, a treaty database or the organisation itself, add it to content/official-hosts.yaml and say whose it is.';
const FIX_SCHEME =
  'Give the page’s http(s) address (https://…); only a web page on a host in content/official-hosts.yaml can be labelled official.';

/** Why an address may not carry its label, with the fix, or undefined when it may. */
export function officialLabelProblem(
  url: string,
  kind: AddressKind,
  hosts: readonly OfficialHost[],
): LabelProblem | undefined {
  if (!OFFICIAL_KINDS.includes(kind)) return undefined;
  const { protocol } = new URL(url);
  if (protocol !== 'https:' && protocol !== 'http:')
    return { why: `it is a ${protocol} address, not a web page (http or https)`, fix: FIX_SCHEME };
  const host = officialHostFor(url, hosts);
  if (!host)
    return { why: `its host ${hostOf(url)} is not an official host (content/official-hosts.yaml)`, fix: FIX_OFFICIAL };
  if (!host.allows.includes(kind))
    return {
      why: `its host ${hostOf(url)} (${host.owner}) may be labelled only ${host.allows.join(' or ')}`,
      fix: FIX_OFFICIAL,
    };
  return undefined;
}

interface AddressLike {
  url: string;
  kind: AddressKind;
}
export interface RegisterEntryLike {
  key: string;
  urls: AddressLike[];
  sources?: AddressLike[];
  entryIntoForce?: { source: AddressLike } | null;
}

/** How to fix a schema problem, said for the fields editors most often get wrong. */
function fixFor({ path, unknownField }: SchemaIssue): string {
  if (unknownField)
    return `Remove ${path.map(String).join('.')}, or declare it with a .describe() in src/lib/schemas/register.ts so every reader keeps it.`;
  if (path.at(-1) === 'kind' && (path[0] === 'urls' || path[0] === 'sources' || path[0] === 'entryIntoForce'))
    return 'Say what the address is: kind: official-text, official-record, report or reference (see src/lib/schemas/register.ts).';
  if (path[0] === 'entryIntoForce' || path[0] === 'entryIntoForceNote')
    return 'Add entryIntoForce: { date, source: { title, url, kind, checked } } from a source you saw, or entryIntoForce: null with entryIntoForceNote (en, zh) saying what was searched.';
  return 'Correct the field as src/lib/schemas/register.ts describes it.';
}

/** Every problem in one register file, with its line; the value when there are none. */
export function checkRegisterFile<T extends RegisterEntryLike>(input: {
  file: string;
  text: string;
  check: SchemaCheck<T>;
  hosts: readonly OfficialHost[];
}): { value?: T; problems: LocatedProblem[] } {
  const { file, text, check, hosts } = input;
  const { data, lineOf } = readYaml(text);
  const at = (path: readonly PropertyKey[], message: string, fix: string): LocatedProblem => ({
    file,
    line: lineOf(path),
    column: 1,
    message,
    fix,
  });
  if (data === undefined)
    return { problems: [at([], 'The file is not valid YAML.', 'Correct the YAML syntax (indentation, quotes).')] };
  const result = check(data);
  if (!result.ok) return { problems: schemaProblems({ file, data, lineOf, issues: result.issues, fixOf: fixFor }) };
  const entry = result.value;
  const problems: LocatedProblem[] = [];
  const expectedKey = file.replace(/^.*\//, '').replace(/\.yaml$/, '');
  if (entry.key !== expectedKey)
    problems.push(
      at(['key'], `key is “${entry.key}” but the file is ${expectedKey}.yaml.`, 'Make the key equal the file name.'),
    );
  const official = (address: AddressLike, path: PropertyKey[]) => {
    const problem = officialLabelProblem(address.url, address.kind, hosts);
    if (problem)
      problems.push(at(path, `Address ${address.url} is labelled ${address.kind}, but ${problem.why}.`, problem.fix));
  };
  entry.urls.forEach((address, i) => official(address, ['urls', i, 'kind']));
  entry.sources?.forEach((source, i) => {
    official(source, ['sources', i, 'kind']);
    // A page is one thing: listed under urls and under sources, it carries the same label in both.
    const listed = entry.urls.findIndex((address) => address.url === source.url);
    const address = entry.urls[listed];
    if (address && address.kind !== source.kind)
      problems.push(
        at(
          ['sources', i, 'kind'],
          `Source ${source.url} is labelled ${source.kind}, but the same address under urls (item ${listed + 1}) is labelled ${address.kind}.`,
          'Give the source the kind its address has under urls, or correct both to what the page is.',
        ),
      );
  });
  if (entry.entryIntoForce) official(entry.entryIntoForce.source, ['entryIntoForce', 'source', 'kind']);
  return { value: problems.length ? undefined : entry, problems };
}

/** The official-host list itself, checked through its schema. */
export function checkOfficialHosts(input: { file: string; text: string; check: SchemaCheck<OfficialHost[]> }): {
  value?: OfficialHost[];
  problems: LocatedProblem[];
} {
  const { data, lineOf } = readYaml(input.text);
  const result = check(input.check, data);
  if (result.ok) return { value: result.value, problems: [] };
  return {
    problems: result.issues.map((issue) => ({
      file: input.file,
      line: lineOf(issue.path),
      column: 1,
      message: `${issue.path.map(String).join('.') || 'list'}: ${issue.message}.`,
      fix: 'Each item needs host (a bare host name), owner (whose it is) and allows (official-text and/or official-record).',
    })),
  };
}

function check<T>(schemaCheck: SchemaCheck<T>, data: unknown) {
  return data === undefined
    ? ({ ok: false, issues: [{ path: [], message: 'not valid YAML' }] } as const)
    : schemaCheck(data);
}
