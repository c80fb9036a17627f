/**
 * What a media address is, by its address alone: an image, a video or audio file, a player from a
 * known provider (YouTube, Vimeo, …), or a page to link to. Pure and offline: nothing is fetched
 * to find out, so reading a file makes no request to any provider.
 *
 * A player's address is the provider's privacy-friendly embed where one exists
 * (youtube-nocookie.com, Vimeo's `dnt=1`); the widget loads it only when the reader presses play.
 */

export type MediaKind = 'image' | 'video' | 'audio' | 'player' | 'link';

export interface MediaInfo {
  kind: MediaKind;
  /** The provider's or site's name, for the play button and the link card: "YouTube", "example.org". */
  provider: string;
  /** The address to load: the file itself for images, video and audio; the player's for players. */
  src?: string;
  /** A player's width to height, or its fixed height in px where it does not scale (audio players). */
  aspect?: number;
  height?: number;
  /** What a player needs of the iframe's `allow`. */
  allow?: string;
  /** What a player shows, for its button: "Play video", "Show map". */
  shows?: 'video' | 'audio' | 'map' | 'document';
}

const IMAGE = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp)$/i;
const VIDEO = /\.(?:mp4|m4v|webm|ogv|mov)$/i;
const AUDIO = /\.(?:mp3|m4a|aac|oga|ogg|opus|wav|flac)$/i;

const VIDEO_ALLOW = 'autoplay; encrypted-media; fullscreen; picture-in-picture';
const AUDIO_ALLOW = 'autoplay; encrypted-media';

/** The players we know, each recognising its addresses; the first that answers wins. */
const PLAYERS: Array<(url: URL, host: string) => MediaInfo | undefined> = [
  youtube,
  vimeo,
  dailymotion,
  soundcloud,
  spotify,
  googleMaps,
  documentCloud,
];

/**
 * Recognises an address as written, resolved against `base` if relative; what is no address at all
 * is a link to show as it is.
 */
export function recognizeAddress(address: string, base?: string): MediaInfo {
  try {
    return recognizeMedia(new URL(address, base));
  } catch {
    return { kind: 'link', provider: address };
  }
}

/** Recognises an absolute `http(s):` address (resolved and checked by the caller). */
export function recognizeMedia(url: URL): MediaInfo {
  const host = url.hostname.toLowerCase().replace(/^(?:www|m)\./, '');
  const path = decodePath(url.pathname);
  for (const player of PLAYERS) {
    const info = player(url, host);
    if (info) return info;
  }
  const commons = host === 'commons.wikimedia.org' && /^\/wiki\/(File:.+)$/.exec(path);
  if (commons && IMAGE.test(commons[1]))
    // A Commons file page: its file, by the redirect Commons keeps for exactly this.
    return {
      kind: 'image',
      provider: 'Wikimedia Commons',
      src: `https://commons.wikimedia.org/wiki/Special:FilePath/${encodeURIComponent(commons[1].slice(5))}`,
    };
  if (host === 'imgur.com' && /^\/\w{5,8}$/.test(path))
    return { kind: 'image', provider: 'Imgur', src: `https://i.imgur.com${path}.jpg` };
  if (IMAGE.test(path)) return { kind: 'image', provider: siteName(host), src: url.href };
  if (VIDEO.test(path)) return { kind: 'video', provider: siteName(host), src: url.href };
  if (AUDIO.test(path)) return { kind: 'audio', provider: siteName(host), src: url.href };
  return { kind: 'link', provider: siteName(host) };
}

function youtube(url: URL, host: string): MediaInfo | undefined {
  let id: string | undefined;
  let shorts = false;
  if (host === 'youtu.be') id = url.pathname.slice(1);
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com' || host === 'music.youtube.com') {
    const [, first, second] = url.pathname.split('/');
    if (first === 'watch') id = url.searchParams.get('v') ?? undefined;
    else if (first === 'embed' || first === 'shorts' || first === 'live' || first === 'v') {
      id = second;
      shorts = first === 'shorts';
    }
  }
  if (!id || !/^[\w-]{6,20}$/.test(id)) return undefined;
  const start = seconds(url.searchParams.get('t') ?? url.searchParams.get('start') ?? '');
  const src = `https://www.youtube-nocookie.com/embed/${id}${start ? `?start=${start}` : ''}`;
  return {
    kind: 'player',
    provider: 'YouTube',
    src,
    aspect: shorts ? 9 / 16 : 16 / 9,
    allow: VIDEO_ALLOW,
    shows: 'video',
  };
}

