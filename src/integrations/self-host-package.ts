/**
 * The self-host package (`/downloads/xyhf-widgets.zip`): everything a government site on a
 * 集约化 platform needs to serve the widgets from its own origin, where scripts from another
 * origin are not allowed — the shared runtime, every element script, every iframe page with its
 * script and stylesheet, `host.js`, the manifest with relative URLs, SRI hashes, an example page
 * and a README in Chinese for the platform's administrators. Nothing in it requests our origin:
 * the element scripts load the runtime and the iframe pages next to themselves, and the iframe
 * pages' asset URLs are made relative here. (Links inside the widgets still lead to our public
 * site, as navigation, never as a request.)
 *
 * Built after the widget bundles (src/integrations/widget-bundles.ts), zipped with fflate;
 * `test/site/self-host.test.ts` unpacks it and runs every widget from another origin and prefix.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { elementSnippet, escapeHtmlAttr, iframeSnippet } from '../lib/widgets/snippets';

/** Where the package is published on our site. */
export const PACKAGE_PATH = '/downloads/xyhf-widgets.zip';
/** The folder every file of the package sits in. */
export const PACKAGE_ROOT = 'xyhf-widgets';
/** Text in /embed/ replaced by the package's size once it is built (the page renders before it). */
export const PACKAGE_SIZE_PLACEHOLDER = '__XYHF_PACKAGE_SIZE__';

interface ManifestWidget {
  id: string;
  title: string;
  element: string;
  iframeUrl: string;
  iframeTitle: string;
  scriptUrl: string;
}
interface Manifest {
  version: number;
  datasetVersion: string;
  hostScript: string;
  widgets: ManifestWidget[];
  [k: string]: unknown;
}

