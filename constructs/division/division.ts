import { Construct } from 'constructs';
import { DataGenesyscloudAuthDivision } from '@cdktf/provider-genesyscloud/lib/data-genesyscloud-auth-division';
import { DataGenesyscloudAuthDivisionHome } from '@cdktf/provider-genesyscloud/lib/data-genesyscloud-auth-division-home';
import { ValidationError } from '../validation';

/** A Genesys Cloud division, as other constructs refer to it. */
export interface IDivision {
  /** The division's id (a Terraform reference until apply). */
  readonly divisionId: string;
  /** Its name, as flows name their division (a Terraform reference for the home division). */
  readonly divisionName: string;
}

export interface DivisionLookupProps {
  /**
   * Name of an existing division.
   * @default - the org's home division, whatever it is called there
   */
  readonly name?: string;
}

/**
 * Looks up an existing division at plan time. The home division is found by
 * its role rather than its name, because orgs rename it.
 */
export class DivisionLookup extends Construct implements IDivision {
  readonly divisionId: string;
  readonly divisionName: string;

  constructor(scope: Construct, id: string, props: DivisionLookupProps = {}) {
    super(scope, id);
    if (props.name !== undefined && props.name.trim() === '') {
      throw new ValidationError(this.node.path, ['name is empty; give a division name, or leave it out for the home division']);
    }
    const data =
      props.name === undefined
        ? new DataGenesyscloudAuthDivisionHome(this, 'Default', {})
        : new DataGenesyscloudAuthDivision(this, 'Default', { name: props.name });
    this.divisionId = data.id;
    this.divisionName = data.name;
  }
}
