/**
 * The provisions dataset: every number, share, period, cap and rule the site compares or
 * calculates with, each tied to the article it comes from and the exact words quoted from it.
 *
 * One YAML file per policy in `content/provisions/<policy-id>.yaml`. The build (and
 * `test/content/citations.test.ts`) fails when a quote is not found in the cited article.
 *
 * Bound words (以上/不低于/不超过/以内 …) are kept as printed: Civil Code Art. 1259 reads 以上、
 * 以下、以内、届满 as inclusive and 不满、超过、以外 as exclusive; `boundIncludes()` in
 * `src/lib/bounds.ts` applies that rule, so the data never restates it.
 */
import { z } from 'astro/zod';
import { dutySchema, scopeCondition } from './provision-scope';
import { licensorClasses, licensorKeys, licensorLevelKeys, shareConditionKeys } from './provision-keys';

/** A decimal written as a string ("0.70", "1000000"), never a float. */
export const decimalString = z
  .string()
  .regex(/^\d+(\.\d+)?$/, '请写成十进制字符串，例如 "0.20" 或 "1000000"，不要写浮点数');

/**
 * Bound words as printed. Lower bounds: 不低于 不少于 以上 达到 满. Upper bounds: 不超过 不高于
 * 以内 以下 最高. Exclusive: 超过 不满. `exactly` for a fixed figure ("给予50万元补助").
 */
export const boundWord = z.enum([
  '不低于', '不少于', '以上', '达到', '满', '至少',
  '不超过', '不高于', '以内', '以下', '最高',
  '超过', '不满',
  'exactly',
]);
export type BoundWord = z.infer<typeof boundWord>;

export const periodSchema = z.strictObject({
  amount: z.number().int().positive(),
  unit: z.enum(['day', 'month', 'year']),
  bound: boundWord,
  /** What the period counts from, in the policy's words (取得知识产权之日, 合同生效 …). */
  from: z.string().optional(),
  /** Whether the text marks the end day as included, e.g. "一年（含）". */
  inclusiveMark: z.boolean().optional(),
  /**
   * The event `from` names, typed, where a rule reads it (the eligibility check's clocks):
   * `acceptance` 项目验收, `right-obtained` 取得知识产权之日, `project-approval` 立项之日.
   */
  event: z.enum(['acceptance', 'right-obtained', 'project-approval']).optional(),
  /**
   * True where what matters is the period having run out: “验收后5年内未转化的” binds once the 5
   * years have passed without conversion (满5年), as “满2年未实施转化的” does. The bound word stays as
   * printed (以内 / 满); both mean the same moment here (民法典 第一千二百五十九条: 以内 includes the number).
   */
  elapsed: z.boolean().optional(),
});

/** Who is paid or who claims: the closed vocabulary the calculators and filters use. */
export const party = z.enum([
  'inventors', // 成果完成人（团队）/ 科研人员
  'transfer-staff', // 技术转移服务人员 / 管理转化工作人员
  'brokers', // 技术经纪人
  'unit', // 成果单位 / 许可方
  'enterprise', // 企业 / 被许可方
  'institution', // 高校、科研院所、医疗卫生机构、新型研发机构
  'service-agency', // 科技服务机构 / 技术转移机构
  'investor', // 创业投资机构
  'platform', // 中试验证平台、聚集区、服务基地
  'guarantor', // 担保机构 / 保险机构
  'talent-base', // 技术转移人才培养基地
]);
export type Party = z.infer<typeof party>;

/** Conversion modes the policies distinguish (收益分配 depends on them). */
export const conversionMode = z.enum([
  'transfer-or-licence', // 技术转让、技术许可
  'pay-later-licence', // 先使用后付费
  'use-then-cooperate-ownership', // 先使用后合作，赋予所有权
  'use-then-cooperate-long-term-use', // 先使用后合作，赋予长期使用权
  'equity-investment', // 作价投资
  'own-implementation', // 自行实施或者与他人合作实施（促进科技成果转化法 第四十五条第一款第三项）
  'horizontal-project', // 横向项目（技术开发、咨询、服务合同）
]);
export type ConversionMode = z.infer<typeof conversionMode>;

