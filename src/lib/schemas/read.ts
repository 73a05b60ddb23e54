import { z } from 'zod';
import type { LocatedProblem } from '../edition.ts';
import { readYaml, valueAt, type SchemaCheck, type SchemaIssue } from '../register.ts';

/**
 * Reading a content file through its schema, the way every reader does it
 * (the content collections and the Node scripts alike): the YAML parsed with
 * its lines, then checked by the one schema of its shape, each problem with
 * its file, line, what is wrong and how to fix it.
 */

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
  return {
    problems: issuesOf(result.error, declaredIn).map((issue) => {
      const field = issue.path.map(String).join('.');
      const missing = issue.path.length > 0 && valueAt(data, issue.path) === undefined;
      const described = fieldAt(schema, issue.path)?.description;
      const fix = issue.unknownField
        ? `Remove ${field}, or declare it with a .describe() in ${declaredIn} so every reader keeps it.`
        : `${missing ? 'Add' : 'Correct'} ${field || 'the entry'}${described ? `: ${described}` : ''} (${declaredIn}).`;
      return {
        file,
        line: lineOf(issue.path),
        column: 1,
        message: missing ? `${field} is missing; ${issue.message}.` : `${field || 'entry'}: ${issue.message}.`,
        fix,
      };
    }),
  };
}

/** Problems of one kind of file as one message: every problem, with its place and its fix. */
export function formatFileProblems(what: string, problems: readonly LocatedProblem[]): string {
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const body = sorted.map((p) => `${p.file}:${p.line}:${p.column}\n  ${p.message}\n  Fix: ${p.fix}`).join('\n\n');
  return `${what} has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was built.\n\n${body}\n`;
}
