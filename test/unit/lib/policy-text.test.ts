import { describe, expect, test } from 'vitest';
import { findQuote, parsePolicyBody, type ClauseNode } from '../../../src/lib/policy-text';

/** Build a `<Clause>` block the way the policy MDX files write it (blank lines inside). */
const clause = (id: string, body: string) =>
  `<Clause id="${id}" cite="《测试》${id}">\n\n${body}\n\n</Clause>`;

describe('parsePolicyBody: text extraction', () => {
  test.each([
    ['a paragraph', '正文一段。', '正文一段。'],
    ['soft line breaks collapse', '第一行\n第二行', '第一行 第二行'],
    ['headings are text', '### 第一条 适用范围\n\n正文。', '第一条 适用范围\n正文。'],
    ['bold and emphasis are text', '**第八条** 本指引由*市*科技局解释。', '第八条 本指引由市科技局解释。'],
    ['escaped list numbers stay text', '1\\. 科技成果名称：', '1. 科技成果名称：'],
    ['brackets without a link stay text', '每[半年/年]结算，[  ]期', '每[半年/年]结算，[ ]期'],
    ['checkboxes stay as printed', '□转让 □许可', '□转让 □许可'],
    ['hard breaks read as spaces', '甲\\\n乙', '甲 乙'],
    [
      'tables: one line per cell, rows in order',
      '| 节点 | 金额 |\n| --- | --- |\n| 技术验证通过 | [金额] |',
      '节点\n金额\n技术验证通过\n[金额]',
    ],
    ['frontmatter is not text', '---\ntitle: 标题\n---\n\n正文', '正文'],
    ['cite attributes are not text', clause('a', '正文'), '正文'],
  ])('%s', (_name, mdx, expected) => {
    expect(parsePolicyBody(mdx).text).toBe(expected);
  });
});

describe('parsePolicyBody: clauses', () => {
  const mdx = [
    '## 标题（不在任何条款中）',
    clause(
      'ch-1',
      ['## 第一章 总则', clause('art-1', '### 第一条 范围\n\n**正文** 一。'), clause('art-2', '### 第二条\n\n' + clause('art-2-1', '（一）项。'))].join('\n\n'),
    ),
    clause('closing', '末段。'),
  ].join('\n\n');
  const { clauses, text } = parsePolicyBody(mdx);
  const byId = (id: string) => clauses.find((c) => c.id === id);

  test('document order, parent before children', () => {
    expect(clauses.map((c) => c.id)).toEqual(['ch-1', 'art-1', 'art-2', 'art-2-1', 'closing']);
  });

  test.each<[string, Partial<ClauseNode>]>([
    ['ch-1', { depth: 1, parentId: undefined, heading: '第一章 总则' }],
    ['art-1', { depth: 2, parentId: 'ch-1', heading: '第一条 范围', text: '第一条 范围 正文 一。' }],
    ['art-2', { depth: 2, parentId: 'ch-1', heading: '第二条', text: '第二条 （一）项。' }],
    ['art-2-1', { depth: 3, parentId: 'art-2', heading: undefined, text: '（一）项。' }],
    ['closing', { depth: 1, parentId: undefined, cite: '《测试》closing', text: '末段。' }],
  ])('%s', (id, expected) => {
    const c = byId(id)!;
    for (const [key, value] of Object.entries(expected)) expect(c[key as keyof ClauseNode], key).toEqual(value);
  });

  test('a parent text includes nested clauses', () => {
    expect(byId('ch-1')!.text).toBe('第一章 总则 第一条 范围 正文 一。 第二条 （一）项。');
  });

  test('a heading nested deeper is not the clause heading', () => {
    expect(parsePolicyBody(clause('a', clause('b', '### 内层') + '\n\n正文')).clauses[0]!.heading).toBeUndefined();
  });

  test('text outside clauses is still published text', () => {
    expect(text.split('\n')[0]).toBe('标题（不在任何条款中）');
  });
});

describe('parsePolicyBody: rejects MDX the checker cannot trust', () => {
  test.each([
    ['imports', 'import X from "x";\n\n正文', /mdxjsEsm/],
    ['block expressions', '{"生成的文字"}', /mdxFlowExpression/],
    ['inline expressions', '正文{1 + 1}', /mdxTextExpression/],
    ['unknown components', '<Note>\n\n正文\n\n</Note>', /unknown component <Note>/],
    ['an inline Clause (no blank line)', '正文 <Clause id="a" cite="c">x</Clause>', /inline <Clause>/],
    ['a Clause without id', '<Clause cite="c">\n\n正文\n\n</Clause>', /id=""/],
    ['a Clause with an expression cite', '<Clause id="a" cite={"c"}>\n\n正文\n\n</Clause>', /cite=""/],
  ])('%s', (_name, mdx, message) => {
    expect(() => parsePolicyBody(mdx)).toThrow(message);
  });
});

describe('findQuote', () => {
  const { clauses } = parsePolicyBody(
    clause('art-6', '### 第六条 工作流程\n\n' + clause('art-6-3', '#### (三)许可公示\n\n科技成果名称、许可费及支付方式在相关平台进行公示,公示期不少于15日。')),
  );
  test.each([
    ['exact quote', 'art-6-3', '公示期不少于15日', { ok: true }],
    ['whitespace and line breaks in the quote are ignored', 'art-6-3', '公示期\n不少于 15 日', { ok: true }],
    ['the heading is part of the clause', 'art-6-3', '(三)许可公示', { ok: true }],
    ['a parent contains its children', 'art-6', '公示期不少于15日', { ok: true }],
    ['a child does not contain its parent heading', 'art-6-3', '工作流程', { ok: false, reason: 'not-in-article' }],
    ['one changed character', 'art-6-3', '公示期不少于16日', { ok: false, reason: 'not-in-article' }],
    ['punctuation width matters', 'art-6-3', '支付方式在相关平台进行公示，公示期', { ok: false, reason: 'not-in-article' }],
    ['an empty quote proves nothing', 'art-6-3', ' \n', { ok: false, reason: 'not-in-article' }],
    ['unknown anchor', 'art-9', '公示期', { ok: false, reason: 'no-anchor' }],
  ])('%s', (_name, anchor, quote, expected) => {
    expect(findQuote(clauses, anchor, quote)).toEqual(expected);
  });
});
