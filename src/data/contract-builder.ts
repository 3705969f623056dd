/**
 * The contract builder's data, at build time: the model contract parsed from the published annex
 * (source text plus the recorded fixes — the text the policy page shows), its binding to the form,
 * cross-checked against the text and the provisions, and the island's props.
 *
 * Fails the build when the binding does not cover the model exactly, when a provision it names is
 * missing or of the wrong kind, or when a printed default of the model (`[0.05]%`, `满[3]个月`) is not
 * the value its provision carries — so the form, the checks and the text cannot drift apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contractBindingSchema } from '../schemas/contract-binding';
import { bindingProblems, type ContractBinding } from '../lib/contract/binding';
import { modelBlanks, modelSourceText, parseModelContract, type ContractModel } from '../lib/contract/model';
import type { CheckContext, CiteRef } from '../lib/contract/checks';
import type { ContractForm, FieldLabels } from '../lib/contract/form';
import type { HolidayData } from '../lib/holidays';
import type { CiteInfo, RuleOption } from '../islands/payment/types';

/** What the builder shows of a payment rule's provision: its summary and its article. */
export type RuleCite = Pick<CiteInfo, 'cite' | 'href' | 'summary'>;
import zh from '../i18n/zh-CN.json';
import { paymentRuleSets } from './payment-rules';
import { contractExample } from './contract-example';
import { applyFixes } from '../lib/fidelity';
import { Money } from '../lib/money';
import { loadFixes } from './fixes';
import { loadPolicyBodies } from './policy-bodies';
import { clausesOf, citeFor } from './citations';
import { datasetStamp, loadProvisions, type DatasetProvision } from './dataset';
import { CONTENT, SOURCES_DIR } from './paths';

export const CONTRACTS_DIR = join(CONTENT, 'contracts');

/** The binding of one policy's model contract (`content/contracts/<policy>.yaml`), schema-checked. */
export function loadContractBinding(policy: string): ContractBinding {
  const file = join(CONTRACTS_DIR, `${policy}.yaml`);
  const parsed = contractBindingSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`content/contracts/${policy}.yaml 不符合数据格式：\n${parsed.error.message}`);
  if (parsed.data.policy !== policy) throw new Error(`content/contracts/${policy}.yaml：policy 应为 ${policy}`);
  return parsed.data;
}

/**
 * The model contract's text as published: the policy's source with its recorded fixes applied,
 * from the annex's title line (the heading of the `anchor` clause) to the end of the document.
 */
