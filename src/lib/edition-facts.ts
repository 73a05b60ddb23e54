import { editionDir } from './edition/current.ts';
import { execFileSync } from 'node:child_process';
import type { AuthenticSource, StatementFacts } from './citation.ts';
import { t } from '../i18n/index.ts';

interface EditionData {
  title: { zh: string; en: string };
  parties: { zh: string; en: string }[];
  signed: string;
  place: { zh: string; en: string };
  authenticLanguages: { zh: string; en: string };
  authenticSources: AuthenticSource[];
}

/** The facts a citation needs, from the edition entry and the site's own name. */
export function statementFacts(edition: EditionData): StatementFacts {
  return {
    title: edition.title,
    parties: edition.parties,
    signed: edition.signed,
    place: { zh: edition.place.zh, en: edition.place.en },
    authenticLanguages: edition.authenticLanguages,
    edition: {
      zh: `${t('zh', 'site.name')}：${t('zh', 'site.tagline')}`,
      en: `${t('en', 'site.name')}: ${t('en', 'site.tagline')}`,
    },
  };
}

/** The day the site was built: the access date printed in citations until the reader's browser replaces it. */
export const BUILD_DATE = new Date().toISOString().slice(0, 10);

/**
 * The edition's own date, printed as its “last modified” date in every
 * citation: the day (UTC) of the last commit that changed `content/` — the
 * text, the translation, the notes, the register, the glossary. Rebuilding
 * unchanged content keeps the date; a copy without git history (a tarball)
 * falls back to the build date. Never the statement's date of 2022.
 */
export function editionDate(cwd = process.cwd()): string {
  try {
    const date = execFileSync(
      'git',
      ['log', '-1', '--format=%cd', '--date=format-local:%Y-%m-%d', '--', editionDir()],
      {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, TZ: 'UTC' },
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    ).trim();
    return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : BUILD_DATE;
  } catch {
    return BUILD_DATE;
  }
}

export const EDITION_DATE = editionDate();
