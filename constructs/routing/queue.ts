import { ITerraformDependable } from 'cdktf';

/**
 * A routing queue, as flows name it. Flows transfer by queue name, which
 * Archy resolves when it publishes, so a flow also depends on the queue.
 */
export interface IQueue {
  readonly queueName: string;
  /** The Terraform object that creates or looks up the queue, if any. */
  readonly dependable?: ITerraformDependable;
}
