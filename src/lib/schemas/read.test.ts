import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { fieldAt, readYamlThrough } from './read.ts';
import { translationNote } from './notes.ts';
import { editionFacts } from './edition-facts.ts';
import { glossaryTerm } from './glossary.ts';
import { registerEntry } from './register.ts';

const place = z.strictObject({
  name: z.string().describe('The place’s name.'),
  founded: z.number().int().optional().describe('Year of founding.'),
  parts: z.array(z.strictObject({ name: z.string().describe('A district.') })).describe('Its districts.'),
});
const read = (text: string) => readYamlThrough({ file: 'places/x.yaml', text, schema: place, declaredIn: 'schema.ts' });

describe('readYamlThrough', () => {
  it('returns the value, every field kept, when the file is valid', () => {
    expect(read('name: Astana\nfounded: 1830\nparts:\n- name: Esil\n')).toEqual({
      value: { name: 'Astana', founded: 1830, parts: [{ name: 'Esil' }] },
      problems: [],
    });
  });

  it('names a wrong type at its line, with the fix from the field’s description', () => {
    const { value, problems } = read('name: Astana\nparts:\n- name: Esil\n- name: 7\n');
    expect(value).toBeUndefined();
    expect(problems).toEqual([
      {
        file: 'places/x.yaml',
        line: 4,
        column: 1,
        message: 'parts.1.name: Invalid input: expected string, received number.',
        fix: 'Correct parts.1.name: A district. (schema.ts).',
      },
    ]);
  });

  it('names a missing field at the object that lacks it', () => {
    const { problems } = read('founded: 1830\nparts: []\n');
    expect(problems).toEqual([
      {
        file: 'places/x.yaml',
        line: 1,
        column: 1,
        message: 'name is missing; Invalid input: expected string, received undefined.',
        fix: 'Add name: The place’s name. (schema.ts).',
      },
    ]);
  });

  it('refuses each field the schema does not declare at its own line, rather than dropping it', () => {
    const { problems } = read('name: Astana\nparts:\n- name: Esil\n  mayor: X\nmotto: Y\n');
    expect(problems.map((p) => [p.line, p.message, p.fix])).toEqual([
      [
        4,
        "parts.0.mayor: is not a field of this file's schema (schema.ts), so no reader would keep it.",
        'Remove parts.0.mayor, or declare it with a .describe() in schema.ts so every reader keeps it.',
      ],
      [
        5,
        "motto: is not a field of this file's schema (schema.ts), so no reader would keep it.",
        'Remove motto, or declare it with a .describe() in schema.ts so every reader keeps it.',
      ],
    ]);
  });

  it('says when the file is not YAML at all', () => {
    expect(read('name: [Astana\n').problems.map((p) => p.message)).toEqual(['The file is not valid YAML.']);
  });
});

describe('fieldAt', () => {
  it('finds a field’s schema through optional fields and arrays', () => {
    expect(fieldAt(place, ['founded'])?.description).toBe('Year of founding.');
    expect(fieldAt(place, ['parts', 0, 'name'])?.description).toBe('A district.');
    expect(fieldAt(place, ['nowhere'])).toBeUndefined();
  });

  it('reads the real schemas’ descriptions, so fixes quote them', () => {
    expect(fieldAt(glossaryTerm, ['definition', 'en'])?.description).toBe('English.');
    expect(fieldAt(registerEntry, ['urls', 0, 'verified'])?.description).toMatch(/^True only if the page itself/);
  });
});

describe('the real files the collections read with these schemas', () => {
  it('content/notes/translation-notes.yaml: every note passes, whole', () => {
    const notes = parse(readFileSync('content/notes/translation-notes.yaml', 'utf8')) as unknown[];
    expect(notes.length).toBeGreaterThan(5);
    for (const note of notes) expect(translationNote.parse(note)).toEqual(note);
  });

  it('content/source/edition.json (one entry, keyed statement) passes, signed 2022-09-14', () => {
    const file = JSON.parse(readFileSync('content/source/edition.json', 'utf8')) as { statement: unknown };
    const facts = editionFacts.parse(file.statement);
    expect(facts.signed).toBe('2022-09-14');
    expect(facts.parties).toHaveLength(2);
  });
});
