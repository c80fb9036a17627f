// Done when: a CSV from a spreadsheet and an existing TimelineJS file both render, by changing one attribute.
import { expect } from '@open-wc/testing';
import { cleanup, marks, mount, nameOf, openDetail, plain, until, violations } from '../helpers/index.js';

describe('<event-timeline> with other inputs', () => {
  afterEach(cleanup);

  for (const [src, count, second] of [
    ['/test/fixtures/story.csv', 4, 'September 8, 2016 Sessions meets Kislyak in his Senate office'],
    // The file's own display_date ("September 8") is what the reader sees and hears.
    ['/test/fixtures/timelinejs.json', 3, 'September 8 Sessions meets Kislyak in his Senate office'],
    ['/test/fixtures/timelinejs-sheet.csv', 3, 'September 8, 2016 Sessions meets Kislyak in his Senate office'],
  ] as const) {
    it(`renders ${src}, its media and sanitised caption, with no accessibility violation`, async () => {
      const { el, outcome } = await mount({ src, width: 1000 });
      expect(outcome.type, JSON.stringify(outcome.detail)).to.equal('timeline-ready');
      expect(outcome.detail.count).to.equal(count);
      expect(nameOf(marks(el)[1])).to.equal(second);
      const detail = await openDetail(el, marks(el)[1]);
      const figure = detail.querySelector('figure.media')!;
      expect(figure.querySelector('img')!.getAttribute('src')).to.equal('https://upload.wikimedia.org/sessions.jpg');
      expect(plain(figure.querySelector('figcaption')!.textContent)).to.match(
        /^Sessions(, then a senator| in 2017) Wikimedia/,
      );
      expect(await violations(el)).to.deep.equal([]);
    });
  }

  it('shows the markup a description may hold, and the link opens safely', async () => {
    const { el } = await mount({ src: '/test/fixtures/timelinejs.json' });
    marks(el)[1].click();
    // The description's markup shows once the sanitiser part has loaded (on the first description that needs it).
    const link = await until(
      () => el.shadowRoot!.querySelector<HTMLAnchorElement>('#detail .text a'),
      'the sanitised description',
    );
    expect(link.href).to.equal('https://www.justice.gov/storage/report.pdf');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(link.target).to.equal('_blank');
    expect(el.shadowRoot!.querySelector('#detail figcaption em')!.textContent).to.equal('then a senator');
  });
});
