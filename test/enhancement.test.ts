// Progressive enhancement: markup a page puts inside <event-timeline> is what readers get without
// the script, and it gives way to the timeline once the component upgrades.
import { expect } from '@open-wc/testing';

async function open(src: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 1040px; height: 800px; border: 0';
  iframe.src = src;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  return iframe;
}

describe('progressive enhancement', () => {
  it('shows the page list where no script runs', async () => {
    const iframe = await open('/test/fixtures/fallback-noscript.html');
    const list = iframe.contentDocument!.querySelector('.fallback')!;
    expect(list.getClientRects().length).to.be.greaterThan(0);
    expect(list.textContent).to.contain('Sessions meets Kislyak in his Senate office');
    iframe.remove();
  });

  it('replaces it with the timeline once the component upgrades', async () => {
    const iframe = await open('/test/fixtures/fallback.html');
    const el = iframe.contentDocument!.querySelector('event-timeline')!;
    for (let waited = 0; waited < 5000 && !el.shadowRoot?.querySelector('[data-event-id]'); waited += 50) await new Promise((r) => setTimeout(r, 50));
    expect(el.shadowRoot!.querySelectorAll('[data-event-id]').length).to.equal(8);
    expect(iframe.contentDocument!.querySelector('.fallback')!.getClientRects().length).to.equal(0);
    iframe.remove();
  });
});
