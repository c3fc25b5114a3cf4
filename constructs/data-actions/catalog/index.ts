export * from './common';
export * from './launch-workflow';
export * from './find-customer-participant';
export * from './read-job-status';
export * from './write-job-status';
export * from './intent-recognition';
export * from './customer-lookup';
