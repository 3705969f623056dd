/**
 * The records the open data (`/data/*.json`) publishes, and their JSON Schema (`/data/schema.json`).
 *
 * A published record is the dataset record itself, exactly as the build validated it (every field
 * of `provisionSchema` / `policySchema`, defaults applied), plus the context a reader needs without
 * a second lookup (policy title, jurisdiction, citation, link …). Both the records and the schema
 * are derived from the dataset's zod schemas, so a field added there (`readings`, a new value type,
 * new policy metadata) is published and described without editing this file; the build parses
 * every record with these schemas, and `test/site/open-data.test.ts` validates the published
 * files against the published schema with ajv.
 */
import { z } from 'astro/zod';
import { dimensionsFileSchema, provisionSchema } from './provision';
import { isoDate, jurisdictionSchema, policySchema } from './policy';
import { STATUS_LABELS, type PolicyStatus } from '../lib/policy-status';

const policyStatus = z.enum(Object.keys(STATUS_LABELS) as [PolicyStatus, ...PolicyStatus[]]);

/**
 * Titles, descriptions and `$defs` names for the JSON Schema. A registry of this module's own (not
 * zod's global one, whose ids must be unique per process: a module evaluated twice would throw).
 */
const docs = z.registry<{ id?: string; title?: string; description?: string }>();
function doc<T extends z.ZodType>(schema: T, meta: { id?: string; title?: string; description?: string }): T {
  docs.add(schema, meta);
  return schema;
}
const described = <T extends z.ZodType>(schema: T, description: string): T => doc(schema, { description });

/** Context added to a provision record (described for readers in the schema and on /data/). */
const provisionContext = {
  policy: described(z.string(), '所属政策文件的编号（policies.json 中的 id）'),
  policyTitle: described(z.string(), '所属政策文件的标题'),
  textStatus: described(policySchema.shape.textStatus.clone(), '所属文本的性质：`official` 正式文本、`draft-for-comment` 征求意见稿、`official-summary` 官方解读摘要'),
  textStatusLabel: described(z.string(), '文本性质的中文名称'),
  jurisdiction: described(jurisdictionSchema.clone(), '所属政策文件的地区（名称、行政区划代码、级别）'),
  dimensionLabel: described(z.string(), '比较维度的中文名称'),
  valueText: described(z.string(), 'value 的中文表述，与网站显示一致'),
  citation: described(z.string(), '规范引用，例如《……》第六条第三款'),
  url: described(z.string(), '所引条款在本站的链接（含锚点）'),
};

/** One provision as /data/provisions.json publishes it. */
export const publishedProvisionSchema = doc(provisionSchema.safeExtend(provisionContext), {
  id: 'provision',
  title: '条款记录',
  description: '一条结构化条款：数据集中的全部字段（见 src/schemas/provision.ts），加上所属文件、地区、出处和链接。',
});
export type PublishedProvision = z.output<typeof publishedProvisionSchema>;

/** Context added to a policy record. */
const policyContext = {
  id: described(z.string(), '政策文件编号，也是页面地址 /policies/<id>/ 的一部分'),
  url: described(z.string(), '政策原文页面的链接'),
  status: described(policyStatus, '效力状态，按 statusComputedOn 当日由日期推算：`draft` 征求意见稿、`not-yet-in-force` 尚未施行、`in-force` 现行有效、`expired` 已失效'),
  statusLabel: described(z.string(), '效力状态的中文名称'),
  statusReason: described(z.string(), '效力状态的依据（所用日期）'),
  lastDayInForce: described(isoDate.nullable(), '最后有效日（YYYY-MM-DD）；文本未定期限时为 null'),
};

/** One policy document as /data/policies.json publishes it. */
export const publishedPolicySchema = doc(policySchema.safeExtend(policyContext), {
  id: 'policy',
  title: '政策文件记录',
  description: '一件政策文件：文件信息（见 src/schemas/policy.ts），加上编号、链接和推算的效力状态。',
});
export type PublishedPolicy = z.output<typeof publishedPolicySchema>;

/** /data/provisions.json */
export const provisionsFileSchema = doc(
  z.strictObject({
    version: described(z.string(), '数据版本（内容哈希）'),
    generatedOn: described(isoDate.clone(), '生成日期'),
    dimensions: described(dimensionsFileSchema.clone(), '比较维度及其分组'),
    provisions: z.array(publishedProvisionSchema),
  }),
  { id: 'provisionsFile', title: '/data/provisions.json' },
);

