import { describe, expect, test } from 'vitest';
import { DEFAULT_SITE_ORIGIN, SITE_ORIGIN_ENV, siteOrigin } from '../../../src/integrations/site-origin';

describe('siteOrigin (the XYHF_ORIGIN build setting)', () => {
  test('absent or blank: the documented placeholder', () => {
    expect(SITE_ORIGIN_ENV).toBe('XYHF_ORIGIN');
    expect(siteOrigin({})).toBe(DEFAULT_SITE_ORIGIN);
    expect(siteOrigin({ XYHF_ORIGIN: '  ' })).toBe('https://xyhf.example.cn');
  });

  test.each([
    ['https://kjt.example.gov.cn', 'https://kjt.example.gov.cn'],
    ['https://KJT.Example.gov.cn/', 'https://kjt.example.gov.cn'], // lower case, trailing slash dropped
    [' http://127.0.0.1:8080 ', 'http://127.0.0.1:8080'],
    ['https://例子.中国', 'https://xn--fsqu00a.xn--fiqs8s'], // IDN as punycode, as browsers send it
  ])('%s → %s', (value, origin) => expect(siteOrigin({ XYHF_ORIGIN: value })).toBe(origin));

  test.each([
    ['kjt.example.gov.cn', /not a URL/],
    ['ftp://kjt.example.gov.cn', /only http/],
    ['https://kjt.example.gov.cn/xyhf/', /origin only/],
    ['https://kjt.example.gov.cn/?a=1', /origin only/],
    ['https://user:pw@kjt.example.gov.cn', /origin only/],
  ])('refuses %s', (value, msg) => expect(() => siteOrigin({ XYHF_ORIGIN: value })).toThrow(msg));
});
