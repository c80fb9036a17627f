/**
 * Media in the detail: a provider's player waiting for its button (a poster, as a news site shows a
 * video before it plays), the player, the browser's own players for files, and the card that links
 * to a page. The poster is the theme turned over: text colour behind, background colour in front,
 * so it stays dark on a light page and keeps the theme's own contrast on any other.
 */
// Text, not Lit's css: the media part carries its own rules without Lit (see media.ts), and the
// widget adopts them into its shadow root when the part arrives (see adoptSheet).
export const mediaCss = `
  .media {
    --poster: var(--event-timeline-text);
    --on-poster: var(--event-timeline-background);
  }
  /* On a dark theme the page's background is dark already: the poster takes it, on the panel. */
  :host([theme='dark']) .media {
    --poster: var(--event-timeline-background);
    --on-poster: var(--event-timeline-text);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) .media {
      --poster: var(--event-timeline-background);
      --on-poster: var(--event-timeline-text);
    }
  }
  .media .player,
  .media video,
  .media .card {
    max-width: 40rem;
  }
  .media .player {
    position: relative;
    width: 100%;
  }
  .media video,
  .media audio {
    display: block;
    width: 100%;
  }
  .media video {
    aspect-ratio: 16 / 9;
    background: var(--poster);
  }
  .media iframe,
  .media .play {
    display: block;
    width: 100%;
    height: 100%;
    border: 0;
    border-radius: 4px;
  }
  .media iframe {
    background: var(--poster);
  }
  .media iframe:focus-visible {
    outline: 3px solid var(--event-timeline-focus);
    outline-offset: 2px;
  }
  .media .play {
    position: relative;
    display: grid;
    place-items: center;
    overflow: hidden;
    padding: 0;
    background: var(--poster);
    color: var(--on-poster);
    font: inherit;
    cursor: pointer;
  }
  .media .play img {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .media .glyph {
    position: relative;
    display: grid;
    place-items: center;
    width: clamp(48px, 16%, 72px);
    aspect-ratio: 1;
    border-radius: 50%;
    background: var(--on-poster);
    color: var(--poster);
    box-shadow: 0 2px 12px color-mix(in srgb, var(--poster) 60%, transparent);
  }
  .media .glyph svg {
    width: 55%;
    height: 55%;
    fill: currentColor;
  }
  .media .play:hover .glyph {
    transform: scale(1.08);
  }
  .media .provider {
    position: absolute;
    bottom: 8px;
    inset-inline-start: 8px;
    padding: 2px 8px;
    border-radius: 3px;
    background: var(--poster);
    font-size: 0.75rem;
    font-weight: 700;
    letter-spacing: 0.02em;
  }
  .media .card {
    display: block;
    padding: 10px 12px;
    border: 1px solid var(--event-timeline-rule);
    border-inline-start: 4px solid var(--event-timeline-mark);
    border-radius: 4px;
    background: var(--event-timeline-background);
    text-decoration: none;
  }
  .media .card .site {
    display: block;
    color: var(--event-timeline-muted);
    font-size: 0.75rem;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .media .card .words {
    font-weight: 700;
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 2px;
  }
  /* Out of the page, to a new tab: the arrow says so, and is drawn, not read. */
  .media .card .words::after {
    content: '\\a0\\2197' / '';
  }
  .media .card:hover .words {
    text-decoration-thickness: 2px;
  }
  .media figcaption {
    margin-top: 4px;
  }
  @media (forced-colors: active) {
    .media .play,
    .media .glyph,
    .media .provider {
      border: 2px solid ButtonText;
    }
    .media .glyph svg {
      fill: ButtonText;
    }
  }
  @media print {
    .media .card::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;
