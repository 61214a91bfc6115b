import { describe, expect, it } from 'vitest';
import { rebalanceWarning } from '../../../src-renderer/lib/ring/warnings';

const RULE = '-'.repeat(79);

// outputs of swift-ring-builder 2.30 (exit code 1 each), except "cowardly", quoted from
// swift/cli/ringbuilder.py's rebalance
const BALANCE = `Reassigned 768 (300.00%) partitions. Balance is now 33.33.  Dispersion is now 0.00
${RULE}
NOTE: Balance of 33.33 indicates you should push this 
      ring, wait at least 1 hours, and rebalance/repush.
${RULE}
`;
const DISPERSION = `Reassigned 768 (300.00%) partitions. Balance is now 0.91.  Dispersion is now 30.08
${RULE}
NOTE: Dispersion of 30.078125 indicates some parts are not
      optimally dispersed.

      You may want to adjust some device weights, increase
      the overload or review the dispersion report.
${RULE}
`;
const WAIT = `No partitions could be reassigned.
The time between rebalances must be at least min_part_hours: 1 hours (0:59:57 remaining)
`;
const NOTHING = `No partitions could be reassigned.
There is no need to do so at this time
`;
const COWARDLY = 'Cowardly refusing to save rebalance as it did not change at least 1%.\n';

describe("swift's rebalance warnings", () => {
  it.each([
    [BALANCE, { kind: 'balance', balance: '33.33', hours: '1' }],
    [DISPERSION, { kind: 'dispersion', dispersion: '30.078125' }],
    [WAIT, { kind: 'min-part-hours', hours: '1', remaining: '0:59:57' }],
    [NOTHING, { kind: 'nothing-to-move' }],
    [COWARDLY, { kind: 'cowardly' }],
  ])('reads %s', (stdout, warning) => {
    expect(rebalanceWarning(stdout)).toEqual(warning);
  });

  it('finds none in a clean rebalance', () => {
    expect(
      rebalanceWarning(
        'Reassigned 1024 (100.00%) partitions. Balance is now 0.00.  Dispersion is now 0.00\n',
      ),
    ).toBeNull();
  });
});
