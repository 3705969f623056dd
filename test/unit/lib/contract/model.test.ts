// The Hunan model contract parsed from the published annex: the text comes back exactly, it is the
// policy page's annex word for word, every blank and box is found (and bound to the form), and the
// parser's rules hold on synthetic edge cases (named as such).
import { describe, expect, it } from 'vitest';
import { loadModelContract, modelContractText, loadContractBinding } from '../../../../src/data/contract-builder';
import { clausesOf } from '../../../../src/data/citations';
import { bindingProblems, disputeOptions, milestoneRows } from '../../../../src/lib/contract/binding';
import { chineseNumeral, modelBlanks, modelBoxes, modelSourceText, parseModelContract } from '../../../../src/lib/contract/model';
import { normalizeForComparison } from '../../../../src/lib/fidelity';

const { model, binding } = loadModelContract('hunan-2025-plan');
const blank = (id: string) => modelBlanks(model).find((b) => b.id === id);

describe('the Hunan model contract as published', () => {
  it('gives back the text it was parsed from, character for character', () => {
    expect(modelSourceText(model)).toBe(modelContractText(loadContractBinding('hunan-2025-plan')));
  });

  it('is the policy page’s annex, word for word (whitespace aside; the page’s “附件” caption is not part of the contract)', () => {
    const annex = clausesOf('hunan-2025-plan').find((c) => c.id === 'annex');
    expect(annex).toBeDefined();
    const published = normalizeForComparison(annex!.text).replace(/^附件/, '');
    expect(normalizeForComparison(modelSourceText(model))).toBe(published);
  });

  it('has the nine articles, in order, with their titles as printed', () => {
    const arts = model.sections.filter((s) => s.number !== null);
    expect(arts.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(arts.map((s) => s.title)).toEqual(['合同双方', '科技成果基本信息', '转化方式与范围', '转化费用支付方式', '知识产权保护', '违约责任', '合同变更与终止', '争议解决', '其他']);
    expect(model.sections[0]?.key).toBe('head');
    expect(model.sections.at(-1)?.key).toBe('sign');
    expect(model.parties).toEqual([{ key: '甲方', role: '持有方' }, { key: '乙方', role: '承接方' }]);
  });

  it('finds every blank: 12 party fields, 15 table cells, 59 in all', () => {
    // head 3 + parties 12 + art2 6 + art3 4 + table 15 + 提成 2 + 模式二 6 ([3], lump 2, instalments 3)
    // + art5 2 + art6 1 + art8 2 + sign 6 = 59
    const ids = modelBlanks(model).map((b) => b.id);
    expect(ids.filter((i) => i.startsWith('art1.'))).toHaveLength(12);
    expect(ids.filter((i) => /^art4\.[^.]+\.支付/.test(i))).toHaveLength(15);
    expect(ids).toHaveLength(59);
  });

  it.each([
    // id, kind, token as printed, bracket kind
    ['head.签订日期', 'date', '  年  月  日', undefined],
    ['art1.甲方.名称', 'line', '  ', undefined],
    ['art1.乙方.电子邮箱', 'line', '', undefined], // the last line of 乙方 has no trailing space: still a blank
    ['art2.技术成熟度', 'inline', ' ', undefined], // TRL 级
    ['art3.许可期限.2', 'date', '  年  月  日', undefined], // 至  年  月  日止
    ['art3.许可用途', 'inline', '  ', undefined], // 仅限于  领域
    ['art4.提成费用约定.1', 'inline', '  ', undefined], // 的  %
    ['art4.提成费用约定.2', 'bracket', '[半年/年]', 'choice'],
    ['art4.L5', 'bracket', '[3]', 'default'],
    ['art4.一次性总付.2', 'bracket', '[条件达成后X日内]', 'placeholder'],
    ['art6.1', 'bracket', '[0.05]', 'default'],
    ['art8.L1', 'bracket', '[  ]', 'empty'],
    ['sign.乙方.乙方（盖章）', 'line', '', undefined],
  ])('%s is a %s blank printed as %j', (id, kind, token, bracket) => {
    const b = blank(id);
    expect(b?.kind).toBe(kind);
    expect(b?.token).toBe(token);
    expect(b?.bracket?.kind).toBe(bracket);
  });

  it('reads the choice options between the slashes', () => {
    expect(blank('art5.第三方侵权处理')?.bracket?.options).toEqual(['双方协商', '侵权方承担']);
  });

  it('does not take a heading or an introducing line for a blank', () => {
    const texts = model.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'para' && b.segs.every((x) => x.t === 'text') ? [b.segs.map((x) => (x.t === 'text' ? x.text : '')).join('')] : [])));
    expect(texts).toEqual(expect.arrayContaining(['持有方（甲方）：', '承接方（乙方）：', '（采用许可方式转化需填写：', '模式一：里程碑节点支付']));
  });

  it('finds the boxes with their groups and nesting', () => {
    const boxes = modelBoxes(model);
    expect(boxes).toHaveLength(18); // 6 types + 5 conversion + 2 deferred + 5 improvements
    const by = (id: string) => boxes.find((b) => b.id === id);
    expect(by('art3:开放许可')).toMatchObject({ parent: 'art3:许可', group: 'art3:转化方式' });
    expect(by('art3:转让')).toMatchObject({ parent: null, group: 'art3:转化方式' });
    expect(by('art5:按份共有')?.parent).toBe('art5:双方共有');
    // Two lines that each begin with □ are one group.
    expect(by('art4:分期支付')?.group).toBe(by('art4:一次性总付')?.group);
    // The 类型 options were split over two lines in the extraction (fix recorded): one group.
    expect(new Set(boxes.filter((b) => b.id.startsWith('art2:')).map((b) => b.group)).size).toBe(1);
  });

  it('marks 模式一 and 模式二 as subheadings of 第四条', () => {
    const art4 = model.sections.find((s) => s.key === 'art4')!;
    const subs = art4.blocks.filter((b) => b.kind === 'para' && b.subheading).map((b) => (b.kind === 'para' ? b.segs.map((s) => (s.t === 'text' ? s.text : '')).join('') : ''));
    expect(subs).toEqual(['模式一：里程碑节点支付', '模式二：延期启动支付']);
  });

  it('reads the milestone table: header and five rows', () => {
    const art4 = model.sections.find((s) => s.key === 'art4')!;
    const table = art4.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.header).toEqual(['里程碑节点', '支付条件', '支付金额', '支付期限']);
    expect(milestoneRows(model, binding)).toEqual(['技术验证通过', '样品试制成功', '产品正式上市', '达成销售额', '其他']);
  });

  it('is bound to the form exactly: every blank and box once, nothing else', () => {
    expect(bindingProblems(model, binding)).toEqual([]);
  });

  it('offers the two ways of resolving a dispute with the words of 第八条', () => {
    expect(disputeOptions(model, binding).map((o) => o.text)).toEqual(['（1）向长沙仲裁委员会提起仲裁；', '（2）向[  ]法院提起诉讼。']);
  });
});

