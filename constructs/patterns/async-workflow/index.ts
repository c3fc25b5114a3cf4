// The pattern: a call flow that launches workflows and follows their status, the workflows that run the jobs,
// and the construct that composes them.
export * from './async-workflow';
export * from './call-flow';
export * from './workflow';
export * from './job';
export * from './hold';
