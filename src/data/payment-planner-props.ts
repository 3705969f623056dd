/**
 * The payment planner's props, built from the dataset at build time: shared by
 * /calculators/payment/ and the payment-planner widget so both start from the same worked
 * example with the same rules. Moved here unchanged from the page's frontmatter.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../i18n';
import zh from '../i18n/zh-CN.json';
import { datasetStamp, loadProvisions } from './dataset';
import { paymentRuleSets } from './payment-rules';
import { citeFor } from './citations';
import { allPolicies, policyHref } from './policies';
import { CONTENT } from './paths';
import { Money, ROUNDING_NOTE } from '../lib/money';
import type { HolidayData } from '../lib/holidays';
import type { PaymentForm } from '../lib/calculators/payment-plan';
import type { CiteInfo, PaymentPlannerProps, RuleOption } from '../islands/payment/types';

export async function paymentPlannerProps(): Promise<PaymentPlannerProps> {
  const stamp = await datasetStamp();
  const { rules, fallbackLateRate, used } = paymentRuleSets(loadProvisions());
  const policies = new Map((await allPolicies()).map((p) => [p.entry.id, p.entry.data]));

  const cites: Record<string, CiteInfo> = {};
  for (const p of used) {
    cites[p.id] = { cite: citeFor(p.policy, p.anchor), href: policyHref(p.policy, p.anchor), quote: p.quote, summary: p.summary, notes: p.notes };
  }
  const badgeOf = (status: string | undefined) =>
    status === 'draft-for-comment' ? t('calc.payment.draftBadge') : status === 'official-summary' ? t('calc.payment.summaryBadge') : '';
  const options: RuleOption[] = rules.map((r) => {
    const pol = policies.get(r.policyId);
    return { ...r, group: pol?.shortTitle ?? r.policyId, label: cites[r.id]?.summary ?? r.id, badge: badgeOf(pol?.textStatus) };
  });

  const holidays = JSON.parse(readFileSync(join(CONTENT, 'reference', 'holidays-cn.json'), 'utf8')) as HolidayData;
  const strings = Object.fromEntries(Object.entries(zh).filter(([k]) => k.startsWith('calc.payment.')));
  const presets = t('calc.payment.milestone.presets').split('、');

  // The worked example: Kunming guideline 第一条 (the rule with readings), publicity ending on the
  // National Day holiday, two milestones, one late payment.
  const KUNMING = 'kunming-2025-guideline-art-1-payment-timing';
  const exampleRule = rules.find((r) => r.id === KUNMING) ?? rules[0];
  if (!exampleRule) throw new Error('payment planner: no payment-timing provisions in the dataset');
  const defaults: PaymentForm = {
    rule: exampleRule.id,
    effective: '2026-10-09',
    revenue: '',
    publicity: '2026-09-16',
    mode: 'milestone',
    agreedMonths: '',
    milestones: [
      { name: presets[0] ?? '技术验证通过', date: '2027-10-15', amount: '100000', term: '30' },
      { name: presets[1] ?? '样品试制成功', date: '2028-03-01', amount: '200000', term: '30' },
    ],
    withRoyalty: false,
    royaltyRate: '3',
    royaltyPeriod: 'half-year',
    royaltyRevenue: '1000000',
    royaltyPeriods: '4',
    royaltyTerm: '30',
    royaltyFrom: 'effective',
    deferredStart: 'period',
    deferredKind: 'lump',
    lumpAmount: '300000',
    deferredTerm: '30',
    instCount: '4',
    instAmount: '75000',
    instInterval: '6',
    lateUnpaid: '100000',
    lateDue: '2027-11-15',
    latePaid: '2027-12-15',
    // The rate field takes a percentage: 0.0005 → "0.05" (exact, no float).
    lateRate: (() => {
      const rate = exampleRule.lateRate?.rate ?? fallbackLateRate?.rate;
      return rate ? new Money(rate).times(100).toString() : '';
    })(),
  };
  return {
    strings,
    rules: options,
    cites,
    holidays,
    fallbackLateRate,
    defaults,
    milestonePresets: presets,
    datasetVersion: stamp.version,
    roundingNote: ROUNDING_NOTE,
    // Calendar UIDs are made unique by the site's host (the XYHF_ORIGIN build setting).
    uidDomain: new URL(import.meta.env.SITE).hostname,
  };
}
