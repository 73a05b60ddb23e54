/**
 * The copy of the authentic Chinese text we were given replaced the full-width
 * punctuation inside Chinese with ASCII. The edition prints the full-width
 * marks a Chinese reader expects; this table is the only difference allowed
 * between the edition's Chinese and the source.
 */
const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ';': '；',
  '(': '（',
  ')': '）',
  ':': '：',
};
const ASCII = Object.fromEntries(Object.entries(FULL_WIDTH).map(([a, f]) => [f, a]));

/** Source form → edition form: `,;():` become `，；（）：`. */
export function restoreFullWidth(text: string): string {
  return text.replace(/[,;():]/g, (c) => FULL_WIDTH[c] ?? c);
}

/** Edition form → source form: the inverse of {@link restoreFullWidth}. */
export function toSourceForm(text: string): string {
  return text.replace(/[，；（）：]/g, (c) => ASCII[c] ?? c);
}
