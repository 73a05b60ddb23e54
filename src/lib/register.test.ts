import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import {
  checkOfficialHosts,
  checkRegisterFile,
  officialHostFor,
  officialLabelProblem,
  type OfficialHost,
} from './register.ts';
import { formatFileProblems, readYaml, type SchemaCheck } from './schemas/read.ts';

// A made-up host list: these tests are about the rules, not about which real hosts are official.
const HOSTS: OfficialHost[] = [
  { host: 'gov.example', owner: 'Example government', allows: ['official-text', 'official-record'] },
  { host: 'agency.example', owner: 'Example state news agency', allows: ['official-text'] },
];

// A small schema of the same shape as the register's, so the checks are tested apart from the real one.
const address = z.object({ url: z.url(), kind: z.enum(['official-text', 'official-record', 'report', 'reference']) });
const entry = z.object({ key: z.string(), urls: z.array(address), sources: z.array(address).optional() });
const check: SchemaCheck<z.infer<typeof entry>> = (data) => {
  const result = entry.safeParse(data);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: result.error.issues.map((i) => ({ path: i.path, message: i.message })) };
};

const file = 'content/instruments/sample.yaml';
const yamlWith = (urls: string) => `key: sample\nurls:\n${urls}`;

describe('officialHostFor', () => {
  it('covers the host and its subdomains, not look-alikes', () => {
    expect(officialHostFor('https://gov.example/a', HOSTS)?.owner).toBe('Example government');
    expect(officialHostFor('https://english.www.gov.example/a', HOSTS)?.owner).toBe('Example government');
    expect(officialHostFor('https://notgov.example/a', HOSTS)).toBeUndefined();
    expect(officialHostFor('https://gov.example.evil.test/a', HOSTS)).toBeUndefined();
  });
});

describe('officialLabelProblem', () => {
  it('lets reports and references live anywhere', () => {
    expect(officialLabelProblem('https://news.test/a', 'report', HOSTS)).toBeUndefined();
    expect(officialLabelProblem('https://blog.test/a', 'reference', HOSTS)).toBeUndefined();
  });
  it('refuses an official label on a host not on the list', () => {
    expect(officialLabelProblem('https://news.test/a', 'official-text', HOSTS)?.why).toMatch(
      /host news\.test is not an official host/,
    );
  });
  it('refuses a label the host does not allow: a news agency is official only for the text itself', () => {
    expect(officialLabelProblem('https://www.agency.example/a', 'official-text', HOSTS)).toBeUndefined();
    expect(officialLabelProblem('https://www.agency.example/a', 'official-record', HOSTS)?.why).toMatch(
      /may be labelled only official-text/,
    );
  });
  it('tells an editor to give a web address, not to list a host, for a javascript: or mailto: address', () => {
    for (const url of ['javascript:alert(1)', 'mailto:press@gov.example']) {
      const problem = officialLabelProblem(url, 'official-text', HOSTS);
      expect(problem?.why, url).toMatch(/is a (javascript|mailto): address, not a web page/);
      expect(problem?.fix, url).toMatch(/http\(s\) address/);
      expect(problem?.fix, url).not.toMatch(/add it to content\/official-hosts\.yaml/);
    }
  });
});

