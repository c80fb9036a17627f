// The iframe page's query parameters: what is accepted, in which form, and what each mistake says.
import { expect } from '@open-wc/testing';
import { checkId, checkLocale, checkSrc, directionOf, readEmbedParams } from '../../src/embed/params.js';

const BASE = 'https://news.example/graphics/embed.html?src=x';

describe('embed parameters: src', () => {
  it('accepts http(s) addresses and paths, resolved against the frame page', () => {
    expect(checkSrc('https://cdn.example/story/events.json', BASE)).to.deep.equal({
      value: 'https://cdn.example/story/events.json',
    });
    expect(checkSrc('  ../data/story.csv ', BASE)).to.deep.equal({ value: 'https://news.example/data/story.csv' });
    expect(checkSrc('/events.json', BASE)).to.deep.equal({ value: 'https://news.example/events.json' });
    expect(checkSrc('events.json?v=2', BASE)).to.deep.equal({ value: 'https://news.example/graphics/events.json?v=2' });
    expect(checkSrc('http://localhost:8000/events.json', 'http://localhost:8000/demo/embed.html')).to.deep.equal({
      value: 'http://localhost:8000/events.json',
    });
  });

  it('refuses script, data and other non-web addresses, in any spelling', () => {
    for (const src of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:application/json,{"version":1}',
      'data:text/html;base64,PHNjcmlwdD4=',
      'blob:https://news.example/0b3c',
      'file:///etc/passwd',
      'ftp://files.example/events.json',
      'vbscript:msgbox(1)',
    ]) {
      const checked = checkSrc(src, BASE);
      expect(checked, src).to.have.property('problem');
      expect((checked as { problem: string }).problem, src).to.match(/^only http and https addresses/);
    }
  });

  it('names a missing, overlong, mixed-content or credentialed address', () => {
    expect(checkSrc(null, BASE)).to.deep.equal({
      problem: 'missing: add ?src= and the address of the events file (JSON or CSV)',
    });
    expect(checkSrc('   ', BASE))
      .to.have.property('problem')
      .that.match(/^missing/);
    expect(checkSrc(`https://cdn.example/${'a'.repeat(3000)}`, BASE))
      .to.have.property('problem')
      .that.match(/at most 2048 characters; got 3020/);
    expect(checkSrc('http://cdn.example/events.json', BASE))
      .to.have.property('problem')
      .that.match(/cannot be loaded into an https page/);
    expect(checkSrc('https://user:secret@cdn.example/events.json', BASE))
      .to.have.property('problem')
      .that.match(/without a user name or password/);
    expect(checkSrc('https://[::1', BASE))
      .to.have.property('problem')
      .that.match(/^expected an address like/);
  });

  it('quotes long values shortened, as text', () => {
    const problem = (checkSrc(`javascript:${'x'.repeat(200)}`, BASE) as { problem: string }).problem;
    expect(problem).to.equal(
      `only http and https addresses or paths on this site are allowed; got 'javascript:${'x'.repeat(69)}…'`,
    );
  });
});

describe('embed parameters: locale, id and direction', () => {
  it('canonicalises language tags and refuses what is not one', () => {
    expect(checkLocale('de')).to.deep.equal({ value: 'de' });
    expect(checkLocale('pt-br')).to.deep.equal({ value: 'pt-BR' });
    expect(checkLocale('ar-EG-u-nu-latn')).to.deep.equal({ value: 'ar-EG-u-nu-latn' });
    for (const bad of ['en_US', 'english please', '<img src=x>', '12', 'x'.repeat(40)])
      expect(checkLocale(bad), bad).to.have.property('problem');
    expect(checkLocale('en_US')).to.deep.equal({
      problem: "expected a language tag like en, de-CH or pt-BR; got 'en_US'",
    });
  });

  it('takes ids that are safe in a fragment, a selector and an id attribute', () => {
    expect(checkId('timeline')).to.deep.equal({ value: 'timeline' });
    expect(checkId('story-2_b')).to.deep.equal({ value: 'story-2_b' });
    for (const bad of ['2024', 'a b', 'a"b', '<x>', 'é', 'a'.repeat(65), ''])
      expect(checkId(bad), bad).to.have.property('problem');
  });

  it('knows the direction of each shipped language', () => {
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('fa-IR')).to.equal('rtl');
    expect(directionOf('he')).to.equal('rtl');
    for (const ltr of ['en', 'de', 'fr', 'es', 'pt', 'ru', 'zh', 'tr', 'uk'])
      expect(directionOf(ltr), ltr).to.equal('ltr');
  });
});

describe('embed parameters: the whole query string', () => {
  it('reads valid options, with the default id and no pym id', () => {
    expect(readEmbedParams('?src=../events.json&locale=de&theme=Dark&orientation=vertical', BASE)).to.deep.equal({
      options: {
        src: 'https://news.example/events.json',
        locale: 'de',
        theme: 'dark',
        orientation: 'vertical',
        id: 'timeline',
      },
      problems: [],
      id: 'timeline',
      childId: undefined,
    });
  });

  it("ignores empty optional values and pym's extra parameters, and keeps pym's childId", () => {
    const search =
      '?src=%2Fevents.json&locale=&theme=&id=story&initialWidth=640&childId=pym-container-1&parentTitle=A%20story&parentUrl=https%3A%2F%2Fnews.example%2F';
    expect(readEmbedParams(search, BASE)).to.deep.equal({
      options: {
        src: 'https://news.example/events.json',
        locale: undefined,
        theme: undefined,
        orientation: undefined,
        id: 'story',
      },
      problems: [],
      id: 'story',
      childId: 'pym-container-1',
    });
  });

  it('collects every problem and builds no options, but still knows whom to report heights to', () => {
    const result = readEmbedParams(
      '?src=javascript:alert(1)&locale=xx_YY&theme=pink&orientation=diagonal&id=1&childId=c1',
      BASE,
    );
    expect(result.options).to.equal(undefined);
    expect(result.problems.map((p) => p.param)).to.deep.equal(['src', 'locale', 'theme', 'orientation', 'id']);
    expect(result.problems[2].message).to.equal("expected light, dark, auto; got 'pink'");
    expect(result.problems[3].message).to.equal("expected horizontal, vertical; got 'diagonal'");
    expect(result.id).to.equal('timeline');
    expect(result.childId).to.equal('c1');
  });

  it('treats markup in a value as a value', () => {
    const result = readEmbedParams(`?src=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`, BASE);
    // A relative path on this site: harmless as an address, and fetched, not parsed as markup.
    expect(result.options?.src).to.equal('https://news.example/graphics/%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E');
  });
});
