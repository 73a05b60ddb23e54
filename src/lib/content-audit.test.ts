import { describe, expect, it } from 'vitest';
import {
  addressProblem,
  addressesIn,
  entryFileProblems,
  mentionProblems,
  jsonFileProblems,
  notesFileProblems,
  pageFileProblems,
  sentenceFingerprint,
} from './content-audit.ts';
import { strayCharacters } from './translation-checks.ts';

describe('addresses', () => {
  it('allows http(s) everywhere and site paths in prose', () => {
    expect(addressProblem('https://www.un.org/en/', true)).toBeUndefined();
    expect(addressProblem('http://paper.people.com.cn/rmrb/', true)).toBeUndefined();
    expect(addressProblem('../glossary/', false)).toBeUndefined();
    expect(addressProblem('#s2-5', false)).toBeUndefined();
    expect(addressProblem('/data/', false)).toBeUndefined();
  });

  it('refuses other schemes, however they are disguised, and protocol-relative addresses', () => {
    expect(addressProblem('javascript:alert(1)', false)).toBe('uses the javascript: scheme');
    expect(addressProblem(' JaVaScRiPt:alert(1)', false)).toBe('uses the javascript: scheme');
    expect(addressProblem('java\tscript:alert(1)', false)).toBe('uses the javascript: scheme');
    expect(addressProblem('javascript&#58;alert(1)', false)).toBe('uses the javascript: scheme');
    expect(addressProblem('data:text/html,x', false)).toBe('uses the data: scheme');
    expect(addressProblem('vbscript:msgbox', false)).toBe('uses the vbscript: scheme');
    expect(addressProblem('file:///etc/passwd', false)).toBe('uses the file: scheme');
    expect(addressProblem('//evil.example/', false)).toMatch(/protocol-relative/);
    expect(addressProblem('\\\\evil.example/', false)).toMatch(/protocol-relative/);
    expect(addressProblem('\\/\\/evil.example/', false)).toMatch(/protocol-relative/);
    expect(addressProblem('/data/', true)).toBe('is not an absolute http(s) address');
  });

  it('finds the addresses in Markdown, MDX and HTML', () => {
    expect(addressesIn('[a](https://x.org) ![b](data:x) <https://y.org>\n[c]: //z.org')).toEqual([
      'https://x.org',
      'data:x',
      '//z.org',
      'https://y.org',
    ]);
    expect(addressesIn('<a href="javascript:1">x</a> <img src=\'data:y\'> <A HREF={"vbscript:z"} />')).toEqual([
      'javascript:1',
      'data:y',
      'vbscript:z',
      // Script schemes are also caught outside any link.
      'javascript:1',
      'vbscript:z',
    ]);
  });
});

describe('register and glossary files', () => {
  it('name a key that differs from the file name at its line, with the fix', () => {
    const [problem] = entryFileProblems('content/instruments/a-b.yaml', 'kind: treaty\nkey: a-c\n', 'key');
    expect(problem).toMatchObject({ file: 'content/instruments/a-b.yaml', line: 2 });
    expect(problem?.message).toBe('The key “a-c” differs from the file name “a-b.yaml”.');
    expect(problem?.fix).toMatch(/^Set key: a-b/);
  });

  it('name a key written twice, blank text and unsafe addresses at their lines', () => {
    const text = 'slug: t\nen: x\nen: y\n';
    const [twice] = entryFileProblems('g/t.yaml', text, 'slug');
    expect(twice?.line).toBe(3);
    expect(twice?.message).toMatch(/Map keys must be unique/);
    const blank = entryFileProblems('g/t.yaml', 'slug: t\ndefinition:\n  en: "   "\n', 'slug');
    expect(blank).toMatchObject([{ line: 3, message: '“en” holds only white space, so it would show as nothing.' }]);
    const unsafe = entryFileProblems('g/t.yaml', 'slug: t\nrendering:\n  url: javascript:x\n', 'slug');
    expect(unsafe).toMatchObject([
      { line: 3, message: 'The address “javascript:x” in url uses the javascript: scheme.' },
    ]);
  });
});

