/**
 * The open-data export of provisions: for JSON, the dataset record itself plus its context
 * (`provisionRecord`, shape in src/schemas/open-data.ts); for CSV, one flat row of text per
 * provision (`exportRow`). Pure: lookups are passed in.
 */
import type { Provision } from '../schemas/provision';
import type { Policy } from '../schemas/policy';
import { describeValue } from './provision-format';
import { toCsv } from './export/csv';
import { joinSentences } from './text/join';

export interface ExportLookups {
  policyTitle: (policyId: string) => string;
  jurisdiction: (policyId: string) => Policy['jurisdiction'];
  textStatus: (policyId: string) => Policy['textStatus'];
  textStatusLabel: (policyId: string) => string;
  cite: (policyId: string, anchor: string) => string;
  url: (policyId: string, anchor: string) => string;
  dimensionLabel: (key: string) => string;
}

export interface ExportRow {
  id: string;
  policy: string;
  policyTitle: string;
  textStatus: string;
  jurisdiction: string;
  jurisdictionCode: string;
  dimension: string;
  dimensionLabel: string;
  topic: string;
  summary: string;
  valueText: string;
  valueType: string;
  citation: string;
  url: string;
  quote: string;
  notes: string;
}

/** CSV columns: header label, the row key, and where the same value is in a JSON record. */
export const CSV_COLUMNS: { key: keyof ExportRow; label: string; json: string }[] = [
  { key: 'id', label: '条款编号 id', json: 'id' },
  { key: 'policy', label: '政策编号 policy', json: 'policy' },
  { key: 'policyTitle', label: '政策名称', json: 'policyTitle' },
  { key: 'textStatus', label: '文本性质', json: 'textStatusLabel' },
  { key: 'jurisdiction', label: '地区', json: 'jurisdiction.name' },
  { key: 'jurisdictionCode', label: '行政区划代码', json: 'jurisdiction.code' },
  { key: 'dimension', label: '维度 dimension', json: 'dimension' },
  { key: 'dimensionLabel', label: '维度名称', json: 'dimensionLabel' },
  { key: 'topic', label: '主题 topic', json: 'topic' },
  { key: 'summary', label: '规定摘要', json: 'summary' },
  { key: 'valueText', label: '数值', json: 'valueText' },
  { key: 'valueType', label: '数值类型 value.type', json: 'value.type' },
  { key: 'citation', label: '出处', json: 'citation' },
  { key: 'url', label: '链接', json: 'url' },
  { key: 'quote', label: '原文引述', json: 'quote' },
  { key: 'notes', label: '说明', json: 'notes（数组；CSV 中以“；”连接）' },
];

export function exportRow(p: Provision & { policy: string }, l: ExportLookups): ExportRow {
  const j = l.jurisdiction(p.policy);
  return {
    id: p.id,
    policy: p.policy,
    policyTitle: l.policyTitle(p.policy),
    textStatus: l.textStatusLabel(p.policy),
    jurisdiction: j.name,
    jurisdictionCode: j.code,
    dimension: p.dimension,
    dimensionLabel: l.dimensionLabel(p.dimension),
    topic: p.topic,
    summary: p.summary,
    valueText: describeValue(p.value),
    valueType: p.value.type,
    citation: l.cite(p.policy, p.anchor),
    url: l.url(p.policy, p.anchor),
    quote: p.quote,
    notes: joinSentences(p.notes),
  };
}

/**
 * A provision as /data/provisions.json publishes it: every field of the dataset record as it is
 * (so fields added to the dataset are published too), then the context a reader needs.
 */
export function provisionRecord(p: Provision & { policy: string }, l: ExportLookups) {
  return {
    ...p,
    policyTitle: l.policyTitle(p.policy),
    textStatus: l.textStatus(p.policy),
    textStatusLabel: l.textStatusLabel(p.policy),
    jurisdiction: l.jurisdiction(p.policy),
    dimensionLabel: l.dimensionLabel(p.dimension),
    valueText: describeValue(p.value),
    citation: l.cite(p.policy, p.anchor),
    url: l.url(p.policy, p.anchor),
  };
}

/** CSV with a bilingual header row and the dataset version in a trailing comment-free column-less line. */
export function provisionsCsv(rows: ExportRow[]): string {
  return toCsv([CSV_COLUMNS.map((c) => c.label), ...rows.map((r) => CSV_COLUMNS.map((c) => r[c.key]))]);
}

/** One field of a published record, as the /data/ page lists it. */
export interface SchemaField {
  name: string;
  /** The JSON type in words (字符串, 数组, 对象 …), with the allowed values of an enum. */
  type: string;
  required: boolean;
  description: string;
}

type JsonSchemaNode = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchemaNode[];
  oneOf?: JsonSchemaNode[];
  items?: JsonSchemaNode;
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
};

const TYPE_WORDS: Record<string, string> = {
  string: '字符串', number: '数字', integer: '整数', boolean: '布尔值', object: '对象', array: '数组', null: 'null',
};

function typeWords(n: JsonSchemaNode): string {
  if (n.enum) return n.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (n.const !== undefined) return JSON.stringify(n.const);
  const alts = n.anyOf ?? n.oneOf;
  if (alts) return [...new Set(alts.map(typeWords))].join(' 或 ');
  if (n.type === 'array') return n.items ? `${typeWords(n.items)}的数组` : '数组';
  const types = Array.isArray(n.type) ? n.type : n.type ? [n.type] : [];
  return types.map((t) => TYPE_WORDS[t] ?? t).join(' 或 ') || '任意';
}

/** The fields of one record type of a JSON Schema (`$defs` entry), in schema order. */
export function schemaFields(def: JsonSchemaNode): SchemaField[] {
  return Object.entries(def.properties ?? {}).map(([name, n]) => ({
    name,
    type: typeWords(n),
    required: def.required?.includes(name) ?? false,
    description: n.description ?? '',
  }));
}
