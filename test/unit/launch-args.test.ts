import { describe, expect, it } from 'vitest';
import { fileArgument } from '../../main/launch-args';

describe('fileArgument', () => {
  it.each([
    [['/opt/Tally Desk/tally-desk', '/home/sam/results.txt'], false, '/home/sam/results.txt'],
    [['/opt/Tally Desk/tally-desk'], false, null],
    [['/opt/Tally Desk/tally-desk', '--no-sandbox', '--allow-file-access-from-files', 'C:\\Users\\sam\\AGM.tally'], false, 'C:\\Users\\sam\\AGM.tally'],
    [['/usr/bin/electron', '.', 'test/fixtures/seed.txt'], true, 'test/fixtures/seed.txt'],
    [['/usr/bin/electron', '.'], true, null],
    [['/usr/bin/electron', 'out/main/index.js', '--inspect'], true, null],
    [['tally-desk', '-psn_0_12345'], false, null],
  ])('in %j (development %s) is %s', (argv, development, expected) => {
    expect(fileArgument(argv, development)).toBe(expected);
  });
});
