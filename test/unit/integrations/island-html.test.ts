import { describe, expect, it } from 'vitest';
import { fixIslandHtml } from '../../../src/integrations/island-html';

const page = (body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>x</title></head><body>${body}</body></html>`;
const STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

describe('fixIslandHtml', () => {
  it('moves the island style from the body to the end of <head>, unchanged', () => {
    const out = fixIslandHtml(page(`<div>${STYLE}<astro-island uid="1"><p>x</p></astro-island></div>`));
    expect(out).toBe(page('<div><astro-island uid="1"><p>x</p></astro-island></div>').replace('</head>', `${STYLE}</head>`));
  });

  it('drops the slash of self-closed void elements, keeping attributes', () => {
    const out = fixIslandHtml(page('<astro-island><input type="checkbox" id="a" value="1"/><br/><img alt="a/b" src="/x.png" /></astro-island>'));
    expect(out).toContain('<input type="checkbox" id="a" value="1"><br><img alt="a/b" src="/x.png">');
  });

  it('leaves pages without islands alone', () => {
    const html = page('<p>no island<br/></p>');
    expect(fixIslandHtml(html)).toBe(html);
  });
});
