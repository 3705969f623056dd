/**
 * From the eligibility profile (kind + level) to the class national law draws. 国家设立的 is read
 * as established by the state at any level (公办), as against 民办 (see src/lib/law/licensors.ts).
 */
import { expect, test } from 'vitest';
import { licensorClassOf, scopeNames } from '../../../../src/lib/law/licensors';

test.each([
  // Public universities and institutes of every level: 国家设立的研究开发机构、高等院校 (第四十五条第二款).
  ['university', 'city-level', 'state-rd-university'],
  ['research-institute', 'central-in-province', 'state-rd-university'],
  ['university', 'county-level', 'state-rd-university'],
  // The same kinds founded privately are neither state-established nor 事业单位.
  ['university', 'non-state', 'other'],
  // A public hospital is a 事业单位 but not a research institute or university.
  ['medical-institution', 'provincial', 'public-institution'],
  ['new-rd-institution', 'city-level', 'public-institution'],
  // A 国有企业 is one whatever its level; a 企业 with a public level is state-owned.
  ['state-enterprise', undefined, 'state-enterprise'],
  ['enterprise', 'provincial', 'state-enterprise'],
  ['tech-enterprise', 'non-state', 'other'],
  // Not decided: ask, do not guess.
  ['university', undefined, undefined],
  ['enterprise', undefined, undefined],
  [undefined, 'city-level', undefined],
  ['state-enterprise', 'non-state', undefined],
] as const)('%s at level %s → %s', (kind, level, cls) => {
  expect(licensorClassOf(kind, level)).toBe(cls);
});

test.each([
  // 市属高校、科研院所、医疗卫生机构 (Kunming draft （六）): kinds and the level must both match.
  [['university', 'research-institute', 'medical-institution', 'city-level'], { class: 'state-rd-university', kind: 'university', level: 'city-level' }, true],
  [['university', 'research-institute', 'medical-institution', 'city-level'], { class: 'state-rd-university', kind: 'university', level: 'provincial' }, false],
  [['university', 'research-institute', 'medical-institution', 'city-level'], { class: 'state-enterprise', kind: 'state-enterprise', level: 'city-level' }, false],
  // 国有企业 names a state enterprise whatever kind word the profile used; 企业 names a 国有企业.
  [['state-enterprise'], { class: 'state-enterprise', kind: 'enterprise', level: 'provincial' }, true],
  [['enterprise'], { class: 'state-enterprise', kind: 'state-enterprise', level: 'provincial' }, true],
  [['state-enterprise'], { class: 'other', kind: 'enterprise', level: 'non-state' }, false],
] as const)('keys %j name %j: %s', (keys, holder, expected) => {
  expect(scopeNames({ keys, classes: [] }, holder)).toBe(expected);
});

test('a class list (事业单位) names the classes it lists, whatever the kind', () => {
  const scope = { keys: [], classes: ['state-rd-university', 'public-institution'] } as const;
  expect(scopeNames(scope, { class: 'public-institution', kind: 'medical-institution', level: 'city-level' })).toBe(true);
  expect(scopeNames(scope, { class: 'state-enterprise', kind: 'state-enterprise', level: 'city-level' })).toBe(false);
});
