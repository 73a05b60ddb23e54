import { describe, expect, it } from 'vitest';
import { decodeFragment } from './fragment.ts';

describe('decodeFragment', () => {
  it('decodes what browsers encode in a fragment', () => {
    expect(decodeFragment('#s2-5.2')).toBe('s2-5.2');
    expect(decodeFragment('#s2-5..s2-7')).toBe('s2-5..s2-7');
    expect(decodeFragment('#%E4%B8%AD%E5%93%88')).toBe('中哈');
    expect(decodeFragment('')).toBe('');
  });

  it('keeps malformed escapes as typed instead of throwing', () => {
    expect(decodeFragment('#%')).toBe('%');
    expect(decodeFragment('#100%')).toBe('100%');
    expect(decodeFragment('#s2-5..s2-7%')).toBe('s2-5..s2-7%');
    expect(decodeFragment('#%zz')).toBe('%zz');
    // A lone byte of a multi-byte character is malformed too.
    expect(decodeFragment('#%E4%B8')).toBe('%E4%B8');
  });

  it('still decodes the well-formed escapes beside a malformed one', () => {
    expect(decodeFragment('#%E4%B8%AD%')).toBe('中%');
    expect(decodeFragment('#s2-5%2E2%')).toBe('s2-5.2%');
  });
});
