import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadRegister, readOfficialHosts, registerLoader } from '../../src/lib/register-loader.ts';
import { BAD_REGISTER, BAD_REGISTER_LOADER, inEditedCopy } from '../fixtures/bad-content.ts';
import { loaderContext } from '../support/loader-context.ts';

/**
 * The register as the build reads it: the real files pass, and each broken
 * copy is refused with the file, the line and what is wrong.
 */
describe('the real register', () => {
  it('loads all 68 entries, each address labelled', async () => {
    const { entries } = await loadRegister({ contentDir: 'content' });
    expect(entries).toHaveLength(68);
    const kinds = new Set(entries.flatMap((e) => e.value.urls.map((u) => u.kind)));
    expect([...kinds].sort()).toEqual(['official-record', 'official-text', 'reference', 'report']);
  });

  it('labels the 2002 Treaty’s Radio Free Europe article a report, not the official text', async () => {
    const { entries } = await loadRegister({ contentDir: 'content' });
    const treaty = entries.find((e) => e.value.key === 'treaty-2002-good-neighbourliness')?.value;
    expect(treaty?.urls.find((u) => u.url.includes('rferl.org'))?.kind).toBe('report');
    expect(treaty?.parties?.en).toBe("People's Republic of China and Republic of Kazakhstan");
    expect(treaty?.signatories?.map((s) => s.en)).toEqual([
      'Jiang Zemin (President of the PRC)',
      'Nursultan Nazarbayev (President of the Republic of Kazakhstan)',
    ]);
  });

  it('labels every source: the People’s Daily text official, news a report, mirrors and wikis a reference', async () => {
    const { entries } = await loadRegister({ contentDir: 'content' });
    const sources = entries.flatMap((e) => e.value.sources);
    expect(sources.length).toBeGreaterThan(200);
    const kindOf = (host: string) => new Set(sources.filter((s) => new URL(s.url).hostname === host).map((s) => s.kind));
    expect(kindOf('paper.people.com.cn')).toEqual(new Set(['official-text']));
    expect(kindOf('astanatimes.com')).toEqual(new Set(['report']));
    for (const mirror of ['www.laitimes.com', 'docslib.org', 'wikimili.com'])
      expect(kindOf(mirror), mirror).toEqual(new Set(['reference']));
  });

  it('gives every treaty, agreement and convention an entry-into-force date with its source, or a note', async () => {
    const { entries } = await loadRegister({ contentDir: 'content' });
    const binding = entries.map((e) => e.value).filter((e) => ['treaty', 'agreement', 'convention'].includes(e.kind));
    expect(binding.length).toBeGreaterThan(0);
    for (const e of binding) {
      if (e.entryIntoForce) expect(e.entryIntoForce.source.url, e.key).toMatch(/^https?:\/\//);
      else expect(e.entryIntoForceNote?.en, e.key).toBeTruthy();
    }
    const charter = binding.find((e) => e.key === 'un-charter');
    expect(charter?.entryIntoForce?.date).toBe('1945-10-24');
  });

  it('reads the official-host list, with whose each host is', async () => {
    const { hosts, problems } = await readOfficialHosts('content');
    expect(problems).toEqual([]);
    expect(hosts.length).toBeGreaterThan(10);
    for (const h of hosts) expect(h.owner.length, h.host).toBeGreaterThan(3);
  });
});

describe.each([...BAD_REGISTER, ...BAD_REGISTER_LOADER])('a register with $name', (badCase) => {
  it('is refused, naming the file, the line and the problem', async () => {
    await inEditedCopy(badCase, async ({ content, file, line, edited }) => {
      const error = await loadRegister({ contentDir: content }).then(
        () => undefined,
        (e: Error) => e.message,
      );
      expect(error).toContain(`${path.relative(process.cwd(), file)}:${line}:`);
      expect(error).toMatch(badCase.message);
      expect(error).toMatch(/Fix: /);
      if (badCase.fix) expect(error).toMatch(badCase.fix);
      // An edit that no longer finds its text would test the untouched file.
      expect(edited).toContain(badCase.lineWith);
    });
  });
});

/** The instruments collection's own loader (as src/content.config.ts uses it) refuses the same fixture the scripts' reader does. */
describe('the register collection’s loader', () => {
  it('stores every entry as the reader reads it, and refuses a field of the wrong type', async () => {
    const { stored, context } = loaderContext();
    await registerLoader({ contentDir: 'content' }).load(context);
    const { entries } = await loadRegister({ contentDir: 'content' });
    expect(stored.size).toBe(68);
    for (const { value } of entries) expect(stored.get(value.key)?.data).toEqual(value);

    const badCase = BAD_REGISTER_LOADER.find((c) => c.name.startsWith('a field of the wrong type'))!;
    await inEditedCopy(badCase, async ({ content, file, line }) => {
      const refused = registerLoader({ contentDir: content }).load(context);
      await expect(refused).rejects.toThrow(`${path.relative(process.cwd(), file)}:${line}:1`);
      await expect(refused).rejects.toThrow(badCase.message);
    });
  });
});
