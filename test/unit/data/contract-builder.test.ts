// The contract builder's props: every UI string the island and the core look up is shipped (the
// list is explicit to keep the page light), the model travels as its text and parses back to the
// model the build checked, and the checks' data comes from the provisions, not from literals.
import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { contractBuilderProps, loadModelContract, type ContractBuilderProps } from '../../../src/data/contract-builder';
import { parseModelContract } from '../../../src/lib/contract/model';
import { PARTY_FIELDS, TEXT_FIELDS } from '../../../src/lib/contract/form';
import { loadProvisions } from '../../../src/data/dataset';

let props: ContractBuilderProps;
beforeAll(async () => {
  props = await contractBuilderProps();
});

const sources = [
  'src/islands/ContractBuilder.tsx',
  ...readdirSync('src/islands/contract').map((f) => `src/islands/contract/${f}`),
  ...readdirSync('src/lib/contract').map((f) => `src/lib/contract/${f}`),
].map((f) => readFileSync(f, 'utf8'));

describe('contractBuilderProps', () => {
  it('ships every string key the builder names literally', () => {
    const keys = new Set(sources.flatMap((s) => [...s.matchAll(/'((?:contract|calc\.payment)\.[\w.-]+)'/g)].map((m) => m[1]!)));
    expect(keys.size).toBeGreaterThan(40);
    for (const k of keys) expect(props.strings, k).toHaveProperty([k]);
  });

  it('ships the strings it names by pattern: findings, levels, field labels', () => {
    const codes = new Set(readFileSync('src/lib/contract/checks.ts', 'utf8').match(/code: '[\w-]+'/g)!.map((m) => m.slice(7, -1)));
    codes.add('timing-ok-some');
    expect(codes.size).toBeGreaterThan(15);
    for (const c of codes) expect(props.strings, c).toHaveProperty([`contract.finding.${c}`]);
    for (const l of ['warning', 'info', 'ok']) expect(props.strings).toHaveProperty([`contract.level.${l}`]);
    for (const f of [...TEXT_FIELDS, ...PARTY_FIELDS.map((p) => `party.${p}`)]) expect(props.strings, f).toHaveProperty([`contract.field.${f}`]);
    // The planner's link notices, as its parser names them.
    const notices = readFileSync('src/lib/calculators/payment-url-state.ts', 'utf8').match(/code: '[\w-]+'/g)!.map((m) => m.slice(7, -1));
    expect(notices.length).toBeGreaterThan(4);
    for (const n of notices) expect(props.strings).toHaveProperty([`calc.payment.notice.${n}`]);
  });

  it('carries the model as its text, which parses back to the model the build checked', () => {
    expect(parseModelContract(props.modelText)).toEqual(loadModelContract().model);
  });

  it('takes the late-payment default and the 模式二 period from the provisions', () => {
    const late = loadProvisions().find((p) => p.id === props.binding.provisions.lateRate)!;
    expect(late.value.type === 'rate' && late.value.contractDefault).toBe(true);
    expect(props.checks.lateRate).toEqual({ provisionId: late.id, rate: late.value.type === 'rate' ? late.value.rate : '' });
    const deferred = loadProvisions().find((p) => p.id === props.binding.provisions.deferredDefault)!;
    const after = deferred.value.type === 'payment-timing' ? deferred.value.triggers.find((x) => x.after)?.after : undefined;
    expect(props.checks.deferredDefault).toEqual({ provisionId: deferred.id, months: after?.amount });
  });

  it('lists the payment rules of every policy, the model’s own first in its binding', () => {
    const ids = props.rules.map((r) => r.id);
    for (const id of Object.values(props.binding.rules)) expect(ids).toContain(id);
    expect(new Set(props.rules.map((r) => r.policyId)).size).toBeGreaterThan(2);
  });
});
