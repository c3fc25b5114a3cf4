import * as path from 'path';
import { CloudBackend, LocalBackend, NamedCloudWorkspace, S3Backend, TerraformBackend, TerraformStack } from 'cdktf';
import { BackendConfig } from '../config';

/**
 * Where `cdktf.out/stacks/<env>` sits relative to the repository root. Terraform
 * resolves a local state path against its working directory (the stack
 * directory), so a repository-relative path is rewritten from there. The
 * result is relative, so the synthesized JSON is the same on every machine.
 */
const STACK_DIR_DEPTH = 3;

/** Adds the environment's backend to its stack. */
export function addBackend(stack: TerraformStack, backend: BackendConfig): TerraformBackend {
  switch (backend.type) {
    case 'local':
      return new LocalBackend(stack, {
        path: path.posix.join(...Array<string>(STACK_DIR_DEPTH).fill('..'), backend.path),
      });
    case 's3': {
      const s3 = new S3Backend(stack, {
        bucket: backend.bucket,
        key: backend.key,
        region: backend.region,
        encrypt: backend.encrypt,
        dynamodbTable: backend.dynamodbTable,
      });
      // cdktf 0.21 predates `use_lockfile` (Terraform 1.10+), so it is set as a raw attribute.
      if (backend.useLockfile) s3.addOverride('use_lockfile', true);
      return s3;
    }
    case 'cloud':
      return new CloudBackend(stack, {
        organization: backend.organization,
        hostname: backend.hostname,
        workspaces: new NamedCloudWorkspace(backend.workspace),
      });
  }
}
