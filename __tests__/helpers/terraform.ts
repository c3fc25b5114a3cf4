import { terraformVersion } from '../../tools/terraform/standin';

/** Terraform's version where the CLI is on PATH; tests that need it are skipped (and counted) elsewhere. */
export const TERRAFORM = terraformVersion();

/** `describe` where Terraform is present, `describe.skip` where it is not: reported as skipped, never passed. */
export const describeWithTerraform: jest.Describe = TERRAFORM ? describe : describe.skip;
