/**
 * The reviewed list of numbers in the published texts that no provision captures
 * (`content/number-review.yaml`), each with why it is not a rule the site should type: a goal, a
 * date of issue, a name … Read by the coverage check (`src/lib/number-coverage.ts`) and published
 * on each policy page.
 */
import { z } from 'astro/zod';

/**
 * Why a number is not captured: `date-of-issue` 印发、落款日期; `goal` 工作目标或统计; `title` 文件名称
 * 中的数字（十五条措施）; `name` 口号、工程、战略名称（六个春城）; `bodies` 发文部门、试点地区的数目;
 * `contract-form` 合同格式（份数、结算频次的空白）; `term` 术语中的数字（二次开发）; `context` 背景叙述;
 * `captured-elsewhere` 同一数字由另一条目在别处引用（`reason` 写明是哪一条）.
 */
export const numberReviewKind = z.enum(['date-of-issue', 'goal', 'title', 'name', 'bodies', 'contract-form', 'term', 'context', 'captured-elsewhere']);

export const numberReviewSchema = z.strictObject({
  policy: z.string(),
  /** Innermost clause the number stands in (`header` outside every clause). */
  anchor: z.string().regex(/^[a-z0-9-]+$/),
  /** The number as the scanner keys it: its words without whitespace (`2025年12月24日`, `六个`). */
  key: z.string().min(1),
  kind: numberReviewKind,
  /** Why, in one Chinese sentence a reader of the policy page understands. */
  reason: z.string().min(6),
});
export type NumberReview = z.infer<typeof numberReviewSchema>;

export const numberReviewFileSchema = z.array(numberReviewSchema);
