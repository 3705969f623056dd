import { describe, expect, test } from 'vitest';
import { splitPolicyHtml } from '../../../../src/lib/search/split-policy-html';
import { clauseLabel, pageRecord, policyRecords } from '../../../../src/lib/search/records';

const tools = (id: string, cite: string) =>
  `<div class="clause-tools no-print" data-pagefind-ignore><a class="permalink" href="#${id}">¶</a><details class="cite"><summary>引用</summary><p class="cite-text">${cite}</p></details></div>`;

const PAGE = `<html lang="zh-CN"><body><header data-pagefind-ignore>导航</header><main>
<article data-pagefind-body><header class="policy-head"><h1>昆明市操作指引</h1>
<span hidden data-pagefind-filter="地区">昆明市</span><span hidden data-pagefind-meta="short">昆明操作指引</span><span hidden data-pagefind-sort="date">2025-09-19</span></header>
<div class="policy-layout"><aside data-pagefind-ignore><section class="policy-meta"><h2>文件信息</h2></section></aside>
<div class="policy-text"><h2>正文标题</h2>
<section id="art-6" class="clause">${tools('art-6', '《指引》第六条')}<h3>第六条 工作流程</h3>
<section id="art-6-3" class="clause">${tools('art-6-3', '《指引》第六条第（三）项')}<p>公示期不少于15日 &amp; 其他。</p></section>
<section id="art-6-4" class="clause">${tools('art-6-4', '《指引》第六条第（四）项')}<p>办理技术合同认定登记。</p></section>
</section></div></div></article><section class="policy-provisions" data-pagefind-ignore><h2>量化规定</h2></section></main></body></html>`;

describe('splitPolicyHtml', () => {
  const split = splitPolicyHtml(PAGE);
  test('finds every clause, parent before child, with its citation', () => {
    expect(split.clauses.map((c) => [c.id, c.parentId, c.cite])).toEqual([
      ['art-6', undefined, '《指引》第六条'],
      ['art-6-3', 'art-6', '《指引》第六条第（三）项'],
      ['art-6-4', 'art-6', '《指引》第六条第（四）项'],
    ]);
  });
  test("a clause record holds its own text, not its children's", () => {
    const art6 = split.clauses[0]!.html;
    expect(art6).toContain('第六条 工作流程');
    expect(art6).not.toContain('公示期');
    expect(split.clauses[1]!.html).toContain('公示期不少于15日');
  });
  test('the head keeps the title and text between clauses, and hands over the hidden filter spans', () => {
    expect(split.headHtml).toContain('昆明市操作指引');
    expect(split.headHtml).toContain('正文标题');
    expect(split.headHtml).not.toContain('公示期');
    expect(split.headHtml).not.toContain('data-pagefind-filter');
    expect(split.attributes).toEqual([
      { kind: 'filter', key: '地区', value: '昆明市' },
      { kind: 'meta', key: 'short', value: '昆明操作指引' },
      { kind: 'sort', key: 'date', value: '2025-09-19' },
    ]);
  });
  test('only the article is used: nothing outside it leaks in', () => {
    expect(split.headHtml).not.toContain('导航');
    expect(split.headHtml).not.toContain('量化规定');
  });
  test('unbalanced sections fail loudly', () => {
    expect(() => splitPolicyHtml('<article data-pagefind-body><section id="a" class="clause"></article>')).toThrow();
    expect(() => splitPolicyHtml('<main>none</main>')).toThrow(/data-pagefind-body/);
  });
});

describe('policyRecords', () => {
  const topics = new Map([['art-6', ['程序']], ['art-6-4', ['程序', '付费方式与时间']]]);
  const recs = policyRecords(PAGE, { url: '/policies/km/', topicsByAnchor: topics });
  test('one record for the head and one per clause, each at its anchor', () => {
    expect(recs.map((r) => r.url)).toEqual(['/policies/km/', '/policies/km/#art-6', '/policies/km/#art-6-3', '/policies/km/#art-6-4']);
  });
  test('filters, meta and sort are attributes, so they are not indexed as words', () => {
    const r = recs[2]!.content;
    expect(r).toContain('data-pagefind-filter="地区:昆明市"');
    expect(r).toContain('data-pagefind-sort="date:2025-09-19"');
    expect(r).toContain('data-pagefind-meta="date:2025-09-19"');
    expect(r).toContain('data-pagefind-meta="title:第六条第（三）项"');
    expect(r).toContain('data-pagefind-meta="anchor:art-6-3"');
    expect(r).not.toMatch(/<span[^>]*data-pagefind-filter[^>]*>[^<]+<\/span>/);
  });
  test('a clause inherits its ancestors’ topics, without duplicates', () => {
    const count = (s: string, sub: string) => s.split(sub).length - 1;
    expect(count(recs[2]!.content, '主题:程序')).toBe(1);
    expect(count(recs[3]!.content, '主题:程序')).toBe(1);
    expect(recs[3]!.content).toContain('主题:付费方式与时间');
    expect(recs[0]!.content).not.toContain('主题:');
  });
  test('the context line (地区 + 简称) precedes the clause section', () => {
    const r = recs[2]!.content;
    expect(r.indexOf('昆明市 昆明操作指引')).toBeLessThan(r.indexOf('id="art-6-3"'));
  });
});

test('clauseLabel drops the document title', () => {
  expect(clauseLabel('《指引（试行）》第六条第（三）项')).toBe('第六条第（三）项');
  expect(clauseLabel('没有书名号')).toBe('没有书名号');
});

describe('pageRecord', () => {
  test('indexes <main> when the page marks no body, with its kind and topic', () => {
    const r = pageRecord('<html><body><header>导航</header><main id="main"><h1>公示期对比</h1></main></body></html>', { url: '/compare/publicity-period/', kind: '对比', topics: ['程序'] });
    expect(r?.content).toMatch(/<main id="main" data-pagefind-body>/);
    expect(r?.content).toContain('主题:程序');
  });
  test('keeps a page’s own data-pagefind-body', () => {
    const r = pageRecord('<main><div data-pagefind-body><p>说明</p></div></main>', { url: '/x/', kind: '计算器说明' });
    expect(r?.content).toMatch(/<div data-pagefind-body><span data-pagefind-meta="kind:page">/);
  });
  test('a page that declares its own 主题 is not given a second one', () => {
    const r = pageRecord('<main><div data-pagefind-body><span hidden data-pagefind-filter="主题">程序</span></div></main>', { url: '/x/', kind: '对比', topics: ['收益分配'] });
    expect(r?.content).not.toContain('主题:收益分配');
  });
  test('nothing to index without <main> or a body', () => {
    expect(pageRecord('<p>x</p>', { url: '/x/', kind: 'k' })).toBeNull();
  });
});
