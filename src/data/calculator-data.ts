/**
 * Build-time props for the calculator islands: provisions of the topics a calculator reads, with
 * their citations; policy metadata; the `calc.*` UI strings; the dataset version.
 */
import zhCN from '../i18n/zh-CN.json';
import { calcProvision } from './calc-provision';
import { datasetStamp, loadProvisions } from './dataset';
import { localPolicies } from './policies';
import { lawData } from './law';
import type { CalcData } from '../lib/calculators/props';
import type { HolidayData } from '../lib/holidays';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT } from './paths';

/** The State Council's holiday arrangements, for periods the calculators count (民法典 第二百零三条). */
export function holidayData(): HolidayData {
  return JSON.parse(readFileSync(join(CONTENT, 'reference', 'holidays-cn.json'), 'utf8')) as HolidayData;
}

/** Props for one calculator: provisions of `topics`, strings under `calc.common.*` and `calc.<calculator>.*`. */
export async function calculatorData(topics: string[], calculator: 'reward' | 'subsidy'): Promise<CalcData> {
  // The calculators compare the local texts; national floors reach them through the law-layer
  // resolver (src/lib/law/), not as a document of their own.
  const policies = (await localPolicies()).map(({ entry }) => ({
    id: entry.id,
    shortTitle: entry.data.shortTitle,
    textStatus: entry.data.textStatus,
    jurisdiction: { ...entry.data.jurisdiction },
  }));
  const all = loadProvisions();
  const provisions = all.filter((p) => topics.includes(p.topic) && policies.some((d) => d.id === p.policy)).map(calcProvision);
  // The reward calculator asks the law layer for the binding minimum: it needs every document's
  // 效力级别 and the national share, applicability and payroll provisions (cited like the rest).
  const law =
    calculator === 'reward'
      ? (() => {
          const documents = lawData().documents;
          const laws = new Set(documents.filter((d) => d.legalForce === 'law').map((d) => d.id));
          const kinds = new Set(['share', 'applicability', 'payroll']);
          return { documents: [...documents], provisions: all.filter((p) => laws.has(p.policy) && kinds.has(p.value.type)).map(calcProvision) };
        })()
      : undefined;
  const prefixes = ['calc.common.', `calc.${calculator}.`, ...(law ? ['law.', 'elig.level.', 'elig.opt.licensor.'] : [])];
  const strings = Object.fromEntries(Object.entries(zhCN).filter(([k]) => prefixes.some((x) => k.startsWith(x))));
  return { provisions, policies, version: (await datasetStamp()).version, strings, ...(law ? { law } : {}) };
}