/** Licensor classes as national law names them (see `licensorClasses` in provision-keys.ts). */
export const licensorClass = z.enum(licensorClasses);
export type LicensorClass = z.infer<typeof licensorClass>;

const share = z.strictObject({
  type: z.literal('share'),
  /** The share as a decimal fraction: "0.70" for 70%. */
  rate: decimalString,
  bound: boundWord,
  /**
   * What the share is taken from. `operating-profit`: 实施该项科技成果的营业利润 (own or joint
   * implementation, 促进科技成果转化法 第四十五条第一款第三项), taken each year (`years`).
   */
  base: z.enum(['net-income', 'unit-retained', 'equity', 'award', 'equity-or-net-income', 'ownership', 'operating-profit']),
  beneficiary: party,
  /**
   * Conversion modes the share applies to. May be omitted (empty) only when `base` is `award`:
   * a share of an award (Kunming draft (九): 从奖励金额中提取不低于10%给予技术经纪人) is not
   * tied to any conversion mode.
   */
  modes: z.array(conversionMode).default([]),
  /**
   * Whether the words bind (`shall`: 应……提取, or a plain rule “按照不低于70%的比例给予”) or only
   * permit (`may`: 可从……提取). A `may` share is never a binding minimum: the resolver
   * (`src/lib/law/`) and the calculators read this field, never the wording. Required, so no
   * share's force is decided by default.
   */
  modality: z.enum(['shall', 'may']),
  /**
   * Whom the rule is written for, where the sentence itself names them (市属高校、科研院所、医疗
   * 卫生机构……作价投资的): keys of the `licensors` vocabulary, level keys last (they qualify every
   * item). Absent: every licensor the document reaches (科技成果完成单位).
   */
  licensors: z
    .strictObject({
      keys: z.array(z.enum([...licensorKeys, ...licensorLevelKeys])).default([]),
      /**
       * Where the words name a class rather than kinds: 事业单位取得的横向项目 →
       * [state-rd-university, public-institution].
       */
      classes: z.array(licensorClass).default([]),
      /**
       * The list ends in 等 (高等学校、科研事业单位、医疗卫生机构等成果单位): a holder of another kind
       * may or may not be covered, and the resolver answers both ways instead of choosing.
       */
      open: z.boolean(),
    })
    .refine((l) => l.keys.length + l.classes.length > 0, { message: 'licensors 须列出 keys 或 classes' })
    .optional(),
  /** Conditions the share depends on, each a closed key with the policy's words (经技术合同认定登记). */
  conditions: z
    .array(z.strictObject({ key: z.enum(shareConditionKeys), words: z.string().min(2) }))
    .default([]),
  /** For a yearly share: how many consecutive years, counted from what (连续三至五年，实施转化成功投产后). */
  years: z
    .strictObject({
      min: z.number().int().positive(),
      max: z.number().int().positive(),
      consecutive: z.boolean(),
      from: z.string().min(2),
    })
    .refine((y) => y.min <= y.max, { message: 'years.min 不得大于 years.max' })
    .optional(),
}).refine((s) => s.base === 'award' || s.modes.length > 0, {
  message: 'modes 至少列出一种转化方式（仅 base: award 时可省略）',
  path: ['modes'],
});

/**
 * When a floor of national law applies (促进科技成果转化法 第四十四条第二款、第四十五条第一款、第二款):
 * - `absent-unit-rule`: the governed floors apply when the unit has neither its own rule nor an
 *   agreement with its staff (第四十五条第一款 “未规定、也未……约定……的”);
 * - `binding-for`: for the `licensors` named, the floors bind whatever the unit's rules or
 *   agreements say (第四十五条第二款 “应当符合”);
 * - `unit-may-set`: the unit may set reward by rule or agreement (第四十四条第二款), so outside the
 *   two cases above its own rule governs.
 * The resolver reads these; it never infers applicability from the wording.
 */
const applicability = z.strictObject({
  type: z.literal('applicability'),
  rule: z.enum(['absent-unit-rule', 'binding-for', 'unit-may-set']),
  /** For `binding-for`: the licensor classes the floors bind. */
  licensors: z.array(licensorClass).default([]),
  /** Ids of the provisions (floors) this rule governs. */
  governs: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
}).refine((a) => (a.rule === 'binding-for') === (a.licensors.length > 0), {
  message: 'binding-for 须列出 licensors；其他规则不列',
  path: ['licensors'],
});

