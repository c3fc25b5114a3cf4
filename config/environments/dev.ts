import { EnvironmentDefinition } from '../schema';

/**
 * Development: where changes land first. State stays on the machine that
 * applies. The endpoints are examples: point them at your own services.
 */
export const dev: EnvironmentDefinition = {
  name: 'dev',
  region: 'eu-west-1',
  naming: { prefix: 'dev-' },
  backend: { type: 'local' },
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
        { source: 'Alpha', url: 'https://alpha.dev.example.com/customers', basicAuth: true },
        { source: 'Beta', url: 'https://beta.dev.example.com/v2/search', method: 'POST', phoneField: 'msisdn', customerIdPath: '$.customers[*].customerNumber', namePath: '$.customers[*].fullName' },
        { source: 'Gamma', url: 'https://gamma.dev.example.com/lookup' },
      ],
      fallbackQueue: 'General',
    },
  },
};
