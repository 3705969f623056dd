/**
 * Frontmatter schema of a policy document (`content/policies/<id>.mdx`).
 *
 * Status is deliberately absent: it is derived from the dates by `policyStatus()` in
 * `src/lib/policy-status.ts`, never typed by hand.
 */
import { z } from 'astro/zod';

/** An ISO calendar date, `YYYY-MM-DD`, checked to exist (no 2026-02-30). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期须写作 YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const t = new Date(Date.UTC(y, m - 1, d));
    return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
  }, '日期不存在');

/** A document we cite but may not publish: its title as printed and its number (文号). */
export const citedDocumentSchema = z.strictObject({
  /** Title as printed, without book-title marks 《》. */
  title: z.string().min(2),
  /** 文号, e.g. "云政办〔2024〕65号", when the text gives one. */
  docNumber: z.string().optional(),
  /** Id of our own policy document for it, when we publish it. */
  policy: z.string().optional(),
});

export const jurisdictionSchema = z.strictObject({
  /** Name as the documents use it, e.g. "昆明市". */
  name: z.string(),
  /** GB/T 2260 administrative division code (six digits), e.g. "530100". */
  code: z.string().regex(/^\d{6}$/, 'GB/T 2260 行政区划代码为六位数字'),
  level: z.enum(['province', 'city']),
  /** Code of the province a city lies in, so city and provincial rules can be combined. */
  parent: z.string().regex(/^\d{6}$/).optional(),
});

export const policySchema = z.strictObject({
  /** Full title as printed, without 《》. */
  title: z.string().min(4),
  /** Short title for tables and citations in tight space. */
  shortTitle: z.string().min(2),
  /** 文号 of the document itself; absent for drafts and summaries that carry none. */
  docNumber: z.string().optional(),
  /** Issuing bodies, in the order printed. */
  issuers: z.array(z.string()).min(1),
  jurisdiction: jurisdictionSchema,
  /** What kind of instrument it is, in Chinese as a reader would name it (操作指引, 若干措施, 实施方案 …). */
  docKind: z.string(),
  /**
   * What our text is: the official text, a draft published for comment, or an official summary
   * (解读) rather than the full measures. The site says so wherever a non-official text is shown.
   */
  textStatus: z.enum(['official', 'draft-for-comment', 'official-summary']),
  /** Date of issue, when the text states it; `issuedYear` alone when only the 文号 tells the year. */
  issued: isoDate.optional(),
  issuedYear: z.number().int().min(1949).max(2100),
  /** First day in force, when stated as a date. */
  effectiveFrom: isoDate.optional(),
  /** The words that fix the start, e.g. "自印发之日起施行". */
  effectiveFromRule: z.string().optional(),
  /** Last day in force, when stated as a date. */
  effectiveTo: isoDate.optional(),
  /** Validity stated as a length ("有效期5年"), counted from `effectiveFrom` or issue. */
  validityYears: z.number().int().positive().optional(),
  /** The words that fix the end, e.g. "有效期至2028年12月31日". */
  effectiveToRule: z.string().optional(),
  /** Documents it is based on or implements. */
  basedOn: z.array(citedDocumentSchema).default([]),
  /** Documents it repeals. */
  repeals: z.array(citedDocumentSchema).default([]),
  /** For a draft: the final text it became, when known. */
  finalVersion: citedDocumentSchema.optional(),
  /** The raw extraction this text was made from, under `content/sources/`. */
  sourceFile: z.string().regex(/^[a-z0-9-]+\.txt$/),
  /** One-paragraph plain-language summary for lists and search results. */
  summary: z.string().min(10),
});

export type Policy = z.infer<typeof policySchema>;
export type CitedDocument = z.infer<typeof citedDocumentSchema>;