/**
 * How reward spending counts against a unit's pay totals: 计入当年本单位工资总额，但不受当年本单位
 * 工资总额限制、不纳入本单位工资总额基数 (促进科技成果转化法 第四十五条第三款).
 */
const payroll = z.strictObject({
  type: z.literal('payroll'),
  /** Which total: 工资总额 (`wage-total`) or 绩效工资总量 (`performance-pay-total`). */
  total: z.enum(['wage-total', 'performance-pay-total']),
  /** 计入 the total. */
  countsIn: z.boolean(),
  /** 受 the total's limit. */
  limitedByTotal: z.boolean(),
  /** 纳入 the base the next total is set from. */
  inBase: z.boolean(),
  /** The licensor classes the rule names (国有企业、事业单位). */
  licensors: z.array(licensorClass).min(1),
});

/**
 * One term of the Patent Law's open licence (专利法 第五十条至第五十二条), typed so the guide,
 * the check and the comparison can say who does what without reading the words.
 */
const openLicence = z.strictObject({
  type: z.literal('open-licence'),
  term: z.enum([
    'declaration', // 书面声明并明确许可使用费支付方式、标准，由国务院专利行政部门公告
    'evaluation-report', // 实用新型、外观设计须提供专利权评价报告
    'withdrawal', // 书面撤回、公告；不影响在先给予的开放许可
    'take-up', // 任何单位或者个人书面通知并按公告标准付费，即获得许可
    'annual-fee-reduction', // 开放许可实施期间减免专利年费
    'ordinary-licence-only', // 可另行给予普通许可，不得给予独占或者排他许可
    'dispute', // 协商；调解；起诉
  ]),
  /** Who acts: 专利权人, 被许可人（任何单位或者个人）, 国务院专利行政部门, 当事人. */
  actor: z.enum(['patentee', 'licensee', 'patent-office', 'parties']),
  /** The act must be in writing (以书面方式). */
  written: z.boolean().default(false),
  /** Licences the patentee may not grant on top (独占 exclusive, 排他 sole). */
  forbids: z.array(z.enum(['exclusive', 'sole'])).default([]),
  /** Dispute routes, in the order the law lists them. */
  routes: z.array(z.enum(['negotiation', 'mediation', 'litigation'])).default([]),
});

const amount = z.strictObject({
  type: z.literal('amount'),
  /** 元, as a decimal string. */
  yuan: decimalString,
  bound: boundWord,
  /** What the amount is: a threshold, a fixed award … in the policy's words. */
  of: z.string(),
});

const cap = z.strictObject({
  scope: z.enum([
    'per-project', // 单个项目
    'per-claimant-year', // 每家企业/单位/机构每年
    'per-target-cumulative', // 对同一家企业累计
    'per-investment', // 单笔投资
    'per-contract', // 单项服务合同
    'one-off', // 一次性资助
    'per-claimant', // 每家企业（单位）合计，期间未写明 (a reading of a cap whose scope the text leaves open)
  ]),
  yuan: decimalString,
  bound: boundWord,
});

/**
 * A condition a claim must meet, typed so the subsidy calculator can ask it and decide: each is
 * met, not met or not yet answered, and a claim with a condition not met contributes nothing.
 * `text` is the policy's own words.
 * - `fact`: must hold (经技术合同认定登记); asked 是 / 否.
 * - `exclusion`: the words exclude a case (关联技术交易除外); `excluded` names the case, asked
 *   是否属于; met when it does not.
 * - `duration`: a waiting period (实缴投资满2年后): the claimant gives the day it runs from and the
 *   day of the claim; counted with 民法典 第二百零一条至第二百零三条, bound words per 第一千二百五十九条.
 * - `threshold`: an amount to reach (累计达到50万元以上): the claimant gives the amount.
 * - `basis`: how the amount is set or combined (依据年度实际运营及绩效情况; 就高不就低), not a gate:
 *   shown with the claim, never asked.
 */
