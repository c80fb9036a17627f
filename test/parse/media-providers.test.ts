// What each kind of media address becomes, by its address alone (issue 13): a table of the
// addresses TimelineJS files use.
import { expect } from '@open-wc/testing';
import { recognizeMedia, type MediaInfo } from '../../src/parse/media-providers.js';

const cases: Array<[string, Partial<MediaInfo>]> = [
  // Images by extension, and image hosts.
  ['https://example.org/static/img/family.JPG', { kind: 'image', src: 'https://example.org/static/img/family.JPG' }],
  [
    'https://upload.wikimedia.org/wikipedia/commons/a/a9/Example.jpg',
    { kind: 'image', provider: 'upload.wikimedia.org' },
  ],
  [
    'https://commons.wikimedia.org/wiki/File:Jeff_Sessions_official_portrait.jpg',
    {
      kind: 'image',
      provider: 'Wikimedia Commons',
      src: 'https://commons.wikimedia.org/wiki/Special:FilePath/Jeff_Sessions_official_portrait.jpg',
    },
  ],
  ['https://farm8.staticflickr.com/7384/12345_abcdef_b.jpg', { kind: 'image' }],
  ['https://www.flickr.com/photos/someone/12345/', { kind: 'link', provider: 'Flickr' }],
  ['https://imgur.com/AbC12dE', { kind: 'image', provider: 'Imgur', src: 'https://i.imgur.com/AbC12dE.jpg' }],
  ['https://i.imgur.com/AbC12dE.png', { kind: 'image' }],
  // Files the browser plays itself.
  ['https://example.org/clips/speech.mp4', { kind: 'video', src: 'https://example.org/clips/speech.mp4' }],
  ['https://example.org/audio/interview.mp3?download=1', { kind: 'audio' }],
  // Players, at their privacy-friendly addresses.
  [
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1m30s',
    {
      kind: 'player',
      provider: 'YouTube',
      src: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=90',
      aspect: 16 / 9,
      shows: 'video',
    },
  ],
  ['https://youtu.be/dQw4w9WgXcQ?t=42', { src: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=42' }],
  ['https://m.youtube.com/watch?v=dQw4w9WgXcQ', { src: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ' }],
  ['https://www.youtube.com/shorts/abcDEF12345', { provider: 'YouTube', aspect: 9 / 16 }],
  [
    'https://www.youtube.com/embed/dQw4w9WgXcQ?start=5',
    { src: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=5' },
  ],
  ['https://www.youtube.com/channel/UC123', { kind: 'link', provider: 'youtube.com' }],
  [
    'https://vimeo.com/76979871',
    { kind: 'player', provider: 'Vimeo', src: 'https://player.vimeo.com/video/76979871?dnt=1', shows: 'video' },
  ],
  ['https://vimeo.com/76979871/abc123def', { src: 'https://player.vimeo.com/video/76979871?h=abc123def&dnt=1' }],
  ['https://player.vimeo.com/video/76979871', { src: 'https://player.vimeo.com/video/76979871?dnt=1' }],
  [
    'https://www.dailymotion.com/video/x7tgad0',
    { provider: 'Dailymotion', src: 'https://www.dailymotion.com/embed/video/x7tgad0', shows: 'video' },
  ],
  ['https://dai.ly/x7tgad0', { src: 'https://www.dailymotion.com/embed/video/x7tgad0' }],
  [
    'https://soundcloud.com/artist/a-track',
    {
      provider: 'SoundCloud',
      src: 'https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fartist%2Fa-track&visual=false',
      height: 166,
      shows: 'audio',
    },
  ],
  ['https://soundcloud.com/artist', { kind: 'link' }],
  [
    'https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC',
    {
      provider: 'Spotify',
      src: 'https://open.spotify.com/embed/track/4uLU6hMCjMI75M1A2tKUQC',
      height: 152,
      shows: 'audio',
    },
  ],
  ['https://open.spotify.com/album/1DFixLWuPkv3KT3TnV35m3?si=x', { height: 352 }],
  [
    'https://www.google.com/maps/embed?pb=!1m18!1m12',
    {
      kind: 'player',
      provider: 'Google Maps',
      src: 'https://www.google.com/maps/embed?pb=!1m18!1m12',
      shows: 'map',
    },
  ],
  [
    'https://maps.google.com/?q=Russell+Senate+Office+Building',
    { src: 'https://maps.google.com/maps?q=Russell+Senate+Office+Building&output=embed' },
  ],
  ['https://www.google.com/maps/place/Washington', { kind: 'link', provider: 'google.com' }],
  ['https://www.google.co.uk/maps/embed?pb=!1m2', { src: 'https://www.google.com/maps/embed?pb=!1m2' }],
  // Look-alike hosts are pages to link to, never frames.
  ['https://google.evil.example/maps/embed?pb=1', { kind: 'link', provider: 'google.evil.example' }],
  ['https://google.com.attacker.net/maps/embed?pb=1', { kind: 'link' }],
  ['https://www.google.com/maps/embed?x=1', { kind: 'link' }],
  [
    'https://www.documentcloud.org/documents/3497264-Sessions-Questionnaire.html',
    {
      provider: 'DocumentCloud',
      src: 'https://embed.documentcloud.org/documents/3497264-Sessions-Questionnaire/?embed=1',
      shows: 'document',
    },
  ],
  // Everything else is a page to link to, by its site's name.
  ['https://en.wikipedia.org/wiki/Jeff_Sessions', { kind: 'link', provider: 'Wikipedia' }],
  ['https://twitter.com/someone/status/835967327185080320', { kind: 'link', provider: 'X' }],
  [
    'https://www.washingtonpost.com/world/national-security/story.html',
    { kind: 'link', provider: 'washingtonpost.com' },
  ],
];

describe('recognizeMedia', () => {
  for (const [address, expected] of cases)
    it(`recognises ${address}`, () => {
      const info = recognizeMedia(new URL(address));
      for (const [key, value] of Object.entries(expected)) expect(info[key as keyof MediaInfo], key).to.equal(value);
      // A player always says what it may use; a link never has an address to load.
      if (info.kind === 'player') {
        expect(info.aspect ?? info.height).to.be.a('number');
        // what the play button says it does
        expect(['video', 'audio', 'map', 'document']).to.include(info.shows);
      }
      if (info.kind === 'link') expect(info.src).to.equal(undefined);
    });

  it('loads nothing from a provider to find out: recognising makes no request', () => {
    const before = performance.getEntriesByType('resource').length;
    for (const [address] of cases) recognizeMedia(new URL(address));
    expect(performance.getEntriesByType('resource').length).to.equal(before);
  });
});
