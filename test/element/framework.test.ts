// The widget inside a framework app (Preact, with htm for templates without a build step): data
// passed as a property, re-rendered from the app's state, the selection heard through the DOM
// event, and the widget unmounted when the app no longer shows it.
import { expect } from '@open-wc/testing';
import htm from 'htm';
import { h, render } from 'preact';
import { useState } from 'preact/hooks';
import type { EventTimeline, TimelineFile } from '../../src/index.js';
import { loadStory, marks, nameOf, sleep, until } from '../helpers/index.js';

const html = htm.bind(h);

interface AppState {
  setStory(story: TimelineFile): void;
  setShown(shown: boolean): void;
}

/** A reader's page in the app: a heading, the timeline of the story in its state, what the reader picked. */
function App({ initial, state, readies }: { initial: TimelineFile; state: Partial<AppState>; readies: number[] }) {
  const [story, setStory] = useState(initial);
  const [shown, setShown] = useState(true);
  const [picked, setPicked] = useState<string | null>(null);
  Object.assign(state, { setStory, setShown });
  return html`
    <article>
      <h1>Die Affäre</h1>
      ${
        shown
          ? html`<event-timeline
            id="story"
            style="display: block; width: 1000px"
            events=${story}
            locale="de"
            ontimeline-ready=${(event: CustomEvent<{ count: number }>) => readies.push(event.detail.count)}
            ontimeline-select=${(event: CustomEvent<{ id: string | null }>) => setPicked(event.detail.id)}
          ></event-timeline>`
          : html`<p class="closed">Die Zeitleiste ist geschlossen.</p>`
      }
      <p class="picked">${picked ?? 'nichts gewählt'}</p>
    </article>
  `;
}

describe('in a Preact app', () => {
  let container: HTMLElement;
  const errors: string[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
    errors.push(String('message' in event ? event.message : event.reason));

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    errors.length = 0;
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
  });

  afterEach(() => {
    render(null, container);
    container.remove();
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onError);
  });

  it('takes events as a property, follows the state, reports selections and unmounts cleanly', async () => {
    const story = await loadStory();
    const state: Partial<AppState> = {};
    const readies: number[] = [];
    render(html`<${App} initial=${story} state=${state} readies=${readies} />`, container);
    const el = container.querySelector('event-timeline') as EventTimeline;
    await until(() => readies.length === 1, 'the timeline');

    // The object went in as a property, not as a string attribute; the language as the app gave it.
    expect([el.events === story, el.hasAttribute('events'), el.locale]).to.deep.equal([true, false, 'de']);
    expect(readies).to.deep.equal([8]);
    const names = () => marks(el).map(nameOf);
    expect(names()).to.include('8. September 2016 Sessions meets Kislyak in his Senate office');

    // The reader picks an event: the app hears timeline-select through its on… prop.
    const picked = () => container.querySelector('.picked')!.textContent;
    marks(el)
      .find((mark) => mark.dataset.eventId === 'flynn-resigns')!
      .click();
    await until(() => picked() === 'flynn-resigns', 'the app to show the pick');
    expect(el.shadowRoot!.querySelector('#detail-title')?.textContent).to.equal(
      'Michael Flynn resigns as National Security Adviser',
    );
    // Closing the detail is a selection of nothing.
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="close-button"]')!.click();
    await until(() => picked() === 'nichts gewählt', 'the app to hear the detail close');

    // New data from the app's state: the same element shows it.
    const update: TimelineFile = {
      ...story,
      events: story.events
        .slice(0, 3)
        .map((event, i) => (i === 1 ? { ...event, title: 'Sessions trifft Kisljak in seinem Büro' } : event)),
    };
    state.setStory!(update);
    await until(() => readies.length === 2, 'the new data');
    expect(readies).to.deep.equal([8, 3]);
    expect(container.querySelector('event-timeline') === el).to.equal(true);
    expect(el.events === update).to.equal(true);
    expect(names()).to.include('8. September 2016 Sessions trifft Kisljak in seinem Büro');
    expect(names()).to.have.length(3);

    // The app stops showing the timeline: it leaves the page, and nothing fails.
    state.setShown!(false);
    await until(() => container.querySelector('.closed') !== null, 'the app without the timeline');
    expect([
      container.querySelector('event-timeline') === null,
      el.isConnected,
      document.querySelectorAll('event-timeline').length,
    ]).to.deep.equal([true, false, 0]);
    await sleep(300);
    expect(errors).to.deep.equal([]);
  });
});
