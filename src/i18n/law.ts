/**
 * The law layer in plain Chinese: one formatter for the resolver's answers (the comparison cells,
 * its exports and, through the same keys, the calculators). `src/lib/law/` returns keys and
 * provision ids; this module alone turns them into words.
 */
import type { FactCondition, ShareDecision } from '../lib/law/resolve';
import { formatPercent } from '../lib/money';
import { withBound } from '../lib/provision-format';
import { t, type UiKey } from './index';

/** Where a citation and a reading's label come from, and which documents are local. */
export interface LawTextContext {
  /** Short citation of a provision's place: 第四十五条第一款第一项. */
  cite(provisionId: string): string;
  /** Label of a reading of a provision (读法一：…). */
  reading(provisionId: string, key: string): string;
}

const key = (k: string) => k as UiKey;

/** One condition in words: 经技术合同认定登记的 / 市属（市级）单位 / 若所列“等”单位包括本单位 … */
export function conditionText(c: FactCondition, ctx: LawTextContext): string {
  const [name, id] = c.key.split(':') as [string, string | undefined];
  const values = c.values;
  switch (name) {
    case 'ownRule':
    case 'contractRegistered':
    case 'scope':
      return t(key(`law.cond.${name}.${String(values[0])}`));
    case 'reading':
      return t('law.cond.reading', { labels: values.map((v) => ctx.reading(id!, String(v))).join('或') });
    case 'level':
      return values.map((v) => t(key(`elig.level.${String(v)}`))).join('、');
    case 'kind':
      return t('law.cond.kind', { kinds: values.map((v) => t(key(`elig.opt.licensor.${String(v)}`))).join('、') });
    case 'licensor':
      return values.map((v) => t(key(`law.class.${String(v)}`))).join('、');
    default:
      return `${c.key}=${values.join('/')}`;
  }
}

/** The minimum with its layer and citation, a national floor beneath it, or why there is none. */
export function decisionText(d: ShareDecision, ctx: LawTextContext): string {
  const m = d.minimum;
  if (!m) {
    if (d.reason === 'unit-rule') return t('law.answer.unitRule', { cite: d.unitRuleBasis ? ctx.cite(d.unitRuleBasis) : '' });
    return t('law.answer.noFloor');
  }
  const layer = t(m.layer === 'local' ? 'law.layer.local' : 'law.layer.national');
  // A reading the answer depends on is named in its conditions (按读法…), not repeated here.
  let text = t('law.answer.minimum', { floor: floorWords(m), layer, cite: ctx.cite(m.provisionId) });
  if (m.layer === 'local') {
    const beneath = d.floors.find((f) => f.layer === 'national');
    if (beneath) {
      const why =
        beneath.status === 'beneath' ? t('law.answer.beneathBinds') : beneath.status === 'yields' ? t('law.answer.beneathYields') : t('law.answer.beneathVaries');
      text += t('law.answer.beneath', { floor: floorWords(beneath), cite: ctx.cite(beneath.provisionId), why });
    }
  }
  return text;
}

/** 不低于50% / 连续3至5年每年不低于5%. */
function floorWords(f: { rate: string; bound: ShareDecision['floors'][number]['bound']; years?: ShareDecision['floors'][number]['years'] }): string {
  const share = withBound(formatPercent(f.rate), f.bound);
  if (!f.years) return share;
  const span = f.years.min === f.years.max ? String(f.years.min) : `${f.years.min}至${f.years.max}`;
  return t('law.answer.yearly', { years: span, share });
}

/** One answer: its conditions, then what binds. */
export function answerText(a: { when: FactCondition[]; decision: ShareDecision }, ctx: LawTextContext): string {
  const conds = a.when.map((c) => conditionText(c, ctx));
  const answer = decisionText(a.decision, ctx);
  return conds.length > 0 ? `${conds.join('，')}：${answer}` : answer;
}
