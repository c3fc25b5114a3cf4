import { Construct } from 'constructs';
import { Annotations } from 'cdktf';
import { DataGenesyscloudIntegration } from '@cdktf/provider-genesyscloud/lib/data-genesyscloud-integration';
import { IDataActionIntegration } from '../data-actions/data-action';
import { ValidationError } from '../validation';

/**
 * An integration the org already has, found by name at plan time (a missing
 * one fails the plan, not a publish). What `fromName` of each integration
 * returns. Its OAuth client and role are not this app's: a permission an
 * action needs cannot be granted here, so it is recorded and said, as a
 * warning annotation on the action, instead of being dropped in silence.
 */
export class ImportedIntegration extends Construct implements IDataActionIntegration {
  readonly integrationId: string;
  private readonly needed = new Set<string>();

  constructor(
    scope: Construct,
    id: string,
    readonly integrationName: string,
    readonly kind: IDataActionIntegration['kind'],
  ) {
    super(scope, id);
    if (typeof integrationName !== 'string' || integrationName.trim() === '') {
      throw new ValidationError(this.node.path, [`the integration to import needs a name, not ${JSON.stringify(integrationName)}`]);
    }
    this.integrationId = new DataGenesyscloudIntegration(this, 'Default', { name: integrationName }).id;
  }

  grantPermissions(action: Construct, permissions: readonly string[]): void {
    const fresh = permissions.filter((p) => !this.needed.has(p));
    fresh.forEach((p) => this.needed.add(p));
    if (fresh.length > 0) {
      Annotations.of(action).addWarning(
        `the integration "${this.integrationName}" is imported, so its role is not managed here: make sure its OAuth client's role allows ${fresh.join(', ')}`,
      );
    }
  }

  /** What its actions need, which its role must allow. */
  get requiredPermissions(): readonly string[] {
    return [...this.needed].sort();
  }
}
