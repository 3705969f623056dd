/**
 * Answers that depend on facts the caller may not know. A question is decided for every complete
 * set of facts (`decide`); the answers are then grouped into a small decision tree, so an unknown
 * fact that matters comes back as a condition on the answer (“若单位已自行规定或约定……；否则……”)
 * and a fact that does not matter is never asked. The law layer never guesses a fact.
 *
 * Generic over the facts and the decision; the law questions in `resolve.ts` supply both.
 */

/** One fact: a name and the values it can take, in display order. */
export interface FactDef<K extends string = string> {
  /** Stable name, e.g. `ownRule` or `scope:<provision id>`. */
  key: K;
  values: readonly (string | boolean)[];
}

/** A fact restricted to some of its values: the answer holds when the fact takes one of them. */
export interface FactCondition {
  key: string;
  values: (string | boolean)[];
}

/** One answer and the conditions (on facts the caller left open) under which it holds. */
export interface Branch<D> {
  when: FactCondition[];
  decision: D;
}

type Row<D> = { facts: Record<string, string | boolean>; decision: D; id: string };

/**
 * Every combination of the facts' values, in order (the first fact varies slowest). `valuesFor`
 * lets one fact's values depend on the ones before it (a state enterprise is never `non-state`).
 */
export function enumerate(
  defs: readonly FactDef[],
  valuesFor: (key: string, before: Record<string, string | boolean>) => readonly (string | boolean)[] = (k) => defs.find((d) => d.key === k)!.values,
): Record<string, string | boolean>[] {
  let combos: Record<string, string | boolean>[] = [{}];
  for (const d of defs) {
    const next: Record<string, string | boolean>[] = [];
    for (const c of combos) for (const v of valuesFor(d.key, c)) next.push({ ...c, [d.key]: v });
    combos = next;
  }
  return combos;
}

/**
 * Groups decided combinations into branches. At each step the first fact (in `defs` order) whose
 * value changes the answer splits the rows; values with the same sub-answer are merged into one
 * condition. Facts whose value never changes the answer do not appear. `idOf` gives a decision's
 * identity (two decisions with the same id are the same answer).
 */
export function branches<D>(
  defs: readonly FactDef[],
  combos: readonly { facts: Record<string, string | boolean>; decision: D }[],
  idOf: (d: D) => string,
): Branch<D>[] {
  const rows: Row<D>[] = combos.map((c) => ({ ...c, id: idOf(c.decision) }));
  return build(rows, defs.map((d) => d.key), defs).map(({ when, decision }) => ({ when, decision }));
}

type IdBranch<D> = Branch<D> & { id: string };

function build<D>(rows: Row<D>[], keys: string[], defs: readonly FactDef[]): IdBranch<D>[] {
  if (rows.length === 0) return [];
  if (new Set(rows.map((r) => r.id)).size === 1) return [{ when: [], decision: rows[0]!.decision, id: rows[0]!.id }];
  const order = (key: string) => defs.find((d) => d.key === key)?.values ?? [];
  const partition = (key: string) => {
    const m = new Map<string | boolean, Row<D>[]>();
    for (const r of rows) {
      const v = r.facts[key]!;
      m.set(v, [...(m.get(v) ?? []), r]);
    }
    return m;
  };
  const signature = (rs: Row<D>[]) => [...new Set(rs.map((r) => r.id))].sort().join('|');
  // The first fact whose values lead to different sets of answers; failing that (answers that
  // differ only in combination), the first fact that takes more than one value.
  const key =
    keys.find((k) => new Set([...partition(k).values()].map(signature)).size > 1) ??
    keys.find((k) => partition(k).size > 1)!;
  const rest = keys.filter((k) => k !== key);
  const groups: { values: (string | boolean)[]; sub: IdBranch<D>[]; sig: string }[] = [];
  const parts = [...partition(key).entries()].sort(([a], [b]) => order(key).indexOf(a) - order(key).indexOf(b));
  for (const [value, rs] of parts) {
    const sub = build(rs, rest, defs);
    const sig = JSON.stringify(sub.map((b) => [b.when, b.id]));
    const same = groups.find((g) => g.sig === sig);
    if (same) same.values.push(value);
    else groups.push({ values: [value], sub, sig });
  }
  // All values alike: the fact does not matter here after all.
  if (groups.length === 1) return groups[0]!.sub;
  return groups.flatMap((g) => g.sub.map((b) => ({ ...b, when: [{ key, values: g.values }, ...b.when] })));
}