export const subsidyCondition = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('fact'), text: z.string().min(2) }),
  z.strictObject({ kind: z.literal('exclusion'), text: z.string().min(2), excluded: z.string().min(2) }),
  z.strictObject({ kind: z.literal('duration'), text: z.string().min(2), period: periodSchema }),
  z.strictObject({ kind: z.literal('threshold'), text: z.string().min(2), yuan: decimalString, bound: boundWord, of: z.string().min(2) }),
  z.strictObject({ kind: z.literal('basis'), text: z.string().min(2) }),
]);
export type SubsidyCondition = z.infer<typeof subsidyCondition>;

const subsidy = z.strictObject({
  type: z.literal('subsidy'),
  claimant: party,
  /** What the rate applies to, as a machine key and in the policy's words. */
  base: z
    .strictObject({
      kind: z.enum([
        'received-amount', // 成交实际到账额
        'rd-investment', // 前期研发投入
        'contract-amount', // 技术合同实际成交金额
        'service-revenue', // 年度服务性收入
        'equity-investment', // 实际完成股权投资额
        'investment-loss', // 投资损失额
        'premium', // 已缴纳保费
        'service-contract', // 单项科技服务合同金额
      ]),
      label: z.string(),
    })
    .optional(),
  /** The rate as a decimal fraction, with its bound: 按20%（exactly）or 10%以内. */
  rate: decimalString.optional(),
  rateBound: boundWord.optional(),
  /** A fixed award instead of (or besides) a rate. */
  fixedYuan: decimalString.optional(),
  fixedBound: boundWord.optional(),
  caps: z.array(cap).default([]),
  /** 一事一议: decided case by case, never a number. */
  caseByCase: z.boolean().default(false),
  /** Conditions a claim must meet, each typed (see `subsidyCondition`) and in the policy's words. */
  conditions: z.array(subsidyCondition).default([]),
  /** Key shared by provisions whose amounts count toward the same cap (e.g. Yunnan 七 enterprise). */
  capGroup: z.string().optional(),
  /**
   * A no-stacking rule (云南 八 “同等类型按‘就高不就低’原则进行奖补”): awards of provisions in the same
   * `group`, for the same claimant and the same subject, are not added up; only the highest is
   * given. `words` as printed. Applied by `applyNoStacking` (`src/lib/calculators/no-stacking.ts`).
   */
  noStacking: z.strictObject({ group: z.string().regex(/^[a-z0-9-]+$/), words: z.string().min(4) }).optional(),
});

const period = z.strictObject({ type: z.literal('period'), period: periodSchema });

const rate = z.strictObject({
  type: z.literal('rate'),
  /** A rate per time unit, e.g. 违约金 "0.0005" per day. */
  rate: decimalString,
  per: z.enum(['day', 'month', 'year']),
  /** True where the figure is a default printed in a model contract's blank ([0.05]%). */
  contractDefault: z.boolean().default(false),
});

const list = z.strictObject({
  type: z.literal('list'),
  /** Items as the policy names them (payment modes, eligible licensors, result types …). */
  items: z.array(z.string()).min(1),
  /** Machine keys for the same items, where a calculator or check needs them. */
  keys: z.array(z.string()).optional(),
  /**
   * The printed list is open: it ends in 等 / 等单位 / 但不局限于 / 包括但不限于. An item it does not
   * name is not thereby excluded (the eligibility check answers "unclear", never "no").
   */
  open: z.boolean().optional(),
  /**
   * A level word that qualifies only some items (广东 八 “企业、省外高校院所”: 省外 qualifies 高校院所,
   * not 企业): the type `keys` it qualifies, the level `levels`, and the printed `words`. A level
   * key in `keys` itself still qualifies every item.
   */
  qualified: z
    .array(z.strictObject({ keys: z.array(z.string()).min(1), levels: z.array(z.string()).min(1), words: z.string().min(2) }))
    .optional(),
  /**
   * A condition that reads on some items only (湖南 “已授权且有效的专利技术…” reads on rights that are
   * granted — a software copyright is not): `granted-and-valid` 已授权且有效, `third-party-assessed`
   * 经具有资质的第三方机构评估认定; `keys` are the items it reads on.
   */
  itemConditions: z
    .array(z.strictObject({
      kind: z.enum(['granted-and-valid', 'third-party-assessed']),
      keys: z.array(z.string()).min(1),
      words: z.string().min(2),
    }))
    .optional(),
});

