/**
 * The process guide as data: `content/guide/<policy-id>.yaml`, one file per policy, listing the
 * steps a policy describes in order — who acts, what they need, what the text requires — each with
 * a citation (anchor + exact quote, checked like provisions by `findQuote`).
 *
 * Durations, minimum periods and amounts are never written here: a step names the provisions that
 * carry them (`provisions`), and the page shows their values from the dataset.
 */
import { z } from 'astro/zod';

/**
 * Stages every policy's steps are sorted into, in the order a transaction goes through them;
 * the combined overview walks them in this order.
 */
export const guideStage = z.enum([
  'prepare', // 梳理成果、内部决策、入库
  'publish', // 成果发布
  'match', // 成果对接
  'publicity', // 许可公示
  'contract', // 合同签订
  'registration', // 技术合同认定登记、备案、进场交易
  'guarantee', // 担保、保险
  'use-and-pay', // 先使用、后付费
  'reward', // 收益分配、奖励
  'support', // 资助兑现、认定
  'duty', // 未转化成果的义务
]);
export type GuideStage = z.infer<typeof guideStage>;

/** Calculators (and the contract builder) a step can link to, where a date, an amount or a contract is made. */
export const guideCalculator = z.enum(['payment', 'reward', 'subsidy', 'contract']);
export type GuideCalculator = z.infer<typeof guideCalculator>;

export const guideStepSchema = z.strictObject({
  /** Unique within the file: `<stage>` or `<stage>-<slug>`; used as the step's anchor. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  stage: guideStage,
  /** Short title of the step, in Chinese. */
  title: z.string().min(2),
  /** Who acts, in the policy's words (许可方、被许可方、担保方 …). */
  actor: z.string().min(2),
  /** What the actor does, in plain Chinese. No figures: those come from `provisions`. */
  does: z.string().min(4),
  /** What is needed (documents, information, conditions), each in plain Chinese. */
  needs: z.array(z.string().min(2)).default([]),
  /** Anchor of the article the step comes from. */
  anchor: z.string().regex(/^[a-z0-9-]+$/),
  /** Exact words of that article (whitespace-insensitive); the test fails if not found. */
  quote: z.string().min(4),
  /** Provisions whose values (periods, shares, amounts, platforms) the step shows. */
  provisions: z.array(z.string()).default([]),
  /** Calculator that computes a date or amount for this step (or several, in the order shown). */
  calculator: z.union([guideCalculator, z.array(guideCalculator).min(1)]).optional(),
  /** Caveats (ambiguity, draft, summary only), in Chinese. */
  notes: z.array(z.string()).default([]),
});
export type GuideStep = z.infer<typeof guideStepSchema>;

export const guideFileSchema = z.strictObject({
  policy: z.string(),
  /** One or two sentences: what this document's process is and whom it is for. */
  intro: z.string().min(10),
  steps: z.array(guideStepSchema).min(1),
});
export type GuideFile = z.infer<typeof guideFileSchema>;
