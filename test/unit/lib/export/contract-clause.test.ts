import { describe, expect, it } from 'vitest';
import { clauseAmount, clauseRoyalty, renderClauseText, upperCaseYuan, type Translate } from '../../../../src/lib/export/contract-clause';
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
