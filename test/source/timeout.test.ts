// fetchText's time limit: a value setTimeout cannot keep (not a number, not positive, infinite, or
// past its 2^31 - 1 ms) used to fire at once, failing every load with "no answer within NaN seconds".
import { expect, oneEvent } from '@open-wc/testing';
import { fetchText } from '../../src/source/fetch-text.js';
import { cleanup, marks } from '../helpers/index.js';

describe('fetchText timeout', () => {
  afterEach(cleanup);

  for (const timeout of [NaN, -1, 0, Infinity, -Infinity, 3_000_000_000]) {
    it(`waits for the file with a timeout of ${timeout} (the default, or the longest setTimeout keeps)`, async () => {
      const result = await fetchText('/test/faults/slow?ms=300', { timeout });
      expect(result.problem).to.equal(undefined);
      expect(JSON.parse(result.text!)).to.have.property('version', 1);
    });
  }

  it('loads the story in a widget whose timeout attribute is not a number or too large', async () => {
    for (const timeout of ['NaN', '3000000000', '-5']) {
      const el = document.createElement('event-timeline');
      el.setAttribute('timeout', timeout);
      el.src = '/test/faults/slow?ms=300';
      el.style.width = '900px';
      const outcome = Promise.race([oneEvent(el, 'timeline-ready'), oneEvent(el, 'timeline-error')]);
      document.body.append(el);
      expect((await outcome).type, `timeout="${timeout}"`).to.equal('timeline-ready');
      expect(marks(el)).to.have.length(8);
      el.remove();
    }
  });

  it('still gives up after a short timeout, naming it', async () => {
    const { problem } = await fetchText('/test/faults/slow?ms=2000', { timeout: 200 });
    expect(problem!.message).to.equal('could not load /test/faults/slow?ms=2000: no answer within 0.2 seconds');
  });
});
