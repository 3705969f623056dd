/**
 * A generated portfolio: the "载入示例" list and the benchmark's file. Invented units and results
 * (`example.json`), dates placed around the "as of" day so the example always shows duties past,
 * near and far. Deterministic for a seed, so tests and benchmarks see the same rows.
 */
import { addDays, type PlainDate } from '../plain-date';
import { COLUMN_INFO, type ColumnKey } from './columns';
import type { RawTable } from './rows';
import data from './example.json';
import { seededRandom } from '../random';


export interface ExampleOptions {
  rows: number;
  asOf: PlainDate;
  seed?: number;
  /** Put a few typical mistakes in (a misspelt type, an impossible date), as real lists have. */
  withMistakes?: boolean;
  /** Only these units (indexes into the example units); all by default. */
  units?: number[];
}

/** The example as a table with the template's headers, ready for `readTable`. */
export function exampleTable(o: ExampleOptions): RawTable {
  const r = seededRandom(o.seed ?? 20260101);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const chance = (p: number) => r() < p;
  const units = (o.units ?? data.units.map((_, i) => i)).map((i) => data.units[i]!);
  const keys = COLUMN_INFO.map((c) => c.key);
  const rows: string[][] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < o.rows; i++) {
    const unit = units[i % units.length]!;
    const topic = data.topics[(i * 7 + Math.floor(r() * 3)) % data.topics.length]!;
    const n = (seen.get(topic.name) ?? 0) + 1;
    seen.set(topic.name, n);
    const type = 'type' in topic && topic.type ? topic.type : pick(data.types);
    const secret = type === '技术秘密';
    const status = secret ? (chance(0.7) ? '已评估认定' : '未评估') : chance(0.1) ? '申请中' : chance(0.05) ? '已失效' : '授权且有效';
    const back = (maxDays: number) => addDays(o.asOf, -Math.floor(r() * maxDays));
    const rightDate = secret || status === '申请中' ? '' : back(8 * 365);
    const acceptance = chance(0.85) ? back(7 * 365) : '';
    const start = acceptance && chance(0.5) ? addDays(acceptance as PlainDate, -(730 + Math.floor(r() * 365))) : '';
    const year = (rightDate || o.asOf).slice(0, 4);
    const serial = String(Math.floor(r() * 1e7)).padStart(7, '0');
    const number = type === '计算机软件著作权' ? `${year}SR${serial.slice(1)}` : secret ? '' : `ZL${year}1${serial}.${Math.floor(r() * 10)}`;
    const values: Record<ColumnKey, string> = {
      unit: unit.name,
      name: n === 1 ? topic.name : `${topic.name}（改进${n - 1}）`,
      type,
      number,
      status,
      rightDate,
      acceptanceDate: acceptance,
      projectStart: start,
      publicFunding: chance(0.8) ? '是' : chance(0.75) ? '否' : '不详',
      classified: chance(0.04) ? '是' : '否',
      trl: String(3 + Math.floor(r() * 6)),
      converted: chance(0.2) ? '是' : '否',
      keywords: topic.keywords,
      place: unit.place,
      unitType: unit.unitType,
      unitLevel: unit.unitLevel,
    };
    if (o.withMistakes && i === 3) values.type = '发名专利';
    if (o.withMistakes && i === 5) values.acceptanceDate = '2023-02-30';
    if (o.withMistakes && i === 8) values.trl = '十';
    rows.push(keys.map((k) => values[k]));
  }
  return { header: COLUMN_INFO.map((c) => c.header), rows };
}

/** The template: the headers and one worked row, marked as an example in its name. */
export function templateTable(asOf: PlainDate): RawTable {
  const t = exampleTable({ rows: 1, asOf, seed: 7, units: [0] });
  const row = [...t.rows[0]!];
  const nameAt = COLUMN_INFO.findIndex((c) => c.key === 'name');
  row[nameAt] = `【示例行，请删除】${String(row[nameAt])}`;
  return { header: t.header, rows: [row] };
}
