/**
 * The publicity period before a licence is signed (许可公示, e.g. Kunming 操作指引 第六条第（三）项
 * “公示期不少于15日”). The period is counted by the Civil Code rules (start day not counted, a last
 * day on a rest day moves to the next working day); signing may happen from the day after its end.
 *
 * @see provision kunming-2025-guideline (第六条第（三）项 publicity-period)
 */
import { periodEnd, type PeriodEnd } from '../civil-code-period';
import type { HolidayCalendar } from '../holidays';
import { addDays, type PlainDate } from '../plain-date';
import type { ProvisionValue } from '../../schemas/provision';

export type PeriodValue = Extract<ProvisionValue, { type: 'period' }>;

export interface PublicityRule {
  provisionId: string;
  value: PeriodValue;
}

export interface PublicityResult {
  provisionIds: string[];
  period: PeriodEnd;
  /** First day the contract may be signed: the day after the (moved) last day of publicity. */
  earliestSigning: PlainDate;
  /** What the plain end alone would give, so the user sees the effect of Art. 203. */
  earliestSigningIfNotMoved: PlainDate;
  /** When a contract date is given: true if it falls before `earliestSigning`. */
  signedTooEarly: boolean | null;
}

/**
 * End of publicity and the earliest signing day.
 * @param start the day publicity begins (not counted, Art. 201).
 * @param contractDate the signing/effective date of the contract, to check it, when known.
 */
export function publicityEnd(
  rule: PublicityRule,
  start: PlainDate,
  calendar: HolidayCalendar,
  contractDate?: PlainDate | null,
): PublicityResult {
  const p = rule.value.period;
  const period = periodEnd(start, { amount: p.amount, unit: p.unit }, calendar);
  // 不少于/以上 include the number (Art. 1259): publicity is complete at the end of its last day.
  const earliestSigning = addDays(period.end, 1);
  return {
    provisionIds: [rule.provisionId],
    period,
    earliestSigning,
    earliestSigningIfNotMoved: addDays(period.plainEnd, 1),
    signedTooEarly: contractDate ? contractDate < earliestSigning : null,
  };
}
