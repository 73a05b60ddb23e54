import { inflateSync } from 'node:zlib';

/**
 * The text a PDF printed by Chromium shows, block by block (each `BT … ET` run on its own line), read back
 * through each font's ToUnicode map: enough for a test to read a page's words and its footer. Chromium (Skia)
 * writes Flate-compressed streams, fonts named once per document, and glyphs as `<hex> Tj`; other producers
 * are out of scope.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const objects = new Map<string, string>();
  for (const m of raw.matchAll(/(\d+) 0 obj\b([\s\S]*?)endobj/g)) objects.set(m[1] ?? '', m[2] ?? '');
  const stream = (body: string) => {
    const start = /stream\r?\n/.exec(body);
    if (!start) return undefined;
    // The stream's own length where it is written directly; its data may end in a byte that looks like a line end.
    const length = Number(/\/Length (\d+)(?! \d+ R)/.exec(body)?.[1] ?? NaN);
    const from = start.index + start[0].length;
    const data = Number.isNaN(length)
      ? body.slice(from, body.lastIndexOf('endstream'))
      : body.slice(from, from + length);
    const bytes = Buffer.from(data, 'latin1');
    try {
      return /\/FlateDecode/.test(body) ? inflateSync(bytes).toString('latin1') : bytes.toString('latin1');
    } catch {
      return undefined;
    }
  };
  // Font resource name → the glyph-to-text map of its ToUnicode CMap.
  const maps = new Map<string, { digits: number; glyphs: Map<number, string> }>();
  for (const body of objects.values()) {
    for (const dict of body.matchAll(/\/Font\s*<<([\s\S]*?)>>/g)) {
      for (const [, name = '', ref = ''] of (dict[1] ?? '').matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
        const toUnicode = /\/ToUnicode\s+(\d+) 0 R/.exec(objects.get(ref) ?? '')?.[1];
        const cmap = toUnicode && stream(objects.get(toUnicode) ?? '');
        if (cmap && !maps.has(name)) maps.set(name, unicodeMap(cmap));
      }
    }
  }
  const lines: string[] = [];
  for (const body of objects.values()) {
    const content = /\/Length/.test(body) && !/\/Subtype|\/ToUnicode|beginbfchar/.test(body) ? stream(body) : undefined;
    if (!content || !/\bBT\b/.test(content)) continue;
    for (const block of content.matchAll(/\bBT\b([\s\S]*?)\bET\b/g)) {
      let font = { digits: 4, glyphs: new Map<number, string>() };
      let line = '';
      for (const [, name, hex] of (block[1] ?? '').matchAll(/\/(\w+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]+)>\s*Tj/g)) {
        if (name) font = maps.get(name) ?? font;
        else if (hex) {
          for (let i = 0; i < hex.length; i += font.digits) {
            line += font.glyphs.get(parseInt(hex.slice(i, i + font.digits), 16)) ?? '';
          }
        }
      }
      lines.push(line);
    }
  }
  // The ﬃ ligature as “ffi”, a CJK font's Kangxi radical (⽂) as the character (文); nothing else is normalised.
  return lines.join('\n').replace(/[\u2E80-\u2FDF\uFB00-\uFB06]/g, (c) => c.normalize('NFKC'));
}

/** A ToUnicode CMap: how many hex digits a glyph code has (2 for Chromium's Type 3 fonts, 4 for its CID fonts) and each code's text. */
function unicodeMap(cmap: string): { digits: number; glyphs: Map<number, string> } {
  const map = new Map<number, string>();
  const digits = /begincodespacerange\s*<([0-9A-Fa-f]+)>/.exec(cmap)?.[1]?.length ?? 4;
  const text = (hex: string) => String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, from = '', to = ''] of (section[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      map.set(parseInt(from, 16), text(to));
    }
  }
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, a = '', b = '', to = ''] of (section[1] ?? '').matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g,
    )) {
      const start = parseInt(to, 16);
      for (let code = parseInt(a, 16); code <= parseInt(b, 16); code += 1) {
        map.set(code, String.fromCodePoint(start + code - parseInt(a, 16)));
      }
    }
  }
  return { digits, glyphs: map };
}
