import { Aspects, TerraformStack } from 'cdktf';
import { DataActionTimeout } from './data-action-timeout';
import { FlowDependsOnActions } from './flow-depends-on-actions';
import { allowPermissions, LeastPrivilegeRoles, PATTERN_PERMISSIONS } from './least-privilege-roles';
import { NoExposedClientSecret } from './no-exposed-client-secret';
import { NoSecretLiterals } from './no-secret-literals';
import { PreventDestroy } from './prevent-destroy';
import { QualifiedNames } from './qualified-names';

export * from './guardrail';
export { allowPermissions, DataActionTimeout, FlowDependsOnActions, LeastPrivilegeRoles, NoExposedClientSecret, NoSecretLiterals, PreventDestroy, QualifiedNames, PATTERN_PERMISSIONS };

export interface GuardrailOptions {
  readonly naming: { readonly prefix: string; readonly suffix: string };
  /** @default PATTERN_PERMISSIONS */
  readonly allowedPermissions?: readonly string[];
  /** Protect flows, integrations and OAuth clients from deletion. */
  readonly preventDestroy: boolean;
}

/** Adds every rule (and, when asked, the deletion protection) to a stack. */
export function applyGuardrails(stack: TerraformStack, options: GuardrailOptions): void {
  const aspects = Aspects.of(stack);
  if (options.preventDestroy) aspects.add(new PreventDestroy());
  aspects.add(new NoSecretLiterals());
  aspects.add(new DataActionTimeout());
  aspects.add(new LeastPrivilegeRoles(options.allowedPermissions));
  aspects.add(new QualifiedNames(options.naming));
  aspects.add(new FlowDependsOnActions());
  aspects.add(new NoExposedClientSecret());
}
