// Media in the detail (issue 13, part 3): images, the browser's own players for files, link cards,
// and providers' players that load nothing from the provider until the reader presses play.
import { expect } from '@open-wc/testing';
import type { EventTimeline } from '../../src/index.js';
import type { MediaEntry, TimelineFile } from '../../src/model/types.js';
import {
  cleanup,
  openDetail,
  marks,
  mount,
  nameOf,
  openPage,
  plain,
  resize,
  until,
  violations,
  widgetIn,
} from '../helpers/index.js';

const POSTER = new URL('/test/fixtures/media/poster.svg', location.href).href;

/** One event per kind of media, named by its key; the players are in their own group, for the legend. */
const MEDIA: Record<string, MediaEntry> = {
  youtube: {
    url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42',
    caption: 'The <em>whole</em> interview',
    credit: 'CNN',
  },
  vimeo: { url: 'https://vimeo.com/76979871', thumbnail: POSTER, alt: 'Sessions at the lectern' },
  dailymotion: { url: 'https://www.dailymotion.com/video/x7tgad0' },
  soundcloud: { url: 'https://soundcloud.com/artist/a-track' },
  spotify: { url: 'https://open.spotify.com/episode/4uLU6hMCjMI75M1A2tKUQC' },
  maps: { url: 'https://maps.google.com/?q=Russell+Senate+Office+Building' },
  documentcloud: { url: 'https://www.documentcloud.org/documents/3497264-Sessions-Questionnaire.html' },
  video: { url: 'https://media.example.org/clips/speech.mp4', caption: 'The speech, in full', thumbnail: POSTER },
  audio: { url: 'https://media.example.org/audio/interview.mp3', alt: 'The interview, as heard on radio' },
  image: { url: POSTER, alt: 'A hill at dusk', link: 'https://example.org/photos/hill', credit: 'AP' },
  wikipedia: { url: 'https://en.wikipedia.org/wiki/Jeff_Sessions', caption: 'Jeff Sessions on Wikipedia' },
  page: { url: 'https://www.washingtonpost.com/world/story.html' },
};
const PLAYERS = ['youtube', 'vimeo', 'dailymotion', 'soundcloud', 'spotify', 'maps', 'documentcloud'];

const TITLE = (key: string) => `Event with ${key}`;

function file(): TimelineFile {
  return {
    version: 1,
    groups: [
      { id: 'players', label: 'Players' },
      { id: 'others', label: 'Others' },
    ],
    events: Object.entries(MEDIA).map(([key, media], i) => ({
      id: key,
      start: `2016-${String(i + 1).padStart(2, '0')}-15`,
      title: TITLE(key),
      group: PLAYERS.includes(key) ? 'players' : 'others',
      sources: [{ name: 'Test' }],
      media,
    })),
  } as TimelineFile;
}

/** Every host a provider's player, thumbnails or scripts come from. */
const PROVIDER_HOST =
  /(^|\.)(youtube-nocookie\.com|youtube\.com|youtu\.be|ytimg\.com|googlevideo\.com|ggpht\.com|vimeo\.com|vimeocdn\.com|dailymotion\.com|dai\.ly|dmcdn\.net|soundcloud\.com|sndcdn\.com|spotify\.com|scdn\.co|spotifycdn\.com|google\.com|googleapis\.com|gstatic\.com|documentcloud\.org|example\.org)$/;

/** Every address this page has requested, as resource timing saw it (an observer as well as the buffer). */
const requested = new Set<string>();
const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => requested.add(e.name)));

function providerRequests(): string[] {
  performance.getEntriesByType('resource').forEach((e) => requested.add(e.name));
  return [...requested].filter((name) => PROVIDER_HOST.test(new URL(name).hostname));
}

async function open(el: EventTimeline, id: string): Promise<HTMLElement> {
  const mark = marks(el).find((m) => m.dataset.eventId === id);
  if (!mark) throw new Error(`no mark for ${id}`);
  if (el.shadowRoot!.querySelector('.detail h3')?.textContent === TITLE(id))
    return until(() => el.shadowRoot!.querySelector<HTMLElement>('.detail'), `the detail of ${id}`);
  return openDetail(el, mark);
}

const play = (detail: HTMLElement) => detail.querySelector<HTMLButtonElement>('figure.media button')!;
const frame = (detail: HTMLElement) => detail.querySelector('figure.media iframe');

