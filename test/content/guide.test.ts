/**
 * The process guide data (`content/guide/*.yaml`): one file per policy, every step's quote inside
 * its anchor's text (the same `findQuote` the provisions use), every referenced provision in the
 * dataset and of the same policy, and no figure restated in free text (figures come from provisions).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { GUIDE_DIR, loadGuides } from '../../src/data/guide';
import { checkGuides } from '../../src/data/guide-check';
import { loadProvisions } from '../../src/data/dataset';
import { loadPolicyBodies } from '../../src/data/policy-bodies';
import { findQuote } from '../../src/lib/policy-text';
import { guideStage } from '../../src/schemas/guide';

const guides = loadGuides();
const bodies = loadPolicyBodies();
const provisions = new Map(loadProvisions().map((p) => [p.id, p]));
const steps = [...guides.values()].flatMap((g) => g.steps.map((s) => ({ policy: g.policy, s })));

/** Arabic or full-width digits, or a Chinese numeral followed by a unit of time, money or share. */
const FIGURE = /[0-9０-９]|[一二三四五六七八九十百千两]+\s*(日|天|个月|月|年|万元|元|%|％|成)/u;

describe('guide files', () => {
  test('the build check finds no problem', () => {
    expect(checkGuides()).toEqual([]);
  });

  // National-law excerpts set floors and open-licence terms, not a process of their own: a guide
  // file for one is allowed, not required.
  test('one file per published local policy, and none for an unknown document', () => {
    const files = readdirSync(GUIDE_DIR).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
    const local = [...bodies.values()].filter((b) => b.frontmatter.legalForce !== 'law').map((b) => b.id);
    expect(local.filter((id) => !files.includes(id))).toEqual([]);
    expect(files.filter((id) => !bodies.has(id))).toEqual([]);
  });

  test('step ids are unique within a file and steps follow the stage order', () => {
    const order = guideStage.options;
    for (const g of guides.values()) {
      const ids = g.steps.map((s) => s.id);
      expect(new Set(ids).size, g.policy).toBe(ids.length);
      // Steps are listed in the order a transaction goes through them, so the overview and the
      // per-document pages read the same way.
      const idx = g.steps.map((s) => order.indexOf(s.stage));
      expect(idx, g.policy).toEqual([...idx].sort((a, b) => a - b));
    }
  });
});

describe('guide steps', () => {
  test('the quote check does catch a quote that is not in the anchor', () => {
    const { policy, s } = steps[0]!;
    const clauses = bodies.get(policy)!.body.clauses;
    expect(findQuote(clauses, s.anchor, `${s.quote}（虚构）`)).toEqual({ ok: false, reason: 'not-in-article' });
    expect(findQuote(clauses, 'no-such-anchor', s.quote)).toEqual({ ok: false, reason: 'no-anchor' });
  });

  test.each(steps.map(({ policy, s }) => [`${policy}#${s.id}`, policy, s] as const))('%s: quote is in its anchor', (_n, policy, s) => {
    const body = bodies.get(policy);
    expect(body, policy).toBeDefined();
    expect(findQuote(body!.body.clauses, s.anchor, s.quote)).toEqual({ ok: true });
  });

  test.each(steps.map(({ policy, s }) => [`${policy}#${s.id}`, policy, s] as const))('%s: provisions exist and belong to the policy', (_n, policy, s) => {
    for (const id of s.provisions) {
      expect(provisions.get(id)?.policy, `${id}`).toBe(policy);
    }
  });

  test.each(steps.map(({ policy, s }) => [`${policy}#${s.id}`, s] as const))('%s: no figure restated outside the quote', (_n, s) => {
    for (const text of [s.title, s.actor, s.does, ...s.needs, ...s.notes]) {
      expect(FIGURE.test(text), text).toBe(false);
    }
  });
});
