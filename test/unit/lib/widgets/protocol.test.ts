import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  MAX_FRAME_HEIGHT_PX,
  MESSAGE_SOURCE,
  PROTOCOL_VERSION,
  readWidgetMessage,
  resizeMessage,
  resultMessage,
  sameOutputs,
} from '../../../../src/lib/widgets/protocol';

describe('message protocol v1', () => {
  test('what the frame sends, the host reads back unchanged', () => {
    const r = resizeMessage('payment-planner', 641.2);
    expect(r).toEqual({ source: MESSAGE_SOURCE, version: PROTOCOL_VERSION, type: 'resize', widget: 'payment-planner', height: 642 });
    expect(readWidgetMessage(r)).toEqual(r);
    const res = resultMessage('demo', { share: '1.00元' });
    expect(readWidgetMessage(res)).toEqual(res);
    // Structured clone (postMessage) keeps it valid.
    expect(readWidgetMessage(structuredClone(res))).toEqual(res);
  });

  test.each([
    ['not an object', 'hello'],
    ['null', null],
    ['other source', { source: 'iframe-resizer', version: 1, type: 'resize', widget: 'demo', height: 10 }],
    ['other version', { source: MESSAGE_SOURCE, version: 2, type: 'resize', widget: 'demo', height: 10 }],
    ['version as string', { source: MESSAGE_SOURCE, version: '1', type: 'resize', widget: 'demo', height: 10 }],
    ['unknown type', { source: MESSAGE_SOURCE, version: 1, type: 'navigate', widget: 'demo', height: 10 }],
    ['bad widget id', { source: MESSAGE_SOURCE, version: 1, type: 'resize', widget: '<script>', height: 10 }],
    ['negative height', { source: MESSAGE_SOURCE, version: 1, type: 'resize', widget: 'demo', height: -1 }],
    ['fractional height', { source: MESSAGE_SOURCE, version: 1, type: 'resize', widget: 'demo', height: 10.5 }],
    ['huge height', { source: MESSAGE_SOURCE, version: 1, type: 'resize', widget: 'demo', height: MAX_FRAME_HEIGHT_PX + 1 }],
    ['height as string', { source: MESSAGE_SOURCE, version: 1, type: 'resize', widget: 'demo', height: '100' }],
    ['outputs not an object', { source: MESSAGE_SOURCE, version: 1, type: 'result', widget: 'demo', outputs: 'x' }],
    ['outputs array', { source: MESSAGE_SOURCE, version: 1, type: 'result', widget: 'demo', outputs: ['x'] }],
    ['non-string output', { source: MESSAGE_SOURCE, version: 1, type: 'result', widget: 'demo', outputs: { a: 1 } }],
  ])('rejects %s', (_why, data) => expect(readWidgetMessage(data)).toBeNull());

  // A 100-row payment schedule at 320 px is ~31,000 px; a 1,200-period one at ~300 px a row,
  // ~360,000 px. The only bound is what a browser can lay out.
  test.each([31_000, 400_000, 33_554_431])('accepts a content height of %i px', (height) => {
    expect(readWidgetMessage({ source: MESSAGE_SOURCE, version: 1, type: 'resize', widget: 'demo', height })).toEqual(resizeMessage('demo', height));
  });

  test('extra fields are dropped, not passed on', () => {
    const m = readWidgetMessage({ ...resizeMessage('demo', 100), evil: 'x' });
    expect(m).toEqual(resizeMessage('demo', 100));
  });

  test('property: never throws, and anything accepted is a well-formed message', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        const m = readWidgetMessage(data);
        return m === null || (m.source === MESSAGE_SOURCE && m.version === 1 && (m.type === 'resize' || m.type === 'result'));
      }),
    );
  });

  test('sameOutputs compares names and values', () => {
    expect(sameOutputs({ a: '1', b: '2' }, { b: '2', a: '1' })).toBe(true);
    expect(sameOutputs({ a: '1' }, { a: '2' })).toBe(false);
    expect(sameOutputs({ a: '1' }, { a: '1', b: '2' })).toBe(false);
    expect(sameOutputs({ a: '1', c: '3' }, { a: '1', b: '3' })).toBe(false);
  });
});
