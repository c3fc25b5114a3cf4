import { FINAL_STATUSES, JOB_STATUSES, JobStatus, StatusProtocol } from '../constructs/protocol/status-protocol';
import { ValidationError } from '../constructs/validation';

describe('StatusProtocol', () => {
  const p = new StatusProtocol({ prefix: 'aiJob_', resultFields: ['intent', 'confidence'] });

  it('names every attribute under its prefix, status first', () => {
    expect(p.attributes).toEqual(['aiJob_status', 'aiJob_error', 'aiJob_intent', 'aiJob_confidence']);
  });

  it('has a default prefix', () => {
    expect(new StatusProtocol({ resultFields: ['x'] }).statusAttribute).toBe('asyncJob_status');
  });

  it('knows its statuses and which of them are final', () => {
    expect(JOB_STATUSES).toEqual(['ONGOING', 'SUCCESS', 'NOT_FOUND', 'FAILED']);
    expect(FINAL_STATUSES).not.toContain(JobStatus.ONGOING);
  });

  it.each([
    [{ prefix: '1bad', resultFields: ['x'] }, 'prefix "1bad" is not allowed'],
    [{ resultFields: [] }, 'resultFields is empty'],
    [{ resultFields: ['status'] }, 'result field "status" is reserved'],
    [{ resultFields: ['a', 'a'] }, 'result field "a" is listed twice'],
    [{ resultFields: ['has space'] }, 'result field "has space" is not allowed'],
  ])('refuses %j', (props, message) => {
    expect(() => new StatusProtocol(props)).toThrow(ValidationError);
    expect(() => new StatusProtocol(props)).toThrow(message);
  });

  it('refuses a result field it does not have', () => {
    expect(() => p.resultAttribute('customerId')).toThrow('"customerId" is not a result field of this job (it has: intent, confidence)');
  });
});
