import * as path from 'path';

export * from './cty';
export * from './schema';
export * from './provider';
export * from './server';

/** The compiled entry point that Terraform's launcher runs. */
export const MAIN_SCRIPT = path.join(__dirname, 'main.js');
