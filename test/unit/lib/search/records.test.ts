import { describe, expect, test } from 'vitest';
import { decodeEntities, splitPolicyHtml } from '../../../../src/lib/search/split-policy-html';
import { clauseLabel, RECORD_MAX_CHARS, pageRecord, policyRecords, type RecordPart } from '../../../../src/lib/search/records';

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
  /** The `parts` metadata of a record: [anchor, label, topics] per clause. */
  const parts = (content: string): RecordPart[] | undefined => {
    const m = /data-pagefind-meta="parts:([^"]*)"/.exec(content);
    return m ? (JSON.parse(decodeEntities(m[1]!)) as RecordPart[]) : undefined;
  };
  test('one record for the head and one for the clauses, at the first clause', () => {
    expect(recs.map((r) => r.url)).toEqual(['/policies/km/', '/policies/km/#art-6']);
    expect(parts(recs[1]!.content)).toEqual([
      ['art-6', '第六条', ['程序']],
      ['art-6-3', '第六条第（三）项', ['程序']],
      ['art-6-4', '第六条第（四）项', ['程序', '付费方式与时间']],
    ]);
    // Each clause is there once, in document order, each at its own anchor.
    const c = recs[1]!.content;
    expect(c.indexOf('id="art-6"')).toBeLessThan(c.indexOf('id="art-6-3"'));
    expect(c.indexOf('公示期不少于15日')).toBeLessThan(c.indexOf('办理技术合同认定登记'));
    expect(c.split('公示期不少于15日')).toHaveLength(2);
  });
  test(`clauses are packed in text order while their text is at most ${RECORD_MAX_CHARS} characters; a longer clause is a record alone`, () => {
    // 第二章 (title), 第三条 with its items (一)(二) and 第四条's own words fit one record; 第四条's item
    // (一) of 1,300 characters is a record alone; 第五条 does not fit after it and starts the next.
    const long = '长'.repeat(1300);
    const sec = (id: string, cite: string, inner: string) => `<section id="${id}" class="clause">${tools(id, cite)}${inner}</section>`;
    const body =
      sec('ch-2', '《指引》第二章', `<h2>第二章</h2>${sec('art-3', '《指引》第三条', `<p>第三条</p>${sec('art-3-1', '《指引》第三条第（一）项', '<p>甲</p>')}${sec('art-3-2', '《指引》第三条第（二）项', '<p>乙</p>')}`)}` +
        `${sec('art-4', '《指引》第四条', `<p>第四条</p>${sec('art-4-1', '《指引》第四条第（一）项', `<p>${long}</p>`)}`)}${sec('art-5', '《指引》第五条', '<p>第五条</p>')}`);
    const page = PAGE.replace(/<section id="art-6"[\s\S]*<\/section><\/div><\/div>/, `${body}</div></div>`);
    const r = policyRecords(page, { url: '/p/' });
    expect(r.map((x) => x.url)).toEqual(['/p/', '/p/#ch-2', '/p/#art-4-1', '/p/#art-5']);
    expect(parts(r[1]!.content)?.map((p) => p[0])).toEqual(['ch-2', 'art-3', 'art-3-1', 'art-3-2', 'art-4']);
    expect(r[1]!.content).not.toContain('长');
    // A record of one clause lists no parts.
    expect(parts(r[2]!.content)).toBeUndefined();
    expect(r[2]!.content).toContain(long);
    expect(r[3]!.content).toContain('第五条');
  });
  test('filters and meta are attributes, so they are not indexed as words; the date is metadata, not a Pagefind sort', () => {
    const r = recs[1]!.content;
    expect(r).toContain('data-pagefind-filter="地区:昆明市"');
    expect(r).not.toContain('data-pagefind-sort');
    expect(r).toContain('data-pagefind-meta="date:2025-09-19"');
    expect(r).toContain('data-pagefind-meta="title:第六条"');
    expect(r).toContain('data-pagefind-meta="anchor:art-6"');
    expect(r).not.toMatch(/<span[^>]*data-pagefind-filter[^>]*>[^<]+<\/span>/);
    expect(recs[0]!.content).not.toContain('data-pagefind-sort');
  });
  test('a clause inherits its ancestors’ topics; a record carries each of its clauses’ topics once', () => {
    const count = (s: string, sub: string) => s.split(sub).length - 1;
    expect(count(recs[1]!.content, '主题:程序')).toBe(1);
    expect(count(recs[1]!.content, '主题:付费方式与时间')).toBe(1);
    expect(recs[0]!.content).not.toContain('主题:');
  });
  test('the context line (地区 + 简称) precedes the clause sections', () => {
    const r = recs[1]!.content;
    expect(r.indexOf('昆明市 昆明操作指引')).toBeLessThan(r.indexOf('id="art-6"'));
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
