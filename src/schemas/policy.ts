/**
 * Frontmatter schema of a policy document (`content/policies/<id>.mdx`).
 *
 * Status is deliberately absent: it is derived from the dates by `policyStatus()` in
 * `src/lib/policy-status.ts`, never typed by hand.
 */
import { z } from 'astro/zod';
import { JURISDICTION_LEVELS, NATIONAL_CODE } from '../lib/jurisdiction';

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

export const jurisdictionSchema = z
  .strictObject({
    /** Name as the documents use it, e.g. "昆明市"; national law: "全国". */
    name: z.string(),
    /**
     * GB/T 2260 administrative division code (six digits), e.g. "530100". National law uses
     * `100000` (`NATIONAL_CODE`: GB/T 2260 has no code for the whole country; see
     * `src/lib/jurisdiction.ts` for why this one).
     */
    code: z.string().regex(/^\d{6}$/, 'GB/T 2260 行政区划代码为六位数字'),
    /** `national` for national law; the library and jurisdiction pages put it above the provinces. */
    level: z.enum(JURISDICTION_LEVELS),
    /** Code of the province a city lies in, so city and provincial rules can be combined. */
    parent: z.string().regex(/^\d{6}$/).optional(),
  })
  .refine((j) => (j.level === 'national') === (j.code === NATIONAL_CODE), {
    message: `全国性文件的地区代码为 ${NATIONAL_CODE}，且只有全国性文件使用该代码`,
    path: ['code'],
  });

/**
 * 效力级别: the rank of a document in the legal order, from the top. A typed field every document
 * has, so the site never guesses force from a title. The comparison and the resolver
 * (`src/lib/law/`) put a law's floor beneath every local rule.
 */
export const LEGAL_FORCE = [
  'law', // 法律（全国人民代表大会及其常务委员会）
  'administrative-regulation', // 行政法规
  'departmental-rule', // 部门规章
  'local-regulation', // 地方性法规
  'local-government-rule', // 地方政府规章
  'departmental-normative-document', // 部门规范性文件
  'local-normative-document', // 地方规范性文件（含其征求意见稿、官方解读所解读的文件）
] as const;
export const legalForceSchema = z.enum(LEGAL_FORCE);
export type LegalForce = z.infer<typeof legalForceSchema>;

/** How a law was adopted and last amended, as its 题注 records it. */
export const enactmentSchema = z.strictObject({
  adopted: z.strictObject({
    date: isoDate,
    /** The session, as printed: 第八届全国人民代表大会常务委员会第十九次会议. */
    by: z.string().min(4),
  }),
  /** Amendments we record, oldest first (the text in force follows the last). */
  amendments: z
    .array(
      z.strictObject({
        date: isoDate,
        by: z.string().min(4),
        /** Title of the amending decision, without 《》. */
        decision: z.string().min(4),
        /** 主席令 that promulgated it, e.g. 中华人民共和国主席令第三十二号. */
        order: z.string().regex(/^中华人民共和国主席令第[一二三四五六七八九十百零]+号$/, '主席令写作“中华人民共和国主席令第……号”'),
        /** Which amendment, when the reference names it (第四次修正). */
        label: z.string().optional(),
      }),
    )
    .default([]),
});

/**
 * A clause of this document that rests on another text we publish: a 制定依据 naming a law, an
 * 开放许可 that is the Patent Law's, a reward duty “依法依规” that the law's reward articles set.
 * Rendered at the clause (and, reversed, at the articles it points to), so a reader can always
 * step from a local rule to the law beneath it and back.
 */
export const clauseRelationSchema = z.strictObject({
  /** Anchor of the clause in this document. */
  anchor: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum([
    'basis', // 制定依据: the clause names the text as its basis
    'open-licence', // the clause's 开放许可 is the open licence of 专利法 第五十条至第五十二条
    'reward', // the clause's reward duty (依法依规给予奖励) is the one the law's reward articles set
  ]),
  /** Id of the document it rests on (one of ours). */
  policy: z.string().regex(/^[a-z0-9-]+$/),
  /** Its articles (anchors), in order; empty for the document as a whole. */
  anchors: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
});
export type ClauseRelation = z.infer<typeof clauseRelationSchema>;

export const policySchema = z.strictObject({
  /** Full title as printed, without 《》. For an excerpt, the law's own title (节选 is `excerpt`). */
  title: z.string().min(4),
  /** Short title for tables and citations in tight space. */
  shortTitle: z.string().min(2),
  /**
   * 文号 of the document itself; absent for drafts and summaries that carry none. For a law, the
   * 主席令 that promulgated the text in force (中华人民共和国主席令第三十二号).
   */
  docNumber: z.string().optional(),
  /** 效力级别 (see `LEGAL_FORCE`). */
  legalForce: legalForceSchema,
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
  /**
   * We publish only some articles (节选): their numbers as printed, in order. The page says 节选
   * in its title area and metadata and never presents the text as the whole law; the anchor test
   * checks the list against the published articles.
   */
  excerpt: z
    .strictObject({
      articles: z.array(z.string().regex(/^第[一二三四五六七八九十百零]+条$/, '条号写作“第……条”')).min(1),
    })
    .optional(),
  /** For a law: adoption and amendments (its 题注). Required when `legalForce` is `law`. */
  enactment: enactmentSchema.optional(),
  /** Clauses of this document that rest on other texts we publish (see `clauseRelationSchema`). */
  relations: z.array(clauseRelationSchema).default([]),
  /** The raw extraction this text was made from, under `content/sources/`. */
  sourceFile: z.string().regex(/^[a-z0-9-]+\.txt$/),
  /** One-paragraph plain-language summary for lists and search results. */
  summary: z.string().min(10),
}).refine((p) => p.legalForce !== 'law' || p.enactment !== undefined, {
  message: '法律须写明 enactment（通过与修正）',
  path: ['enactment'],
});

export type Policy = z.infer<typeof policySchema>;
export type CitedDocument = z.infer<typeof citedDocumentSchema>;
