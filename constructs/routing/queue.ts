import { Construct } from 'constructs';
import { ITerraformDependable } from 'cdktf';
import { RoutingQueue as RoutingQueueResource } from '@cdktf/provider-genesyscloud/lib/routing-queue';
import { DataGenesyscloudRoutingQueue } from '@cdktf/provider-genesyscloud/lib/data-genesyscloud-routing-queue';
import { IDivision } from '../division/division';
import { ValidationError } from '../validation';

/**
 * A routing queue, as flows name it. Flows transfer by queue name, which
 * Archy resolves when it publishes, so a flow also depends on the queue.
 */
export interface IQueue {
  readonly queueName: string;
  /** The Terraform object that creates or looks up the queue, if any. */
  readonly dependable?: ITerraformDependable;
}

export interface QueueProps {
  readonly name: string;
  /** @default - the org's home division */
  readonly division?: IDivision;
  /** @default - a note that genesys-async-workflow manages it */
  readonly description?: string;
}

function checkName(scope: Construct, name: string): void {
  if (!name || name.trim() === '' || name.length > 256) {
    throw new ValidationError(scope.node.path, [`queue name ${JSON.stringify(name)} must be 1 to 256 characters`]);
  }
}

/** Creates a routing queue (`genesyscloud_routing_queue`). Members and skills are left to the org's admins. */
export class Queue extends Construct implements IQueue {
  /** A queue the org already has, found by name at plan time: a missing queue fails the plan, not the publish. */
  static fromName(scope: Construct, id: string, name: string): IQueue & { readonly queueId: string } {
    return new ImportedQueue(scope, id, name);
  }

  readonly queueName: string;
  readonly dependable: ITerraformDependable;
  readonly queueId: string;

  constructor(scope: Construct, id: string, props: QueueProps) {
    super(scope, id);
    checkName(this, props.name);
    const queue = new RoutingQueueResource(this, 'Default', {
      name: props.name,
      divisionId: props.division?.divisionId,
      description: props.description ?? `Managed by genesys-async-workflow (${this.node.path}).`,
    });
    this.queueName = props.name;
    this.queueId = queue.id;
    this.dependable = queue;
  }
}

/** What `Queue.fromName` returns. */
class ImportedQueue extends Construct implements IQueue {
  readonly dependable: ITerraformDependable;
  readonly queueId: string;

  constructor(
    scope: Construct,
    id: string,
    readonly queueName: string,
  ) {
    super(scope, id);
    checkName(this, queueName);
    const data = new DataGenesyscloudRoutingQueue(this, 'Default', { name: queueName });
    this.queueId = data.id;
    this.dependable = data;
  }
}
