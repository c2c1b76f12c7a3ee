import { describe, expect, it } from 'vitest';
import { parseDemoArgs } from '../../../src/demo.js';
import { InputError } from '../../../src/errors.js';

describe('k8deployer demo options', () => {
  it('defaults: start and stop its own test bed', () => {
    expect(parseDemoArgs([], {})).toEqual({ keep: false });
  });

  it('--keep, --testbed-dir DIR and the environment variable', () => {
    expect(parseDemoArgs(['--keep', '--testbed-dir', '/tb'], {})).toEqual({ keep: true, testbedDir: '/tb' });
    expect(parseDemoArgs(['--testbed-dir=/a'], { K8DEPLOYER_DEMO_TESTBED_DIR: '/b' })).toEqual({
      keep: false,
      testbedDir: '/a',
    });
    expect(parseDemoArgs([], { K8DEPLOYER_DEMO_TESTBED_DIR: '/b' })).toEqual({ keep: false, testbedDir: '/b' });
  });

  it('an unknown option is bad input (exit 2)', () => {
    expect(() => parseDemoArgs(['--kep'], {})).toThrow(InputError);
    expect(() => parseDemoArgs(['--kep'], {})).toThrow(
      'unknown demo option --kep; the demo takes --keep and --testbed-dir DIR',
    );
  });
});
