import { parse } from '@astrojs/compiler';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
const files = (d) => readdirSync(d, { withFileTypes: true, recursive: true }).filter(e => e.isFile() && e.name.endsWith('.astro')).map(e => path.join(e.parentPath, e.name));
const ATTRS = new Set(['aria-label','title','alt','placeholder','aria-description','aria-roledescription','label']);
for (const f of ['src/components','src/layouts','src/pages'].flatMap(files)) {
  const { ast } = await parse(readFileSync(f, 'utf8'), { position: true });
  const walk = (n, inExpr) => {
    if (n.type === 'element' && ['script','style','code'].includes(n.name)) return;
    if (n.type === 'text' && !inExpr && /\p{Script=Latin}{2}/u.test(n.value)) console.log(f, n.position?.start?.line, JSON.stringify(n.value.trim().slice(0,70)));
    if ((n.type==='element'||n.type==='component') ) for (const a of n.attributes ?? []) if (a.kind==='quoted' && ATTRS.has(a.name) && /\p{Script=Latin}{2}/u.test(a.value)) console.log(f, n.position?.start?.line, 'ATTR', a.name, JSON.stringify(a.value));
    for (const c of n.children ?? []) walk(c, n.type === 'expression' ? true : (n.type==='element'||n.type==='component'||n.type==='fragment') ? false : inExpr);
  };
  walk(ast, false);
}
