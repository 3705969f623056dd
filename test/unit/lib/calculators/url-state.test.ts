import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  parseRewardUrl,
  parseSubsidyUrl,
  serializeRewardUrl,
  serializeSubsidyUrl,
  type RewardUrlState,
  type SubsidyUrlState,
} from '../../../../src/lib/calculators/url-state';

const DOCS = ['kunming-2025-measures-draft', 'yunnan-2024-15-measures'];
const MODES = ['pay-later-licence', 'horizontal-project', 'transfer-or-licence'] as const;
const DEF: RewardUrlState = {
  doc: DOCS[0]!, mode: 'pay-later-licence', net: '1000000', useGross: false, gross: '', costs: [], inventorPct: '', transferPct: '',
};

describe('reward URL state', () => {
  it('round-trips', () => {
    const s: RewardUrlState = { ...DEF, doc: DOCS[1]!, mode: 'horizontal-project', useGross: true, gross: '120万', costs: [{ label: '评估费', amount: '5000' }], inventorPct: '80', transferPct: '' };
    const back = parseRewardUrl(serializeRewardUrl(s), DEF, DOCS, MODES);
    expect(back.problems).toEqual([]);
    expect(back.state).toEqual({ ...s, net: DEF.net });
  });
  it('empty search gives the defaults without problems', () => {
    expect(parseRewardUrl('', DEF, DOCS, MODES)).toEqual({ state: DEF, problems: [] });
  });
  it('unknown doc or mode and malformed costs are reported, defaults kept', () => {
    const r = parseRewardUrl('?doc=nope&mode=barter&cost=novalue&net=abc', DEF, DOCS, MODES);
    expect(r.problems.map((p) => p.param)).toEqual(['doc', 'mode', 'cost']);
    expect(r.state.doc).toBe(DEF.doc);
    expect(r.state.mode).toBe(DEF.mode);
    expect(r.state.net).toBe('abc'); // kept as typed: the field shows the message
    expect(r.state.useGross).toBe(false); // a malformed cost alone does not switch to gross mode
  });
  it('never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const r = parseRewardUrl(s, DEF, DOCS, MODES);
      expect(DOCS).toContain(r.state.doc);
    }));
  });
});

const SDEF: SubsidyUrlState = { loc: '530000', claims: [] };
const LOCS = ['530000', '530100', '440000'];
const IDS = ['a-1', 'b-2'];

describe('subsidy URL state', () => {
  it('round-trips, including Chinese labels and a ~ typed in a label', () => {
    const s: SubsidyUrlState = {
      loc: '530100',
      claims: [
        { provisionId: 'a-1', year: '2026', base: '200万', claimant: '甲公司', target: '', awarded: '' },
        { provisionId: 'b-2', year: '2025', base: '', claimant: '', target: '乙~丙', awarded: '10000' },
      ],
    };
    const back = parseSubsidyUrl(serializeSubsidyUrl(s), SDEF, LOCS, IDS);
    expect(back.problems).toEqual([]);
    expect(back.state.claims[0]).toEqual(s.claims[0]);
    expect(back.state.claims[1]!.target).toBe('乙-丙');
  });
  it('reports unknown locations, unknown provisions and malformed rows', () => {
    const r = parseSubsidyUrl('?loc=000000&c=zzz~2026~1~~~&c=a-1~2026', SDEF, LOCS, IDS);
    expect(r.problems.map((p) => p.param)).toEqual(['loc', 'c', 'c']);
    expect(r.state).toEqual({ loc: '530000', claims: [] });
  });
  it('never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const r = parseSubsidyUrl(s, SDEF, LOCS, IDS);
      expect(LOCS).toContain(r.state.loc);
      for (const c of r.state.claims) expect(IDS).toContain(c.provisionId);
    }));
  });
});
