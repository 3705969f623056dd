import { describe, expect, it } from 'vitest';
import { clauseAmount, contractClause, renderClauseText, upperCaseYuan } from '../../../../src/lib/export/contract-clause';
import type { Translate } from '../../../../src/lib/calculators/payment-text';
import { clauseRoyalty } from '../../../../src/lib/export/clause-terms';
import { yuan } from '../../../../src/lib/money';
import zh from '../../../../src/i18n/zh-CN.json';

describe('upperCaseYuan (nzh/cn toMoney)', () => {
  it.each([
    ['100000', '壹拾万元整'],
    ['100000.00', '壹拾万元整'],
    ['0.50', '伍角'],
    ['100000.5', '壹拾万元伍角'],
    ['0.05', '伍分'],
    ['1000000001', '壹拾亿零壹元整'],
    ['10.05', '壹拾元零伍分'],
    ['1010', '壹仟零壹拾元整'],
    ['100010', '壹拾万零壹拾元整'],
    ['20000000.01', '贰仟万元零壹分'],
    ['1000000000000000', '壹仟万亿元整'],
    ['999999999999999.99', '玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
  ])('%s → %s', (n, upper) => {
    expect(upperCaseYuan(yuan(n))).toBe(upper);
  });
  it('rounds half up to the fen first', () => {
    expect(upperCaseYuan(yuan('0.005'))).toBe('壹分');
    expect(upperCaseYuan(yuan('12.344'))).toBe('壹拾贰元叁角肆分');
  });
  it('refuses negative amounts', () => {
    expect(() => upperCaseYuan(yuan('-1'))).toThrow(RangeError);
  });
});

const t: Translate = (key, vars = {}) => {
  const s = (zh as Record<string, string>)[key];
  if (s === undefined) throw new Error(`missing ${key}`);
  return s.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? `{${k}}`);
};

describe('renderClauseText', () => {
  it('milestone mode fills 模式一 with figures and 大写, total and the royalty line', () => {
    const lines = renderClauseText(
      {
        mode: 'milestone',
        rows: [{ node: '技术验证通过', expected: '2027-10-15', amount: clauseAmount(yuan('100000')), termDays: 30 }],
        royalty: clauseRoyalty(yuan('0.03'), 'half-year', 30),
        total: clauseAmount(yuan('100000')),
      },
      t,
    );
    const text = lines.join('\n');
    expect(lines[0]).toContain('第四条');
    expect(text).toContain('模式一');
    expect(text).toContain('100,000.00元');
    expect(text).toContain('壹拾万元整');
    expect(text).toContain('2027年10月15日');
    expect(text).toContain('3%');
    expect(text).toContain('半年');
    expect(text).not.toMatch(/\{\w+\}|NaN|undefined/);
  });
  it('deferred instalments tick 分期支付 and list the dates', () => {
    const lines = renderClauseText(
      {
        mode: 'deferred',
        trigger: { kind: 'period', period: { amount: 3, unit: 'month' } },
        lump: null,
        instalments: { count: 2, each: clauseAmount(yuan('50000')), dates: ['2026-06-01', '2026-12-01'], total: clauseAmount(yuan('100000')) },
      },
      t,
    );
    const text = lines.join('\n');
    expect(text).toContain('模式二');
    expect(text).toContain('满3个月');
    expect(text).toContain('☑分期支付');
    expect(text).toContain('☐一次性总付');
    expect(text).toContain('2026年6月1日、2026年12月1日');
    expect(text).toContain('伍万元整');
  });
});

describe('contractClause (the plan\'s terms → the printed clause)', () => {
  it('prints every amount in figures and 大写, leaving the rest as it is', () => {
    const royalty = clauseRoyalty(yuan('0.035'), 'year', 0);
    expect(royalty.percent).toBe('3.5');
    const c = contractClause({
      mode: 'milestone',
      rows: [{ node: '样品试制成功', expected: '2028-03-01', amount: yuan('200000.5'), termDays: 30 }],
      royalty,
      total: yuan('200000.5'),
    });
    expect(c).toEqual({
      mode: 'milestone',
      rows: [{ node: '样品试制成功', expected: '2028-03-01', amount: { figures: '200,000.50元', upper: '贰拾万元伍角' }, termDays: 30 }],
      royalty: { percent: '3.5', period: 'year', termDays: 0 },
      total: { figures: '200,000.50元', upper: '贰拾万元伍角' },
    });
  });
  it('deferred: lump and instalments amounts, trigger untouched', () => {
    const trigger = { kind: 'revenue' as const };
    expect(contractClause({ mode: 'deferred', trigger, lump: { amount: yuan('300000'), termDays: 30 }, instalments: null })).toEqual({
      mode: 'deferred',
      trigger,
      lump: { amount: { figures: '300,000.00元', upper: '叁拾万元整' }, termDays: 30 },
      instalments: null,
    });
    const inst = contractClause({
      mode: 'deferred',
      trigger,
      lump: null,
      instalments: { count: 4, each: yuan('75000'), dates: ['2027-04-09'], total: yuan('300000') },
    });
    expect(inst.mode === 'deferred' && inst.instalments?.each.upper).toBe('柒万伍仟元整');
    expect(inst.mode === 'deferred' && inst.instalments?.total.figures).toBe('300,000.00元');
  });
});
