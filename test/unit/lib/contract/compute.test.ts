// The builder's core on the real dataset: the worked example fills every article as chosen, the
// plan comes from computePlan (one source for 第四条), checks cite their provisions, bad input is
// refused at the field, and parts that do not apply stay as printed.
import { beforeAll, describe, expect, it } from 'vitest';
import { contractBuilderProps, type ContractBuilderProps } from '../../../../src/data/contract-builder';
import { computeContract, contractContext, type ContractContext } from '../../../../src/lib/contract/compute';
import { cloneContractForm, emptyContractForm, type ContractForm } from '../../../../src/lib/contract/form';
import { emptyPlan } from '../../../../src/lib/contract/url-state';
import { contractPlainText } from '../../../../src/lib/contract/render';
import { makeTranslate, type Translate } from '../../../../src/lib/calculators/payment-text';

let props: ContractBuilderProps;
let ctx: ContractContext;
let t: Translate;
beforeAll(async () => {
  props = await contractBuilderProps();
  ctx = contractContext(props);
  t = makeTranslate(props.strings);
});
const run = (f: ContractForm) => computeContract(f, ctx, t);
const example = () => cloneContractForm(props.example);

describe('the worked example', () => {
  it('fills every article as chosen', () => {
    const r = run(example());
    expect(r.errors).toEqual({});
    const b = r.filling.blanks;
    expect(b['head.签订日期']).toBe('2026年3月2日');
    expect(b['art1.甲方.名称']).toBe('湖南示例大学');
    expect(b['art1.乙方.联系电话']).toBe('13800000000');
    expect(b['sign.甲方.甲方（盖章）']).toBe('湖南示例大学');
    expect(b['art2.技术成熟度']).toBe('5');
    expect(b['art3.许可期限.1']).toBe('2026年3月2日');
    expect(b['art3.许可用途']).toBe('工业检测设备');
    // 第四条 模式一: 100,000 → 壹拾万元整; 30 days → 条件达成后30日内.
    expect(b['art4.技术验证通过.支付条件']).toBe('乙方完成中试验证并向甲方提交验证报告，经甲方书面确认');
    expect(b['art4.技术验证通过.支付金额']).toBe('人民币100,000.00元（大写：壹拾万元整）');
    expect(b['art4.技术验证通过.支付期限']).toBe('条件达成后30日内');
    expect(b['art4.产品正式上市.支付金额']).toBe('人民币300,000.00元（大写：叁拾万元整）');
    expect(b['art4.达成销售额.支付金额']).toBeUndefined(); // a row the plan does not use stays as printed
    expect(b['art4.提成费用约定.1']).toBe('3');
    expect(b['art4.提成费用约定.2']).toBe('年');
    expect(b['art4.L5']).toBeUndefined(); // 模式二 not chosen
    expect(b['art5.后续改进成果归属']).toBe('甲方40%，乙方60%');
    expect(b['art5.第三方侵权处理']).toBe('双方协商');
    expect(b['art6.1']).toBeUndefined(); // the late rate keeps the model's [0.05]
    expect(b['art8.L1']).toBe('第（1）种');
    expect(b['art8.2']).toBeUndefined(); // arbitration: the court blank stays
    const x = r.filling.boxes;
    expect(Object.entries(x).filter(([, v]) => v).map(([k]) => k).sort()).toEqual(
      ['art2:专利', 'art3:排他许可', 'art3:许可', 'art5:双方共有', 'art5:按份共有'].sort(),
    );
    expect(r.open).toEqual([]);
  });

  it('prints the contract with the model wording around the values', () => {
    const text = contractPlainText(run(example()).contract);
    expect(text).toContain('1. 转化方式：☐转让 ☑许可（☑排他许可 ☐独占许可 ☐开放许可）');
    expect(text).toContain('提成费用约定：乙方按实际销售收入的3%支付提成，每年结算一次。');
    expect(text).toContain('因本合同引起的争议，双方应友好协商；协商不成的，任何一方可以采取第（1）种方式：');
    expect(text).toContain('每逾期一日应按未付金额的[0.05]%支付违约金');
  });

  it('checks against the Hunan plan, each finding cited', () => {
    const r = run(example());
    const codes = r.findings.map((f) => f.code);
    // The Hunan milestone rule leaves payment time to the parties.
    expect(codes).toContain('timing-agreed');
    expect(codes).toContain('reward');
    expect(codes).toContain('late-rate-default');
    expect(codes).not.toContain('trl-below'); // TRL 5 ≥ 4
    for (const f of r.findings) expect(f.cites.length, f.code).toBeGreaterThan(0);
    const timing = r.findings.find((f) => f.code === 'timing-agreed')!;
    expect(timing.cites[0]?.href).toBe('/policies/hunan-2025-plan/#part-2-milestone');
  });
});

