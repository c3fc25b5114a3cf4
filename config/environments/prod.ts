import { EnvironmentDefinition } from '../schema';

/**
 * Production: serves real callers. Promoted from dev with the same code and
 * its own region, names and endpoints, after a manual approval in CI.
 */
export const prod: EnvironmentDefinition = {
  name: 'prod',
  production: true,
  region: 'eu-central-1',
  naming: { prefix: 'prod-' },
  // The busiest minute expected: synth refuses flows that would exceed an org limit at this rate, or whose data
  // actions would be refused in bursts more than once in a hundred (a warning from once in a thousand).
  peakCallsPerMinute: { aiIntent: 170, customerIdentification: 85 },
  // State in S3 with a lock file, as CI needs it. Use your own bucket; for a
  // try-out on one machine, { type: 'local' } keeps it in terraform.prod.tfstate.
  backend: { type: 's3', bucket: 'acme-genesys-async-workflow-state-prod', region: 'eu-central-1' },
  samples: {
    aiIntent: {
      endpoint: 'https://ai.example.com/v1/intents',
      apiKeyHeader: 'x-api-key',
      intents: { billing: 'Billing', sales: 'Sales', support: 'Support' },
      fallbackQueue: 'General',
      deadlineSeconds: 45,
    },
    customerIdentification: {
      mode: 'parallel',
      databases: [
        { source: 'Alpha', url: 'https://alpha.example.com/customers', basicAuth: true, testNumbers: { known: '+32470000001', unknown: '+32470999999' } },
        { source: 'Beta', url: 'https://beta.example.com/v2/search', method: 'POST', phoneField: 'msisdn', customerIdPath: '$.customers[*].customerNumber', namePath: '$.customers[*].fullName', testNumbers: { known: '+32470000002', unknown: '+32470999999' } },
        { source: 'Gamma', url: 'https://gamma.example.com/lookup', notFoundStatus: 404, testNumbers: { known: '+32470000003', unknown: '+32470999999' } },
      ],
      fallbackQueue: 'General',
    },
  },
};
