import type { ResultWord } from '../model';
import type { Report } from './model';

/**
 * How numbers, results and dates are written in every output, so that the
 * HTML, PDF, Word and CSV say exactly the same thing.
 */

/** Written where a figure does not exist, in every output. */
export const NONE = '–';

/**
 * A share as a percentage, rounded half up in integer arithmetic so that
 * 2 of 3 at one decimal is "66.7%" in every output, with no floating-point drift.
 */
export function formatPercent(votes: number, of: number, decimals: number): string {
  const scale = 10 ** decimals;
  const scaled = Math.floor((2 * votes * 100 * scale + of) / (2 * of));
  const whole = Math.floor(scaled / scale);
  const fraction = decimals === 0 ? '' : `.${String(scaled % scale).padStart(decimals, '0')}`;
  return `${whole}${fraction}%`;
}

/** A count with thousands separated by commas ("318,402"), or a dash when the file gives none. */
export function formatCount(count: number | null): string {
  if (count === null) return NONE;
  return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
}

const resultWords: Record<ResultWord, string> = { carried: 'Carried', lost: 'Lost', remitted: 'Remitted', withdrawn: 'Withdrawn' };
export const formatResult = (result: ResultWord): string => resultWords[result];

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2024-03-14" as "14 March 2024", the same on every machine whatever its locale. */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${months[month! - 1]} ${year}`;
}

/** Whether text reads right to left: its first letter is Hebrew, Arabic or another right-to-left script. */
export function isRightToLeft(text: string): boolean {
  const first = /\p{L}/u.exec(text)?.[0];
  return first !== undefined && /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u.test(first);
}

/** "motion" or "motions", as the count asks. */
export const nounFor = (count: number, word: string, words = `${word}s`): string => (count === 1 ? word : words);

/** "1 motion", "3 motions", "10,032 motions". */
export const plural = (count: number, word: string, words = `${word}s`): string => `${formatCount(count)} ${nounFor(count, word, words)}`;

export type Figure = { figure: string; label: string };

/** The summary's figures as every output prints them: carried and lost always, other results where any occurred. */
export function summaryFigures(report: Pick<Report, 'summary' | 'voters'>): { motions: Figure; results: Figure[]; voters: Figure | null } {
  const { summary, voters } = report;
  const results: [string, number, boolean][] = [
    ['carried', summary.carried, true],
    ['lost', summary.lost, true],
    ['remitted', summary.remitted, false],
    ['withdrawn', summary.withdrawn, false],
    ['without a result', summary.withoutResult, false],
  ];
  return {
    motions: { figure: formatCount(summary.motions), label: nounFor(summary.motions, 'motion') },
    results: results.filter(([, count, always]) => always || count > 0).map(([label, count]) => ({ figure: formatCount(count), label })),
    voters: voters === null ? null : { figure: formatCount(voters), label: nounFor(voters, 'voter') },
  };
}