/** /data/policies.json */
export const policiesFileSchema = doc(
  z.strictObject({
    version: described(z.string(), '数据版本（内容哈希）'),
    statusComputedOn: described(isoDate.clone(), '效力状态的推算日期'),
    policies: z.array(publishedPolicySchema),
  }),
  { id: 'policiesFile', title: '/data/policies.json' },
);

/** The published files by name under /data/. */
export const OPEN_DATA_FILES = {
  'provisions.json': provisionsFileSchema,
  'policies.json': policiesFileSchema,
} as const;

/**
 * What the dataset's own fields mean, for readers of the schema and of /data/ (the zod schemas
 * document them in code comments). A field added to the dataset without an entry here is still
 * published and typed; it just has no description yet.
 */
export const DATASET_FIELD_DESCRIPTIONS: { provision: Record<string, string>; policy: Record<string, string> } = {
  provision: {
    id: '条款编号，全站唯一：<政策编号>-<锚点>-<简称>',
    anchor: '所引条款在政策原文页面中的锚点（#art-6-3 等）',
    quote: '原文引述，逐字摘自所引条款；构建时核对，找不到即构建失败',
    topic: '主题',
    dimension: '比较维度的键（dimensions 中的 key）',
    summary: '一句话的规定摘要，与比较表单元格一致',
    value: '类型化数值，按 type 区分：`share` 比例、`amount` 金额、`subsidy` 补助、`period` 期间、`rate` 费率、`list` 列举、`payment-timing` 付款时间、`quantity` 数量、`text` 仅文字、`not-applicable` 不适用',
    notes: '读者必须看到的说明（歧义、征求意见稿、适用范围），每项一句',
    readings: '原文可有多种理解时，列出每一种读法及其后果（至少两种）；没有歧义时为空数组',
  },
  policy: {
    title: '文件标题（不含书名号）',
    shortTitle: '简称',
    docNumber: '文号（征求意见稿、解读摘要可能没有）',
    issuers: '发文机关，按原文顺序',
    jurisdiction: '地区：名称、GB/T 2260 行政区划代码、级别（省/市）、所属省份代码',
    docKind: '文件类型（操作指引、若干措施、实施方案……）',
    textStatus: '文本性质：`official` 正式文本、`draft-for-comment` 征求意见稿、`official-summary` 官方解读摘要',
    issued: '印发日期（YYYY-MM-DD），原文载明时',
    issuedYear: '印发年份',
    effectiveFrom: '施行日期（YYYY-MM-DD），原文载明时',
    effectiveFromRule: '规定施行时间的原文',
    effectiveTo: '有效期截止日（YYYY-MM-DD），原文载明时',
    validityYears: '以年数表示的有效期',
    effectiveToRule: '规定有效期的原文',
    basedOn: '所依据或贯彻的文件',
    repeals: '所废止的文件',
    finalVersion: '征求意见稿的正式文本（已知时）',
    sourceFile: '本站所用原始提取文本的文件名（/sources/<名称>）',
    summary: '一段话的通俗摘要',
  },
};

/**
 * `/data/schema.json`: a JSON Schema 2020-12 document whose root accepts either published file and
 * whose `$defs` name each file and record type (`#/$defs/provision`, `#/$defs/policy` …).
 * Records are described as published (`io: 'output'`: fields with defaults are always present).
 */
export function openDataJsonSchema(schemaUrl: string): Record<string, unknown> {
  const generated = z.toJSONSchema(z.union([provisionsFileSchema, policiesFileSchema]), {
    io: 'output',
    target: 'draft-2020-12',
    metadata: docs,
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  const defs = generated.$defs as Record<string, { properties: Record<string, { description?: string }> }>;
  for (const kind of ['provision', 'policy'] as const) {
    for (const [name, description] of Object.entries(DATASET_FIELD_DESCRIPTIONS[kind])) {
      const prop = defs[kind]?.properties[name];
      if (prop && !prop.description) prop.description = description;
    }
  }
  return {
    $schema: generated.$schema,
    $id: schemaUrl,
    title: '先用后付政策通 开放数据',
    description: '/data/provisions.json 与 /data/policies.json 的格式；单条记录见 #/$defs/provision、#/$defs/policy。',
    anyOf: generated.anyOf,
    $defs: generated.$defs,
  };
}