describe('checkRegisterFile', () => {
  it('passes an entry whose official addresses are on official hosts', () => {
    const text = yamlWith(
      '- url: https://gov.example/t\n  kind: official-text\n- url: https://news.test/r\n  kind: report\n',
    );
    const result = checkRegisterFile({ file, text, check, hosts: HOSTS });
    expect(result.problems).toEqual([]);
    expect(result.value?.urls).toHaveLength(2);
  });

  it('names the file, the line of the label, the address and the fix for a news page called official', () => {
    const text = yamlWith(
      '- url: https://gov.example/t\n  kind: official-text\n- url: https://news.test/r\n  kind: official-text\n',
    );
    const { problems, value } = checkRegisterFile({ file, text, check, hosts: HOSTS });
    expect(value).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file, line: 6 });
    expect(problems[0]?.message).toBe(
      'Address https://news.test/r is labelled official-text, but its host news.test is not an official host (content/official-hosts.yaml).',
    );
    expect(problems[0]?.fix).toMatch(/Label it report or reference/);
  });

  it('refuses an address without a kind, pointing at the address', () => {
    const text = yamlWith('- url: https://gov.example/t\n  kind: official-text\n- url: https://news.test/r\n');
    const { problems } = checkRegisterFile({ file, text, check, hosts: HOSTS });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(5);
    expect(problems[0]?.message).toMatch(/^urls\.1\.kind is missing/);
    expect(problems[0]?.fix).toMatch(/official-text, official-record, report or reference/);
  });

  it('gives the http(s) fix, not the official-host one, for a javascript: address labelled official under urls', () => {
    const text = yamlWith('- url: javascript:alert(1)\n  kind: official-text\n');
    const { problems } = checkRegisterFile({ file, text, check, hosts: HOSTS });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file, line: 4 });
    expect(problems[0]?.message).toBe(
      'Address javascript:alert(1) is labelled official-text, but it is a javascript: address, not a web page (http or https).',
    );
    expect(problems[0]?.fix).toMatch(/^Give the page’s http\(s\) address/);
  });

  describe('sources', () => {
    const withSources = (sources: string) =>
      `key: sample\nurls:\n- url: https://gov.example/t\n  kind: official-text\nsources:\n${sources}`;

    it('passes sources labelled for what they are', () => {
      const text = withSources(
        '- url: https://gov.example/t\n  kind: official-text\n- url: https://news.test/r\n  kind: report\n- url: https://wiki.test/w\n  kind: reference\n',
      );
      const result = checkRegisterFile({ file, text, check, hosts: HOSTS });
      expect(result.problems).toEqual([]);
      expect(result.value?.sources?.map((s) => s.kind)).toEqual(['official-text', 'report', 'reference']);
    });

    it('refuses a news source labelled official, with the file, the line of its label, the address and the fix', () => {
      const text = withSources(
        '- url: https://gov.example/t\n  kind: official-text\n- url: https://news.test/r\n  kind: official-record\n',
      );
      const { problems, value } = checkRegisterFile({ file, text, check, hosts: HOSTS });
      expect(value).toBeUndefined();
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ file, line: 9 });
      expect(problems[0]?.message).toBe(
        'Address https://news.test/r is labelled official-record, but its host news.test is not an official host (content/official-hosts.yaml).',
      );
      expect(problems[0]?.fix).toMatch(/^Label it report or reference/);
    });

    it('gives the http(s) fix for a javascript: source labelled official', () => {
      const text = withSources('- url: javascript:void(0)\n  kind: official-text\n');
      const { problems } = checkRegisterFile({ file, text, check, hosts: HOSTS });
      expect(problems.map((p) => [p.line, p.message])).toEqual([
        [
          7,
          'Address javascript:void(0) is labelled official-text, but it is a javascript: address, not a web page (http or https).',
        ],
      ]);
      expect(problems[0]?.fix).toMatch(/http\(s\) address/);
    });

    it('refuses a source whose label differs from the same address under urls', () => {
      const text = withSources('- url: https://gov.example/t\n  kind: reference\n');
      const { problems } = checkRegisterFile({ file, text, check, hosts: HOSTS });
      expect(problems).toHaveLength(1);
      expect(problems[0]?.line).toBe(7);
      expect(problems[0]?.message).toBe(
        'Source https://gov.example/t is labelled reference, but the same address under urls (item 1) is labelled official-text.',
      );
      expect(problems[0]?.fix).toMatch(/kind its address has under urls/);
    });

    it('refuses a source without a kind, pointing at it', () => {
      const text = withSources('- url: https://news.test/r\n');
      const { problems } = checkRegisterFile({ file, text, check, hosts: HOSTS });
      expect(problems.map((p) => p.line)).toEqual([6]);
      expect(problems[0]?.message).toMatch(/^sources\.0\.kind is missing/);
      expect(problems[0]?.fix).toMatch(/official-text, official-record, report or reference/);
    });
  });

  it('refuses a key that is not the file name', () => {
    const text = 'key: other\nurls: []\n';
    const { problems } = checkRegisterFile({ file, text, check, hosts: HOSTS });
    expect(problems.map((p) => [p.line, p.message])).toEqual([[1, 'key is “other” but the file is sample.yaml.']]);
  });

  it('reports broken YAML instead of throwing', () => {
    const { problems } = checkRegisterFile({ file, text: 'key: [unclosed\n', check, hosts: HOSTS });
    expect(problems[0]?.message).toBe('The file is not valid YAML.');
  });
});

describe('checkOfficialHosts', () => {
  const hostsCheck: SchemaCheck<OfficialHost[]> = (data) =>
    Array.isArray(data) && data.every((h) => typeof (h as OfficialHost).owner === 'string')
      ? { ok: true, value: data as OfficialHost[] }
      : { ok: false, issues: [{ path: [1, 'owner'], message: 'owner is required' }] };

  it('says which host lacks an owner, with its line', () => {
    const text =
      '- host: a.example\n  owner: A\n  allows: [official-text]\n- host: b.example\n  allows: [official-text]\n';
    const { problems } = checkOfficialHosts({ file: 'content/official-hosts.yaml', text, check: hostsCheck });
    expect(problems.map((p) => p.line)).toEqual([4]);
  });
});

describe('readYaml', () => {
  it('finds the line of nested keys and list items', () => {
    const { lineOf } = readYaml('a: 1\nb:\n  - x: 1\n  - x: 2\n    y: 3\n');
    expect(lineOf(['b', 1, 'y'])).toBe(5);
    expect(lineOf(['b', 1, 'missing'])).toBe(4);
    expect(lineOf(['a'])).toBe(1);
  });
});

describe('the register’s problems as one message', () => {
  it('lists every problem as file:line:column, message and fix', () => {
    const text = formatFileProblems('The register', [
      { file: 'b.yaml', line: 2, column: 1, message: 'Second.', fix: 'Do B.' },
      { file: 'a.yaml', line: 9, column: 1, message: 'First.', fix: 'Do A.' },
    ]);
    expect(text).toBe(
      'The register has 2 problems; nothing was built.\n\na.yaml:9:1\n  First.\n  Fix: Do A.\n\nb.yaml:2:1\n  Second.\n  Fix: Do B.\n',
    );
  });
});
