import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes, sniffHtmlCharset } from '../../cli/decode';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/cli/${name}`));
const seedText = readFileSync('glossary/articles/qinglian-jiguan-2019.txt', 'utf8');

describe('decodeBytes', () => {
  it('reads the seed article as UTF-8 without a BOM', () => {
    expect(decodeBytes(new Uint8Array(readFileSync('glossary/articles/qinglian-jiguan-2019.txt')))).toEqual({
      ok: true,
      text: seedText,
      encoding: 'utf-8',
    });
  });

  it.each([
    ['qinglian-jiguan-2019.gb18030.txt', 'gb18030'],
    ['qinglian-jiguan-2019.utf16le-bom.txt', 'utf-16le'],
    ['qinglian-jiguan-2019.utf16be-bom.txt', 'utf-16be'],
  ])('gives back the seed article text from %s', (name, encoding) => {
    expect(decodeBytes(fixture(name))).toEqual({ ok: true, text: seedText, encoding });
  });

  it('drops a UTF-8 BOM so offsets start at the first character', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(seedText)]);
    const decoded = decodeBytes(bytes);
    expect(decoded.ok && decoded.text).toBe(seedText);
  });

  it('uses a declared legacy charset only when the bytes are not UTF-8', () => {
    const big5 = new Uint8Array([0xa5, 0x7c, 0xad, 0xd3, 0xb7, 0x4e, 0xc3, 0xd1]); // 四個意識 in Big5
    expect(decodeBytes(big5, { declaredCharset: 'big5' })).toEqual({ ok: true, text: '四個意識', encoding: 'big5' });
    // A stale <meta charset=gbk> on a page that is really UTF-8 must not turn it into mojibake.
    const utf8 = new TextEncoder().encode('四个意识');
    expect(decodeBytes(utf8, { declaredCharset: 'gbk' })).toEqual({ ok: true, text: '四个意识', encoding: 'utf-8' });
  });

  it('calls a PNG binary content', () => {
    expect(decodeBytes(fixture('tiny.png'))).toEqual({ ok: false, reason: 'not a text file (binary content)' });
  });

  it('calls text full of control characters binary even without NULs', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('四个意识'), 0x01, 0x02, 0x1b, 0x07, 0x03]);
    expect(decodeBytes(bytes)).toEqual({ ok: false, reason: 'not a text file (binary content)' });
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    const decoded = decodeBytes(fixture('broken-bytes.txt'));
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.reason).toMatch(/^cannot decode/);
  });
});

describe('sniffHtmlCharset', () => {
  it('finds both the http-equiv and the short meta form', () => {
    expect(sniffHtmlCharset(fixture('zhejiang-jiaoyu-meta-gbk.html'))).toBe('gbk');
    expect(sniffHtmlCharset(new TextEncoder().encode('<html><head><meta charset="GB2312"></head>'))).toBe('GB2312');
    expect(sniffHtmlCharset(new TextEncoder().encode(seedText))).toBeUndefined();
  });
});
