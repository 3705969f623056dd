import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { formatPercent, formatWan, formatYuan, formatYuanWithWan, Money, roundFen, yuan } from '../../../src/lib/money';

describe('money', () => {
  test('exact decimal arithmetic: 0.1 + 0.2 is 0.3', () => {
    expect(yuan('0.1').plus(yuan('0.2')).toString()).toBe('0.3');
  });

  test.each([
    ['1234567.891', '1,234,567.89元'],
    ['0.005', '0.01元'], // half up at the fen
    ['0.004', '0.00元'],
    ['1000000', '1,000,000.00元'],
  ])('formatYuan(%s) = %s', (v, want) => expect(formatYuan(yuan(v))).toBe(want));

  test.each([
    ['1000000', '100万元'], // exact: no 约
    ['5000', '0.5万元'],
    ['1234567.89', '约123.46万元'], // 123.456789 → two decimals, half up, marked 约
    ['1641975.24', '约164.2万元'], // 164.197524 → 164.20 → trailing zero dropped
    ['1641950', '约164.2万元'], // 164.195 → half up
    ['12345', '约1.23万元'],
  ])('formatWan(%s) = %s', (v, want) => expect(formatWan(yuan(v))).toBe(want));

  test('万元 shown from 1万元 up', () => {
    expect(formatYuanWithWan(yuan('9999.99'))).toBe('9,999.99元');
    expect(formatYuanWithWan(yuan('3000000'))).toBe('3,000,000.00元（300万元）');
  });

  test.each([
    ['0.7', '70%'],
    ['0.0005', '0.05%'],
    ['0.2', '20%'],
    ['1', '100%'],
    ['0.000000001', '0.0000001%'], // a tiny typed rate keeps every digit, never "0%"
    ['0.123456789', '12.3456789%'],
  ])('formatPercent(%s) = %s', (r, want) => expect(formatPercent(r)).toBe(want));

  test('rounding to the fen never moves an amount by more than half a fen', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 17n }), fc.integer({ min: 0, max: 6 }), (n, scale) => {
        const v = new Money(n.toString()).dividedBy(10 ** scale);
        return roundFen(v).minus(v).abs().lessThanOrEqualTo('0.005');
      }),
    );
  });

  test('the project constructor is separate from the global Decimal', async () => {
    const { default: Decimal } = await import('decimal.js');
    expect(Money).not.toBe(Decimal);
    expect(Money.rounding).toBe(Decimal.ROUND_HALF_UP);
  });
});