describe('translator’s notes', () => {
  const notes =
    '- id: a\n  sentence: s2-5.1\n  en: x\n  zh: 甲\n- id: b\n  sentence: s2-5.9\n  en: y\n  zh: 乙\n- id: a\n  sentence: s2-5.1\n  en: z\n  zh: 丙\n';

  it('name a duplicate id and a note on a sentence the text lacks, at their lines', () => {
    const { problems, notes: read } = notesFileProblems('n.yaml', notes, new Set(['s2-5.1']), () => false);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [9, 'The note id “a” is used twice (first on line 1); the second note would replace the first.'],
      [6, 'Note “b” names sentence “s2-5.9”, which the statement does not have.'],
    ]);
    expect(read.map((n) => [n.id, n.sentence, n.sentenceLine])).toEqual([
      ['a', 's2-5.1', 2],
      ['b', 's2-5.9', 6],
      ['a', 's2-5.1', 10],
    ]);
  });
});

describe('edition.json and prose pages', () => {
  it('name unsafe addresses at their lines', () => {
    const json = '{\n  "a": { "url": null },\n  "b": { "url": "data:x" }\n}\n';
    expect(jsonFileProblems('e.json', json)).toMatchObject([
      { line: 3, message: 'The address “data:x” in url uses the data: scheme.' },
    ]);
    const page = '---\ntitle: About\ndescription: "  "\n---\n\nText [x](javascript:y).\n';
    expect(pageFileProblems('about.mdx', page).map((p) => [p.line, p.message])).toEqual([
      [3, '“description” holds only white space, so it would show as nothing.'],
      [6, 'The address “javascript:y” uses the javascript: scheme.'],
    ]);
  });
});

describe('sentence fingerprints', () => {
  it('change with any change of the Chinese, even an invisible one', () => {
    const a = sentenceFingerprint('这也是联合国大会第2758号决议确定的原则。');
    expect(a).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(sentenceFingerprint('这也是联合国大会第2758号决议确定的原则。')).toBe(a);
    expect(sentenceFingerprint('这也是联合国大会第2758号决议确定的原则。\u200b')).not.toBe(a);
  });
});

describe('stray characters in English', () => {
  it('names each kind once, with the word it hides in', () => {
    expect(strayCharacters('The Kаzakh side')).toEqual([
      {
        message: 'has U+0430 CYRILLIC SMALL LETTER A at character 6, in “Kаzakh”, where English uses a Latin letter',
        fix: 'Retype the word in Latin letters; Cyrillic and Greek letters look the same but do not match in search or the glossary.',
      },
    ]);
    expect(strayCharacters('Kazakh\u200bstan，２')).toHaveLength(2);
    expect(strayCharacters('The two sides (China and Kazakhstan): 30th, 2022.')).toEqual([]);
  });
});

describe('register mentions', () => {
  const paragraphs = new Map([
    [
      's3-8',
      {
        zh: '中方支持建立国际生物安全机构的倡议。',
        en: 'China supports the initiative to establish the International Agency for Biological Safety (IABS).',
      },
    ],
  ]);
  const entry = (en: string, paragraph = 's3-8') =>
    `key: iabs\nmentions:\n- paragraph: ${paragraph}\n  zh: 建立国际生物安全机构的倡议\n  en: ${en}\n`;

  it('accepts words the paragraph has, in any case', () => {
    expect(
      mentionProblems('i/iabs.yaml', entry('the initiative to establish the international agency'), paragraphs),
    ).toEqual([]);
  });

  it('refuses English the revised translation no longer has, at its line', () => {
    const [problem] = mentionProblems(
      'i/iabs.yaml',
      entry('an international agency for biological safety'),
      paragraphs,
    );
    expect(problem).toMatchObject({ file: 'i/iabs.yaml', line: 5 });
    expect(problem?.message).toBe(
      'The English mention “an international agency for biological safety” is not in paragraph s3-8 (was the translation revised?).',
    );
  });

  it('refuses a paragraph the statement does not have', () => {
    const [problem] = mentionProblems('i/iabs.yaml', entry('x', 's3-80'), paragraphs);
    expect(problem).toMatchObject({ line: 3 });
    expect(problem?.message).toContain('“s3-80”');
  });
});