export function modelContractText(b: ContractBinding): string {
  const body = loadPolicyBodies().get(b.policy);
  if (!body) throw new Error(`合同示范文本：没有政策 ${b.policy}`);
  const title = clausesOf(b.policy).find((c) => c.id === b.anchor)?.heading;
  if (!title) throw new Error(`合同示范文本：${b.policy} 的 #${b.anchor} 没有标题`);
  const source = applyFixes(readFileSync(join(SOURCES_DIR, body.frontmatter.sourceFile), 'utf8'), loadFixes(b.policy));
  const at = source.search(new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
  if (at < 0) throw new Error(`合同示范文本：原文中找不到标题行“${title}”`);
  return source.slice(at);
}

function provisionOf(all: readonly DatasetProvision[], id: string, type: DatasetProvision['value']['type']): DatasetProvision {
  const p = all.find((x) => x.id === id);
  if (!p) throw new Error(`合同示范文本绑定：没有条款 ${id}`);
  if (p.value.type !== type) throw new Error(`合同示范文本绑定：条款 ${id} 应为 ${type}，实为 ${p.value.type}`);
  return p;
}

/** The parsed model and its binding, checked against each other and the provisions. */
export function loadModelContract(policy = 'hunan-2025-plan'): { model: ContractModel; binding: ContractBinding } {
  const binding = loadContractBinding(policy);
  const model = parseModelContract(modelContractText(binding));
  const problems = bindingProblems(model, binding);
  if (problems.length) throw new Error(`content/contracts/${policy}.yaml 与示范文本不一致：\n${problems.join('\n')}`);

  // The printed defaults must be the provisions' values (the provisions quote the same words).
  const all = loadProvisions();
  const late = provisionOf(all, binding.provisions.lateRate, 'rate');
  const lateBlank = modelBlanks(model).find((x) => x.id === binding.blanks.lateRate);
  if (late.value.type === 'rate' && lateBlank?.bracket?.kind === 'default') {
    if (!new Money(late.value.rate).times(100).equals(new Money(lateBlank.bracket.content.trim()))) {
      throw new Error(`合同示范文本：第六条默认值 ${lateBlank.token}% 与条款 ${late.id} 的 ${late.value.rate} 不一致`);
    }
  } else throw new Error(`合同示范文本：${binding.blanks.lateRate} 不是带默认值的空格`);
  const deferred = provisionOf(all, binding.provisions.deferredDefault, 'payment-timing');
  const months = deferredDefaultMonths(deferred);
  const monthsBlank = modelBlanks(model).find((x) => x.id === binding.blanks.deferredMonths);
  if (months === null || monthsBlank?.bracket?.kind !== 'default' || Number(monthsBlank.bracket.content) !== months) {
    throw new Error(`合同示范文本：模式二默认期限 ${monthsBlank?.token ?? '?'} 与条款 ${deferred.id} 不一致`);
  }
  provisionOf(all, binding.provisions.effective, 'text');
  provisionOf(all, binding.provisions.trl, 'quantity');
  provisionOf(all, binding.provisions.resultTypes, 'list');
  for (const id of Object.values(binding.rules)) provisionOf(all, id, 'payment-timing');
  // Every article of the model has its anchor on the policy page.
  for (const s of model.sections) if (s.number !== null) citeFor(binding.policy, articleAnchor(binding, s.number));
  return { model, binding };
}

/** The months of a contract-default `payment-timing` provision's contract-effective period (满[3]个月 → 3). */
function deferredDefaultMonths(p: DatasetProvision): number | null {
  if (p.value.type !== 'payment-timing') return null;
  const t = p.value.triggers.find((x) => x.trigger === 'contract-effective' && x.after?.unit === 'month');
  return t?.after?.amount ?? null;
}

/**
 * A policy page link, as `policyHref()` in ./policies.ts makes it (that module needs Astro's content
 * layer, which this one must not: the unit tests load it in plain Node).
 */
function policyHref(id: string, anchor: string): string {
  return `/policies/${id}/#${anchor}`;
}

/** The anchor of an article of the model on the policy page: `annex` + `-art-<n>`. */
export function articleAnchor(b: ContractBinding, n: number): string {
  return `${b.anchor}-art-${n}`;
}

/** A citation of one provision: its article's citation text and link. */
export function provisionCite(p: DatasetProvision): CiteRef {
  return { cite: citeFor(p.policy, p.anchor), href: policyHref(p.policy, p.anchor) };
}

/**
 * A law article's citation: linked to its page when the law is published on this site (and then
 * the site's own citation text), the binding's text otherwise.
 */
export function lawCite(ref: ContractBinding['law']['openLicence']['declaration']): CiteRef {
  if (!loadPolicyBodies().has(ref.policy)) return { cite: ref.cite, href: null };
  return { cite: citeFor(ref.policy, ref.anchor), href: policyHref(ref.policy, ref.anchor) };
}

/** What the checks need, from the dataset. */
export function contractCheckContext(b: ContractBinding, cited: readonly DatasetProvision[]): CheckContext {
  const all = loadProvisions();
  const cites: Record<string, CiteRef> = {};
  const add = (p: DatasetProvision) => (cites[p.id] = provisionCite(p));
  cited.forEach(add);
  const reward: Record<string, { provisionId: string; summary: string }[]> = {};
  for (const p of all) {
    if (p.dimension !== 'inventor-share') continue;
    (reward[p.policy] ??= []).push({ provisionId: p.id, summary: p.summary });
    add(p);
  }
  const trl = provisionOf(all, b.provisions.trl, 'quantity');
  const types = provisionOf(all, b.provisions.resultTypes, 'list');
  const late = provisionOf(all, b.provisions.lateRate, 'rate');
  const deferred = provisionOf(all, b.provisions.deferredDefault, 'payment-timing');
  [trl, types, late, deferred, provisionOf(all, b.provisions.effective, 'text')].forEach(add);
  return {
    cites,
    reward,
    modelPolicy: b.policy,
    trl: trl.value.type === 'quantity' ? { provisionId: trl.id, number: trl.value.number, bound: trl.value.bound } : null,
    resultTypes: types.value.type === 'list' ? { provisionId: types.id, keys: types.value.keys ?? [] } : null,
    lateRate: late.value.type === 'rate' ? { provisionId: late.id, rate: late.value.rate } : null,
    deferredDefault: { provisionId: deferred.id, months: deferredDefaultMonths(deferred) ?? 0 },
    openLicence: {
      declaration: lawCite(b.law.openLicence.declaration),
      takeUp: lawCite(b.law.openLicence.takeUp),
      noExclusive: lawCite(b.law.openLicence.noExclusive),
      disputes: lawCite(b.law.openLicence.disputes),
    },
  };
}

/** Labels for validation messages, from the UI strings. */
export function contractFieldLabels(t: (k: string) => string): FieldLabels {
  const keys = [
    'contractNo', 'place', 'signDate', 'resultName', 'regNo', 'holder', 'techField', 'trl', 'summary',
    'territory', 'licenceFrom', 'licenceTo', 'fieldOfUse', 'shares', 'lateRate', 'court', 'condition',
    'party.name', 'party.address', 'party.legalRep', 'party.contact', 'party.phone', 'party.email',
  ] as const;
  return Object.fromEntries(keys.map((k) => [k, t(`contract.field.${k}`)])) as FieldLabels;
}

/** What the contract builder island receives: the model, its binding, the rules, the checks' data, the strings. */
export interface ContractBuilderProps {
  strings: Record<string, string>;
  /** The model's text: the island parses it with the same `parseModelContract()` (a fraction of the parsed size). */
  modelText: string;
  binding: ContractBinding;
  rules: RuleOption[];
  /** Citations of the payment rules (the rule's summary and article, shown under the choice). */
  cites: Record<string, RuleCite>;
  holidays: HolidayData;
  fallbackLateRate: { provisionId: string; rate: string } | null;
  checks: CheckContext;
  labels: FieldLabels;
  /** The worked example “载入示例” loads. */
  example: ContractForm;
  datasetVersion: string;
  /** The day the dataset's statuses were computed for (the build), as Chinese text. */
  datasetDate: string;
  /** The policy's title, 《…》, for the file's header. */
  policyTitle: string;
  /** The model on the policy page, and each article (`art1` → its anchor). */
  annexHref: string;
  articleHrefs: Record<string, string>;
  plannerHref: string;
}

/**
 * UI strings the builder uses: its own (`contract.*`) and those of the planner it shares — the
 * clause's amount and term wording, the plan's field labels, the link notices. Listed, not taken by
 * prefix, to keep the page light; test/unit/data/contract-builder.test.ts checks that every key
 * the island and the core look up is here.
 */
const PLANNER_STRINGS = [
  'calc.payment.clause.amount', 'calc.payment.clause.termSameDay', 'calc.payment.clause.termDays',
  'calc.payment.field.publicity.hint',
  'calc.payment.milestone.name', 'calc.payment.milestone.date', 'calc.payment.milestone.amount', 'calc.payment.milestone.term',
  'calc.payment.milestone.add', 'calc.payment.milestone.remove',
  'calc.payment.royalty.rate', 'calc.payment.royalty.period', 'calc.payment.royalty.revenue', 'calc.payment.royalty.revenue.hint',
  'calc.payment.royalty.periods', 'calc.payment.royalty.term', 'calc.payment.royalty.from', 'calc.payment.royalty.from.effective',
  'calc.payment.royalty.from.revenue',
  'calc.payment.deferred.start', 'calc.payment.deferred.start.period', 'calc.payment.deferred.start.revenue', 'calc.payment.deferred.kind',
  'calc.payment.deferred.lumpAmount', 'calc.payment.deferred.term', 'calc.payment.deferred.instCount', 'calc.payment.deferred.instAmount',
  'calc.payment.deferred.instInterval',
];
const PLANNER_PREFIXES = ['calc.payment.notice.'];

/**
 * The island's props, built in Node from the content files alone (no Astro content layer), so the
 * unit tests compute with exactly what the page ships.
 */
export async function contractBuilderProps(policy = 'hunan-2025-plan'): Promise<ContractBuilderProps> {
  const { model, binding } = loadModelContract(policy);
  const stamp = await datasetStamp();
  const { rules, fallbackLateRate, used } = paymentRuleSets(loadProvisions());
  const bodies = loadPolicyBodies();
  const cites: Record<string, RuleCite> = {};
  for (const r of rules) {
    const p = used.find((x) => x.id === r.timing.provisionId)!;
    cites[p.id] = { cite: citeFor(p.policy, p.anchor), href: policyHref(p.policy, p.anchor), summary: p.summary };
  }
  const badge = (s: string | undefined) =>
    s === 'draft-for-comment' ? (zh['calc.payment.draftBadge'] ?? '') : s === 'official-summary' ? (zh['calc.payment.summaryBadge'] ?? '') : '';
  const options: RuleOption[] = rules.map((r) => {
    const fm = bodies.get(r.policyId)?.frontmatter;
    return { ...r, group: fm?.shortTitle ?? r.policyId, label: cites[r.id]?.summary ?? r.id, badge: badge(fm?.textStatus) };
  });
  const strings = Object.fromEntries(
    Object.entries(zh).filter(([k]) => k.startsWith('contract.') || PLANNER_STRINGS.includes(k) || PLANNER_PREFIXES.some((p) => k.startsWith(p))),
  );
  const t = (k: string) => (zh as Record<string, string>)[k] ?? k;
  const articleHrefs: Record<string, string> = {};
  for (const s of model.sections) if (s.number !== null) articleHrefs[s.key] = policyHref(binding.policy, articleAnchor(binding, s.number));
  const title = bodies.get(binding.policy)?.frontmatter.title ?? binding.policy;
  return {
    strings,
    modelText: modelSourceText(model),
    binding,
    rules: options,
    cites,
    holidays: JSON.parse(readFileSync(join(CONTENT, 'reference', 'holidays-cn.json'), 'utf8')) as HolidayData,
    fallbackLateRate,
    checks: contractCheckContext(binding, used),
    labels: contractFieldLabels(t),
    example: contractExample(binding),
    datasetVersion: stamp.version,
    datasetDate: stamp.computedOn,
    policyTitle: `《${title}》`,
    annexHref: policyHref(binding.policy, binding.anchor),
    articleHrefs,
    plannerHref: '/calculators/payment/',
  };
}
