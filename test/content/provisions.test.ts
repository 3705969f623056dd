/**
 * The provisions dataset (`content/provisions/*.yaml`): schema, ids, dimensions, key vocabulary,
 * cap groups. Quotes are checked against the published MDX by `test/content/citations.test.ts`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { dimensionsFileSchema, provisionFileSchema, type Provision } from '../../src/schemas/provision';
import { levelKeys, listKeyVocabulary } from '../../src/schemas/provision-keys';
import { loadPolicyBodies } from '../../src/data/policy-bodies';
import { normalizeForComparison } from '../../src/lib/fidelity';
import { GRANTED_RESULT_TYPES } from '../../src/lib/eligibility-profile';

const root = join(import.meta.dirname, '..', '..');
const provisionsDir = join(root, 'content', 'provisions');
const policies = readdirSync(join(root, 'content', 'policies')).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, '')).sort();

const dimensions = dimensionsFileSchema.parse(
  parse(readFileSync(join(root, 'content', 'dimensions.yaml'), 'utf8')),
).dimensions;
const dimensionKeys = new Set(dimensions.map((d) => d.key));

const files = readdirSync(provisionsDir).filter((f) => f.endsWith('.yaml')).sort();
const loaded = files.map((file) => {
  const raw = parse(readFileSync(join(provisionsDir, file), 'utf8'));
  return { file, raw, parsed: provisionFileSchema.safeParse(raw) };
});

describe('provision files', () => {
  test('there is one file per policy, and nothing else', () => {
    expect(files).toEqual(policies.map((p) => `${p}.yaml`).sort());
  });

  test.each(loaded.map((l) => [l.file, l] as const))('%s validates against provisionFileSchema', (_f, l) => {
    if (!l.parsed.success) throw new Error(JSON.stringify(l.parsed.error.issues, null, 2));
    expect(`${l.parsed.data.policy}.yaml`).toBe(l.file);
    expect(l.parsed.data.provisions.length).toBeGreaterThan(0);
  });
});

const all = loaded.flatMap((l) =>
  l.parsed.success ? l.parsed.data.provisions.map((p) => ({ policy: l.parsed.data!.policy, p })) : [],
);

describe('provisions', () => {
  test('ids are unique across files and read <policy>-<anchor>-<slug>', () => {
    const seen = new Set<string>();
    const bad: string[] = [];
    for (const { policy, p } of all) {
      if (seen.has(p.id)) bad.push(`duplicate id ${p.id}`);
      seen.add(p.id);
      const prefix = `${policy}-${p.anchor}-`;
      if (!p.id.startsWith(prefix) || p.id.length === prefix.length) bad.push(`${p.id}: should start with ${prefix} and add a slug`);
    }
    expect(bad).toEqual([]);
  });

  test('every dimension exists in content/dimensions.yaml', () => {
    expect(all.filter(({ p }) => !dimensionKeys.has(p.dimension)).map(({ p }) => `${p.id}: ${p.dimension}`)).toEqual([]);
  });

  test('provisions sharing a capGroup belong to the same claimant', () => {
    const groups = new Map<string, Set<string>>();
    for (const { policy, p } of all) {
      if (p.value.type !== 'subsidy' || !p.value.capGroup) continue;
      const key = `${policy}/${p.value.capGroup}`;
      groups.set(key, (groups.get(key) ?? new Set()).add(p.value.claimant));
    }
    const bad = [...groups].filter(([, claimants]) => claimants.size !== 1).map(([g, c]) => `${g}: ${[...c].join(', ')}`);
    expect(bad).toEqual([]);
  });

  test('list keys come from the closed vocabulary of their dimension', () => {
    const bad: string[] = [];
    for (const { p } of all) {
      if (p.value.type !== 'list' || !p.value.keys) continue;
      const vocab = listKeyVocabulary[p.dimension];
      if (!vocab) {
        bad.push(`${p.id}: dimension ${p.dimension} has no key vocabulary`);
        continue;
      }
      for (const k of p.value.keys) if (!vocab.includes(k)) bad.push(`${p.id}: unknown key ${k}`);
      const entityKeys = p.value.keys.filter((k) => !levelKeys.includes(k));
      if (new Set(p.value.keys).size !== p.value.keys.length) bad.push(`${p.id}: repeated key`);
      if (entityKeys.length === 0) bad.push(`${p.id}: only level keys`);
      const firstLevel = p.value.keys.findIndex((k) => levelKeys.includes(k));
      if (firstLevel >= 0 && p.value.keys.slice(firstLevel).some((k) => !levelKeys.includes(k)))
        bad.push(`${p.id}: level keys must follow the entity keys`);
    }
    expect(bad).toEqual([]);
  });

  test('shares are fractions no greater than 1', () => {
    const bad = all.filter(({ p }) => p.value.type === 'share' && Number(p.value.rate) > 1);
    expect(bad.map(({ p }) => p.id)).toEqual([]);
  });

  // An excerpt of a law does not contain its 施行 words (they stand in the law's final articles,
  // which we do not publish): its dates come from the frontmatter (enactment, effectiveFrom),
  // shown in the page metadata. Every other text states its validity in exactly one provision.
  test('every policy states its validity in exactly one provision (an excerpt: in its metadata)', () => {
    const bodies = loadPolicyBodies();
    for (const policy of policies) {
      const fm = bodies.get(policy)!.frontmatter;
      const n = all.filter((a) => a.policy === policy && a.p.dimension === 'validity').length;
      if (fm.excerpt) {
        expect(n, policy).toBe(0);
        expect(fm.effectiveFrom, policy).toBeDefined();
      } else expect(n, policy).toBe(1);
    }
  });

  test('every draft provision says it is a 征求意见稿; every summary provision says it is a 解读', () => {
    const bad = all.filter(
      ({ policy, p }) =>
        (policy === 'kunming-2025-measures-draft' && !p.notes.some((n) => n.includes('征求意见稿'))) ||
        (policy === 'guangdong-2026-measures-summary' && !p.notes.some((n) => n.includes('解读'))),
    );
    expect(bad.map(({ p }) => p.id)).toEqual([]);
  });

  // #13 §4: a scope decision the data made silently is a reading with its consequence, never a
  // note. These phrases are how such decisions were written before; none may come back.
  test('no note decides a scope silently (such decisions are readings)', () => {
    const SILENT = ['属判断', '按通常读法', '按语境理解', '本数据的归类', '本数据记为', '本数据不归入', '本数据按', '未作取舍'];
    // (Yunnan 八's 1000万元 cap, once pending here, is read both ways under #20 §2.)
    const flagged = all.filter(({ p }) => p.notes.some((n) => SILENT.some((w) => n.includes(w))));
    expect(flagged.map(({ p }) => p.id)).toEqual([]);
  });

  test('payment-timing readings have unique keys', () => {
    for (const { p } of all) {
      if (p.value.type !== 'payment-timing') continue;
      const keys = p.value.readings.map((r) => r.key);
      expect(new Set(keys).size, p.id).toBe(keys.length);
    }
  });
});

describe('typed scope (issue #20 §1: a qualifier is part of the scope, typed in the data)', () => {
  const bodies = loadPolicyBodies();
  const articleOf = (policy: string, anchor: string) =>
    normalizeForComparison(bodies.get(policy)!.body.clauses.find((c) => c.id === anchor)!.text);
  const listed = all.filter(({ p }) => p.value.type === 'list');

  test('a list whose article continues its last item with 等 / 但不局限于 is typed open, and only such a list', () => {
    const bad: string[] = [];
    for (const { policy, p } of listed) {
      if (p.value.type !== 'list') continue;
      const article = articleOf(policy, p.anchor);
      const quote = normalizeForComparison(p.quote);
      const start = article.indexOf(quote);
      // The words right after the list's last item as printed (within or just after the quote).
      const last = normalizeForComparison(p.value.items.at(-1)!);
      const at = article.indexOf(last, start);
      const after = at >= 0 && at <= start + quote.length ? article.slice(at + last.length, at + last.length + 6) : article.slice(start + quote.length, start + quote.length + 6);
      const openWords = /^[”"]?(等|但不局限于)/.test(after) || quote.includes('但不局限于');
      if (openWords && p.value.open !== true) bad.push(`${p.id}: the list goes on (“${after.slice(0, 6)}…”) but is not typed open`);
      if (!openWords && p.value.open === true) bad.push(`${p.id}: typed open, but neither the quote nor the words after it say 等`);
    }
    expect(bad).toEqual([]);
  });

  test('every 已授权且有效 / 第三方评估 condition names the items it reads on, and they are items of its list', () => {
    const bad: string[] = [];
    for (const { p } of listed) {
      if (p.value.type !== 'list') continue;
      for (const c of p.value.itemConditions ?? []) for (const k of c.keys) if (!(p.value.keys ?? []).includes(k)) bad.push(`${p.id}: ${c.kind} reads on ${k}, not in keys`);
      for (const q of p.value.qualified ?? []) {
        for (const k of q.keys) if (!(p.value.keys ?? []).includes(k)) bad.push(`${p.id}: qualified key ${k} not in keys`);
        for (const l of q.levels) if (!levelKeys.includes(l)) bad.push(`${p.id}: ${l} is not a level key`);
      }
    }
    expect(bad).toEqual([]);
    // The granted condition never reads on a right that is not granted (a copyright, a secret).
    const readOn = listed.flatMap(({ p }) => (p.value.type === 'list' ? (p.value.itemConditions ?? []).filter((c) => c.kind === 'granted-and-valid').flatMap((c) => c.keys) : []));
    expect(readOn.filter((k) => !(GRANTED_RESULT_TYPES as readonly string[]).includes(k))).toEqual([]);
  });

  test.each([
    // 云南 三: “鼓励和引导部分高等院校、科研院所” — only selected units.
    ['yunnan-2024-15-measures-art-3-licensors', 'selected-units'],
    // 湖南 三（一）: “（涉密成果除外）”.
    ['hunan-2025-plan-part-3-1-unconverted-5-years', 'not-classified'],
    // 湖南 三（二）: “对不涉及国家秘密、国家安全和重大社会公共利益的科技成果…自主决定”.
    ['hunan-2025-plan-part-3-2-internal-decision', 'not-security-sensitive'],
    // 广东 八: “利用省级财政科技资金支持形成的科研攻关类科技成果(除涉及国防、国家安全…外)”.
    ['guangdong-2026-measures-summary-sec-8-unconverted-3-years', 'result-class'],
    ['guangdong-2026-measures-summary-sec-8-unconverted-3-years', 'not-security-sensitive'],
    // 昆明稿 （八）: “财政资金支持形成的非涉密科技成果”.
    ['kunming-2025-measures-draft-m-8-submission-deadline', 'not-classified'],
  ])('%s carries its %s qualifier', (id, kind) => {
    const p = all.find((a) => a.p.id === id)!.p;
    expect((p.scope ?? []).map((c) => c.kind)).toContain(kind);
  });

  test('广东 八 keeps 省外 on 高校院所 (not on 企业)', () => {
    const p = all.find((a) => a.p.id === 'guangdong-2026-measures-summary-sec-8-other-sources')!.p;
    expect(p.value.type === 'list' && p.value.qualified).toEqual([{ keys: ['university', 'research-institute'], levels: ['out-of-province'], words: '省外高校院所' }]);
  });
});
