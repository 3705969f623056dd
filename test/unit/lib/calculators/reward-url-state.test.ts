import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { conversionMode } from '../../../../src/schemas/provision';
import { EMPTY_REWARD_FORM, MAX_COSTS, type RewardForm } from '../../../../src/lib/calculators/reward';
import { parseRewardForm, serializeRewardForm } from '../../../../src/lib/calculators/reward-url-state';
import { linkBytes, MAX_LINK_BYTES, MAX_PARAM_LENGTH } from '../../../../src/lib/url-query';
import { LICENSOR_CLASSES } from '../../../../src/lib/law/licensors';

const DOCS = ['kunming-2025-measures-draft', 'yunnan-2024-15-measures'];
const MODES = [...conversionMode.options];
const text = fc.string({ unit: 'grapheme', maxLength: 24 }).filter((s) => s.length <= MAX_PARAM_LENGTH);
const anyForm: fc.Arbitrary<RewardForm> = fc.record({
  doc: fc.constantFrom('', ...DOCS),
  mode: fc.constantFrom('', ...MODES),
  net: text,
  useGross: fc.boolean(),
  gross: text,
  costs: fc.array(fc.record({ label: text, amount: text }), { maxLength: MAX_COSTS }),
  inventorPct: text,
  transferPct: text,
  licensor: fc.constantFrom('', ...LICENSOR_CLASSES),
  ownRule: fc.constantFrom('', 'yes', 'no'),
  registered: fc.constantFrom('', 'yes', 'no'),
});
const parse = (search: string) => parseRewardForm(search, EMPTY_REWARD_FORM, DOCS, MODES);

describe('reward URL state', () => {
  it('round trip: any form the page can hold → link → fresh page → the same form, no notices', () => {
    fc.assert(
      fc.property(anyForm, (form) => {
        const back = parse(serializeRewardForm(form));
        expect(back.form).toEqual(form);
        expect(back.notices).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('the law layer\'s facts travel; a value the form cannot hold is named, not guessed', () => {
    const form = { ...EMPTY_REWARD_FORM, doc: DOCS[0]!, mode: 'pay-later-licence', licensor: 'public-institution', ownRule: 'no', registered: 'yes' };
    expect(parse(serializeRewardForm(form))).toMatchObject({ form, notices: [] });
    const bad = parse(`doc=${DOCS[0]}&lic=private&own=maybe&reg=yes`);
    expect(bad.form).toMatchObject({ licensor: '', ownRule: '', registered: 'yes' });
    expect(bad.notices).toEqual([{ code: 'bad-values', names: 'lic、own' }]);
  });

  it('more than 20 cost rows are all kept (#12 §4: the link kept 20, silently)', () => {
    const costs = Array.from({ length: 35 }, (_, i) => ({ label: `成本${i + 1}`, amount: String(i + 1) }));
    const form = { ...EMPTY_REWARD_FORM, doc: DOCS[0]!, mode: 'pay-later-licence', useGross: true, gross: '1000000', costs };
    expect(parse(serializeRewardForm(form)).form.costs).toHaveLength(35);
  });

  it('a realistic statement (20 cost rows with 20-character labels) stays under 8 KB', () => {
    // 20 × 20 characters × 9 bytes ≈ 3.6 KB. The form holds up to MAX_COSTS rows; past 8 KB the
    // page says the link may be refused (ResultActions) rather than cutting rows.
    const costs = Array.from({ length: 20 }, () => ({ label: '专利申请、维持与评估费用（第三方机构）合计', amount: '1,234,567.89' }));
    const url = `https://xyhf.example.cn/calculators/reward/?${serializeRewardForm({ ...EMPTY_REWARD_FORM, useGross: true, gross: '1000000', costs })}`;
    expect(linkBytes(url)).toBeLessThan(MAX_LINK_BYTES);
  });

  it('beyond the rows the form holds: kept up to the limit, the rest named', () => {
    const q = Array.from({ length: MAX_COSTS + 3 }, (_, i) => `k${i}l=x&k${i}a=1`).join('&');
    const r = parse(`ug=1&gross=100&${q}`);
    expect(r.form.costs).toHaveLength(MAX_COSTS);
    expect(r.notices).toEqual([{ code: 'too-many-costs', count: MAX_COSTS + 3, max: MAX_COSTS }]);
  });

  it('unknown doc and mode, bad flag, unknown and repeated parameters: one notice each', () => {
    const r = parse('doc=nope&mode=barter&ug=maybe&net=1&net=2&cost=a~1&utm=x');
    expect(r.form).toMatchObject({ doc: '', mode: '', net: '1', useGross: false });
    expect(r.notices).toEqual([
      { code: 'repeated-params', names: 'net' },
      { code: 'unknown-doc', value: 'nope' },
      { code: 'unknown-mode', value: 'barter' },
      { code: 'bad-values', names: 'ug' },
      { code: 'unknown-params', names: 'cost、utm' },
    ]);
  });

  it('never throws on arbitrary query strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => DOCS.concat('').includes(parse(s).form.doc)));
  });
});
