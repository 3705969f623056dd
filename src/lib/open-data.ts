/**
 * The open-data export of policies and provisions: one flat row per provision for CSV, the same
 * fields (plus the typed value) for JSON. Pure: lookups are passed in.
 */
import type { Provision } from '../schemas/provision';
import { describeValue } from './provision-format';
import { toCsv } from './export/csv';
import { joinSentences } from './text/join';

export interface ExportLookups {
  policyTitle: (policyId: string) => string;
  jurisdiction: (policyId: string) => { name: string; code: string };
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

export const CSV_COLUMNS: { key: keyof ExportRow; label: string }[] = [
  { key: 'id', label: '条款编号 id' },
  { key: 'policy', label: '政策编号 policy' },
  { key: 'policyTitle', label: '政策名称' },
  { key: 'textStatus', label: '文本性质' },
  { key: 'jurisdiction', label: '地区' },
  { key: 'jurisdictionCode', label: '行政区划代码' },
  { key: 'dimension', label: '维度 dimension' },
  { key: 'dimensionLabel', label: '维度名称' },
  { key: 'topic', label: '主题 topic' },
  { key: 'summary', label: '规定摘要' },
  { key: 'valueText', label: '数值' },
  { key: 'valueType', label: '数值类型 value.type' },
  { key: 'citation', label: '出处' },
  { key: 'url', label: '链接' },
  { key: 'quote', label: '原文引述' },
  { key: 'notes', label: '说明' },
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

/** CSV with a bilingual header row and the dataset version in a trailing comment-free column-less line. */
export function provisionsCsv(rows: ExportRow[]): string {
  return toCsv([CSV_COLUMNS.map((c) => c.label), ...rows.map((r) => CSV_COLUMNS.map((c) => r[c.key]))]);
}
