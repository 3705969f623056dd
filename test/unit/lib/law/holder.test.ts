/**
 * holderFacts + decisionProvisions: the eligibility check's question to the resolver (a holder
 * described by kind and level, a 先使用后付费 licence) on the real dataset, and the articles each
 * answer cites. Notation as in resolve.test.ts: `≥50% national@art-45-para-1-item-1` = 促进科技成果
 * 转化法 第四十五条第一款第一项; `unit-rule` = the unit's own rule or agreement governs (第四十四条第二款).
 */
import { describe, expect, test } from 'vitest';
import { lawData } from '../../../../src/data/law';
import { decisionProvisions, holderFacts, resolveInventorShare, type HolderLevel, type LicensorKind } from '../../../../src/lib/law';

const data = lawData();
const anchorOf = new Map(data.provisions.map((p) => [p.id, p.anchor]));

function answers(policy: string, kind: LicensorKind | undefined, level: HolderLevel | undefined): string[] {
  return resolveInventorShare(data, { policy, mode: 'pay-later-licence' }, holderFacts(kind, level)).branches.map((b) => {
    const when = b.when.map((c) => `${c.key.replace(/:.*/, '')}=${c.values.join('/')}`).join(' & ') || 'always';
    const m = b.decision.minimum;
    return `${when} → ${m ? `≥${Number(m.rate) * 100}% ${m.layer}@${m.anchor}` : b.decision.reason}`;
  });
}

describe('holderFacts', () => {
  test.each([
    // A 市属 public university is 国家设立 (licensors.ts): the class is decided and passed on.
    ['university', 'city-level', { licensor: 'state-rd-university', kind: 'university', level: 'city-level' }],
    // A private (民办) university is `other`.
    ['university', 'non-state', { licensor: 'other', kind: 'university', level: 'non-state' }],
    // Level unknown: the class is not decided, so it is left out (the resolver answers each way).
    ['university', undefined, { kind: 'university' }],
    [undefined, undefined, {}],
  ] as const)('%s / %s', (kind, level, want) => expect(holderFacts(kind, level)).toEqual(want));
});

describe('the check’s question: minimum inventor share of 先使用后付费 licence net income', () => {
  test.each([
    // Kunming guideline sets no share: 第四十五条第二款 binds a 国家设立 university to ≥50% whatever its own rule.
    ['kunming-2025-guideline', 'university', 'city-level', ['always → ≥50% national@art-45-para-1-item-1']],
    // A provincial state enterprise is not 国家设立的研究开发机构、高等院校: 第四十五条第一款 applies only
    // where the unit has no rule or agreement; otherwise its own rule governs (第四十四条第二款).
    ['yunnan-2024-15-measures', 'state-enterprise', 'provincial', ['ownRule=true → unit-rule', 'ownRule=false → ≥50% national@art-45-para-1-item-1']],
    // Kunming draft 五: 70% once the contract is registered (its condition); otherwise the national 50%.
    ['kunming-2025-measures-draft', 'university', 'city-level', ['contractRegistered=true → ≥70% local@m-5', 'contractRegistered=false → ≥50% national@art-45-para-1-item-1']],
    // Level unknown: each class answered with its condition, never a guess.
    ['hunan-2025-plan', 'university', undefined, [
      'licensor=state-rd-university → ≥50% national@art-45-para-1-item-1',
      'licensor=other & ownRule=true → unit-rule',
      'licensor=other & ownRule=false → ≥50% national@art-45-para-1-item-1',
    ]],
  ] as const)('%s, %s %s', (policy, kind, level, want) => expect(answers(policy, kind, level)).toEqual(want));
});

test('decisionProvisions: the minimum first, then the floor beneath it, each once', () => {
  const [b] = resolveInventorShare(data, { policy: 'guangdong-2026-measures-summary', mode: 'pay-later-licence' }, holderFacts('university', 'city-level')).branches;
  // 70% (Guangdong 五) binds; the national 50% (第四十五条第一款第一项) lies beneath and is cited too.
  const ids = decisionProvisions(b!.decision);
  expect(ids.map((id) => anchorOf.get(id))).toEqual(['sec-5', 'art-45-para-1-item-1']);
  expect(new Set(ids).size).toBe(ids.length);
});
