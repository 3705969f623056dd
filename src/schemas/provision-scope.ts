/**
 * What a provision covers and whom it binds, typed — so no legal reading is inferred from display
 * text. A qualifier the texts print (部分, 省外, 涉密成果除外, 市属, 科研攻关类, 经技术合同认定登记) is
 * part of the provision's scope; a duty names its actor and its force (应 / 可 / 鼓励 / 原则上).
 *
 * Every condition carries the `words` it rests on, exactly as printed; the citation check
 * (`src/data/citation-check.ts`) fails when those words are not in the provision's article.
 */
import { z } from 'astro/zod';

/** The printed words a typed condition rests on (whitespace-insensitive, checked at build time). */
const words = z.string().min(2);

/**
 * One condition on what or whom a provision covers. Kinds:
 * - `selected-units`: only units the authorities select (云南 三 “鼓励和引导部分高等院校…”, 一 “遴选部分…”).
 * - `not-classified`: classified results are excluded (湖南 三（一）“（涉密成果除外）”, 昆明稿 （八）“非涉密”).
 * - `not-security-sensitive`: results touching state secrets, national security, defence or major
 *   public interests are excluded (湖南 三（二）, 广东 八); this includes classified results.
 * - `public-funding`: results formed with public funds, at `level` (`any` 财政资金, `provincial`
 *   省级财政科技资金, `city` 市级科技计划).
 * - `result-class`: results of a class: `applied-technology` 应用技术类, `research-tackling` 科研攻关类.
 * - `registered-contract`: the rule holds for contracts 经技术合同认定登记 (a condition, not a duty).
 * - `without-good-reason`: the duty arises only 无正当理由 (a unit with a good reason is not bound).
 * - `licensors`: only these licensors (`keys` from the licensors vocabulary, `levels` from the level
 *   keys), e.g. 昆明稿 （六）“市属高校、科研院所、医疗卫生机构…作价投资的”.
 */
export const scopeCondition = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('selected-units'), words }),
  z.strictObject({ kind: z.literal('not-classified'), words }),
  z.strictObject({ kind: z.literal('not-security-sensitive'), words }),
  z.strictObject({ kind: z.literal('public-funding'), level: z.enum(['any', 'provincial', 'city']), words }),
  z.strictObject({ kind: z.literal('result-class'), class: z.enum(['applied-technology', 'research-tackling']), words }),
  z.strictObject({ kind: z.literal('registered-contract'), words }),
  z.strictObject({ kind: z.literal('without-good-reason'), words }),
  z.strictObject({
    kind: z.literal('licensors'),
    keys: z.array(z.string()).min(1),
    levels: z.array(z.string()).default([]),
    words,
  }),
]);
export type ScopeCondition = z.infer<typeof scopeCondition>;
export type ScopeKind = ScopeCondition['kind'];

/**
 * Who a duty (or an option, or an exemption) binds. `unit`: the unit holding the result (成果单位,
 * 许可方, 持有方, 改革单位, 项目承担单位); `licensee`: 被许可方/承接方/乙方; `both-parties`: 许可双方 /
 * 合同双方 / 任何一方; `inventors`: 成果完成人（团队）; `unit-leaders`: 单位负责人及相关人员 (尽职免责);
 * `unit-and-inventors`: 单位与成果完成人（赋权协议、股权收益返还）; `authority`: 主管部门、科技管理部门;
 * `guarantor`: 担保机构、保险机构; `service-agency`: 科技服务机构、技术转移机构.
 */
export const dutyActor = z.enum([
  'unit', 'licensee', 'both-parties', 'inventors', 'unit-and-inventors', 'unit-leaders', 'authority', 'guarantor', 'service-agency',
]);
export type DutyActor = z.infer<typeof dutyActor>;

/**
 * The force of the words: `must` 应/应当/须; `must-not` 不得/暂不纳入; `may` 可 (an option, not a
 * duty); `encouraged` 鼓励/支持/探索; `in-principle` 原则上 (a duty with room for exceptions);
 * `exempt-if` conditions under which a person is relieved of liability (尽职免责).
 */
export const dutyModality = z.enum(['must', 'must-not', 'may', 'encouraged', 'in-principle', 'exempt-if']);
export type DutyModality = z.infer<typeof dutyModality>;

/**
 * The dated part of a duty (未转化成果纳入成果库/清单/平台, 汇交): what must be done, from which event
 * the provision's `period` runs, and whether the duty arises when it runs out. Which results it
 * covers is not restated here: it is the provision's `scope` (財政资金, 科研攻关类, 无正当理由, 涉密除外…),
 * whose words the build checks; `datedDuty` in `src/lib/duties.ts` reads both together.
 */
export const datedDutySchema = z.strictObject({
  action: z.enum([
    'open-licence-library', // 纳入成果库进行开放许可
    'pay-later-conversion', // 按“先使用后付费”模式转化
    'conversion-list', // 纳入单位“先用后转”成果清单
    'online-platform', // 纳入“先用后转”线上平台
    'submit-results', // 汇交到线上平台
    'agreed-conversion-term', // 立项时约定的转化期限
  ]),
  /**
   * The event the period runs from. More than one only where the text does not say (`clockStated:
   * false`): then each is a reading and every resulting date is shown.
   */
  clocks: z.array(z.enum(['acceptance', 'right-obtained', 'project-start'])).min(1),
  clockStated: z.boolean().default(true),
  /**
   * `unconverted-at-end`: the duty arises when the period runs out and the result is still not
   * converted (its end is the date to convert by). `within-period`: the act is due by the end.
   */
  when: z.enum(['unconverted-at-end', 'within-period']),
});
export type DatedDuty = z.infer<typeof datedDutySchema>;

/**
 * The one duty model: whom the words bind and with what force, and — where the provision's value is
 * a period — the dated part the portfolio checker and the eligibility check count from.
 */
export const dutySchema = z.strictObject({
  actor: dutyActor,
  modality: dutyModality,
  /**
   * True for a clause of a model contract (湖南合同示范文本): binding only once the parties adopt it,
   * not a rule of the policy itself.
   */
  contractTerm: z.boolean().default(false),
  /** Only on `period` provisions (checked in `provisionSchema`). */
  dated: datedDutySchema.optional(),
});
export type Duty = z.infer<typeof dutySchema>;
