import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import { describe, expect, it } from 'vitest';
import { loadTokenCounter } from '../../src/metrics/lengths.js';
import { chunkChars, tokenChunks } from '../../src/metrics/token-chunks.js';

const plain = { disallowedSpecial: new Set<string>() };
const exact = (text: string) => countTokens(text, plain);

/** `length` characters (code points) of deterministic pseudo-random text over an alphabet (an LCG: no dependency on Math.random). */
function randomText(length: number, alphabet: string, seed = 12345): string {
  const chars = [...alphabet];
  let state = seed;
  let text = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += chars[(state >> 8) % chars.length];
  }
  return text;
}

const counter = await loadTokenCounter();

describe('token counting in bounded chunks', () => {
  it('cuts text into pieces of at most chunkChars that join back to it', () => {
    for (const text of [randomText(5_000, 'abc de\n\tfg'), 'x'.repeat(1_000), randomText(3_000, '😀a')]) {
      const chunks = [...tokenChunks(text)];
      expect(chunks.join('')).toBe(text);
      for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(chunkChars);
      // Never between the halves of a surrogate pair.
      for (const chunk of chunks) expect(/\p{Cs}/u.test(chunk)).toBe(false);
    }
  });

  it('is exact on text with whitespace: it is cut only where o200k starts a new pre-token', () => {
    const texts = [
      randomText(20_000, 'abcdefghij klmn  opq\n\nrst uvw.,!?\'"0123456789 ', 7),
      randomText(20_000, "Hello world, it's 2026! Ünïcödé 日本語 テキスト\t  \r\n ", 11),
      'The sentiment here seems positive (case 12). '.repeat(400),
    ];
    for (const text of texts) expect(counter(text)).toBe(exact(text));
  });

  it('without whitespace, each hard cut adds at most one token to the exact count', () => {
    for (const text of [
      randomText(20_000, 'abcdefghijklmnopqrstuvwxyz'),
      randomText(20_000, 'aAbBcC0123+/'),
      'a'.repeat(20_000),
      randomText(6_000, '日本語中文字漢'),
    ]) {
      const cuts = [...tokenChunks(text)].length - 1;
      const difference = counter(text) - exact(text);
      expect(Math.abs(difference)).toBeLessThanOrEqual(cuts);
    }
  });

  it('counts a 200,000-character output without whitespace (one pre-token, quadratic when counted whole)', () => {
    const text = randomText(200_000, 'abcdefghijklmnopqrstuvwxyz');
    const tokens = counter(text);
    // About 2 characters a token on random letters; the bound above keeps it within 0.4% of exact.
    expect(tokens).toBeGreaterThan(90_000);
    expect(tokens).toBeLessThan(110_000);
  });
});
