import { EnvironmentDefinition } from '../schema';

/**
 * Development: where changes land first, applied by CI on every merge to main.
 * The endpoints are examples: point them at your own services.
 */
export const dev: EnvironmentDefinition = {
  name: 'dev',
  region: 'eu-west-1',
  naming: { prefix: 'dev-' },
  // State in S3 with a lock file, as CI needs it. Use your own bucket; for a
  // try-out on one machine, { type: 'local' } keeps it in terraform.dev.tfstate.
  backend: { type: 's3', bucket: 'acme-genesys-async-workflow-state-dev', region: 'eu-west-1' },
  samples: {
    aiIntent: {
      endpoint: 'https://ai.dev.example.com/v1/intents',
      apiKeyHeader: 'x-api-key',
      intents: { billing: 'Billing', sales: 'Sales', support: 'Support' },
      fallbackQueue: 'General',
    },
    customerIdentification: {
      mode: 'sequential',
      databases: [
        { source: 'Alpha', url: 'https://alpha.dev.example.com/customers', basicAuth: true, testNumbers: { known: '+32470000001', unknown: '+32470999999' } },
        { source: 'Beta', url: 'https://beta.dev.example.com/v2/search', method: 'POST', phoneField: 'msisdn', customerIdPath: '$.customers[*].customerNumber', namePath: '$.customers[*].fullName', testNumbers: { known: '+32470000002', unknown: '+32470999999' } },
        { source: 'Gamma', url: 'https://gamma.dev.example.com/lookup', notFoundStatus: 404, testNumbers: { known: '+32470000003', unknown: '+32470999999' } },
      ],
      fallbackQueue: 'General',
    },
  },
};
