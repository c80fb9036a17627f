// Height messages in pym.js's and Datawrapper's formats, as their parent scripts read them.
import { expect } from '@open-wc/testing';
import { datawrapperMessage, parsePymMessage, pymMessage, readHeight } from '../../src/embed/messages.js';

/** pym.js 1.x Parent: `new RegExp('^' + ['pym', id, '(\\S+)', '(.*)'].join('xPYMx') + '$')`. */
const pymParentRegex = (id: string) => new RegExp(`^${['pym', id, '(\\S+)', '(.*)'].join('xPYMx')}$`);

/** Datawrapper's embed script, as pasted into articles: `a.data["datawrapper-height"][key] + "px"`. */
function datawrapperParent(data: unknown): string[] {
  const heights = (data as Record<string, Record<string, number> | undefined>)['datawrapper-height'];
  return heights === undefined ? [] : Object.keys(heights).map((key) => `${heights[key]}px`);
}

describe('embed messages', () => {
  it("writes pym's height message so that pym's parent reads it", () => {
    const message = pymMessage('pym-container-1', 'height', 742);
    expect(message).to.equal('pymxPYMxpym-container-1xPYMxheightxPYMx742');
    const match = message.match(pymParentRegex('pym-container-1'))!;
    expect([match[1], parseInt(match[2], 10)]).to.deep.equal(['height', 742]);
    expect(message.match(pymParentRegex('another-container'))).to.equal(null);
  });

  it("writes Datawrapper's message so that Datawrapper's script reads it", () => {
    const message = datawrapperMessage('timeline', 742);
    expect(message).to.deep.equal({ 'datawrapper-height': { timeline: 742 } });
    expect(datawrapperParent(message)).to.deep.equal(['742px']);
    // It survives the structured clone of postMessage as it is.
    expect(structuredClone(message)).to.deep.equal(message);
  });

  it("parses pym messages, including the parent's width requests", () => {
    expect(parsePymMessage('pymxPYMxc1xPYMxwidthxPYMx640')).to.deep.equal({ id: 'c1', type: 'width', value: '640' });
    expect(parsePymMessage(pymMessage('c1', 'height', 10))).to.deep.equal({ id: 'c1', type: 'height', value: '10' });
    for (const other of ['pym', 'pymxPYMxc1xPYMxheight', 'xPYMxc1xPYMxheightxPYMx10', 'hello', 42, null, { pym: 1 }])
      expect(parsePymMessage(other)).to.equal(undefined);
  });

  it('reads a height from either format, and nothing from other messages', () => {
    expect(readHeight(pymMessage('any', 'height', 742))).to.equal(742);
    expect(readHeight('pymxPYMxanyxPYMxheightxPYMx742px')).to.equal(742);
    expect(readHeight(datawrapperMessage('x', 512))).to.equal(512);
    expect(readHeight({ 'datawrapper-height': { x: '512' } })).to.equal(512);
    expect(readHeight({ 'datawrapper-height': { x: 511.2 } })).to.equal(512);
    for (const other of [
      pymMessage('any', 'width', 640),
      pymMessage('any', 'height', -5),
      pymMessage('any', 'height', 'tall'),
      'pymxPYMxanyxPYMxheightxPYMx1e9',
      { 'datawrapper-height': {} },
      { 'datawrapper-height': { x: Infinity } },
      { 'datawrapper-height': 7 },
      { 'datawrapper-height': { x: '<b>1</b>' } },
      { sender: 'Flourish', method: 'resize', height: 500 },
      'hello',
      undefined,
      null,
    ]) {
      expect(readHeight(other), JSON.stringify(other)).to.equal(undefined);
    }
  });
});
