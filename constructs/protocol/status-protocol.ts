/**
 * The status protocol: how the workflow tells the call flow how its job is
 * going. The workflow writes these participant attributes on the caller's
 * participant; the call flow only reads them. Flows, data actions, tests and
 * docs all take the names from here, so they cannot drift apart.
 */

import { ValidationError } from '../validation';

/** The values of the status attribute, in the order a job goes through them. */
export const JobStatus = {
  /** The workflow has started and the job is running. */
  ONGOING: 'ONGOING',
  /** The job finished with a result the call flow can route on. */
  SUCCESS: 'SUCCESS',
  /** The job finished normally but found nothing (e.g. no database knows the number). */
  NOT_FOUND: 'NOT_FOUND',
  /** The job could not finish: a service failed or timed out. The error attribute says why. */
  FAILED: 'FAILED',
} as const;
export type JobStatus = (typeof JobStatus)[keyof typeof JobStatus];
export const JOB_STATUSES: readonly JobStatus[] = Object.values(JobStatus);
/** A status after which nothing more will be written. */
export const FINAL_STATUSES: readonly JobStatus[] = [JobStatus.SUCCESS, JobStatus.NOT_FOUND, JobStatus.FAILED];

/** Participant attribute names: letters, digits and "_", so they are safe in JSONPath, Velocity and Architect. */
const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
const PREFIX = /^[A-Za-z][A-Za-z0-9_]{0,23}$/;

export interface StatusProtocolProps {
  /**
   * Put in front of every attribute, so that two jobs on one conversation
   * (or other integrations) never write the same attribute.
   * @default "asyncJob_"
   */
  readonly prefix?: string;
  /** The job's result fields, e.g. ["intent", "confidence"]. Each becomes one attribute. */
  readonly resultFields: readonly string[];
}

export class StatusProtocol {
  static readonly DEFAULT_PREFIX = 'asyncJob_';

  readonly prefix: string;
  readonly resultFields: readonly string[];

  constructor(props: StatusProtocolProps) {
    const prefix = props.prefix ?? StatusProtocol.DEFAULT_PREFIX;
    const problems: string[] = [];
    if (!PREFIX.test(prefix)) {
      problems.push(`prefix ${JSON.stringify(prefix)} is not allowed: use a letter, then up to 23 letters, digits or "_", e.g. "aiJob_"`);
    }
    const seen = new Set<string>();
    for (const f of props.resultFields) {
      if (!NAME.test(f)) problems.push(`result field ${JSON.stringify(f)} is not allowed: use a letter, then letters, digits or "_"`);
      else if (['status', 'error'].includes(f)) problems.push(`result field "${f}" is reserved for the protocol itself: choose another name`);
      else if (seen.has(f)) problems.push(`result field "${f}" is listed twice`);
      seen.add(f);
    }
    if (props.resultFields.length === 0) problems.push('resultFields is empty: a job needs at least one result field');
    ValidationError.throwIf('StatusProtocol', problems);
    this.prefix = prefix;
    this.resultFields = [...props.resultFields];
  }

  /** The attribute that holds a JobStatus. */
  get statusAttribute(): string {
    return `${this.prefix}status`;
  }

  /** The attribute that holds the error code of a FAILED job, empty otherwise. */
  get errorAttribute(): string {
    return `${this.prefix}error`;
  }

  /** The attribute that holds one result field. */
  resultAttribute(field: string): string {
    if (!this.resultFields.includes(field)) {
      throw new ValidationError('StatusProtocol', [`"${field}" is not a result field of this job (it has: ${this.resultFields.join(', ')})`]);
    }
    return `${this.prefix}${field}`;
  }

  /** Every attribute the workflow owns, status first. The call flow must never write any of them. */
  get attributes(): readonly string[] {
    return [this.statusAttribute, this.errorAttribute, ...this.resultFields.map((f) => this.resultAttribute(f))];
  }
}
