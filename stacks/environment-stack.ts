import { Construct } from 'constructs';
import { TerraformOutput, TerraformStack } from 'cdktf';
import { GenesyscloudProvider } from '@cdktf/provider-genesyscloud/lib/provider';
import { apiHostOf, EnvironmentConfig } from '../config';
import { DivisionLookup, IDivision } from '../constructs/division/division';
import { addBackend } from './backend';

export interface EnvironmentStackProps {
  /** A validated environment (see `config/load.ts`). */
  readonly config: EnvironmentConfig;
}

/**
 * Everything one environment deploys to its Genesys Cloud org. The stack is
 * named after the environment, so it synthesizes to `cdktf.out/stacks/<name>`.
 */
export class EnvironmentStack extends TerraformStack {
  readonly config: EnvironmentConfig;
  readonly provider: GenesyscloudProvider;
  /** The division that holds the pattern's objects. */
  readonly division: IDivision;

  constructor(scope: Construct, props: EnvironmentStackProps) {
    const { config } = props;
    super(scope, config.name);
    this.config = config;

    // Credentials are deliberately absent: the provider reads
    // GENESYSCLOUD_OAUTHCLIENT_ID / _SECRET when Terraform runs, so they never
    // enter the synthesized JSON, the state or the logs.
    this.provider = new GenesyscloudProvider(this, 'genesyscloud', {
      awsRegion: config.region,
      sdkDebug: false,
    });
    addBackend(this, config.backend);

    this.division = new DivisionLookup(this, 'division', { name: config.division });

    new TerraformOutput(this, 'genesys_region', {
      description: 'Genesys Cloud region of the org this environment deploys to.',
      value: config.region,
    });
    new TerraformOutput(this, 'genesys_api_host', {
      description: 'Platform API host of that region.',
      value: apiHostOf(config.region),
    });
    new TerraformOutput(this, 'division_id', {
      description: 'Division that holds the pattern objects.',
      value: this.division.divisionId,
    });
  }
}
