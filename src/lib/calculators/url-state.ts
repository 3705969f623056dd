/**
 * Calculator state in the URL, so a result can be shared or bookmarked. Pure parse/serialize:
 * values are kept as the user typed them (the form validates them with `parse-input`, so a bad
 * number in a link shows the same message next to its field); parameters that cannot be used at
 * all (unknown document, mode or provision, malformed claim) are reported in `problems` so the
 * page can say so — never a crash, never a silent default without a notice.
 */
import type { ConversionMode } from '../../schemas/provision';

export interface UrlProblem {
  /** Parameter name as it appears in the URL. */
  param: string;
  /** The offending value, shortened. */
  value: string;
}

/**
 * A query string as (name, value) pairs, decoded like URLSearchParams (`+` is a space) but with
 * only ES built-ins, so the pure core needs no DOM or Node types. A malformed %-sequence is kept
 * as typed and then fails validation like any other unknown value.
 */
class Query {
  private readonly pairs: [string, string][] = [];
  constructor(search = '') {
    const decode = (x: string) => {
      try {
        return decodeURIComponent(x.replace(/\+/g, ' '));
      } catch {
        return x;
      }
    };
    for (const part of (search.startsWith('?') ? search.slice(1) : search).split('&')) {
      if (!part) continue;
      const i = part.indexOf('=');
      this.pairs.push(i < 0 ? [decode(part), ''] : [decode(part.slice(0, i)), decode(part.slice(i + 1))]);
    }
  }
  get(k: string): string | null {
    return this.pairs.find(([n]) => n === k)?.[1] ?? null;
  }
  getAll(k: string): string[] {
    return this.pairs.filter(([n]) => n === k).map(([, v]) => v);
  }
  has(k: string): boolean {
    return this.pairs.some(([n]) => n === k);
  }
  set(k: string, v: string): void {
    const i = this.pairs.findIndex(([n]) => n === k);
    if (i < 0) this.pairs.push([k, v]);
    else this.pairs[i] = [k, v];
  }
  append(k: string, v: string): void {
    this.pairs.push([k, v]);
  }
  toString(): string {
    return this.pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
  }
}

const short = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

// ——— Reward split ———

export interface CostRow {
  label: string;
  amount: string;
}

export interface RewardUrlState {
  doc: string;
  mode: ConversionMode;
  /** Net income as typed; ignored when `useGross`. */
  net: string;
  /** Use the gross-minus-costs helper. */
  useGross: boolean;
  gross: string;
  costs: CostRow[];
  /** Intended shares, percent as typed ('' = the minimum). */
  inventorPct: string;
  transferPct: string;
}

/** Read reward state; `defaults` fills what is absent; unknown doc/mode are problems. */
export function parseRewardUrl(
  search: string,
  defaults: RewardUrlState,
  knownDocs: readonly string[],
  /** Conversion modes the page offers (from the schema, passed in so no validator ships to the browser). */
  knownModes: readonly ConversionMode[],
): { state: RewardUrlState; problems: UrlProblem[] } {
  const q = new Query(search);
  const problems: UrlProblem[] = [];
  const state: RewardUrlState = { ...defaults, costs: [...defaults.costs] };
  const doc = q.get('doc');
  if (doc !== null) {
    if (knownDocs.includes(doc)) state.doc = doc;
    else problems.push({ param: 'doc', value: short(doc) });
  }
  const mode = q.get('mode');
  if (mode !== null) {
    if ((knownModes as readonly string[]).includes(mode)) state.mode = mode as ConversionMode;
    else problems.push({ param: 'mode', value: short(mode) });
  }
  for (const [param, key] of [['net', 'net'], ['gross', 'gross'], ['inv', 'inventorPct'], ['ts', 'transferPct']] as const) {
    const v = q.get(param);
    if (v !== null) state[key] = v.slice(0, 60);
  }
  const costs = q.getAll('cost');
  if (costs.length) {
    state.costs = [];
    for (const c of costs.slice(0, 20)) {
      const i = c.lastIndexOf('~');
      if (i < 0) problems.push({ param: 'cost', value: short(c) });
      else state.costs.push({ label: c.slice(0, i).slice(0, 40), amount: c.slice(i + 1).slice(0, 60) });
    }
  }
  if (q.has('gross') || state.costs.length) state.useGross = true;
  return { state, problems };
}

/** Query string (with leading '?') for the state; defaults-equal fields are kept so links are explicit. */
export function serializeRewardUrl(s: RewardUrlState): string {
  const q = new Query();
  q.set('doc', s.doc);
  q.set('mode', s.mode);
  if (s.useGross) {
    q.set('gross', s.gross);
    for (const c of s.costs) q.append('cost', `${c.label}~${c.amount}`);
  } else {
    q.set('net', s.net);
  }
  if (s.inventorPct) q.set('inv', s.inventorPct);
  if (s.transferPct) q.set('ts', s.transferPct);
  return `?${q.toString()}`;
}

// ——— Subsidies ———

export interface ClaimRow {
  provisionId: string;
  year: string;
  base: string;
  claimant: string;
  target: string;
  /** Amount already received, as typed; non-empty marks the row as a claim already made. */
  awarded: string;
}

export interface SubsidyUrlState {
  /** GB/T 2260 code of the claimant's location. */
  loc: string;
  claims: ClaimRow[];
}

const FIELDS = ['provisionId', 'year', 'base', 'claimant', 'target', 'awarded'] as const;
/** Most claims a link may carry: more than any real claimant files, and bounded for safety. */
export const MAX_CLAIMS = 60;

/** Read subsidy state. Claim rows are `c=<id>~<year>~<base>~<claimant>~<target>~<awarded>`. */
export function parseSubsidyUrl(
  search: string,
  defaults: SubsidyUrlState,
  knownLocations: readonly string[],
  knownProvisions: readonly string[],
): { state: SubsidyUrlState; problems: UrlProblem[] } {
  const q = new Query(search);
  const problems: UrlProblem[] = [];
  const state: SubsidyUrlState = { loc: defaults.loc, claims: defaults.claims.map((c) => ({ ...c })) };
  const loc = q.get('loc');
  if (loc !== null) {
    if (knownLocations.includes(loc)) state.loc = loc;
    else problems.push({ param: 'loc', value: short(loc) });
  }
  const raw = q.getAll('c');
  if (raw.length) {
    state.claims = [];
    if (raw.length > MAX_CLAIMS) problems.push({ param: 'c', value: `${raw.length}` });
    for (const c of raw.slice(0, MAX_CLAIMS)) {
      const parts = c.split('~');
      if (parts.length !== FIELDS.length || !knownProvisions.includes(parts[0]!)) {
        problems.push({ param: 'c', value: short(c) });
        continue;
      }
      const row = Object.fromEntries(FIELDS.map((f, i) => [f, parts[i]!.slice(0, 60)])) as unknown as ClaimRow;
      state.claims.push(row);
    }
  }
  return { state, problems };
}

/** Query string for the subsidy state. `~` inside a typed label is replaced so rows stay parseable. */
export function serializeSubsidyUrl(s: SubsidyUrlState): string {
  const q = new Query();
  q.set('loc', s.loc);
  for (const c of s.claims) q.append('c', FIELDS.map((f) => c[f].replace(/~/g, '-')).join('~'));
  return `?${q.toString()}`;
}
