import { describe, expect, test } from 'vitest';
import { parsePolicyBody } from '../../../../src/lib/policy-text';
import { escapeText, renderBody } from '../../../../src/lib/import/render-mdx';
import { fixCoverage, idAgreement, sourceEdits } from '../../../../src/lib/import/agreement';
import { basicNumberScanner } from '../../../../src/lib/import/number-scan';
import { guessJurisdiction, isoOf, shortRegionName, type RegionTable } from '../../../../src/lib/import/frontmatter';

describe('escapeText: what the MDX renders is the printed text', () => {
  test.each([
    '1. 科技成果名称：', '零门槛费+收入提成', '[金额]元', '**加粗**', '<Clause>', '{x}', 'a|b', '# 井号', '- 横线', '50%以内', 'R&D', '\\反斜杠',
  ])('%s', (s) => {
    expect(parsePolicyBody(`${escapeText(s)}\n`).text).toBe(s);
  });
});

test('renderBody writes Clause blocks that parse back with ids, cites and text', () => {
  const body = renderBody([
    { id: 'art-1', cite: '《某办法》第一条', children: [{ type: 'heading', level: 2, text: '第一条 范围' }, { id: 'art-1-1', cite: '《某办法》第一条第1项', children: [{ type: 'para', text: '1. 甲' }] }] },
    { id: 'art-2', cite: '《某办法》第二条', children: [{ type: 'para', strong: '第二条', text: ' 本办法自印发之日起施行。' }, { type: 'table', rows: [['a', 'b'], ['c|d', 'e']] }] },
  ]);
  const parsed = parsePolicyBody(body);
  expect(parsed.clauses.map((c) => [c.id, c.parentId])).toEqual([['art-1', undefined], ['art-1-1', 'art-1'], ['art-2', undefined]]);
  expect(parsed.text.split('\n')).toEqual(['第一条 范围', '1. 甲', '第二条 本办法自印发之日起施行。', 'a', 'b', 'c|d', 'e']);
});

describe('agreement', () => {
  test('idAgreement counts reproduced ids', () => {
    expect(idAgreement(['a', 'b', 'c', 'd'], ['a', 'b', 'x', 'd'])).toEqual({ reproduced: 3, total: 4, ratio: 0.75, missing: ['c'], extra: ['x'] });
  });
  test('sourceEdits maps a later fix back through an earlier one', () => {
    // "ab\n\ncd#" → join (fix 1) then drop "#" (fix 2): the "#" is at source offset 6.
    const edits = sourceEdits('ab\n\ncd#', [{ find: 'b\n\nc', replace: 'bc' }, { find: '#', replace: '' }]);
    expect(edits).toEqual([[{ start: 2, end: 4, deleted: '\n\n', inserted: '' }], [{ start: 6, end: 7, deleted: '#', inserted: '' }]]);
  });
  test('a fix written with wider context covers one with narrower (and whitespace-only differences)', () => {
    const src = ' [bookmark: x]标题\n正文';
    expect(fixCoverage(src, [{ find: ' [bookmark: x]', replace: '' }], [{ find: '[bookmark: x]标', replace: '标' }]).uncovered).toEqual([]);
    expect(fixCoverage(src, [{ find: '标题\n正', replace: '标题正' }], [{ find: '[bookmark: x]', replace: '' }]).uncovered).toHaveLength(1);
  });
});

describe('basicNumberScanner', () => {
  test.each([
    ['不低于70%的比例', ['70%']],
    ['百分之五十以上', ['百分之五十']],
    ['公示期不少于15日', ['15日']],
    ['满 2 年未实施', ['2 年']],
    ['不超过 100 万元、每家每年不超过 300 万元', ['100 万元', '300 万元']],
    ['三至五年内', ['三至五年']],
    ['达到TRL 4级', ['TRL 4级']],
    ['成立一批机构，一事一议', []],
  ])('%s → %j', (text, want) => {
    expect(basicNumberScanner(text).map((o) => o.text)).toEqual(want);
  });
  test('dates are told apart', () => {
    expect(basicNumberScanner('自 2025 年 11 月 14 日起，到2028年').map((o) => o.kind)).toEqual(['date', 'date']);
  });
});

describe('frontmatter guesses', () => {
  const regions: RegionTable = {
    provinces: [{ code: '530000', name: '云南省' }, { code: '450000', name: '广西壮族自治区' }],
    cities: [{ code: '530100', name: '昆明市', parent: '530000' }],
  };
  test('a city in the title wins over its province; else the region the text names most', () => {
    expect(guessJurisdiction('昆明市某办法', '云南省云南省', regions)?.code).toBe('530100');
    expect(guessJurisdiction('某十五条措施', '《云南省人民政府办公厅…》云南省', regions)?.code).toBe('530000');
    expect(guessJurisdiction('某办法', '无地名', regions)).toBeNull();
  });
  test.each([['云南省', '云南'], ['昆明市', '昆明'], ['广西壮族自治区', '广西']])('shortRegionName(%s) = %s', (a, b) => expect(shortRegionName(a)).toBe(b));
  test('isoOf reads printed dates with spaces', () => {
    expect(isoOf('本指引自 2025 年 11 月 14 日起施行')).toBe('2025-11-14');
    expect(isoOf('自印发之日起施行')).toBeNull();
  });
});
