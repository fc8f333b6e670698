import { describe, expect, it } from 'vitest';
import {
  ACCEPT_FILE_COUNT_ENV,
  CLOUDFLARE_PAGES_FILE_LIMIT,
  fileCountVerdict,
} from '../../src/integrations/host-files.ts';

describe('fileCountVerdict: the build against the host file limit', () => {
  it('passes at and under the limit', () => {
    expect(CLOUDFLARE_PAGES_FILE_LIMIT).toBe(20_000);
    expect(fileCountVerdict(188, {}).level).toBe('ok');
    expect(fileCountVerdict(20_000, {}).level).toBe('ok');
  });

  it('fails above it, naming the host limit and the options', () => {
    const v = fileCountVerdict(20_001, {});
    expect(v.level).toBe('fail');
    expect(v.message).toContain('20,001 files');
    expect(v.message).toContain('Cloudflare Pages');
    expect(v.message).toContain('20,000');
    expect(v.message).toMatch(/fewer images/);
    expect(v.message).toMatch(/host without the limit/);
    expect(v.message).toContain(`${ACCEPT_FILE_COUNT_ENV}=1`);
  });

  it.each(['1', 'true', 'yes', ' TRUE '])(
    `lets the build through with a warning when ${ACCEPT_FILE_COUNT_ENV}=%j`,
    (value) => {
      const v = fileCountVerdict(30_000, { [ACCEPT_FILE_COUNT_ENV]: value });
      expect(v.level).toBe('warn');
      expect(v.message).toContain('Cloudflare Pages');
    },
  );

  it.each(['', '0', 'false', 'no'])(`still fails when ${ACCEPT_FILE_COUNT_ENV}=%j`, (value) => {
    expect(fileCountVerdict(30_000, { [ACCEPT_FILE_COUNT_ENV]: value }).level).toBe('fail');
  });

  it('takes another limit for other hosts', () => {
    expect(fileCountVerdict(150, {}, 100).level).toBe('fail');
  });
});
