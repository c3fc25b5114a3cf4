/** Sample 2's job, run by its workflow(s): ask customer databases for the calling number. */
import { CustomerLookupAction } from '../../data-actions/catalog/customer-lookup';
import { append, bool, eq, ifElse, int, isNotSetOrEmpty, ne, str } from '../../flows/archy/expressions';
import { Action, UpdateData, variable } from '../../flows/archy/model';
import { ValidationError } from '../../validation';
import { errorCode, JobContext, WorkflowJob } from '../async-workflow/job';

export interface SequentialLookupJobProps {
  /** The databases, asked in this order until one knows the number. */
  readonly lookups: readonly CustomerLookupAction[];
}

/**
 * Sample 2's job: ask each customer database in turn until one knows the
 * number. A database that fails or times out does not stop the search: its
 * error code is recorded and the next one is asked. The job ends
 * - SUCCESS at the first hit;
 * - NOT_FOUND when at least one database answered and none knew the number
 *   (the error codes of any that failed are kept);
 * - FAILED when no database could answer, with every error code.
 * A database answering its `notFoundStatus` (e.g. 404) counts as a miss.
 */
export class SequentialLookupJob implements WorkflowJob {
  readonly inputs = [{ name: 'phoneNumber' }];
  readonly resultFields = ['customerId', 'customerName', 'source'];

  constructor(private readonly props: SequentialLookupJobProps) {
    if (props.lookups.length === 0) throw new ValidationError('SequentialLookupJob', ['lookups is empty: give at least one database']);
  }

  actions(ctx: JobContext): Action[] {
    const found = ctx.declare(variable('State.found', 'boolean'));
    const customerId = ctx.declare(variable('State.customerId', 'string'));
    const customerName = ctx.declare(variable('State.customerName', 'string'));
    const source = ctx.declare(variable('State.source', 'string'));
    const answered = ctx.declare(variable('State.answered', 'boolean'));
    const errors = ctx.declare(variable('State.lookupErrors', 'string'));
    const httpStatus = ctx.declare(variable('State.httpStatus', 'integer'));
    const miss = (label: string): UpdateData => ({ kind: 'updateData', name: `${label} does not know the number`, statements: [{ variable: answered, value: bool(true) }] });
    const record = (label: string, code: string): UpdateData => ({
      kind: 'updateData',
      name: `Note that ${label} could not answer`,
      statements: [{ variable: errors, value: append(errors.ref, ifElse(isNotSetOrEmpty(errors.ref), str(''), str(' ')), str(code)) }],
    });
    // One lookup after another, each skipped once a database has answered: the flow grows linearly with the databases.
    const lookups = this.props.lookups.flatMap((lookup): Action[] => {
      const label = lookup.source;
      const failed = record(label, errorCode(`LOOKUP_${label}`, 'failure'));
      return [
        {
          kind: 'decision',
          name: `Still looking? (before ${label})`,
          condition: ne(ctx.status, str('SUCCESS')),
          yes: [
            ...(lookup.notFoundStatus !== undefined
              ? [{ kind: 'updateData', name: `Clear the status before ${label}`, statements: [{ variable: httpStatus, value: int(0) }] } as UpdateData]
              : []),
            {
              kind: 'callData',
              name: `Look up in ${label}`,
              action: lookup,
              inputs: { phoneNumber: ctx.input('phoneNumber') },
              successOutputs: { found, customerId, name: customerName, source },
              failureOutputs: lookup.notFoundStatus !== undefined ? { status: httpStatus } : undefined,
              timeoutSeconds: lookup.definition.timeoutSeconds,
              success: [
                {
                  kind: 'decision',
                  name: `Found in ${label}?`,
                  condition: eq(found.ref, bool(true)),
                  yes: [ctx.finish('SUCCESS', { results: { customerId: customerId.ref, customerName: customerName.ref, source: source.ref } })],
                  no: [miss(label)],
                },
              ],
              failure:
                lookup.notFoundStatus !== undefined
                  ? [
                      {
                        kind: 'decision',
                        name: `${label} answered ${lookup.notFoundStatus}: no such customer?`,
                        condition: eq(httpStatus.ref, int(lookup.notFoundStatus)),
                        yes: [miss(label)],
                        no: [failed],
                      },
                    ]
                  : [failed],
              timeout: [record(label, errorCode(`LOOKUP_${label}`, 'timeout'))],
            },
          ],
          no: [],
        },
      ];
    });
    return [
      ...lookups,
      {
        kind: 'decision',
        name: 'Nobody knows the number?',
        condition: ne(ctx.status, str('SUCCESS')),
        yes: [
          {
            kind: 'decision',
            name: 'Did any database answer?',
            condition: eq(answered.ref, bool(true)),
            yes: [ctx.finish('NOT_FOUND', { error: errors.ref })],
            no: [ctx.finish('FAILED', { error: errors.ref })],
          },
        ],
        no: [],
      },
    ];
  }
}
