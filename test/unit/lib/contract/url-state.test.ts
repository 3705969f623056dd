// The builder's form as a query string (share link after #, draft, the planner's link): what is
// written is read back exactly; the parties only when asked; bad values are named, never kept.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contractExample } from '../../../../src/data/contract-example';
import { loadContractBinding } from '../../../../src/data/contract-builder';
import { serializePaymentForm } from '../../../../src/lib/calculators/payment-url-state';
import { CHOICES, PARTY_FIELDS, RESULT_TYPES, TEXT_FIELDS, cloneContractForm, emptyContractForm, type ContractForm } from '../../../../src/lib/contract/form';
import { emptyPlan, isEmptyForm, readContractForm, serializeContractForm } from '../../../../src/lib/contract/url-state';
import { SCHEDULE_MODES } from '../../../../src/lib/calculators/payment-plan';

const binding = loadContractBinding('hunan-2025-plan');
const RULES = Object.values(binding.rules);
const read = (q: string) => readContractForm(q, RULES, binding.rules.milestone);
const example = () => {
  const f = cloneContractForm(contractExample(binding));
  return f;
};

describe('serializeContractForm ∘ readContractForm', () => {
  it('gives back the worked example, parties included when asked', () => {
    const f = example();
    const r = read(serializeContractForm(f, { withParties: true }));
    expect(r.form).toEqual(f);
    expect(r).toMatchObject({ found: true, hasPlan: true, hasParties: true, hasContract: true, notices: [] });
  });

  it('leaves the parties out unless asked, and says they are absent', () => {
    const q = serializeContractForm(example(), { withParties: false });
    expect(q).not.toMatch(/(^|&)[ab]\./);
    // (The example's 权利人 is the licensor's name: that is 第二条, not 第一条's particulars.)
    for (const v of [example().a.phone, example().a.email, example().b.contact, example().b.address]) expect(decodeURIComponent(q)).not.toContain(v);
    const r = read(q);
    expect(r.form.a).toEqual(emptyContractForm().a);
    expect(r.hasParties).toBe(false);
    expect(r.form.resultName).toBe(example().resultName);
  });

  const text = fc.string({ unit: 'grapheme', maxLength: 30 });
  const plan = fc.record({
    mode: fc.constantFrom(...SCHEDULE_MODES),
    ms: fc.array(fc.record({ name: text, date: text, amount: text, term: text }), { maxLength: 4 }),
    conditions: fc.array(text, { maxLength: 4 }),
    rate: text,
  });
  const form = fc.record({
    texts: fc.record(Object.fromEntries(TEXT_FIELDS.map((f) => [f, text])) as Record<(typeof TEXT_FIELDS)[number], fc.Arbitrary<string>>),
    a: fc.record(Object.fromEntries(PARTY_FIELDS.map((f) => [f, text])) as Record<(typeof PARTY_FIELDS)[number], fc.Arbitrary<string>>),
    types: fc.subarray([...RESULT_TYPES]),
    conversion: fc.constantFrom('', ...CHOICES.conversion),
    dispute: fc.constantFrom('', ...CHOICES.dispute),
    plan: fc.option(plan, { nil: null }),
  });
  it('round-trips any form the page can hold (property)', () => {
    fc.assert(
      fc.property(form, (g) => {
        const f: ContractForm = { ...emptyContractForm(), ...g.texts, a: g.a, resultTypes: g.types, conversion: g.conversion, dispute: g.dispute };
        if (g.plan) {
          const milestones = g.plan.mode === 'milestone' ? g.plan.ms : [];
          f.plan = { ...emptyPlan(g.plan.mode, RULES[0]!), milestones, royaltyRate: g.plan.rate.slice(0, 200) };
          f.conditions = milestones.map((_, i) => g.plan!.conditions[i] ?? '');
        }
        // A plan's own values follow the planner's 200-character rule; the form's are longer-lived.
        if (f.plan) f.plan.milestones = f.plan.milestones.map((m) => ({ name: m.name, date: m.date, amount: m.amount, term: m.term }));
        const r = read(serializeContractForm(f, { withParties: true }));
        // The plan's effective date travels as the signing date; a plan without one reads as empty.
        if (f.plan && f.signDate === '') expect(r.form.signDate).toBe('');
        expect(r.form).toEqual(f);
        expect(r.notices).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('an empty form writes nothing', () => {
    expect(serializeContractForm(emptyContractForm(), { withParties: true })).toBe('');
    expect(isEmptyForm(emptyContractForm())).toBe(true);
    expect(isEmptyForm(example())).toBe(false);
  });
});

describe('readContractForm on links it did not write', () => {
  it('takes the planner’s plan, its effective date as the signing date', () => {
    const plan = { ...emptyPlan('deferred', binding.rules.deferred), effective: '2026-05-01', lumpAmount: '300000', deferredTerm: '30' };
    const r = read(serializePaymentForm(plan));
    expect(r).toMatchObject({ found: true, hasPlan: true, hasContract: false, hasParties: false });
    expect(r.form.signDate).toBe('2026-05-01');
    expect(r.form.plan).toEqual({ ...plan, effective: '' });
  });

  it.each([
    ['k.conversion=sold', 'k.conversion'],
    ['k.resultTypes=patent,magic', 'k.resultTypes=magic'],
    ['k.nope=1', 'k.nope'],
    [`k.place=${'长'.repeat(20_001)}`, 'k.place'],
  ])('names what it cannot keep: %s', (q, named) => {
    const r = read(q);
    const dropped = r.notices.find((n) => n.code === 'dropped');
    expect(dropped && dropped.code === 'dropped' && dropped.items).toContain(named);
    expect(r.form.conversion).toBe('');
    expect(r.form.place).toBe('');
  });

  it('reads nothing from a page address with no form in it', () => {
    expect(read('')).toMatchObject({ found: false, hasPlan: false });
    expect(read('?utm_source=x').found).toBe(false);
  });
});
