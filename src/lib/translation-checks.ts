import { describeCharacter, INVISIBLE } from './characters.ts';
import { sentencePairProblems } from './consistency.ts';
import { inconsistentRenderings } from './glossary.ts';
import { reviewedRenderingProblems } from './reviewed-renderings.ts';
import type { StatementBlock } from './markdown/remark-statement.ts';
import type { LocatedProblem, Part } from './edition.ts';

/**
 * The translation check, as part of loading the content: what
 * `npm run check:translation` reports also stops `astro build` and
 * `astro dev`, each problem at the English sentence it concerns.
 */

/** Letters of other scripts that pass for Latin ones, and the full-width forms of ASCII. */
const NOT_LATIN = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const FULL_WIDTH = /[\uff01-\uff5e\u3000-\u303f\uff5f-\uff65]/u;

function wordAround(text: string, index: number): string {
  const before = /[\p{L}\p{M}\p{N}\u200b-\u200d\u2060\ufeff'-]*$/u.exec(text.slice(0, index))?.[0] ?? '';
  const after = /^[\p{L}\p{M}\p{N}\u200b-\u200d\u2060\ufeff'-]*/u.exec(text.slice(index))?.[0] ?? '';
  return (before + after).replace(new RegExp(INVISIBLE.source, 'gu'), '␣') || text.slice(index, index + 1);
}

/** One problem per kind of stray character in one English text. */
export function strayCharacters(text: string): { message: string; fix: string }[] {
  const found: { message: string; fix: string }[] = [];
  const chars = [...text];
  const first = (re: RegExp) => chars.findIndex((c) => re.test(c));
  const at = (i: number) => chars.slice(0, i).join('').length;

  const invisible = first(INVISIBLE);
  if (invisible >= 0) {
    found.push({
      message: `contains ${describeCharacter(chars[invisible])} at character ${invisible + 1}, inside “${wordAround(text, at(invisible))}”`,
      fix: 'Delete the invisible character: the English is plain text, with ordinary spaces between words.',
    });
  }
  const foreign = first(NOT_LATIN);
  if (foreign >= 0) {
    found.push({
      message: `has ${describeCharacter(chars[foreign])} at character ${foreign + 1}, in “${wordAround(text, at(foreign))}”, where English uses a Latin letter`,
      fix: 'Retype the word in Latin letters; Cyrillic and Greek letters look the same but do not match in search or the glossary.',
    });
  }
  const wide = first(FULL_WIDTH);
  if (wide >= 0) {
    found.push({
      message: `has the full-width or Chinese mark ${describeCharacter(chars[wide])} at character ${wide + 1}`,
      fix: 'Use ASCII punctuation and digits in English (, ; ( ) : . 0–9); full-width forms belong to the Chinese.',
    });
  }
  return found;
}

/** Invisible characters, look-alike letters and full-width forms in an English paragraph, sentence by sentence. */
export function englishTextProblems(block: StatementBlock, file: string): LocatedProblem[] {
  const texts =
    block.kind === 'signatures'
      ? block.signatories.flatMap((s, i) => [
          { what: `The title of English signatory ${i + 1}`, text: s.title, line: block.line },
          { what: `The name of English signatory ${i + 1}`, text: s.name, line: block.line },
        ])
      : block.sentences.length
        ? block.sentences.map((s) => ({ what: `English sentence ${s.id}`, text: s.text, line: s.line }))
        : [{ what: `English paragraph ${block.id}`, text: block.text, line: block.line }];
  return texts.flatMap(({ what, text, line }) =>
    strayCharacters(text).map((p) => ({ file, line, column: 1, message: `${what} ${p.message}.`, fix: p.fix })),
  );
}

type Glossary = readonly { slug: string; zh: string[]; en: string[] }[];

/**
 * Sentence by sentence: every number, date and ordinal reaches the English;
 * no sentence is empty, repeated or left in Chinese; each sentence names the
 * same register entries and renders the glossary's terms as the glossary
 * gives them (so two English sentences swapped, or two signatories, fail);
 * the signatories follow the Chinese order.
 */
/**
 * The English translation checked against the Chinese, sentence by sentence: numbers, dates, register
 * mentions, glossary renderings, the reviewed renderings, the signatories. `translation` and `authentic`
 * are text codes of the registry (the checks read English and Chinese).
 */
export function translationProblems(
  parts: readonly Part[],
  glossary: Glossary,
  translation = 'en',
  authentic = 'zh',
): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const terms = glossary.map((g) => ({
    slug: g.slug,
    zh: g.zh[0] ?? '',
    zhVariants: g.zh.slice(1),
    en: g.en[0] ?? '',
    enVariants: g.en.slice(1),
  }));
  for (const pair of parts.flatMap((p) => p.paragraphs)) {
    const en = pair.texts[translation];
    const chinese = pair.texts[authentic];
    if (!en || !chinese || en.pending) continue;
    const pairs = chinese.sentences.map((zh, i) => {
      const english = en.sentences[i];
      return {
        id: zh.id,
        zh: zh.text,
        en: english?.text ?? '',
        line: english?.line ?? en.line,
        zhRefs: zh.refs,
        enRefs: english?.refs ?? [],
      };
    });
    if (pairs.length !== en.sentences.length) continue; // reported as sentences that do not pair up
    const at = (line: number, message: string, fix: string) =>
      problems.push({ file: en.file, line, column: 1, message, fix });
    const lineOf = new Map(pairs.map((p) => [p.id, p.line]));
    for (const p of sentencePairProblems(pairs)) at(lineOf.get(p.id) ?? en.line, p.message, p.fix);
    for (const p of pairs) {
      const zhRefs = [...p.zhRefs].sort().join(', ');
      const enRefs = [...p.enRefs].sort().join(', ');
      if (zhRefs !== enRefs) {
        at(
          p.line,
          `Sentence ${p.id} mentions [${enRefs}] in English but [${zhRefs}] in Chinese.`,
          'Each English sentence translates the Chinese sentence with the same id: check that no two sentences were swapped, and mark the same <Ref to="…"> in both.',
        );
      }
    }
    const sentencePairs = pairs.map((p) => ({ id: p.id, zh: { text: p.zh }, en: { text: p.en } }));
    for (const message of inconsistentRenderings(terms, sentencePairs)) {
      const id = message.slice(0, message.indexOf(':'));
      at(
        lineOf.get(id) ?? en.line,
        `Sentence ${message}`,
        'Use the glossary’s rendering in this sentence (content/glossary/), and check that no two English sentences were swapped.',
      );
    }
    for (const message of reviewedRenderingProblems(pairs)) {
      const id = message.slice(0, message.indexOf(':'));
      at(
        lineOf.get(id) ?? en.line,
        `Sentence ${message}`,
        'Keep the rendering the independent review settled on (docs/translation.md, “Second review”).',
      );
    }
    if (pair.kind === 'signatures') {
      chinese.signatories.forEach((zh, i) => {
        const english = en.signatories[i];
        const fields = [
          { zh: zh.title, en: english?.title ?? '' },
          { zh: zh.name, en: english?.name ?? '' },
        ];
        const wrong = fields.flatMap((f, j) =>
          inconsistentRenderings(terms, [{ id: String(j), zh: { text: f.zh }, en: { text: f.en } }]),
        );
        if (wrong.length) {
          at(
            en.line,
            `English signatory ${i + 1} (“${english?.title ?? ''}”, “${english?.name ?? ''}”) does not render Chinese signatory ${i + 1} (“${zh.title}”, “${zh.name}”).`,
            'Signatories follow the Chinese order, title and name together: swap them back.',
          );
        }
      });
    }
  }
  return problems;
}

/**
 * The numbers of a translation without an English number table (`numbers: "digits"` in the registry): every
 * number the authentic sentence writes in digits is written in digits in its counterpart too, except a month
 * (`9月`), which a translation writes as a word. `2026年3月1日` asks for 2026 and 1; `30周年` for 30.
 */
export function digitProblems(parts: readonly Part[], translation: string, authentic: string): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const numbersIn = (text: string) => [...text.matchAll(/\d+(?:\.\d+)?(?!\d|\.\d|\s*月)/g)].map((m) => m[0]);
  for (const pair of parts.flatMap((p) => p.paragraphs)) {
    const target = pair.texts[translation];
    const source = pair.texts[authentic];
    if (!target || !source || target.pending || target.sentences.length !== source.sentences.length) continue;
    source.sentences.forEach((sentence, i) => {
      const counterpart = target.sentences[i];
      if (!counterpart) return;
      const written = numbersIn(counterpart.text);
      const missing = numbersIn(sentence.text).filter((n) => {
        const at = written.indexOf(n);
        if (at < 0) return true;
        written.splice(at, 1);
        return false;
      });
      if (missing.length) {
        problems.push({
          file: target.file,
          line: counterpart.line,
          column: 1,
          message: `Sentence ${sentence.id} has ${missing.join(', ')} in the authentic text but not in the translation (“${counterpart.text.slice(0, 60)}”).`,
          fix: 'Carry every number over, in digits (a month may be written as a word); check that no two sentences were swapped.',
        });
      }
    });
  }
  return problems;
}
