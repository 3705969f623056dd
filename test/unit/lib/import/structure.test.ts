// Synthetic documents for the structure reader: each numbering scheme of content/anchors.md.
import { describe, expect, test } from 'vitest';
import { flattenClauses, headingLike, parseStructure } from '../../../../src/lib/import/structure';

const ids = (text: string) => flattenClauses(parseStructure(text).nodes).map((c) => [c.id, c.cite]);

describe('parseStructure', () => {
  test('notice, chapters, articles running through chapters, items extending their article', () => {
    const text = [
      '关于印发《某市办法》的通知', '某科规〔2025〕2号', '各单位：', '现印发给你们。', '2025年1月2日',
      '某市办法', '第一章 总则', '为了规范，制定本办法。', '第一条 适用范围', '正文。',
      '第二章 附则', '第二条 主体', '（一）许可方：高校。', '（二）被许可方：企业。', '第三条 本办法自2025年2月1日起施行。',
    ].join('\n');
    expect(ids(text)).toEqual([
      ['notice', '《某市办法》印发通知（某科规〔2025〕2号）'],
      ['ch-1', '《某市办法》第一章'],
      ['ch-1-preamble', '《某市办法》第一章首段'],
      ['art-1', '《某市办法》第一条'],
      ['ch-2', '《某市办法》第二章'],
      ['art-2', '《某市办法》第二条'],
      ['art-2-1', '《某市办法》第二条第（一）项'],
      ['art-2-2', '《某市办法》第二条第（二）项'],
      ['art-3', '《某市办法》第三条'],
    ]);
    expect(parseStructure(text).docNumber).toBe('某科规〔2025〕2号');
  });

  test('一、 parts with items numbered through the document become m-N; the 施行 paragraph is closing', () => {
    const text = ['某措施', '（征求意见稿）', '为了促进转化，制定本措施。', '一、机制', '（一）甲。', '（二）乙。', '二、保障', '（三）丙。', '本措施自印发之日起施行。'].join('\n');
    const s = parseStructure(text);
    expect(s.textStatus).toBe('draft-for-comment');
    expect(s.title).toBe('某措施（征求意见稿）');
    expect(flattenClauses(s.nodes).map((c) => c.id)).toEqual(['preamble', 'part-1', 'm-1', 'm-2', 'part-2', 'm-3', 'closing']);
  });

  test('items restarting per part extend the part; 一、 without items are articles', () => {
    expect(ids(['某方案', '一、甲', '（一）a。', '二、乙', '（一）b。'].join('\n')).map((x) => x[0])).toEqual(['part-1', 'part-1-1', 'part-2', 'part-2-1']);
    expect(ids(['某十条', '一、甲', '正文。', '二、乙', '正文。'].join('\n'))).toEqual([
      ['art-1', '《某十条》第一条'],
      ['art-2', '《某十条》第二条'],
    ]);
  });

  test('a part of labelled paragraphs: intro, modes, scope', () => {
    const text = ['某方案', '一、要求', '（一）a。', '二、模式', '双方约定以下方式：', '甲支付模式：先付。', '乙支付模式：后付。', '本方案所称成果，是指专利。'].join('\n');
    expect(ids(text).slice(3)).toEqual([
      ['part-2-intro', '《某方案》第二部分首段'],
      ['part-2-mode-1', '《某方案》第二部分“甲支付模式”'],
      ['part-2-mode-2', '《某方案》第二部分“乙支付模式”'],
      ['part-2-scope', '《某方案》第二部分末段'],
    ]);
  });

  test('an annex: its articles, numbered items, （1） options and 模式 take the annex prefix; signatures return to the annex', () => {
    const text = ['某方案', '一、要求', '正文。', '附件', '合同示范文本', '第一条 双方', '1. 名称：', '第二条 支付', '模式一：分期', '模式二：延期', '第三条 争议', '（1）仲裁；', '甲方（盖章）：'].join('\n');
    const s = parseStructure(text);
    expect(flattenClauses(s.nodes).map((c) => c.id)).toEqual([
      'art-1', 'annex', 'annex-art-1', 'annex-art-1-1', 'annex-art-2', 'annex-art-2-mode-1', 'annex-art-2-mode-2', 'annex-art-3', 'annex-art-3-1',
    ]);
    expect(s.annexTitle).toBe('合同示范文本');
    const annex = flattenClauses(s.nodes).find((c) => c.id === 'annex')!;
    expect(annex.cite).toBe('《某方案》附件《合同示范文本》');
    expect(annex.children.at(-1)).toEqual({ type: 'para', text: '甲方（盖章）：' });
  });

  test('a summary with >>> sections: intro, banner outside clauses, sec-N cites quoting the heading', () => {
    const text = ['日前，某厅印发《某省若干措施》。本措施自2026年1月1日起实施。', '某省推进改革', '>>> 创新“先用后转”模式', '正文。'].join('\n');
    const s = parseStructure(text);
    expect(s.textStatus).toBe('official-summary');
    expect(flattenClauses(s.nodes).map((c) => [c.id, c.cite])).toEqual([
      ['intro', '《某省若干措施》（官方解读摘要）导语'],
      ['sec-1', '《某省若干措施》（官方解读摘要）“创新‘先用后转’模式”部分'],
    ]);
  });

  test('a tab-indented run becomes a table', () => {
    const s = parseStructure(['某方案', '一、甲', '\t节点', '\t金额', '', '\t验证', '\t[金额]'].join('\n'));
    const part = flattenClauses(s.nodes)[0]!;
    expect(part.children).toContainEqual({ type: 'table', rows: [['节点', '金额'], ['验证', '[金额]']] });
  });
});

test.each([
  ['第一条 适用范围', true], ['（三）基本原则', true], ['模式一：里程碑节点支付', true],
  ['（一）工作思路。坚持问题导向', false], ['1. 科技成果名称：', false],
])('headingLike(%s) = %s', (s, want) => expect(headingLike(s)).toBe(want));
