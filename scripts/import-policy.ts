// The policy importer's command line:
//   npm run import-policy -- <raw.txt> --id <id> [--out <dir>]
// writes <dir>/policies/<id>.mdx, <dir>/fixes/<id>.yaml and <dir>/worksheets/<id>.yaml (default
// <dir>: content/, worksheets beside it under content/worksheets/) and prints what the editor
// must review. The logic lives in src/lib/import/ (pure, unit-tested); this file only does I/O.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importPolicy } from '../src/lib/import/import-policy.ts';
import type { RegionTable } from '../src/lib/import/frontmatter.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { id: { type: 'string' }, out: { type: 'string', default: 'content' }, force: { type: 'boolean', default: false } },
});
const raw = positionals[0];
const id = values.id;
if (!raw || !id || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
  console.error('用法：npm run import-policy -- <raw.txt> --id <id> [--out <dir>] [--force]\n  id：小写字母、数字和连字符，例如 shenzhen-2026-measures');
  process.exit(2);
}
const source = readFileSync(raw, 'utf8');
const regions = JSON.parse(readFileSync('content/reference/regions.json', 'utf8')) as RegionTable;
const result = importPolicy(source, id, regions);

const out = values.out!;
const targets = {
  mdx: path.join(out, 'policies', `${id}.mdx`),
  fixes: path.join(out, 'fixes', `${id}.yaml`),
  worksheet: path.join(out, 'worksheets', `${id}.yaml`),
};
for (const f of Object.values(targets)) {
  if (existsSync(f) && !values.force) {
    console.error(`${f} 已存在；用 --force 覆盖，或用 --out 写到别处。`);
    process.exit(1);
  }
}
for (const [k, f] of Object.entries(targets)) {
  mkdirSync(path.dirname(f), { recursive: true });
  writeFileSync(f, k === 'mdx' ? result.mdx : k === 'fixes' ? result.fixesYaml : result.worksheetYaml);
}
const sourceCopy = path.join(out, 'sources', `${id}.txt`);
if (path.resolve(raw) !== path.resolve(sourceCopy) && !existsSync(sourceCopy)) {
  mkdirSync(path.dirname(sourceCopy), { recursive: true });
  writeFileSync(sourceCopy, source);
}
const byKind = new Map<string, number>();
for (const f of result.fixes) byKind.set(f.kind, (byKind.get(f.kind) ?? 0) + 1);
console.log(`导入 ${id}：《${result.structure.title}》`);
console.log(`  条款 ${result.clauses.length} 个（${result.clauses.slice(0, 8).map((c) => c.id).join(' ')}${result.clauses.length > 8 ? ' …' : ''}）`);
console.log(`  修复 ${result.fixes.length} 条（${[...byKind].map(([k, n]) => `${k} ${n}`).join('，')}）`);
console.log(`  数字 ${result.worksheet.length} 处（${result.worksheet.filter((w) => w.kind === 'quantity').length} 处数量，其余为日期）`);
console.log(`写入：\n  ${Object.values(targets).join('\n  ')}`);
console.log('下一步：核对草稿（frontmatter 中每个“待核对”、条款编号、修复理由），删除 IMPORT-DRAFT 行，按工作表写 provisions，然后 npm test。');
