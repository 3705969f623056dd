/**
 * Dated duties of one result under one document: for each provision carrying a `duty`, the day
 * its period ends (民法典 第二百零一条至第二百零三条 via `periodEnd`, rest days from the holiday data),
 * and where the result stands on the "as of" day. Which results a duty covers, which clock starts
 * it and what it requires all come from the provision's typed `duty`; nothing is restated here.
 */
import type { DatedDuty as Duty } from '../../schemas/provision-scope';
import { periodEnd, type CivilCodeArticle } from '../civil-code-period';
import { datedDuty } from '../duties';
import type { EligibilityPolicy, EligibilityProvision } from '../eligibility';
import type { HolidayCalendar } from '../holidays';
import { daysBetween, type PlainDate } from '../plain-date';
import { lastDayInForce, type PolicyStatus } from '../policy-status';
import type { PortfolioItem } from './rows';

/** "Due within 90 days": the window the issue asks for; a display threshold, not a legal period. */
export const SOON_DAYS = 90;

export type DutyState =
  | 'overdue' // the period has run out (duty arisen / act late)
  | 'soon' // ends within SOON_DAYS
  | 'later'
  | 'met' // converted: an unconverted-at-end duty cannot arise
  | 'excluded' // the result is of a kind the duty leaves out (涉密)
  | 'not-applicable' // the result is not of a kind the duty covers (not publicly funded)
  | 'not-started' // the clock has not started (a patent application: no 取得知识产权之日 yet)
  | 'no-date'; // the date the period runs from is missing

/** Conditions the file cannot settle, shown with the date so the office confirms them. */
export type DutyCondition =
  | 'public-funding-unknown'
  | 'classified-unknown'
  | 'security-interest'
  | 'applied-technology'
  | 'tackling-project'
  | 'no-justification'
  | 'clock-unstated'
  | 'converted-unknown';

export interface DutyCheck {
  provisionId: string;
  policyId: string;
  action: Duty['action'];
  when: Duty['when'];
  clock: Duty['clocks'][number];
  /** False where the text does not say which event starts the period: this is one reading. */
  clockStated: boolean;
  state: DutyState;
  /** The event day the period runs from (not counted, Art. 201). */
  from?: PlainDate;
  /** Last day of the period after Art. 203. */
  due?: PlainDate;
  /** Last day before moving off rest days, where it moved. */
  plainDue?: PlainDate;
  articles: CivilCodeArticle[];
  /** False where a year involved has no published holiday arrangement (weekends still moved). */
  holidayDataKnown: boolean;
  /** Days from "as of" to `due` (negative: past). */
  daysLeft?: number;
  conditions: DutyCondition[];
  /** The document is in force on "as of": the duty binds. False for drafts and expired texts. */
  binding: boolean;
  docStatus: PolicyStatus;
  /** The due day falls after the document's last day in force (as stated or derived). */
  beyondValidity: boolean;
  /**
   * Once an open-licence duty is overdue: the terms of the open licence that follows — the
   * document's own open-licence provisions, then national law's (专利法 第五十条至第五十二条).
   */
  openLicence: string[];
}

/**
 * The dimension under which the law layer files the Patent Law's open-licence terms. The hook is
 * here so they appear as soon as those provisions are in the dataset.
 */
export const OPEN_LICENCE_DIMENSION = 'open-licence';

function clockDate(item: PortfolioItem, clock: Duty['clocks'][number]): PlainDate | undefined {
  return clock === 'acceptance' ? item.acceptanceDate : clock === 'right-obtained' ? item.rightDate : item.projectStart;
}

/** State of a dated duty on `asOf`: past its end → overdue; within SOON_DAYS → soon. */
export function stateOn(due: PlainDate, asOf: PlainDate): { state: 'overdue' | 'soon' | 'later'; daysLeft: number } {
  const daysLeft = daysBetween(asOf, due);
  // The last day runs to 24:00 (Art. 203), so on the due day itself the duty is not yet late.
  return { daysLeft, state: daysLeft < 0 ? 'overdue' : daysLeft <= SOON_DAYS ? 'soon' : 'later' };
}

