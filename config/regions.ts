/**
 * The Genesys Cloud regions that the `mypurecloud/genesyscloud` provider 1.84.1
 * accepts as `aws_region`, each with the Platform API host it talks to.
 * The provider also knows two internal test regions (`dca`, `tca`); they are
 * left out on purpose, because no customer org lives there.
 */
export const GENESYS_REGIONS = {
  'us-east-1': 'api.mypurecloud.com',
  'us-east-2': 'api.use2.us-gov-pure.cloud',
  'us-west-2': 'api.usw2.pure.cloud',
  'ca-central-1': 'api.cac1.pure.cloud',
  'sa-east-1': 'api.sae1.pure.cloud',
  'eu-west-1': 'api.mypurecloud.ie',
  'eu-west-2': 'api.euw2.pure.cloud',
  'eu-central-1': 'api.mypurecloud.de',
  'eu-central-2': 'api.euc2.pure.cloud',
  'me-central-1': 'api.mec1.pure.cloud',
  'ap-south-1': 'api.aps1.pure.cloud',
  'ap-southeast-2': 'api.mypurecloud.com.au',
  'ap-northeast-1': 'api.mypurecloud.jp',
  'ap-northeast-2': 'api.apne2.pure.cloud',
  'ap-northeast-3': 'api.apne3.pure.cloud',
} as const;

export type GenesysRegion = keyof typeof GENESYS_REGIONS;

export const GENESYS_REGION_NAMES = Object.keys(GENESYS_REGIONS) as [GenesysRegion, ...GenesysRegion[]];

/** The Platform API host of a region, e.g. `api.mypurecloud.ie` for `eu-west-1`. */
export function apiHostOf(region: GenesysRegion): string {
  return GENESYS_REGIONS[region];
}
