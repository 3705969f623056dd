/**
 * The law layer in plain Chinese: one formatter for the resolver's answers (the comparison cells,
 * its exports and, through the same keys, the calculators). `src/lib/law/` returns keys and
 * provision ids; the formatters live in `src/lib/law/words.ts` (translator-injected, so the
 * calculator islands use them with their own strings); this module binds them to the site's `t`.
 */
import { lawWords, type LawTextContext } from '../lib/law/words';
import { t, type UiKey } from './index';

export type { LawTextContext };

const words = lawWords((key, vars) => t(key as UiKey, vars));

/** One condition in words: 经技术合同认定登记的 / 市属（市级）单位 / 若所列“等”单位包括本单位 … */
export const conditionText = words.conditionText;
/** The minimum with its layer and citation, a national floor beneath it, or why there is none. */
export const decisionText = words.decisionText;
/** One answer: its conditions, then what binds. */
export const answerText = words.answerText;
