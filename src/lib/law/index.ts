/**
 * The law layer: national law beneath every local text. Import from here.
 *
 * - `resolveInventorShare(data, { policy, mode }, facts)` — the binding minimum inventor share for
 *   a document and a conversion mode, the layer it comes from and why, each floor's part, with
 *   conditions on every fact left unknown. For the reward calculator (`computeReward`), the
 *   comparison (`src/lib/compare/`), the eligibility check and the portfolio checker.
 * - `settled(resolution)` — the single decision when the facts decide it.
 * - `resolvePayroll(data, facts)` — 工资总额 treatment (第四十五条第三款).
 * - `holderFacts(kind, level)` — the facts for a holder described by kind and level (class where decided);
 *   `decisionProvisions(decision)` — the provisions an answer rests on, for its citations.
 * - `licensorClassOf(kind, level)` — the class national law draws, from the eligibility profile's
 *   licensor type and level (undefined when they do not decide it: ask, do not guess).
 *
 * Data: `lawData()` in `src/data/law.ts` at build time (documents with 效力级别, every provision);
 * pass the same JSON to an island. Results are keys and provision ids: the UI owns the Chinese
 * and resolves citations (`citeFor`, `policyHref`).
 *
 * @example
 * import { resolveInventorShare, settled } from '../lib/law';
 * const r = resolveInventorShare(data, { policy: 'yunnan-2024-15-measures', mode: 'pay-later-licence' },
 *   { licensor: 'state-rd-university' });
 * settled(r)?.minimum; // { rate: '0.50', bound: '不低于', layer: 'national', anchor: 'art-45-para-1-item-1', … }
 */
export {
  resolveInventorShare,
  resolvePayroll,
  settled,
  type Branch,
  type FactCondition,
  type Floor,
  type FloorCheck,
  type FloorStatus,
  type LawData,
  type LawDocument,
  type LawFacts,
  type LawProvision,
  type NationalCondition,
  type PayrollDecision,
  type PayrollResolution,
  type ShareDecision,
  type ShareReason,
  type ShareResolution,
} from './resolve';
export {
  HOLDER_LEVELS,
  KINDS_OF_CLASS,
  LICENSOR_CLASSES,
  LICENSOR_KINDS,
  PUBLIC_LEVELS,
  licensorClassOf,
  levelsOfClass,
  type HolderLevel,
  type LicensorClass,
  type LicensorKind,
} from './licensors';
export { decisionProvisions, holderFacts } from './holder';