describe('binding problems are reported (synthetic bindings)', () => {
  it('names a blank left unbound and an id not in the text', () => {
    const broken = { ...binding, blanks: { ...binding.blanks, place: 'head.不存在' }, handwritten: binding.handwritten.slice(1) };
    const problems = bindingProblems(model, broken);
    expect(problems).toContain('blanks.place: 模型中没有空格 head.不存在');
    expect(problems).toContain('模型空格 head.签订地点 没有绑定到任何字段');
    expect(problems).toContain('模型空格 sign.甲方.法定代表人/授权代表签字 没有绑定到任何字段');
  });
  it('names choices whose options differ from the printed ones', () => {
    const broken = { ...binding, choices: { ...binding.choices, royaltyPeriod: { 'half-year': '季度', year: '年' } } };
    expect(bindingProblems(model, broken)).toContain('choices.royaltyPeriod: 选项 季度/年 与原文 半年/年 不一致');
  });
});

describe('parser rules (synthetic texts)', () => {
  const parse = (body: string) => parseModelContract(`示例合同\n第一条 甲\n${body}`);
  const segs = (body: string) => {
    const b = parse(body).sections.at(-1)!.blocks[0]!;
    return b.kind === 'para' ? b.segs : [];
  };
  it.each([
    ['名称：', 1], // a label ending its line
    ['说明如下，请填写：', 0], // a sentence introducing what follows
    ['（下列各项：', 0], // an unclosed bracket introduces too
    ['丙公司（丙方）：', 0], // defines a party's short name
    ['丙方（签章）：', 1], // a party's own field (after the articles it begins the signature block)
    ['1. 数量：共  台', 1], // spaces inside running text
    ['1.  名称', 0], // spaces after an item number are layout
    ['□甲 □乙', 0], // spaces before a box are layout
  ])('“%s” has %i blank(s)', (line, n) => {
    expect(segs(line).filter((s) => s.t === 'blank')).toHaveLength(n);
  });
  it('nests boxes inside the brackets after a box', () => {
    const s = segs('方式：□甲（□乙 □丙）□丁').filter((x) => x.t === 'box');
    expect(s.map((x) => (x.t === 'box' ? x.parent : ''))).toEqual([null, '1:甲'.replace('1', 'art1'), 'art1:甲', null]);
  });
  it('refuses two blanks that would share an id', () => {
    expect(() => parse('名称：\n名称：')).toThrow(/share the id art1\.名称/);
  });
  it('refuses a text without a title or without articles', () => {
    expect(() => parseModelContract('\n第一条 甲')).toThrow(/title/);
    expect(() => parseModelContract('标题\n名称：')).toThrow(/no article/);
  });
  it.each([
    ['一', 1], ['九', 9], ['十', 10], ['十二', 12], ['二十', 20], ['二十三', 23],
  ])('%s → %i', (s, n) => expect(chineseNumeral(s)).toBe(n));
});

describe('the signature block (synthetic text)', () => {
  it('begins at the first party field after the articles', () => {
    const m = parseModelContract('示例合同\n第一条 甲\n甲公司（甲方）：\n名称：\n\n甲方（盖章）：\n日期：  年  月  日');
    expect(m.sections.map((s) => s.key)).toEqual(['head', 'art1', 'sign']);
    expect(modelBlanks(m).map((b) => b.id)).toEqual(['art1.甲方.名称', 'sign.甲方.甲方（盖章）', 'sign.甲方.日期']);
  });
});
