/**
 * Closed vocabulary of machine keys for `list` provisions (`value.keys`), per dimension.
 * Documented for authors in `content/provisions/README.md`; enforced by
 * `test/content/provisions.test.ts`. Add a key here (and to the README) before using it.
 *
 * Rule: `keys` name the printed `items` one for one, in the same order; level keys (which
 * qualify every item of the list, e.g. 市级 in 市级高等院校、科研院所…) follow after them.
 */

/** Who may license (许可方 / 成果单位 / 持有方). */
export const licensorKeys = [
  'university', // 高等院校 / 高校 / 高等学校
  'research-institute', // 科研院所 / 科研事业单位
  'medical-institution', // 医疗卫生机构
  'state-enterprise', // 国有企业
  'new-rd-institution', // 新型研发机构
  'tech-transfer-agency', // 技术转移机构
  'enterprise', // 企业
  'tech-enterprise', // 科技型企业
] as const;

/** Level keys: qualify every licensor item in the same list. */
export const licensorLevelKeys = [
  'city-level', // 市级 / 市属
  'provincial', // 省属 / 省级
  'central-in-province', // 中央在湘（在滇、在粤）
  'out-of-province', // 省外
] as const;

/**
 * Licensor classes as national law draws them (促进科技成果转化法 第四十五条第二款、第三款), the
 * facts the law-layer resolver (`src/lib/law/`) decides on:
 * - `state-rd-university` 国家设立的研究开发机构、高等院校: the 第四十五条 floors bind whatever the
 *   unit's own rules say (第二款);
 * - `public-institution` 其他事业单位 (e.g. a public hospital): floors apply only where the unit
 *   has no rule and no agreement; reward spending in the wage total (第三款);
 * - `state-enterprise` 国有企业: as `public-institution`;
 * - `other`: every other holder (a private firm, a private university or institute).
 * How the `licensors` keys and level keys of the texts map onto them: `src/lib/law/licensors.ts`.
 */
export const licensorClasses = ['state-rd-university', 'public-institution', 'state-enterprise', 'other'] as const;

/**
 * Conditions a share can depend on (`value.conditions[].key`), closed so the resolver can ask
 * for the fact: `technology-contract-registered` 经技术合同认定登记.
 */
export const shareConditionKeys = ['technology-contract-registered'] as const;

/** Who may be licensed (被许可方 / 承接方). */
export const licenseeKeys = [
  'enterprise', // 企业
  'sme', // 中小微企业
  'tech-sme', // 科技型中小企业
  'incubator-tech-sme', // 孵化器内的科技型中小企业
  'researcher-founded', // 由高校、院所、医疗卫生机构科技人员创办的企业
  'any-unit', // 单位（不限于企业）
] as const;

/** Result types (成果类型). Conditions (授权且有效, 第三方评估) go to notes. */
export const resultTypeKeys = [
  'patent', // 专利（技术）
  'software-copyright', // 计算机软件著作权
  'ic-layout', // 集成电路布图设计专有权
  'plant-variety', // 植物新品种（权）
  'drug-marketing-authorisation', // 药品上市许可
  'biomedical-variety', // 生物医药新品种
  'technical-secret', // 技术秘密（经第三方机构评估认定）
  'defence-patent-declassified', // 已解密国防专利
] as const;

/** Payment modes (支付方式). */
export const paymentModeKeys = [
  'zero-entry-fee-royalty', // 零门槛费+收入提成
  'zero-entry-fee-staged-royalty', // 零门槛费+阶段性支付+收入提成
  'staged', // 阶段性支付（许可费）
  'deferred', // 延期支付 / 延期启动支付
  'milestone', // 里程碑（节点）支付
  'instalment', // 分期支付
  'royalty', // 收入提成 / 收益提成支付 / 提成费用
  'lump-sum', // 一次性总付
  'use-then-cooperate', // 先使用后合作
] as const;

/** Process steps (工作流程). */
export const processKeys = [
  'publish', // 成果发布
  'match', // 成果对接
  'publicity', // 许可公示
  'contract-signing', // 合同签订（及登记）
  'guarantee', // 担保服务
  'award-claim', // 资助兑现
  'transfer-office-assessment', // 技术转移部门评估
  'committee-review', // 学术委员会或办公会议审议
] as const;

/** Key vocabulary per dimension; a `list` provision in another dimension carries no keys. */
export const listKeyVocabulary: Record<string, readonly string[]> = {
  licensors: [...licensorKeys, ...licensorLevelKeys],
  // Units called on to sort their results for a 成果库 (湖南 三（一）): the licensors vocabulary.
  'result-pool': [...licensorKeys, ...licensorLevelKeys],
  // Units where the 赋权 reform runs (云南 一, 昆明稿 （一）): the licensors vocabulary.
  'empowerment-units': [...licensorKeys, ...licensorLevelKeys],
  licensees: licenseeKeys,
  'result-types': resultTypeKeys,
  'payment-modes': paymentModeKeys,
  process: processKeys,
};

/** Keys that qualify the whole list rather than name one item. */
export const levelKeys: readonly string[] = licensorLevelKeys;
