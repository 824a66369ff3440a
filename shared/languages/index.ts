import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import type { LanguagePack } from './pack';

export type { CountKey, LanguagePack } from './pack';

/**
 * Every language the reader knows. All are tried on every file; the order
 * decides only which pack's words the writer uses when a file matches none
 * (English first, the language of the files Tally Desk started from).
 */
export const languagePacks: LanguagePack[] = [en, de, fr, es, nl, it];
