export * from './common';
export * from './launch-workflow';
export * from './read-job-status';
export * from './intent-recognition';
export * from './customer-lookup';