describe('media in the detail', () => {
  before(() => {
    performance.setResourceTimingBufferSize(10_000);
    observer.observe({ type: 'resource', buffered: true });
  });
  after(() => observer.disconnect());
  // Each test counts its own requests.
  beforeEach(() => {
    performance.clearResourceTimings();
    requested.clear();
  });
  afterEach(cleanup);

  it('requests nothing from any provider until play is pressed, then exactly the embed address', async () => {
    const { el } = await mount({ events: file(), orientation: 'vertical', width: 700 });
    for (const key of Object.keys(MEDIA)) {
      const detail = await open(el, key);
      expect(detail.querySelector('figure.media'), key).to.not.equal(null);
      expect(frame(detail), `${key}: no frame before play`).to.equal(null);
    }
    // Give lazy images and anything preloaded time to go out.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(providerRequests()).to.deep.equal([]);

    const detail = await open(el, 'youtube');
    play(detail).click();
    const iframe = await until(() => frame(detail), 'the player after play');
    const embed = 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=42';
    expect(iframe.getAttribute('src')).to.equal(embed);
    expect(iframe.getAttribute('title')).to.equal('YouTube: Event with youtube');
    expect(iframe.getAttribute('referrerpolicy')).to.equal('strict-origin-when-cross-origin');
    expect(iframe.getAttribute('loading')).to.equal('lazy');
    expect(iframe.getAttribute('allow')).to.equal('autoplay; encrypted-media; fullscreen; picture-in-picture');
    expect(iframe.getAttribute('sandbox')).to.equal(
      'allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox',
    );
    expect(iframe.hasAttribute('allowfullscreen')).to.equal(true);
    expect(el.shadowRoot!.activeElement, 'focus on the player').to.equal(iframe);
    // There is no network here, so the frame does not load; if its request shows up, it is the embed address alone.
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const name of providerRequests()) expect(name).to.equal(embed);
  });

  it('names each play button by what it plays, where from, and the title', async () => {
    const { el } = await mount({ events: file(), orientation: 'vertical', width: 700 });
    const names: Record<string, string> = {};
    for (const key of PLAYERS) names[key] = nameOf(play(await open(el, key)));
    expect(names).to.deep.equal({
      youtube: 'Play video from YouTube: Event with youtube',
      vimeo: 'Play video from Vimeo: Event with vimeo',
      dailymotion: 'Play video from Dailymotion: Event with dailymotion',
      soundcloud: 'Play audio from SoundCloud: Event with soundcloud',
      spotify: 'Play audio from Spotify: Event with spotify',
      maps: 'Show map from Google Maps: Event with maps',
      documentcloud: 'Show document from DocumentCloud: Event with documentcloud',
    });
    const button = play(await open(el, 'youtube'));
    expect(button.localName).to.equal('button');
    expect(button.type).to.equal('button');
    // The provider's name on the poster is part of the button's name (WCAG 2.5.3, label in name).
    expect(plain(button.querySelector('.provider')?.textContent)).to.equal('YouTube');
  });

  it('translates the play button under locale="de"', async () => {
    const { el } = await mount({ events: file(), orientation: 'vertical', width: 700, locale: 'de' });
    expect(nameOf(play(await open(el, 'youtube')))).to.equal('Video von YouTube abspielen: Event with youtube');
    expect(nameOf(play(await open(el, 'soundcloud')))).to.equal(
      'Audio von SoundCloud abspielen: Event with soundcloud',
    );
    expect(nameOf(play(await open(el, 'maps')))).to.equal('Karte von Google Maps anzeigen: Event with maps');
  });

  it("shows the file's own thumbnail in the button, and none from the provider", async () => {
    const { el } = await mount({ events: file(), orientation: 'vertical', width: 700 });
    const withThumbnail = play(await open(el, 'vimeo'));
    const img = withThumbnail.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal(POSTER);
    expect(img.getAttribute('alt'), 'the button is named by its text').to.equal('');
    const placeholder = play(await open(el, 'youtube'));
    expect(placeholder.querySelector('img'), 'no provider thumbnail').to.equal(null);
    expect(placeholder.getBoundingClientRect().height).to.be.closeTo(
      (placeholder.getBoundingClientRect().width * 9) / 16,
      1,
    );
  });

  it("plays video and audio files with the browser's own controls, loading nothing first", async () => {
    const { el } = await mount({ events: file(), orientation: 'vertical', width: 700 });
    const video = (await open(el, 'video')).querySelector('video')!;
    expect(video.getAttribute('src')).to.equal(MEDIA.video.url);
    expect(video.getAttribute('preload')).to.equal('none');
    expect(video.controls).to.equal(true);
    expect(video.hasAttribute('playsinline')).to.equal(true);
    expect(video.getAttribute('poster')).to.equal(POSTER);
    // Chromium names a media element "Unable to play media." until it has looked at its source.
    await until(() => nameOf(video) === 'The speech, in full', 'the video named by its caption');
    const audio = (await open(el, 'audio')).querySelector('audio')!;
    expect(audio.getAttribute('src')).to.equal(MEDIA.audio.url);
    expect(audio.getAttribute('preload')).to.equal('none');
    expect(audio.controls).to.equal(true);
    await until(() => nameOf(audio) === 'The interview, as heard on radio', 'the audio named by its alt text');
    expect(providerRequests()).to.deep.equal([]);
  });

  it('shows an image lazily, linked where the file says, with its alt text', async () => {
    const { el } = await mount({ events: file(), orientation: 'vertical', width: 700 });
    const figure = (await open(el, 'image')).querySelector('figure.media')!;
    const img = figure.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal(POSTER);
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('decoding')).to.equal('async');
    const link = img.closest('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/photos/hill');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(nameOf(link)).to.equal('A hill at dusk');
    expect(plain(figure.querySelector('figcaption')?.textContent)).to.equal('AP');
  });

  it('links other pages by their site, never by the word "Media"', async () => {
    const { el } = await mount({ events: file(), orientation: 'vertical', width: 700 });
    const wikipedia = (await open(el, 'wikipedia')).querySelector<HTMLAnchorElement>('figure.media a')!;
    expect(wikipedia.getAttribute('href')).to.equal(MEDIA.wikipedia.url);
    expect(wikipedia.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(wikipedia.getAttribute('target')).to.equal('_blank');
    expect(nameOf(wikipedia)).to.equal('Wikipedia: Jeff Sessions on Wikipedia');
    const page = (await open(el, 'page')).querySelector<HTMLAnchorElement>('figure.media a')!;
    expect(nameOf(page)).to.equal('washingtonpost.com: Event with page');
    for (const key of Object.keys(MEDIA))
      expect(plain((await open(el, key)).querySelector('figure.media')!.textContent), key).to.not.match(/\bMedia\b/);
  });

  it('keeps a player playing through re-renders: a resize, a legend group, closing and opening again', async () => {
    const { el } = await mount({ events: file(), orientation: 'vertical', width: 700 });
    let detail = await open(el, 'youtube');
    play(detail).click();
    const iframe = await until(() => frame(detail), 'the player after play');
    await resize(el, 600);
    expect(frame(await open(el, 'youtube')), 'the same frame after a resize').to.equal(iframe);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.legend-item:nth-child(2)')!.click(); // hides "Others"
    await el.updateComplete;
    expect(frame(await open(el, 'youtube')), 'the same frame after the legend').to.equal(iframe);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.detail .close')!.click();
    await el.updateComplete;
    detail = await open(el, 'youtube');
    expect(frame(detail)?.getAttribute('src'), 'played once, a player from then on').to.equal(
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=42',
    );
    // Another player has not been pressed.
    expect(frame(await open(el, 'vimeo'))).to.equal(null);
  });

  it('has no accessibility violation with a player waiting, and after play', async () => {
    const { el } = await mount({ events: file(), width: 1000 });
    const detail = await open(el, 'vimeo');
    expect(await violations(el)).to.deep.equal([]);
    play(detail).click();
    await until(() => frame(detail), 'the player after play');
    expect(await violations(el)).to.deep.equal([]);
    for (const key of ['youtube', 'video', 'audio', 'image', 'wikipedia']) {
      await open(el, key);
      expect(await violations(el), key).to.deep.equal([]);
    }
  });

  it('shows the link, not a broken frame, under a page policy that forbids frames', async () => {
    const page = await openPage('/test/fixtures/media/csp.html', { width: 800 });
    const el = widgetIn(page)!;
    const detail = await open(el, 'youtube');
    play(detail).click();
    const link = await until(
      () => detail.querySelector<HTMLAnchorElement>('figure.media a[href]'),
      'the link in place of the frame',
    );
    expect(frame(detail)).to.equal(null);
    expect(link.getAttribute('href')).to.equal('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(nameOf(link)).to.equal('YouTube: Event with youtube');
    expect(el.shadowRoot!.activeElement, 'focus moves to the link').to.equal(link);
    // A player pressed in this page stays a link through a re-render.
    await resize(el, 600);
    expect(frame(await open(el, 'youtube'))).to.equal(null);
    expect(detail.querySelector('figure.media a[href]')).to.not.equal(null);
  });
});