function vimeo(url: URL, host: string): MediaInfo | undefined {
  if (host !== 'vimeo.com' && host !== 'player.vimeo.com') return undefined;
  // vimeo.com/123, vimeo.com/123/abcdef (an unlisted video's key), player.vimeo.com/video/123?h=abcdef
  const match = /^\/(?:video\/)?(\d+)(?:\/([\da-f]+))?\/?$/.exec(url.pathname);
  if (!match) return undefined;
  const key = match[2] ?? url.searchParams.get('h');
  const params = new URLSearchParams(key ? { h: key, dnt: '1' } : { dnt: '1' });
  const src = `https://player.vimeo.com/video/${match[1]}?${params}${url.hash}`;
  return { kind: 'player', provider: 'Vimeo', src, aspect: 16 / 9, allow: VIDEO_ALLOW, shows: 'video' };
}

function dailymotion(url: URL, host: string): MediaInfo | undefined {
  const id =
    host === 'dai.ly'
      ? url.pathname.slice(1)
      : host === 'dailymotion.com'
        ? /^\/(?:embed\/)?video\/([a-z\d]+)/i.exec(url.pathname)?.[1]
        : undefined;
  if (!id || !/^[a-z\d]+$/i.test(id)) return undefined;
  const src = `https://www.dailymotion.com/embed/video/${id}`;
  return { kind: 'player', provider: 'Dailymotion', src, aspect: 16 / 9, allow: VIDEO_ALLOW, shows: 'video' };
}

function soundcloud(url: URL, host: string): MediaInfo | undefined {
  if (host !== 'soundcloud.com' || url.pathname.split('/').filter(Boolean).length < 2) return undefined;
  const track = `https://soundcloud.com${url.pathname}`;
  const src = `https://w.soundcloud.com/player/?url=${encodeURIComponent(track)}&visual=false`;
  return { kind: 'player', provider: 'SoundCloud', src, height: 166, allow: AUDIO_ALLOW, shows: 'audio' };
}

function spotify(url: URL, host: string): MediaInfo | undefined {
  if (host !== 'open.spotify.com') return undefined;
  const match = /^\/(?:embed\/)?(track|album|playlist|episode|show|artist)\/(\w+)/.exec(url.pathname);
  if (!match) return undefined;
  const [, type, id] = match;
  const single = type === 'track' || type === 'episode';
  const src = `https://open.spotify.com/embed/${type}/${id}`;
  return {
    kind: 'player',
    provider: 'Spotify',
    src,
    height: single ? 152 : 352,
    allow: AUDIO_ALLOW,
    shows: 'audio',
  };
}

/** google.com and Google's country domains (google.de, google.co.uk, google.com.br). */
const GOOGLE = /^google\.(?:com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/;

function googleMaps(url: URL, host: string): MediaInfo | undefined {
  // Google's own hosts only: a frame is loaded from the address, so no look-alike ("google.evil.example").
  const maps = host === 'maps.google.com' || (GOOGLE.test(host) && url.pathname.startsWith('/maps'));
  if (!maps) return undefined;
  // An embed address has its map in `pb`, rebuilt on Google's host; a search (?q=) has an embed
  // form; other map links stay links.
  const pb = url.searchParams.get('pb');
  if (url.pathname.startsWith('/maps/embed') && pb) {
    const src = `https://www.google.com/maps/embed?pb=${encodeURIComponent(pb)}`;
    return { kind: 'player', provider: 'Google Maps', src, aspect: 4 / 3, shows: 'map' };
  }
  const query = url.searchParams.get('q');
  if (!query) return undefined;
  const src = `https://maps.google.com/maps?${new URLSearchParams({ q: query, output: 'embed' })}`;
  return { kind: 'player', provider: 'Google Maps', src, aspect: 4 / 3, shows: 'map' };
}

function documentCloud(url: URL, host: string): MediaInfo | undefined {
  if (host !== 'documentcloud.org' && host !== 'embed.documentcloud.org' && host !== 'beta.documentcloud.org')
    return undefined;
  const slug = /^\/documents\/(\d+-[\w-]+?)(?:\.html)?\/?$/.exec(url.pathname)?.[1];
  if (!slug) return undefined;
  const src = `https://embed.documentcloud.org/documents/${slug}/?embed=1`;
  return { kind: 'player', provider: 'DocumentCloud', src, aspect: 3 / 4, shows: 'document' };
}

/** "1h2m3s", "90s", "90" → 3723, 90, 90; anything else → 0. */
function seconds(value: string): number {
  if (/^\d+$/.test(value)) return Number(value);
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(value);
  if (!match || !value) return 0;
  const [, h = '0', m = '0', s = '0'] = match;
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

/** The names readers know a few sites by; any other site by its host. */
const SITE_NAMES: Record<string, string> = {
  'twitter.com': 'X',
  'x.com': 'X',
  'flickr.com': 'Flickr',
  'instagram.com': 'Instagram',
  'facebook.com': 'Facebook',
  'tiktok.com': 'TikTok',
};

function siteName(host: string): string {
  if (/(^|\.)wikipedia\.org$/.test(host)) return 'Wikipedia';
  return SITE_NAMES[host] ?? host;
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
