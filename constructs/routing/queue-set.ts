import { Construct } from 'constructs';
import { IDivision } from '../division/division';
import { ExistingQueue, IQueue, Queue } from './queue';

export interface QueueSetProps {
  /** Create the queues, or find queues the org already has by name. */
  readonly mode: 'create' | 'existing';
  /** @default - the home division */
  readonly division?: IDivision;
  /** Turns a base name ("Billing") into the name in the org ("dev-Billing"). @default - the name as given */
  readonly qualify?: (base: string) => string;
}

/** The queues of a stack, each made (or looked up) once however many flows route to it. */
export class QueueSet extends Construct {
  private readonly byName = new Map<string, IQueue>();

  constructor(
    scope: Construct,
    id: string,
    private readonly props: QueueSetProps,
  ) {
    super(scope, id);
  }

  /** The queue with this base name. */
  queue(base: string): IQueue {
    const name = this.props.qualify ? this.props.qualify(base) : base;
    let q = this.byName.get(name);
    if (!q) {
      const id = base.replace(/[^A-Za-z0-9]+/g, '_').toLowerCase();
      q = this.props.mode === 'create' ? new Queue(this, id, { name, division: this.props.division }) : new ExistingQueue(this, id, { name });
      this.byName.set(name, q);
    }
    return q;
  }

  get queues(): readonly IQueue[] {
    return [...this.byName.values()];
  }
}
