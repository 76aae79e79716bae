import { describe, expect, it } from 'vitest';
import { abortOnCancel } from '../../src/action/cancel.js';
import { recordingRunner } from '../support/runner-port.js';

describe('abortOnCancel', () => {
  it('aborts on the first SIGINT or SIGTERM with one line, ignores later ones, and lets go when disposed', () => {
    const recorded = recordingRunner();
    const cancel = abortOnCancel(recorded.runner);
    expect(cancel.signal.aborted).toBe(false);
    expect(recorded.signal('SIGINT')).toBe(1);
    expect(cancel.signal.aborted).toBe(true);
    expect(recorded.signal('SIGTERM')).toBe(1);
    expect(recorded.infos()).toEqual([
      'SIGINT received (the job was cancelled or timed out): stopping the run, keeping the answers so far.',
    ]);
    cancel.dispose();
    expect(recorded.signal('SIGINT')).toBe(0);
    expect(recorded.signal('SIGTERM')).toBe(0);
  });

  it('a SIGTERM alone (a step past its timeout) aborts too', () => {
    const recorded = recordingRunner();
    const cancel = abortOnCancel(recorded.runner);
    recorded.signal('SIGTERM');
    expect(cancel.signal.aborted).toBe(true);
    expect(recorded.infos()[0]).toMatch(/^SIGTERM received/);
    cancel.dispose();
  });
});
