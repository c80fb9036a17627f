// Progressive enhancement: markup a page puts inside <event-timeline> is what readers get without
// the script, and it gives way to the timeline once the component upgrades.
import { expect } from '@open-wc/testing';
import { openPage, widgetIn } from '../helpers/index.js';

describe('progressive enhancement', () => {
  it('shows the page list where no script runs', async () => {
    const iframe = await openPage('/test/fixtures/fallback-noscript.html', { wait: false });
    const list = iframe.contentDocument!.querySelector('.fallback')!;
    expect(list.getClientRects().length).to.be.greaterThan(0);
    expect(list.textContent).to.contain('Sessions meets Kislyak in his Senate office');
    iframe.remove();
  });

  it('replaces it with the timeline once the component upgrades', async () => {
    const iframe = await openPage('/test/fixtures/fallback.html');
    const el = widgetIn(iframe)!;
    expect(el.shadowRoot!.querySelectorAll('[data-event-id]').length).to.equal(8);
    expect(iframe.contentDocument!.querySelector('.fallback')!.getClientRects().length).to.equal(0);
    iframe.remove();
  });
});
