/**
 * Fills `{name}` placeholders in a UI string. The values are inserted as
 * they are: a function replacer, because with a replacement string
 * `String.replace` would read `$&`, `$'` and `` $` `` in a reader's query
 * as patterns and garble the text.
 */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}