const paymentTiming = z.strictObject({
  type: z.literal('payment-timing'),
  /** Whether the parties may simply agree the time (支付时间由双方商定). */
  agreedByParties: z.boolean(),
  /** The triggers after which payment may start, alternatives unless `combine` says otherwise. */
  triggers: z.array(
    z.strictObject({
      trigger: z.enum(['contract-effective', 'market-revenue', 'free-use-period', 'milestone']),
      after: periodSchema.optional(),
      label: z.string(),
    }),
  ),
  /**
   * Where the words admit more than one reading, each reading with its consequence. The
   * calculators show all of them instead of silently picking one.
   */
  readings: z
    .array(z.strictObject({ key: z.string(), label: z.string(), explanation: z.string() }))
    .default([]),
  /**
   * True where the periods are defaults printed in a model contract's blanks (湖南示范文本
   * “满[3]个月”), to be filled in by the parties rather than rules of the policy.
   */
  contractDefault: z.boolean().default(false),
});

/**
 * A whole number that is neither money nor a period nor a share: a count of projects (同一成果
 * 完成人年度认定项目不超过1项; 年度认定项目总数不超过200项) or a level (技术成熟度TRL 4级及以上).
 */
const quantity = z.strictObject({
  type: z.literal('quantity'),
  number: z.number().int().positive(),
  /** Unit as printed: 项, 级 … */
  unit: z.string().min(1),
  bound: boundWord,
  /** What is counted or measured, in the policy's words. */
  of: z.string(),
  /** What the number measures, where a rule reads it: `trl` 技术成熟度等级. */
  measure: z.enum(['trl']).optional(),
});

const text = z.strictObject({ type: z.literal('text') });

/** The dimension says nothing on purpose: e.g. "not applicable" to this kind of text. */
const notApplicable = z.strictObject({ type: z.literal('not-applicable'), why: z.string() });

export const provisionValue = z.discriminatedUnion('type', [
  share, amount, subsidy, period, rate, list, paymentTiming, quantity, text, notApplicable,
  applicability, payroll, openLicence,
]);
export type ProvisionValue = z.infer<typeof provisionValue>;

export const topic = z.enum([
  'scope', 'payment', 'reward', 'subsidy', 'procedure', 'credit', 'insurance', 'platform',
  'conversion-duty', 'validity',
]);

/**
 * One way of reading words that admit more than one (a share given for one kind of income, read
 * as covering others or not; a duty whose start could be one of two dates; a cap whose scope is
 * not stated). The dataset keeps every reading; the comparison and the calculators show each
 * with its consequence and never pick one silently.
 *
 * `value`, where given, is the typed value under this reading and replaces the provision's own
 * `value` for it (same `type`); without it the reading changes only the scope or the words.
 */
export const readingSchema = z.strictObject({
  /** Stable key, e.g. `per-project` / `per-unit-total`. */
  key: z.string().regex(/^[a-z0-9-]+$/),
  /** Short Chinese name of the reading, as a cell or a result heading shows it (读法一：…). */
  label: z.string().min(2),
  /** Why the words admit this reading, in plain Chinese. */
  explanation: z.string().min(4),
  /** What follows for the user under this reading (who is covered, which date, what amount). */
  consequence: z.string().min(4),
  /** The typed value under this reading, where it differs from the provision's `value`. */
  value: provisionValue.optional(),
});
export type Reading = z.infer<typeof readingSchema>;

