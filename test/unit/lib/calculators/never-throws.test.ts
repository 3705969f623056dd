/**
 * "A result or a field message, never an exception" (issue #12 §2), over the whole input space the
 * forms accept: every field takes any string, so each property drives random text of every kind
 * (in range, on the edges, just past them, full-width, garbage) through the calculator core. A
 * thrown error would freeze the page on its previous answer, lose a shared link or reach a host
 * page's console; a missing result without a message leaves the user guessing.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computePlan, MAX_MILESTONES, SCHEDULE_MODES, type PaymentForm, type PlanContext } from '../../../../src/lib/calculators/payment-plan';
import { MAX_SCHEDULE_ROWS } from '../../../../src/lib/calculators/payment-schedule';
import { calendar } from '../holidays-data';
import { ruleData } from './payment-fixtures';
import { dateText, garbage, integerText, labelText, percentText, yuanText } from './field-text';
import { loadProvisions } from '../../../../src/data/dataset';
import { loadPolicyBodies } from '../../../../src/data/policy-bodies';
import { evaluateEligibility, type EligibilityPolicy } from '../../../../src/lib/eligibility';
import { formatMessage } from '../../../../src/i18n/format';
import {
  FUNDING_LEVELS, LICENSEE_SIZES, LICENSOR_LEVELS, LICENSOR_TYPES, QUERY_KEYS, RESULT_CLASSES, RESULT_TYPES, ROLES, SENSITIVITIES, TRI, isValid,
  parseProfileQuery, toQueryString, type PlaceOption,
} from '../../../../src/lib/eligibility-profile';

const RUNS = 400;
const ctx: PlanContext = { rules: ruleData.rules, calendar, fallbackLateRate: ruleData.fallbackLateRate };
const ruleIds = ruleData.rules.map((r) => r.id);

const milestone = fc.record({ name: labelText, date: dateText, amount: yuanText, term: integerText(0, 366) });

const paymentForm: fc.Arbitrary<PaymentForm> = fc.record({
  rule: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...ruleIds) }, { weight: 1, arbitrary: garbage }),
  effective: dateText,
  revenue: fc.oneof(fc.constant(''), dateText),
  publicity: fc.oneof(fc.constant(''), dateText),
  mode: fc.constantFrom(...SCHEDULE_MODES),
  agreedMonths: fc.oneof(fc.constant(''), integerText(1, 120)),
  milestones: fc.array(milestone, { maxLength: MAX_MILESTONES + 2 }),
  withRoyalty: fc.boolean(),
  royaltyRate: percentText,
  royaltyPeriod: fc.constantFrom('half-year', 'year'),
  royaltyRevenue: yuanText,
  royaltyPeriods: integerText(1, MAX_SCHEDULE_ROWS),
  royaltyTerm: integerText(0, 366),
  royaltyFrom: fc.constantFrom('effective', 'revenue'),
  deferredStart: fc.constantFrom('period', 'revenue'),
  deferredKind: fc.constantFrom('lump', 'instalments'),
  lumpAmount: yuanText,
  deferredTerm: integerText(0, 366),
  instCount: integerText(1, MAX_SCHEDULE_ROWS),
  instAmount: yuanText,
  instInterval: integerText(1, 60),
  lateUnpaid: fc.oneof(fc.constant(''), yuanText),
  lateDue: fc.oneof(fc.constant(''), dateText),
  latePaid: fc.oneof(fc.constant(''), dateText),
  lateRate: fc.oneof(fc.constant(''), percentText),
});

const PLAN: PaymentForm = {
  mode: 'royalty',
  rule: 'kunming-2025-guideline-art-1-payment-timing', effective: '2026-03-02', revenue: '', publicity: '',
  agreedMonths: '12', milestones: [], withRoyalty: false, royaltyRate: '3', royaltyPeriod: 'half-year', royaltyRevenue: '1000000',
  royaltyPeriods: '4', royaltyTerm: '30', royaltyFrom: 'effective', deferredStart: 'period', deferredKind: 'lump', lumpAmount: '1',
  deferredTerm: '30', instCount: '2', instAmount: '100', instInterval: '6', lateUnpaid: '', lateDue: '', latePaid: '', lateRate: '',
};

describe('payment planner: every accepted input computes or gets a field message', () => {
  it('never throws; a missing schedule always says why', () => {
    fc.assert(
      fc.property(paymentForm, (form) => {
        const r = computePlan(form, ctx);
        if (!r.schedule) expect(r.scheduleBlocked).not.toBeNull();
        if (r.scheduleBlocked === 'errors') expect(Object.keys(r.errors).length).toBeGreaterThan(0);
        for (const m of Object.values(r.errors)) expect(m).toMatch(/[\u4e00-\u9fff]/);
      }),
      { numRuns: RUNS },
    );
  });

  // The audit's cases (#12 §2): 101–120 annual royalty periods, and instalments whose interval ×
  // (count − 1) passes 1,200 months, threw RangeError in civil-code-period.ts.
  it.each([
    ['120 annual royalty periods', { mode: 'royalty', royaltyPeriod: 'year', royaltyPeriods: '120' }],
    ['101 annual royalty periods', { mode: 'royalty', royaltyPeriod: 'year', royaltyPeriods: '101' }],
    ['120 instalments 60 months apart (7,140 months)', { mode: 'deferred', deferredKind: 'instalments', instCount: '120', instInterval: '60' }],
    ['21 instalments 61 months apart is a field message', { mode: 'deferred', deferredKind: 'instalments', instCount: '21', instInterval: '61' }],
  ] as const)('%s', (_, patch) => {
    const form: PaymentForm = { ...PLAN, ...patch };
    const r = computePlan(form, ctx);
    if (form.instInterval === '61') {
      expect(r.errors['instInterval']).toBe('每期间隔（月）应在 1 到 60 之间。');
    } else {
      expect(r.errors).toEqual({});
      expect(r.schedule?.rows.length).toBe(Number(form.mode === 'royalty' ? form.royaltyPeriods : form.instCount));
    }
  });
});

describe('eligibility check: every answer the form or a link can give gets verdicts or a field message', () => {
  const provisions = loadProvisions();
  // The local texts, as /guide/check/ passes them: national law is the layer beneath, not a policy one applies for.
  const policies: EligibilityPolicy[] = [...loadPolicyBodies().values()]
    .filter((b) => b.frontmatter.legalForce !== 'law')
    .map((b) => ({ id: b.id, data: b.frontmatter }));
  const places: PlaceOption[] = [...new Map(policies.map((p) => [p.data.jurisdiction.code, p.data.jurisdiction])).values()].map((j) => ({
    code: j.code, name: j.name, level: j.level, parent: j.parent,
  }));
  const choice = (list: readonly string[]) => fc.oneof({ weight: 4, arbitrary: fc.constantFrom('', ...list) }, { weight: 1, arbitrary: garbage });
  const answers = fc.record({
    [QUERY_KEYS.licensorType]: choice(LICENSOR_TYPES),
    [QUERY_KEYS.licensorLevel]: choice(LICENSOR_LEVELS),
    [QUERY_KEYS.province]: choice([...places.map((p) => p.code), 'other']),
    [QUERY_KEYS.city]: choice([...places.map((p) => p.code), 'other']),
    [QUERY_KEYS.licenseeSize]: choice(LICENSEE_SIZES),
    [QUERY_KEYS.techSme]: choice(['1', 'on']),
    [QUERY_KEYS.incubator]: choice(['1']),
    [QUERY_KEYS.researcherFounded]: choice(['1']),
    [QUERY_KEYS.resultType]: choice(RESULT_TYPES),
    [QUERY_KEYS.granted]: choice(TRI),
    [QUERY_KEYS.assessed]: choice(TRI),
    [QUERY_KEYS.trl]: fc.oneof(fc.constant(''), integerText(1, 9)),
    [QUERY_KEYS.publicFunding]: choice(TRI),
    [QUERY_KEYS.role]: choice(ROLES),
    [QUERY_KEYS.selected]: choice(TRI),
    [QUERY_KEYS.resultClass]: choice(RESULT_CLASSES),
    [QUERY_KEYS.sensitivity]: choice(SENSITIVITIES),
    [QUERY_KEYS.fundingLevel]: choice(FUNDING_LEVELS),
    [QUERY_KEYS.yearsSinceAcceptance]: fc.oneof(fc.constant(''), integerText(0, 100)),
    [QUERY_KEYS.yearsSinceRight]: fc.oneof(fc.constant(''), integerText(0, 100)),
  });
  it('never throws; invalid answers are named per field in Chinese', () => {
    fc.assert(
      fc.property(answers, fc.constantFrom('2025-06-01', '2026-06-01', '2029-01-01'), (a, on) => {
        const { profile, errors } = parseProfileQuery(toQueryString(Object.entries(a)), places);
        for (const m of Object.values(errors)) expect(formatMessage(m!)).toMatch(/[\u4e00-\u9fff]/);
        if (isValid(errors)) expect(evaluateEligibility(profile, policies, provisions, on).length).toBe(policies.length);
      }),
      { numRuns: RUNS },
    );
  });
});