describe('第四条 from the plan', () => {
  it('puts a milestone named otherwise into the 其他 row, with its name', () => {
    const f = example();
    f.plan!.milestones.push({ name: '获得高新技术企业资质', date: '2028-06-30', amount: '50000.5', term: '0' });
    f.conditions.push('');
    const b = run(f).filling.blanks;
    expect(b['art4.其他.支付条件']).toBe('获得高新技术企业资质：预计于2028年6月30日达成（具体条件由双方约定）');
    // 50,000.50 → 伍万元伍角; 0 days → 条件达成当日.
    expect(b['art4.其他.支付金额']).toBe('人民币50,000.50元（大写：伍万元伍角）');
    expect(b['art4.其他.支付期限']).toBe('条件达成当日');
  });

  it('numbers several milestones in one row', () => {
    const f = example();
    f.plan!.milestones = [
      { name: '达成销售额', date: '2027-06-30', amount: '100000', term: '30' },
      { name: '达成销售额', date: '2028-06-30', amount: '200000', term: '15' },
    ];
    f.conditions = ['累计销售额达到500万元', '累计销售额达到1000万元'];
    const b = run(f).filling.blanks;
    expect(b['art4.达成销售额.支付条件']).toBe('①累计销售额达到500万元\n②累计销售额达到1000万元');
    expect(b['art4.达成销售额.支付期限']).toBe('①条件达成后30日内\n②条件达成后15日内');
  });

  it('fills the royalty line from the rate alone (the estimates only make the schedule)', () => {
    const f = example();
    f.plan!.royaltyRevenue = '';
    f.plan!.royaltyPeriods = '';
    const r = run(f);
    expect(r.plan?.clauseTerms).toBeNull();
    expect(r.filling.blanks['art4.提成费用约定.1']).toBe('3');
    expect(r.filling.blanks['art4.技术验证通过.支付金额']).toBe('人民币100,000.00元（大写：壹拾万元整）');
    expect(r.findings.map((x) => x.code)).toContain('plan-incomplete');
  });

  it('模式二 with a lump sum: the model default period, the placeholder’s own form for the term', () => {
    const f = example();
    f.plan = { ...emptyPlan('deferred', props.binding.rules.deferred), lumpAmount: '300000', deferredTerm: '15' };
    f.conditions = [];
    const r = run(f);
    const b = r.filling.blanks;
    expect(r.monthsFromModel).toBe(true);
    expect(b['art4.L5']).toBeUndefined(); // [3] stays as printed
    expect(b['art4.一次性总付.1']).toBe('300,000.00（大写：叁拾万元整）');
    expect(b['art4.一次性总付.2']).toBe('条件达成后15日内');
    expect(r.filling.boxes['art4:一次性总付']).toBe(true);
    expect(r.filling.boxes['art4:分期支付']).toBe(false);
    // The policy's own rule (一定期限) read with the model's 3 months: 2026-03-02 + 3 months = 2026-06-02.
    expect(r.plan?.deferredStart?.date).toBe('2026-06-02');
    expect(r.findings.map((x) => x.code)).toContain('timing-model-period');
    // Three readings (earlier-of, later-of, contract-chooses): the lump is due 15 days after the start.
    expect(r.plan?.timing?.readings.map((x) => x.key)).toEqual(['earlier-of', 'later-of', 'contract-chooses']);
  });

  it('模式二 in instalments, with a period the parties agree', () => {
    const f = example();
    f.plan = { ...emptyPlan('deferred', props.binding.rules.deferred), agreedMonths: '6', deferredKind: 'instalments', instCount: '2', instAmount: '75000', instInterval: '6', deferredTerm: '0' };
    f.conditions = [];
    const r = run(f);
    const b = r.filling.blanks;
    expect(b['art4.L5']).toBe('6');
    expect(b['art4.分期支付.1']).toBe('2');
    expect(b['art4.分期支付.2']).toBe('75,000.00（大写：柒万伍仟元整）');
    // 2026-03-02 + 6 months = 2026-09-02 (Wednesday); the second 6 months later, 2027-03-02 (Tuesday).
    expect(b['art4.分期支付.3']).toBe('2026年9月2日、2027年3月2日');
  });

  it('flags a first payment earlier than a reading allows', () => {
    const f = example();
    // Kunming's rule, 读法一: no payment before one year (含) after the contract takes effect
    // (2027-03-02) or market revenue, whichever first. Revenue from 2027-01-01; the first milestone
    // is due 2026-09-30 + 30 days = 2026-10-30: too early. 读法二 (a latest start) is met. The
    // reading the rule's own note describes (#20 §2: 一年（含） a floor, 收入后一年内 a window) puts the
    // earliest at 2026-03-02 + 1 year = 2027-03-02: too early under it as well.
    f.plan!.rule = 'kunming-2025-guideline-art-1-payment-timing';
    f.plan!.revenue = '2027-01-01';
    const r = run(f);
    const early = r.findings.filter((x) => x.code === 'timing-too-early');
    expect(early).toHaveLength(2);
    expect(early[0]).toMatchObject({ level: 'warning', vars: { first: '2026年10月30日', earliest: '2027年1月2日' } });
    expect(early[1]).toMatchObject({ level: 'warning', vars: { first: '2026年10月30日', earliest: '2027年3月2日' } });
    expect(early[0]?.cites[0]?.href).toMatch(/^\/policies\/kunming-2025-guideline\/#art-1/);
    expect(r.findings.map((x) => x.code)).toEqual(expect.arrayContaining(['timing-ok-some', 'publicity-missing']));
  });
});

describe('bad input gets a message at the field, and its blank stays empty', () => {
  it.each([
    ['a.phone', '12345', /联系电话“12345”格式不正确：请填写11位手机号/],
    ['b.email', 'tto＠example.cn', /应为半角“@”/],
    ['b.email', 'tto@example', /应为“用户名@域名”/],
    ['trl', '10', /应在 1 到 9 之间/],
    ['signDate', '2026-02-30', /不存在/],
    ['lateRate', '-1', /不能为负数/],
    ['resultName', 'a\u0007b', /控制字符/],
  ])('%s = %j', (field, value, message) => {
    const f = example();
    const [p, k] = field.split('.') as [string, string | undefined];
    if (k) (f[p as 'a'] as Record<string, string>)[k] = value;
    else (f as unknown as Record<string, string>)[p] = value;
    const r = run(f);
    expect(r.errors[field]).toMatch(message);
    const id = { 'a.phone': 'art1.甲方.联系电话', 'b.email': 'art1.乙方.电子邮箱', trl: 'art2.技术成熟度', signDate: 'head.签订日期', lateRate: 'art6.1', resultName: 'art2.科技成果名称' }[field]!;
    expect(r.filling.blanks[id]).toBeUndefined();
  });

  it.each([
    ['13800000000'], ['0731-88880000'], ['073188880000'], ['(0731)88880000'], ['0731-88880000-123'], ['+86 138 0000 0000'], ['400-800-1234'], ['0731-88880000、13800000000'],
  ])('accepts the phone number %s', (phone) => {
    const f = example();
    f.a.phone = phone;
    expect(run(f).errors['a.phone']).toBeUndefined();
  });

  it('takes a 10,000-character field whole', () => {
    const f = example();
    f.summary = '说明'.repeat(5000);
    const r = run(f);
    expect(r.errors['summary']).toBeUndefined();
    expect(r.filling.blanks['art2.简要说明']).toHaveLength(10_000);
  });

  it('says when the licence term ends before it starts', () => {
    const f = example();
    f.licenceTo = '2026-01-01';
    expect(run(f).errors['licenceTo']).toMatch(/早于/);
  });
});

describe('the empty form', () => {
  it('has no errors and fills nothing; every blank the user fills is listed as open', () => {
    const r = run(emptyContractForm());
    expect(r.errors).toEqual({});
    expect(r.filling.blanks).toEqual({});
    expect(Object.values(r.filling.boxes).some(Boolean)).toBe(false);
    // 3 head + 12 parties + 6 art2 + 1 territory + art5 infringement + art8 dispute = 24 (licence,
    // court, shares and 第四条 open only once chosen; seals and signatures are not for the form).
    expect(r.open).toHaveLength(24);
    expect(r.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['plan-missing', 'late-rate-default']));
  });
});

describe('开放许可 (Patent Law 第五十条至第五十二条)', () => {
  it('warns about the declaration, exclusivity and a result that is not a patent', () => {
    const f = example();
    f.licenceKind = 'open';
    f.resultTypes = ['software-copyright'];
    const codes = run(f).findings.filter((x) => x.code.startsWith('open-'));
    expect(codes.map((x) => x.code)).toEqual(['open-declaration', 'open-no-exclusive', 'open-not-patent', 'open-disputes']);
    for (const c of codes) for (const ref of c.cites) expect(ref.cite).toMatch(/^《中华人民共和国专利法》第五十[一二]?条/);
  });
  it('says nothing of it for an exclusive licence', () => {
    expect(run(example()).findings.some((x) => x.code.startsWith('open-'))).toBe(false);
  });
});
