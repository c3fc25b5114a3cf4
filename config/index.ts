export * from './regions';
export * from './schema';
export * from './load';
export * from './naming';
export { DEFAULT_ENVIRONMENTS } from './environments';