export const provisionSchema = z.strictObject({
  /** `<policy-id>-<anchor>-<slug>`, unique across the dataset. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Anchor id of the article or item in the policy page (`art-6-3`). */
  anchor: z.string().regex(/^[a-z0-9-]+$/),
  /** Exact words from that article; whitespace-insensitive. The build fails if not found. */
  quote: z.string().min(4),
  topic,
  /** Comparison dimension key, one of `content/dimensions.yaml`. */
  dimension: z.string(),
  /** The rule in one line of plain Chinese, as a comparison cell shows it. */
  summary: z.string().min(2),
  value: provisionValue,
  /** Caveats a reader must see (ambiguity, "draft", scope limits), in Chinese. */
  notes: z.array(z.string()).default([]),
  /**
   * Where the scope or meaning of the words is unclear: every reading, at least two. (Payment
   * timing keeps its readings inside `value`, where the planner evaluates each one.)
   */
  readings: z.array(readingSchema).default([]),
  /**
   * What the provision covers, typed: each qualifier the text prints (部分, 涉密成果除外, 省级财政科技
   * 资金, 科研攻关类, 经技术合同认定登记, 市属…). See `scopeCondition`.
   */
  scope: z.array(scopeCondition).optional(),
  /** Where the words set a duty, an option or an exemption: whom it binds and with what force. */
  duty: dutySchema.optional(),
  /**
   * Ids of the provisions whose condition this one states (昆明稿 （五）“…的，经技术合同认定登记，应从…
   * 提取”: registration is the condition of the 70% share, not a duty of its own).
   */
  conditionOf: z.array(z.string()).min(1).optional(),
}).superRefine((p, ctx) => {
  if (p.readings.length === 1) {
    ctx.addIssue({ code: 'custom', path: ['readings'], message: 'readings 须列出至少两种读法（只有一种读法就不是歧义，请写进 summary/notes）' });
  }
  if (p.duty?.dated && p.value.type !== 'period') {
    ctx.addIssue({ code: 'custom', path: ['duty', 'dated'], message: 'duty.dated 只能用于 period 类型的条款（期限即 value.period）' });
  }
  if (p.duty?.dated && p.duty.dated.clocks.length > 1 && p.duty.dated.clockStated) {
    ctx.addIssue({ code: 'custom', path: ['duty', 'dated', 'clocks'], message: '列出多个起算事件时 clockStated 须为 false（每个都是一种读法）' });
  }
  const keys = p.readings.map((r) => r.key);
  if (new Set(keys).size !== keys.length) ctx.addIssue({ code: 'custom', path: ['readings'], message: 'readings 的 key 不得重复' });
  for (const [i, r] of p.readings.entries()) {
    if (r.value && r.value.type !== p.value.type) {
      ctx.addIssue({ code: 'custom', path: ['readings', i, 'value'], message: `读法 ${r.key} 的 value 类型须与条文 value 相同（${p.value.type}）` });
    }
  }
});
export type Provision = z.infer<typeof provisionSchema>;

export const provisionFileSchema = z.strictObject({
  policy: z.string(),
  provisions: z.array(provisionSchema),
});

export const dimensionSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string(),
  section: z.string(),
  description: z.string(),
  /**
   * How values order for "most generous" highlighting: by share rate, by cap, by period length;
   * `none` where values are not comparable.
   */
  order: z.enum(['higher-share-more-generous', 'higher-amount-more-generous', 'shorter-period-more-generous', 'longer-period-more-generous', 'none']),
  /**
   * For whom the order runs (required when `order` is not `none`): the party a higher-ranked value
   * favours, and the words for the two ends, so a highlight never says 最优厚 or 最严格 without
   * saying for whom — a short deadline is strict for the unit that holds the results, a high share
   * is generous to the people who made them. Marks read 对{party}最{more} / 对{party}最{less}.
   */
  rank: z.strictObject({
    party: z.string().min(1),
    more: z.string().min(1).default('优厚'),
    less: z.string().min(1).default('不利'),
  }).optional(),
  /**
   * Conversion modes the law-layer resolver answers in this row: every cell then shows the binding
   * minimum inventor share per licensor class, local rule against national floor (`src/lib/law/`).
   */
  lawModes: z.array(conversionMode).optional(),
}).refine((d) => (d.order === 'none') === (d.rank === undefined), {
  message: '可排序的维度（order 不是 none）须写明 rank.party（对谁而言）；不排序的维度不写 rank',
  path: ['rank'],
});
export type Dimension = z.infer<typeof dimensionSchema>;
export const dimensionsFileSchema = z.strictObject({
  sections: z.array(z.strictObject({ key: z.string(), label: z.string() })),
  dimensions: z.array(dimensionSchema),
});
