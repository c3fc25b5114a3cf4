import { Construct } from 'constructs';
import { IDivision } from '../division/division';
import { ValidationError } from '../validation';
import { IQueue, Queue } from './queue';

export interface QueueSetProps {
  /** Create the queues, or find queues the org already has by name. */
  readonly mode: 'create' | 'existing';
  /** @default - the home division */
  readonly division?: IDivision;
  /** Turns a base name ("Billing") into the name in the org ("dev-Billing"). @default - the name as given */
  readonly qualify?: (base: string) => string;
}

/**
 * The queues of a stack, each made (or looked up) once however many flows
 * route to it. A queue's logical id comes from the role it was first asked
 * for (e.g. "ai_intent_fallback"), not from its name: renaming a queue
 * updates it in place instead of destroying and recreating it.
 */
export class QueueSet extends Construct {
  private readonly byName = new Map<string, IQueue>();
  private readonly roles = new Set<string>();

  constructor(
    scope: Construct,
    id: string,
    private readonly props: QueueSetProps,
  ) {
    super(scope, id);
  }

  /**
   * The queue with this base name, for this role. A second role asking for
   * the same name gets the same queue.
   * @param role a stable key such as "ai_intent_billing": letters, digits and "_"
   */
  queue(role: string, base: string): IQueue {
    if (!/^[a-z][a-z0-9_]*$/.test(role)) throw new ValidationError(this.node.path, [`queue role ${JSON.stringify(role)} must be lowercase letters, digits or "_"`]);
    if (this.roles.has(role)) throw new ValidationError(this.node.path, [`queue role "${role}" is asked for twice: give each use a role of its own`]);
    this.roles.add(role);
    const name = this.props.qualify ? this.props.qualify(base) : base;
    let q = this.byName.get(name);
    if (!q) {
      q = this.props.mode === 'create' ? new Queue(this, role, { name, division: this.props.division }) : Queue.fromName(this, role, name);
      this.byName.set(name, q);
    }
    return q;
  }

  get queues(): readonly IQueue[] {
    return [...this.byName.values()];
  }
}
