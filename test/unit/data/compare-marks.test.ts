import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { chartFavours, orderText, rankMarks } from '../../../src/data/compare-marks';
import { dimensionSchema, dimensionsFileSchema } from '../../../src/schemas/provision';

const base = { key: 'x', label: 'X', section: 's', description: 'd' };

describe('ordered rows say for whom (#14 §7)', () => {
  it('the schema requires rank exactly on ordered rows, with default words', () => {
    expect(dimensionSchema.safeParse({ ...base, order: 'higher-share-more-generous' }).success).toBe(false);
    expect(dimensionSchema.safeParse({ ...base, order: 'none', rank: { party: '成果完成人' } }).success).toBe(false);
    expect(dimensionSchema.parse({ ...base, order: 'higher-share-more-generous', rank: { party: '成果完成人' } }).rank).toEqual({ party: '成果完成人', more: '优厚', less: '不利' });
  });

  it('marks, the order line and the chart caption name the party', () => {
    const deadline = dimensionSchema.parse({ ...base, order: 'longer-period-more-generous', rank: { party: '持有成果的单位', more: '宽松', less: '严格' } });
    expect(rankMarks(deadline)).toEqual({ generous: '对持有成果的单位最宽松', strictest: '对持有成果的单位最严格' });
    expect(orderText(deadline)).toMatch(/^期限越长，对持有成果的单位越宽松/);
    expect(chartFavours(deadline)).toBe('长条越长，对持有成果的单位越宽松');
    const shorter = { ...deadline, order: 'shorter-period-more-generous' as const };
    expect(chartFavours(shorter)).toBe('长条越短，对持有成果的单位越宽松');
    const share = dimensionSchema.parse({ ...base, order: 'higher-share-more-generous', rank: { party: '成果完成人' } });
    expect(rankMarks(share)).toEqual({ generous: '对成果完成人最优厚', strictest: '对成果完成人最不利' });
    expect(orderText(share)).toBe('比例越高，对成果完成人越优厚。');
    const none = dimensionSchema.parse({ ...base, order: 'none' });
    expect(rankMarks(none)).toBeNull();
    expect(orderText(none)).toBe('');
  });

  it('every ordered row of the real dimensions has marks that differ and name a party; the unlisted-results deadline is strict for the unit when short', () => {
    const file = dimensionsFileSchema.parse(parse(readFileSync(new URL('../../../content/dimensions.yaml', import.meta.url), 'utf8')));
    const ordered = file.dimensions.filter((d) => d.order !== 'none');
    expect(ordered.length).toBeGreaterThan(5);
    for (const d of ordered) {
      const m = rankMarks(d)!;
      expect(m.generous).not.toBe(m.strictest);
      expect(m.generous.startsWith(`对${d.rank!.party}`)).toBe(true);
    }
    const deadline = file.dimensions.find((d) => d.key === 'unconverted-deadline')!;
    // Longer is more lenient for the unit, so the shortest deadline is its strictest mark.
    expect(deadline.order).toBe('longer-period-more-generous');
    expect(rankMarks(deadline)!.strictest).toBe('对持有成果的单位最严格');
  });
});
