import { describe, expect, test } from 'vitest';
import { keyUsedBy, pruneWidgetStrings } from '../../../src/integrations/widget-strings';

describe('keyUsedBy', () => {
  const used = keyUsedBy('t("calc.payment.title");const m=t(`calc.payment.mode.${x}`);u("calc.payment.unit."+y)');
  test.each([
    ['calc.payment.title', true],
    ['calc.payment.mode.royalty', true], // built from a template prefix
    ['calc.payment.unit.month', true], // built by concatenation
    ['calc.payment.clause.heading', false],
    ['calc.payment', true], // a substring of a named key: kept (harmless)
    ['section', true], // not a message key
  ])('%s → %s', (key, want) => expect(used(key)).toBe(want));
});

describe('pruneWidgetStrings', () => {
  const payload = {
    entry: { id: 'x' },
    data: {
      planner: { strings: { 'calc.a.used': 'A', 'calc.a.unused': 'B', plain: 'C' }, rules: [{ note: 'calc.a.fromData' }] },
      other: { strings: { 'calc.a.fromData': 'D' } },
      list: ['calc.a.unused'],
    },
  };
  test('keeps the keys the code or the rest of the payload names, drops the others', () => {
    // 'calc.a.unused' appears in data.list, so it is kept too; only strings records are pruned.
    const { payload: out, removed } = pruneWidgetStrings(payload, 't("calc.a.used")');
    expect(out.data.planner.strings).toEqual({ 'calc.a.used': 'A', 'calc.a.unused': 'B', plain: 'C' });
    expect(out.data.other.strings).toEqual({ 'calc.a.fromData': 'D' });
    expect(removed).toBe(0);
  });
  test('drops a key nothing names and leaves the rest of the payload as it was', () => {
    const p = { ...payload, data: { ...payload.data, list: [] } };
    const { payload: out, removed } = pruneWidgetStrings(p, 't("calc.a.used")');
    expect(out.data.planner.strings).toEqual({ 'calc.a.used': 'A', plain: 'C' });
    expect(removed).toBe(1);
    expect(out.data.planner.rules).toEqual(payload.data.planner.rules);
    expect(out.entry).toEqual(payload.entry);
  });
});