/** `sha384-…` of a file, as an `integrity` attribute wants it. */
export const sri = (bytes: Uint8Array) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** An iframe page of dist/ with its root-relative asset URLs made relative to its folder (two levels down). */
export function relativeFramePage(html: string): string {
  return html.replace(/(\s(?:href|src)=")\/(_astro\/|widgets\/|favicon\.svg)/g, '$1../../$2');
}

/** The package's version: the manifest format and the dataset it carries. */
export const packageVersion = (m: { version: number; datasetVersion: string }) => `${m.version}.${m.datasetVersion}`;

function readme(m: Manifest, sums: Record<string, string>, site: string): string {
  const base = '/您的上传目录/xyhf-widgets';
  const snippets = m.widgets
    .map((w) => {
      const rel = { ...w, scriptUrl: `${base}/widgets/${w.id}.js`, iframeUrl: `${base}/embed/${w.id}/index.html` };
      const el = elementSnippet(rel).replace(' defer>', ` integrity="${sums[`widgets/${w.id}.js`]}" defer>`);
      return `【${w.title}】\n\n方式一：自定义元素（推荐）\n${el}\n\n方式二：iframe\n${iframeSnippet(rel, `${base}/embed/host.js`)}\n`;
    })
    .join('\n');
  return `先用后付政策通 · 计算器自托管包
版本：${packageVersion(m)}（数据版本 ${m.datasetVersion}）
来源：${site}/embed/（最新版本也在此下载）

一、这是什么
本包含本站全部可嵌入计算器的文件。适用于不允许加载外站脚本的集约化平台：把文件上传到贵单位自己的网站，计算器就完全从贵单位的网站加载，不向本站或任何第三方发出请求，不设 Cookie，用户填写的内容不离开浏览器。

二、上传
1. 解压后，把整个 xyhf-widgets 文件夹原样上传到网站的静态资源目录（目录名可以改，但内部结构不要改）。
2. 上传后用浏览器打开 xyhf-widgets/example.html，能看到计算器并算出结果即为成功。
3. 需要上传的文件类型：.js、.html、.css、.json、.svg、.txt。如平台限制文件类型，请把这些类型加入白名单；.js 文件须以 text/javascript 类型提供。

三、把计算器放到网页上
把下面代码中的“/您的上传目录”换成实际路径（以 / 开头的站内路径）。integrity 是文件的校验值（SRI），文件被改动时浏览器会拒绝执行；更新文件后须同时更新这一值（见 integrity.json）。

${snippets}
四、内容安全策略（CSP）
文件都来自贵单位自己的网站，通常不需要改动 CSP。如果网页设置了 CSP，请确认包含：
  script-src 'self'
  frame-src 'self'（仅 iframe 方式需要）
不需要 'unsafe-inline'、'unsafe-eval'，也不需要 connect-src。

五、浏览器要求
支持 Chromium 69 及以上内核的浏览器（含多数国产浏览器）以及新版 Firefox、Safari。浏览器缺少自定义元素或可构造样式表时，自定义元素会自动改用 iframe 版本显示，无需改动代码。

六、更新
政策数据更新后，本站会发布新版本。到 ${site}/embed/ 下载新包，整体替换 xyhf-widgets 文件夹，并按新的 integrity.json 更新网页中的 integrity 值。共享运行库的文件名带有版本号（runtime.<版本>.js），新旧版本不会混用。

七、文件清单与校验值
见 integrity.json（sha384）。

八、许可
计算器代码以 MIT 许可发布；内含 Preact（MIT）、decimal.js（MIT）。
`;
}

/** Example page: every widget both ways, relative URLs, no inline script or style. */
function examplePage(m: Manifest): string {
  const sections = m.widgets
    .map((w) => {
      const rel = { ...w, scriptUrl: `widgets/${w.id}.js`, iframeUrl: `embed/${w.id}/index.html` };
      return `<section>\n<h2>${escapeHtmlAttr(w.title)}</h2>\n${elementSnippet(rel)}\n${iframeSnippet(rel, 'embed/host.js')}\n</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; frame-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; object-src 'none'; base-uri 'none'">
<title>先用后付政策通计算器 · 自托管示例</title>
</head>
<body>
<h1>先用后付政策通计算器 · 自托管示例</h1>
${sections}
</body>
</html>
`;
}

/**
 * Writes `dist/downloads/xyhf-widgets.zip` and puts its size into /embed/. Returns the bytes.
 * `ids`: the widgets bundled; `sharedFiles`: the shared scripts' names under /widgets/ (runtime, iframe fallback).
 */
export async function buildSelfHostPackage(distDir: string, site: URL, ids: string[], sharedFiles: string[]): Promise<number> {
  const manifest = JSON.parse(await readFile(path.join(distDir, 'widgets.json'), 'utf8')) as Manifest;
  const files: Record<string, Uint8Array> = {};
  const add = (name: string, bytes: Uint8Array) => {
    files[name] = bytes;
  };
  const read = (p: string) => readFile(path.join(distDir, p));

  for (const f of sharedFiles) add(`widgets/${f}`, await read(`widgets/${f}`));
  add('embed/host.js', await read('embed/host.js'));
  add('favicon.svg', await read('favicon.svg'));
  const assets = new Set<string>();
  for (const id of ids) {
    add(`widgets/${id}.js`, await read(`widgets/${id}.js`));
    add(`widgets/${id}.frame.js`, await read(`widgets/${id}.frame.js`));
    const html = (await read(`embed/${id}/index.html`)).toString('utf8');
    for (const m of html.matchAll(/\s(?:href|src)="\/(_astro\/[^"]+)"/g)) assets.add(m[1]!);
    add(`embed/${id}/index.html`, strToU8(relativeFramePage(html)));
  }
  for (const a of assets) add(a, await read(a));

  // The manifest, its URLs relative to the package folder.
  const relManifest = {
    ...manifest,
    hostScript: 'embed/host.js',
    widgets: manifest.widgets.map((w) => ({ ...w, iframeUrl: `embed/${w.id}/index.html`, scriptUrl: `widgets/${w.id}.js` })),
  };
  delete (relManifest as Record<string, unknown>).$schema;
  add('widgets.json', strToU8(JSON.stringify(relManifest, null, 2)));
  add('example.html', strToU8(examplePage(manifest)));

  const sums: Record<string, string> = {};
  for (const name of Object.keys(files).sort()) sums[name] = sri(files[name]!);
  add('integrity.json', strToU8(JSON.stringify({ version: packageVersion(manifest), algorithm: 'sha384', files: sums }, null, 2)));
  // UTF-8 with a byte-order mark, so Windows Notepad shows the Chinese right.
  add('README.txt', strToU8(`\ufeff${readme(manifest, sums, site.origin).replace(/\n/g, '\r\n')}`));

  const tree: Record<string, Uint8Array> = {};
  for (const name of Object.keys(files).sort()) tree[`${PACKAGE_ROOT}/${name}`] = files[name]!;
  // A fixed date: the same build gives the same archive.
  const zip = zipSync(tree, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
  await mkdir(path.join(distDir, path.dirname(PACKAGE_PATH)), { recursive: true });
  await writeFile(path.join(distDir, PACKAGE_PATH), zip);

  // /embed/ states the size (it was rendered before the package existed).
  const embedIndex = path.join(distDir, 'embed', 'index.html');
  const page = await readFile(embedIndex, 'utf8');
  if (page.includes(PACKAGE_SIZE_PLACEHOLDER)) {
    await writeFile(embedIndex, page.replaceAll(PACKAGE_SIZE_PLACEHOLDER, `${Math.round(zip.length / 1024)} KB`));
  }
  return zip.length;
}