/** What `dutiesFor` needs of one document, prepared once per document (see `dutyDocument`). */
export interface DutyDocument {
  policyId: string;
  /** The document's provisions that carry a duty. */
  duties: readonly EligibilityProvision[];
  /** Its last day in force, stated or derived. */
  lastDay?: PlainDate | undefined;
  /** Open-licence terms to attach once an open-licence duty has arisen (its own, then the law's). */
  openLicence: readonly string[];
}

/**
 * Prepare a document for `dutiesFor` (done once, not per row). `lawOpenLicence`: ids of national
 * law's open-licence provisions, which reach every document's open-licence duty; another local
 * document's open-licence arrangements never do.
 */
export function dutyDocument(policy: EligibilityPolicy, provisions: readonly EligibilityProvision[], lawOpenLicence: readonly string[] = []): DutyDocument {
  return {
    policyId: policy.id,
    duties: provisions.filter((p) => p.policy === policy.id && datedDuty(p) !== undefined),
    lastDay: lastDayInForce(policy.data).lastDay,
    openLicence: [
      ...provisions.filter((p) => p.policy === policy.id && p.dimension === OPEN_LICENCE_DIMENSION).map((p) => p.id),
      ...lawOpenLicence,
    ],
  };
}

/** Every dated duty of `item` under one document (one per clock where the clock is a reading). */
export function dutiesFor(
  item: PortfolioItem,
  doc: DutyDocument,
  docStatus: PolicyStatus,
  calendar: HolidayCalendar,
  asOf: PlainDate,
): DutyCheck[] {
  const out: DutyCheck[] = [];
  const { lastDay, openLicence } = doc;
  for (const prov of doc.duties) {
    const duty = datedDuty(prov);
    if (!duty || prov.value.type !== 'period') continue;
    const period = prov.value.period;
    const conditions: DutyCondition[] = [];
    let blocked: DutyState | undefined;
    for (const r of duty.requires) {
      if (r.key === 'public-funding') {
        if (item.publicFunding === 'no') blocked = 'not-applicable';
        else if (item.publicFunding !== 'yes') conditions.push('public-funding-unknown');
      } else conditions.push(r.key);
    }
    for (const x of duty.excludes) {
      if (x.key === 'classified') {
        if (item.classified === 'yes') blocked ??= 'excluded';
        else if (item.classified !== 'no') conditions.push('classified-unknown');
      } else conditions.push(x.key);
    }
    if (!duty.clockStated) conditions.push('clock-unstated');
    if (duty.when === 'unconverted-at-end') {
      if (item.converted === 'yes') blocked ??= 'met';
      else if (item.converted !== 'no') conditions.push('converted-unknown');
    }
    for (const clock of duty.clocks) {
      const base: DutyCheck = {
        provisionId: prov.id, policyId: doc.policyId, action: duty.action, when: duty.when, clock, clockStated: duty.clockStated,
        state: 'no-date', articles: [], holidayDataKnown: true, conditions, binding: docStatus === 'in-force', docStatus,
        beyondValidity: false, openLicence: [],
      };
      if (blocked) {
        // The duty does not reach this result: one line, whatever the clock, and no conditions.
        out.push({ ...base, conditions: [], state: blocked });
        break;
      }
      const from = clockDate(item, clock);
      if (clock === 'right-obtained' && item.status === 'pending' && from === undefined) {
        out.push({ ...base, state: 'not-started' });
        continue;
      }
      if (from === undefined) {
        out.push(base);
        continue;
      }
      const end = periodEnd(from, { amount: period.amount, unit: period.unit }, calendar);
      const { state, daysLeft } = stateOn(end.end, asOf);
      out.push({
        ...base,
        state,
        from,
        due: end.end,
        ...(end.didMove ? { plainDue: end.plainEnd } : {}),
        articles: end.articles,
        holidayDataKnown: end.holidayDataKnown,
        daysLeft,
        beyondValidity: lastDay !== undefined && end.end > lastDay,
        openLicence: duty.action === 'open-licence-library' && state === 'overdue' ? [...openLicence] : [],
      });
    }
  }
  return out;
}
