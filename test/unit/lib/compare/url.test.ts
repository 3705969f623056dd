import { describe, expect, it } from 'vitest';
import { MAX_IDS, parseCompareUrl, serializeCompareUrl } from '../../../../src/lib/compare/url';

const known = ['km-guide', 'km-draft', 'yn', 'gd'];

describe('parseCompareUrl', () => {
  it.each<[string, string[], boolean, string[]]>([
    ['', known, false, []],
    ['?', known, false, []],
    ['?j=yn,gd', ['yn', 'gd'], false, []],
    ['j=gd,yn', ['yn', 'gd'], false, []], // table order, leading ? optional
    ['?j=gd&j=km-guide', ['km-guide', 'gd'], false, []], // repeated parameters join
    ['?j=GD,%20yn%20', ['yn', 'gd'], false, []], // case and spaces tolerated
    ['?j=yn,gd&d=1', ['yn', 'gd'], true, []],
    ['?d=1', known, true, []],
    ['?j=yn,gd,nope', ['yn', 'gd'], false, ['unknown-id:nope']],
    ['?j=yn,gd,<script>', ['yn', 'gd'], false, ['malformed-id:<script>']],
    ['?j=yn,yn,gd', ['yn', 'gd'], false, ['duplicate-id:yn']],
    ['?j=yn', known, false, ['too-few:yn']],
    ['?j=nope,zzz', known, false, ['unknown-id:nope', 'unknown-id:zzz']],
    ['?j=', known, false, ['empty-selection']],
    ['?j=,,', known, false, ['empty-selection']],
    ['?j=yn,gd&d=yes', ['yn', 'gd'], false, ['bad-diff:yes']],
    ['?j=%E0%A4%A,yn,gd', ['yn', 'gd'], false, ['malformed-id:%E0%A4%A']], // bad escape kept raw
    ['?j=%79%6e,gd', ['yn', 'gd'], false, []], // escapes decoded
    ['?j=yn+,gd', ['yn', 'gd'], false, []], // + is a space
    ['?x=1&j=yn,km-draft', ['km-draft', 'yn'], false, []], // other parameters ignored
  ])('%s → %j diff=%s notices %j', (search, cols, diff, notices) => {
    const r = parseCompareUrl(search, known);
    expect(r.state.columns).toEqual(cols);
    expect(r.state.onlyDifferences).toBe(diff);
    expect(r.notices.map((n) => ('value' in n ? `${n.code}:${n.value}` : n.code))).toEqual(notices);
  });

  it('marks a valid URL selection as from the URL', () => {
    expect(parseCompareUrl('?j=yn,gd', known).state.fromUrl).toBe(true);
    expect(parseCompareUrl('?j=yn', known).state.fromUrl).toBe(false);
  });

  it('clips what it quotes back and caps the number of ids', () => {
    const long = 'a'.repeat(500);
    const r = parseCompareUrl(`?j=${long},yn,gd`, known);
    expect(r.notices[0]).toEqual({ code: 'malformed-id', value: `${'a'.repeat(40)}…` });
    const many = Array.from({ length: MAX_IDS + 50 }, (_, i) => `x${i}`).join(',');
    const r2 = parseCompareUrl(`?j=${many}`, known);
    expect(r2.notices[0]).toEqual({ code: 'too-many' });
    expect(r2.notices.filter((n) => n.code === 'unknown-id')).toHaveLength(MAX_IDS);
  });

  it('never throws on arbitrary input', () => {
    for (const s of ['?j=%', '?j=%%%', '?&&&=', '?j=\u0000', `?j=${'%ZZ'.repeat(1000)}`, '#j=yn']) {
      expect(() => parseCompareUrl(s, known)).not.toThrow();
    }
  });
});

describe('serializeCompareUrl', () => {
  it.each<[string[], boolean, string]>([
    [known, false, ''],
    [known, true, '?d=1'],
    [['gd', 'yn'], false, '?j=yn,gd'],
    [['gd', 'km-guide'], true, '?j=km-guide,gd&d=1'],
  ])('%j diff=%s → %s', (cols, d, q) => expect(serializeCompareUrl({ columns: cols, onlyDifferences: d }, known)).toBe(q));

  it('round-trips through parseCompareUrl', () => {
    for (const cols of [['yn', 'gd'], ['km-guide', 'km-draft', 'gd'], known]) {
      for (const d of [true, false]) {
        const q = serializeCompareUrl({ columns: cols, onlyDifferences: d }, known);
        const back = parseCompareUrl(q, known);
        expect(back.state.columns).toEqual(known.filter((k) => cols.includes(k)));
        expect(back.state.onlyDifferences).toBe(d);
        expect(back.notices).toEqual([]);
      }
    }
  });
});
