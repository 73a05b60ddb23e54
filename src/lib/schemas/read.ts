import { z } from 'zod';
import type { LocatedProblem } from '../edition.ts';
import { LineCounter, isMap, isSeq, parseDocument, type Node } from 'yaml';

/**
 * Reading a content file through its schema, the way every reader does it
 * (the content collections and the Node scripts alike): the YAML parsed with
 * its lines, then checked by the one schema of its shape, each problem with
 * its file, line, what is wrong and how to fix it.
 */

export interface SchemaIssue {
  path: readonly PropertyKey[];
  message: string;
  /** A field the schema does not declare (refused, so that no reader drops it unseen). */
  unknownField?: true;
}
export type SchemaCheck<T> = (data: unknown) => { ok: true; value: T } | { ok: false; issues: SchemaIssue[] };

/** Parsed YAML with a way to find the line of any path in it. */
export function readYaml(text: string): { data: unknown; lineOf: (path: readonly PropertyKey[]) => number } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const lineOf = (path: readonly PropertyKey[]) => {
    // The deepest node that exists on the path: a missing field points at the object that lacks it.
    let node: Node | null | undefined = doc.contents;
    let offset = node?.range?.[0] ?? 0;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
        if (!pair) break;
        offset = (pair.key as Node | null)?.range?.[0] ?? offset;
        node = pair.value as Node | null;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined;
        if (!item) break;
        offset = item.range?.[0] ?? offset;
        node = item;
      } else break;
    }
    return lineCounter.linePos(offset).line;
  };
  return { data: doc.errors.length ? undefined : doc.toJS(), lineOf };
}

/** The value at a path in parsed YAML, or undefined where the path does not exist. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** An issue per field: zod reports unknown keys as one issue on their parent; each gets its own path and line here. */
function issuesOf(error: z.ZodError, declaredIn: string): SchemaIssue[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          path: [...issue.path, key],
          message: `is not a field of this file's schema (${declaredIn}), so no reader would keep it`,
          unknownField: true as const,
        }))
      : [{ path: issue.path, message: issue.message }],
  );
}

/** The schema as a check that keeps every issue's path: what the loaders run on each file. */
export function schemaCheck<S extends z.ZodType>(schema: S, declaredIn: string): SchemaCheck<z.output<S>> {
  return (data) => {
    const result = schema.safeParse(data);
    return result.success
      ? { ok: true, value: result.data }
      : { ok: false, issues: issuesOf(result.error, declaredIn) };
  };
}

/** The schema of the field at a path, if the schema names one (through optional, nullable, arrays and records). */
export function fieldAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    while (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault)
      current = current.unwrap() as z.ZodType;
    if (current instanceof z.ZodObject) current = (current.shape as Record<string, z.ZodType>)[String(key)];
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else if (current instanceof z.ZodRecord) current = current.valueType as z.ZodType;
    else return undefined;
    if (!current) return undefined;
  }
  return current;
}

/**
 * One YAML file through its schema: the value when it is valid, otherwise
 * every problem at its line, with a fix taken from the field's own
 * description in the schema.
 */
export function readYamlThrough<S extends z.ZodType>(input: {
  file: string;
  text: string;
  schema: S;
  /** Where the schema is declared, for the fix. */
  declaredIn: string;
}): { value?: z.output<S>; problems: LocatedProblem[] } {
  const { file, text, schema, declaredIn } = input;
  const { data, lineOf } = readYaml(text);
  if (data === undefined)
    return {
      problems: [
        {
          file,
          line: 1,
          column: 1,
          message: 'The file is not valid YAML.',
          fix: 'Correct the YAML syntax (indentation, quotes).',
        },
      ],
    };
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, problems: [] };
  const fixOf = (issue: SchemaIssue) => {
    const field = issue.path.map(String).join('.');
    const missing = issue.path.length > 0 && valueAt(data, issue.path) === undefined;
    const described = fieldAt(schema, issue.path)?.description;
    return issue.unknownField
      ? `Remove ${field}, or declare it with a .describe() in ${declaredIn} so every reader keeps it.`
      : `${missing ? 'Add' : 'Correct'} ${field || 'the entry'}${described ? `: ${described}` : ''} (${declaredIn}).`;
  };
  return { problems: schemaProblems({ file, data, lineOf, issues: issuesOf(result.error, declaredIn), fixOf }) };
}

/**
 * A schema's issues with one file as problems, each at its line: a missing field named as missing, any other
 * as the field and what is wrong with it; the fix is the reader's own (a register field's, a schema's description).
 */
export function schemaProblems(input: {
  file: string;
  data: unknown;
  lineOf: (path: readonly PropertyKey[]) => number;
  issues: readonly SchemaIssue[];
  fixOf: (issue: SchemaIssue) => string;
}): LocatedProblem[] {
  const { file, data, lineOf, issues, fixOf } = input;
  return issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    const missing = issue.path.length > 0 && valueAt(data, issue.path) === undefined;
    return {
      file,
      line: lineOf(issue.path),
      column: 1,
      message: missing ? `${field} is missing; ${issue.message}.` : `${field || 'entry'}: ${issue.message}.`,
      fix: fixOf(issue),
    };
  });
}

/** Problems of one kind of file as one message: every problem, with its place and its fix. */
export function formatFileProblems(what: string, problems: readonly LocatedProblem[]): string {
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const body = sorted.map((p) => `${p.file}:${p.line}:${p.column}\n  ${p.message}\n  Fix: ${p.fix}`).join('\n\n');
  return `${what} has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was built.\n\n${body}\n`;
}
