import { expect, test } from 'vitest';
import { elementSnippet, escapeHtmlAttr, iframeSnippet, iframeUrl } from '../../../../src/lib/widgets/snippets';

const w = {
  id: 'demo', element: 'xyhf-demo', iframeUrl: 'https://xyhf.example.cn/embed/demo/',
  iframeTitle: '演示"计算器"', scriptUrl: 'https://xyhf.example.cn/widgets/demo.js',
};

test('iframe snippet: src with encoded parameters, a title, lazy loading, the widget marker, host.js', () => {
  const s = iframeSnippet(w, 'https://xyhf.example.cn/embed/host.js', { amount: '50万', 'primary-color': '#a4262c', compact: true, percent: '' });
  expect(s).toBe(
    '<iframe src="https://xyhf.example.cn/embed/demo/?amount=50%E4%B8%87&amp;primary-color=%23a4262c&amp;compact=1" title="演示&quot;计算器&quot;" loading="lazy" data-xyhf-widget="demo" height="600"></iframe>\n' +
      '<script src="https://xyhf.example.cn/embed/host.js" defer></script>',
  );
  expect(s).not.toMatch(/style=/);
  // Eager only when asked (a test page that must load every frame without scrolling).
  expect(iframeSnippet(w, 'https://xyhf.example.cn/embed/host.js', {}, { lazy: false })).toBe(
    '<iframe src="https://xyhf.example.cn/embed/demo/" title="演示&quot;计算器&quot;" data-xyhf-widget="demo" height="600"></iframe>\n' +
      '<script src="https://xyhf.example.cn/embed/host.js" defer></script>',
  );
});

test('element snippet: script then element, attributes escaped, flags bare', () => {
  expect(elementSnippet(w, { amount: '1"000', compact: true, x: null })).toBe(
    '<script src="https://xyhf.example.cn/widgets/demo.js" defer></script>\n<xyhf-demo amount="1&quot;000" compact></xyhf-demo>',
  );
});

test('iframeUrl without parameters is the plain URL; escapeHtmlAttr covers &, ", <, >', () => {
  expect(iframeUrl(w)).toBe(w.iframeUrl);
  expect(escapeHtmlAttr('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
});
